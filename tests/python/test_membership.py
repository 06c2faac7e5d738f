# test_membership.py: FocalMembership from Python.
#
# SPDX-FileCopyrightText: 2026 The libfocal developers
# SPDX-License-Identifier: LGPL-2.1-or-later

import pytest

from gi.repository import Focal, GLib  # noqa: F401


def date(text):
    return Focal.Date.new_from_string(text)


def count_notify(obj, prop):
    counts = {"one": 0, "all": 0}

    def one(*args):
        counts["one"] += 1

    def every(*args):
        counts["all"] += 1

    obj.connect(f"notify::{prop}", one)
    obj.connect("notify", every)
    return counts


def test_new():
    membership = Focal.Membership.new("mx-sre", Focal.Role.OBSERVER)
    assert membership.props.actor_id == "mx-sre"
    assert membership.props.role == Focal.Role.OBSERVER
    assert membership.props.role.value_nick == "observer"
    assert membership.props.period is None
    assert len(membership.get_citations()) == 0


def test_keyword_construction_and_defaults():
    membership = Focal.Membership(actor_id="ca-dfait")
    assert membership.get_role() == Focal.Role.MEMBER
    assert membership.get_period() is None

    membership = Focal.Membership(actor_id="ca-dfait", role=Focal.Role.CHAIR,
                                  period=date("1996/2004"))
    assert membership.get_actor_id() == "ca-dfait"
    assert membership.get_role() == Focal.Role.CHAIR
    assert membership.get_period().to_string() == "1996/2004"


def test_role_notify():
    membership = Focal.Membership.new("mx-sre", Focal.Role.MEMBER)
    counts = count_notify(membership, "role")
    membership.set_role(Focal.Role.MEMBER)
    assert counts["one"] == 0
    membership.set_role(Focal.Role.HOST)
    membership.props.role = Focal.Role.HOST
    assert counts == {"one": 1, "all": 1}
    membership.props.role = Focal.Role.PARTY
    assert membership.get_role() == Focal.Role.PARTY
    assert counts == {"one": 2, "all": 2}


def test_period_equal_instance_does_not_notify():
    membership = Focal.Membership.new("mx-sre", Focal.Role.MEMBER)
    counts = count_notify(membership, "period")
    membership.set_period(date("2000/.."))
    membership.props.period = date("2000/..")
    assert counts["one"] == 1
    membership.set_period(None)
    assert counts["one"] == 2


@pytest.mark.parametrize("period,at,valid", [
    ("1996/2004", "2000", True),
    ("1996/2004", "2005", False),
    ("1996/2004", "1990/1996", True),
    ("2000/..", "2050-06-01", True),
    ("2000/..", "1999-12-31", False),
    ("../1995", "1996", False),
])
def test_is_valid_at(period, at, valid):
    membership = Focal.Membership(actor_id="mx-sre", period=date(period))
    assert membership.is_valid_at(date(at)) is valid
    assert membership.is_valid_at(None) is True


def test_valid_without_period():
    membership = Focal.Membership.new("mx-sre", Focal.Role.PARTY)
    assert membership.is_valid_at(date("1800")) is True
    assert membership.is_valid_at(None) is True


def test_citations():
    membership = Focal.Membership.new("mx-sre", Focal.Role.PARTY)
    model = membership.get_citations()
    changes = []
    model.connect("items-changed",
                  lambda m, pos, removed, added: changes.append((pos, removed, added)))
    membership.add_citation(Focal.Citation.new("src-a"))
    membership.add_citation(Focal.Citation.new("src-b"))
    assert changes == [(0, 0, 1), (1, 0, 1)]
    assert len(model) == 2
    assert [c.get_source_id() for c in model] == ["src-a", "src-b"]
