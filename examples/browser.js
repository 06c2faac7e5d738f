// browser.js: a small GTK 4 browser of the actors of a focal/1 document and
// of their links.
//
// SPDX-FileCopyrightText: 2026 The libfocal developers
// SPDX-License-Identifier: LGPL-2.1-or-later
//
// The list on the left is bound directly to the graph's own GListModel
// (Focal.Graph.get_actors), through a Gtk.SingleSelection: GTK creates rows
// only for the actors on screen, and a change to the graph shows up in the
// list without any copying. The pane on the right shows the selected actor's
// links (Focal.Graph.dup_links_for) with their kind, other end and period.
//
//   gjs -m examples/browser.js [--file DOC.json] [--select ID] [--screenshot OUT.png]
//
// Without --file it opens the Canada–Mexico dataset next to this script.
// --select selects an actor by id. --screenshot waits until the window is
// drawn, saves it as a PNG (rendered by GTK itself, so no X tools are needed)
// and quits.
//
// From a build tree: `meson devenv -C _build gjs -m examples/browser.js`.

import GLib from 'gi://GLib';
import Gio from 'gi://Gio';
import Graphene from 'gi://Graphene';
import Pango from 'gi://Pango';
import Gtk from 'gi://Gtk?version=4.0';
import Focal from 'gi://Focal?version=1';
import system from 'system';

const WIDTH = 1000;
const HEIGHT = 640;

// GJS enums are plain numbers: Focal.LinkKind.COOPERATES_WITH back to
// 'cooperates-with', the nick used in focal/1 files.
function nick(enumObject, value) {
    const entry = Object.entries(enumObject).find(([, v]) => v === value);
    return entry ? entry[0].toLowerCase().replaceAll('_', '-') : String(value);
}

function describeActor(actor) {
    return [actor.id, nick(Focal.ActorKind, actor.kind), actor.country,
        nick(Focal.Level, actor.level)].filter(Boolean).join(' · ');
}

// A factory for a list of actors: a bold name over a dim line of details.
function actorFactory() {
    const factory = new Gtk.SignalListItemFactory();
    factory.connect('setup', (_factory, item) => {
        const box = new Gtk.Box({
            orientation: Gtk.Orientation.VERTICAL,
            margin_top: 4, margin_bottom: 4, margin_start: 8, margin_end: 8,
        });
        box.append(new Gtk.Label({xalign: 0, ellipsize: Pango.EllipsizeMode.END}));
        box.append(new Gtk.Label({
            xalign: 0,
            ellipsize: Pango.EllipsizeMode.END,
            css_classes: ['dim-label', 'caption'],
        }));
        item.child = box;
    });
    factory.connect('bind', (_factory, item) => {
        const actor = item.item;
        const name = item.child.get_first_child();
        name.set_markup(`<b>${GLib.markup_escape_text(actor.name ?? actor.id, -1)}</b>`);
        name.get_next_sibling().label = describeActor(actor);
    });
    return factory;
}

// A column of the links view: fn(link) gives the cell's text.
function linkColumn(title, fn, expand = false) {
    const factory = new Gtk.SignalListItemFactory();
    factory.connect('setup', (_factory, item) => {
        item.child = new Gtk.Label({
            xalign: 0,
            ellipsize: Pango.EllipsizeMode.END,
            margin_start: 6,
            margin_end: 6,
        });
    });
    factory.connect('bind', (_factory, item) => {
        item.child.label = fn(item.item);
    });
    return new Gtk.ColumnViewColumn({title, factory, expand, resizable: true});
}

