// test-spaces.js: common spaces and success patterns from GJS
//
// SPDX-FileCopyrightText: 2026 The libfocal developers
// SPDX-License-Identifier: LGPL-2.1-or-later

import Gio from 'gi://Gio';
import GLib from 'gi://GLib';
import Focal from 'gi://Focal?version=1';
import {test, assert, assertEqual, assertThrows, run} from './tap.js';

const date = text => Focal.Date.new_from_string(text);
const S = Focal.Setting;

function actor(graph, id, kind, country, parent = null, tags = []) {
    const a = Focal.Actor.new(id, kind);
    a.set_country(country);
    a.parent_id = parent;
    a.set_tags(tags);
    graph.add(a);
}

function link(graph, source, kind, target, period = null, outcome = null) {
    const lk = Focal.Link.new(source, kind, target);
    if (period)
        lk.period = date(period);
    if (outcome)
        lk.set_attribute('outcome', outcome);
    graph.add_link(lk);
}

function makeGraph() {
    const graph = Focal.Graph.new();
    actor(graph, 'ca', Focal.ActorKind.STATE, 'CA');
    actor(graph, 'ca-min', Focal.ActorKind.MINISTRY, 'CA', 'ca');
    actor(graph, 'mx', Focal.ActorKind.STATE, 'MX');
    actor(graph, 'mx-min', Focal.ActorKind.MINISTRY, 'MX', 'mx');
    actor(graph, 'us', Focal.ActorKind.STATE, 'US');
    for (const [id, tags, members] of [
        ['f-bi', ['setting:bilateral', 'trade'], ['ca', 'mx']],
        ['f-na', ['setting:north-america'], ['ca']],
        ['f-am', ['governance', 'setting:americas'], ['ca', 'ca-min', 'mx']],
        ['f-gl', ['setting:global'], ['ca', 'us']],
        ['f-bi2', ['setting:bilateral'], ['ca', 'ca-min', 'mx', 'mx-min']],
    ]) {
        const forum = Focal.Forum.new(id, Focal.ForumKind.WORKING_GROUP);
        forum.set_tags(tags);
        for (const member of members)
            forum.add_member(Focal.Membership.new(member, Focal.Role.MEMBER));
        graph.add(forum);
    }
    for (const [id, tag] of [['i-trade', 'trade'], ['i-gov2', 'governance']]) {
        const issue = Focal.Issue.new(id, Focal.IssueArea.POLITICAL);
        issue.set_tags([tag]);
        graph.add(issue);
    }
    for (const [id, who, issue, stance, when] of [
        ['p1', 'ca', 'i-trade', 0.5, '2000'], ['p2', 'mx', 'i-trade', 0.8, '2003'],
        ['p3', 'mx', 'i-trade', -0.5, '1999'], ['p6', 'ca', 'i-gov2', 1, null],
        ['p7', 'mx-min', 'i-gov2', 1, null],
    ]) {
        const position = Focal.Position.new(id, who, issue);
        position.set_stance(stance);
        if (when)
            position.date = date(when);
        graph.add(position);
    }
    link(graph, 'mx-min', Focal.LinkKind.MEMBER_OF, 'f-na', '2000/..');
    return graph;
}

const render = model => [...model].map(s =>
    `${s.forum_id}:${s.setting}:${s.members_a.join(',')}:${s.members_b.join(',')}:` +
    `${s.coinciding_issues.join(',')}:${s.score}`).join(' ');

