// test-network.js: graph algorithms on a FocalNetwork from GJS
//
// SPDX-FileCopyrightText: 2026 The libfocal developers
// SPDX-License-Identifier: LGPL-2.1-or-later

import GLib from 'gi://GLib';
import Focal from 'gi://Focal?version=1';
import {test, assert, assertEqual, assertThrows, run} from './tap.js';

// A triangle a b c with a tail c-d-e, e forking to f and g; h alone.
function makeNetwork() {
    const graph = Focal.Graph.new();
    for (const id of 'abcdefgh')
        graph.add(Focal.Actor.new(id, Focal.ActorKind.PERSON));
    for (const [source, target, weight] of [
        ['a', 'b', 1], ['b', 'c', 1], ['c', 'a', 5], ['c', 'd', 1],
        ['d', 'e', 1], ['e', 'f', 1], ['e', 'g', 1],
    ]) {
        const link = Focal.Link.new(source, Focal.LinkKind.COOPERATES_WITH, target);
        link.weight = weight;
        graph.add_link(link);
    }
    return Focal.Network.new(Focal.View.new(graph), true);
}

test('a small network', () => {
    const network = makeNetwork();
    assertEqual(network.n_nodes, 8);
    assertEqual(network.n_edges, 7);
    assertEqual(network.get_node_id(2), 'c');
    const [found, index] = network.lookup('d');
    assert(found);
    assertEqual(index, 3);
    assertEqual(network.neighbors('c').join(','), 'a,b,d');
    assertEqual(network.k_hop('a', 2).join(','), 'b,c,d');
    assertEqual(network.distances('a').join(','), `0,1,1,2,3,4,4,${GLib.MAXUINT32}`);
});

test('shortest paths', () => {
    const network = makeNetwork();
    assertEqual(network.shortest_path('a', 'g', false).join(','), 'a,c,d,e,g');
    assertEqual(network.shortest_path('a', 'g', true).join(','), 'a,b,c,d,e,g');
    assert(Array.isArray(network.shortest_path('a', 'h', false)));
    assertEqual(network.shortest_path('a', 'h', false).length, 0);
    const e = assertThrows(() => network.shortest_path('a', 'nobody', false),
        err => err.matches(Focal.Error, Focal.Error.UNKNOWN_ID));
    assert(e.message.includes('"nobody"'));
    const d = assertThrows(() => network.distances('nobody'),
        err => err.matches(Focal.Error, Focal.Error.UNKNOWN_ID));
    assert(d.message.includes('"nobody"'));
});

test('components, centralities, cuts', () => {
    const network = makeNetwork();
    const [components, count] = network.components();
    assertEqual(count, 2);
    assertEqual(components.join(','), '0,0,0,0,0,0,0,1');
    const betweenness = network.betweenness_centrality(false);
    assertEqual(betweenness.length, 8);
    assertEqual(betweenness[3], 9);
    assert(Math.abs(network.degree_centrality()[2] - 3 / 7) < 1e-12);
    assertEqual(network.articulation_points().join(','), 'c,d,e');
    const bridges = network.dup_bridges();
    assertEqual(bridges.get_n_items(), 4);
    assertEqual(bridges.get_item(0).source_id, 'c');
});

run();
