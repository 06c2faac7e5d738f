# test_dataset.py: checks examples/data/canada-mexico-2004.json against facts
# transcribed from the founding paper independently of the dataset.
#
# The facts below were copied from FOCAL policy paper FPP-04-8 (Abizaid
# Bucio, October 2004) by someone other than the dataset's author. The test
# finds things by what they are (kind, names, dates, relations), not by the
# dataset's ids, so it checks content rather than spelling.
#
# SPDX-FileCopyrightText: 2026 The libfocal developers
# SPDX-License-Identifier: LGPL-2.1-or-later

import os
import pathlib

import pytest
from gi.repository import Focal, Gio

SRCDIR = pathlib.Path(os.environ.get("G_TEST_SRCDIR", pathlib.Path(__file__).parent.parent))
DATASET = SRCDIR.parent / "examples" / "data" / "canada-mexico-2004.json"


@pytest.fixture(scope="module")
def graph():
    document = Focal.Document.new()
    document.load_from_file(Gio.File.new_for_path(str(DATASET)), Focal.LoadFlags.NONE, None)
    assert len(document.get_problems()) == 0
    return document.props.graph


def text(entity):
    return f"{entity.props.id} {entity.props.name or ''}".lower()


def find(model, *needles, kind=None):
    """The entities of model whose id or name contains every needle."""
    found = [e for e in model
             if all(n.lower() in text(e) for n in needles)
             and (kind is None or e.props.kind == kind)]
    return found


def one(model, *needles, kind=None):
    found = find(model, *needles, kind=kind)
    assert found, f"nothing matches {needles}"
    return found[0]


def date(entity_date):
    return entity_date.to_string() if entity_date is not None else None


def aggregates(graph, count, period):
    return [e for e in graph.get_events()
            if e.props.aggregate and e.props.count == count and date(e.props.date) == period]


def test_jmc_founded_1968(graph):
    jmc = one(graph.get_forums(), "joint ministerial", kind=Focal.ForumKind.JOINT_COMMITTEE)
    assert date(jmc.props.founded) == "1968"


def test_jmc_met_13_times_5_of_them_1989_1999(graph):
    jmc = one(graph.get_forums(), "joint ministerial")
    [total] = aggregates(graph, 13, "1968/1999")
    assert total.props.count_qualifier == Focal.Qualifier.EXACT
    assert total.props.forum_id == jmc.props.id
    [late] = aggregates(graph, 5, "1989/1999")
    assert late.props.parent_id == total.props.id
    assert late.props.count_qualifier == Focal.Qualifier.EXACT


def test_leaders_encounters(graph):
    [early] = aggregates(graph, 8, "1959/1989")
    assert early.props.count_qualifier == Focal.Qualifier.EXACT
    [recent] = aggregates(graph, 25, "1989/2004")
    # "over 25 times": more than 25, no upper bound.
    assert recent.props.count_qualifier == Focal.Qualifier.MORE_THAN
    assert recent.get_count_bounds() == (26, Focal.COUNT_UNBOUNDED)
    [chretien_fox] = aggregates(graph, 7, "2000/2003")
    assert chretien_fox.props.parent_id == recent.props.id
    participants = [graph.lookup(p) for p in chretien_fox.props.participants]
    names = " ".join(text(p) for p in participants)
    assert "chr" in names and "fox" in names


def indicator(entity, value):
    return [i for i in entity.get_indicators() if i.props.value == value]


def test_canadian_embassy_staff(graph):
    candidates = [a for a in graph.get_actors()
                  if a.props.kind == Focal.ActorKind.EMBASSY and indicator(a, 100)]
    assert candidates, "an embassy with a staff of 100"
    embassy = candidates[0]
    [staff] = indicator(embassy, 100)
    assert staff.props.qualifier == Focal.Qualifier.EXACT
    [diplomats] = indicator(embassy, 30)
    [local] = indicator(embassy, 70)
    assert diplomats.props.part_of == staff.props.name
    assert local.props.part_of == staff.props.name


def test_mexican_embassy_about_50(graph):
    found = [a for a in graph.get_actors()
             if a.props.kind == Focal.ActorKind.EMBASSY
             for i in indicator(a, 50) if i.props.qualifier == Focal.Qualifier.APPROXIMATE]
    assert found, "the Mexican Embassy in Ottawa has approximately 50 staff"


def all_indicators(graph):
    for model in (graph.get_actors(), graph.get_agreements(), graph.get_forums(),
                  graph.get_issues(), graph.get_events()):
        for entity in model:
            for i in entity.get_indicators():
                yield entity, i


def test_economic_figures_are_approximate(graph):
    values = {(i.props.value, i.props.qualifier) for _, i in all_indicators(graph)}
    approximate = Focal.Qualifier.APPROXIMATE
    assert (1400, approximate) in values            # approximately 1,400 Canadian firms
    assert (626e9, approximate) in values           # GDP of approximately US$626 billion
    assert any(v == 12e9 for v, _ in values)        # trade of about US$12 billion
    assert (10, Focal.Qualifier.EXACT) in values    # a network of 10 consulates


