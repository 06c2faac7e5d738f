// test-inventory.js: the inventory of a view (Focal.Tally rows) from GJS
//
// SPDX-FileCopyrightText: 2026 The libfocal developers
// SPDX-License-Identifier: LGPL-2.1-or-later

import Gio from 'gi://Gio';
import GLib from 'gi://GLib';
import Focal from 'gi://Focal?version=1';
import {test, assert, assertEqual, run} from './tap.js';

const date = text => Focal.Date.new_from_string(text);
const D = Focal.InventoryDimension;
const render = model => [...model].map(t => `${t.key}=${t.entities}/${t.links}`).join(';');

// Six actors, a forum, an agreement; six links.
function makeGraph() {
    const graph = Focal.Graph.new();
    for (const [id, kind, country, tags, valid] of [
        ['canada', Focal.ActorKind.STATE, 'CA', [], null],
        ['mexico', Focal.ActorKind.STATE, 'MX', [], null],
        ['elections-canada', Focal.ActorKind.AGENCY, 'CA', ['elections'], '1920/..'],
        ['ife', Focal.ActorKind.AGENCY, 'MX', ['elections'], '1990/2014'],
        ['alberta', Focal.ActorKind.SUBNATIONAL_GOVERNMENT, 'CA-AB', ['sub-national'], null],
        ['jalisco', Focal.ActorKind.SUBNATIONAL_GOVERNMENT, 'MX-JAL', ['sub-national'], null],
    ]) {
        const actor = Focal.Actor.new(id, kind);
        actor.set_country(country);
        actor.set_tags(tags);
        if (valid)
            actor.valid = date(valid);
        graph.add(actor);
    }
    const wg = Focal.Forum.new('electoral-wg', Focal.ForumKind.WORKING_GROUP);
    wg.founded = date('1996-05');
    wg.add_tag('elections');
    graph.add(wg);
    graph.add(Focal.Agreement.new('nafta', Focal.AgreementKind.TRADE_AGREEMENT));
    for (const [source, kind, target, period] of [
        ['elections-canada', Focal.LinkKind.PART_OF, 'canada', null],
        ['ife', Focal.LinkKind.PART_OF, 'mexico', null],
        ['ife', Focal.LinkKind.COOPERATES_WITH, 'elections-canada', '1996/..'],
        ['elections-canada', Focal.LinkKind.MEMBER_OF, 'electoral-wg', '1996/..'],
        ['alberta', Focal.LinkKind.PARTNERS_WITH, 'jalisco', '1999'],
        ['mexico', Focal.LinkKind.PARTY_TO, 'nafta', '1994/..'],
    ]) {
        const link = Focal.Link.new(source, kind, target);
        if (period)
            link.period = date(period);
        graph.add_link(link);
    }
    return graph;
}

test('level: actors, and links under the levels of their actor ends', () => {
    const view = Focal.View.new(makeGraph());
    assertEqual(render(view.dup_inventory(D.LEVEL)), 'federal=4/5;subnational=2/1');
});

test('sector: tags, a link once per tag of either end', () => {
    const view = Focal.View.new(makeGraph());
    // elections: elections-canada, ife, the working group; links: both
    // part-of, the cooperation (both ends tagged, once), the membership.
    assertEqual(render(view.dup_inventory(D.SECTOR)), 'elections=3/4;sub-national=2/1');
});

test('kind: entity kind and own kind, link kinds', () => {
    const view = Focal.View.new(makeGraph());
    assertEqual(render(view.dup_inventory(D.KIND)),
        'actor:agency=2/0;actor:state=2/0;actor:subnational-government=2/0;' +
        'agreement:trade-agreement=1/0;forum:working-group=1/0;' +
        'link:cooperates-with=0/1;link:member-of=0/1;link:part-of=0/2;' +
        'link:partners-with=0/1;link:party-to=0/1');
});

test('country pairs: two-letter prefixes in alphabetical order', () => {
    const view = Focal.View.new(makeGraph());
    // ife (MX) cooperates with elections-canada (CA): "CA-MX".
    assertEqual(render(view.dup_inventory(D.COUNTRY_PAIR)), 'CA-CA=0/1;CA-MX=0/2;MX-MX=0/1');
});

test('decade: valid, founded, link periods', () => {
    const view = Focal.View.new(makeGraph());
    assertEqual(render(view.dup_inventory(D.DECADE)),
        'undated=5/2;1990s=2/4;1920s=1/0');
});

test('tallies are plain read-only objects', () => {
    const view = Focal.View.new(makeGraph());
    const rows = view.dup_inventory(D.LEVEL);
    assertEqual(rows.get_n_items(), 2);
    const first = rows.get_item(0);
    assert(first instanceof Focal.Tally);
    assertEqual(first.get_key(), 'federal');
    assertEqual(first.get_entities(), 4);
    assertEqual(first.get_links(), 5);
    const pspec = Focal.Tally.find_property('key');
    assert(pspec !== null);
    assert((pspec.flags & 1) !== 0, 'key is readable');  // G_PARAM_READABLE
    assertEqual(pspec.flags & 2, 0, 'key is not writable');  // G_PARAM_WRITABLE
});

test('counting a narrowed view', () => {
    const view = Focal.View.new(makeGraph());
    assertEqual(view.count_entities(), 8);
    assertEqual(view.count_links(), 6);
    const mexican = view.with_countries(['MX']);
    // mexico, ife, jalisco + forum + agreement; ife part-of mexico,
    // mexico party-to nafta.
    assertEqual(mexican.count_entities(), 5);
    assertEqual(mexican.count_links(), 2);
    assertEqual(render(mexican.dup_inventory(D.LEVEL)), 'federal=2/2;subnational=1/0');
});

test('an empty graph has an empty inventory', () => {
    const view = Focal.View.new(Focal.Graph.new());
    for (const d of [D.LEVEL, D.SECTOR, D.KIND, D.COUNTRY_PAIR, D.DECADE])
        assertEqual(view.dup_inventory(d).get_n_items(), 0);
});

test('the Canada-Mexico dataset adds up', () => {
    const srcdir = GLib.getenv('G_TEST_SRCDIR');
    const path = GLib.build_filenamev([srcdir, '..', 'examples', 'data', 'canada-mexico-2004.json']);
    const document = Focal.Document.new();
    document.load_from_file(Gio.File.new_for_path(path), Focal.LoadFlags.NONE, null);
    const graph = document.graph;
    const view = Focal.View.new(graph);
    assertEqual(view.count_entities(), graph.n_entities);
    const sum = (model, field) => [...model].reduce((s, t) => s + t[field], 0);
    const kinds = view.dup_inventory(D.KIND);
    assertEqual(sum(kinds, 'entities'), graph.n_entities);
    assertEqual(sum(kinds, 'links'), graph.get_links().get_n_items());
    const levels = view.dup_inventory(D.LEVEL);
    assertEqual(sum(levels, 'entities'), graph.get_actors().get_n_items());
    const pairs = [...view.dup_inventory(D.COUNTRY_PAIR)];
    assert(pairs.every(t => t.entities === 0));
    assert(pairs.some(t => t.key === 'CA-MX' && t.links > 0));
});

run();
