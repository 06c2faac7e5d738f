# test_resource.py: the dataset compiled into libfocal, loaded with
# Focal.Document.load_from_resource()
#
# SPDX-FileCopyrightText: 2026 The libfocal developers
# SPDX-License-Identifier: LGPL-2.1-or-later

import os
import shutil
import subprocess

import pytest

from gi.repository import Focal, Gio, GLib

DATASET_FILE = os.path.join(os.environ.get("G_TEST_SRCDIR", os.path.dirname(__file__) + "/.."),
                            "..", "examples", "data", "canada-mexico-2004.json")


def load_dataset(flags=Focal.LoadFlags.NONE):
    document = Focal.Document.new()
    assert document.load_from_resource(Focal.DATASET_CANADA_MEXICO_2004, flags)
    return document


def test_constant():
    assert Focal.DATASET_CANADA_MEXICO_2004 == "/org/libfocal/Focal/canada-mexico-2004.json"


def test_dataset_loads_without_problems():
    document = load_dataset()
    assert len(document.get_problems()) == 0
    assert "Canada-Mexico" in document.props.title
    graph = document.props.graph
    assert graph.get_n_entities() > 300
    assert len(graph.get_actors()) >= 100
    ife = graph.lookup("ife")
    assert isinstance(ife, Focal.Actor)
    assert ife.props.kind == Focal.ActorKind.AGENCY
    assert ife.props.country == "MX"
    assert isinstance(graph.lookup("jmc"), Focal.Forum)


def test_dataset_lenient_has_no_problems():
    document = load_dataset(Focal.LoadFlags.LENIENT)
    assert len(document.get_problems()) == 0


def test_dataset_matches_file():
    data = Gio.resources_lookup_data(Focal.DATASET_CANADA_MEXICO_2004,
                                     Gio.ResourceLookupFlags.NONE)
    with open(DATASET_FILE, "rb") as f:
        assert data.get_data() == f.read()

    from_file = Focal.Document.new()
    assert from_file.load_from_file(Gio.File.new_for_path(DATASET_FILE),
                                    Focal.LoadFlags.NONE, None)
    assert Focal.Document.equal(load_dataset(), from_file)


def test_unknown_path_is_io_error_and_keeps_graph():
    document = load_dataset()
    graph = document.props.graph
    path = "/org/libfocal/Focal/no-such-dataset.json"
    with pytest.raises(GLib.Error) as info:
        document.load_from_resource(path, Focal.LoadFlags.NONE)
    assert info.value.matches(Focal.error_quark(), Focal.Error.IO)
    assert path in info.value.message
    assert document.props.graph is graph
    assert graph.lookup("ife") is not None


@pytest.mark.skipif(shutil.which("glib-compile-resources") is None,
                    reason="glib-compile-resources is not installed")
def test_messages_name_the_basename(tmp_path):
    (tmp_path / "bad-kind.json").write_text("""{
  "format": "focal/1",
  "actors": [
    { "id": "ife", "kind": "agency" },
    { "id": "sre", "kind": "ministy" }
  ]
}
""")
    (tmp_path / "test.gresource.xml").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<gresources><gresource prefix="/test/focal/py">'
        '<file>bad-kind.json</file></gresource></gresources>\n')
    target = tmp_path / "test.gresource"
    subprocess.run(["glib-compile-resources", "--sourcedir", str(tmp_path),
                    "--target", str(target), str(tmp_path / "test.gresource.xml")],
                   check=True)
    resource = Gio.Resource.load(str(target))
    resource._register()
    try:
        document = Focal.Document.new()
        with pytest.raises(GLib.Error) as info:
            document.load_from_resource("/test/focal/py/bad-kind.json", Focal.LoadFlags.NONE)
        assert info.value.matches(Focal.error_quark(), Focal.Error.INVALID_VALUE)
        assert info.value.message.startswith("bad-kind.json:5:")
        assert "ministy" in info.value.message

        assert document.load_from_resource("/test/focal/py/bad-kind.json",
                                           Focal.LoadFlags.LENIENT)
        problems = list(document.get_problems())
        assert len(problems) == 1
        assert document.props.graph.lookup("ife") is not None
        assert problems[0].props.file == "bad-kind.json"
        assert problems[0].props.code == Focal.Error.INVALID_VALUE
    finally:
        resource._unregister()
