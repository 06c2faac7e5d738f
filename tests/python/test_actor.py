# test_actor.py
#
# SPDX-FileCopyrightText: 2026 The libfocal developers
# SPDX-License-Identifier: LGPL-2.1-or-later

import pytest

from gi.repository import Focal, GLib


def test_new():
    ife = Focal.Actor.new('ife', Focal.ActorKind.AGENCY)
    assert ife.props.id == 'ife'
    assert ife.get_kind_name() == 'actor'
    assert ife.props.kind == Focal.ActorKind.AGENCY
    assert ife.props.kind.value_nick == 'agency'
    assert ife.props.country is None
    assert ife.props.parent_id is None
    assert ife.props.level == Focal.Level.FEDERAL
    assert ife.props.level_is_derived is True
    assert isinstance(ife, Focal.Entity)


def test_new_with_keywords():
    unit = Focal.Actor(id='sre-na', kind=Focal.ActorKind.UNIT,
                       country='MX', parent_id='sre')
    assert unit.get_id() == 'sre-na'
    assert unit.get_kind() == Focal.ActorKind.UNIT
    assert unit.props.country == 'MX'
    assert unit.props.parent_id == 'sre'
    assert unit.get_level() == Focal.Level.FEDERAL


def test_default_kind():
    actor = Focal.Actor(id='someone')
    assert actor.props.kind == Focal.ActorKind.OTHER
    assert actor.props.level == Focal.Level.UNKNOWN


def test_kind_notify():
    actor = Focal.Actor.new('a', Focal.ActorKind.MINISTRY)
    seen = []
    actor.connect('notify::kind', lambda obj, pspec: seen.append('kind'))
    actor.connect('notify::level', lambda obj, pspec: seen.append('level'))

    actor.props.kind = Focal.ActorKind.AGENCY
    assert seen == ['kind']
    actor.props.kind = Focal.ActorKind.AGENCY
    assert seen == ['kind']
    actor.set_kind(Focal.ActorKind.PERSON)
    assert sorted(seen) == ['kind', 'kind', 'level']
    assert actor.props.level == Focal.Level.PERSONAL


def test_country():
    actor = Focal.Actor.new('quebec-mrif', Focal.ActorKind.MINISTRY)
    seen = []
    actor.connect('notify::country', lambda obj, pspec: seen.append(obj.props.country))

    assert actor.set_country('CA') is True
    assert actor.props.country == 'CA'
    assert actor.props.level == Focal.Level.FEDERAL

    actor.props.country = 'CA-QC'
    assert actor.get_country() == 'CA-QC'
    assert actor.props.level == Focal.Level.SUBNATIONAL

    actor.set_country(None)
    assert actor.props.country is None
    assert seen == ['CA', 'CA-QC', None]


@pytest.mark.parametrize('code', ['mx', 'Mexico', 'MEX', 'CA-', 'CA-QCXX', ''])
def test_invalid_country(code):
    actor = Focal.Actor.new('ife', Focal.ActorKind.AGENCY)
    actor.set_country('MX')
    with pytest.raises(GLib.Error) as info:
        actor.set_country(code)
    e = info.value
    assert e.matches(Focal.error_quark(), Focal.Error.INVALID_VALUE)
    assert e.code == int(Focal.Error.INVALID_VALUE)
    assert '"ife"' in e.message
    assert f'"{code}"' in e.message
    assert actor.props.country == 'MX'


def test_country_code_is_valid():
    assert Focal.country_code_is_valid('MX')
    assert Focal.country_code_is_valid('MX-JAL')
    assert Focal.country_code_is_valid('CA-QC')
    assert not Focal.country_code_is_valid('mx')
    assert not Focal.country_code_is_valid('CAN')
    assert not Focal.country_code_is_valid(None)


@pytest.mark.parametrize('kind, level', [
    (Focal.ActorKind.PERSON, Focal.Level.PERSONAL),
    (Focal.ActorKind.MUNICIPALITY, Focal.Level.MUNICIPAL),
    (Focal.ActorKind.SUBNATIONAL_GOVERNMENT, Focal.Level.SUBNATIONAL),
    (Focal.ActorKind.INTERNATIONAL_ORGANIZATION, Focal.Level.INTERNATIONAL),
    (Focal.ActorKind.NGO, Focal.Level.NON_GOVERNMENTAL),
    (Focal.ActorKind.UNIVERSITY, Focal.Level.NON_GOVERNMENTAL),
    (Focal.ActorKind.STATE, Focal.Level.FEDERAL),
    (Focal.ActorKind.EMBASSY, Focal.Level.FEDERAL),
    (Focal.ActorKind.REPRESENTATION_OFFICE, Focal.Level.UNKNOWN),
    (Focal.ActorKind.GROUP, Focal.Level.UNKNOWN),
])
def test_level_from_kind(kind, level):
    assert Focal.Actor.new('a', kind).props.level == level


def test_level_override():
    actor = Focal.Actor.new('pearson', Focal.ActorKind.RESEARCH_CENTRE)
    seen = []
    actor.connect('notify::level', lambda obj, pspec: seen.append(obj.props.level))
    actor.connect('notify::level-is-derived',
                  lambda obj, pspec: seen.append(obj.props.level_is_derived))

    actor.props.level = Focal.Level.FEDERAL
    assert actor.props.level == Focal.Level.FEDERAL
    assert actor.props.level_is_derived is False
    assert sorted(seen, key=str) == sorted([Focal.Level.FEDERAL, False], key=str)

    actor.set_level(Focal.Level.UNKNOWN)
    assert actor.props.level == Focal.Level.NON_GOVERNMENTAL
    assert actor.get_level_is_derived() is True


def test_level_from_parent_and_references():
    graph = Focal.Graph.new()
    quebec = Focal.Actor.new('quebec', Focal.ActorKind.SUBNATIONAL_GOVERNMENT)
    mrif = Focal.Actor(id='mrif', kind=Focal.ActorKind.MINISTRY, parent_id='quebec')
    graph.add(quebec)
    graph.add(mrif)
    assert mrif.props.level == Focal.Level.SUBNATIONAL
    assert mrif.dup_references() == ['quebec']


def test_unknown_parent():
    graph = Focal.Graph.new()
    ife = Focal.Actor(id='ife', kind=Focal.ActorKind.AGENCY, parent_id='mexico')
    with pytest.raises(GLib.Error) as info:
        graph.add(ife)
    assert info.value.matches(Focal.error_quark(), Focal.Error.UNKNOWN_ID)
    assert '"mexico"' in info.value.message
    assert graph.lookup('ife') is None


def test_cycle():
    graph = Focal.Graph.new()
    a = Focal.Actor.new('a', Focal.ActorKind.OTHER)
    b = Focal.Actor(id='b', parent_id='a')
    graph.add(a)
    graph.add(b)
    a.props.parent_id = 'b'
    with pytest.raises(GLib.Error) as info:
        a.validate(graph)
    assert info.value.matches(Focal.error_quark(), Focal.Error.CYCLE)
    assert 'a -> b -> a' in info.value.message
