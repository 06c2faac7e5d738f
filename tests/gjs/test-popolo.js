// test-popolo.js: Popolo and GraphML interchange from GJS
//
// SPDX-FileCopyrightText: 2026 The libfocal developers
// SPDX-License-Identifier: LGPL-2.1-or-later

import GLib from 'gi://GLib';
import Gio from 'gi://Gio';
import Focal from 'gi://Focal?version=1';
import {test, assert, assertEqual, assertThrows, run} from './tap.js';

// GJS 1.74 only iterates Gio.ListStore with for..of; the graph's links
// model is made on demand from its link table, so walk it by index.
function* items(model) {
    for (let i = 0; i < model.get_n_items(); i++)
        yield model.get_item(i);
}

const TEXT = JSON.stringify({
    persons: [
        {id: 'ana', name: 'Ana', birth_date: '1970-05', email: 'ana@example.org'},
        {id: 'luis', name: 'Luis'},
    ],
    organizations: [
        {id: 'chamber', name: 'Chamber of Deputies', classification: 'legislature'},
        {id: 'red', name: 'Red', classification: 'party'},
    ],
    memberships: [
        {person_id: 'ana', organization_id: 'chamber', on_behalf_of_id: 'red',
            legislative_period_id: 'term/1', area_id: 'ocd-division/country:mx/distrito:1'},
        {person_id: 'luis', organization_id: 'chamber', on_behalf_of_id: 'red',
            legislative_period_id: 'term/1', end_date: '2014-02-28'},
    ],
    events: [
        {id: 'term/1', classification: 'legislative period', start_date: '2012-09-01',
            end_date: '2015-08-31', organization_id: 'chamber'},
    ],
    areas: [{id: 'ocd-division/country:mx/distrito:1', name: 'District 1', type: 'distrito'}],
    speeches: [{text: '…'}],
}, null, 2);

function sharedData(...parts) {
    const base = GLib.getenv('FOCAL_SHARED_DATA') ??
        GLib.build_filenamev([GLib.getenv('G_TEST_SRCDIR') ?? '.', '..', '..', 'shared', 'data']);
    return GLib.build_filenamev([base, ...parts]);
}

function linksOf(graph) {
    const links = [];
    for (const link of items(graph.get_links()))
        links.push(link);
    return links;
}

test('import a small document', () => {
    const [graph, report] = Focal.popolo_import_data(TEXT, -1);
    const ana = graph.lookup('ana');
    assertEqual(ana.kind, Focal.ActorKind.PERSON);
    assertEqual(ana.valid.to_string(), '1970-05/..');
    assertEqual(ana.country, 'MX');
    assertEqual(graph.lookup('chamber').kind, Focal.ActorKind.LEGISLATURE);
    assertEqual(graph.lookup('red').kind, Focal.ActorKind.POLITICAL_PARTY);

    const [first, second] = linksOf(graph);
    assertEqual(first.kind, Focal.LinkKind.MEMBER_OF);
    assertEqual(first.period.to_string(), '2012-09-01/2015-08-31');
    assertEqual(first.get_attribute('on_behalf_of'), 'red');
    assertEqual(first.get_attribute('area_name'), 'District 1');
    assertEqual(second.period.to_string(), '2012-09-01/2014-02-28');

    const messages = [];
    for (const problem of report) {
        assertEqual(problem.code, Focal.Error.INVALID_VALUE);
        messages.push(problem.message);
    }
    assertEqual(messages.join('\n'), [
        '$.persons[*].email: not represented (1 value); kept as extension data "x-popolo"',
        '$.areas[*].type: not represented (1 value); dropped',
        '$.speeches: not represented (1 value); dropped',
    ].join('\n'));
});

test('export and import again', () => {
    const [graph] = Focal.popolo_import_data(TEXT, -1);
    const [text, length] = Focal.popolo_export(graph);
    assert(length > 0);
    const exported = JSON.parse(text);
    assertEqual(exported.persons.length, 2);
    assertEqual(exported.organizations.length, 2);
    assertEqual(exported.memberships.length, 2);
    assertEqual(exported.persons[0].email, 'ana@example.org');
    assertEqual(exported.memberships[1].end_date, '2014-02-28');
    assertEqual(exported.memberships[0].start_date, undefined);

    const [again] = Focal.popolo_import_data(text, -1);
    assert(again.equal(graph), 'the graph read back differs');
});

test('malformed and wrong-typed input', () => {
    const parse = assertThrows(() => Focal.popolo_import_data('{"persons": [\n  {"id": "a"\n]}', -1),
        e => e.matches(Focal.Error, Focal.Error.PARSE));
    assert(parse.message.startsWith('<data>:3:1: $.persons[0]: malformed JSON'), parse.message);

    const wrong = assertThrows(() => Focal.popolo_import_data('{"memberships": [{"role": 1}]}', -1),
        e => e.matches(Focal.Error, Focal.Error.WRONG_TYPE));
    assert(wrong.message.startsWith('<data>:1:27: $.memberships[0].role: expected a string'),
        wrong.message);
});

test('the Canadian House of Commons', () => {
    const path = sharedData('everypolitician-canada-commons', 'ep-popolo-v1.0.json');
    if (!GLib.file_test(path, GLib.FileTest.EXISTS)) {
        print(`# skipped: ${path} is not available`);
        return;
    }
    const [graph, report] = Focal.popolo_import_file(Gio.File.new_for_path(path), null);
    let persons = 0;
    for (const actor of graph.get_actors()) {
        if (actor.kind === Focal.ActorKind.PERSON)
            persons++;
    }
    assertEqual(persons, 541);
    assertEqual(graph.get_actors().get_n_items(), 547);
    assertEqual(graph.get_links().get_n_items(), 661);
    assert(report.get_n_items() > 0);

    const seats = {};
    for (const link of items(graph.get_links())) {
        if (link.get_attribute('legislative_period_id') === 'term/42') {
            const party = link.get_attribute('on_behalf_of');
            seats[party] = (seats[party] ?? 0) + 1;
        }
    }
    assertEqual(seats.liberal, 184);
    assertEqual(seats.conservative, 99);
    assertEqual(seats.ndp, 44);
    assertEqual(seats['bloc_québécois'], 10);
    assertEqual(seats.green_party, 1);
});

test('GraphML round trip', () => {
    const [graph] = Focal.popolo_import_data(TEXT, -1);
    const [text] = graph.to_graphml();
    assert(text.includes('<data key="attr:on_behalf_of">red</data>'));
    const again = Focal.Graph.new_from_graphml(text, -1);
    assertEqual(again.get_links().get_n_items(), 2);
    assertEqual(again.lookup('chamber').kind, Focal.ActorKind.LEGISLATURE);
    assertEqual(again.to_graphml()[0], text);

    const error = assertThrows(() => Focal.Graph.new_from_graphml('<graphml><graph><node/>', -1),
        e => e.matches(Focal.Error, Focal.Error.MISSING_FIELD));
    assert(error.message.startsWith('<data>:1:'), error.message);
});

run();
