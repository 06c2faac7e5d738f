// explore.js: loads the Canada–Mexico dataset from GJS and asks it
// three questions: who the actors are, level by level; whom the Federal
// Electoral Institute (IFE) was tied to in 2004; and how many times the
// Joint Ministerial Committee (JMC) met.
//
// SPDX-FileCopyrightText: 2026 The libfocal developers
// SPDX-License-Identifier: LGPL-2.1-or-later
//
// Run it from a build tree with `meson devenv -C _build gjs -m examples/explore.js`,
// or after installing libfocal with `gjs -m explore.js`. An optional argument
// names another focal/1 document.

import Gio from 'gi://Gio';
import Focal from 'gi://Focal?version=1';
import system from 'system';

// GJS enums are plain numbers: this turns Focal.Level.NON_GOVERNMENTAL back
// into 'non-governmental', the nick used in focal/1 files.
function nick(enumObject, value) {
    const entry = Object.entries(enumObject).find(([, v]) => v === value);
    return entry ? entry[0].toLowerCase().replaceAll('_', '-') : String(value);
}

function countText(count) {
    if (count.exact)
        return `${count.min}, exact`;
    if (count.max === Focal.COUNT_UNBOUNDED)
        return `at least ${count.min}`;
    return `between ${count.min} and ${count.max}`;
}

// The dataset sits next to this script, whatever the current directory.
const here = Gio.File.new_for_uri(import.meta.url).get_parent();
const file = ARGV.length > 0
    ? Gio.File.new_for_commandline_arg(ARGV[0])
    : here.get_child('data').get_child('canada-mexico-2004.json');

const document = Focal.Document.new();
try {
    document.load_from_file(file, Focal.LoadFlags.NONE, null);
} catch (e) {
    // A bad file is reported as file:line:column: $.json.path: message.
    printerr(`explore.js: ${e.message}`);
    system.exit(1);
}
const graph = document.get_graph();
print(`${document.title ?? file.get_basename()}`);
print(`${graph.get_n_entities()} entities, ${graph.get_links().get_n_items()} links\n`);

// 1. The actors, level by level. graph.get_actors() is a GListModel, so
// for..of walks it; it has no .length.
const byLevel = new Map();
for (const actor of graph.get_actors()) {
    if (!byLevel.has(actor.level))
        byLevel.set(actor.level, []);
    byLevel.get(actor.level).push(actor);
}
print(`Actors by level (${graph.get_actors().get_n_items()}):`);
for (const level of [...byLevel.keys()].sort((a, b) => a - b)) {
    const actors = byLevel.get(level);
    print(`  ${nick(Focal.Level, level)} (${actors.length})`);
    for (const actor of actors)
        print(`    ${actor.id.padEnd(36)} ${actor.name ?? ''}`);
}

// 2. IFE's ties as of 2004: links with no period always hold, links with a
// period only while it lasts.
const asOf = Focal.Date.new_from_string('2004');
const ties = graph.dup_links_for('ife', Focal.LinkKind.ANY, Focal.Direction.BOTH, asOf);
const neighbors = graph.dup_neighbors('ife', Focal.LinkKind.ANY, Focal.Direction.BOTH, asOf);
print(`\nNeighbours of IFE as of ${asOf.to_string()} (${neighbors.get_n_items()}):`);
for (const neighbor of neighbors) {
    const kinds = [...ties]
        .filter(link => link.get_other_end('ife') === neighbor.id)
        .map(link => nick(Focal.LinkKind, link.kind));
    print(`  ${neighbor.id.padEnd(30)} ${kinds.join(', ').padEnd(32)} ${neighbor.name ?? ''}`);
}

// 3. JMC meetings: the paper gives 13 between 1968 and 1999, five of them
// between 1989 and 1999, so exactly eight fall in 1968–1988.
print('\nJMC encounters:');
for (const period of [null, '1968/1988', '1989/1999', '1995/1999']) {
    const date = period ? Focal.Date.new_from_string(period) : null;
    const count = graph.count_encounters('jmc', null, null, date);
    print(`  ${(period ?? 'all time').padEnd(10)} ${countText(count)}`);
}
