# test_network.py: graph algorithms on a FocalNetwork from Python, on hand
# graphs, on a Canada-Mexico slice, and cross-checked against networkx on
# seeded random graphs
#
# SPDX-FileCopyrightText: 2026 The libfocal developers
# SPDX-License-Identifier: LGPL-2.1-or-later

import math
import random

import pytest
from gi.repository import Focal, GLib

nx = pytest.importorskip("networkx")

TOLERANCE = 1e-9


def date(text):
    return Focal.Date.new_from_string(text)


def people_graph(nodes, edges):
    """A graph of people from "a b c" and "a-b b-c:2.5" (weights after ':')."""
    g = Focal.Graph.new()
    for ident in nodes.split():
        g.add(Focal.Actor.new(ident, Focal.ActorKind.PERSON))
    for edge in edges.split():
        pair, _, weight = edge.partition(":")
        source, target = pair.split("-")
        lk = Focal.Link.new(source, Focal.LinkKind.COOPERATES_WITH, target)
        lk.props.weight = float(weight or 1.0)
        g.add_link(lk)
    return g


def network(graph, actors_only=True):
    return Focal.Network.new(Focal.View.new(graph), actors_only)


def bridge_pairs(net):
    return [f"{lk.props.source_id}-{lk.props.target_id}" for lk in net.dup_bridges()]


def unknown_id(info, ident):
    assert info.value.matches(Focal.error_quark(), Focal.Error.UNKNOWN_ID)
    assert f'"{ident}"' in info.value.message
    return True


TAILED = ("a b c d e f g h", "a-b b-c c-a c-d d-e e-f e-g")


@pytest.fixture
def tailed():
    return network(people_graph(*TAILED))


def test_nodes_and_lookup(tailed):
    assert tailed.props.n_nodes == 8
    assert tailed.props.n_edges == 7
    assert tailed.props.actors_only
    assert [tailed.get_node_id(i) for i in range(8)] == list("abcdefgh")
    assert tailed.lookup("d") == (True, 3)
    found, _ = tailed.lookup("z")
    assert not found


def test_arrays_are_lists(tailed):
    components, count = tailed.components()
    assert isinstance(components, list) and count == 2
    assert components == [0, 0, 0, 0, 0, 0, 0, 1]
    degree = tailed.degree_centrality()
    assert isinstance(degree, list) and len(degree) == 8
    assert degree == pytest.approx([2 / 7, 2 / 7, 3 / 7, 2 / 7, 3 / 7, 1 / 7, 1 / 7, 0])
    between = tailed.betweenness_centrality(False)
    assert between == pytest.approx([0, 0, 8, 9, 9, 0, 0, 0])
    assert tailed.betweenness_centrality(True) == pytest.approx(
        [0, 0, 8 / 21, 9 / 21, 9 / 21, 0, 0, 0])
    assert tailed.neighbors("c") == ["a", "b", "d"]
    assert tailed.neighbors("h") == []
    assert tailed.k_hop("a", 2) == ["b", "c", "d"]
    assert tailed.k_hop("a", 0) == []
    # Unreached is G_MAXUINT.
    assert tailed.distances("a") == [0, 1, 1, 2, 3, 4, 4, GLib.MAXUINT32]
    assert tailed.distances("h") == [GLib.MAXUINT32] * 7 + [0]


def test_paths(tailed):
    assert tailed.shortest_path("a", "g", False) == ["a", "c", "d", "e", "g"]
    assert tailed.shortest_path("g", "a", True) == ["g", "e", "d", "c", "a"]
    assert tailed.shortest_path("d", "d", False) == ["d"]
    # Unreachable is an empty list, not an error.
    assert tailed.shortest_path("a", "h", False) == []
    assert tailed.shortest_path("a", "h", True) == []


