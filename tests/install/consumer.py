#!/usr/bin/python3
# consumer.py: uses the INSTALLED Focal-1 typelib and libfocal-1 from Python.
#
# SPDX-FileCopyrightText: 2026 The libfocal developers
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# run-install-test.sh runs it with GI_TYPELIB_PATH and LD_LIBRARY_PATH set to
# the temporary prefix only, and FOCAL_INSTALLED_LIBDIR naming that libdir.
# It checks that both the typelib and the shared library it uses come from
# there, then uses the library a little. Exits 1 on the first mismatch.

import os
import sys

import gi

gi.require_version('GIRepository', '2.0')
gi.require_version('Focal', '1')
from gi.repository import GIRepository  # noqa: E402
from gi.repository import Focal, GLib  # noqa: E402

DOCUMENT = '''{
  "format": "focal/1",
  "actors": [
    {"id": "elections-canada", "kind": "agency", "country": "CA"},
    {"id": "ife", "kind": "agency", "country": "MX"}
  ],
  "links": [
    {"source": "elections-canada", "kind": "cooperates-with", "target": "ife",
     "period": "1996/.."}
  ]
}
'''


def check(what, value, expected):
    print(f'{what:32} {value}')
    if value != expected:
        sys.exit(f'consumer.py: {what} is {value!r}, expected {expected!r}')


def main():
    libdir = os.path.realpath(os.environ['FOCAL_INSTALLED_LIBDIR'])

    typelib = GIRepository.Repository.get_default().get_typelib_path('Focal')
    check('typelib from the installed libdir',
          os.path.realpath(typelib).startswith(libdir + os.sep), True)
    print(f'  {typelib}')

    document = Focal.Document.new()
    document.load_from_data(DOCUMENT, -1, Focal.LoadFlags.NONE)
    graph = document.props.graph
    check('actors', len(graph.get_actors()), 2)
    check('links', len(graph.get_links()), 1)

    as_of = Focal.Date.new_from_string('1995')
    check('ife neighbours as of 1995',
          [e.props.id for e in graph.dup_neighbors('ife', Focal.LinkKind.ANY,
                                                   Focal.Direction.BOTH, as_of)], [])
    as_of = Focal.Date.new_from_string('2004')
    check('ife neighbours as of 2004',
          [e.props.id for e in graph.dup_neighbors('ife', Focal.LinkKind.ANY,
                                                   Focal.Direction.BOTH, as_of)],
          ['elections-canada'])

    try:
        graph.add(Focal.Actor.new('ife', Focal.ActorKind.AGENCY))
        check('adding "ife" twice fails', False, True)
    except GLib.Error as e:
        check('adding "ife" twice fails with DUPLICATE_ID',
              e.matches(Focal.error_quark(), Focal.Error.DUPLICATE_ID), True)

    # The library was loaded by now: it must be the installed copy.
    with open('/proc/self/maps', encoding='utf-8') as maps:
        mapped = {line.split()[-1] for line in maps if 'libfocal-1.so' in line}
    check('libfocal-1.so mapped', len(mapped) > 0, True)
    for path in mapped:
        check('library from the installed libdir',
              os.path.realpath(path).startswith(libdir + os.sep), True)
        print(f'  {path}')


if __name__ == '__main__':
    main()
