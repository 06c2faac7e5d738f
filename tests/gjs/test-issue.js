// test-issue.js
//
// SPDX-FileCopyrightText: 2026 The libfocal developers
// SPDX-License-Identifier: LGPL-2.1-or-later

import Focal from 'gi://Focal?version=1';
import {test, assert, assertEqual, run} from './tap.js';

test('new', () => {
    const issue = Focal.Issue.new('ftaa', Focal.IssueArea.ECONOMIC);
    assertEqual(issue.id, 'ftaa');
    assertEqual(issue.get_kind_name(), 'issue');
    assertEqual(issue.area, Focal.IssueArea.ECONOMIC);
    assertEqual(typeof issue.area, 'number');
    assertEqual(issue.dup_references().length, 0);
    assert(issue instanceof Focal.Entity);
});

test('construct with properties', () => {
    assertEqual(new Focal.Issue({id: 'misc'}).area, Focal.IssueArea.OTHER);
    const issue = new Focal.Issue({id: 'peacekeeping', area: Focal.IssueArea.SECURITY});
    assertEqual(issue.get_area(), Focal.IssueArea.SECURITY);
});

test('area notify', () => {
    const issue = Focal.Issue.new('democracy', Focal.IssueArea.OTHER);
    const seen = [];
    issue.connect('notify::area', obj => seen.push(obj.area));
    issue.area = Focal.IssueArea.POLITICAL;
    issue.area = Focal.IssueArea.POLITICAL;
    issue.set_area(Focal.IssueArea.SOCIAL);
    assertEqual(seen.join(','), `${Focal.IssueArea.POLITICAL},${Focal.IssueArea.SOCIAL}`);
});

test('in a graph', () => {
    const graph = Focal.Graph.new();
    const issue = Focal.Issue.new('ftaa', Focal.IssueArea.ECONOMIC);
    assert(graph.add(issue));
    assertEqual(graph.lookup('ftaa'), issue);
    assert(issue.validate(graph));
});

run();
