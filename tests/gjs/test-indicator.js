// test-indicator.js: FocalIndicator from GJS.
//
// SPDX-FileCopyrightText: 2026 The libfocal developers
// SPDX-License-Identifier: LGPL-2.1-or-later

import Focal from 'gi://Focal?version=1';
import {test, assert, assertEqual, run} from './tap.js';

function countNotify(obj, prop) {
    const counts = {one: 0, all: 0};
    obj.connect(`notify::${prop}`, () => counts.one++);
    obj.connect('notify', () => counts.all++);
    return counts;
}

test('new gives an exact value and no details', () => {
    const indicator = Focal.Indicator.new('staff', 100);
    assertEqual(indicator.name, 'staff');
    assertEqual(indicator.value, 100);
    assertEqual(indicator.qualifier, Focal.Qualifier.EXACT);
    assertEqual(typeof indicator.qualifier, 'number');
    assertEqual(indicator.unit, null);
    assertEqual(indicator.date, null);
    assertEqual(indicator.partOf, null);
    assertEqual(indicator.label, null);
    assertEqual(indicator.get_citations().get_n_items(), 0);
});

test('constructor takes every property', () => {
    const indicator = new Focal.Indicator({
        name: 'staff-canadian-diplomats', value: 30,
        qualifier: Focal.Qualifier.MORE_THAN, unit: 'persons',
        date: Focal.Date.new_from_string('2004'), partOf: 'staff',
        label: 'Canadian diplomats at the embassy',
    });
    assertEqual(indicator.get_name(), 'staff-canadian-diplomats');
    assertEqual(indicator.get_value(), 30);
    assertEqual(indicator.get_qualifier(), Focal.Qualifier.MORE_THAN);
    assertEqual(indicator.get_unit(), 'persons');
    assertEqual(indicator.get_date().to_string(), '2004');
    assertEqual(indicator.get_part_of(), 'staff');
    assertEqual(indicator.part_of, 'staff');
    assertEqual(indicator.get_label(), 'Canadian diplomats at the embassy');
});

for (const [prop, jsProp] of [['unit', 'unit'], ['part_of', 'partOf'], ['label', 'label']]) {
    test(`${prop} notifies once per change`, () => {
        const indicator = Focal.Indicator.new('staff', 100);
        const counts = countNotify(indicator, prop.replace('_', '-'));
        indicator[`set_${prop}`]('persons');
        indicator[`set_${prop}`]('persons');
        indicator[jsProp] = 'USD';
        indicator[jsProp] = 'USD';
        assertEqual(indicator[`get_${prop}`](), 'USD');
        indicator[`set_${prop}`](null);
        assertEqual(indicator[jsProp], null);
        assertEqual(counts.one, 3);
        assertEqual(counts.all, 3);
    });
}

test('value and qualifier notify once per change', () => {
    const indicator = Focal.Indicator.new('trade', 12e9);
    const value = countNotify(indicator, 'value');
    indicator.set_value(12e9);
    indicator.value = 13e9;
    indicator.value = 13e9;
    assertEqual(indicator.get_value(), 13e9);
    assertEqual(value.one, 1);

    const qualifier = countNotify(indicator, 'qualifier');
    indicator.set_qualifier(Focal.Qualifier.APPROXIMATE);
    indicator.qualifier = Focal.Qualifier.APPROXIMATE;
    assertEqual(indicator.qualifier, Focal.Qualifier.APPROXIMATE);
    assertEqual(qualifier.one, 1);
});

test('an equal date in another instance does not notify', () => {
    const indicator = Focal.Indicator.new('staff', 100);
    const counts = countNotify(indicator, 'date');
    indicator.set_date(Focal.Date.new_from_string('2004'));
    indicator.date = Focal.Date.new_from_string('2004');
    assertEqual(counts.one, 1);
    indicator.date = Focal.Date.new(2004, 10, 0);
    assertEqual(indicator.date.to_string(), '2004-10');
    assertEqual(counts.one, 2);
    indicator.set_date(null);
    assertEqual(indicator.date, null);
    assertEqual(counts.one, 3);
});

const Q = Focal.Qualifier;
for (const [name, qualifier, min, max] of [
    ['EXACT', Q.EXACT, 25, 25],
    ['APPROXIMATE', Q.APPROXIMATE, -Infinity, Infinity],
    ['AT_LEAST', Q.AT_LEAST, 25, Infinity],
    ['MORE_THAN', Q.MORE_THAN, 25, Infinity],
    ['AT_MOST', Q.AT_MOST, -Infinity, 25],
    ['FEWER_THAN', Q.FEWER_THAN, -Infinity, 25],
]) {
    test(`bounds of ${name}`, () => {
        const indicator = new Focal.Indicator({name: 'encounters', value: 25, qualifier});
        const [lower, upper] = indicator.get_bounds();
        assertEqual(lower, min);
        assertEqual(upper, max);
    });
}

test('citations keep their order and signal items-changed', () => {
    const indicator = Focal.Indicator.new('staff', 100);
    const model = indicator.get_citations();
    const changes = [];
    model.connect('items-changed', (m, pos, removed, added) => changes.push([pos, removed, added]));
    indicator.add_citation(new Focal.Citation({sourceId: 'src-a', page: '4'}));
    indicator.add_citation(Focal.Citation.new('src-b'));
    assertEqual(JSON.stringify(changes), '[[0,0,1],[1,0,1]]');
    assertEqual(model.get_n_items(), 2);
    assertEqual(model.get_item(0).page, '4');
    assert(model.get_item(0) instanceof Focal.Citation, 'items are citations');
    const ids = [];
    for (const citation of model)
        ids.push(citation.sourceId);
    assertEqual(ids.join(','), 'src-a,src-b');
});

run();
