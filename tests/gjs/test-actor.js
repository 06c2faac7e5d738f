// test-actor.js
//
// SPDX-FileCopyrightText: 2026 The libfocal developers
// SPDX-License-Identifier: LGPL-2.1-or-later

import Focal from 'gi://Focal?version=1';
import {test, assert, assertEqual, assertThrows, run} from './tap.js';

test('new', () => {
    const ife = Focal.Actor.new('ife', Focal.ActorKind.AGENCY);
    assertEqual(ife.id, 'ife');
    assertEqual(ife.get_kind_name(), 'actor');
    assertEqual(ife.kind, Focal.ActorKind.AGENCY);
    assertEqual(ife.country, null);
    assertEqual(ife.parent_id, null);
    assertEqual(ife.level, Focal.Level.FEDERAL);
    assertEqual(ife.level_is_derived, true);
    assert(ife instanceof Focal.Entity);
});

test('construct with properties', () => {
    const unit = new Focal.Actor({
        id: 'sre-na',
        kind: Focal.ActorKind.UNIT,
        country: 'MX',
        parent_id: 'sre',
    });
    assertEqual(unit.get_id(), 'sre-na');
    assertEqual(unit.get_kind(), Focal.ActorKind.UNIT);
    assertEqual(unit.get_country(), 'MX');
    assertEqual(unit.get_parent_id(), 'sre');
    assertEqual(new Focal.Actor({id: 'x'}).kind, Focal.ActorKind.OTHER);
});

test('country and level notify', () => {
    const mrif = Focal.Actor.new('mrif', Focal.ActorKind.MINISTRY);
    const seen = [];
    mrif.connect('notify::country', () => seen.push('country'));
    mrif.connect('notify::level', () => seen.push('level'));

    assertEqual(mrif.set_country('CA'), true);
    assertEqual(mrif.set_country('CA'), true);
    assertEqual(seen.join(','), 'country');
    mrif.country = 'CA-QC';
    assertEqual(mrif.country, 'CA-QC');
    assertEqual(mrif.level, Focal.Level.SUBNATIONAL);
    assertEqual(seen.sort().join(','), 'country,country,level');
    mrif.set_country(null);
    assertEqual(mrif.country, null);
    assertEqual(mrif.level, Focal.Level.FEDERAL);
});

test('invalid country', () => {
    const ife = Focal.Actor.new('ife', Focal.ActorKind.AGENCY);
    ife.set_country('MX');
    const e = assertThrows(() => ife.set_country('mx'),
        err => err.matches(Focal.Error, Focal.Error.INVALID_VALUE));
    assert(e.message.includes('"ife"'), e.message);
    assert(e.message.includes('"mx"'), e.message);
    assertEqual(ife.country, 'MX');
    assert(Focal.country_code_is_valid('MX-JAL'));
    assert(!Focal.country_code_is_valid('MEX'));
});

test('level derivation and override', () => {
    assertEqual(Focal.Actor.new('p', Focal.ActorKind.PERSON).level, Focal.Level.PERSONAL);
    assertEqual(Focal.Actor.new('m', Focal.ActorKind.MUNICIPALITY).level, Focal.Level.MUNICIPAL);
    assertEqual(Focal.Actor.new('o', Focal.ActorKind.INTERNATIONAL_ORGANIZATION).level,
        Focal.Level.INTERNATIONAL);
    assertEqual(Focal.Actor.new('c', Focal.ActorKind.COMPANY).level, Focal.Level.NON_GOVERNMENTAL);
    assertEqual(Focal.Actor.new('g', Focal.ActorKind.GROUP).level, Focal.Level.UNKNOWN);

    const pearson = Focal.Actor.new('pearson', Focal.ActorKind.RESEARCH_CENTRE);
    let derivedNotified = 0;
    pearson.connect('notify::level-is-derived', () => derivedNotified++);
    pearson.level = Focal.Level.FEDERAL;
    assertEqual(pearson.level, Focal.Level.FEDERAL);
    assertEqual(pearson.level_is_derived, false);
    pearson.set_level(Focal.Level.UNKNOWN);
    assertEqual(pearson.level, Focal.Level.NON_GOVERNMENTAL);
    assertEqual(pearson.get_level_is_derived(), true);
    assertEqual(derivedNotified, 2);
});

test('parent in a graph', () => {
    const graph = Focal.Graph.new();
    graph.add(Focal.Actor.new('quebec', Focal.ActorKind.SUBNATIONAL_GOVERNMENT));
    const office = new Focal.Actor({
        id: 'quebec-mexico',
        kind: Focal.ActorKind.REPRESENTATION_OFFICE,
        parent_id: 'quebec',
    });
    graph.add(office);
    assertEqual(office.level, Focal.Level.SUBNATIONAL);
    assertEqual(office.dup_references().join(','), 'quebec');

    const orphan = new Focal.Actor({id: 'ife', parent_id: 'mexico'});
    const e = assertThrows(() => graph.add(orphan),
        err => err.matches(Focal.Error, Focal.Error.UNKNOWN_ID));
    assert(e.message.includes('"mexico"'), e.message);
    assertEqual(graph.lookup('ife'), null);
});

test('cycle', () => {
    const graph = Focal.Graph.new();
    const a = Focal.Actor.new('a', Focal.ActorKind.OTHER);
    const b = new Focal.Actor({id: 'b', parent_id: 'a'});
    graph.add(a);
    graph.add(b);
    a.parent_id = 'b';
    const e = assertThrows(() => a.validate(graph),
        err => err.matches(Focal.Error, Focal.Error.CYCLE));
    assert(e.message.includes('a -> b -> a'), e.message);
});

run();
