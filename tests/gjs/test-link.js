// test-link.js
//
// SPDX-FileCopyrightText: 2026 The libfocal developers
// SPDX-License-Identifier: LGPL-2.1-or-later

import Focal from 'gi://Focal?version=1';

import {test, assert, assertEqual, run} from './tap.js';

const date = text => Focal.Date.new_from_string(text);

test('construct', () => {
    const link = Focal.Link.new('mexico', Focal.LinkKind.PARTY_TO, 'nafta');
    assertEqual(link.source_id, 'mexico');
    assertEqual(link.target_id, 'nafta');
    assertEqual(link.kind, Focal.LinkKind.PARTY_TO);
    assertEqual(typeof link.kind, 'number');
    assertEqual(link.period, null);
    assertEqual(link.weight, 1.0);
    assertEqual(link.get_citations().get_n_items(), 0);
});

test('construct with properties', () => {
    const link = new Focal.Link({
        source_id: 'calgary',
        target_id: 'quebec-city',
        kind: Focal.LinkKind.PARTNERS_WITH,
        weight: 2,
        description: 'sister cities',
    });
    assertEqual(link.get_kind(), Focal.LinkKind.PARTNERS_WITH);
    assertEqual(link.get_weight(), 2);
    assertEqual(link.description, 'sister cities');
    assertEqual(new Focal.Link({source_id: 'a', target_id: 'b'}).kind, Focal.LinkKind.MEMBER_OF);
});

test('symmetric kinds and other end', () => {
    assert(Focal.LinkKind.is_symmetric(Focal.LinkKind.COOPERATES_WITH));
    assert(!Focal.LinkKind.is_symmetric(Focal.LinkKind.LEADS));
    const link = Focal.Link.new('canada', Focal.LinkKind.DISPUTES_WITH, 'mexico');
    assertEqual(link.get_other_end('canada'), 'mexico');
    assertEqual(link.get_other_end('mexico'), 'canada');
    assertEqual(link.get_other_end('usa'), null);
});

test('weight notifies once per change', () => {
    const link = Focal.Link.new('a', Focal.LinkKind.HOSTS, 'b');
    let count = 0;
    link.connect('notify::weight', () => count++);
    link.weight = 3;
    link.set_weight(3);
    link.set_weight(0.5);
    assertEqual(count, 2);
    assertEqual(link.weight, 0.5);
});

test('validity at dates', () => {
    const link = Focal.Link.new('mexico', Focal.LinkKind.MEMBER_OF, 'apec');
    assert(link.is_valid_at(date('1990')));
    assert(link.is_valid_at(null));
    link.period = date('1993/2000');
    assertEqual(link.period.to_string(), '1993/2000');
    assert(link.is_valid_at(date('1995-06-01')));
    assert(link.is_valid_at(date('1999/2004')));
    assert(!link.is_valid_at(date('1990')));
    assert(!link.is_valid_at(date('2001-01')));
    assert(link.is_valid_at(null));
});

test('attributes', () => {
    const link = Focal.Link.new('mexico', Focal.LinkKind.PARTY_TO, 'nafta');
    const changed = [];
    link.connect('attribute-changed', (obj, key) => changed.push(key));
    assertEqual(link.dup_attribute_keys().length, 0);
    assertEqual(link.get_attribute('role'), null);

    link.set_attribute('role', 'founding party');
    link.set_attribute('chapter', '19');
    link.set_attribute('article', '1904');
    link.set_attribute('role', 'founding party');
    assertEqual(changed.join(','), 'role,chapter,article');
    assertEqual(link.get_attribute('role'), 'founding party');
    assertEqual(link.dup_attribute_keys().join(','), 'article,chapter,role');

    link.set_attribute('chapter', null);
    link.set_attribute('chapter', null);
    assertEqual(changed.join(','), 'role,chapter,article,chapter');
    assertEqual(link.get_attribute('chapter'), null);
    assertEqual(link.dup_attribute_keys().join(','), 'article,role');
});

test('citations', () => {
    const link = Focal.Link.new('canada', Focal.LinkKind.MEMBER_OF, 'oas');
    link.add_citation(Focal.Citation.new('focal-2000'));
    const ids = [...link.citations].map(c => c.get_source_id());
    assertEqual(ids.join(','), 'focal-2000');
});

run();
