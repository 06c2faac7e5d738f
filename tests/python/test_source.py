# test_source.py: FocalSource from Python.
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
    source = Focal.Source.new("dfait-2005")
    assert source.props.id == "dfait-2005"
    assert source.get_id() == "dfait-2005"
    assert source.props.author is None
    assert source.props.title is None
    assert source.props.publisher is None
    assert source.props.url is None
    assert source.props.year == 0


def test_keyword_construction():
    source = Focal.Source(id="src-2", author="Jane Doe", title="Partners",
                          publisher="DFAIT", year=2005,
                          url="https://example.org/p.pdf")
    assert source.props.id == "src-2"
    assert source.get_author() == "Jane Doe"
    assert source.get_title() == "Partners"
    assert source.get_publisher() == "DFAIT"
    assert source.get_year() == 2005
    assert source.get_url() == "https://example.org/p.pdf"


@pytest.mark.parametrize("prop", ["author", "title", "publisher", "url"])
def test_string_property_notify(prop):
    source = Focal.Source.new("src-1")
    counts = count_notify(source, prop)
    setter = getattr(source, f"set_{prop}")

    setter("alpha")
    assert source.get_property(prop) == "alpha"
    assert counts == {"one": 1, "all": 1}

    setter("alpha")
    assert counts == {"one": 1, "all": 1}

    source.set_property(prop, "beta")
    assert getattr(source, f"get_{prop}")() == "beta"
    assert counts == {"one": 2, "all": 2}

    setattr(source.props, prop, "beta")
    assert counts == {"one": 2, "all": 2}

    setter(None)
    assert source.get_property(prop) is None
    assert counts == {"one": 3, "all": 3}


def test_year_notify():
    source = Focal.Source.new("src-1")
    counts = count_notify(source, "year")

    source.set_year(2004)
    source.set_year(2004)
    assert source.props.year == 2004
    assert counts["one"] == 1

    source.props.year = 9999
    source.props.year = 9999
    assert source.get_year() == 9999
    assert counts == {"one": 2, "all": 2}


def test_id_is_construct_only():
    pspec = Focal.Source.find_property("id")
    assert pspec.flags & GObject.ParamFlags.CONSTRUCT_ONLY
    assert pspec.flags & GObject.ParamFlags.READABLE
