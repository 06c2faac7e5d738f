// test-membership.js: FocalMembership from GJS.
//
// SPDX-FileCopyrightText: 2026 The libfocal developers
// SPDX-License-Identifier: LGPL-2.1-or-later

import Focal from 'gi://Focal?version=1';
import {test, assertEqual, run} from './tap.js';

const date = text => Focal.Date.new_from_string(text);

function countNotify(obj, prop) {
    const counts = {one: 0, all: 0};
    obj.connect(`notify::${prop}`, () => counts.one++);
    obj.connect('notify', () => counts.all++);
    return counts;
}

test('new gives actor and role', () => {
    const membership = Focal.Membership.new('mx-sre', Focal.Role.OBSERVER);
    assertEqual(membership.actorId, 'mx-sre');
    assertEqual(membership.role, Focal.Role.OBSERVER);
    assertEqual(typeof membership.role, 'number');
    assertEqual(membership.period, null);
    assertEqual(membership.get_citations().get_n_items(), 0);
});

test('constructor takes every property, role defaults to member', () => {
    let membership = new Focal.Membership({actorId: 'ca-dfait'});
    assertEqual(membership.get_role(), Focal.Role.MEMBER);
    membership = new Focal.Membership({
        actorId: 'ca-dfait', role: Focal.Role.CHAIR, period: date('1996/2004'),
    });
    assertEqual(membership.get_actor_id(), 'ca-dfait');
    assertEqual(membership.get_role(), Focal.Role.CHAIR);
    assertEqual(membership.get_period().to_string(), '1996/2004');
});

test('role notifies once per change', () => {
    const membership = Focal.Membership.new('mx-sre', Focal.Role.MEMBER);
    const counts = countNotify(membership, 'role');
    membership.set_role(Focal.Role.MEMBER);
    membership.set_role(Focal.Role.HOST);
    membership.role = Focal.Role.HOST;
    membership.role = Focal.Role.PARTY;
    assertEqual(membership.get_role(), Focal.Role.PARTY);
    assertEqual(counts.one, 2);
    assertEqual(counts.all, 2);
});

test('an equal period in another instance does not notify', () => {
    const membership = Focal.Membership.new('mx-sre', Focal.Role.MEMBER);
    const counts = countNotify(membership, 'period');
    membership.set_period(date('2000/..'));
    membership.period = date('2000/..');
    assertEqual(counts.one, 1);
    membership.set_period(null);
    assertEqual(counts.one, 2);
});

for (const [period, at, valid] of [
    ['1996/2004', '2000', true],
    ['1996/2004', '2005', false],
    ['2000/..', '2050-06-01', true],
    ['2000/..', '1999-12-31', false],
]) {
    test(`${period} valid at ${at}: ${valid}`, () => {
        const membership = new Focal.Membership({actorId: 'mx-sre', period: date(period)});
        assertEqual(membership.is_valid_at(date(at)), valid);
        assertEqual(membership.is_valid_at(null), true);
    });
}

test('valid at any date without a period', () => {
    const membership = Focal.Membership.new('mx-sre', Focal.Role.PARTY);
    assertEqual(membership.is_valid_at(date('1800')), true);
});

test('citations keep their order and signal items-changed', () => {
    const membership = Focal.Membership.new('mx-sre', Focal.Role.PARTY);
    const model = membership.get_citations();
    const changes = [];
    model.connect('items-changed', (m, pos, removed, added) => changes.push([pos, removed, added]));
    membership.add_citation(Focal.Citation.new('src-a'));
    membership.add_citation(Focal.Citation.new('src-b'));
    assertEqual(JSON.stringify(changes), '[[0,0,1],[1,0,1]]');
    assertEqual(model.get_n_items(), 2);
    assertEqual([...model].map(c => c.sourceId).join(','), 'src-a,src-b');
});

run();
