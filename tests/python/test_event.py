# test_event.py
#
# SPDX-FileCopyrightText: 2026 The libfocal developers
# SPDX-License-Identifier: LGPL-2.1-or-later

import pytest

from gi.repository import Focal, GLib


def date(text):
    return Focal.Date.new_from_string(text)


def make_graph():
    graph = Focal.Graph.new()
    graph.add(Focal.Actor.new("canada", Focal.ActorKind.STATE))
    graph.add(Focal.Actor.new("mexico", Focal.ActorKind.STATE))
    graph.add(Focal.Forum.new("jmc", Focal.ForumKind.JOINT_COMMITTEE))
    total = Focal.Event.new_aggregate("jmc-1968-1999", Focal.EventKind.MEETING,
                                      13, Focal.Qualifier.EXACT)
    total.props.date = date("1968/1999")
    total.props.forum_id = "jmc"
    graph.add(total)
    return graph


def test_single_event():
    event = Focal.Event.new("jmc-1999", Focal.EventKind.MEETING)
    assert event.props.kind_name == "event"
    assert event.props.kind == Focal.EventKind.MEETING
    assert event.props.aggregate is False
    assert event.props.count == 1
    assert event.props.count_qualifier == Focal.Qualifier.EXACT
    assert event.get_count_bounds() == (1, 1)
    assert event.props.participants == []


def test_aggregate():
    event = Focal.Event.new_aggregate("missions", Focal.EventKind.MISSION,
                                      25, Focal.Qualifier.MORE_THAN)
    assert event.props.aggregate is True
    assert event.props.count == 25
    assert event.props.count_qualifier == Focal.Qualifier.MORE_THAN
    lo, hi = event.get_count_bounds()
    assert lo == 26
    assert hi == Focal.COUNT_UNBOUNDED == 2**32 - 1

    event = Focal.Event(id="x", aggregate=True)
    assert event.get_aggregate()


@pytest.mark.parametrize("count,qualifier,bounds", [
    (13, Focal.Qualifier.EXACT, (13, 13)),
    (5, Focal.Qualifier.AT_LEAST, (5, Focal.COUNT_UNBOUNDED)),
    (25, Focal.Qualifier.MORE_THAN, (26, Focal.COUNT_UNBOUNDED)),
    (4, Focal.Qualifier.AT_MOST, (0, 4)),
    (5, Focal.Qualifier.FEWER_THAN, (0, 4)),
    (0, Focal.Qualifier.FEWER_THAN, (0, 0)),
    (50, Focal.Qualifier.APPROXIMATE, (0, Focal.COUNT_UNBOUNDED)),
])
def test_count_bounds(count, qualifier, bounds):
    event = Focal.Event.new_aggregate("a", Focal.EventKind.MEETING, count, qualifier)
    assert event.get_count_bounds() == bounds


def test_set_count_notifies_once_each():
    event = Focal.Event.new_aggregate("a", Focal.EventKind.MEETING, 13, Focal.Qualifier.EXACT)
    seen = []
    event.connect("notify", lambda obj, pspec: seen.append(pspec.name))
    event.set_count(25, Focal.Qualifier.AT_LEAST)
    assert sorted(seen) == ["count", "count-qualifier"]
    seen.clear()
    event.set_count(25, Focal.Qualifier.AT_LEAST)
    assert seen == []
    event.set_count(30, Focal.Qualifier.AT_LEAST)
    assert seen == ["count"]


def test_participants():
    event = Focal.Event.new("e", Focal.EventKind.MEETING)
    seen = []
    event.connect("notify::participants", lambda *args: seen.append(list(event.props.participants)))

    assert event.add_participant("canada")
    assert event.add_participant("mexico")
    assert not event.add_participant("canada")
    assert event.get_participants() == ["canada", "mexico"]
    assert event.has_participant("mexico")
    assert not event.has_participant("usa")

    event.props.participants = ["mexico", "canada", "mexico", "usa"]
    assert event.props.participants == ["mexico", "canada", "usa"]
    event.set_participants(["mexico", "canada", "usa"])
    assert seen == [["canada"], ["canada", "mexico"], ["mexico", "canada", "usa"]]

    event.set_participants(None)
    assert event.props.participants == []


def test_properties_notify():
    event = Focal.Event.new("e", Focal.EventKind.OTHER)
    seen = []
    event.connect("notify", lambda obj, pspec: seen.append(pspec.name))
    event.props.kind = Focal.EventKind.VISIT
    event.props.location = "Ottawa"
    event.props.forum_id = "jmc"
    event.props.parent_id = "jmc-1968-1999"
    event.props.date = date("1999-11-08")
    event.props.location = "Ottawa"
    assert seen == ["kind", "location", "forum-id", "parent-id", "date"]
    assert event.get_date().to_string() == "1999-11-08"
    assert event.dup_references() == ["jmc", "jmc-1968-1999"]


def test_jmc_example_validates():
    graph = make_graph()
    late = Focal.Event.new_aggregate("jmc-1989-1999", Focal.EventKind.MEETING,
                                     5, Focal.Qualifier.EXACT)
    late.props.date = date("1989/1999")
    late.props.parent_id = "jmc-1968-1999"
    late.props.participants = ["canada", "mexico"]
    assert late.validate(graph)
    assert graph.add(late)


def test_child_exceeds_parent():
    graph = make_graph()
    child = Focal.Event.new_aggregate("jmc-too-many", Focal.EventKind.MEETING,
                                      14, Focal.Qualifier.EXACT)
    child.props.parent_id = "jmc-1968-1999"
    with pytest.raises(GLib.Error) as info:
        graph.add(child)
    assert info.value.matches(Focal.error_quark(), Focal.Error.INCONSISTENT)
    assert "jmc-too-many" in info.value.message
    assert "at least 14" in info.value.message
    assert "at most 13" in info.value.message


def test_parent_must_be_aggregate():
    graph = make_graph()
    graph.add(Focal.Event.new("jmc-1999", Focal.EventKind.MEETING))
    meeting = Focal.Event.new("session", Focal.EventKind.MEETING)
    meeting.props.parent_id = "jmc-1999"
    with pytest.raises(GLib.Error) as info:
        meeting.validate(graph)
    assert info.value.code == Focal.Error.WRONG_KIND
    assert '"session"' in info.value.message and '"jmc-1999"' in info.value.message


def test_date_outside_parent():
    graph = make_graph()
    child = Focal.Event.new_aggregate("early", Focal.EventKind.MEETING, 2, Focal.Qualifier.EXACT)
    child.props.parent_id = "jmc-1968-1999"
    child.props.date = date("1960/1970")
    with pytest.raises(GLib.Error) as info:
        child.validate(graph)
    assert info.value.code == Focal.Error.INCONSISTENT
    assert "1960/1970" in info.value.message


def test_fewer_than_zero_is_invalid():
    event = Focal.Event.new_aggregate("none", Focal.EventKind.VISIT, 0, Focal.Qualifier.FEWER_THAN)
    with pytest.raises(GLib.Error) as info:
        event.validate(None)
    assert info.value.matches(Focal.error_quark(), Focal.Error.INVALID_VALUE)
    assert '"none"' in info.value.message
