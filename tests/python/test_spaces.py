# test_spaces.py: common spaces and success patterns from Python, on hand
# graphs with known answers and on the Canada-Mexico dataset
#
# SPDX-FileCopyrightText: 2026 The libfocal developers
# SPDX-License-Identifier: LGPL-2.1-or-later

import os
import pathlib

import pytest
from gi.repository import Focal, GLib, GObject, Gio

SRCDIR = pathlib.Path(os.environ.get("G_TEST_SRCDIR", pathlib.Path(__file__).parent.parent))
DATASET = SRCDIR.parent / "examples" / "data" / "canada-mexico-2004.json"


def date(text):
    return Focal.Date.new_from_string(text)


def actor(g, ident, kind, country, parent=None, tags=()):
    a = Focal.Actor.new(ident, kind)
    a.set_country(country)
    a.props.parent_id = parent
    a.set_tags(list(tags))
    g.add(a)


def forum(g, ident, tags, members):
    f = Focal.Forum.new(ident, Focal.ForumKind.WORKING_GROUP)
    f.set_tags(tags)
    for member in members:
        who, _, period = member.partition(":")
        m = Focal.Membership.new(who, Focal.Role.MEMBER)
        if period:
            m.props.period = date(period)
        f.add_member(m)
    g.add(f)


def position(g, ident, who, issue, stance, when=None):
    p = Focal.Position.new(ident, who, issue)
    p.set_stance(stance)
    if when:
        p.props.date = date(when)
    g.add(p)


def link(g, source, kind, target, period=None, **attributes):
    lk = Focal.Link.new(source, kind, target)
    if period:
        lk.props.period = date(period)
    for key, value in attributes.items():
        lk.set_attribute(key, value)
    g.add_link(lk)
    return lk


@pytest.fixture
def graph():
    g = Focal.Graph.new()
    actor(g, "ca", Focal.ActorKind.STATE, "CA")
    actor(g, "ca-min", Focal.ActorKind.MINISTRY, "CA", "ca")
    actor(g, "mx", Focal.ActorKind.STATE, "MX")
    actor(g, "mx-min", Focal.ActorKind.MINISTRY, "MX", "mx")
    actor(g, "us", Focal.ActorKind.STATE, "US")
    forum(g, "f-bi", ["setting:bilateral", "trade"], ["ca", "mx"])
    forum(g, "f-na", ["setting:north-america"], ["ca"])
    forum(g, "f-am", ["governance", "setting:americas"], ["ca", "ca-min", "mx"])
    forum(g, "f-gl", ["setting:global"], ["ca", "us"])
    forum(g, "f-other", [], ["mx:1990/1995"])
    forum(g, "f-bi2", ["setting:bilateral"], ["ca", "ca-min", "mx", "mx-min"])
    for ident, tag in (("i-trade", "trade"), ("i-gov", "governance"), ("i-gov2", "governance")):
        issue = Focal.Issue.new(ident, Focal.IssueArea.POLITICAL)
        issue.set_tags([tag])
        g.add(issue)
    position(g, "p1", "ca", "i-trade", 0.5, "2000")
    position(g, "p2", "mx", "i-trade", 0.8, "2003")
    position(g, "p3", "mx", "i-trade", -0.5, "1999")
    position(g, "p4", "ca-min", "i-gov", 1.0)
    position(g, "p5", "mx", "i-gov", -1.0)
    position(g, "p6", "ca", "i-gov2", 1.0)
    position(g, "p7", "mx-min", "i-gov2", 1.0)
    link(g, "mx-min", Focal.LinkKind.MEMBER_OF, "f-na", "2000/..")
    link(g, "ca", Focal.LinkKind.PARTICIPATES_IN, "f-am")
    link(g, "ca", Focal.LinkKind.PARTICIPATES_IN, "f-other")
    return g


def rows(spaces):
    return [(s.props.forum_id, s.props.setting.value_nick, list(s.props.members_a),
             list(s.props.members_b), list(s.props.coinciding_issues), s.props.score)
            for s in spaces]


def test_common_spaces(graph):
    view = Focal.View.new(graph)
    assert rows(view.dup_common_spaces("ca", "mx", None)) == [
        ("f-bi2", "bilateral", ["ca", "ca-min"], ["mx", "mx-min"], [], 4.0),
        ("f-bi", "bilateral", ["ca"], ["mx"], ["i-trade"], 3.0),
        ("f-na", "north-america", ["ca"], ["mx-min"], [], 2.0),
        ("f-am", "americas", ["ca", "ca-min"], ["mx"], ["i-gov2"], 4.0),
        ("f-other", "other", ["ca"], ["mx"], [], 2.0),
    ]
    in_2001 = rows(view.dup_common_spaces("ca", "mx", date("2001")))
    assert [r[0] for r in in_2001] == ["f-bi2", "f-bi", "f-na", "f-am"]
    assert in_2001[1][4] == []
    assert rows(view.dup_common_spaces("ca", "us", None)) == [
        ("f-gl", "global", ["ca"], ["us"], [], 2.0)]


