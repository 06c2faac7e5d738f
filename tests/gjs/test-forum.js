// test-forum.js
//
// SPDX-FileCopyrightText: 2026 The libfocal developers
// SPDX-License-Identifier: LGPL-2.1-or-later

import Focal from 'gi://Focal?version=1';
import {test, assert, assertEqual, assertThrows, run} from './tap.js';

function membership(actorId, role, period = null) {
    const m = Focal.Membership.new(actorId, role);
    if (period !== null)
        m.set_period(Focal.Date.new_from_string(period));
    return m;
}

function makeJmc() {
    const jmc = Focal.Forum.new('jmc', Focal.ForumKind.JOINT_COMMITTEE);
    jmc.add_member(membership('sre', Focal.Role.CHAIR, '1968/1999'));
    jmc.add_member(membership('dfait', Focal.Role.CHAIR));
    jmc.add_member(membership('sre', Focal.Role.MEMBER, '2000/2010'));
    return jmc;
}

test('new', () => {
    const jmc = Focal.Forum.new('jmc', Focal.ForumKind.JOINT_COMMITTEE);
    assertEqual(jmc.id, 'jmc');
    assertEqual(jmc.get_kind_name(), 'forum');
    assertEqual(jmc.kind, Focal.ForumKind.JOINT_COMMITTEE);
    assertEqual(jmc.founded, null);
    assertEqual(jmc.cadence, null);
    assertEqual(jmc.get_members().get_n_items(), 0);
});

test('construct with properties', () => {
    const soa = new Focal.Forum({id: 'soa', kind: Focal.ForumKind.SUMMIT, cadence: 'irregular'});
    assertEqual(soa.get_kind(), Focal.ForumKind.SUMMIT);
    assertEqual(soa.get_cadence(), 'irregular');
});

test('founded and cadence', () => {
    const jmc = Focal.Forum.new('jmc', Focal.ForumKind.JOINT_COMMITTEE);
    const seen = [];
    jmc.connect('notify::founded', () => seen.push('founded'));
    jmc.connect('notify::cadence', () => seen.push('cadence'));
    jmc.founded = Focal.Date.new(1968, 0, 0);
    jmc.set_founded(Focal.Date.new(1968, 0, 0));
    assertEqual(jmc.founded.get_year(), 1968);
    jmc.cadence = 'every two years';
    jmc.set_cadence('every two years');
    assertEqual(jmc.cadence, 'every two years');
    jmc.founded = null;
    assertEqual(jmc.get_founded(), null);
    assertEqual(seen.join(','), 'founded,cadence,founded');
});

test('members iteration', () => {
    const jmc = makeJmc();
    const members = jmc.get_members();
    assertEqual(members.get_n_items(), 3);
    assertEqual(members.get_item(1).actor_id, 'dfait');
    const ids = [];
    for (const m of members)
        ids.push(m.actor_id);
    assertEqual(ids.join(','), 'sre,dfait,sre');
    assertEqual([...members].map(m => m.role).join(','),
        [Focal.Role.CHAIR, Focal.Role.CHAIR, Focal.Role.MEMBER].join(','));
    assertEqual(jmc.dup_references().join(','), 'sre,dfait');
});

test('members at a date', () => {
    const jmc = makeJmc();
    const at1980 = jmc.dup_members_at(Focal.Date.new(1980, 0, 0));
    assertEqual(at1980.map(m => `${m.actor_id}:${m.role}`).join(','),
        `sre:${Focal.Role.CHAIR},dfait:${Focal.Role.CHAIR}`);
    const at2004 = jmc.dup_members_at(Focal.Date.new_from_string('2004-10-15'));
    assertEqual(at2004.map(m => `${m.actor_id}:${m.role}`).join(','),
        `dfait:${Focal.Role.CHAIR},sre:${Focal.Role.MEMBER}`);
    assertEqual(jmc.dup_members_at(null).length, 3);
});

test('remove member', () => {
    const jmc = makeJmc();
    const members = jmc.get_members();
    const changes = [];
    members.connect('items-changed', (m, pos, removed, added) => changes.push(`${pos}/${removed}/${added}`));
    assertEqual(jmc.remove_member('sre'), true);
    assertEqual(changes.join(','), '0/3/1');
    assertEqual(members.get_n_items(), 1);
    assertEqual(members.get_item(0).actor_id, 'dfait');
    assertEqual(jmc.remove_member('sre'), false);
    assertEqual(changes.length, 1);
});

test('validation in a graph', () => {
    const graph = Focal.Graph.new();
    graph.add(Focal.Actor.new('sre', Focal.ActorKind.MINISTRY));
    graph.add(Focal.Actor.new('dfait', Focal.ActorKind.MINISTRY));
    graph.add(Focal.Issue.new('ftaa', Focal.IssueArea.ECONOMIC));

    const jmc = makeJmc();
    assert(graph.add(jmc));

    const bad = Focal.Forum.new('commission', Focal.ForumKind.OTHER);
    bad.add_member(membership('sre', Focal.Role.MEMBER));
    bad.add_member(membership('ustr', Focal.Role.MEMBER));
    const e = assertThrows(() => graph.add(bad),
        err => err.matches(Focal.Error, Focal.Error.UNKNOWN_ID));
    assert(e.message.includes('member 1') && e.message.includes('"ustr"'), e.message);

    const wrong = Focal.Forum.new('talks', Focal.ForumKind.OTHER);
    wrong.add_member(membership('ftaa', Focal.Role.MEMBER));
    assertThrows(() => wrong.validate(graph),
        err => err.matches(Focal.Error, Focal.Error.WRONG_KIND));
});

run();
