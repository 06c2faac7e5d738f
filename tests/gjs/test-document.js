// test-document.js: loading and saving focal/1 documents from GJS
//
// SPDX-FileCopyrightText: 2026 The libfocal developers
// SPDX-License-Identifier: LGPL-2.1-or-later

import GLib from 'gi://GLib';
import Gio from 'gi://Gio';
import Focal from 'gi://Focal?version=1';
import {test, assert, assertEqual, assertThrows, run} from './tap.js';

const TEXT = `{
  "format": "focal/1",
  "title": "Elections",
  "actors": [
    {
      "id": "elections-canada",
      "kind": "agency",
      "country": "CA"
    },
    {
      "id": "ife",
      "name": "Instituto Federal Electoral",
      "kind": "agency",
      "country": "MX",
      "x-founded": 1990
    }
  ],
  "events": [
    {
      "id": "missions",
      "kind": "mission",
      "participants": ["elections-canada", "ife"],
      "aggregate": true,
      "count": 13,
      "count-qualifier": "at-least"
    }
  ],
  "links": [
    {
      "source": "elections-canada",
      "kind": "cooperates-with",
      "target": "ife",
      "period": "1996/..",
      "attributes": {
        "channel": "mou"
      }
    }
  ]
}
`;

function load(text, flags = Focal.LoadFlags.NONE) {
    const document = Focal.Document.new();
    assert(document.load_from_data(text, -1, flags));
    return document;
}

test('load and iterate', () => {
    const document = load(TEXT);
    const graph = document.graph;
    assertEqual(document.title, 'Elections');
    assertEqual(document.get_problems().get_n_items(), 0);

    const actors = graph.get_actors();
    assertEqual(actors.get_n_items(), 2);
    assertEqual([...actors].map(a => a.id).join(','), 'elections-canada,ife');
    assertEqual(actors.get_item(1).name, 'Instituto Federal Electoral');
    assertEqual(actors.get_item(1).kind, Focal.ActorKind.AGENCY);

    const event = graph.get_events().get_item(0);
    assert(event.aggregate);
    assertEqual(event.count, 13);
    assertEqual(event.count_qualifier, Focal.Qualifier.AT_LEAST);

    const link = graph.get_links().get_item(0);
    assertEqual(link.get_attribute('channel'), 'mou');
    assertEqual(link.kind, Focal.LinkKind.COOPERATES_WITH);
});

test('save to string and reload equal', () => {
    const document = load(TEXT);
    const [text, length] = document.to_data(Focal.SaveFlags.NONE);
    assertEqual(text, TEXT);
    assertEqual(length, new TextEncoder().encode(TEXT).length);

    const [compact] = document.to_data(Focal.SaveFlags.COMPACT);
    assert(compact.includes('"x-founded":1990'));
    assert(!compact.slice(0, -1).includes('\n'));

    const again = load(compact);
    assert(again.equal(document));
    assert(Focal.Graph.prototype.equal.call(again.graph, document.graph));
    assert(again.graph.equal(document.graph));
    assertEqual(again.to_data(Focal.SaveFlags.NONE)[0], TEXT);
});

test('a graph built in code saves and loads back equal', () => {
    const graph = Focal.Graph.new();
    const actor = Focal.Actor.new('sre', Focal.ActorKind.MINISTRY);
    actor.set_country('MX');
    graph.add(actor);
    const document = Focal.Document.new_for_graph(graph);
    const [text] = document.to_data(Focal.SaveFlags.COMPACT);
    assertEqual(text, '{"format":"focal/1","actors":[{"id":"sre","kind":"ministry","country":"MX"}]}\n');
    assert(load(text).graph.equal(graph));
});

test('errors carry a code and a location', () => {
    const document = load(TEXT);
    const before = document.graph;
    const bad = '{"format": "focal/1",\n "links": [{"source": "a", "kind": "leads", "target": "b", "weight": "heavy"}]}';
    const error = assertThrows(() => document.load_from_data(bad, -1, Focal.LoadFlags.NONE),
        e => e instanceof GLib.Error);
    assert(error.matches(Focal.Error, Focal.Error.WRONG_TYPE), `${error}`);
    assert(error.message.startsWith('<data>:2:70: $.links[0].weight: '), error.message);
    assert(document.graph === before);

    const problem = document.get_problems().get_item(0);
    assertEqual(problem.code, Focal.Error.WRONG_TYPE);
    assertEqual(problem.line, 2);
    assertEqual(problem.column, 70);
    assertEqual(problem.path, '$.links[0].weight');
    assertEqual(problem.message, error.message);

    const version = assertThrows(() => document.load_from_data('{"format": "focal/2"}', -1, 0));
    assert(version.matches(Focal.Error, Focal.Error.UNSUPPORTED_VERSION));
});

test('lenient loading lists every problem', () => {
    const text = '{"format": "focal/1", "actors": [{"id": "a", "kind": "state"}, {"id": "b"}],\n' +
        ' "links": [{"source": "a", "kind": "cooperates-with", "target": "b"}]}';
    const document = load(text, Focal.LoadFlags.LENIENT);
    const problems = [...document.get_problems()].map(p => `${p.code} ${p.path}`);
    assertEqual(problems.join('; '),
        `${Focal.Error.MISSING_FIELD} $.actors[1].kind; ${Focal.Error.UNKNOWN_ID} $.links[0].target`);
    assertEqual(document.graph.n_entities, 1);
});

test('file round trip', () => {
    const dir = GLib.dir_make_tmp('focal-gjs-XXXXXX');
    const file = Gio.File.new_for_path(GLib.build_filenamev([dir, 'doc.json']));
    const document = load(TEXT);
    assert(document.save_to_file(file, Focal.SaveFlags.NONE, null));
    const loaded = Focal.Document.new();
    assert(loaded.load_from_file(file, Focal.LoadFlags.NONE, null));
    assert(loaded.equal(document));
    file.delete(null);
    Gio.File.new_for_path(dir).delete(null);
});

run();
