# conftest.py: loads the uninstalled Focal typelib and, when PYTEST_TAP=1,
# reports results as TAP so that meson counts each pytest test.
#
# SPDX-FileCopyrightText: 2026 The libfocal developers
# SPDX-License-Identifier: LGPL-2.1-or-later

import os

import gi

gi.require_version("GLib", "2.0")
gi.require_version("GObject", "2.0")
gi.require_version("Gio", "2.0")
gi.require_version("Focal", "1")

import pytest  # noqa: E402


class _TapReporter:
    def __init__(self):
        self.count = 0

    def _emit(self, ok, nodeid, text=None):
        self.count += 1
        print(f"{'ok' if ok else 'not ok'} {self.count} - {nodeid}", flush=True)
        if text:
            for line in str(text).splitlines():
                print(f"# {line}", flush=True)

    def pytest_runtest_logreport(self, report):
        if report.when == "call":
            if report.skipped:
                print(f"ok {self.count + 1} - {report.nodeid} # SKIP", flush=True)
                self.count += 1
            else:
                self._emit(report.passed, report.nodeid,
                           None if report.passed else report.longreprtext)
        elif report.failed:
            self._emit(False, f"{report.nodeid} ({report.when})", report.longreprtext)
        elif report.when == "setup" and report.skipped:
            self.count += 1
            print(f"ok {self.count} - {report.nodeid} # SKIP", flush=True)

    def pytest_collectreport(self, report):
        if report.failed:
            self._emit(False, f"collect {report.nodeid}", report.longreprtext)

    def pytest_sessionfinish(self, session, exitstatus):
        print(f"1..{self.count}", flush=True)


@pytest.hookimpl(trylast=True)
def pytest_configure(config):
    if os.environ.get("PYTEST_TAP") == "1":
        reporter = config.pluginmanager.getplugin("terminalreporter")
        if reporter is not None:
            config.pluginmanager.unregister(reporter)
        config.pluginmanager.register(_TapReporter(), "focal-tap")
