# test_entity.py: the FocalEntity base as Python sees it
#
# SPDX-FileCopyrightText: 2026 The libfocal developers
# SPDX-License-Identifier: LGPL-2.1-or-later

from gi.repository import Focal


def test_id_kind_name_and_graph():
    ife = Focal.Actor.new("ife", Focal.ActorKind.AGENCY)
    assert ife.props.id == "ife"
    assert ife.get_id() == "ife"
    assert ife.props.kind_name == "actor"
    assert Focal.Issue.new("ftaa", Focal.IssueArea.ECONOMIC).props.kind_name == "issue"
    assert ife.props.graph is None
    assert isinstance(ife, Focal.Entity)


def test_keyword_construction_and_notify():
    sre = Focal.Actor(id="sre", kind=Focal.ActorKind.MINISTRY, name="SRE")
    assert sre.props.name == "SRE"
    seen = []
    sre.connect("notify::name", lambda obj, pspec: seen.append(obj.props.name))
    sre.props.name = "Secretaría de Relaciones Exteriores"
    sre.props.name = "Secretaría de Relaciones Exteriores"
    sre.set_name(None)
    assert seen == ["Secretaría de Relaciones Exteriores", None]


def test_tags():
    ec = Focal.Actor.new("elections-canada", Focal.ActorKind.AGENCY)
    assert ec.get_tags() == []
    assert ec.add_tag("elections")
    assert not ec.add_tag("elections")
    assert ec.add_tag("governance")
    assert ec.props.tags == ["elections", "governance"]
    assert ec.has_tag("governance")
    assert ec.remove_tag("elections")
    ec.props.tags = ["democracy", "democracy", ""]
    assert ec.get_tags() == ["democracy"]


def test_valid_interval():
    group = Focal.Forum.new("policy-planning-group", Focal.ForumKind.POLICY_DIALOGUE)
    group.props.valid = Focal.Date.new_from_string("1996/..")
    assert group.props.valid.to_string() == "1996/.."
    assert not group.is_valid_at(Focal.Date.new(1990, 0, 0))
    assert group.is_valid_at(Focal.Date.new(2003, 0, 0))
    assert group.is_valid_at(None)


def test_citations_and_indicators_are_list_models():
    embassy = Focal.Actor.new("canadian-embassy-mexico", Focal.ActorKind.EMBASSY)
    citation = Focal.Citation.new("focal-2004")
    citation.props.section = "The infrastructure of the relationship"
    embassy.add_citation(citation)
    embassy.add_indicator(Focal.Indicator.new("staff", 100))
    diplomats = Focal.Indicator.new("staff-canadian-diplomats", 30)
    diplomats.props.part_of = "staff"
    embassy.add_indicator(diplomats)

    assert len(embassy.props.citations) == 1
    assert [i.props.name for i in embassy.get_indicators()] == ["staff", "staff-canadian-diplomats"]
    assert embassy.find_indicator("staff-canadian-diplomats").props.value == 30
    assert embassy.find_indicator("consulates") is None


def test_references():
    position = Focal.Position.new("mx-ftaa", "mexico", "ftaa")
    assert sorted(position.dup_references()) == ["ftaa", "mexico"]
    assert Focal.Actor.new("canada", Focal.ActorKind.STATE).dup_references() == []