class Browser {
    constructor(app, graph, title) {
        this.graph = graph;
        this.actorId = null;

        // The graph's model, as is: no copy, no JS array.
        this.selection = new Gtk.SingleSelection({model: graph.get_actors()});
        this.list = new Gtk.ListView({
            model: this.selection,
            factory: actorFactory(),
            css_classes: ['navigation-sidebar'],
        });

        this.heading = new Gtk.Label({xalign: 0, wrap: true, css_classes: ['title-2']});
        this.details = new Gtk.Label({xalign: 0, wrap: true, css_classes: ['dim-label']});
        this.summary = new Gtk.Label({xalign: 0, margin_top: 6});

        this.links = new Gtk.ColumnView({
            show_column_separators: true,
            show_row_separators: true,
            vexpand: true,
        });
        this.links.append_column(linkColumn('Kind', link => {
            const kind = nick(Focal.LinkKind, link.kind);
            if (Focal.LinkKind.is_symmetric(link.kind))
                return `↔ ${kind}`;
            return link.source_id === this.actorId ? `→ ${kind}` : `← ${kind}`;
        }));
        this.links.append_column(linkColumn('Other end', link => {
            const other = link.get_other_end(this.actorId);
            const entity = this.graph.lookup(other);
            return entity?.name ? `${entity.name} (${other})` : other;
        }, true));
        const period = linkColumn('Period', link => link.period?.to_string() ?? 'undated');
        period.fixed_width = 140;
        this.links.append_column(period);

        const pane = new Gtk.Box({
            orientation: Gtk.Orientation.VERTICAL,
            spacing: 4,
            margin_top: 12, margin_bottom: 12, margin_start: 12, margin_end: 12,
        });
        pane.append(this.heading);
        pane.append(this.details);
        pane.append(this.summary);
        pane.append(new Gtk.ScrolledWindow({
            child: this.links,
            vexpand: true,
            has_frame: true,
        }));

        const paned = new Gtk.Paned({
            orientation: Gtk.Orientation.HORIZONTAL,
            start_child: new Gtk.ScrolledWindow({
                child: this.list,
                hscrollbar_policy: Gtk.PolicyType.NEVER,
            }),
            end_child: pane,
            position: 340,
            shrink_start_child: false,
        });

        this.window = new Gtk.ApplicationWindow({
            application: app,
            title: `libfocal: ${title}`,
            default_width: WIDTH,
            default_height: HEIGHT,
            child: paned,
        });

        const nActors = graph.get_actors().get_n_items();
        const nLinks = graph.get_links().get_n_items();
        const heading = new Gtk.Box({
            orientation: Gtk.Orientation.VERTICAL,
            valign: Gtk.Align.CENTER,
        });
        heading.append(new Gtk.Label({
            label: title,
            ellipsize: Pango.EllipsizeMode.END,
            css_classes: ['title'],
        }));
        heading.append(new Gtk.Label({
            label: `${nActors} actors, ${nLinks} links`,
            css_classes: ['subtitle'],
        }));
        this.window.set_titlebar(new Gtk.HeaderBar({title_widget: heading}));

        this.selection.connect('notify::selected-item', () => this.showSelected());
        this.showSelected();
    }

    // Selects the actor with the given id and prints its links.
    select(id) {
        const actors = this.selection.model;
        for (let i = 0; i < actors.get_n_items(); i++) {
            const actor = actors.get_item(i);
            if (actor.id === id) {
                this.selection.selected = i;
                this.printLinks(actor);
                return true;
            }
        }
        return false;
    }

    // Scrolls the list to the selected actor; the list must have been laid
    // out once already.
    scrollToSelected() {
        const position = this.selection.selected;
        if (position !== Gtk.INVALID_LIST_POSITION)
            this.list.activate_action('list.scroll-to-item', GLib.Variant.new_uint32(position));
    }

    showSelected() {
        const actor = this.selection.selected_item;
        if (actor === null) {
            this.actorId = null;
            this.heading.label = 'No actor';
            this.details.label = this.summary.label = '';
            this.links.model = null;
            return;
        }

        this.actorId = actor.id;
        this.heading.label = actor.name ?? actor.id;
        this.details.label = describeActor(actor);

        // Every link, in both directions, whatever its period.
        const links = this.graph.dup_links_for(actor.id, Focal.LinkKind.ANY,
            Focal.Direction.BOTH, null);
        const n = links.get_n_items();
        this.summary.label = `${n} link${n === 1 ? '' : 's'}`;
        this.links.model = new Gtk.NoSelection({model: links});
    }

