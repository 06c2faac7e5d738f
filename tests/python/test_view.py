# test_view.py: filtered views of a FocalGraph from Python, on a
# Canada-Mexico slice of the founding paper
#
# SPDX-FileCopyrightText: 2026 The libfocal developers
# SPDX-License-Identifier: LGPL-2.1-or-later

import pytest
from gi.repository import Focal


def date(text):
    return Focal.Date.new_from_string(text)


def actor(graph, ident, kind, country=None, valid=None, tag=None):
    a = Focal.Actor.new(ident, kind)
    if country:
        a.set_country(country)
    if valid:
        a.props.valid = date(valid)
    if tag:
        a.add_tag(tag)
    graph.add(a)
    return a


def link(graph, source, kind, target, period=None):
    lk = Focal.Link.new(source, kind, target)
    if period:
        lk.props.period = date(period)
    graph.add_link(lk)
    return lk


def ids(model):
    return [e.props.id for e in model]


def ends(model):
    return [f"{lk.props.source_id}>{lk.props.target_id}" for lk in model]


@pytest.fixture
def graph():
    K = Focal.ActorKind
    L = Focal.LinkKind
    g = Focal.Graph.new()
    actor(g, "canada", K.STATE, "CA")
    actor(g, "mexico", K.STATE, "MX")
    actor(g, "dfait", K.MINISTRY, "CA", tag="foreign-affairs")
    actor(g, "sre", K.MINISTRY, "MX", tag="foreign-affairs")
    actor(g, "elections-canada", K.AGENCY, "CA", tag="electoral")
    actor(g, "ife", K.AGENCY, "MX", valid="1990/2014", tag="electoral")
    actor(g, "alberta", K.SUBNATIONAL_GOVERNMENT, "CA-AB")
    actor(g, "jalisco", K.SUBNATIONAL_GOVERNMENT, "MX-JAL")
    actor(g, "edmonton", K.MUNICIPALITY, "CA-AB")
    actor(g, "axworthy", K.PERSON, "CA")
    actor(g, "green", K.PERSON, "MX")
    actor(g, "oas", K.INTERNATIONAL_ORGANIZATION)
    g.add(Focal.Agreement.new("nafta", Focal.AgreementKind.TRADE_AGREEMENT))
    jmc = Focal.Forum.new("jmc", Focal.ForumKind.JOINT_COMMITTEE)
    jmc.add_tag("bilateral")
    g.add(jmc)
    link(g, "dfait", L.PART_OF, "canada")
    link(g, "sre", L.PART_OF, "mexico")
    link(g, "elections-canada", L.PART_OF, "canada")
    link(g, "ife", L.PART_OF, "mexico")
    link(g, "axworthy", L.LEADS, "dfait", "1996/2000")
    link(g, "green", L.LEADS, "sre", "1998/2000")
    link(g, "axworthy", L.COOPERATES_WITH, "green", "1998/2000")
    link(g, "elections-canada", L.COOPERATES_WITH, "ife", "1996/..")
    link(g, "alberta", L.PARTNERS_WITH, "jalisco", "1999/..")
    link(g, "canada", L.PARTY_TO, "nafta", "1994/..")
    link(g, "mexico", L.PARTY_TO, "nafta", "1994/..")
    link(g, "dfait", L.MEMBER_OF, "jmc")
    link(g, "edmonton", L.PART_OF, "alberta")
    return g


def test_whole_graph(graph):
    view = Focal.View.new(graph)
    entities = view.dup_entities()
    assert view.props.graph == graph
    assert view.props.parent is None
    assert len(entities) == 14
    assert ids(entities)[0] == "canada"
    # Graph order: actors, then agreements, then forums.
    assert ids(entities)[-2:] == ["nafta", "jmc"]
    assert all(isinstance(e, Focal.Entity) for e in entities)
    links = view.dup_links()
    assert len(links) == 13
    assert list(links) == list(graph.get_links())
    assert all(view.contains(e) for e in entities)
    assert all(view.contains_link(lk) for lk in links)


def test_constructed_by_properties(graph):
    view = Focal.View(graph=graph)
    assert view.get_graph() == graph
    assert len(view.dup_entities()) == 14


