# test_coincidence.py: coincidence and convergence of two actors' positions
# from Python, cross-checked against straightforward implementations of
# Signorino-Ritter S and Cohen's kappa written here
#
# SPDX-FileCopyrightText: 2026 The libfocal developers
# SPDX-License-Identifier: LGPL-2.1-or-later

import math
import os
import pathlib
import random

import pytest
from gi.repository import Focal, GLib, Gio

SRCDIR = pathlib.Path(os.environ.get("G_TEST_SRCDIR", pathlib.Path(__file__).parent.parent))
DATASET = SRCDIR.parent / "examples" / "data" / "canada-mexico-2004.json"


# ---- independent reference implementations --------------------------------

def s_score(pairs):
    """Signorino & Ritter (1999) S with the absolute metric on [-1, 1]:
    1 - 2 * sum|a - b| / (n * d_max), d_max = 2."""
    if not pairs:
        return math.nan
    d_max = 2.0
    return 1 - 2 * sum(abs(a - b) for a, b in pairs) / (len(pairs) * d_max)


def category(x):
    return "for" if x > 0 else "against" if x < 0 else "neutral"


def cohen_kappa(pairs):
    """Cohen's kappa over {against, neutral, for}, from its definition."""
    n = len(pairs)
    if n == 0:
        return math.nan
    cats = ["against", "neutral", "for"]
    p_o = sum(category(a) == category(b) for a, b in pairs) / n
    p_e = sum((sum(category(a) == c for a, _ in pairs) / n) *
              (sum(category(b) == c for _, b in pairs) / n) for c in cats)
    if p_e == 1:
        return math.nan
    return (p_o - p_e) / (1 - p_e)


def same(x, y):
    return (math.isnan(x) and math.isnan(y)) or x == pytest.approx(y, abs=1e-12)


# ---- graphs ----------------------------------------------------------------

def position(graph, ident, actor, issue, stance=None, when=None, label=None):
    p = Focal.Position.new(ident, actor, issue)
    if stance is not None:
        p.set_stance(stance)
    if label is not None or stance is None:
        p.props.label = label or "in words only"
    if when is not None:
        p.props.date = Focal.Date.new_from_string(when)
    graph.add(p)
    return p


def base_graph(issues):
    g = Focal.Graph.new()
    for ident in ("alpha", "beta", "gamma"):
        g.add(Focal.Actor.new(ident, Focal.ActorKind.STATE))
    g.add(Focal.Forum.new("summit", Focal.ForumKind.SUMMIT))
    for ident in issues:
        g.add(Focal.Issue.new(ident, Focal.IssueArea.SECURITY))
    return g


@pytest.fixture
def graph():
    g = base_graph(["i1", "i2", "i3", "i4", "i5", "i6"])
    position(g, "a1", "alpha", "i1", 1)
    position(g, "b1", "beta", "i1", 1)
    position(g, "a2", "alpha", "i2", 0.5)
    position(g, "b2", "beta", "i2", -0.5)
    position(g, "a3", "alpha", "i3", -1)
    position(g, "b3", "beta", "i3", -0.5)
    position(g, "a4", "alpha", "i4", 0)
    position(g, "b4", "beta", "i4", 0)
    position(g, "a5", "alpha", "i5", 1)
    position(g, "b5", "beta", "i5", 0)
    position(g, "a6", "alpha", "i6", label="lukewarm")
    position(g, "b6", "beta", "i6", 1)
    return g


def test_hand_computed(graph):
    c = Focal.View.new(graph).compare_positions("alpha", "beta", None)
    # n = 5 (i6: alpha has a label only), same side on i1, i3, i4.
    # S = 1 - 2 * 2.5 / (5 * 2) = 0.5; kappa = (15 - 7) / (25 - 7) = 4/9.
    assert c.props.n_issues == 5
    assert c.props.n_coinciding == 3
    assert c.props.share == pytest.approx(0.6)
    assert c.props.s_score == pytest.approx(0.5)
    assert c.props.kappa == pytest.approx(4 / 9)
    assert list(c.props.issues) == ["i1", "i2", "i3", "i4", "i5"]
    assert [p.props.id for p in c.props.positions] == [
        "a1", "b1", "a2", "b2", "a3", "b3", "a4", "b4", "a5", "b5"]
    assert c.props.actor_a == "alpha"
    assert c.props.actor_b == "beta"
    assert c.props.as_of is None


def test_positions_carry_their_citations(graph):
    graph.add_source(Focal.Source.new("paper"))
    cited = graph.lookup("b2")
    cited.add_citation(Focal.Citation.new("paper"))
    c = Focal.View.new(graph).compare_positions("alpha", "beta", None)
    used = {p.props.id: p for p in c.props.positions}
    assert used["b2"] is cited
    assert [x.props.source_id for x in used["b2"].props.citations] == ["paper"]


def test_result_is_read_only(graph):
    c = Focal.View.new(graph).compare_positions("alpha", "beta", None)
    with pytest.raises(TypeError):
        c.props.kappa = 0.0