def test_electoral_mou_1996(graph):
    mou = [a for a in graph.get_agreements()
           if a.props.kind == Focal.AgreementKind.MEMORANDUM_OF_UNDERSTANDING
           and any(date(a.get_step_date(s)) == "1996"
                   for s in (Focal.AgreementStatus.SIGNED, Focal.AgreementStatus.IN_FORCE))]
    assert mou, "an MOU signed in 1996"
    ec = one(graph.get_actors(), "elections canada")
    ife = one(graph.get_actors(), "ife")
    parties = {p.props.actor_id for p in mou[0].get_parties()}
    party_links = {lk.props.source_id for lk in graph.get_links()
                   if lk.props.kind == Focal.LinkKind.PARTY_TO
                   and lk.props.target_id == mou[0].props.id}
    assert {ec.props.id, ife.props.id} <= parties | party_links


def test_elections_canada_cooperates_with_ife(graph):
    ec = one(graph.get_actors(), "elections canada")
    ife = one(graph.get_actors(), "ife")
    neighbours = graph.dup_neighbors(ec.props.id, Focal.LinkKind.ANY, Focal.Direction.BOTH, None)
    assert ife.props.id in [n.props.id for n in neighbours]


def test_access_to_information_law_modelled_on_canadas(graph):
    modelled = [lk for lk in graph.get_links() if lk.props.kind == Focal.LinkKind.MODELLED_ON]
    laws = {a.props.id: a for a in graph.get_agreements() if a.props.kind == Focal.AgreementKind.LAW}
    pairs = [(laws[lk.props.source_id], laws[lk.props.target_id]) for lk in modelled
             if lk.props.source_id in laws and lk.props.target_id in laws]
    assert pairs, "Mexico's Access to Information Act is modelled on Canada's"
    mexican = pairs[0][0]
    dated = [date(mexican.get_step_date(s)) for s in Focal.AgreementStatus.__enum_values__.values()
             if s != Focal.AgreementStatus.UNKNOWN]
    assert "2003" in dated, "enacted in 2003"


def test_provincial_offices(graph):
    quebec = one(graph.get_actors(), "quebec")
    alberta = one(graph.get_actors(), "alberta")
    starts = {}
    for lk in graph.get_links():
        if lk.props.kind == Focal.LinkKind.REPRESENTED_IN and lk.props.period is not None:
            starts.setdefault(lk.props.source_id, set()).add(lk.props.period.to_string().split("/")[0])
    offices = {a.props.id: a for a in graph.get_actors()
               if a.props.kind == Focal.ActorKind.REPRESENTATION_OFFICE}
    # The office may be the represented actor or a part of the province.
    def opened(province, year):
        ids = {province.props.id} | {o for o, a in offices.items()
                                     if a.props.parent_id == province.props.id}
        return any(year in starts.get(i, ()) for i in ids) or any(
            date(offices[o].props.valid) and date(offices[o].props.valid).startswith(year)
            for o in ids if o in offices)
    assert opened(quebec, "1985")
    assert opened(alberta, "2002")


@pytest.mark.parametrize("a,b", [("edmonton", "guadalajara"), ("gatineau", "quer"),
                                 ("calgary", "zapopan")])
def test_sister_cities(graph, a, b):
    first = one(graph.get_actors(), a, kind=Focal.ActorKind.MUNICIPALITY)
    second = one(graph.get_actors(), b, kind=Focal.ActorKind.MUNICIPALITY)
    neighbours = graph.dup_neighbors(first.props.id, Focal.LinkKind.ANY, Focal.Direction.BOTH, None)
    assert second.props.id in [n.props.id for n in neighbours]


def test_north_american_working_groups(graph):
    expected = {"energy": "2001", "biotechnology": "2002", "steel": "2003"}
    for needle, year in expected.items():
        forum = one(graph.get_forums(), needle)
        assert year in (date(forum.props.founded), date(forum.props.valid)), needle


def test_cadences(graph):
    cadences = {f.props.cadence for f in graph.get_forums()}
    assert "every two years" in cadences
    assert "every six months" in cadences


def test_policy_planning_group_1996(graph):
    group = one(graph.get_forums(), "policy planning")
    assert "1996" in (date(group.props.founded), (date(group.props.valid) or "")[:4])


def test_secofi_succeeded_by_economy(graph):
    secofi = one(graph.get_actors(), "secofi")
    successors = graph.dup_neighbors(secofi.props.id, Focal.LinkKind.SUCCEEDED_BY,
                                     Focal.Direction.OUTGOING, None)
    assert any("econom" in text(s) for s in successors)


def test_mexico_on_ftaa(graph):
    ftaa = one(graph.get_issues(), "ftaa")
    mexico = one(graph.get_actors(), "mexico", kind=Focal.ActorKind.STATE)
    labels = [p.props.label for p in graph.dup_positions_for(mexico.props.id, ftaa.props.id)]
    assert "obstructionist" in " ".join(labels)
    assert "open" in " ".join(labels)


def test_lukewarm_positions(graph):
    labels = {(p.props.actor_id, p.props.label) for p in graph.get_positions()}
    assert any("lukewarm" in (label or "") for _, label in labels)


def test_everything_is_cited(graph):
    uncited = [e.props.id for model in (graph.get_actors(), graph.get_agreements(),
                                        graph.get_forums(), graph.get_issues(),
                                        graph.get_positions(), graph.get_events())
               for e in model if len(e.get_citations()) == 0]
    assert uncited == []
    assert all(len(lk.get_citations()) > 0 for lk in graph.get_links())
    assert graph.lookup_source("focal-2004") is not None
