# test_issue.py
#
# SPDX-FileCopyrightText: 2026 The libfocal developers
# SPDX-License-Identifier: LGPL-2.1-or-later

from gi.repository import Focal


def test_new():
    issue = Focal.Issue.new('ftaa', Focal.IssueArea.ECONOMIC)
    assert issue.props.id == 'ftaa'
    assert issue.get_kind_name() == 'issue'
    assert issue.props.area == Focal.IssueArea.ECONOMIC
    assert issue.props.area.value_nick == 'economic'
    assert issue.dup_references() == []
    assert isinstance(issue, Focal.Entity)


def test_keywords_and_default():
    assert Focal.Issue(id='misc').props.area == Focal.IssueArea.OTHER
    issue = Focal.Issue(id='peacekeeping', area=Focal.IssueArea.SECURITY)
    assert issue.get_area() == Focal.IssueArea.SECURITY


def test_area_notify():
    issue = Focal.Issue.new('democracy', Focal.IssueArea.OTHER)
    seen = []
    issue.connect('notify::area', lambda obj, pspec: seen.append(obj.props.area))
    issue.props.area = Focal.IssueArea.POLITICAL
    issue.props.area = Focal.IssueArea.POLITICAL
    issue.set_area(Focal.IssueArea.SOCIAL)
    assert seen == [Focal.IssueArea.POLITICAL, Focal.IssueArea.SOCIAL]


def test_in_graph():
    graph = Focal.Graph.new()
    issue = Focal.Issue.new('ftaa', Focal.IssueArea.ECONOMIC)
    assert graph.add(issue)
    assert graph.lookup('ftaa') is issue
    assert issue.validate(graph)
