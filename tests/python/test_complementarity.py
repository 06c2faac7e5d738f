# test_complementarity.py: offers and seeks paired by
# View.dup_complementarities() from Python, on a hand graph and on the
# Canada-Mexico dataset
#
# SPDX-FileCopyrightText: 2026 The libfocal developers
# SPDX-License-Identifier: LGPL-2.1-or-later

import os
import pathlib

import pytest
from gi.repository import Focal, GLib, GObject, Gio

SRCDIR = pathlib.Path(os.environ.get("G_TEST_SRCDIR", pathlib.Path(__file__).parent.parent))
DATASET = SRCDIR.parent / "examples" / "data" / "canada-mexico-2004.json"


def actor(graph, ident, kind, country=None, parent=None):
    a = Focal.Actor.new(ident, kind)
    if country:
        a.set_country(country)
    a.props.parent_id = parent
    graph.add(a)


def fact(graph, source, kind, issue, capacity, period=None):
    link = Focal.Link.new(source, kind, issue)
    if capacity is not None:
        link.set_attribute("capacity", capacity)
    if period:
        link.props.period = Focal.Date.new_from_string(period)
    graph.add_link(link)
    return link


@pytest.fixture
def graph():
    """ca <- ca-gov <- ca-agency, mx <- mx-agency, us; issues i1 i2 i3."""
    g = Focal.Graph.new()
    actor(g, "ca", Focal.ActorKind.STATE, "CA")
    actor(g, "ca-gov", Focal.ActorKind.FEDERAL_GOVERNMENT, "CA", "ca")
    actor(g, "ca-agency", Focal.ActorKind.AGENCY, "CA", "ca-gov")
    actor(g, "mx", Focal.ActorKind.STATE, "MX")
    actor(g, "mx-agency", Focal.ActorKind.AGENCY, "MX", "mx")
    actor(g, "us", Focal.ActorKind.STATE, "US")
    for ident in ("i1", "i2", "i3"):
        g.add(Focal.Issue.new(ident, Focal.IssueArea.POLITICAL))
    offers, seeks = Focal.LinkKind.OFFERS, Focal.LinkKind.SEEKS
    fact(g, "ca-agency", offers, "i1", "expertise")
    fact(g, "us", offers, "i1", "expertise")
    fact(g, "ca", offers, "i1", "funding")
    fact(g, "mx-agency", offers, "i2", "access", "2000/..")
    fact(g, "mx", seeks, "i1", "expertise")
    fact(g, "ca-gov", seeks, "i2", "access")
    fact(g, "mx", seeks, "i3", "capacity")
    return g


def rows(model):
    return [(c.props.issue_id, c.props.provider, c.props.provider_side, c.props.seeker,
             c.props.capacity.value_nick, c.props.matched, len(c.props.links)) for c in model]


def test_pairs(graph):
    view = Focal.View.new(graph)
    found = view.dup_complementarities("ca", "mx")
    assert rows(found) == [
        ("i1", "ca-agency", "ca", "mx", "expertise", True, 2),
        ("i1", "ca", "ca", None, "funding", False, 1),
        ("i2", "mx-agency", "mx", "ca-gov", "access", True, 2),
    ]
    assert rows(view.dup_complementarities("mx", "ca")) == rows(found)
    first = found[0]
    assert isinstance(first, Focal.Complementarity)
    assert [lk.props.kind for lk in first.props.links] == [Focal.LinkKind.OFFERS,
                                                          Focal.LinkKind.SEEKS]
    assert first.get_links()[1].props.source_id == "mx"


def test_views(graph):
    view = Focal.View.new(graph)
    then = view.at(Focal.Date.new_from_string("1995"))
    assert [r[1] for r in rows(then.dup_complementarities("ca", "mx"))] == ["ca-agency", "ca"]
    offers_only = view.with_link_kinds([Focal.LinkKind.OFFERS])
    assert not any(c.props.matched for c in offers_only.dup_complementarities("ca", "mx"))


