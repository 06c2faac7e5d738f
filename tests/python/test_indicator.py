# test_indicator.py: FocalIndicator from Python.
#
# SPDX-FileCopyrightText: 2026 The libfocal developers
# SPDX-License-Identifier: LGPL-2.1-or-later

import math

import pytest

from gi.repository import Focal, GLib  # noqa: F401


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
    indicator = Focal.Indicator.new("staff", 100)
    assert indicator.props.name == "staff"
    assert indicator.props.value == 100.0
    assert indicator.props.qualifier == Focal.Qualifier.EXACT
    assert indicator.props.unit is None
    assert indicator.props.date is None
    assert indicator.props.part_of is None
    assert indicator.props.label is None
    assert len(indicator.get_citations()) == 0


def test_keyword_construction():
    date = Focal.Date.new_from_string("2004")
    indicator = Focal.Indicator(name="staff-canadian-diplomats", value=30,
                                qualifier=Focal.Qualifier.MORE_THAN,
                                unit="persons", date=date, part_of="staff",
                                label="Canadian diplomats at the embassy")
    assert indicator.get_name() == "staff-canadian-diplomats"
    assert indicator.get_value() == 30.0
    assert indicator.get_qualifier() == Focal.Qualifier.MORE_THAN
    assert indicator.props.qualifier.value_nick == "more-than"
    assert indicator.get_unit() == "persons"
    assert indicator.get_date().to_string() == "2004"
    assert indicator.get_part_of() == "staff"
    assert indicator.get_label() == "Canadian diplomats at the embassy"


@pytest.mark.parametrize("prop", ["unit", "part_of", "label"])
def test_string_property_notify(prop):
    indicator = Focal.Indicator.new("staff", 100)
    counts = count_notify(indicator, prop.replace("_", "-"))
    setter = getattr(indicator, f"set_{prop}")

    setter("persons")
    setter("persons")
    assert getattr(indicator.props, prop) == "persons"
    assert counts == {"one": 1, "all": 1}

    setattr(indicator.props, prop, "USD")
    setattr(indicator.props, prop, "USD")
    assert getattr(indicator, f"get_{prop}")() == "USD"
    assert counts == {"one": 2, "all": 2}

    setter(None)
    assert getattr(indicator.props, prop) is None
    assert counts == {"one": 3, "all": 3}


def test_value_and_qualifier_notify():
    indicator = Focal.Indicator.new("trade", 12e9)
    value_counts = count_notify(indicator, "value")
    indicator.set_value(12e9)
    assert value_counts["one"] == 0
    indicator.props.value = 13e9
    assert indicator.get_value() == 13e9
    assert value_counts["one"] == 1

    qualifier_counts = count_notify(indicator, "qualifier")
    indicator.set_qualifier(Focal.Qualifier.APPROXIMATE)
    indicator.props.qualifier = Focal.Qualifier.APPROXIMATE
    assert indicator.props.qualifier == Focal.Qualifier.APPROXIMATE
    assert qualifier_counts["one"] == 1


def test_date_equal_instance_does_not_notify():
    indicator = Focal.Indicator.new("staff", 100)
    counts = count_notify(indicator, "date")

    indicator.set_date(Focal.Date.new_from_string("2004"))
    assert counts["one"] == 1
    indicator.props.date = Focal.Date.new_from_string("2004")
    assert counts["one"] == 1
    indicator.props.date = Focal.Date.new(2004, 10, 0)
    assert indicator.props.date.to_string() == "2004-10"
    assert counts["one"] == 2
    indicator.set_date(None)
    assert indicator.props.date is None
    assert counts["one"] == 3


@pytest.mark.parametrize("qualifier,expected", [
    (Focal.Qualifier.EXACT, (25.0, 25.0)),
    (Focal.Qualifier.APPROXIMATE, (-math.inf, math.inf)),
    (Focal.Qualifier.AT_LEAST, (25.0, math.inf)),
    (Focal.Qualifier.MORE_THAN, (25.0, math.inf)),
    (Focal.Qualifier.AT_MOST, (-math.inf, 25.0)),
    (Focal.Qualifier.FEWER_THAN, (-math.inf, 25.0)),
])
def test_bounds(qualifier, expected):
    indicator = Focal.Indicator(name="encounters", value=25, qualifier=qualifier)
    assert tuple(indicator.get_bounds()) == expected


def test_citations():
    indicator = Focal.Indicator.new("staff", 100)
    model = indicator.get_citations()
    changes = []
    model.connect("items-changed",
                  lambda m, pos, removed, added: changes.append((pos, removed, added)))

    indicator.add_citation(Focal.Citation(source_id="src-a", page="4"))
    indicator.add_citation(Focal.Citation(source_id="src-b", note=3))

    assert changes == [(0, 0, 1), (1, 0, 1)]
    assert len(model) == 2
    assert model.get_n_items() == 2
    assert [c.props.source_id for c in model] == ["src-a", "src-b"]
    assert isinstance(model[0], Focal.Citation)
    assert model[0].props.page == "4"
    assert model[-1].props.note == 3
    # The same model object every time.
    assert indicator.get_citations() == model
