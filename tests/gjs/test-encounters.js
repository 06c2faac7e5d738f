// test-encounters.js
//
// SPDX-FileCopyrightText: 2026 The libfocal developers
// SPDX-License-Identifier: LGPL-2.1-or-later

import Focal from 'gi://Focal?version=1';

import {test, assert, assertEqual, assertThrows, run} from './tap.js';

const UNBOUNDED = Focal.COUNT_UNBOUNDED;
const date = text => Focal.Date.new_from_string(text);

function total(id, count, qualifier,
    {period = null, parent = null, forum = null, participants = null} = {}) {
    const event = Focal.Event.new_aggregate(id, Focal.EventKind.MEETING, count, qualifier);
    if (period !== null)
        event.date = date(period);
    event.parent_id = parent;
    event.forum_id = forum;
    if (participants !== null)
        event.participants = participants;
    return event;
}

function single(id, {day = null, parent = null, participants = null} = {}) {
    const event = Focal.Event.new(id, Focal.EventKind.MEETING);
    if (day !== null)
        event.date = date(day);
    event.parent_id = parent;
    if (participants !== null)
        event.participants = participants;
    return event;
}

function graphWith(...entities) {
    const graph = Focal.Graph.new();
    for (const id of ['canada', 'mexico', 'usa'])
        graph.add(Focal.Actor.new(id, Focal.ActorKind.STATE));
    for (const id of ['chretien', 'fox'])
        graph.add(Focal.Actor.new(id, Focal.ActorKind.PERSON));
    graph.add(Focal.Forum.new('jmc', Focal.ForumKind.JOINT_COMMITTEE));
    for (const entity of entities)
        graph.add(entity);
    return graph;
}

const jmc = (...more) => graphWith(
    total('jmc-1968-1999', 13, Focal.Qualifier.EXACT,
        {period: '1968/1999', forum: 'jmc', participants: ['canada', 'mexico']}),
    total('jmc-1989-1999', 5, Focal.Qualifier.EXACT,
        {period: '1989/1999', parent: 'jmc-1968-1999'}),
    ...more);

const leaders = (...more) => graphWith(
    total('leaders-1959-1989', 8, Focal.Qualifier.EXACT,
        {period: '1959/1989', participants: ['canada', 'mexico']}),
    total('leaders-1989-2004', 25, Focal.Qualifier.MORE_THAN,
        {period: '1989/2004', participants: ['canada', 'mexico']}),
    total('leaders-2000-2003', 7, Focal.Qualifier.EXACT,
        {period: '2000/2003', parent: 'leaders-1989-2004', participants: ['chretien', 'fox']}),
    ...more);

function count(graph, period = null, {forum = null, participants = null, series = null} = {}) {
    return graph.count_encounters(forum, participants, series,
        period === null ? null : date(period));
}

function assertBounds(graph, period, min, max, selection = {}) {
    const result = count(graph, period, selection);
    assertEqual(result.min, min, `${period} min`);
    assertEqual(result.max, max, `${period} max`);
    assertEqual(result.exact, min === max && max !== UNBOUNDED, `${period} exact`);
    return result;
}

const ids = result => [...result.events].map(event => event.id).join(' ');

test('count properties', () => {
    const result = count(jmc(), '1980/1990');
    assert(result instanceof Focal.Count);
    assertEqual(result.min, 0);
    assertEqual(result.max, 13);
    assertEqual(result.exact, false);
    assertEqual(result.period.to_string(), '1980/1990');
    assertEqual(result.events.get_n_items(), 2);
    assert(result.events.get_item(0) instanceof Focal.Event);
    assertEqual(count(jmc()).period, null);
});

