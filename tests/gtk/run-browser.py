#!/usr/bin/python3
# run-browser.py: smoke test of examples/browser.js, the GTK 4 browser, in a
# private Xvfb server.
#
# SPDX-FileCopyrightText: 2026 The libfocal developers
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# Usage: run-browser.py BROWSER_JS OUTPUT_PNG
#
# Runs `gjs -m browser.js --select ife --screenshot OUTPUT_PNG` and checks
# that it exits 0 by itself, printed IFE's links, and wrote a PNG of the
# window's size with something in it. Exits 77 (skipped) when Xvfb, gjs or
# the Gtk 4.0 typelib is missing. The environment comes from meson (the
# uninstalled Focal typelib and library).

import os
import shutil
import struct
import subprocess
import sys
import tempfile

SKIP = 77
# examples/browser.js asks for this default size; GTK's client-side
# decorations may take a few pixels of it.
WIDTH, HEIGHT = 1000, 640
MIN_PNG_BYTES = 20000


def skip(message):
    print(f'SKIP: {message}')
    sys.exit(SKIP)


def fail(message, output=None):
    print(f'FAIL: {message}')
    if output:
        print(output)
    sys.exit(1)


def png_size(path):
    with open(path, 'rb') as png:
        head = png.read(24)
    if len(head) < 24 or head[:8] != b'\x89PNG\r\n\x1a\n' or head[12:16] != b'IHDR':
        fail(f'{path} is not a PNG file')
    return struct.unpack('>II', head[16:24])


def gtk4_available():
    try:
        import gi
        gi.require_version('Gtk', '4.0')
    except (ImportError, ValueError):
        return False
    return True


def start_xvfb(xvfb):
    """Starts Xvfb on a free display, which it picks itself (-displayfd)."""
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen(
        [xvfb, '-displayfd', str(write_fd), '-screen', '0', '1280x800x24',
         '-nolisten', 'tcp', '-noreset'],
        pass_fds=[write_fd], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        display = pipe.readline().strip()  # empty when Xvfb died first
    if not display:
        server.kill()
        _, errors = server.communicate()
        fail('Xvfb did not start', errors.decode(errors='replace'))
    return server, f':{display}'


def main():
    if len(sys.argv) != 3:
        sys.exit(f'usage: {sys.argv[0]} BROWSER_JS OUTPUT_PNG')
    browser, output = sys.argv[1], os.path.abspath(sys.argv[2])

    xvfb = shutil.which('Xvfb')
    gjs = shutil.which('gjs')
    if xvfb is None:
        skip('Xvfb is not installed (Debian package xvfb)')
    if gjs is None:
        skip('gjs is not installed')
    if not gtk4_available():
        skip('the Gtk 4.0 typelib is not installed (Debian package gir1.2-gtk-4.0)')

    if os.path.exists(output):
        os.unlink(output)

    server, display = start_xvfb(xvfb)
    try:
        env = dict(os.environ)
        env.update({
            'DISPLAY': display,
            'GDK_BACKEND': 'x11',
            # No session bus in a test: without this, GTK's accessibility
            # bridge warns, and G_DEBUG=fatal-warnings makes that fatal.
            'GTK_A11Y': 'none',
            'NO_AT_BRIDGE': '1',
        })
        env.pop('WAYLAND_DISPLAY', None)
        with tempfile.TemporaryDirectory(prefix='focal-gtk-test.') as home:
            env['XDG_RUNTIME_DIR'] = home
            env['XDG_CONFIG_HOME'] = os.path.join(home, 'config')
            try:
                run = subprocess.run(
                    [gjs, '-m', browser, '--select', 'ife', '--screenshot', output],
                    env=env, capture_output=True, text=True, timeout=60)
            except subprocess.TimeoutExpired as e:
                fail('browser.js did not quit within 60 s', e.stdout)
    finally:
        server.terminate()
        server.wait(timeout=10)

    print(f'$ gjs -m {browser} --select ife --screenshot {output}')
    print(run.stdout, end='')
    print(run.stderr, end='', file=sys.stderr)
    if run.returncode != 0:
        fail(f'browser.js exited with status {run.returncode}')

    lines = run.stdout.splitlines()
    if not any(line.startswith('ife: ') and line.endswith(' links') for line in lines):
        fail('browser.js did not print the selected actor\'s links ("ife: N links")')
    if not any(line.split()[:2] == ['cooperates-with', 'elections-canada'] and
               line.split()[2:] == ['1996/..'] for line in lines):
        fail('browser.js did not print IFE\'s link "cooperates-with elections-canada 1996/.."')

    if not os.path.isfile(output):
        fail(f'no screenshot at {output}')
    size = os.path.getsize(output)
    width, height = png_size(output)
    print(f'screenshot {output}: {width}x{height}, {size} bytes')
    if f'screenshot: {output} ({width}x{height})' not in lines:
        fail('the PNG does not have the size browser.js reported')
    if not (WIDTH * 0.9 <= width <= WIDTH and HEIGHT * 0.9 <= height <= HEIGHT):
        fail(f'the PNG is {width}x{height}, not about {WIDTH}x{HEIGHT}')
    if size < MIN_PNG_BYTES:
        fail(f'the PNG is only {size} bytes: the window is nearly empty')
    print('PASS')


if __name__ == '__main__':
    main()