def test_weighted_paths():
    g = people_graph("p q r s t", "p-q:1 q-r:1 p-r:5 r-s:0 s-t:2 r-t:3")
    net = network(g)
    assert net.shortest_path("p", "r", False) == ["p", "r"]
    assert net.shortest_path("p", "r", True) == ["p", "q", "r"]
    assert net.shortest_path("p", "t", True) == ["p", "q", "r", "s", "t"]
    # A parallel link merges with the edge and lends it its smaller weight.
    lk = Focal.Link.new("r", Focal.LinkKind.PARTNERS_WITH, "p")
    lk.props.weight = 0.5
    g.add_link(lk)
    merged = network(g)
    assert merged.props.n_edges == 6
    assert merged.shortest_path("p", "r", True) == ["p", "r"]


def test_cuts(tailed):
    assert tailed.articulation_points() == ["c", "d", "e"]
    assert bridge_pairs(tailed) == ["c-d", "d-e", "e-f", "e-g"]
    assert all(isinstance(lk, Focal.Link) for lk in tailed.dup_bridges())


def test_parallel_link_is_no_bridge():
    g = people_graph("x y z", "x-y y-z")
    g.add_link(Focal.Link.new("z", Focal.LinkKind.PARTNERS_WITH, "y"))
    net = network(g)
    assert bridge_pairs(net) == ["x-y"]
    assert net.articulation_points() == ["y"]


def test_errors(tailed):
    with pytest.raises(GLib.Error) as info:
        tailed.neighbors("nobody")
    assert unknown_id(info, "nobody")
    with pytest.raises(GLib.Error) as info:
        tailed.k_hop("nobody", 1)
    assert unknown_id(info, "nobody")
    with pytest.raises(GLib.Error) as info:
        tailed.distances("nobody")
    assert unknown_id(info, "nobody")
    with pytest.raises(GLib.Error) as info:
        tailed.shortest_path("a", "nobody", False)
    assert unknown_id(info, "nobody")
    with pytest.raises(GLib.Error) as info:
        tailed.shortest_path("nobody", "a", True)
    assert unknown_id(info, "nobody")


def test_actors_only():
    g = people_graph("a b", "a-b")
    g.add(Focal.Forum.new("jmc", Focal.ForumKind.JOINT_COMMITTEE))
    g.add_link(Focal.Link.new("a", Focal.LinkKind.MEMBER_OF, "jmc"))
    actors = network(g, True)
    everything = network(g, False)
    assert (actors.props.n_nodes, actors.props.n_edges) == (2, 1)
    assert (everything.props.n_nodes, everything.props.n_edges) == (3, 2)
    assert everything.shortest_path("jmc", "b", False) == ["jmc", "a", "b"]
    with pytest.raises(GLib.Error) as info:
        actors.shortest_path("jmc", "b", False)
    assert unknown_id(info, "jmc")


@pytest.fixture
def slice_graph():
    K = Focal.ActorKind
    L = Focal.LinkKind
    g = Focal.Graph.new()
    for ident, kind, country in [
            ("canada", K.STATE, "CA"), ("mexico", K.STATE, "MX"),
            ("dfait", K.MINISTRY, "CA"), ("sre", K.MINISTRY, "MX"),
            ("elections-canada", K.AGENCY, "CA"), ("ife", K.AGENCY, "MX"),
            ("axworthy", K.PERSON, "CA"), ("green", K.PERSON, "MX")]:
        a = Focal.Actor.new(ident, kind)
        a.set_country(country)
        g.add(a)
    g.lookup("ife").props.valid = date("1990/2014")
    g.add(Focal.Agreement.new("nafta", Focal.AgreementKind.TRADE_AGREEMENT))
    for source, kind, target, period in [
            ("dfait", L.PART_OF, "canada", None),
            ("sre", L.PART_OF, "mexico", None),
            ("elections-canada", L.PART_OF, "canada", None),
            ("ife", L.PART_OF, "mexico", None),
            ("axworthy", L.LEADS, "dfait", "1996/2000"),
            ("green", L.LEADS, "sre", "1998/2000"),
            ("axworthy", L.COOPERATES_WITH, "green", "1998/2000"),
            ("elections-canada", L.COOPERATES_WITH, "ife", "1996/.."),
            ("canada", L.PARTY_TO, "nafta", "1994/.."),
            ("mexico", L.PARTY_TO, "nafta", "1994/..")]:
        lk = Focal.Link.new(source, kind, target)
        if period:
            lk.props.period = date(period)
        g.add_link(lk)
    return g


