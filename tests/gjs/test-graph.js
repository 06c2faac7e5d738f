// test-graph.js: building and querying a FocalGraph from GJS
//
// SPDX-FileCopyrightText: 2026 The libfocal developers
// SPDX-License-Identifier: LGPL-2.1-or-later

import GLib from 'gi://GLib';
import Focal from 'gi://Focal?version=1';
import {test, assert, assertEqual, assertThrows, run} from './tap.js';

const date = text => Focal.Date.new_from_string(text);
const ids = model => [...model].map(e => e.id).join(',');

function makeGraph() {
    const graph = Focal.Graph.new();
    graph.add_source(Focal.Source.new('focal-2004'));
    for (const [id, kind, country, parent] of [
        ['canada', Focal.ActorKind.STATE, 'CA', null],
        ['mexico', Focal.ActorKind.STATE, 'MX', null],
        ['elections-canada', Focal.ActorKind.AGENCY, 'CA', 'canada'],
        ['ife', Focal.ActorKind.AGENCY, 'MX', 'mexico'],
    ]) {
        const actor = Focal.Actor.new(id, kind);
        actor.set_country(country);
        actor.parent_id = parent;
        graph.add(actor);
    }
    graph.add(Focal.Issue.new('ftaa', Focal.IssueArea.ECONOMIC));
    const link = Focal.Link.new('elections-canada', Focal.LinkKind.COOPERATES_WITH, 'ife');
    link.period = date('1996/..');
    graph.add_link(link);
    return graph;
}

test('models', () => {
    const graph = makeGraph();
    const actors = graph.get_actors();
    assertEqual(actors.get_n_items(), 4);
    assertEqual(actors.get_item(0).id, 'canada');
    assertEqual(ids(actors), 'canada,mexico,elections-canada,ife');
    assertEqual(graph.n_entities, 5);
    assertEqual(graph.get_links().get_n_items(), 1);
});

test('neighbors as of a date', () => {
    const graph = makeGraph();
    const both = Focal.Direction.BOTH;
    assertEqual(ids(graph.dup_neighbors('ife', Focal.LinkKind.ANY, both, null)), 'elections-canada');
    assertEqual(ids(graph.dup_neighbors('ife', Focal.LinkKind.ANY, both, date('1990'))), '');
    assertEqual(ids(graph.dup_neighbors('ife', Focal.LinkKind.ANY, both, date('2004-10'))), 'elections-canada');
});

test('neighbor node numbers', () => {
    const graph = makeGraph();
    const both = Focal.Direction.BOTH;
    const nodeIds = graph.dup_node_ids();
    const bytes = graph.dup_neighbor_nodes('ife', Focal.LinkKind.ANY, both, null).toArray();
    const numbers = new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
    assertEqual(Array.from(numbers, n => nodeIds[n]).join(','),
        ids(graph.dup_neighbors('ife', Focal.LinkKind.ANY, both, null)));
    assertEqual(graph.dup_neighbor_nodes('ife', Focal.LinkKind.ANY, both, date('1990')).get_size(), 0);
});

test('duplicate id', () => {
    const graph = makeGraph();
    const e = assertThrows(() => graph.add(Focal.Issue.new('ife', Focal.IssueArea.POLITICAL)));
    assert(e.matches(Focal.Error, Focal.Error.DUPLICATE_ID), `${e}`);
    assert(e.message.includes('ife'));
});

test('dangling reference', () => {
    const graph = makeGraph();
    const position = Focal.Position.new('mx-social-funds', 'mexico', 'social-funds');
    position.label = 'lukewarm';
    const e = assertThrows(() => graph.add(position));
    assert(e.matches(Focal.Error, Focal.Error.UNKNOWN_ID), `${e}`);
    assert(e.message.includes('social-funds'));
});

test('wrong kind', () => {
    const graph = makeGraph();
    const link = Focal.Link.new('ife', Focal.LinkKind.PARTY_TO, 'canada');
    const e = assertThrows(() => graph.add_link(link));
    assert(e.matches(Focal.Error, Focal.Error.WRONG_KIND), `${e}`);
});

test('bad date', () => {
    const e = assertThrows(() => Focal.Date.new_from_string('spring 2004'));
    assert(e instanceof GLib.Error);
    assert(e.matches(Focal.Error, Focal.Error.PARSE), `${e}`);
});

test('stance out of range', () => {
    const position = Focal.Position.new('mx-ftaa', 'mexico', 'ftaa');
    const e = assertThrows(() => position.set_stance(-1.5));
    assert(e.matches(Focal.Error, Focal.Error.OUT_OF_RANGE), `${e}`);
    assert(!position.has_stance);
});

test('signals and removal', () => {
    const graph = makeGraph();
    const removed = [];
    graph.connect('entity-removed', (g, entity) => removed.push(entity.id));
    graph.connect('link-removed', () => removed.push('link'));
    graph.remove('ife');
    assertEqual(removed.join(','), 'link,ife');
    assertEqual(graph.lookup('ife'), null);
});

test('link table columns as typed arrays', () => {
    const graph = makeGraph();
    const extra = Focal.Link.new('canada', Focal.LinkKind.PARTNERS_WITH, 'mexico');
    extra.weight = 3;
    graph.add_link(extra);
    const nodes = graph.dup_node_ids();
    const column = (which, Type) => {
        const bytes = graph.dup_link_column(which).toArray();
        return new Type(bytes.buffer, bytes.byteOffset, bytes.byteLength / Type.BYTES_PER_ELEMENT);
    };
    const source = column(Focal.LinkColumn.SOURCE, Uint32Array);
    const target = column(Focal.LinkColumn.TARGET, Uint32Array);
    const kind = column(Focal.LinkColumn.KIND, Uint8Array);
    const first = column(Focal.LinkColumn.FIRST_DAY, Int32Array);
    const weight = column(Focal.LinkColumn.WEIGHT, Float64Array);
    assertEqual(source.length, 2);
    assertEqual(`${nodes[source[0]]}→${nodes[target[0]]}`, 'elections-canada→ife');
    assertEqual(`${nodes[source[1]]}→${nodes[target[1]]}`, 'canada→mexico');
    assertEqual(kind[1], Focal.LinkKind.PARTNERS_WITH);
    assertEqual(first[0], date('1996').get_first_day());
    assertEqual(first[1], -2147483648);
    assertEqual(weight[0], 1);
    assertEqual(weight[1], 3);
});

run();
