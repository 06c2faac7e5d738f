// test-citation.js: FocalCitation from GJS.
//
// SPDX-FileCopyrightText: 2026 The libfocal developers
// SPDX-License-Identifier: LGPL-2.1-or-later

import Focal from 'gi://Focal?version=1';
import {test, assertEqual, run} from './tap.js';

function countNotify(obj, prop) {
    const counts = {one: 0, all: 0};
    obj.connect(`notify::${prop}`, () => counts.one++);
    obj.connect('notify', () => counts.all++);
    return counts;
}

test('new gives a source id and no locator', () => {
    const citation = Focal.Citation.new('dfait-2005');
    assertEqual(citation.sourceId, 'dfait-2005');
    assertEqual(citation.source_id, 'dfait-2005');
    assertEqual(citation.section, null);
    assertEqual(citation.page, null);
    assertEqual(citation.note, 0);
    assertEqual(citation.quote, null);
});

test('constructor takes every property', () => {
    const citation = new Focal.Citation({
        sourceId: 'src-2', section: 'Trade', page: '4-5', note: 12,
        quote: 'about US$12 billion',
    });
    assertEqual(citation.get_source_id(), 'src-2');
    assertEqual(citation.get_section(), 'Trade');
    assertEqual(citation.get_page(), '4-5');
    assertEqual(citation.get_note(), 12);
    assertEqual(citation.get_quote(), 'about US$12 billion');
});

for (const prop of ['section', 'page', 'quote']) {
    test(`${prop} notifies once per change`, () => {
        const citation = Focal.Citation.new('src-1');
        const counts = countNotify(citation, prop);
        citation[`set_${prop}`]('4');
        citation[`set_${prop}`]('4');
        citation[prop] = '4-5';
        citation[prop] = '4-5';
        assertEqual(citation[`get_${prop}`](), '4-5');
        citation[`set_${prop}`](null);
        assertEqual(citation[prop], null);
        assertEqual(counts.one, 3);
        assertEqual(counts.all, 3);
    });
}

test('note notifies once per change', () => {
    const citation = Focal.Citation.new('src-1');
    const counts = countNotify(citation, 'note');
    citation.set_note(7);
    citation.set_note(7);
    citation.note = 8;
    citation.note = 8;
    assertEqual(citation.get_note(), 8);
    assertEqual(counts.one, 2);
    assertEqual(counts.all, 2);
});

run();
