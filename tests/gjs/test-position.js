// test-position.js
//
// SPDX-FileCopyrightText: 2026 The libfocal developers
// SPDX-License-Identifier: LGPL-2.1-or-later

import Focal from 'gi://Focal?version=1';

import {test, assert, assertEqual, assertThrows, run} from './tap.js';

function makeGraph() {
    const graph = Focal.Graph.new();
    graph.add(Focal.Actor.new('mexico', Focal.ActorKind.STATE));
    graph.add(Focal.Actor.new('canada', Focal.ActorKind.STATE));
    graph.add(Focal.Issue.new('ftaa', Focal.IssueArea.ECONOMIC));
    return graph;
}

test('construct', () => {
    const pos = Focal.Position.new('pos-mx-ftaa-1994', 'mexico', 'ftaa');
    assertEqual(pos.id, 'pos-mx-ftaa-1994');
    assertEqual(pos.kind_name, 'position');
    assertEqual(pos.actor_id, 'mexico');
    assertEqual(pos.issue_id, 'ftaa');
    assertEqual(pos.date, null);
    assertEqual(pos.stance, 0);
    assertEqual(pos.has_stance, false);
    assertEqual(pos.label, null);
    assertEqual(pos.dup_references().join(','), 'mexico,ftaa');
});

test('construct with properties', () => {
    const pos = new Focal.Position({id: 'p1', actor_id: 'canada', issue_id: 'ftaa',
        stance: 0.75, label: 'supportive'});
    assertEqual(pos.get_stance(), 0.75);
    assert(pos.get_has_stance());
    assertEqual(pos.get_label(), 'supportive');
});

test('stance and has-stance notify', () => {
    const pos = Focal.Position.new('p1', 'mexico', 'ftaa');
    const seen = [];
    pos.connect('notify', (obj, pspec) => seen.push(pspec.get_name()));
    assert(pos.set_stance(-0.5));
    assertEqual(seen.sort().join(','), 'has-stance,stance');
    seen.length = 0;
    pos.stance = -0.5;
    assertEqual(seen.length, 0);
    pos.clear_stance();
    assertEqual(seen.sort().join(','), 'has-stance,stance');
    assertEqual(pos.has_stance, false);
    assertEqual(pos.stance, 0);
});

test('stance out of range throws', () => {
    const pos = Focal.Position.new('pos-mx-ftaa-1994', 'mexico', 'ftaa');
    pos.set_stance(0.25);
    for (const value of [1.5, -2, NaN, Infinity]) {
        const e = assertThrows(() => pos.set_stance(value),
            err => err.matches(Focal.Error, Focal.Error.OUT_OF_RANGE));
        assert(e.message.includes('pos-mx-ftaa-1994'), e.message);
    }
    const e = assertThrows(() => pos.set_stance(1.5));
    assertEqual(e.message, 'position "pos-mx-ftaa-1994": stance 1.5 is outside [-1, 1]');
    assertEqual(pos.stance, 0.25);
    assert(pos.has_stance);
});

test('label', () => {
    const pos = Focal.Position.new('p1', 'mexico', 'ftaa');
    let count = 0;
    pos.connect('notify::label', () => count++);
    pos.label = 'lukewarm';
    pos.set_label('lukewarm');
    pos.set_label('more open');
    assertEqual(count, 2);
    assertEqual(pos.label, 'more open');
});

test('validation in a graph', () => {
    const graph = makeGraph();
    const pos = Focal.Position.new('p1', 'mexico', 'canada');
    assertThrows(() => pos.validate(null),
        e => e.matches(Focal.Error, Focal.Error.MISSING_FIELD));
    pos.label = 'supportive';
    const e = assertThrows(() => graph.add(pos),
        err => err.matches(Focal.Error, Focal.Error.WRONG_KIND));
    assertEqual(e.message, 'position "p1": issue "canada" is an actor, not an issue');

    pos.actor_id = 'usa';
    pos.issue_id = 'ftaa';
    assertThrows(() => pos.validate(graph),
        err => err.matches(Focal.Error, Focal.Error.UNKNOWN_ID) && err.message.includes('"usa"'));

    pos.actor_id = 'mexico';
    assert(graph.add(pos));
});

run();
