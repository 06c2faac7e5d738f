# test_graph.py: building and querying a FocalGraph from Python, as a
# notebook would
#
# SPDX-FileCopyrightText: 2026 The libfocal developers
# SPDX-License-Identifier: LGPL-2.1-or-later

import pytest
from gi.repository import Focal, GLib


def date(text):
    return Focal.Date.new_from_string(text)


def actor(graph, ident, kind, country=None, parent=None):
    a = Focal.Actor.new(ident, kind)
    if country:
        a.set_country(country)
    a.props.parent_id = parent
    graph.add(a)
    return a


def link(graph, source, kind, target, period=None):
    lk = Focal.Link.new(source, kind, target)
    if period:
        lk.props.period = date(period)
    graph.add_link(lk)
    return lk


@pytest.fixture
def graph():
    g = Focal.Graph.new()
    g.add_source(Focal.Source.new("focal-2004"))
    actor(g, "canada", Focal.ActorKind.STATE, "CA")
    actor(g, "mexico", Focal.ActorKind.STATE, "MX")
    actor(g, "elections-canada", Focal.ActorKind.AGENCY, "CA", "canada")
    actor(g, "ife", Focal.ActorKind.AGENCY, "MX", "mexico")
    actor(g, "edmonton", Focal.ActorKind.MUNICIPALITY, "CA-AB")
    actor(g, "guadalajara", Focal.ActorKind.MUNICIPALITY, "MX-JAL")
    g.add(Focal.Issue.new("ftaa", Focal.IssueArea.ECONOMIC))
    g.add(Focal.Agreement.new("electoral-mou-1996",
                              Focal.AgreementKind.MEMORANDUM_OF_UNDERSTANDING))
    link(g, "elections-canada", Focal.LinkKind.COOPERATES_WITH, "ife", "1996/..")
    link(g, "elections-canada", Focal.LinkKind.PARTY_TO, "electoral-mou-1996", "1996/..")
    link(g, "ife", Focal.LinkKind.PARTY_TO, "electoral-mou-1996", "1996/..")
    link(g, "edmonton", Focal.LinkKind.PARTNERS_WITH, "guadalajara")
    return g


def test_models_iterate(graph):
    actors = graph.get_actors()
    assert len(actors) == 6
    assert [a.props.id for a in actors][:2] == ["canada", "mexico"]
    assert actors[-1].props.id == "guadalajara"
    assert all(isinstance(a, Focal.Actor) for a in actors)
    assert len(graph.get_links()) == 4
    assert len(graph.get_issues()) == 1
    assert len(graph.get_positions()) == 0
    assert graph.props.n_entities == 8
    assert graph.lookup("ife").props.graph == graph


def test_lookup(graph):
    assert graph.lookup("ife").get_country() == "MX"
    assert graph.lookup("nafta") is None
    assert graph.lookup_source("focal-2004").props.id == "focal-2004"


def test_neighbors_as_of_a_date(graph):
    ids = lambda model: [e.props.id for e in model]
    both = Focal.Direction.BOTH
    assert ids(graph.dup_neighbors("ife", Focal.LinkKind.ANY, both, None)) == \
        ["elections-canada", "electoral-mou-1996"]
    assert ids(graph.dup_neighbors("ife", Focal.LinkKind.ANY, both, date("1995"))) == []
    assert ids(graph.dup_neighbors("ife", Focal.LinkKind.COOPERATES_WITH, both,
                                   date("2004"))) == ["elections-canada"]
    assert ids(graph.dup_neighbors("electoral-mou-1996", Focal.LinkKind.PARTY_TO,
                                   Focal.Direction.INCOMING, None)) == ["elections-canada", "ife"]
    assert ids(graph.dup_neighbors("guadalajara", Focal.LinkKind.PARTNERS_WITH,
                                   Focal.Direction.OUTGOING, None)) == ["edmonton"]


def test_neighbor_nodes(graph):
    import array
    node_ids = graph.dup_node_ids()
    both = Focal.Direction.BOTH
    for args in [("ife", Focal.LinkKind.ANY, both, None),
                 ("ife", Focal.LinkKind.COOPERATES_WITH, both, date("2004")),
                 ("electoral-mou-1996", Focal.LinkKind.PARTY_TO, Focal.Direction.INCOMING, None)]:
        numbers = array.array("I", graph.dup_neighbor_nodes(*args).get_data())
        assert [node_ids[n] for n in numbers] == [e.props.id for e in graph.dup_neighbors(*args)]
    assert len(graph.dup_neighbor_nodes("ife", Focal.LinkKind.ANY, both, date("1995")).get_data()) == 0
    with pytest.raises(GLib.Error) as info:
        graph.dup_neighbor_nodes("nobody", Focal.LinkKind.ANY, both, None)
    assert info.value.matches(Focal.error_quark(), Focal.Error.UNKNOWN_ID)


