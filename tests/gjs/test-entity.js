// test-entity.js: the FocalEntity base as GJS sees it
//
// SPDX-FileCopyrightText: 2026 The libfocal developers
// SPDX-License-Identifier: LGPL-2.1-or-later

import Focal from 'gi://Focal?version=1';
import {test, assert, assertEqual, run} from './tap.js';

test('id, kind name and graph', () => {
    const ife = Focal.Actor.new('ife', Focal.ActorKind.AGENCY);
    assertEqual(ife.id, 'ife');
    assertEqual(ife.kind_name, 'actor');
    assertEqual(ife.graph, null);
    assert(ife instanceof Focal.Entity, 'an actor is an entity');
});

test('construct with properties, notify once per change', () => {
    const sre = new Focal.Actor({id: 'sre', kind: Focal.ActorKind.MINISTRY, name: 'SRE'});
    let count = 0;
    sre.connect('notify::name', () => count++);
    sre.name = 'Secretaría de Relaciones Exteriores';
    sre.name = 'Secretaría de Relaciones Exteriores';
    assertEqual(count, 1);
    assertEqual(sre.get_name(), 'Secretaría de Relaciones Exteriores');
});

test('tags', () => {
    const ec = Focal.Actor.new('elections-canada', Focal.ActorKind.AGENCY);
    assert(ec.add_tag('elections'));
    assert(!ec.add_tag('elections'));
    ec.add_tag('governance');
    assertEqual(ec.get_tags().join(','), 'elections,governance');
    assert(ec.has_tag('governance'));
    ec.tags = ['democracy'];
    assertEqual(ec.tags.join(','), 'democracy');
});

test('validity interval', () => {
    const group = Focal.Forum.new('policy-planning-group', Focal.ForumKind.POLICY_DIALOGUE);
    group.valid = Focal.Date.new_from_string('1996/..');
    assert(!group.is_valid_at(Focal.Date.new(1990, 0, 0)));
    assert(group.is_valid_at(Focal.Date.new(2003, 0, 0)));
});

test('citations and indicators', () => {
    const embassy = Focal.Actor.new('canadian-embassy-mexico', Focal.ActorKind.EMBASSY);
    embassy.add_citation(Focal.Citation.new('focal-2004'));
    embassy.add_indicator(Focal.Indicator.new('staff', 100));
    assertEqual(embassy.citations.get_n_items(), 1);
    const names = [...embassy.get_indicators()].map(i => i.name);
    assertEqual(names.join(','), 'staff');
    assertEqual(embassy.find_indicator('staff').value, 100);
});

run();
