// test-source.js: FocalSource from GJS.
//
// SPDX-FileCopyrightText: 2026 The libfocal developers
// SPDX-License-Identifier: LGPL-2.1-or-later

import GObject from 'gi://GObject';
import Focal from 'gi://Focal?version=1';
import {test, assert, assertEqual, run} from './tap.js';

function countNotify(obj, prop) {
    const counts = {one: 0, all: 0};
    obj.connect(`notify::${prop}`, () => counts.one++);
    obj.connect('notify', () => counts.all++);
    return counts;
}

test('new gives an id and no details', () => {
    const source = Focal.Source.new('dfait-2005');
    assertEqual(source.id, 'dfait-2005');
    assertEqual(source.get_id(), 'dfait-2005');
    assertEqual(source.author, null);
    assertEqual(source.title, null);
    assertEqual(source.publisher, null);
    assertEqual(source.url, null);
    assertEqual(source.year, 0);
});

test('constructor takes every property', () => {
    const source = new Focal.Source({
        id: 'src-2', author: 'Jane Doe', title: 'Partners',
        publisher: 'DFAIT', year: 2005, url: 'https://example.org/p.pdf',
    });
    assertEqual(source.id, 'src-2');
    assertEqual(source.get_author(), 'Jane Doe');
    assertEqual(source.get_title(), 'Partners');
    assertEqual(source.get_publisher(), 'DFAIT');
    assertEqual(source.get_year(), 2005);
    assertEqual(source.get_url(), 'https://example.org/p.pdf');
});

for (const prop of ['author', 'title', 'publisher', 'url']) {
    test(`${prop} notifies once per change`, () => {
        const source = Focal.Source.new('src-1');
        const counts = countNotify(source, prop);
        source[`set_${prop}`]('alpha');
        source[`set_${prop}`]('alpha');
        assertEqual(source[prop], 'alpha');
        assertEqual(counts.one, 1);
        source[prop] = 'beta';
        source[prop] = 'beta';
        assertEqual(source[`get_${prop}`](), 'beta');
        assertEqual(counts.one, 2);
        source[`set_${prop}`](null);
        assertEqual(source[prop], null);
        assertEqual(counts.one, 3);
        assertEqual(counts.all, 3);
    });
}

test('year notifies once per change', () => {
    const source = Focal.Source.new('src-1');
    const counts = countNotify(source, 'year');
    source.set_year(2004);
    source.set_year(2004);
    source.year = 9999;
    source.year = 9999;
    assertEqual(source.get_year(), 9999);
    assertEqual(counts.one, 2);
    assertEqual(counts.all, 2);
});

test('id is construct-only', () => {
    const pspec = GObject.Object.find_property.call(Focal.Source, 'id');
    assert(pspec.flags & GObject.ParamFlags.CONSTRUCT_ONLY, 'id should be construct-only');
});

run();
