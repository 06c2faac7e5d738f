# test_citation.py: FocalCitation from Python.
#
# SPDX-FileCopyrightText: 2026 The libfocal developers
# SPDX-License-Identifier: LGPL-2.1-or-later

import pytest

from gi.repository import Focal, GLib, GObject  # noqa: F401


def count_notify(obj, prop):
    counts = {"one": 0, "all": 0}

    def one(*args):
        counts["one"] += 1

    def every(*args):
        counts["all"] += 1

    obj.connect(f"notify::{prop}", one)
    obj.connect("notify", every)
    return counts


def test_new_defaults():
    citation = Focal.Citation.new("dfait-2005")
    assert citation.props.source_id == "dfait-2005"
    assert citation.get_source_id() == "dfait-2005"
    assert citation.props.section is None
    assert citation.props.page is None
    assert citation.props.note == 0
    assert citation.props.quote is None


def test_keyword_construction():
    citation = Focal.Citation(source_id="src-2", section="Trade", page="4-5",
                              note=12, quote="about US$12 billion")
    assert citation.get_source_id() == "src-2"
    assert citation.get_section() == "Trade"
    assert citation.get_page() == "4-5"
    assert citation.get_note() == 12
    assert citation.get_quote() == "about US$12 billion"


@pytest.mark.parametrize("prop", ["section", "page", "quote"])
def test_string_property_notify(prop):
    citation = Focal.Citation.new("src-1")
    counts = count_notify(citation, prop)
    setter = getattr(citation, f"set_{prop}")

    setter("4")
    setter("4")
    assert citation.get_property(prop) == "4"
    assert counts == {"one": 1, "all": 1}

    setattr(citation.props, prop, "4-5")
    setattr(citation.props, prop, "4-5")
    assert getattr(citation, f"get_{prop}")() == "4-5"
    assert counts == {"one": 2, "all": 2}

    setter(None)
    assert citation.get_property(prop) is None
    assert counts == {"one": 3, "all": 3}


def test_note_notify():
    citation = Focal.Citation.new("src-1")
    counts = count_notify(citation, "note")

    citation.set_note(7)
    citation.set_note(7)
    assert citation.props.note == 7
    assert counts["one"] == 1

    citation.props.note = 8
    citation.props.note = 8
    assert citation.get_note() == 8
    assert counts == {"one": 2, "all": 2}


def test_source_id_is_construct_only():
    pspec = Focal.Citation.find_property("source-id")
    assert pspec.flags & GObject.ParamFlags.CONSTRUCT_ONLY
    assert pspec.flags & GObject.ParamFlags.READABLE
