// consumer.js: uses the INSTALLED Focal-1 typelib and libfocal-1 from GJS.
//
// SPDX-FileCopyrightText: 2026 The libfocal developers
// SPDX-License-Identifier: LGPL-2.1-or-later
//
// run-install-test.sh runs it with GI_TYPELIB_PATH and LD_LIBRARY_PATH set to
// the temporary prefix only, and FOCAL_INSTALLED_LIBDIR naming that libdir.
// It checks that both the typelib and the shared library it uses come from
// there, then uses the library a little. Exits 1 on the first mismatch.

import GLib from 'gi://GLib';
import GIRepository from 'gi://GIRepository?version=2.0';
import Focal from 'gi://Focal?version=1';
import system from 'system';

const DOCUMENT = `{
  "format": "focal/1",
  "forums": [{"id": "jmc", "kind": "joint-committee"}],
  "events": [
    {"id": "jmc-1968-1999", "kind": "meeting", "date": "1968/1999", "forum": "jmc",
     "aggregate": true, "count": 13},
    {"id": "jmc-1989-1999", "kind": "meeting", "date": "1989/1999", "forum": "jmc",
     "parent": "jmc-1968-1999", "aggregate": true, "count": 5}
  ]
}
`;

function check(what, value, expected) {
    print(`${what.padEnd(32)} ${value}`);
    if (value !== expected) {
        printerr(`consumer.js: ${what} is ${value}, expected ${expected}`);
        system.exit(1);
    }
}

const realpath = path => GLib.canonicalize_filename(path, null);
const libdir = realpath(GLib.getenv('FOCAL_INSTALLED_LIBDIR'));

const typelib = GIRepository.Repository.get_default().get_typelib_path('Focal');
check('typelib from the installed libdir', realpath(typelib).startsWith(`${libdir}/`), true);
print(`  ${typelib}`);

const document = Focal.Document.new();
document.load_from_data(DOCUMENT, -1, Focal.LoadFlags.NONE);
const graph = document.get_graph();
check('forums', graph.get_forums().get_n_items(), 1);
check('events', graph.get_events().get_n_items(), 2);

// 13 meetings in 1968-1999, five of them in 1989-1999: exactly 8 before.
const count = graph.count_encounters('jmc', null, null, Focal.Date.new_from_string('1968/1988'));
check('JMC meetings 1968-1988', count.min, 8);
check('... exact', count.exact, true);

try {
    graph.count_encounters('no-such-forum', null, null, null);
    check('counting for an unknown forum fails', false, true);
} catch (e) {
    check('unknown forum is a Focal.Error', e instanceof GLib.Error && e.domain === Focal.error_quark(), true);
}

// The library was loaded by now: it must be the installed copy.
const [, bytes] = GLib.file_get_contents('/proc/self/maps');
const mapped = new Set(new TextDecoder().decode(bytes).split('\n')
    .filter(line => line.includes('libfocal-1.so'))
    .map(line => line.split(/\s+/).pop()));
check('libfocal-1.so mapped', mapped.size > 0, true);
for (const path of mapped) {
    check('library from the installed libdir', realpath(path).startsWith(`${libdir}/`), true);
    print(`  ${path}`);
}
