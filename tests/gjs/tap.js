// tap.js: a tiny TAP harness for the GJS tests.
//
// SPDX-FileCopyrightText: 2026 The libfocal developers
// SPDX-License-Identifier: LGPL-2.1-or-later

import System from 'system';

const tests = [];

export function test(name, fn) {
    tests.push([name, fn]);
}

export function assert(cond, message = 'assertion failed') {
    if (!cond)
        throw new Error(message);
}

export function assertEqual(actual, expected, message = '') {
    if (actual !== expected)
        throw new Error(`${message} expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

export function assertThrows(fn, check = () => true, message = 'expected an exception') {
    let thrown = null;
    try {
        fn();
    } catch (e) {
        thrown = e;
    }
    if (thrown === null)
        throw new Error(message);
    if (!check(thrown))
        throw new Error(`${message}: unexpected exception ${thrown}`);
    return thrown;
}

export function run() {
    let failed = 0;
    tests.forEach(([name, fn], i) => {
        try {
            fn();
            print(`ok ${i + 1} - ${name}`);
        } catch (e) {
            failed++;
            print(`not ok ${i + 1} - ${name}`);
            for (const line of `${e}\n${e.stack ?? ''}`.split('\n'))
                print(`# ${line}`);
        }
    });
    print(`1..${tests.length}`);
    System.exit(failed > 0 ? 1 : 0);
}