test('common spaces by setting and score', () => {
    const view = Focal.View.new(makeGraph());
    assertEqual(render(view.dup_common_spaces('ca', 'mx', null)),
        `f-bi2:${S.BILATERAL}:ca,ca-min:mx,mx-min::4 f-bi:${S.BILATERAL}:ca:mx:i-trade:3 ` +
        `f-na:${S.NORTH_AMERICA}:ca:mx-min::2 f-am:${S.AMERICAS}:ca,ca-min:mx:i-gov2:4`);
    assertEqual(render(view.dup_common_spaces('ca', 'mx', date('2001'))),
        `f-bi2:${S.BILATERAL}:ca,ca-min:mx,mx-min::4 f-bi:${S.BILATERAL}:ca:mx::2 ` +
        `f-na:${S.NORTH_AMERICA}:ca:mx-min::2 f-am:${S.AMERICAS}:ca,ca-min:mx:i-gov2:4`);
    assertEqual(render(view.dup_common_spaces('ca', 'us', date('1995'))),
        `f-gl:${S.GLOBAL}:ca:us::2`);
    assert(view.dup_common_spaces('ca', 'mx', null).get_item(0) instanceof Focal.Space);
});

test('errors name the id or value', () => {
    const graph = makeGraph();
    const view = Focal.View.new(graph);
    let e = assertThrows(() => view.dup_common_spaces('ca', 'atlantis', null),
        err => err.matches(Focal.Error, Focal.Error.UNKNOWN_ID));
    assert(e.message.includes('atlantis'));
    e = assertThrows(() => view.dup_common_spaces('mx-min', 'mx', null),
        err => err.matches(Focal.Error, Focal.Error.INVALID_VALUE));
    assert(e.message.includes('mx-min'));
    graph.lookup('f-na').add_tag('setting:atlantis');
    e = assertThrows(() => view.dup_common_spaces('ca', 'mx', null),
        err => err.matches(Focal.Error, Focal.Error.INCONSISTENT));
    assert(e.message.includes('f-na'));
    graph.lookup('f-na').remove_tag('setting:north-america');
    e = assertThrows(() => view.dup_common_spaces('ca', 'mx', null),
        err => err.matches(Focal.Error, Focal.Error.INVALID_VALUE));
    assert(e.message.includes('"atlantis"'));
});

test('success patterns and where they are missing', () => {
    const graph = Focal.Graph.new();
    for (const [id, country, tags] of [
        ['ca-el', 'CA', ['elections', 'governance']], ['ca-tr', 'CA', ['trade']],
        ['mx-el', 'MX', ['elections', 'governance']], ['mx-tr', 'MX', ['trade']],
    ])
        actor(graph, id, Focal.ActorKind.AGENCY, country, null, tags);
    link(graph, 'ca-el', Focal.LinkKind.COOPERATES_WITH, 'mx-el', null, 'success');
    const view = Focal.View.new(graph);
    const patterns = view.dup_success_patterns();
    assertEqual(patterns.get_n_items(), 1);
    const pattern = patterns.get_item(0);
    assert(pattern instanceof Focal.Pattern);
    assertEqual(pattern.link.source_id, 'ca-el');
    assertEqual(`${pattern.source_kind}-${pattern.target_kind}`, 'agency-agency');
    assertEqual(pattern.sectors.join(','), 'elections,governance');
    assertEqual(pattern.missing.join(','), 'trade');
    link(graph, 'mx-tr', Focal.LinkKind.COOPERATES_WITH, 'ca-tr');
    assertEqual(view.dup_success_patterns().get_item(0).missing.length, 0);
});

test('the Canada-Mexico dataset', () => {
    const srcdir = GLib.getenv('G_TEST_SRCDIR');
    const path = GLib.build_filenamev([srcdir, '..', 'examples', 'data', 'canada-mexico-2004.json']);
    const document = Focal.Document.new();
    document.load_from_file(Gio.File.new_for_path(path), Focal.LoadFlags.NONE, null);
    const view = Focal.View.new(document.graph);
    const spaces = [...view.dup_common_spaces('canada', 'mexico', null)];
    const setting = id => spaces.find(s => s.forum_id === id).setting;
    assertEqual(setting('jmc'), S.BILATERAL);
    assertEqual(setting('oas'), S.AMERICAS);
    assertEqual(setting('un'), S.GLOBAL);
    for (let i = 1; i < spaces.length; i++)
        assert(spaces[i - 1].setting <= spaces[i].setting);
    assert([...view.dup_success_patterns()].some(p =>
        p.link.source_id === 'elections-canada' && p.link.target_id === 'ife'));
});

run();
