# test_encounters.py
#
# SPDX-FileCopyrightText: 2026 The libfocal developers
# SPDX-License-Identifier: LGPL-2.1-or-later

import pytest

from gi.repository import Focal, GLib

UNBOUNDED = Focal.COUNT_UNBOUNDED


def date(text):
    return Focal.Date.new_from_string(text)


def total(id, count, qualifier, period=None, parent=None, forum=None, participants=None):
    event = Focal.Event.new_aggregate(id, Focal.EventKind.MEETING, count, qualifier)
    if period is not None:
        event.props.date = date(period)
    event.props.parent_id = parent
    event.props.forum_id = forum
    if participants is not None:
        event.props.participants = participants
    return event


def single(id, day=None, parent=None, participants=None):
    event = Focal.Event.new(id, Focal.EventKind.MEETING)
    if day is not None:
        event.props.date = date(day)
    event.props.parent_id = parent
    if participants is not None:
        event.props.participants = participants
    return event


def graph_with(*entities):
    graph = Focal.Graph.new()
    for id in ("canada", "mexico", "usa"):
        graph.add(Focal.Actor.new(id, Focal.ActorKind.STATE))
    for id in ("chretien", "fox"):
        graph.add(Focal.Actor.new(id, Focal.ActorKind.PERSON))
    graph.add(Focal.Forum.new("jmc", Focal.ForumKind.JOINT_COMMITTEE))
    graph.add(Focal.Forum.new("ipm", Focal.ForumKind.INTER_PARLIAMENTARY))
    for entity in entities:
        graph.add(entity)
    return graph


def jmc(*more):
    return graph_with(
        total("jmc-1968-1999", 13, Focal.Qualifier.EXACT, "1968/1999", forum="jmc",
              participants=["canada", "mexico"]),
        total("jmc-1989-1999", 5, Focal.Qualifier.EXACT, "1989/1999", parent="jmc-1968-1999"),
        *more)


def leaders(*more):
    return graph_with(
        total("leaders-1959-1989", 8, Focal.Qualifier.EXACT, "1959/1989",
              participants=["canada", "mexico"]),
        total("leaders-1989-2004", 25, Focal.Qualifier.MORE_THAN, "1989/2004",
              participants=["canada", "mexico"]),
        total("leaders-2000-2003", 7, Focal.Qualifier.EXACT, "2000/2003",
              parent="leaders-1989-2004", participants=["chretien", "fox"]),
        *more)


def count(graph, period=None, forum=None, participants=None, series=None):
    return graph.count_encounters(forum, participants, series,
                                  date(period) if period is not None else None)


def bounds(graph, period=None, **selection):
    result = count(graph, period, **selection)
    return (result.props.min, result.props.max)


def ids(result):
    return [event.props.id for event in result.props.events]


def test_count_properties():
    result = count(jmc(), "1980/1990")
    assert isinstance(result, Focal.Count)
    assert result.props.min == 0
    assert result.props.max == 13
    assert result.props.exact is False
    assert result.props.period.to_string() == "1980/1990"
    assert len(result.props.events) == 2
    assert all(isinstance(event, Focal.Event) for event in result.props.events)
    assert result.get_min() == 0 and result.get_max() == 13
    assert result.get_period().equal(date("1980/1990"))
    with pytest.raises(TypeError):
        result.props.min = 3

    everything = count(jmc())
    assert everything.props.period is None
    assert everything.props.exact is True


def test_jmc():
    graph = jmc()
    expected = {
        None: (13, 13, ["jmc-1968-1999"]),
        "1968/1999": (13, 13, ["jmc-1968-1999"]),
        "1989/1999": (5, 5, ["jmc-1989-1999"]),
        "1968/1988": (8, 8, ["jmc-1968-1999"]),
        "1980/1990": (0, 13, ["jmc-1968-1999", "jmc-1989-1999"]),
        "2000/2010": (0, 0, []),
    }
    for period, (low, high, events) in expected.items():
        result = count(graph, period)
        assert (result.props.min, result.props.max) == (low, high), period
        assert result.props.exact == (low == high), period
        assert ids(result) == events, period


def test_leaders():
    graph = leaders()
    assert bounds(graph) == (34, UNBOUNDED)
    assert bounds(graph, "2000/2003") == (7, 7)
    assert count(graph, "2000/2003").props.exact is True
    assert bounds(graph, "1989/2004") == (26, UNBOUNDED)
    assert count(graph, "1989/2004").props.exact is False
    assert bounds(graph, "1989/1999") == (0, UNBOUNDED)
    assert bounds(graph, "1959/2004") == (34, UNBOUNDED)
    assert bounds(graph, "1959/1988") == (0, 8)
    assert ids(count(graph, "1959/2004")) == ["leaders-1959-1989", "leaders-1989-2004"]


