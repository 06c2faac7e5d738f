# test_position.py
#
# SPDX-FileCopyrightText: 2026 The libfocal developers
# SPDX-License-Identifier: LGPL-2.1-or-later

import math

import pytest

from gi.repository import Focal, GLib


def make_graph():
    graph = Focal.Graph.new()
    graph.add(Focal.Actor.new("mexico", Focal.ActorKind.STATE))
    graph.add(Focal.Actor.new("canada", Focal.ActorKind.STATE))
    graph.add(Focal.Issue.new("ftaa", Focal.IssueArea.ECONOMIC))
    return graph


def test_construct():
    pos = Focal.Position.new("pos-mx-ftaa-1994", "mexico", "ftaa")
    assert pos.props.id == "pos-mx-ftaa-1994"
    assert pos.props.kind_name == "position"
    assert pos.props.actor_id == "mexico"
    assert pos.props.issue_id == "ftaa"
    assert pos.props.date is None
    assert pos.props.stance == 0.0
    assert pos.props.has_stance is False
    assert pos.props.label is None
    assert pos.dup_references() == ["mexico", "ftaa"]


def test_construct_with_properties():
    pos = Focal.Position(id="p1", actor_id="canada", issue_id="ftaa",
                         stance=0.75, label="supportive")
    assert pos.get_stance() == 0.75
    assert pos.get_has_stance()
    assert pos.get_label() == "supportive"


def test_stance_notify():
    pos = Focal.Position.new("p1", "mexico", "ftaa")
    seen = []
    pos.connect("notify", lambda obj, pspec: seen.append(pspec.name))

    assert pos.set_stance(-0.5)
    assert sorted(seen) == ["has-stance", "stance"]
    seen.clear()

    pos.props.stance = -0.5
    assert seen == []

    pos.props.stance = 1.0
    assert seen == ["stance"]
    seen.clear()

    pos.clear_stance()
    assert sorted(seen) == ["has-stance", "stance"]
    assert pos.props.stance == 0.0
    assert not pos.props.has_stance


@pytest.mark.parametrize("value", [1.5, -1.01, math.inf, math.nan])
def test_stance_out_of_range(value):
    pos = Focal.Position.new("pos-mx-ftaa-1994", "mexico", "ftaa")
    pos.set_stance(0.25)
    with pytest.raises(GLib.Error) as info:
        pos.set_stance(value)
    err = info.value
    assert err.matches(Focal.error_quark(), Focal.Error.OUT_OF_RANGE)
    assert err.code == Focal.Error.OUT_OF_RANGE
    assert "pos-mx-ftaa-1994" in err.message
    assert pos.props.stance == 0.25
    assert pos.props.has_stance


def test_stance_message_names_value():
    pos = Focal.Position.new("p9", "mexico", "ftaa")
    with pytest.raises(GLib.Error) as info:
        pos.set_stance(1.5)
    assert info.value.message == 'position "p9": stance 1.5 is outside [-1, 1]'


def test_label_and_date():
    pos = Focal.Position.new("p1", "mexico", "ftaa")
    seen = []
    pos.connect("notify::label", lambda *args: seen.append(pos.props.label))
    pos.props.label = "lukewarm"
    pos.set_label("lukewarm")
    pos.set_label("more open")
    assert seen == ["lukewarm", "more open"]

    pos.props.date = Focal.Date.new_from_string("1994-12")
    assert pos.get_date().to_string() == "1994-12"


def test_validate_needs_stance_or_label():
    pos = Focal.Position.new("p1", "mexico", "ftaa")
    with pytest.raises(GLib.Error) as info:
        pos.validate(None)
    assert info.value.matches(Focal.error_quark(), Focal.Error.MISSING_FIELD)
    assert '"p1"' in info.value.message

    pos.set_label("obstructionist")
    assert pos.validate(None)


def test_validate_in_graph():
    graph = make_graph()

    pos = Focal.Position.new("p1", "mexico", "canada")
    pos.set_label("supportive")
    with pytest.raises(GLib.Error) as info:
        graph.add(pos)
    assert info.value.matches(Focal.error_quark(), Focal.Error.WRONG_KIND)
    assert info.value.message == 'position "p1": issue "canada" is an actor, not an issue'

    pos.props.actor_id = "usa"
    pos.props.issue_id = "ftaa"
    with pytest.raises(GLib.Error) as info:
        pos.validate(graph)
    assert info.value.code == Focal.Error.UNKNOWN_ID
    assert '"usa"' in info.value.message

    pos.props.actor_id = "mexico"
    assert graph.add(pos)
    assert pos.props.graph == graph