def test_at_a_date(graph):
    view = Focal.View.new(graph)
    in_1995 = view.at(date("1995"))
    assert in_1995.props.parent == view
    assert len(in_1995.dup_entities()) == 14
    assert ends(in_1995.dup_links()) == [
        "dfait>canada", "sre>mexico", "elections-canada>canada", "ife>mexico",
        "canada>nafta", "mexico>nafta", "dfait>jmc", "edmonton>alberta"]
    # The IFE ended in 2014; so did its links, whatever their period.
    in_2016 = view.at(date("2016"))
    assert "ife" not in ids(in_2016.dup_entities())
    assert "elections-canada>ife" not in ends(in_2016.dup_links())
    assert not in_2016.contains(graph.lookup("ife"))
    assert len(view.at(date("1997/1998")).dup_links()) == 12


def test_link_kinds(graph):
    view = Focal.View.new(graph)
    coop = view.with_link_kinds([Focal.LinkKind.COOPERATES_WITH])
    assert ends(coop.dup_links()) == ["axworthy>green", "elections-canada>ife"]
    assert len(coop.dup_entities()) == 14
    parts = view.with_link_kinds([Focal.LinkKind.PART_OF, Focal.LinkKind.MEMBER_OF])
    assert len(parts.dup_links()) == 6
    assert len(view.with_link_kinds([Focal.LinkKind.ANY]).dup_links()) == 13
    assert len(view.with_link_kinds([]).dup_links()) == 0


def test_actor_kinds_and_levels(graph):
    view = Focal.View.new(graph)
    ministries = view.with_actor_kinds([Focal.ActorKind.MINISTRY])
    assert ids(ministries.dup_entities()) == ["dfait", "sre", "nafta", "jmc"]
    assert ends(ministries.dup_links()) == ["dfait>jmc"]
    local = view.with_levels([Focal.Level.SUBNATIONAL, Focal.Level.MUNICIPAL])
    assert ids(local.dup_entities()) == ["alberta", "jalisco", "edmonton", "nafta", "jmc"]
    assert ends(local.dup_links()) == ["alberta>jalisco", "edmonton>alberta"]
    people = view.with_levels([Focal.Level.PERSONAL])
    assert ends(people.dup_links()) == ["axworthy>green"]


def test_countries(graph):
    view = Focal.View.new(graph)
    canada = view.with_countries(["CA"])
    # "CA" takes in CA-AB; non-actors pass; the OAS has no country.
    assert ids(canada.dup_entities()) == [
        "canada", "dfait", "elections-canada", "alberta", "edmonton", "axworthy",
        "nafta", "jmc"]
    assert ids(view.with_countries(["CA-AB"]).dup_entities()) == [
        "alberta", "edmonton", "nafta", "jmc"]
    assert ids(view.with_countries(["C"]).dup_entities()) == ["nafta", "jmc"]
    north = view.with_countries(["CA", "MX"])
    assert not north.contains(graph.lookup("oas"))
    assert len(north.dup_entities()) == 13


def test_tags(graph):
    view = Focal.View.new(graph)
    assert ids(view.with_tags(["foreign-affairs"]).dup_entities()) == ["dfait", "sre"]
    tagged = view.with_tags(["bilateral", "electoral"])
    assert ids(tagged.dup_entities()) == ["elections-canada", "ife", "jmc"]
    assert ends(tagged.dup_links()) == ["elections-canada>ife"]
    assert len(view.with_tags([]).dup_entities()) == 0


def test_views_compose(graph):
    base = Focal.View.new(graph)
    narrow = (base.at(date("1999"))
              .with_countries(["CA", "MX"])
              .with_link_kinds([Focal.LinkKind.COOPERATES_WITH]))
    assert ends(narrow.dup_links()) == ["axworthy>green", "elections-canada>ife"]
    chain = []
    v = narrow
    while v is not None:
        chain.append(v)
        v = v.props.parent
    assert len(chain) == 4 and chain[-1] == base
    assert all(v.props.graph == graph for v in chain)
    # Narrowing further never widens.
    assert ends(narrow.at(date("2016")).dup_links()) == []


def test_contains_checks_the_graph(graph):
    view = Focal.View.new(graph)
    assert not view.contains(Focal.Actor.new("canada", Focal.ActorKind.STATE))
    assert not view.contains_link(Focal.Link.new("dfait", Focal.LinkKind.PART_OF, "canada"))
    held = graph.get_links()[0]
    assert view.contains_link(held)
    assert not view.with_countries(["MX"]).contains_link(held)


def test_view_is_live(graph):
    view = Focal.View.new(graph).with_countries(["CA"])
    before = len(view.dup_entities())
    actor(graph, "pearson-centre", Focal.ActorKind.RESEARCH_CENTRE, "CA")
    assert len(view.dup_entities()) == before + 1
    assert ids(view.dup_entities())[6] == "pearson-centre"
