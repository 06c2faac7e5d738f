// test-snapshot.js: binary snapshots of documents from GJS
//
// SPDX-FileCopyrightText: 2026 The libfocal developers
// SPDX-License-Identifier: LGPL-2.1-or-later

import GLib from 'gi://GLib';
import Focal from 'gi://Focal?version=1';
import {test, assert, assertEqual, assertThrows, run} from './tap.js';

function loadDataset() {
    const document = Focal.Document.new();
    document.load_from_resource(Focal.DATASET_CANADA_MEXICO_2004, Focal.LoadFlags.NONE);
    return document;
}

test('a snapshot of the dataset loads back equal', () => {
    const document = loadDataset();
    const snapshot = document.to_snapshot();
    assert(snapshot.get_size() > 0, 'empty snapshot');

    const copy = Focal.Document.new();
    assert(copy.load_from_snapshot(snapshot));
    assert(document.equal(copy), 'documents differ');
    assertEqual(copy.to_data(Focal.SaveFlags.NONE)[0], document.to_data(Focal.SaveFlags.NONE)[0]);
    assertEqual(copy.graph.get_links().get_n_items(), document.graph.get_links().get_n_items());
    assertEqual(copy.get_problems().get_n_items(), 0);
});

test('bytes that are not a snapshot are a parse error', () => {
    const document = loadDataset();
    const graph = document.graph;
    const bytes = new GLib.Bytes(new TextEncoder().encode('{"format": "focal/1"}'));
    const error = assertThrows(() => document.load_from_snapshot(bytes));
    assert(error.matches(Focal.Error, Focal.Error.PARSE), `${error}`);
    assert(error.message.startsWith('snapshot: not a focal snapshot'), error.message);
    assert(document.graph === graph, 'the graph changed');
    assertEqual(document.get_problems().get_n_items(), 1);
});

run();
