# test_link.py
#
# SPDX-FileCopyrightText: 2026 The libfocal developers
# SPDX-License-Identifier: LGPL-2.1-or-later

from gi.repository import Focal, GLib


def date(text):
    return Focal.Date.new_from_string(text)


def test_construct():
    link = Focal.Link.new("mexico", Focal.LinkKind.PARTY_TO, "nafta")
    assert link.props.source_id == "mexico"
    assert link.props.target_id == "nafta"
    assert link.props.kind == Focal.LinkKind.PARTY_TO
    assert link.props.kind.value_nick == "party-to"
    assert link.props.period is None
    assert link.props.weight == 1.0
    assert link.props.description is None
    assert len(link.get_citations()) == 0


def test_construct_with_properties():
    link = Focal.Link(source_id="calgary", target_id="quebec-city",
                      kind=Focal.LinkKind.PARTNERS_WITH, weight=2.0,
                      description="sister cities")
    assert link.get_source_id() == "calgary"
    assert link.get_kind() == Focal.LinkKind.PARTNERS_WITH
    assert link.get_weight() == 2.0
    assert link.get_description() == "sister cities"


def test_default_kind():
    link = Focal.Link(source_id="a", target_id="b")
    assert link.props.kind == Focal.LinkKind.MEMBER_OF


def test_symmetric_and_other_end():
    assert Focal.LinkKind.is_symmetric(Focal.LinkKind.DISPUTES_WITH)
    assert Focal.LinkKind.is_symmetric(Focal.LinkKind.COOPERATES_WITH)
    assert not Focal.LinkKind.is_symmetric(Focal.LinkKind.MEMBER_OF)

    link = Focal.Link.new("canada", Focal.LinkKind.DISPUTES_WITH, "mexico")
    assert link.get_other_end("canada") == "mexico"
    assert link.get_other_end("mexico") == "canada"
    assert link.get_other_end("usa") is None


def test_weight_notify():
    link = Focal.Link.new("a", Focal.LinkKind.HOSTS, "b")
    seen = []
    link.connect("notify::weight", lambda obj, pspec: seen.append(obj.props.weight))
    link.props.weight = 3.5
    link.set_weight(3.5)
    link.set_weight(0.0)
    assert seen == [3.5, 0.0]


def test_period_and_validity():
    link = Focal.Link.new("mexico", Focal.LinkKind.MEMBER_OF, "apec")
    assert link.is_valid_at(date("1990"))
    assert link.is_valid_at(None)

    notified = []
    link.connect("notify::period", lambda *args: notified.append(True))
    link.props.period = date("1993/2000")
    link.set_period(date("1993/2000"))
    assert len(notified) == 1
    assert link.props.period.to_string() == "1993/2000"

    assert link.is_valid_at(date("1995-06-01"))
    assert link.is_valid_at(date("1999/2004"))
    assert not link.is_valid_at(date("1990"))
    assert not link.is_valid_at(date("2001-01"))
    assert link.is_valid_at(None)

    link.set_period(None)
    assert link.props.period is None
    assert link.is_valid_at(date("1990"))


def test_attributes():
    link = Focal.Link.new("mexico", Focal.LinkKind.PARTY_TO, "nafta")
    changed = []
    link.connect("attribute-changed", lambda obj, key: changed.append(key))

    assert link.dup_attribute_keys() == []
    assert link.get_attribute("role") is None

    link.set_attribute("role", "founding party")
    link.set_attribute("chapter", "19")
    link.set_attribute("article", "1904")
    link.set_attribute("role", "founding party")
    assert changed == ["role", "chapter", "article"]
    assert link.get_attribute("role") == "founding party"
    assert link.dup_attribute_keys() == ["article", "chapter", "role"]

    link.set_attribute("chapter", None)
    link.set_attribute("chapter", None)
    assert changed == ["role", "chapter", "article", "chapter"]
    assert link.get_attribute("chapter") is None
    assert link.dup_attribute_keys() == ["article", "role"]


def test_citations():
    link = Focal.Link.new("canada", Focal.LinkKind.MEMBER_OF, "oas")
    link.add_citation(Focal.Citation.new("focal-2000"))
    link.add_citation(Focal.Citation.new("dfait-1999"))
    citations = link.props.citations
    assert len(citations) == 2
    assert [c.get_source_id() for c in citations] == ["focal-2000", "dfait-1999"]
