# test_people.py: people bridges, person-only ties and departures from
# Python, on a hand graph with known answers and on the Canada-Mexico dataset
#
# SPDX-FileCopyrightText: 2026 The libfocal developers
# SPDX-License-Identifier: LGPL-2.1-or-later

import os
import pathlib

import pytest
from gi.repository import Focal, GLib, GObject, Gio

SRCDIR = pathlib.Path(os.environ.get("G_TEST_SRCDIR", pathlib.Path(__file__).parent.parent))
DATASET = SRCDIR.parent / "examples" / "data" / "canada-mexico-2004.json"

# Ids starting with "o" are ministries, the others persons.
NODES = "o1 p o2 o3 q r o4 o5 o6 s t o7 o8 u h o9 o10 o11 o12 o13 o14 w o15 z"
EDGES = ("o1-p p-o2 o2-o3 o3-p q-o4 o4-r r-o5 o5-q o6-s s-t t-o7 o8-u "
         "h-o9 o9-o10 o10-h h-o11 o11-o13 o13-o12 o12-h o14-w w-o15 o15-o14")


def make_graph(nodes=NODES, edges=EDGES):
    g = Focal.Graph.new()
    for ident in nodes.split():
        kind = Focal.ActorKind.MINISTRY if ident[0] == "o" else Focal.ActorKind.PERSON
        g.add(Focal.Actor.new(ident, kind))
    for edge in edges.split():
        a, b = edge.split("-")
        if a[0] != "o" and b[0] == "o":
            g.add_link(Focal.Link.new(a, Focal.LinkKind.WORKS_FOR, b))
        elif b[0] != "o" and a[0] == "o":
            g.add_link(Focal.Link.new(b, Focal.LinkKind.WORKS_FOR, a))
        else:
            g.add_link(Focal.Link.new(a, Focal.LinkKind.COOPERATES_WITH, b))
    return g


@pytest.fixture
def view():
    return Focal.View.new(make_graph())


def test_bridges(view):
    assert view.dup_people_bridges() == ["p", "s", "t", "h"]


def test_ties(view):
    ties = view.dup_person_only_ties()
    assert all(isinstance(t, Focal.Tie) for t in ties)
    assert [(t.props.organization_a, t.props.organization_b, t.props.person) for t in ties] == [
        ("o1", "o2", "p"), ("o1", "o3", "p"),
        ("o9", "o11", "h"), ("o9", "o12", "h"), ("o10", "o11", "h"), ("o10", "o12", "h"),
    ]


@pytest.mark.parametrize("person,removed,after,pairs", [
    ("p", 3, 7, 2), ("h", 4, 7, 6), ("s", 2, 7, 1), ("q", 2, 6, 0), ("u", 1, 6, 0),
    ("z", 0, 6, 0),
])
def test_departure(view, person, removed, after, pairs):
    departure = view.simulate_departure(person)
    assert departure.props.person == person
    assert departure.props.links_removed == removed == len(departure.props.links)
    assert departure.props.components_before == 6
    assert departure.props.components_after == after
    assert departure.props.disconnected_pairs == pairs
    assert all(person in (lk.props.source_id, lk.props.target_id)
               for lk in departure.get_links())


def test_views():
    g = make_graph("o1 p o2 q", "q-o2")
    for source, kind, target, period in [("p", Focal.LinkKind.WORKS_FOR, "o1", "1985/1995"),
                                         ("p", Focal.LinkKind.LEADS, "o2", "1988/.."),
                                         ("q", Focal.LinkKind.WORKS_FOR, "o1", "2000/..")]:
        link = Focal.Link.new(source, kind, target)
        link.props.period = Focal.Date.new_from_string(period)
        g.add_link(link)
    view = Focal.View.new(g)
    then = view.at(Focal.Date.new_from_string("1990"))
    now = view.at(Focal.Date.new_from_string("2004"))
    assert then.dup_people_bridges() == ["p"]
    assert now.dup_people_bridges() == ["q"]
    assert then.simulate_departure("p").props.disconnected_pairs == 1
    assert now.simulate_departure("p").props.disconnected_pairs == 0


def test_read_only(view):
    for cls, names in ((Focal.Tie, ("organization-a", "organization-b", "person")),
                       (Focal.Departure, ("person", "links-removed", "links",
                                          "disconnected-pairs", "components-before",
                                          "components-after"))):
        for name in names:
            assert not cls.find_property(name).flags & GObject.ParamFlags.WRITABLE


@pytest.mark.parametrize("ident,code,needle", [
    ("nobody", Focal.Error.UNKNOWN_ID, "nobody"),
    ("o1", Focal.Error.WRONG_KIND, "ministry"),
])
def test_errors(view, ident, code, needle):
    with pytest.raises(GLib.Error) as info:
        view.simulate_departure(ident)
    assert info.value.matches(Focal.error_quark(), code)
    assert needle in info.value.message


def test_not_in_view(view):
    bodies = view.with_actor_kinds([Focal.ActorKind.MINISTRY])
    with pytest.raises(GLib.Error) as info:
        bodies.simulate_departure("p")
    assert info.value.code == Focal.Error.UNKNOWN_ID
    assert "not in the view" in info.value.message
    assert bodies.dup_people_bridges() == []
    assert len(bodies.dup_person_only_ties()) == 0


def test_dataset():
    document = Focal.Document.new()
    document.load_from_file(Gio.File.new_for_path(str(DATASET)), Focal.LoadFlags.NONE, None)
    graph = document.props.graph
    view = Focal.View.new(graph)
    bridges = view.dup_people_bridges()
    assert "paul-martin" in bridges
    assert all(graph.lookup(b).props.kind == Focal.ActorKind.PERSON for b in bridges)
    ties = {(t.props.organization_a, t.props.organization_b, t.props.person)
            for t in view.dup_person_only_ties()}
    assert ("gov-canada", "cabinet-committee-canada-us", "paul-martin") in ties
    martin = view.simulate_departure("paul-martin")
    assert martin.props.components_after == martin.props.components_before + 1
    assert martin.props.disconnected_pairs > 0
    assert any(lk.props.target_id == "cabinet-committee-canada-us" for lk in martin.props.links)
