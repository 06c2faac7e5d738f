/* consumer.vala: libfocal from Vala, through the generated libfocal-1.vapi.
 *
 * SPDX-FileCopyrightText: 2026 The libfocal developers
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Builds a graph with two actors and a link, asks for neighbours as of two
 * dates, and catches the Focal.Error of a duplicate id. Prints TAP.
 */

int n_tests = 0;
int n_failed = 0;

void check (string what, bool ok) {
    n_tests++;
    if (!ok)
        n_failed++;
    print ("%s %d - %s\n", ok ? "ok" : "not ok", n_tests, what);
}

string[] neighbour_ids (Focal.Graph graph, string id, string? as_of) throws GLib.Error {
    var date = as_of != null ? new Focal.Date.from_string (as_of) : null;
    var model = graph.dup_neighbors (id, Focal.LinkKind.ANY, Focal.Direction.BOTH, date);
    string[] ids = {};
    for (uint i = 0; i < model.get_n_items (); i++)
        ids += ((Focal.Entity) model.get_item (i)).get_id ();
    return ids;
}

int main () {
    var graph = new Focal.Graph ();
    var ec = new Focal.Actor ("elections-canada", Focal.ActorKind.AGENCY);
    var ife = new Focal.Actor ("ife", Focal.ActorKind.AGENCY);
    var link = new Focal.Link ("elections-canada", Focal.LinkKind.COOPERATES_WITH, "ife");

    try {
        ec.set_name ("Elections Canada");
        ec.set_country ("CA");
        ife.set_country ("MX");
        link.set_period (new Focal.Date.from_string ("1996/.."));
        graph.add (ec);
        graph.add (ife);
        graph.add_link (link);
    } catch (GLib.Error e) {
        printerr ("consumer.vala: %s\n", e.message);
        return 1;
    }

    check ("two actors", graph.get_actors ().get_n_items () == 2);
    check ("one link", graph.get_links ().get_n_items () == 1);
    check ("the actor's level is derived from its kind", ife.get_level () == Focal.Level.FEDERAL);
    check ("properties: kind and country", ec.kind == Focal.ActorKind.AGENCY && ec.country == "CA");
    check ("the link is symmetric", link.get_kind ().is_symmetric ());

    try {
        var before = neighbour_ids (graph, "ife", "1995");
        var after = neighbour_ids (graph, "ife", "2004");
        check ("no neighbour in 1995", before.length == 0);
        check ("elections-canada is the neighbour in 2004",
               after.length == 1 && after[0] == "elections-canada");
    } catch (GLib.Error e) {
        check ("neighbours: %s".printf (e.message), false);
    }

    /* Bad data is a Focal.Error that names the offending id. */
    try {
        graph.add (new Focal.Actor ("ife", Focal.ActorKind.AGENCY));
        check ("adding \"ife\" twice throws", false);
    } catch (Focal.Error.DUPLICATE_ID e) {
        check ("adding \"ife\" twice throws Focal.Error.DUPLICATE_ID naming it", "ife" in e.message);
    } catch (GLib.Error e) {
        check ("adding \"ife\" twice throws DUPLICATE_ID, not %s".printf (e.message), false);
    }

    try {
        neighbour_ids (graph, "no-such-actor", null);
        check ("neighbours of an unknown id throw", false);
    } catch (Focal.Error e) {
        check ("neighbours of an unknown id throw a Focal.Error", "no-such-actor" in e.message);
    } catch (GLib.Error e) {
        check ("neighbours of an unknown id throw a Focal.Error, not %s".printf (e.message), false);
    }

    print ("1..%d\n", n_tests);
    return n_failed == 0 ? 0 : 1;
}
