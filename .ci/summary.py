#!/usr/bin/python3
# summary.py: prints the plain "N passed, N failed, N skipped" closing line
# from meson's JUnit log, and exits non-zero when anything failed or nothing
# passed at all.
#
# SPDX-FileCopyrightText: 2026 The libfocal developers
# SPDX-License-Identifier: LGPL-2.1-or-later

import json
import re
import sys
import xml.etree.ElementTree as ET


def count(path):
    """Returns (passed, failed, skipped) for one JUnit file."""
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            text = f.read()
    except OSError as e:
        print(f"summary: cannot read {path}: {e}", file=sys.stderr)
        return 0, 1, 0

    # meson copies raw test output into the XML; control characters (ANSI
    # colour codes) are not allowed there.
    text = re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f]", "", text)
    root = ET.fromstring(text)

    passed = failed = skipped = 0
    failed_suites = set()
    for case in root.iter("testcase"):
        if case.find("failure") is not None or case.find("error") is not None:
            failed += 1
            failed_suites.add(case.get("classname") or "")
            failed_suites.add(case.get("name") or "")
            print(f"FAILED: {case.get('classname')} {case.get('name')}", file=sys.stderr)
        elif case.find("skipped") is not None:
            skipped += 1
        else:
            passed += 1

    # A TAP test that crashes after some "ok" lines has only passed cases in
    # the JUnit log; meson's JSON log next to it has the test's result.
    json_path = re.sub(r"\.junit\.xml$", ".json", path)
    if json_path != path:
        try:
            with open(json_path, encoding="utf-8", errors="replace") as f:
                for line in f:
                    test = json.loads(line)
                    name = test.get("name", "")
                    if test.get("result") not in ("FAIL", "ERROR", "TIMEOUT", "UNEXPECTEDPASS"):
                        continue
                    if any(c.endswith(name) for c in failed_suites):
                        continue
                    failed += 1
                    print(f"FAILED: {name} ({test.get('result')})", file=sys.stderr)
        except (OSError, ValueError):
            pass
    return passed, failed, skipped


def main(paths):
    passed = failed = skipped = 0
    for path in paths:
        p, f, s = count(path)
        passed, failed, skipped = passed + p, failed + f, skipped + s

    print(f"{passed} passed, {failed} failed, {skipped} skipped")
    return 1 if failed or passed == 0 else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or ["_build/meson-logs/testlog.junit.xml"]))
