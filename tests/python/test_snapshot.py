# test_snapshot.py: binary snapshots of documents from Python
#
# SPDX-FileCopyrightText: 2026 The libfocal developers
# SPDX-License-Identifier: LGPL-2.1-or-later

import pytest

from gi.repository import Focal, Gio, GLib


def load_dataset():
    document = Focal.Document.new()
    document.load_from_resource(Focal.DATASET_CANADA_MEXICO_2004, Focal.LoadFlags.NONE)
    return document


def test_round_trip_dataset():
    document = load_dataset()
    snapshot = document.to_snapshot()
    assert isinstance(snapshot, GLib.Bytes)
    assert snapshot.get_size() > 0

    copy = Focal.Document.new()
    assert copy.load_from_snapshot(snapshot)
    assert Focal.Document.equal(document, copy)
    assert copy.to_data(Focal.SaveFlags.NONE) == document.to_data(Focal.SaveFlags.NONE)
    assert len(copy.get_problems()) == 0
    links = copy.props.graph.get_links()
    assert len(links) == len(document.props.graph.get_links())


def test_round_trip_file(tmp_path):
    document = load_dataset()
    file = Gio.File.new_for_path(str(tmp_path / "dataset.focal-snapshot"))
    assert document.save_snapshot(file, None)

    copy = Focal.Document.new()
    assert copy.load_snapshot_file(file, None)
    assert Focal.Document.equal(document, copy)


def test_bad_snapshot():
    document = load_dataset()
    graph = document.props.graph
    with pytest.raises(GLib.Error) as info:
        document.load_from_snapshot(GLib.Bytes.new(b'{"format": "focal/1"}'))
    assert info.value.matches(Focal.error_quark(), Focal.Error.PARSE)
    assert info.value.message.startswith("snapshot: not a focal snapshot")
    assert document.props.graph is graph
    problems = document.get_problems()
    assert len(problems) == 1
    assert problems[0].props.code == Focal.Error.PARSE

    # Another version of the format.
    snapshot = bytearray(document.to_snapshot().get_data())
    snapshot[16:20] = (7).to_bytes(4, "little")
    with pytest.raises(GLib.Error) as info:
        document.load_from_snapshot(GLib.Bytes.new(bytes(snapshot)))
    assert info.value.matches(Focal.error_quark(), Focal.Error.UNSUPPORTED_VERSION)
    assert "version 7" in info.value.message