def test_filter_forum():
    graph = jmc(total("ipm-1975-2000", 20, Focal.Qualifier.EXACT, "1975/2000", forum="ipm"),
                single("jmc-1995", "1995-03-10", parent="jmc-1968-1999"))
    assert bounds(graph) == (33, 33)
    assert bounds(graph, forum="jmc") == (13, 13)
    assert bounds(graph, "1989/1999", forum="jmc") == (5, 5)
    result = count(graph, "1995", forum="jmc")
    assert (result.props.min, result.props.max) == (1, 5)
    assert ids(result) == ["jmc-1989-1999", "jmc-1995"]
    assert bounds(graph, forum="ipm") == (20, 20)


def test_filter_participants():
    graph = leaders(single("visit-2001", "2001-05", participants=["canada", "usa"]))
    # Chrétien is named on the nested total only: it is counted on its own.
    assert bounds(graph, participants=["chretien"]) == (7, 7)
    assert ids(count(graph, participants=["chretien"])) == ["leaders-2000-2003"]
    # Canada comes from the enclosing total.
    assert bounds(graph, participants=["canada", "fox"]) == (7, 7)
    assert bounds(graph, participants=["canada"]) == (35, UNBOUNDED)
    assert bounds(graph, "2000/2003", participants=["canada"]) == (8, 8)
    assert bounds(graph, participants=["canada", "usa"]) == (1, 1)
    assert bounds(graph, participants=["mexico", "usa"]) == (0, 0)
    assert bounds(graph, participants=[]) == (35, UNBOUNDED)


def test_filter_series():
    graph = leaders()
    assert bounds(graph, series="leaders-1989-2004") == (26, UNBOUNDED)
    assert bounds(graph, "2000/2003", series="leaders-1989-2004") == (7, 7)
    assert bounds(graph, series="leaders-2000-2003") == (7, 7)
    assert bounds(graph, "1989/2004", series="leaders-1959-1989") == (0, 8)
    assert bounds(jmc(), "1968/1988", series="jmc-1989-1999") == (0, 0)


def test_single_events():
    graph = graph_with(single("dated", "1995-03-10"), single("undated"))
    assert bounds(graph) == (2, 2)
    assert bounds(graph, "1995") == (1, 2)
    assert bounds(graph, "1996") == (0, 1)
    assert ids(count(graph, "1996")) == ["undated"]
    assert bounds(Focal.Graph.new()) == (0, 0)


def test_nested_single_events():
    graph = jmc(single("jmc-1995", "1995-03-10", parent="jmc-1968-1999"),
                single("jmc-undated", parent="jmc-1968-1999"))
    # Already inside the 13: never counted besides them.
    assert bounds(graph) == (13, 13)
    assert bounds(graph, "1989/1999") == (5, 5)
    assert bounds(graph, "1968/1988") == (8, 8)
    assert bounds(graph, "1995") == (1, 5)

    visits = graph_with(total("visits", 2, Focal.Qualifier.AT_LEAST),
                        single("visit-1970", "1970", parent="visits"),
                        single("visit-1980", "1980-06", parent="visits"),
                        single("visit-1990", "1990-06-01", parent="visits"))
    assert bounds(visits) == (3, UNBOUNDED)
    assert bounds(visits, "1975/1985") == (1, UNBOUNDED)
    assert ids(count(visits, "1975/1985")) == ["visits", "visit-1980"]


def test_qualifiers():
    graph = graph_with(
        total("cap", 20, Focal.Qualifier.AT_MOST, "1960/1999"),
        total("cap-70s", 5, Focal.Qualifier.EXACT, "1970/1979", parent="cap"),
        total("cap-80s", 7, Focal.Qualifier.EXACT, "1980/1989", parent="cap"),
        total("approximate", 50, Focal.Qualifier.APPROXIMATE, "2000/2009"),
        total("fewer", 10, Focal.Qualifier.FEWER_THAN, "2010/2019"),
        total("over", 25, Focal.Qualifier.MORE_THAN, "2020/2029"))
    assert bounds(graph, series="cap") == (12, 20)
    assert bounds(graph, "1970/1979") == (5, 5)
    assert bounds(graph, "1990/1999") == (0, 8)
    assert bounds(graph, series="approximate") == (0, UNBOUNDED)
    assert bounds(graph, series="fewer") == (0, 9)
    assert bounds(graph, series="over") == (26, UNBOUNDED)


def test_unbounded_sum():
    graph = graph_with(total("some", 3, Focal.Qualifier.AT_LEAST, "1990/1999"),
                       total("four", 4, Focal.Qualifier.EXACT, "1995/1999"))
    result = count(graph)
    assert (result.props.min, result.props.max) == (7, UNBOUNDED)
    assert result.props.exact is False
    assert bounds(graph, "1995/1999") == (4, UNBOUNDED)


