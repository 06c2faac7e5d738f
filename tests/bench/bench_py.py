#!/usr/bin/python3
# bench_py.py
#
# SPDX-FileCopyrightText: 2026 The libfocal developers
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Runs the benchmark workload from Python with one tool.

    bench_py.py {focal-py,networkx,igraph-py} FILE [QUERIES]

Prints one JSON line per step, like bench-focal: wall seconds, peak RSS
(getrusage ru_maxrss) and current RSS (/proc/self/statm) after the step.
networkx and igraph load the same JSON with json.load and build an
undirected multigraph with every attribute of the entities and links.
"""

import gc
import json
import os
import resource
import sys
import time
import warnings

warnings.simplefilter("ignore", RuntimeWarning)  # igraph: "Couldn't reach some vertices"

TOOL = sys.argv[1]
PATH = sys.argv[2]
QUERIES = sys.argv[3] if len(sys.argv) > 3 else PATH + ".queries.json"
PAGE = os.sysconf("SC_PAGE_SIZE")
MAX_BETWEENNESS = int(os.environ.get("BENCH_BETWEENNESS_MAX_NODES", "12000"))
# Full breadth-first searches, one from each of the largest hubs.
BFS_SOURCES = 10
SECTIONS = ["actors", "issues", "forums", "agreements", "events", "positions"]


def rss():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * PAGE


def peak():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


class Step:
    def __init__(self, name):
        self.name = name
        self.extra = {}

    def __enter__(self):
        self.start = time.perf_counter()
        return self

    def __exit__(self, *exc):
        wall = time.perf_counter() - self.start
        line = {"tool": TOOL, "step": self.name, "wall": wall,
                "peak_rss": peak(), "rss": rss()}
        line.update(self.extra)
        print(json.dumps(line), flush=True)


def period_holds(period, year):
    """Whether an EDTF period of whole years (as generate.py writes) holds in year."""
    if period is None:
        return True
    if "/" in period:
        start, end = period.split("/")
        return (start == ".." or int(start) <= year) and (end == ".." or year <= int(end))
    return int(period) == year


with open(QUERIES) as f:
    queries = json.load(f)
hubs = queries["hubs"]
pairs = queries["pairs"]
as_of = int(queries["as-of"])

gc.collect()
rss_before = rss()


def report_load(step, n_links, n_entities):
    gc.collect()
    step.extra.update(n_links=n_links, n_entities=n_entities,
                      bytes_per_link=round((rss() - rss_before) / n_links, 1))


if TOOL == "focal-py":
    import gi
    gi.require_version("Focal", "1")
    from gi.repository import Focal, Gio, GLib

    gc.collect()
    rss_before = rss()
    document = Focal.Document.new()
    with Step("load") as s:
        document.load_from_file(Gio.File.new_for_path(PATH), Focal.LoadFlags.NONE, None)
        graph = document.props.graph
        report_load(s, graph.get_links().get_n_items(), graph.get_n_entities())
    with Step("neighbors") as s:
        n = 0
        for hub in hubs:
            n += graph.dup_neighbors(hub, Focal.LinkKind.ANY, Focal.Direction.BOTH,
                                     None).get_n_items()
        s.extra["result"] = n
    with Step("neighbor-nodes") as s:
        n = 0
        for hub in hubs:
            n += len(graph.dup_neighbor_nodes(hub, Focal.LinkKind.ANY, Focal.Direction.BOTH,
                                              None).get_data()) // 4
        s.extra["result"] = n
    with Step("network") as s:
        view = Focal.View.new(graph)
        network = Focal.Network.new(view, False)
        s.extra["result"] = network.props.n_edges
    with Step("paths") as s:
        total = 0
        for a, b in pairs:
            try:
                total += len(network.shortest_path(a, b, False))
            except Exception:
                pass
        s.extra["result"] = total
    with Step("bfs") as s:
        reached = depth = 0
        unreached = GLib.MAXUINT32   # looked up once: gi's attributes are slow
        for hub in hubs[:BFS_SOURCES]:
            distances = [d for d in network.distances(hub) if d != unreached]
            reached += len(distances)
            depth = max(depth, max(distances))
        s.extra["result"], s.extra["depth"] = reached, depth
    with Step("components") as s:
        s.extra["result"] = network.components()[1]
    with Step("degree") as s:
        s.extra["result"] = round(max(network.degree_centrality()), 6)
    with Step("view-components") as s:
        then = view.at(Focal.Date.new_from_string(queries["as-of"]))
        then_network = Focal.Network.new(then, False)
        s.extra["result"] = then_network.components()[1]
        s.extra["edges"] = then_network.props.n_edges
    if network.props.n_nodes <= MAX_BETWEENNESS:
        with Step("betweenness") as s:
            s.extra["result"] = round(max(network.betweenness_centrality(True)), 6)
    with Step("save") as s:
        data = document.to_data(Focal.SaveFlags.COMPACT)
        s.extra["result"] = data[1] if isinstance(data, tuple) else len(data)
    # Every link's ends, kind, days and weight, to numpy: in bulk, then one
    # object at a time. The result is the number of links that hold at the
    # view date, worked out from what was read.
    import numpy
    day = Focal.Date.new_from_string(queries["as-of"])
    lo, hi = day.get_first_day(), day.get_last_day()
    with Step("link-table") as s:
        columns = {}
        for name, column, dtype in (("source", Focal.LinkColumn.SOURCE, numpy.uint32),
                                    ("target", Focal.LinkColumn.TARGET, numpy.uint32),
                                    ("kind", Focal.LinkColumn.KIND, numpy.uint8),
                                    ("first", Focal.LinkColumn.FIRST_DAY, numpy.int32),
                                    ("last", Focal.LinkColumn.LAST_DAY, numpy.int32),
                                    ("weight", Focal.LinkColumn.WEIGHT, numpy.float64)):
            columns[name] = numpy.frombuffer(graph.dup_link_column(column).get_data() or b"",
                                             dtype=dtype)
        node_ids = graph.dup_node_ids()
        s.extra["result"] = int(((columns["first"] <= hi) & (columns["last"] >= lo)).sum())
    with Step("link-objects") as s:
        links = graph.get_links()
        n = links.get_n_items()
        source, target = [None] * n, [None] * n
        kind = numpy.empty(n, numpy.uint8)
        first = numpy.empty(n, numpy.int32)
        last = numpy.empty(n, numpy.int32)
        weight = numpy.empty(n, numpy.float64)
        for i in range(n):
            link = links.get_item(i)
            source[i] = link.get_source_id()
            target[i] = link.get_target_id()
            kind[i] = link.get_kind()
            period = link.get_period()
            first[i] = period.get_first_day() if period is not None else -2**31
            last[i] = period.get_last_day() if period is not None else 2**31 - 1
            weight[i] = link.get_weight()
        s.extra["result"] = int(((first <= hi) & (last >= lo)).sum())

elif TOOL == "networkx":
    import networkx as nx

    with Step("load") as s:
        with open(PATH, encoding="utf-8") as f:
            doc = json.load(f)
        G = nx.MultiGraph()
        for section in SECTIONS:
            for entity in doc.get(section, []):
                attrs = dict(entity)
                attrs["section"] = section
                G.add_node(entity["id"], **attrs)
        for link in doc.get("links", []):
            attrs = dict(link)
            G.add_edge(link["source"], link["target"], **attrs)
        meta = {k: v for k, v in doc.items() if k not in SECTIONS and k != "links"}
        del doc
        report_load(s, G.number_of_edges(), G.number_of_nodes())
    with Step("neighbors") as s:
        s.extra["result"] = sum(len(list(G.neighbors(h))) for h in hubs)
    with Step("network") as s:
        s.extra["result"] = 0   # nothing to build
    with Step("paths") as s:
        total = 0
        for a, b in pairs:
            try:
                total += len(nx.shortest_path(G, a, b))
            except nx.NetworkXNoPath:
                pass
        s.extra["result"] = total
    with Step("bfs") as s:
        reached = depth = 0
        for hub in hubs[:BFS_SOURCES]:
            distances = nx.single_source_shortest_path_length(G, hub)
            reached += len(distances)
            depth = max(depth, max(distances.values()))
        s.extra["result"], s.extra["depth"] = reached, depth
    with Step("components") as s:
        s.extra["result"] = nx.number_connected_components(G)
    with Step("degree") as s:
        s.extra["result"] = round(max(nx.degree_centrality(G).values()), 6)
    with Step("view-components") as s:
        edges = [(u, v, k) for u, v, k, p in G.edges(keys=True, data="period")
                 if period_holds(p, as_of)]
        H = G.edge_subgraph(edges)
        # edge_subgraph drops nodes without edges: add them back as isolated
        s.extra["result"] = nx.number_connected_components(H) + \
            (G.number_of_nodes() - H.number_of_nodes())
        s.extra["edges"] = len(edges)
    if G.number_of_nodes() <= MAX_BETWEENNESS:
        # Exact Brandes in pure Python takes far too long here: time it from
        # K sampled sources and scale the time by n / K (marked "estimated").
        K = 100
        with Step("betweenness") as s:
            nx.betweenness_centrality(G, k=K, seed=1)
        s.extra["estimated_from_sources"] = K
    with Step("save") as s:
        data = json.dumps(dict(meta, **nx.node_link_data(G)), separators=(",", ":"))
        s.extra["result"] = len(data)

elif TOOL == "igraph-py":
    import igraph as ig

    with Step("load") as s:
        with open(PATH, encoding="utf-8") as f:
            doc = json.load(f)
        ids = []
        node_attrs = {}
        for section in SECTIONS:
            for entity in doc.get(section, []):
                i = len(ids)
                ids.append(entity["id"])
                for key, value in entity.items():
                    node_attrs.setdefault(key, [None] * i)
                node_attrs.setdefault("section", [None] * i)
                for key, column in node_attrs.items():
                    column.append(entity.get(key) if key != "section" else section)
        index = {ident: i for i, ident in enumerate(ids)}
        links = doc.get("links", [])
        edges = [(index[l["source"]], index[l["target"]]) for l in links]
        edge_attrs = {key: [l.get(key) for l in links]
                      for key in ("kind", "period", "weight", "attributes", "description",
                                  "citations")}
        G = ig.Graph(n=len(ids), edges=edges, directed=False,
                     vertex_attrs=node_attrs, edge_attrs=edge_attrs)
        meta = {k: v for k, v in doc.items() if k not in SECTIONS and k != "links"}
        del doc, links, edges
        report_load(s, G.ecount(), G.vcount())
    with Step("neighbors") as s:
        s.extra["result"] = sum(len(set(G.neighbors(index[h]))) for h in hubs)
    with Step("network") as s:
        s.extra["result"] = 0   # nothing to build
    with Step("paths") as s:
        total = 0
        for a, b in pairs:
            path = G.get_shortest_paths(index[a], to=index[b], output="vpath")[0]
            total += len(path)
        s.extra["result"] = total
    with Step("bfs") as s:
        reached = depth = 0
        for hub in hubs[:BFS_SOURCES]:
            vertices, layers, _ = G.bfs(index[hub])
            reached += len(vertices)
            depth = max(depth, len(layers) - 2)
        s.extra["result"], s.extra["depth"] = reached, depth
    with Step("components") as s:
        s.extra["result"] = len(G.connected_components())
    with Step("degree") as s:
        n = G.vcount()
        s.extra["result"] = round(max(G.degree()) / (n - 1), 6)
    with Step("view-components") as s:
        keep = [e for e, p in enumerate(G.es["period"]) if period_holds(p, as_of)]
        H = G.subgraph_edges(keep, delete_vertices=False)
        s.extra["result"] = len(H.connected_components())
        s.extra["edges"] = len(keep)
    if G.vcount() <= MAX_BETWEENNESS:
        with Step("betweenness") as s:
            n = G.vcount()
            # merge parallel edges, as libfocal's network does (timed too)
            b = G.simplify(multiple=True, loops=True, combine_edges="first").betweenness(
                directed=False) if False else \
                G.copy().simplify(combine_edges="first").betweenness(directed=False)
            s.extra["result"] = round(max(b) * 2 / ((n - 1) * (n - 2)), 6)
    with Step("save") as s:
        out = dict(meta)
        for section in SECTIONS:
            out[section] = []
        for v in G.vs:
            attrs = {k: x for k, x in v.attributes().items() if x is not None}
            out[attrs.pop("section")].append(attrs)
        out["links"] = [{k: x for k, x in e.attributes().items() if x is not None}
                        for e in G.es]
        data = json.dumps(out, separators=(",", ":"))
        s.extra["result"] = len(data)
else:
    sys.exit("unknown tool " + TOOL)
