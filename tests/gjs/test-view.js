// test-view.js: filtered views of a FocalGraph from GJS
//
// SPDX-FileCopyrightText: 2026 The libfocal developers
// SPDX-License-Identifier: LGPL-2.1-or-later

import Focal from 'gi://Focal?version=1';
import {test, assert, assertEqual, run} from './tap.js';

const date = text => Focal.Date.new_from_string(text);
const ids = model => [...model].map(e => e.id).join(',');
const ends = model => [...model].map(l => `${l.source_id}>${l.target_id}`).join(',');

function makeGraph() {
    const graph = Focal.Graph.new();
    for (const [id, kind, country, tag] of [
        ['canada', Focal.ActorKind.STATE, 'CA', null],
        ['mexico', Focal.ActorKind.STATE, 'MX', null],
        ['elections-canada', Focal.ActorKind.AGENCY, 'CA', 'electoral'],
        ['ife', Focal.ActorKind.AGENCY, 'MX', 'electoral'],
        ['alberta', Focal.ActorKind.SUBNATIONAL_GOVERNMENT, 'CA-AB', null],
        ['jalisco', Focal.ActorKind.SUBNATIONAL_GOVERNMENT, 'MX-JAL', null],
    ]) {
        const actor = Focal.Actor.new(id, kind);
        actor.set_country(country);
        if (tag)
            actor.add_tag(tag);
        graph.add(actor);
    }
    graph.lookup('ife').valid = date('1990/2014');
    graph.add(Focal.Forum.new('jmc', Focal.ForumKind.JOINT_COMMITTEE));
    for (const [source, kind, target, period] of [
        ['elections-canada', Focal.LinkKind.PART_OF, 'canada', null],
        ['ife', Focal.LinkKind.PART_OF, 'mexico', null],
        ['elections-canada', Focal.LinkKind.COOPERATES_WITH, 'ife', '1996/..'],
        ['alberta', Focal.LinkKind.PARTNERS_WITH, 'jalisco', '1999/..'],
        ['canada', Focal.LinkKind.MEMBER_OF, 'jmc', null],
    ]) {
        const link = Focal.Link.new(source, kind, target);
        if (period)
            link.period = date(period);
        graph.add_link(link);
    }
    return graph;
}

test('a view of the whole graph', () => {
    const graph = makeGraph();
    const view = Focal.View.new(graph);
    assertEqual(view.graph, graph);
    assertEqual(view.parent, null);
    assertEqual(ids(view.dup_entities()),
        'canada,mexico,elections-canada,ife,alberta,jalisco,jmc');
    assertEqual(view.dup_links().get_n_items(), 5);
    assert(view.contains(graph.lookup('jmc')));
});

test('as of a date', () => {
    const graph = makeGraph();
    const view = Focal.View.new(graph);
    const in1995 = view.at(date('1995'));
    assertEqual(in1995.parent, view);
    assertEqual(ends(in1995.dup_links()),
        'elections-canada>canada,ife>mexico,canada>jmc');
    const in2016 = view.at(date('2016'));
    assert(!in2016.contains(graph.lookup('ife')));
    assertEqual(ends(in2016.dup_links()),
        'elections-canada>canada,alberta>jalisco,canada>jmc');
});

test('kinds, levels, countries and tags, composed', () => {
    const view = Focal.View.new(makeGraph());
    assertEqual(ends(view.with_link_kinds([Focal.LinkKind.COOPERATES_WITH]).dup_links()),
        'elections-canada>ife');
    assertEqual(ids(view.with_actor_kinds([Focal.ActorKind.AGENCY]).dup_entities()),
        'elections-canada,ife,jmc');
    assertEqual(ids(view.with_levels([Focal.Level.SUBNATIONAL]).dup_entities()),
        'alberta,jalisco,jmc');
    assertEqual(ids(view.with_countries(['CA']).dup_entities()),
        'canada,elections-canada,alberta,jmc');
    assertEqual(ids(view.with_tags(['electoral']).dup_entities()), 'elections-canada,ife');
    const narrow = view.at(date('2000')).with_countries(['CA', 'MX'])
        .with_link_kinds([Focal.LinkKind.PARTNERS_WITH]);
    assertEqual(ends(narrow.dup_links()), 'alberta>jalisco');
    assertEqual(narrow.parent.parent.parent, view);
});

run();
