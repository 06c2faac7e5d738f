// test-people.js: people bridges, person-only ties and departures from GJS
//
// SPDX-FileCopyrightText: 2026 The libfocal developers
// SPDX-License-Identifier: LGPL-2.1-or-later

import Gio from 'gi://Gio';
import GLib from 'gi://GLib';
import Focal from 'gi://Focal?version=1';
import {test, assert, assertEqual, assertThrows, run} from './tap.js';

// Ids starting with "o" are ministries, the others persons.
const NODES = 'o1 p o2 o3 q r o4 o5 o6 s t o7 o8 u h o9 o10 o11 o12 o13 o14 w o15 z';
const EDGES = 'o1-p p-o2 o2-o3 o3-p q-o4 o4-r r-o5 o5-q o6-s s-t t-o7 o8-u ' +
    'h-o9 o9-o10 o10-h h-o11 o11-o13 o13-o12 o12-h o14-w w-o15 o15-o14';

function makeGraph(nodes = NODES, edges = EDGES) {
    const graph = Focal.Graph.new();
    for (const id of nodes.split(' ')) {
        graph.add(Focal.Actor.new(id, id.startsWith('o')
            ? Focal.ActorKind.MINISTRY : Focal.ActorKind.PERSON));
    }
    for (const edge of edges.split(' ')) {
        const [a, b] = edge.split('-');
        if (!a.startsWith('o') && b.startsWith('o'))
            graph.add_link(Focal.Link.new(a, Focal.LinkKind.WORKS_FOR, b));
        else if (!b.startsWith('o') && a.startsWith('o'))
            graph.add_link(Focal.Link.new(b, Focal.LinkKind.WORKS_FOR, a));
        else
            graph.add_link(Focal.Link.new(a, Focal.LinkKind.COOPERATES_WITH, b));
    }
    return graph;
}

test('people who hold the network together', () => {
    const view = Focal.View.new(makeGraph());
    assertEqual(view.dup_people_bridges().join(','), 'p,s,t,h');
});

test('organizations connected only through one person', () => {
    const view = Focal.View.new(makeGraph());
    const ties = view.dup_person_only_ties();
    assertEqual(ties.get_n_items(), 6);
    assert(ties.get_item(0) instanceof Focal.Tie);
    assertEqual([...ties].map(t => `${t.organization_a}/${t.organization_b}/${t.person}`).join(' '),
        'o1/o2/p o1/o3/p o9/o11/h o9/o12/h o10/o11/h o10/o12/h');
});

test('departures', () => {
    const view = Focal.View.new(makeGraph());
    for (const [person, removed, after, pairs] of [
        ['p', 3, 7, 2], ['h', 4, 7, 6], ['s', 2, 7, 1], ['q', 2, 6, 0], ['z', 0, 6, 0],
    ]) {
        const departure = view.simulate_departure(person);
        assertEqual(departure.person, person);
        assertEqual(departure.links_removed, removed, person);
        assertEqual(departure.get_links().get_n_items(), removed, person);
        assertEqual(departure.components_before, 6, person);
        assertEqual(departure.components_after, after, person);
        assertEqual(departure.disconnected_pairs, pairs, person);
    }
});

test('errors name the id', () => {
    const view = Focal.View.new(makeGraph());
    let e = assertThrows(() => view.simulate_departure('nobody'),
        err => err.matches(Focal.Error, Focal.Error.UNKNOWN_ID));
    assert(e.message.includes('nobody'));
    e = assertThrows(() => view.simulate_departure('o1'),
        err => err.matches(Focal.Error, Focal.Error.WRONG_KIND));
    assert(e.message.includes('ministry'));
    const bodies = view.with_actor_kinds([Focal.ActorKind.MINISTRY]);
    e = assertThrows(() => bodies.simulate_departure('p'),
        err => err.matches(Focal.Error, Focal.Error.UNKNOWN_ID));
    assert(e.message.includes('not in the view'));
});

test('the Canada-Mexico dataset', () => {
    const srcdir = GLib.getenv('G_TEST_SRCDIR');
    const path = GLib.build_filenamev([srcdir, '..', 'examples', 'data', 'canada-mexico-2004.json']);
    const document = Focal.Document.new();
    document.load_from_file(Gio.File.new_for_path(path), Focal.LoadFlags.NONE, null);
    const view = Focal.View.new(document.graph);
    assert(view.dup_people_bridges().includes('paul-martin'));
    const martin = view.simulate_departure('paul-martin');
    assertEqual(martin.components_after, martin.components_before + 1);
    assert(martin.disconnected_pairs > 0);
    assert([...view.dup_person_only_ties()].some(t => t.person === 'paul-martin' &&
        t.organization_b === 'cabinet-committee-canada-us'));
});

run();