def test_series():
    counts = jmc().count_encounters_series("jmc", None, None, [1960, 1970, 1980, 1990, 2000])
    assert len(counts) == 4
    assert [c.props.period.to_string() for c in counts] == \
        ["1960/1969", "1970/1979", "1980/1989", "1990/1999"]
    assert [(c.props.min, c.props.max) for c in counts] == [(0, 8), (0, 8), (0, 13), (0, 5)]

    yearly = jmc().count_encounters_series(None, None, None, [1988, 1989, 1990])
    assert [(c.props.min, c.props.max) for c in yearly] == [(0, 8), (0, 5)]

    chretien_fox = leaders().count_encounters_series(None, None, "leaders-1989-2004",
                                                     [2000, 2004])
    assert len(chretien_fox) == 1
    assert chretien_fox[0].props.exact is True
    assert chretien_fox[0].props.min == 7


@pytest.mark.parametrize("selection, code, needle", [
    (dict(forum="nowhere"), Focal.Error.UNKNOWN_ID, '"nowhere"'),
    (dict(forum="canada"), Focal.Error.WRONG_KIND, 'forum "canada" is an actor, not a forum'),
    (dict(participants=["canada", "ghost"]), Focal.Error.UNKNOWN_ID, '"ghost"'),
    (dict(participants=["jmc"]), Focal.Error.WRONG_KIND,
     'participant "jmc" is a forum, not an actor'),
    (dict(series="ghost-series"), Focal.Error.UNKNOWN_ID, '"ghost-series"'),
    (dict(series="mexico"), Focal.Error.WRONG_KIND, 'series "mexico" is an actor, not an event'),
    (dict(series="jmc-1995"), Focal.Error.WRONG_KIND,
     'series "jmc-1995" is a single event, not an aggregate'),
])
def test_errors(selection, code, needle):
    graph = jmc(single("jmc-1995", "1995-03-10", parent="jmc-1968-1999"))
    with pytest.raises(GLib.Error) as info:
        count(graph, **selection)
    assert info.value.matches(Focal.error_quark(), code)
    assert info.value.code == int(code)
    assert needle in info.value.message


def test_cycle_error():
    graph = jmc()
    graph.lookup("jmc-1968-1999").props.parent_id = "jmc-1989-1999"
    with pytest.raises(GLib.Error) as info:
        count(graph)
    assert info.value.matches(Focal.error_quark(), Focal.Error.CYCLE)
    assert "loops" in info.value.message


@pytest.mark.parametrize("breaks, code, needle", [
    ([], Focal.Error.INVALID_VALUE, "got 0"),
    ([1990], Focal.Error.INVALID_VALUE, "got 1"),
    ([1960, 1990, 1980], Focal.Error.INVALID_VALUE, "break 2 (1980) does not come after 1990"),
    ([1990, 1990], Focal.Error.INVALID_VALUE, "(1990)"),
    ([0, 10], Focal.Error.OUT_OF_RANGE, "0 to 10"),
])
def test_series_errors(breaks, code, needle):
    with pytest.raises(GLib.Error) as info:
        jmc().count_encounters_series(None, None, None, breaks)
    assert info.value.matches(Focal.error_quark(), code)
    assert needle in info.value.message


def test_view_restricts_the_events():
    graph = leaders(single("summit-2001", "2001", participants=["canada", "mexico"]))
    graph.lookup("leaders-1959-1989").add_tag("cold-war")
    graph.lookup("summit-2001").add_tag("summits")
    everything = Focal.View.new(graph)
    assert bounds(graph) == (35, Focal.COUNT_UNBOUNDED)
    all_view = everything.count_encounters(None, None, None, None)
    assert (all_view.props.min, all_view.props.max) == (35, Focal.COUNT_UNBOUNDED)
    cold_war = everything.with_tags(["cold-war"])
    only = cold_war.count_encounters(None, None, None, None)
    assert (only.props.min, only.props.max, only.props.exact) == (8, 8, True)
    assert ids(only) == ["leaders-1959-1989"]
    # A nested total the view keeps, without its enclosing total, counts on its own.
    summits = everything.with_tags(["summits"])
    assert summits.count_encounters(None, None, None, date("2001")).props.min == 1
    bins = cold_war.count_encounters_series(None, None, None, [1950, 1970, 1990])
    assert [(b.props.min, b.props.max) for b in bins] == [(0, 8), (0, 8)]
    with pytest.raises(GLib.Error) as info:
        everything.count_encounters("no-such-forum", None, None, None)
    assert info.value.code == Focal.Error.UNKNOWN_ID
