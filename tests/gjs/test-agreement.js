// test-agreement.js
//
// SPDX-FileCopyrightText: 2026 The libfocal developers
// SPDX-License-Identifier: LGPL-2.1-or-later

import Focal from 'gi://Focal?version=1';

import {test, assert, assertEqual, assertThrows, run} from './tap.js';

const date = text => Focal.Date.new_from_string(text);

test('construct', () => {
    const nafta = Focal.Agreement.new('nafta', Focal.AgreementKind.TRADE_AGREEMENT);
    assertEqual(nafta.id, 'nafta');
    assertEqual(nafta.kind_name, 'agreement');
    assertEqual(nafta.kind, Focal.AgreementKind.TRADE_AGREEMENT);
    assertEqual(nafta.status, Focal.AgreementStatus.UNKNOWN);
    assertEqual(nafta.get_parties().get_n_items(), 0);
    assertEqual(nafta.get_step_date(Focal.AgreementStatus.SIGNED), null);
});

test('kind and status notify', () => {
    const agreement = new Focal.Agreement({id: 'ftaa', kind: Focal.AgreementKind.TRADE_AGREEMENT});
    const seen = [];
    agreement.connect('notify', (obj, pspec) => seen.push(pspec.get_name()));
    agreement.status = Focal.AgreementStatus.NEGOTIATING;
    agreement.set_status(Focal.AgreementStatus.NEGOTIATING);
    agreement.kind = Focal.AgreementKind.DECLARATION;
    assertEqual(seen.join(','), 'status,kind');
});

test('step dates and their signal', () => {
    const nafta = Focal.Agreement.new('nafta', Focal.AgreementKind.TRADE_AGREEMENT);
    const steps = [];
    nafta.connect('step-date-changed', (obj, step) => steps.push(step));
    nafta.set_step_date(Focal.AgreementStatus.SIGNED, date('1992-12-17'));
    nafta.set_step_date(Focal.AgreementStatus.SIGNED, date('1992-12-17'));
    nafta.set_step_date(Focal.AgreementStatus.IN_FORCE, date('1994-01-01'));
    assertEqual(steps.join(','),
        [Focal.AgreementStatus.SIGNED, Focal.AgreementStatus.IN_FORCE].join(','));
    assertEqual(nafta.get_step_date(Focal.AgreementStatus.SIGNED).to_string(), '1992-12-17');
    assert(nafta.validate(null));

    nafta.set_step_date(Focal.AgreementStatus.PROPOSED, date('1995'));
    const e = assertThrows(() => nafta.validate(null),
        err => err.matches(Focal.Error, Focal.Error.INCONSISTENT));
    assert(e.message.includes('"nafta"') && e.message.includes('proposed date 1995'), e.message);
});

test('parties', () => {
    const nafta = Focal.Agreement.new('nafta', Focal.AgreementKind.TRADE_AGREEMENT);
    nafta.add_party(Focal.Membership.new('mexico', Focal.Role.SIGNATORY));
    nafta.add_party(Focal.Membership.new('canada', Focal.Role.PARTY));
    nafta.add_party(Focal.Membership.new('mexico', Focal.Role.PARTY));
    const parties = nafta.parties;
    assertEqual(parties.get_n_items(), 3);
    assertEqual(nafta.find_party('mexico').role, Focal.Role.SIGNATORY);
    assertEqual(nafta.find_party('chile'), null);

    let changes = 0;
    parties.connect('items-changed', () => changes++);
    assert(nafta.remove_party('mexico'));
    assert(!nafta.remove_party('mexico'));
    assertEqual(changes, 1);
    assertEqual([...parties].map(p => p.get_actor_id()).join(','), 'canada');
});

test('parties in a graph', () => {
    const graph = Focal.Graph.new();
    graph.add(Focal.Actor.new('mexico', Focal.ActorKind.STATE));
    graph.add(Focal.Forum.new('jmc', Focal.ForumKind.JOINT_COMMITTEE));
    const nafta = Focal.Agreement.new('nafta', Focal.AgreementKind.TRADE_AGREEMENT);
    nafta.add_party(Focal.Membership.new('jmc', Focal.Role.PARTY));
    const e = assertThrows(() => graph.add(nafta),
        err => err.matches(Focal.Error, Focal.Error.WRONG_KIND));
    assertEqual(e.message, 'agreement "nafta": party "jmc" is a forum, not an actor');
    nafta.remove_party('jmc');
    nafta.add_party(Focal.Membership.new('mexico', Focal.Role.PARTY));
    assert(graph.add(nafta));
});

run();
