// test-coincidence.js: coincidence and convergence of two actors' positions
// from GJS
//
// SPDX-FileCopyrightText: 2026 The libfocal developers
// SPDX-License-Identifier: LGPL-2.1-or-later

import Gio from 'gi://Gio';
import GLib from 'gi://GLib';
import Focal from 'gi://Focal?version=1';
import {test, assert, assertEqual, assertThrows, run} from './tap.js';

const close = (actual, expected, message = '') =>
    assert(Math.abs(actual - expected) < 1e-12, `${message} expected ${expected}, got ${actual}`);
const ids = model => [...model].map(p => p.id).join(' ');

function position(graph, id, actor, issue, stance, when = null) {
    const p = Focal.Position.new(id, actor, issue);
    if (stance === null)
        p.label = 'in words only';
    else
        p.set_stance(stance);
    if (when)
        p.date = Focal.Date.new_from_string(when);
    graph.add(p);
}

// alpha / beta:  i1 1 / 1, i2 0.5 / -0.5, i3 -1 / -0.5, i4 0 / 0,
// i5 1 / 0, i6 label / 1; i7 dated: alpha 1990 -1, 2000 0.5; beta 1995 1,
// 2005 -0.5.
function makeGraph() {
    const graph = Focal.Graph.new();
    for (const id of ['alpha', 'beta', 'gamma'])
        graph.add(Focal.Actor.new(id, Focal.ActorKind.STATE));
    graph.add(Focal.Forum.new('summit', Focal.ForumKind.SUMMIT));
    for (const id of ['i1', 'i2', 'i3', 'i4', 'i5', 'i6', 'i7'])
        graph.add(Focal.Issue.new(id, Focal.IssueArea.POLITICAL));
    for (const [id, actor, issue, stance, when] of [
        ['a1', 'alpha', 'i1', 1, null], ['b1', 'beta', 'i1', 1, null],
        ['a2', 'alpha', 'i2', 0.5, null], ['b2', 'beta', 'i2', -0.5, null],
        ['a3', 'alpha', 'i3', -1, null], ['b3', 'beta', 'i3', -0.5, null],
        ['a4', 'alpha', 'i4', 0, null], ['b4', 'beta', 'i4', 0, null],
        ['a5', 'alpha', 'i5', 1, null], ['b5', 'beta', 'i5', 0, null],
        ['a6', 'alpha', 'i6', null, null], ['b6', 'beta', 'i6', 1, null],
        ['a7-1990', 'alpha', 'i7', -1, '1990'], ['b7-1995', 'beta', 'i7', 1, '1995'],
        ['a7-2000', 'alpha', 'i7', 0.5, '2000'], ['b7-2005', 'beta', 'i7', -0.5, '2005'],
    ])
        position(graph, id, actor, issue, stance, when);
    return graph;
}

test('latest stances: share, S and kappa', () => {
    const c = Focal.View.new(makeGraph()).compare_positions('alpha', 'beta', null);
    // n = 6 (i1..i5, i7 with 0.5 vs -0.5), k = 3; sum |a - b| = 3.5,
    // S = 1 - 7/12 = 5/12; alpha for 4, neu 1, ag 1; beta for 1, neu 2, ag 3:
    // kappa = (6*3 - 9) / (36 - 9) = 1/3.
    assertEqual(c.n_issues, 6);
    assertEqual(c.n_coinciding, 3);
    close(c.share, 0.5, 'share');
    close(c.s_score, 5 / 12, 's-score');
    close(c.kappa, 1 / 3, 'kappa');
    assertEqual(c.issues.join(' '), 'i1 i2 i3 i4 i5 i7');
    assertEqual(ids(c.positions), 'a1 b1 a2 b2 a3 b3 a4 b4 a5 b5 a7-2000 b7-2005');
    assertEqual(c.actor_a, 'alpha');
    assertEqual(c.actor_b, 'beta');
    assertEqual(c.as_of, null);
});

