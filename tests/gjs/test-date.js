// test-date.js: FocalDate from GJS.
//
// SPDX-FileCopyrightText: 2026 The libfocal developers
// SPDX-License-Identifier: LGPL-2.1-or-later

import GLib from 'gi://GLib';
import Focal from 'gi://Focal?version=1';
import {test, assert, assertEqual, assertThrows, run} from './tap.js';

const parse = text => Focal.Date.new_from_string(text);
const julian = (year, month, day) => GLib.Date.new_dmy(day, month, year).get_julian();

const ROUND_TRIP = [
    '2004', '2004-10', '2004-10-15', '1989/1999', '2004-10/2005-03-15',
    '1996?', '2001~', '2001%', '1996?/2004~', '199X', '19XX', '2004-XX',
    '2004-10-XX', '../2004', '2000/..', '/2004', '2000/',
];

test('round trip', () => {
    for (const text of ROUND_TRIP)
        assertEqual(parse(text).to_string(), text, text);
});

test('single date fields', () => {
    const date = parse('2004-10-15');
    assert(date instanceof Focal.Date, 'a Focal.Date');
    assertEqual(date.get_precision(), Focal.DatePrecision.DAY);
    assertEqual(date.is_interval(), false);
    assertEqual(date.get_year(), 2004);
    assertEqual(date.get_month(), 10);
    assertEqual(date.get_day(), 15);
    assertEqual(date.is_uncertain(), false);
    assertEqual(date.get_first_day(), julian(2004, 10, 15));
    assertEqual(date.get_last_day(), julian(2004, 10, 15));
    assert(date.get_start().equal(date), 'a single date starts at itself');
});

test('unspecified digits and qualifiers', () => {
    const decade = parse('199X?');
    assertEqual(decade.get_precision(), Focal.DatePrecision.YEAR);
    assertEqual(decade.get_year(), 1990);
    assertEqual(decade.is_uncertain(), true);
    assertEqual(decade.is_approximate(), false);
    assertEqual(decade.get_first_day(), julian(1990, 1, 1));
    assertEqual(decade.get_last_day(), julian(1999, 12, 31));

    const month = parse('2004-XX');
    assertEqual(month.get_precision(), Focal.DatePrecision.MONTH);
    assertEqual(month.get_month(), 0);
    assertEqual(month.get_last_day() - month.get_first_day() + 1, 366);
});

test('interval fields', () => {
    const interval = parse('1996?/2004~');
    assertEqual(interval.get_precision(), Focal.DatePrecision.INTERVAL);
    assertEqual(interval.is_interval(), true);
    assertEqual(interval.get_year(), 0);
    assertEqual(interval.is_uncertain(), true);
    assertEqual(interval.is_approximate(), true);
    assertEqual(interval.get_start().to_string(), '1996?');
    assertEqual(interval.get_end().to_string(), '2004~');
    assertEqual(interval.get_first_day(), julian(1996, 1, 1));
    assertEqual(interval.get_last_day(), julian(2004, 12, 31));
});

test('open ends', () => {
    const open = parse('2000/..');
    assertEqual(open.get_end(), null);
    assertEqual(open.is_end_open(), true);
    assertEqual(open.is_start_open(), false);
    assertEqual(open.get_last_day(), Focal.DATE_DAY_MAX);

    const unknown = parse('/2004');
    assertEqual(unknown.get_start(), null);
    assertEqual(unknown.is_start_open(), true);
    assertEqual(unknown.get_first_day(), Focal.DATE_DAY_MIN);
});

test('constructors', () => {
    const start = Focal.Date.new(1989, 0, 0);
    const end = Focal.Date.new(1999, 6, 0);
    assertEqual(Focal.Date.new_interval(start, end).to_string(), '1989/1999-06');
    assertEqual(Focal.Date.new_interval(null, end).to_string(), '../1999-06');
    assertEqual(Focal.Date.new_interval(start, null).to_string(), '1989/..');
    assertEqual(Focal.Date.new(2004, 2, 29).to_string(), '2004-02-29');
});

test('contains and overlaps', () => {
    assertEqual(parse('1989/1999').contains(parse('1994-01-01')), true);
    assertEqual(parse('1989/1999').contains(parse('2000')), false);
    assertEqual(parse('2000/..').contains(parse('2010/..')), true);
    assertEqual(parse('2004').contains(parse('2004/..')), false);
    assertEqual(parse('1989/1999').overlaps(parse('1999/2004')), true);
    assertEqual(parse('1989/1999').overlaps(parse('2000/2004')), false);
    assertEqual(parse('../1990').overlaps(parse('1990-12')), true);
});

test('compare, equal and hash', () => {
    const dates = ['2004/..', '1990', '../1990', '1990-01', '199X'].map(parse);
    dates.sort((a, b) => a.compare(b));
    assertEqual(dates.map(d => d.to_string()).join(' '), '../1990 1990-01 1990 199X 2004/..');

    const a = parse('2004');
    const b = Focal.Date.new(2004, 0, 0);
    assertEqual(a.equal(b), true);
    assertEqual(a.compare(b), 0);
    assertEqual(a.hash(), b.hash());
    assertEqual(a.equal(parse('2004~')), false);
});

test('parse errors', () => {
    for (const text of ['spring', '', '2004 ', '2001-21', 'Y170000002', '-1985']) {
        const e = assertThrows(() => parse(text));
        assert(e.matches(Focal.Error, Focal.Error.PARSE), `${text}: ${e}`);
        assertEqual(e.code, Focal.Error.PARSE);
        assert(e.message.includes(`"${text}"`), e.message);
    }
});

test('invalid value errors', () => {
    for (const text of ['2004-02-30', '2004-13', '0000', '1999/1989']) {
        const e = assertThrows(() => parse(text));
        assert(e.matches(Focal.Error, Focal.Error.INVALID_VALUE), `${text}: ${e}`);
        assert(e.message.includes(`"${text}"`), e.message);
    }
    const e = assertThrows(() => parse('1999/1989'));
    assertEqual(e.message, 'invalid date "1999/1989": the start 1999 comes after the end 1989');
});

run();
