# test_date.py: FocalDate from Python.
#
# SPDX-FileCopyrightText: 2026 The libfocal developers
# SPDX-License-Identifier: LGPL-2.1-or-later

import functools

import pytest
from gi.repository import Focal, GLib, GObject

ROUND_TRIP = [
    "2004",
    "2004-10",
    "2004-10-15",
    "1989/1999",
    "2004-10/2005-03-15",
    "1996?",
    "2001~",
    "2001%",
    "1996?/2004~",
    "199X",
    "19XX",
    "2004-XX",
    "2004-10-XX",
    "../2004",
    "2000/..",
    "/2004",
    "2000/",
]


def julian(year, month, day):
    return GLib.Date.new_dmy(day, month, year).get_julian()


@pytest.mark.parametrize("text", ROUND_TRIP)
def test_round_trip(text):
    date = Focal.Date.new_from_string(text)
    assert isinstance(date, Focal.Date)
    assert date.to_string() == text


def test_single_fields():
    date = Focal.Date.new_from_string("2004-10-15")
    assert date.get_precision() == Focal.DatePrecision.DAY
    assert not date.is_interval()
    assert (date.get_year(), date.get_month(), date.get_day()) == (2004, 10, 15)
    assert not date.is_uncertain()
    assert not date.is_approximate()
    assert date.get_first_day() == date.get_last_day() == julian(2004, 10, 15)
    # A single date is its own start and end.
    assert date.get_start().equal(date)
    assert date.get_end().equal(date)
    assert not date.is_start_open()
    assert not date.is_end_open()


def test_unspecified_and_qualified():
    decade = Focal.Date.new_from_string("199X~")
    assert decade.get_precision() == Focal.DatePrecision.YEAR
    assert decade.get_year() == 1990
    assert decade.get_month() == 0
    assert decade.is_approximate()
    assert not decade.is_uncertain()
    assert decade.get_first_day() == julian(1990, 1, 1)
    assert decade.get_last_day() == julian(1999, 12, 31)

    both = Focal.Date.new_from_string("2001%")
    assert both.is_uncertain() and both.is_approximate()


def test_leap_february():
    february = Focal.Date.new_from_string("2004-02")
    assert february.get_precision() == Focal.DatePrecision.MONTH
    assert february.get_last_day() - february.get_first_day() + 1 == 29


def test_interval_fields():
    interval = Focal.Date.new_from_string("1989/1999")
    assert interval.get_precision() == Focal.DatePrecision.INTERVAL
    assert interval.is_interval()
    assert (interval.get_year(), interval.get_month(), interval.get_day()) == (0, 0, 0)
    assert interval.get_start().to_string() == "1989"
    assert interval.get_end().to_string() == "1999"
    assert interval.get_first_day() == julian(1989, 1, 1)
    assert interval.get_last_day() == julian(1999, 12, 31)

    qualified = Focal.Date.new_from_string("1996?/2004~")
    assert qualified.is_uncertain()
    assert qualified.is_approximate()
    assert qualified.get_start().is_uncertain()
    assert not qualified.get_start().is_approximate()


def test_open_ends():
    open_end = Focal.Date.new_from_string("2000/..")
    assert open_end.get_end() is None
    assert open_end.is_end_open()
    assert not open_end.is_start_open()
    assert open_end.get_last_day() == Focal.DATE_DAY_MAX

    unknown_start = Focal.Date.new_from_string("/2004")
    assert unknown_start.get_start() is None
    assert unknown_start.is_start_open()
    assert unknown_start.get_first_day() == Focal.DATE_DAY_MIN


def test_constructors():
    start = Focal.Date.new(1989, 0, 0)
    end = Focal.Date.new(1999, 6, 0)
    interval = Focal.Date.new_interval(start, end)
    assert interval.to_string() == "1989/1999-06"
    assert Focal.Date.new_interval(None, end).to_string() == "../1999-06"
    assert Focal.Date.new_interval(start, None).to_string() == "1989/.."
    assert interval.equal(Focal.Date.new_from_string("1989/1999-06"))
    assert Focal.Date.new(2004, 2, 29).to_string() == "2004-02-29"


def test_contains_overlaps():
    def d(text):
        return Focal.Date.new_from_string(text)

    assert d("1989/1999").contains(d("1994-01-01"))
    assert not d("1989/1999").contains(d("2000"))
    assert d("2000/..").contains(d("2010/.."))
    assert d("../2004").contains(d("0001-01-01"))
    assert not d("2004").contains(d("2004/.."))
    assert d("199X").contains(d("1995-06"))

    assert d("1989/1999").overlaps(d("1999/2004"))
    assert not d("1989/1999").overlaps(d("2000/2004"))
    assert d("../1990").overlaps(d("1990-12"))
    assert not d("../1990").overlaps(d("1991"))


def test_compare_equal_hash():
    texts = ["2004/..", "1990", "../1990", "1990-01", "199X", "1989/1999"]
    dates = [Focal.Date.new_from_string(t) for t in texts]
    ordered = sorted(dates, key=functools.cmp_to_key(lambda x, y: x.compare(y)))
    for a, b in zip(ordered, ordered[1:]):
        assert a.compare(b) < 0
        assert b.compare(a) > 0
    assert [x.to_string() for x in ordered] == \
        ["../1990", "1989/1999", "1990-01", "1990", "199X", "2004/.."]

    a = Focal.Date.new_from_string("2004")
    b = Focal.Date.new(2004, 0, 0)
    assert a.equal(b)
    assert a.compare(b) == 0
    assert a.hash() == b.hash()
    assert not a.equal(Focal.Date.new_from_string("2004-XX"))
    assert not a.equal(Focal.Date.new_from_string("2004~"))


def test_gtype():
    assert Focal.Date.__gtype__.name == "FocalDate"
    assert Focal.Date.__gtype__.is_a(GObject.TYPE_BOXED)


@pytest.mark.parametrize("text", ["spring", "", "2004 ", "2001-21", "Y170000002", "-1985", "../.."])
def test_parse_error(text):
    with pytest.raises(GLib.Error) as info:
        Focal.Date.new_from_string(text)
    assert info.value.matches(Focal.error_quark(), Focal.Error.PARSE)
    assert info.value.code == Focal.Error.PARSE
    assert f'"{text}"' in info.value.message


@pytest.mark.parametrize("text", ["2004-02-30", "2004-13", "0000", "1999/1989"])
def test_invalid_value_error(text):
    with pytest.raises(GLib.Error) as info:
        Focal.Date.new_from_string(text)
    assert info.value.matches(Focal.error_quark(), Focal.Error.INVALID_VALUE)
    assert info.value.code == Focal.Error.INVALID_VALUE
    assert f'"{text}"' in info.value.message


def test_error_message():
    with pytest.raises(GLib.Error) as info:
        Focal.Date.new_from_string("spring")
    assert info.value.message == \
        'invalid date "spring": expected YYYY, YYYY-MM or YYYY-MM-DD'