test('as of a date: only dated stances not after it', () => {
    const view = Focal.View.new(makeGraph());
    let c = view.compare_positions('alpha', 'beta', Focal.Date.new(1998, 0, 0));
    assertEqual(c.n_issues, 1);
    close(c.s_score, -1, 's-score');
    close(c.kappa, 0, 'kappa');
    assertEqual(ids(c.positions), 'a7-1990 b7-1995');
    assertEqual(c.as_of.to_string(), '1998');

    c = view.compare_positions('alpha', 'beta', Focal.Date.new(2002, 0, 0));
    assertEqual(c.n_coinciding, 1);
    close(c.s_score, 0.5, 's-score');
    assert(Number.isNaN(c.kappa), 'kappa undefined when both are "for" only');

    c = view.compare_positions('alpha', 'beta', Focal.Date.new(1980, 0, 0));
    assertEqual(c.n_issues, 0);
    assert(Number.isNaN(c.share) && Number.isNaN(c.s_score) && Number.isNaN(c.kappa));
    assertEqual(c.positions.get_n_items(), 0);
    assertEqual(c.issues.length, 0);
});

test('unknown ids and ids of other kinds are errors', () => {
    const view = Focal.View.new(makeGraph());
    for (const [a, b, code, needle] of [
        ['nobody', 'beta', Focal.Error.UNKNOWN_ID, '"nobody"'],
        ['alpha', 'nobody', Focal.Error.UNKNOWN_ID, '"nobody"'],
        ['summit', 'beta', Focal.Error.WRONG_KIND, '"summit" is a forum'],
        ['alpha', 'a1', Focal.Error.WRONG_KIND, '"a1" is a position'],
    ]) {
        for (const call of [() => view.compare_positions(a, b, null),
            () => view.dup_convergence(a, b)]) {
            assertThrows(call, e => e.matches(Focal.Error, code) && e.message.includes(needle),
                `${a}/${b}`);
        }
    }
});

test('convergence per issue', () => {
    const items = Focal.View.new(makeGraph()).dup_convergence('alpha', 'beta');
    // Only i7 has dated stances of both: 1995 |-1 - 1| = 2, then 0.5,
    // then 2005 |0.5 - -0.5| = 1.
    assertEqual(items.get_n_items(), 1);
    const item = items.get_item(0);
    assert(item instanceof Focal.Convergence);
    assertEqual(item.issue_id, 'i7');
    close(item.first_distance, 2);
    close(item.last_distance, 1);
    close(item.change, -1);
    assertEqual(item.direction, Focal.Trend.CONVERGING);
    assertEqual(item.first_date.to_string(), '1995');
    assertEqual(item.last_date.to_string(), '2005');
    assertEqual(ids(item.positions), 'a7-1990 b7-1995 a7-2000 b7-2005');
    close(Focal.Convergence.mean_change(items), -1);
});

test('mean change of no item is NaN', () => {
    const items = Focal.View.new(makeGraph()).dup_convergence('alpha', 'gamma');
    assertEqual(items.get_n_items(), 0);
    assert(Number.isNaN(Focal.Convergence.mean_change(items)));
});

test('Canada and Mexico in the dataset', () => {
    const srcdir = GLib.getenv('G_TEST_SRCDIR');
    const path = GLib.build_filenamev([srcdir, '..', 'examples', 'data', 'canada-mexico-2004.json']);
    const document = Focal.Document.new();
    document.load_from_file(Gio.File.new_for_path(path), Focal.LoadFlags.NONE, null);
    const view = Focal.View.new(document.graph);
    const c = view.compare_positions('canada', 'mexico', null);
    assertEqual(c.n_issues, 8);
    assertEqual(c.n_coinciding, 7);
    close(c.s_score, 0.8125, 's-score');
    close(c.kappa, 0.6, 'kappa');
    const items = view.dup_convergence('canada', 'mexico');
    assertEqual(items.get_n_items(), 4);
    assert([...items].every(i => i.direction === Focal.Trend.STABLE));
});

run();
