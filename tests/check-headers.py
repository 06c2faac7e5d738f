#!/usr/bin/python3
# check-headers.py: every public header is included by focal.h, guards
# against direct inclusion, and includes no private header. Prints TAP.
#
# SPDX-FileCopyrightText: 2026 The libfocal developers
# SPDX-License-Identifier: LGPL-2.1-or-later

import pathlib
import re
import sys

include_dir = pathlib.Path(sys.argv[1])
umbrella = (include_dir / "focal.h").read_text()
included = set(re.findall(r"#include <focal/([\w.-]+)>", umbrella))

results = []
for header in sorted(include_dir.glob("focal-*.h")):
    text = header.read_text()
    name = header.name
    results.append((f"{name} is included by focal.h", name in included))
    results.append((f"{name} includes no private header", "-private.h" not in text))
    results.append((f"{name} refuses direct inclusion",
                    "#if !defined(FOCAL_INSIDE) && !defined(FOCAL_COMPILATION)" in text))
for name in sorted(included):
    exists = (include_dir / name).exists() or (include_dir / (name + ".in")).exists() \
        or name == "focal-enum-types.h"
    results.append((f"focal.h includes existing header {name}", exists))

failed = 0
for i, (label, ok) in enumerate(results, 1):
    print(f"{'ok' if ok else 'not ok'} {i} - {label}")
    failed += not ok
print(f"1..{len(results)}")
sys.exit(1 if failed else 0)
