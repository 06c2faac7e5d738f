# test_agreement.py
#
# SPDX-FileCopyrightText: 2026 The libfocal developers
# SPDX-License-Identifier: LGPL-2.1-or-later

import pytest

from gi.repository import Focal, GLib


def date(text):
    return Focal.Date.new_from_string(text)


def test_construct():
    nafta = Focal.Agreement.new("nafta", Focal.AgreementKind.TRADE_AGREEMENT)
    assert nafta.props.id == "nafta"
    assert nafta.props.kind_name == "agreement"
    assert nafta.props.kind == Focal.AgreementKind.TRADE_AGREEMENT
    assert nafta.props.status == Focal.AgreementStatus.UNKNOWN
    assert len(nafta.get_parties()) == 0
    assert nafta.get_step_date(Focal.AgreementStatus.SIGNED) is None


def test_kind_and_status_notify():
    agreement = Focal.Agreement(id="ftaa", kind=Focal.AgreementKind.TRADE_AGREEMENT)
    seen = []
    agreement.connect("notify", lambda obj, pspec: seen.append(pspec.name))
    agreement.props.status = Focal.AgreementStatus.NEGOTIATING
    agreement.set_status(Focal.AgreementStatus.NEGOTIATING)
    agreement.props.kind = Focal.AgreementKind.DECLARATION
    agreement.set_status(Focal.AgreementStatus.STALLED)
    assert seen == ["status", "kind", "status"]
    assert agreement.props.status.value_nick == "stalled"


def test_step_dates_signal():
    nafta = Focal.Agreement.new("nafta", Focal.AgreementKind.TRADE_AGREEMENT)
    seen = []
    nafta.connect("step-date-changed",
                  lambda obj, step: seen.append((step, obj.get_step_date(step))))

    nafta.set_step_date(Focal.AgreementStatus.SIGNED, date("1992-12-17"))
    nafta.set_step_date(Focal.AgreementStatus.SIGNED, date("1992-12-17"))
    nafta.set_step_date(Focal.AgreementStatus.IN_FORCE, date("1994-01-01"))
    nafta.set_step_date(Focal.AgreementStatus.SIGNED, None)

    assert [step for step, _ in seen] == [Focal.AgreementStatus.SIGNED,
                                         Focal.AgreementStatus.IN_FORCE,
                                         Focal.AgreementStatus.SIGNED]
    assert seen[0][1].to_string() == "1992-12-17"
    assert seen[2][1] is None
    assert nafta.get_step_date(Focal.AgreementStatus.IN_FORCE).to_string() == "1994-01-01"


def test_step_order():
    nafta = Focal.Agreement.new("nafta", Focal.AgreementKind.TRADE_AGREEMENT)
    nafta.set_step_date(Focal.AgreementStatus.SIGNED, date("1992-12-17"))
    nafta.set_step_date(Focal.AgreementStatus.IN_FORCE, date("1994-01-01"))
    assert nafta.validate(None)

    nafta.set_step_date(Focal.AgreementStatus.PROPOSED, date("1995"))
    with pytest.raises(GLib.Error) as info:
        nafta.validate(None)
    assert info.value.matches(Focal.error_quark(), Focal.Error.INCONSISTENT)
    assert '"nafta"' in info.value.message
    assert "proposed date 1995" in info.value.message


def test_parties():
    nafta = Focal.Agreement.new("nafta", Focal.AgreementKind.TRADE_AGREEMENT)
    nafta.add_party(Focal.Membership.new("mexico", Focal.Role.SIGNATORY))
    nafta.add_party(Focal.Membership.new("canada", Focal.Role.PARTY))
    nafta.add_party(Focal.Membership.new("mexico", Focal.Role.PARTY))

    parties = nafta.props.parties
    assert len(parties) == 3
    assert [p.get_actor_id() for p in parties] == ["mexico", "canada", "mexico"]
    assert nafta.find_party("mexico").props.role == Focal.Role.SIGNATORY
    assert nafta.find_party("chile") is None
    assert nafta.dup_references() == ["mexico", "canada"]

    changes = []
    parties.connect("items-changed", lambda *args: changes.append(args[1:]))
    assert nafta.remove_party("mexico")
    assert not nafta.remove_party("mexico")
    assert len(changes) == 1
    assert [p.get_actor_id() for p in parties] == ["canada"]


def test_parties_in_graph():
    graph = Focal.Graph.new()
    graph.add(Focal.Actor.new("mexico", Focal.ActorKind.STATE))
    graph.add(Focal.Forum.new("jmc", Focal.ForumKind.JOINT_COMMITTEE))

    nafta = Focal.Agreement.new("nafta", Focal.AgreementKind.TRADE_AGREEMENT)
    nafta.add_party(Focal.Membership.new("mexico", Focal.Role.PARTY))
    nafta.add_party(Focal.Membership.new("usa", Focal.Role.PARTY))
    with pytest.raises(GLib.Error) as info:
        graph.add(nafta)
    assert info.value.code == Focal.Error.UNKNOWN_ID
    assert '"usa"' in info.value.message

    nafta.remove_party("usa")
    nafta.add_party(Focal.Membership.new("jmc", Focal.Role.PARTY))
    with pytest.raises(GLib.Error) as info:
        nafta.validate(graph)
    assert info.value.code == Focal.Error.WRONG_KIND
    assert info.value.message == 'agreement "nafta": party "jmc" is a forum, not an actor'

    nafta.remove_party("jmc")
    assert graph.add(nafta)