def test_slice_who_connects_as_of(slice_graph):
    view = Focal.View.new(slice_graph)
    in_1995 = Focal.Network.new(view.at(date("1995")), True)
    assert in_1995.shortest_path("canada", "mexico", False) == []
    assert in_1995.components()[1] == 4
    with_nafta = Focal.Network.new(view.at(date("1995")), False)
    assert with_nafta.shortest_path("canada", "mexico", False) == ["canada", "nafta", "mexico"]
    in_1999 = Focal.Network.new(view.at(date("1999")), True)
    assert in_1999.shortest_path("canada", "mexico", False) == [
        "canada", "elections-canada", "ife", "mexico"]
    in_2016 = Focal.Network.new(view.at(date("2016")), True)
    with pytest.raises(GLib.Error) as info:
        in_2016.neighbors("ife")
    assert unknown_id(info, "ife")


def test_slice_person_as_articulation_point(slice_graph):
    governments = (Focal.View.new(slice_graph).at(date("1999"))
                   .with_actor_kinds([Focal.ActorKind.STATE, Focal.ActorKind.MINISTRY,
                                      Focal.ActorKind.PERSON]))
    net = Focal.Network.new(governments, True)
    assert net.articulation_points() == ["dfait", "sre", "axworthy", "green"]
    assert "axworthy-green" in bridge_pairs(net)
    _, axworthy = net.lookup("axworthy")
    assert net.betweenness_centrality(False)[axworthy] == pytest.approx(6.0)
    # With NAFTA as a node, the two states close a loop: no single tie.
    with_nafta = Focal.Network.new(governments, False)
    assert with_nafta.articulation_points() == []
    assert bridge_pairs(with_nafta) == []


# --- cross-check against networkx -------------------------------------------

SEEDS = [(11, 60), (23, 90), (37, 120), (41, 160), (59, 200)]
LINK_KINDS = [Focal.LinkKind.COOPERATES_WITH, Focal.LinkKind.PARTNERS_WITH,
              Focal.LinkKind.WORKS_FOR, Focal.LinkKind.DISPUTES_WITH]


def random_graph(seed, n):
    """A Focal graph of n people with about 1.1 n random links (some
    parallel, in either direction, with random weights and periods), and
    the same data as a list of (source, target, weight, start, end)."""
    rng = random.Random(seed)
    g = Focal.Graph.new()
    names = [f"n{i:03d}" for i in range(n)]
    for name in names:
        g.add(Focal.Actor.new(name, Focal.ActorKind.PERSON))
    links = []
    pairs = []
    for _ in range(int(n * 1.1)):
        if pairs and rng.random() < 0.1:
            u, v = rng.choice(pairs)            # a parallel link
            u, v = (v, u) if rng.random() < 0.5 else (u, v)
        else:
            u, v = rng.sample(range(n), 2)
            pairs.append((u, v))
        weight = rng.choice([0.0, 0.5, 1.0, 2.0, 3.5]) if rng.random() < 0.9 else rng.uniform(0.1, 9)
        start = rng.randint(1990, 2010)
        end = None if rng.random() < 0.5 else start + rng.randint(0, 8)
        lk = Focal.Link.new(names[u], rng.choice(LINK_KINDS), names[v])
        lk.props.weight = weight
        lk.props.period = date(f"{start}/{end if end else '..'}")
        g.add_link(lk)
        links.append((names[u], names[v], weight, start, end))
    return g, names, links


def nx_graphs(names, links, year=None):
    """The simple graph (parallel links merged, smallest weight) and the
    multigraph networkx sees for the links that hold in year."""
    simple = nx.Graph()
    multi = nx.MultiGraph()
    simple.add_nodes_from(names)
    multi.add_nodes_from(names)
    for u, v, w, start, end in links:
        if year is not None and not (start <= year and (end is None or year <= end)):
            continue
        multi.add_edge(u, v)
        if simple.has_edge(u, v):
            simple[u][v]["weight"] = min(simple[u][v]["weight"], w)
        else:
            simple.add_edge(u, v, weight=w)
    return simple, multi