def test_setting_enum():
    assert [Focal.Setting(i).value_nick for i in range(5)] == [
        "bilateral", "north-america", "americas", "global", "other"]


def test_read_only():
    for name in ("forum-id", "setting", "members-a", "members-b", "coinciding-issues", "score"):
        assert not Focal.Space.find_property(name).flags & GObject.ParamFlags.WRITABLE
    for name in ("link", "source-kind", "target-kind", "sectors", "missing"):
        assert not Focal.Pattern.find_property(name).flags & GObject.ParamFlags.WRITABLE


@pytest.mark.parametrize("a,b,code,needle", [
    ("ca", "atlantis", Focal.Error.UNKNOWN_ID, "atlantis"),
    ("f-bi", "mx", Focal.Error.WRONG_KIND, "f-bi"),
    ("mx", "mx", Focal.Error.INVALID_VALUE, '"mx"'),
    ("mx-min", "mx", Focal.Error.INVALID_VALUE, "mx-min"),
])
def test_errors(graph, a, b, code, needle):
    with pytest.raises(GLib.Error) as info:
        Focal.View.new(graph).dup_common_spaces(a, b, None)
    assert info.value.matches(Focal.error_quark(), code)
    assert needle in info.value.message


def test_bad_settings(graph):
    view = Focal.View.new(graph)
    f_na = graph.lookup("f-na")
    f_na.add_tag("setting:atlantis")
    with pytest.raises(GLib.Error) as info:
        view.dup_common_spaces("ca", "mx", None)
    assert info.value.matches(Focal.error_quark(), Focal.Error.INCONSISTENT)
    assert "f-na" in info.value.message
    f_na.remove_tag("setting:north-america")
    with pytest.raises(GLib.Error) as info:
        view.dup_common_spaces("ca", "mx", None)
    assert info.value.matches(Focal.error_quark(), Focal.Error.INVALID_VALUE)
    assert '"atlantis"' in info.value.message


def test_success_patterns():
    g = Focal.Graph.new()
    for ident, country, tags in (("ca-el", "CA", ["elections", "governance"]),
                                 ("ca-tr", "CA-QC", ["trade"]), ("ca-he", "CA", ["health"]),
                                 ("mx-el", "MX", ["elections", "governance"]),
                                 ("mx-tr", "MX", ["trade"]), ("mx-he", "MX", ["health"])):
        actor(g, ident, Focal.ActorKind.AGENCY, country, tags=tags)
    link(g, "ca-el", Focal.LinkKind.COOPERATES_WITH, "mx-el", "1996/..", outcome="success")
    link(g, "mx-he", Focal.LinkKind.COOPERATES_WITH, "ca-he", "1980/1990")
    link(g, "ca-tr", Focal.LinkKind.HOSTS, "mx-tr", outcome="failure")
    view = Focal.View.new(g)
    [pattern] = view.dup_success_patterns()
    assert isinstance(pattern, Focal.Pattern)
    assert pattern.props.link.props.source_id == "ca-el"
    assert (pattern.props.source_kind, pattern.props.target_kind) == ("agency", "agency")
    assert list(pattern.props.sectors) == ["elections", "governance"]
    assert list(pattern.props.missing) == ["trade"]
    [later] = view.at(date("2004")).dup_success_patterns()
    assert list(later.props.missing) == ["health", "trade"]
    assert len(view.at(date("1985")).dup_success_patterns()) == 0


def test_dataset():
    document = Focal.Document.new()
    document.load_from_file(Gio.File.new_for_path(str(DATASET)), Focal.LoadFlags.NONE, None)
    view = Focal.View.new(document.props.graph)
    spaces = view.dup_common_spaces("canada", "mexico", None)
    settings = [s.props.setting for s in spaces]
    assert settings == sorted(settings, key=int)
    by_forum = {s.props.forum_id: s for s in spaces}
    assert by_forum["jmc"].props.setting == Focal.Setting.BILATERAL
    assert by_forum["oas"].props.setting == Focal.Setting.AMERICAS
    assert by_forum["un"].props.setting == Focal.Setting.GLOBAL
    assert "sre" in by_forum["jmc"].props.members_b
    assert "norad" not in by_forum
    patterns = {(p.props.link.props.source_id, p.props.link.props.target_id): p
                for p in view.dup_success_patterns()}
    electoral = patterns[("elections-canada", "ife")]
    assert electoral.props.source_kind == "agency"
    assert "elections" in electoral.props.sectors
    assert ("mx-access-to-information-act", "ca-access-to-information-act") in patterns