def test_unknown_id_in_queries(graph):
    with pytest.raises(GLib.Error) as info:
        graph.dup_links_for("nafta", Focal.LinkKind.ANY, Focal.Direction.BOTH, None)
    assert info.value.matches(Focal.error_quark(), Focal.Error.UNKNOWN_ID)
    assert '"nafta"' in info.value.message


def test_duplicate_id(graph):
    with pytest.raises(GLib.Error) as info:
        graph.add(Focal.Issue.new("ife", Focal.IssueArea.POLITICAL))
    assert info.value.code == Focal.Error.DUPLICATE_ID
    assert "ife" in info.value.message
    assert graph.props.n_entities == 8


def test_dangling_reference(graph):
    position = Focal.Position.new("mx-social-funds", "mexico", "social-funds")
    position.props.label = "lukewarm"
    with pytest.raises(GLib.Error) as info:
        graph.add(position)
    assert info.value.code == Focal.Error.UNKNOWN_ID
    assert "social-funds" in info.value.message

    with pytest.raises(GLib.Error) as info:
        link(graph, "ife", Focal.LinkKind.COOPERATES_WITH, "elections-quebec")
    assert info.value.code == Focal.Error.UNKNOWN_ID
    assert len(graph.get_links()) == 4


def test_wrong_kind(graph):
    position = Focal.Position.new("mx-on-canada", "mexico", "canada")
    position.props.label = "supportive"
    with pytest.raises(GLib.Error) as info:
        graph.add(position)
    assert info.value.code == Focal.Error.WRONG_KIND
    with pytest.raises(GLib.Error) as info:
        link(graph, "ife", Focal.LinkKind.PARTY_TO, "canada")
    assert info.value.code == Focal.Error.WRONG_KIND
    assert "expected an agreement" in info.value.message


def test_bad_date():
    with pytest.raises(GLib.Error) as info:
        Focal.Date.new_from_string("spring 2004")
    assert info.value.code == Focal.Error.PARSE
    assert "spring 2004" in info.value.message


def test_stance_out_of_range(graph):
    position = Focal.Position.new("mx-ftaa-2004", "mexico", "ftaa")
    with pytest.raises(GLib.Error) as info:
        position.set_stance(1.5)
    assert info.value.code == Focal.Error.OUT_OF_RANGE
    assert not position.props.has_stance
    position.set_stance(0.5)
    position.props.label = "more open"
    graph.add(position)
    history = graph.dup_positions_for("mexico", "ftaa")
    assert [p.props.id for p in history] == ["mx-ftaa-2004"]


def test_nested_totals(graph):
    jmc = Focal.Forum.new("jmc", Focal.ForumKind.JOINT_COMMITTEE)
    graph.add(jmc)
    total = Focal.Event.new_aggregate("jmc-1968-1999", Focal.EventKind.MEETING, 13,
                                      Focal.Qualifier.EXACT)
    total.props.date = date("1968/1999")
    total.props.forum_id = "jmc"
    graph.add(total)
    late = Focal.Event.new_aggregate("jmc-1989-1999", Focal.EventKind.MEETING, 5,
                                     Focal.Qualifier.EXACT)
    late.props.date = date("1989/1999")
    late.props.parent_id = "jmc-1968-1999"
    graph.add(late)
    too_many = Focal.Event.new_aggregate("jmc-1968-1988", Focal.EventKind.MEETING, 9,
                                         Focal.Qualifier.EXACT)
    too_many.props.parent_id = "jmc-1968-1999"
    with pytest.raises(GLib.Error) as info:
        graph.add(too_many)
    assert info.value.code == Focal.Error.INCONSISTENT
    assert [e.props.id for e in graph.dup_parts("jmc-1968-1999")] == ["jmc-1989-1999"]


def test_remove_and_signals(graph):
    removed = []
    graph.connect("link-removed", lambda g, lk: removed.append(lk.props.kind))
    graph.connect("entity-removed", lambda g, e: removed.append(e.props.id))
    with pytest.raises(GLib.Error) as info:
        graph.remove("mexico")
    assert info.value.code == Focal.Error.IN_USE
    graph.remove("ife")
    assert removed.count("ife") == 1
    assert len(removed) == 3
    assert graph.lookup("ife") is None
    assert len(graph.get_links()) == 2


def test_items_changed(graph):
    changes = []
    graph.get_actors().connect("items-changed", lambda m, p, r, a: changes.append((p, r, a)))
    graph.add(Focal.Actor.new("alberta", Focal.ActorKind.SUBNATIONAL_GOVERNMENT))
    assert changes == [(6, 0, 1)]