test('JMC: nested total is the complete count of its period', () => {
    const graph = jmc();
    assertEqual(ids(assertBounds(graph, null, 13, 13)), 'jmc-1968-1999');
    assertBounds(graph, '1968/1999', 13, 13);
    assertEqual(ids(assertBounds(graph, '1989/1999', 5, 5)), 'jmc-1989-1999');
    assertEqual(ids(assertBounds(graph, '1968/1988', 8, 8)), 'jmc-1968-1999');
    assertEqual(ids(assertBounds(graph, '1980/1990', 0, 13)), 'jmc-1968-1999 jmc-1989-1999');
    assertEqual(ids(assertBounds(graph, '2000/2010', 0, 0)), '');
});

test('leaders: over 25, seven of them between Chrétien and Fox', () => {
    const graph = leaders();
    assertBounds(graph, null, 34, UNBOUNDED);
    assertEqual(ids(assertBounds(graph, '2000/2003', 7, 7)), 'leaders-2000-2003');
    assertBounds(graph, '1989/2004', 26, UNBOUNDED);
    assertBounds(graph, '1989/1999', 0, UNBOUNDED);
    assertBounds(graph, '1959/2004', 34, UNBOUNDED);
});

test('filters: forum, participants, series', () => {
    const meetings = jmc(single('jmc-1995', {day: '1995-03-10', parent: 'jmc-1968-1999'}));
    assertBounds(meetings, null, 13, 13, {forum: 'jmc'});
    assertEqual(ids(assertBounds(meetings, '1995', 1, 5, {forum: 'jmc'})),
        'jmc-1989-1999 jmc-1995');

    const graph = leaders(single('visit-2001', {day: '2001-05', participants: ['canada', 'usa']}));
    assertBounds(graph, null, 7, 7, {participants: ['chretien']});
    assertBounds(graph, null, 7, 7, {participants: ['canada', 'fox']});
    assertBounds(graph, null, 35, UNBOUNDED, {participants: ['canada']});
    assertBounds(graph, null, 1, 1, {participants: ['canada', 'usa']});
    assertBounds(graph, null, 0, 0, {participants: ['mexico', 'usa']});
    assertBounds(graph, null, 26, UNBOUNDED, {series: 'leaders-1989-2004'});
    assertBounds(graph, '2000/2003', 7, 7, {series: 'leaders-1989-2004'});
});

test('single events with and without parents and dates', () => {
    const roots = graphWith(single('dated', {day: '1995-03-10'}), single('undated'));
    assertBounds(roots, null, 2, 2);
    assertBounds(roots, '1995', 1, 2);
    assertEqual(ids(assertBounds(roots, '1996', 0, 1)), 'undated');

    const nested = jmc(single('jmc-1995', {day: '1995-03-10', parent: 'jmc-1968-1999'}),
        single('jmc-undated', {parent: 'jmc-1968-1999'}));
    assertBounds(nested, null, 13, 13);
    assertBounds(nested, '1989/1999', 5, 5);
    assertBounds(nested, '1995', 1, 5);
});

test('qualifiers: at most, approximate, fewer than, at least', () => {
    const graph = graphWith(
        total('cap', 20, Focal.Qualifier.AT_MOST, {period: '1960/1999'}),
        total('cap-70s', 5, Focal.Qualifier.EXACT, {period: '1970/1979', parent: 'cap'}),
        total('cap-80s', 7, Focal.Qualifier.EXACT, {period: '1980/1989', parent: 'cap'}),
        total('approximate', 50, Focal.Qualifier.APPROXIMATE, {period: '2000/2009'}),
        total('fewer', 10, Focal.Qualifier.FEWER_THAN, {period: '2010/2019'}));
    assertBounds(graph, null, 12, 20, {series: 'cap'});
    assertBounds(graph, '1990/1999', 0, 8);
    assertBounds(graph, null, 0, UNBOUNDED, {series: 'approximate'});
    assertBounds(graph, null, 0, 9, {series: 'fewer'});

    const sum = graphWith(total('some', 3, Focal.Qualifier.AT_LEAST, {period: '1990/1999'}),
        total('four', 4, Focal.Qualifier.EXACT, {period: '1995/1999'}));
    assertBounds(sum, null, 7, UNBOUNDED);
});

