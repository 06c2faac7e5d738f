// test-complementarity.js: offers and seeks paired by
// View.dup_complementarities() from GJS
//
// SPDX-FileCopyrightText: 2026 The libfocal developers
// SPDX-License-Identifier: LGPL-2.1-or-later

import Gio from 'gi://Gio';
import GLib from 'gi://GLib';
import Focal from 'gi://Focal?version=1';
import {test, assert, assertEqual, assertThrows, run} from './tap.js';

const K = Focal.LinkKind;

function fact(graph, source, kind, issue, capacity, period = null) {
    const link = Focal.Link.new(source, kind, issue);
    if (capacity !== null)
        link.set_attribute('capacity', capacity);
    if (period)
        link.period = Focal.Date.new_from_string(period);
    graph.add_link(link);
    return link;
}

// ca <- ca-gov <- ca-agency, mx <- mx-agency, us; issues i1 i2 i3.
function makeGraph() {
    const graph = Focal.Graph.new();
    for (const [id, kind, country, parent] of [
        ['ca', Focal.ActorKind.STATE, 'CA', null],
        ['ca-gov', Focal.ActorKind.FEDERAL_GOVERNMENT, 'CA', 'ca'],
        ['ca-agency', Focal.ActorKind.AGENCY, 'CA', 'ca-gov'],
        ['mx', Focal.ActorKind.STATE, 'MX', null],
        ['mx-agency', Focal.ActorKind.AGENCY, 'MX', 'mx'],
        ['us', Focal.ActorKind.STATE, 'US', null],
    ]) {
        const actor = Focal.Actor.new(id, kind);
        actor.set_country(country);
        actor.parent_id = parent;
        graph.add(actor);
    }
    for (const id of ['i1', 'i2', 'i3'])
        graph.add(Focal.Issue.new(id, Focal.IssueArea.POLITICAL));
    fact(graph, 'ca-agency', K.OFFERS, 'i1', 'expertise');
    fact(graph, 'us', K.OFFERS, 'i1', 'expertise');
    fact(graph, 'ca', K.OFFERS, 'i1', 'funding');
    fact(graph, 'mx-agency', K.OFFERS, 'i2', 'access', '2000/..');
    fact(graph, 'mx', K.SEEKS, 'i1', 'expertise');
    fact(graph, 'ca-gov', K.SEEKS, 'i2', 'access');
    fact(graph, 'mx', K.SEEKS, 'i3', 'capacity');
    return graph;
}

const render = model => [...model].map(c =>
    `${c.issue_id}:${c.provider}:${c.provider_side}:${c.seeker ?? '-'}:${c.capacity}:${c.matched}:${c.links.get_n_items()}`).join(' ');

test('offers paired with seeks, parts counting for their side', () => {
    const view = Focal.View.new(makeGraph());
    const found = view.dup_complementarities('ca', 'mx');
    const C = Focal.Capacity;
    assertEqual(render(found),
        `i1:ca-agency:ca:mx:${C.EXPERTISE}:true:2 i1:ca:ca:-:${C.FUNDING}:false:1 ` +
        `i2:mx-agency:mx:ca-gov:${C.ACCESS}:true:2`);
    assertEqual(render(view.dup_complementarities('mx', 'ca')), render(found));
    const first = found.get_item(0);
    assert(first instanceof Focal.Complementarity);
    assertEqual(first.get_links().get_item(0).kind, K.OFFERS);
    assertEqual(first.get_links().get_item(1).kind, K.SEEKS);
});

test('views narrow the facts', () => {
    const view = Focal.View.new(makeGraph());
    const then = view.at(Focal.Date.new_from_string('1995'));
    assertEqual([...then.dup_complementarities('ca', 'mx')].map(c => c.provider).join(','),
        'ca-agency,ca');
    const offersOnly = view.with_link_kinds([K.OFFERS]);
    assert([...offersOnly.dup_complementarities('ca', 'mx')].every(c => !c.matched));
});

test('the new link kinds', () => {
    assertEqual(K.SEEKS, K.OFFERS + 1);
    assert(!Focal.LinkKind.is_symmetric(K.OFFERS));
    const graph = makeGraph();
    assertThrows(() => graph.add_link(Focal.Link.new('i1', K.OFFERS, 'mx')),
        e => e.matches(Focal.Error, Focal.Error.WRONG_KIND));
});

test('errors name the id or value', () => {
    const graph = makeGraph();
    const view = Focal.View.new(graph);
    for (const [a, b, code, needle] of [
        ['ca', 'atlantis', Focal.Error.UNKNOWN_ID, 'atlantis'],
        ['i1', 'mx', Focal.Error.WRONG_KIND, 'i1'],
        ['mx', 'mx', Focal.Error.INVALID_VALUE, '"mx"'],
        ['ca', 'ca-agency', Focal.Error.INVALID_VALUE, 'ca-agency'],
    ]) {
        const e = assertThrows(() => view.dup_complementarities(a, b),
            err => err.matches(Focal.Error, code));
        assert(e.message.includes(needle), e.message);
    }
    const link = fact(graph, 'mx-agency', K.SEEKS, 'i3', null);
    let e = assertThrows(() => view.dup_complementarities('ca', 'mx'),
        err => err.matches(Focal.Error, Focal.Error.MISSING_FIELD));
    assert(e.message.includes('mx-agency'));
    link.set_attribute('capacity', 'money');
    e = assertThrows(() => view.dup_complementarities('ca', 'mx'),
        err => err.matches(Focal.Error, Focal.Error.INVALID_VALUE));
    assert(e.message.includes('"money"'));
});

test('the Canada-Mexico dataset', () => {
    const srcdir = GLib.getenv('G_TEST_SRCDIR');
    const path = GLib.build_filenamev([srcdir, '..', 'examples', 'data', 'canada-mexico-2004.json']);
    const document = Focal.Document.new();
    document.load_from_file(Gio.File.new_for_path(path), Focal.LoadFlags.NONE, null);
    const view = Focal.View.new(document.graph);
    const found = [...view.dup_complementarities('canada', 'mexico')];
    const find = (issue, provider) => found.find(c => c.issue_id === issue && c.provider === provider);
    assertEqual(find('democratic-institutions', 'canada').seeker, 'mexico');
    assertEqual(find('latin-america-relations', 'mexico').seeker, 'canada');
    assert(!find('electoral-assistance', 'ife').matched);
});

run();