    printLinks(actor) {
        const links = this.graph.dup_links_for(actor.id, Focal.LinkKind.ANY,
            Focal.Direction.BOTH, null);
        const n = links.get_n_items();
        print(`${actor.id}: ${n} link${n === 1 ? '' : 's'}`);
        for (const link of links) {
            print(`  ${nick(Focal.LinkKind, link.kind).padEnd(16)} ` +
                  `${link.get_other_end(actor.id).padEnd(40)} ` +
                  `${link.period?.to_string() ?? 'undated'}`);
        }
    }

    // Renders the window with its own GSK renderer and saves it as a PNG.
    saveScreenshot(path) {
        const width = this.window.get_width();
        const height = this.window.get_height();
        const snapshot = new Gtk.Snapshot();
        new Gtk.WidgetPaintable({widget: this.window}).snapshot(snapshot, width, height);
        const node = snapshot.to_node();
        if (node === null)
            throw new Error('the window drew nothing');
        const viewport = new Graphene.Rect();
        viewport.init(0, 0, width, height);
        const texture = this.window.get_renderer().render_texture(node, viewport);
        if (!texture.save_to_png(path))
            throw new Error(`cannot write ${path}`);
        print(`screenshot: ${path} (${texture.get_width()}x${texture.get_height()})`);
    }
}

const app = new Gtk.Application({
    application_id: 'org.libfocal.Browser',
    flags: Gio.ApplicationFlags.NON_UNIQUE,
});
app.add_main_option('file', 0, GLib.OptionFlags.NONE, GLib.OptionArg.STRING,
    'The focal/1 document to open', 'FILE');
app.add_main_option('select', 0, GLib.OptionFlags.NONE, GLib.OptionArg.STRING,
    'Select the actor with this id', 'ID');
app.add_main_option('screenshot', 0, GLib.OptionFlags.NONE, GLib.OptionArg.STRING,
    'Save the drawn window as a PNG, then quit', 'FILE');

const options = {};
let exitStatus = 0;
app.connect('handle-local-options', (_app, dict) => {
    for (const name of ['file', 'select', 'screenshot'])
        options[name] = dict.lookup_value(name, null)?.unpack() ?? null;
    return -1; // carry on
});

app.connect('activate', () => {
    const here = Gio.File.new_for_uri(import.meta.url).get_parent();
    const file = options.file
        ? Gio.File.new_for_commandline_arg(options.file)
        : here.get_child('data').get_child('canada-mexico-2004.json');
    const document = Focal.Document.new();
    try {
        document.load_from_file(file, Focal.LoadFlags.NONE, null);
    } catch (e) {
        printerr(`browser.js: ${e.message}`);
        app.quit();
        exitStatus = 1;
        return;
    }

    const browser = new Browser(app, document.get_graph(),
        document.title ?? file.get_basename());
    if (options.select && !browser.select(options.select)) {
        printerr(`browser.js: no actor "${options.select}"`);
        exitStatus = 1;
        app.quit();
        return;
    }
    browser.window.present();
    GLib.idle_add(GLib.PRIORITY_DEFAULT_IDLE, () => {
        browser.scrollToSelected();
        return GLib.SOURCE_REMOVE;
    });

    if (options.screenshot) {
        // Let a few frames go by, so that the rows are created, the selected
        // one scrolled to, and everything laid out and drawn.
        let frames = 0;
        browser.window.add_tick_callback(() => {
            if (++frames < 6)
                return GLib.SOURCE_CONTINUE;
            try {
                browser.saveScreenshot(options.screenshot);
            } catch (e) {
                printerr(`browser.js: screenshot failed: ${e.message}`);
                exitStatus = 1;
            }
            app.quit();
            return GLib.SOURCE_REMOVE;
        });
    }
});

const status = app.run([system.programInvocationName, ...ARGV]);
system.exit(status || exitStatus);