def random_graph(seed, n_issues=40):
    rng = random.Random(seed)
    scale = [-1, -0.75, -0.5, -0.25, 0, 0, 0.25, 0.5, 0.75, 1]
    issues = [f"issue-{i:02d}" for i in range(n_issues)]
    g = base_graph(issues)
    expected = {}
    for issue in issues:
        chosen = {}
        for actor in ("alpha", "beta"):
            roll = rng.random()
            if roll < 0.15:
                continue  # no position
            if roll < 0.25:
                position(g, f"{actor}-{issue}-label", actor, issue, label="vague")
                continue
            # One to three dated stances; the latest is the one compared.
            years = sorted(rng.sample(range(1990, 2005), rng.randint(1, 3)))
            for year in years:
                stance = rng.choice(scale)
                position(g, f"{actor}-{issue}-{year}", actor, issue, stance, str(year))
                chosen[actor] = (year, stance)
        if len(chosen) == 2:
            expected[issue] = chosen
    return g, expected


@pytest.mark.parametrize("seed", range(12))
def test_matches_reference(seed):
    g, expected = random_graph(seed)
    view = Focal.View.new(g)
    for as_of in (None, 1996, 2000, 2004):
        pairs, issues = [], []
        for issue in sorted(expected):
            a_year, a = expected[issue]["alpha"]
            b_year, b = expected[issue]["beta"]
            if as_of is not None:
                # Recompute "latest not after as_of" from the graph's history.
                picks = []
                for actor in ("alpha", "beta"):
                    dated = [(p.props.date.get_year(), p.props.stance)
                             for p in g.dup_positions_for(actor, issue)
                             if p.props.has_stance and p.props.date.get_year() <= as_of]
                    if dated:
                        picks.append(dated[-1][1])
                if len(picks) < 2:
                    continue
                a, b = picks
            pairs.append((a, b))
            issues.append(issue)
        date = Focal.Date.new(as_of, 0, 0) if as_of else None
        c = view.compare_positions("alpha", "beta", date)
        assert list(c.props.issues) == issues
        assert c.props.n_issues == len(pairs)
        assert c.props.n_coinciding == sum(category(a) == category(b) for a, b in pairs)
        assert same(c.props.s_score, s_score(pairs))
        assert same(c.props.kappa, cohen_kappa(pairs))
        stances = [p.props.stance for p in c.props.positions]
        assert list(zip(stances[0::2], stances[1::2])) == pairs


def test_kappa_edge_cases():
    g = base_graph(["i1", "i2", "i3"])
    # Everyone "for" everywhere: p_e = 1, kappa undefined; S still defined.
    for i, (a, b) in enumerate([(1, 0.5), (0.25, 1), (0.75, 0.75)], 1):
        position(g, f"a{i}", "alpha", f"i{i}", a)
        position(g, f"b{i}", "beta", f"i{i}", b)
    c = Focal.View.new(g).compare_positions("alpha", "beta", None)
    assert c.props.n_coinciding == 3
    assert math.isnan(c.props.kappa)
    assert math.isnan(cohen_kappa([(1, 0.5), (0.25, 1), (0.75, 0.75)]))
    assert c.props.s_score == pytest.approx(s_score([(1, 0.5), (0.25, 1), (0.75, 0.75)]))
    # sum |a - b| = 0.5 + 0.75 + 0 = 1.25: S = 1 - 2 * 1.25 / (3 * 2) = 7/12
    assert c.props.s_score == pytest.approx(7 / 12)

    # Perfect disagreement at the extremes: S = -1, kappa = -1.
    g = base_graph(["i1", "i2"])
    for i, (a, b) in enumerate([(1, -1), (-1, 1)], 1):
        position(g, f"a{i}", "alpha", f"i{i}", a)
        position(g, f"b{i}", "beta", f"i{i}", b)
    c = Focal.View.new(g).compare_positions("alpha", "beta", None)
    assert c.props.s_score == pytest.approx(-1)
    assert c.props.kappa == pytest.approx(-1)
    assert c.props.share == 0


def test_no_common_issue():
    g = base_graph(["i1"])
    c = Focal.View.new(g).compare_positions("alpha", "gamma", None)
    assert c.props.n_issues == 0
    assert math.isnan(c.props.share)
    assert math.isnan(c.props.s_score)
    assert math.isnan(c.props.kappa)
    assert len(c.props.positions) == 0
    assert list(c.props.issues) == []