test('series bins', () => {
    const counts = jmc().count_encounters_series('jmc', null, null, [1960, 1970, 1980, 1990, 2000]);
    assertEqual(counts.get_n_items(), 4);
    const bins = [...counts].map(c => `${c.period.to_string()}:${c.min}-${c.max}`);
    assertEqual(bins.join(' '), '1960/1969:0-8 1970/1979:0-8 1980/1989:0-13 1990/1999:0-5');

    const chretienFox = leaders().count_encounters_series(null, null, 'leaders-1989-2004',
        [2000, 2004]);
    assertEqual(chretienFox.get_n_items(), 1);
    assertEqual(chretienFox.get_item(0).exact, true);
    assertEqual(chretienFox.get_item(0).min, 7);
});

test('errors name the id', () => {
    const graph = jmc(single('jmc-1995', {day: '1995-03-10', parent: 'jmc-1968-1999'}));
    const cases = [
        [{forum: 'nowhere'}, Focal.Error.UNKNOWN_ID, '"nowhere"'],
        [{forum: 'canada'}, Focal.Error.WRONG_KIND, 'forum "canada" is an actor, not a forum'],
        [{participants: ['ghost']}, Focal.Error.UNKNOWN_ID, '"ghost"'],
        [{participants: ['jmc']}, Focal.Error.WRONG_KIND, 'participant "jmc" is a forum'],
        [{series: 'ghost-series'}, Focal.Error.UNKNOWN_ID, '"ghost-series"'],
        [{series: 'jmc-1995'}, Focal.Error.WRONG_KIND, 'series "jmc-1995" is a single event'],
    ];
    for (const [selection, code, needle] of cases) {
        assertThrows(() => count(graph, null, selection),
            e => e.matches(Focal.Error, code) && e.message.includes(needle),
            JSON.stringify(selection));
    }

    graph.lookup('jmc-1968-1999').parent_id = 'jmc-1989-1999';
    assertThrows(() => count(graph),
        e => e.matches(Focal.Error, Focal.Error.CYCLE) && e.message.includes('loops'));
});

test('series errors', () => {
    const graph = jmc();
    assertThrows(() => graph.count_encounters_series(null, null, null, [1990]),
        e => e.matches(Focal.Error, Focal.Error.INVALID_VALUE) && e.message.includes('got 1'));
    assertThrows(() => graph.count_encounters_series(null, null, null, [1990, 1980]),
        e => e.matches(Focal.Error, Focal.Error.INVALID_VALUE) && e.message.includes('(1980)'));
    assertThrows(() => graph.count_encounters_series(null, null, null, [0, 10]),
        e => e.matches(Focal.Error, Focal.Error.OUT_OF_RANGE) && e.message.includes('0 to 10'));
});

test('a view restricts the events counted', () => {
    const graph = Focal.Graph.new();
    graph.add(Focal.Forum.new('jmc', Focal.ForumKind.JOINT_COMMITTEE));
    const all = Focal.Event.new_aggregate('jmc-1968-1999', Focal.EventKind.MEETING, 13,
        Focal.Qualifier.EXACT);
    all.date = Focal.Date.new_from_string('1968/1999');
    all.forum_id = 'jmc';
    all.add_tag('jmc');
    graph.add(all);
    const other = Focal.Event.new_aggregate('other-meetings', Focal.EventKind.MEETING, 4,
        Focal.Qualifier.EXACT);
    other.date = Focal.Date.new_from_string('1990/1995');
    graph.add(other);
    const view = Focal.View.new(graph);
    assertEqual(view.count_encounters(null, null, null, null).min, 17);
    const jmcOnly = view.with_tags(['jmc']).count_encounters(null, null, null, null);
    assertEqual(jmcOnly.min, 13);
    assert(jmcOnly.exact, 'exact');
});

run();
