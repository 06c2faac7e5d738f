# test_forum.py
#
# SPDX-FileCopyrightText: 2026 The libfocal developers
# SPDX-License-Identifier: LGPL-2.1-or-later

import pytest

from gi.repository import Focal, GLib


def membership(actor_id, role, period=None):
    m = Focal.Membership.new(actor_id, role)
    if period is not None:
        m.set_period(Focal.Date.new_from_string(period))
    return m


def make_jmc():
    jmc = Focal.Forum.new('jmc', Focal.ForumKind.JOINT_COMMITTEE)
    jmc.add_member(membership('sre', Focal.Role.CHAIR, '1968/1999'))
    jmc.add_member(membership('dfait', Focal.Role.CHAIR))
    jmc.add_member(membership('sre', Focal.Role.MEMBER, '2000/2010'))
    return jmc


def test_new():
    jmc = Focal.Forum.new('jmc', Focal.ForumKind.JOINT_COMMITTEE)
    assert jmc.props.id == 'jmc'
    assert jmc.get_kind_name() == 'forum'
    assert jmc.props.kind == Focal.ForumKind.JOINT_COMMITTEE
    assert jmc.props.founded is None
    assert jmc.props.cadence is None
    assert len(jmc.get_members()) == 0
    assert not jmc.get_members()


def test_keywords():
    summit = Focal.Forum(id='soa', kind=Focal.ForumKind.SUMMIT,
                         cadence='every three or four years')
    assert summit.get_kind() == Focal.ForumKind.SUMMIT
    assert summit.props.cadence == 'every three or four years'


def test_founded_and_cadence():
    jmc = Focal.Forum.new('jmc', Focal.ForumKind.JOINT_COMMITTEE)
    seen = []
    jmc.connect('notify::founded', lambda obj, pspec: seen.append('founded'))
    jmc.connect('notify::cadence', lambda obj, pspec: seen.append('cadence'))

    jmc.props.founded = Focal.Date.new(1968, 0, 0)
    jmc.set_founded(Focal.Date.new(1968, 0, 0))
    assert jmc.props.founded.get_year() == 1968
    assert jmc.get_founded().to_string() == '1968'

    jmc.props.cadence = 'every two years'
    jmc.set_cadence('every two years')
    assert jmc.get_cadence() == 'every two years'

    jmc.props.founded = None
    assert jmc.props.founded is None
    assert seen == ['founded', 'cadence', 'founded']


def test_members_iteration():
    jmc = make_jmc()
    members = jmc.get_members()
    assert len(members) == 3
    assert [m.props.actor_id for m in members] == ['sre', 'dfait', 'sre']
    assert [m.props.role for m in members] == [
        Focal.Role.CHAIR, Focal.Role.CHAIR, Focal.Role.MEMBER]
    assert all(isinstance(m, Focal.Membership) for m in members)
    assert jmc.dup_references() == ['sre', 'dfait']


def test_members_at():
    jmc = make_jmc()
    at_1980 = jmc.dup_members_at(Focal.Date.new(1980, 0, 0))
    assert [(m.props.actor_id, m.props.role) for m in at_1980] == [
        ('sre', Focal.Role.CHAIR), ('dfait', Focal.Role.CHAIR)]
    at_2004 = jmc.dup_members_at(Focal.Date.new_from_string('2004-10-15'))
    assert [(m.props.actor_id, m.props.role) for m in at_2004] == [
        ('dfait', Focal.Role.CHAIR), ('sre', Focal.Role.MEMBER)]
    assert len(jmc.dup_members_at(None)) == 3
    # The memberships outlive the forum's hold on them.
    del jmc
    assert at_2004[1].props.actor_id == 'sre'


def test_remove_member():
    jmc = make_jmc()
    changes = []
    members = jmc.get_members()
    members.connect('items-changed', lambda m, pos, rem, add: changes.append((pos, rem, add)))
    assert jmc.remove_member('sre') is True
    assert changes == [(0, 3, 1)]
    assert [m.props.actor_id for m in members] == ['dfait']
    assert jmc.remove_member('sre') is False
    assert len(changes) == 1


def test_validate_in_graph():
    graph = Focal.Graph.new()
    for actor_id in ('sre', 'dfait'):
        graph.add(Focal.Actor.new(actor_id, Focal.ActorKind.MINISTRY))
    graph.add(Focal.Issue.new('ftaa', Focal.IssueArea.ECONOMIC))

    jmc = make_jmc()
    assert graph.add(jmc)
    assert graph.lookup('jmc') is jmc

    bad = Focal.Forum.new('nafta-commission', Focal.ForumKind.OTHER)
    bad.add_member(membership('sre', Focal.Role.MEMBER))
    bad.add_member(membership('ustr', Focal.Role.MEMBER))
    with pytest.raises(GLib.Error) as info:
        graph.add(bad)
    assert info.value.matches(Focal.error_quark(), Focal.Error.UNKNOWN_ID)
    assert 'member 1' in info.value.message
    assert '"ustr"' in info.value.message

    wrong = Focal.Forum.new('ftaa-talks', Focal.ForumKind.OTHER)
    wrong.add_member(membership('ftaa', Focal.Role.MEMBER))
    with pytest.raises(GLib.Error) as info:
        wrong.validate(graph)
    assert info.value.code == int(Focal.Error.WRONG_KIND)
