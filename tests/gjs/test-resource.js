// test-resource.js: the dataset compiled into libfocal, loaded with
// Focal.Document.load_from_resource()
//
// SPDX-FileCopyrightText: 2026 The libfocal developers
// SPDX-License-Identifier: LGPL-2.1-or-later

import GLib from 'gi://GLib';
import Gio from 'gi://Gio';
import Focal from 'gi://Focal?version=1';
import {test, assert, assertEqual, assertThrows, run} from './tap.js';

function loadDataset(flags = Focal.LoadFlags.NONE) {
    const document = Focal.Document.new();
    assert(document.load_from_resource(Focal.DATASET_CANADA_MEXICO_2004, flags));
    return document;
}

test('the constant names the embedded dataset', () => {
    assertEqual(Focal.DATASET_CANADA_MEXICO_2004,
        '/org/libfocal/Focal/canada-mexico-2004.json');
});

test('the embedded dataset loads with no problems', () => {
    const document = loadDataset();
    assertEqual(document.get_problems().get_n_items(), 0);
    assert(document.title.includes('Canada-Mexico'), document.title);
    const graph = document.graph;
    assert(graph.get_n_entities() > 300, `${graph.get_n_entities()} entities`);
    const ife = graph.lookup('ife');
    assert(ife instanceof Focal.Actor);
    assertEqual(ife.kind, Focal.ActorKind.AGENCY);
    assertEqual(ife.country, 'MX');
    assert(graph.lookup('jmc') instanceof Focal.Forum);
});

test('a lenient load of the dataset lists no problems', () => {
    const document = loadDataset(Focal.LoadFlags.LENIENT);
    assertEqual(document.get_problems().get_n_items(), 0);
});

test('the resource is the file in examples/data', () => {
    const bytes = Gio.resources_lookup_data(Focal.DATASET_CANADA_MEXICO_2004,
        Gio.ResourceLookupFlags.NONE);
    const path = GLib.build_filenamev([GLib.getenv('G_TEST_SRCDIR'), '..', 'examples', 'data',
        'canada-mexico-2004.json']);
    const [, contents] = GLib.file_get_contents(path);
    assertEqual(bytes.get_size(), contents.length);
    const fromFile = Focal.Document.new();
    assert(fromFile.load_from_file(Gio.File.new_for_path(path), Focal.LoadFlags.NONE, null));
    assert(loadDataset().equal(fromFile));
});

test('an unknown path is Focal.Error.IO and keeps the graph', () => {
    const document = loadDataset();
    const graph = document.graph;
    const path = '/org/libfocal/Focal/no-such-dataset.json';
    const e = assertThrows(() => document.load_from_resource(path, Focal.LoadFlags.NONE));
    assert(e.matches(Focal.Error, Focal.Error.IO), `${e}`);
    assert(e.message.includes(path), e.message);
    assert(document.graph === graph);
});

run();