@pytest.mark.parametrize("a, b, code, needle", [
    ("nobody", "beta", Focal.Error.UNKNOWN_ID, '"nobody"'),
    ("alpha", "nobody", Focal.Error.UNKNOWN_ID, '"nobody"'),
    ("summit", "beta", Focal.Error.WRONG_KIND, '"summit" is a forum'),
    ("alpha", "i1", Focal.Error.WRONG_KIND, '"i1" is an issue'),
])
def test_errors(graph, a, b, code, needle):
    view = Focal.View.new(graph)
    with pytest.raises(GLib.Error) as info:
        view.compare_positions(a, b, None)
    assert info.value.matches(Focal.error_quark(), code)
    assert needle in info.value.message
    with pytest.raises(GLib.Error) as info:
        view.dup_convergence(a, b)
    assert info.value.matches(Focal.error_quark(), code)
    assert needle in info.value.message


def test_convergence():
    g = base_graph(["i1", "i2", "i3", "i4"])
    # i1: 1990 alpha -1; 1995 beta 1 (distance 2); 2000 alpha 0.5 (0.5);
    #     2005 beta -0.5 (1). change -1, converging.
    position(g, "a1-1990", "alpha", "i1", -1, "1990")
    position(g, "b1-1995", "beta", "i1", 1, "1995")
    position(g, "a1-2000", "alpha", "i1", 0.5, "2000")
    position(g, "b1-2005", "beta", "i1", -0.5, "2005")
    # i2: both 0 in 2001, alpha 1 in 2003: 0 -> 1, diverging.
    position(g, "a2-2001", "alpha", "i2", 0, "2001")
    position(g, "b2-2001", "beta", "i2", 0, "2001")
    position(g, "a2-2003", "alpha", "i2", 1, "2003")
    # i3: beta only undated: no item. i4: alpha only: no item.
    position(g, "a3", "alpha", "i3", 1, "2001")
    position(g, "b3", "beta", "i3", 1)
    position(g, "a4", "alpha", "i4", 1, "2001")
    items = Focal.View.new(g).dup_convergence("alpha", "beta")
    assert [x.props.issue_id for x in items] == ["i1", "i2"]
    i1, i2 = items
    assert (i1.props.first_distance, i1.props.last_distance) == (2, 1)
    assert i1.props.change == -1
    assert i1.props.direction == Focal.Trend.CONVERGING
    assert i1.props.first_date.to_string() == "1995"
    assert i1.props.last_date.to_string() == "2005"
    assert [p.props.id for p in i1.props.positions] == ["a1-1990", "b1-1995", "a1-2000", "b1-2005"]
    assert (i2.props.first_distance, i2.props.last_distance, i2.props.change) == (0, 1, 1)
    assert i2.props.direction == Focal.Trend.DIVERGING
    assert Focal.Convergence.mean_change(items) == pytest.approx(0)


def test_convergence_against_replay():
    """Replays each random history in plain Python."""
    for seed in range(6):
        g, _ = random_graph(seed)
        items = Focal.View.new(g).dup_convergence("alpha", "beta")
        assert len(items) > 0
        for item in items:
            history = [p for p in item.props.positions]
            state, distances = {}, []
            years = sorted({p.props.date.get_year() for p in history})
            for year in years:
                for p in history:
                    if p.props.date.get_year() == year:
                        state[p.props.actor_id] = p.props.stance
                if len(state) == 2:
                    distances.append(abs(state["alpha"] - state["beta"]))
            assert item.props.first_distance == pytest.approx(distances[0])
            assert item.props.last_distance == pytest.approx(distances[-1])
            trend = (Focal.Trend.STABLE if distances[-1] == distances[0] else
                     Focal.Trend.CONVERGING if distances[-1] < distances[0] else
                     Focal.Trend.DIVERGING)
            assert item.props.direction == trend
        mean = sum(x.props.change for x in items) / len(items)
        assert Focal.Convergence.mean_change(items) == pytest.approx(mean)


def test_mean_change_of_nothing():
    items = Focal.View.new(base_graph([])).dup_convergence("alpha", "beta")
    assert len(items) == 0
    assert math.isnan(Focal.Convergence.mean_change(items))


def test_dataset():
    document = Focal.Document.new()
    document.load_from_file(Gio.File.new_for_path(str(DATASET)), Focal.LoadFlags.NONE, None)
    view = Focal.View.new(document.props.graph)
    c = view.compare_positions("canada", "mexico", None)
    # Rebuild the pairs from the positions used and check the formulas.
    stances = [p.props.stance for p in c.props.positions]
    pairs = list(zip(stances[0::2], stances[1::2]))
    assert len(pairs) == c.props.n_issues == 8
    assert c.props.s_score == pytest.approx(s_score(pairs)) == pytest.approx(0.8125)
    assert c.props.kappa == pytest.approx(cohen_kappa(pairs)) == pytest.approx(0.6)
    assert [p.props.actor_id for p in c.props.positions] == ["canada", "mexico"] * 8
    # The OAS is where they part ways: Canada 1, Mexico -0.5.
    oas = list(c.props.issues).index("oas-strength")
    assert pairs[oas] == (1, -0.5)

    c2004 = view.compare_positions("canada", "mexico", Focal.Date.new(2004, 0, 0))
    assert c2004.props.n_issues == 4
    assert c2004.props.as_of.to_string() == "2004"
