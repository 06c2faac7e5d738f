// test-event.js
//
// SPDX-FileCopyrightText: 2026 The libfocal developers
// SPDX-License-Identifier: LGPL-2.1-or-later

import Focal from 'gi://Focal?version=1';

import {test, assert, assertEqual, assertThrows, run} from './tap.js';

const date = text => Focal.Date.new_from_string(text);

function makeGraph() {
    const graph = Focal.Graph.new();
    graph.add(Focal.Actor.new('canada', Focal.ActorKind.STATE));
    graph.add(Focal.Actor.new('mexico', Focal.ActorKind.STATE));
    graph.add(Focal.Forum.new('jmc', Focal.ForumKind.JOINT_COMMITTEE));
    const total = Focal.Event.new_aggregate('jmc-1968-1999', Focal.EventKind.MEETING,
        13, Focal.Qualifier.EXACT);
    total.date = date('1968/1999');
    total.forum_id = 'jmc';
    graph.add(total);
    return graph;
}

test('single event', () => {
    const event = Focal.Event.new('jmc-1999', Focal.EventKind.MEETING);
    assertEqual(event.kind, Focal.EventKind.MEETING);
    assertEqual(event.aggregate, false);
    assertEqual(event.count, 1);
    assertEqual(event.count_qualifier, Focal.Qualifier.EXACT);
    const [min, max] = event.get_count_bounds();
    assertEqual(min, 1);
    assertEqual(max, 1);
    assertEqual(event.participants.length, 0);
});

test('aggregate count bounds', () => {
    const cases = [
        [13, Focal.Qualifier.EXACT, 13, 13],
        [5, Focal.Qualifier.AT_LEAST, 5, Focal.COUNT_UNBOUNDED],
        [25, Focal.Qualifier.MORE_THAN, 26, Focal.COUNT_UNBOUNDED],
        [4, Focal.Qualifier.AT_MOST, 0, 4],
        [5, Focal.Qualifier.FEWER_THAN, 0, 4],
        [0, Focal.Qualifier.FEWER_THAN, 0, 0],
        [50, Focal.Qualifier.APPROXIMATE, 0, Focal.COUNT_UNBOUNDED],
    ];
    assertEqual(Focal.COUNT_UNBOUNDED, 4294967295);
    for (const [count, qualifier, lo, hi] of cases) {
        const event = Focal.Event.new_aggregate('a', Focal.EventKind.MEETING, count, qualifier);
        assert(event.aggregate);
        assertEqual(event.count, count);
        assertEqual(event.count_qualifier, qualifier);
        const [min, max] = event.get_count_bounds();
        assertEqual(min, lo, `${count}/${qualifier} min`);
        assertEqual(max, hi, `${count}/${qualifier} max`);
    }
});

test('set_count notifies each property once', () => {
    const event = Focal.Event.new_aggregate('a', Focal.EventKind.MEETING, 13, Focal.Qualifier.EXACT);
    const seen = [];
    event.connect('notify', (obj, pspec) => seen.push(pspec.get_name()));
    event.set_count(25, Focal.Qualifier.AT_LEAST);
    assertEqual(seen.sort().join(','), 'count,count-qualifier');
    event.set_count(25, Focal.Qualifier.AT_LEAST);
    assertEqual(seen.length, 2);
});

test('participants as a list', () => {
    const event = Focal.Event.new('e', Focal.EventKind.MEETING);
    let count = 0;
    event.connect('notify::participants', () => count++);
    assert(event.add_participant('canada'));
    assert(event.add_participant('mexico'));
    assert(!event.add_participant('canada'));
    assertEqual(event.get_participants().join(','), 'canada,mexico');
    event.participants = ['mexico', 'canada', 'mexico', 'usa'];
    assertEqual(event.participants.join(','), 'mexico,canada,usa');
    event.set_participants(['mexico', 'canada', 'usa']);
    assertEqual(count, 3);
    assert(event.has_participant('usa'));
    event.set_participants(null);
    assertEqual(event.participants.length, 0);
});

test('properties', () => {
    const event = Focal.Event.new('e', Focal.EventKind.OTHER);
    event.kind = Focal.EventKind.VISIT;
    event.location = 'Ottawa';
    event.forum_id = 'jmc';
    event.parent_id = 'jmc-1968-1999';
    event.date = date('1999-11-08');
    assertEqual(event.get_location(), 'Ottawa');
    assertEqual(event.get_date().to_string(), '1999-11-08');
    assertEqual(event.dup_references().join(','), 'jmc,jmc-1968-1999');
});

test('the JMC example validates', () => {
    const graph = makeGraph();
    const late = Focal.Event.new_aggregate('jmc-1989-1999', Focal.EventKind.MEETING,
        5, Focal.Qualifier.EXACT);
    late.date = date('1989/1999');
    late.parent_id = 'jmc-1968-1999';
    late.participants = ['canada', 'mexico'];
    assert(late.validate(graph));
    assert(graph.add(late));
});

test('nested total larger than its parent', () => {
    const graph = makeGraph();
    const child = Focal.Event.new_aggregate('jmc-too-many', Focal.EventKind.MEETING,
        14, Focal.Qualifier.EXACT);
    child.parent_id = 'jmc-1968-1999';
    const e = assertThrows(() => graph.add(child),
        err => err.matches(Focal.Error, Focal.Error.INCONSISTENT));
    assert(e.message.includes('jmc-too-many'), e.message);
    assert(e.message.includes('at most 13'), e.message);
});

test('parent must be an aggregate', () => {
    const graph = makeGraph();
    graph.add(Focal.Event.new('jmc-1999', Focal.EventKind.MEETING));
    const meeting = Focal.Event.new('session', Focal.EventKind.MEETING);
    meeting.parent_id = 'jmc-1999';
    assertThrows(() => meeting.validate(graph),
        err => err.matches(Focal.Error, Focal.Error.WRONG_KIND) && err.message.includes('"jmc-1999"'));
});

run();