def test_read_only(graph):
    found = Focal.View.new(graph).dup_complementarities("ca", "mx")
    for name in ("issue-id", "provider", "provider-side", "seeker", "capacity", "matched",
                 "links"):
        pspec = Focal.Complementarity.find_property(name)
        assert pspec.flags & GObject.ParamFlags.READABLE
        assert not pspec.flags & GObject.ParamFlags.WRITABLE
    with pytest.raises(TypeError):
        found[0].props.seeker = "somebody"


def test_new_kinds():
    assert Focal.LinkKind.OFFERS.value_nick == "offers"
    assert Focal.LinkKind.SEEKS.value_nick == "seeks"
    assert not Focal.LinkKind.is_symmetric(Focal.LinkKind.OFFERS)
    assert [Focal.Capacity(i).value_nick for i in range(4)] == [
        "expertise", "access", "capacity", "funding"]


def test_offers_go_from_actor_to_issue(graph):
    with pytest.raises(GLib.Error) as info:
        graph.add_link(Focal.Link.new("i1", Focal.LinkKind.OFFERS, "mx"))
    assert info.value.matches(Focal.error_quark(), Focal.Error.WRONG_KIND)


@pytest.mark.parametrize("a,b,code,needle", [
    ("ca", "atlantis", Focal.Error.UNKNOWN_ID, "atlantis"),
    ("i1", "mx", Focal.Error.WRONG_KIND, "i1"),
    ("mx", "mx", Focal.Error.INVALID_VALUE, '"mx"'),
    ("ca", "ca-agency", Focal.Error.INVALID_VALUE, "ca-agency"),
])
def test_errors(graph, a, b, code, needle):
    with pytest.raises(GLib.Error) as info:
        Focal.View.new(graph).dup_complementarities(a, b)
    assert info.value.matches(Focal.error_quark(), code)
    assert needle in info.value.message


def test_not_in_view(graph):
    view = Focal.View.new(graph).with_countries(["CA"])
    with pytest.raises(GLib.Error) as info:
        view.dup_complementarities("ca", "mx")
    assert info.value.code == Focal.Error.UNKNOWN_ID
    assert "not in the view" in info.value.message


def test_bad_capacity(graph):
    view = Focal.View.new(graph)
    link = fact(graph, "mx-agency", Focal.LinkKind.SEEKS, "i3", None)
    with pytest.raises(GLib.Error) as info:
        view.dup_complementarities("ca", "mx")
    assert info.value.matches(Focal.error_quark(), Focal.Error.MISSING_FIELD)
    assert "mx-agency" in info.value.message
    link.set_attribute("capacity", "money")
    with pytest.raises(GLib.Error) as info:
        view.dup_complementarities("ca", "mx")
    assert info.value.matches(Focal.error_quark(), Focal.Error.INVALID_VALUE)
    assert '"money"' in info.value.message


def test_dataset():
    document = Focal.Document.new()
    document.load_from_file(Gio.File.new_for_path(str(DATASET)), Focal.LoadFlags.NONE, None)
    view = Focal.View.new(document.props.graph)
    found = {(c.props.issue_id, c.props.provider, c.props.capacity.value_nick): c
             for c in view.dup_complementarities("canada", "mexico")}
    democracy = found[("democratic-institutions", "canada", "expertise")]
    assert democracy.props.seeker == "mexico"
    access = found[("latin-america-relations", "mexico", "access")]
    assert (access.props.provider_side, access.props.seeker) == ("mexico", "canada")
    cida = found[("mexico-development-support", "cida", "funding")]
    assert cida.props.matched and cida.props.provider_side == "canada"
    assert not found[("electoral-assistance", "elections-canada", "expertise")].props.matched
    for c in found.values():
        for link in c.props.links:
            assert len(link.get_citations()) > 0
            assert link.get_citations()[0].props.source_id == "focal-2004"