def check_path(simple, path, source, target, weighted):
    """Checks a path is a walk along edges from source to target; returns
    its length in edges or weight."""
    assert path[0] == source and path[-1] == target
    assert len(set(path)) == len(path)
    length = 0.0
    for a, b in zip(path, path[1:]):
        assert simple.has_edge(a, b), f"{a}-{b} is not an edge"
        length += simple[a][b]["weight"] if weighted else 1
    return length


def cross_check(net, names, simple, multi, rng):
    n = len(names)
    assert net.props.n_nodes == n
    assert [net.get_node_id(i) for i in range(n)] == names
    assert net.props.n_edges == simple.number_of_edges()

    # Components, as sets of ids.
    component, count = net.components()
    groups = {}
    for i, c in enumerate(component):
        groups.setdefault(c, set()).add(names[i])
    assert count == nx.number_connected_components(simple)
    assert sorted(map(frozenset, groups.values()), key=min) == \
        sorted(map(frozenset, nx.connected_components(simple)), key=min)
    # Numbered by first node.
    assert component[0] == 0
    assert all(component[i] <= max(component[:i], default=-1) + 1 for i in range(n))

    # Centralities.
    degree = nx.degree_centrality(simple)
    assert net.degree_centrality() == pytest.approx([degree[x] for x in names],
                                                    abs=TOLERANCE)
    for normalized in (True, False):
        between = nx.betweenness_centrality(simple, normalized=normalized)
        ours = net.betweenness_centrality(normalized)
        assert all(math.isclose(ours[i], between[x], rel_tol=0, abs_tol=TOLERANCE)
                   for i, x in enumerate(names))

    # Articulation points and bridges, as sets.
    assert set(net.articulation_points()) == set(nx.articulation_points(simple))
    ours = {frozenset((lk.props.source_id, lk.props.target_id)) for lk in net.dup_bridges()}
    assert ours == {frozenset(e) for e in nx.bridges(multi)}
    assert len(net.dup_bridges()) == len(ours)

    # Neighbourhoods.
    for x in rng.sample(names, 10):
        assert set(net.neighbors(x)) == set(simple[x])
        for k in (1, 2, 3):
            reach = nx.single_source_shortest_path_length(simple, x, cutoff=k)
            assert set(net.k_hop(x, k)) == set(reach) - {x}
        # A full breadth-first search.
        reach = nx.single_source_shortest_path_length(simple, x)
        assert net.distances(x) == [reach.get(y, GLib.MAXUINT32) for y in names]

    # Shortest paths by hops and by weight: equal lengths, valid paths.
    hops = dict(nx.all_pairs_shortest_path_length(simple))
    for _ in range(150):
        s, t = rng.choice(names), rng.choice(names)
        by_hops = net.shortest_path(s, t, False)
        by_weight = net.shortest_path(s, t, True)
        if t not in hops[s]:
            assert by_hops == [] and by_weight == []
            continue
        assert check_path(simple, by_hops, s, t, False) == hops[s][t]
        expected = nx.dijkstra_path_length(simple, s, t, weight="weight")
        assert math.isclose(check_path(simple, by_weight, s, t, True), expected,
                            rel_tol=0, abs_tol=TOLERANCE)


@pytest.mark.parametrize("seed,n", SEEDS)
def test_matches_networkx(seed, n):
    g, names, links = random_graph(seed, n)
    simple, multi = nx_graphs(names, links)
    # The random data must exercise what it checks.
    assert nx.number_connected_components(simple) > 1
    assert any(multi.number_of_edges(u, v) > 1 for u, v in simple.edges)
    assert list(nx.bridges(multi)) and list(nx.articulation_points(simple))
    cross_check(network(g), names, simple, multi, random.Random(seed))


@pytest.mark.parametrize("seed,n", SEEDS[:2])
def test_matches_networkx_as_of(seed, n):
    g, names, links = random_graph(seed, n)
    for year in (1995, 2005):
        simple, multi = nx_graphs(names, links, year)
        view = Focal.View.new(g).at(date(str(year)))
        cross_check(Focal.Network.new(view, True), names, simple, multi,
                    random.Random(seed + year))
