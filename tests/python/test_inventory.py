# test_inventory.py: the inventory of a view (Focal.Tally rows) from Python,
# checked against counts recomputed in plain Python and on the dataset
#
# SPDX-FileCopyrightText: 2026 The libfocal developers
# SPDX-License-Identifier: LGPL-2.1-or-later

import collections
import os
import pathlib

import pytest
from gi.repository import Focal, Gio

SRCDIR = pathlib.Path(os.environ.get("G_TEST_SRCDIR", pathlib.Path(__file__).parent.parent))
DATASET = SRCDIR.parent / "examples" / "data" / "canada-mexico-2004.json"

D = Focal.InventoryDimension


def date(text):
    return Focal.Date.new_from_string(text)


def rows(view, dimension):
    return [(t.props.key, t.props.entities, t.props.links) for t in view.dup_inventory(dimension)]


@pytest.fixture
def graph():
    K = Focal.ActorKind
    L = Focal.LinkKind
    g = Focal.Graph.new()
    for ident, kind, country, tags, valid in [
        ("canada", K.STATE, "CA", [], None),
        ("mexico", K.STATE, "MX", [], None),
        ("elections-canada", K.AGENCY, "CA", ["elections"], "1920/.."),
        ("ife", K.AGENCY, "MX", ["elections"], "1990/2014"),
        ("alberta", K.SUBNATIONAL_GOVERNMENT, "CA-AB", ["sub-national"], None),
        ("jalisco", K.SUBNATIONAL_GOVERNMENT, "MX-JAL", ["sub-national", "agriculture"], None),
        ("edmonton", K.MUNICIPALITY, "CA-AB", ["municipal"], None),
        ("green", K.PERSON, "MX", [], None),
    ]:
        a = Focal.Actor.new(ident, kind)
        a.set_country(country)
        a.set_tags(tags)
        if valid:
            a.props.valid = date(valid)
        g.add(a)
    wg = Focal.Forum.new("electoral-wg", Focal.ForumKind.WORKING_GROUP)
    wg.props.founded = date("1996-05")
    wg.add_tag("elections")
    g.add(wg)
    sawp = Focal.Agreement.new("sawp", Focal.AgreementKind.PROGRAMME)
    sawp.set_step_date(Focal.AgreementStatus.IN_FORCE, date("1974"))
    sawp.add_tag("agriculture")
    g.add(sawp)
    for source, kind, target, period in [
        ("elections-canada", L.PART_OF, "canada", None),
        ("ife", L.PART_OF, "mexico", "1990/2014"),
        ("elections-canada", L.COOPERATES_WITH, "ife", "1996/.."),
        ("elections-canada", L.MEMBER_OF, "electoral-wg", "1996/.."),
        ("ife", L.MEMBER_OF, "electoral-wg", "1996/.."),
        ("alberta", L.PARTNERS_WITH, "jalisco", "1999"),
        ("edmonton", L.PART_OF, "alberta", None),
        ("jalisco", L.PARTY_TO, "sawp", "1974/.."),
        ("green", L.COOPERATES_WITH, "edmonton", "2003-02-XX"),
    ]:
        link = Focal.Link.new(source, kind, target)
        if period:
            link.props.period = date(period)
        g.add_link(link)
    return g


def test_level(graph):
    view = Focal.View.new(graph)
    # federal: canada, mexico, elections-canada, ife; links with a federal
    # end: the two part-of, the cooperation and the two memberships.
    assert rows(view, D.LEVEL) == [
        ("federal", 4, 5),
        ("subnational", 2, 3),
        ("municipal", 1, 2),
        ("personal", 1, 1),
    ]


def test_sector(graph):
    view = Focal.View.new(graph)
    assert rows(view, D.SECTOR) == [
        ("elections", 3, 5),
        ("agriculture", 2, 2),
        ("sub-national", 2, 3),
        ("municipal", 1, 2),
    ]


def test_kind(graph):
    view = Focal.View.new(graph)
    table = rows(view, D.KIND)
    assert table[:4] == [
        ("actor:agency", 2, 0),
        ("actor:state", 2, 0),
        ("actor:subnational-government", 2, 0),
        ("actor:municipality", 1, 0),
    ]
    assert ("forum:working-group", 1, 0) in table
    assert ("agreement:programme", 1, 0) in table
    assert ("link:member-of", 0, 2) in table
    assert ("link:part-of", 0, 3) in table
    assert sum(e for _, e, _ in table) == 10
    assert sum(n for _, _, n in table) == 9


def test_country_pair(graph):
    view = Focal.View.new(graph)
    # The pair of a link from MX to CA is still "CA-MX".
    assert rows(view, D.COUNTRY_PAIR) == [("CA-CA", 0, 2), ("CA-MX", 0, 3), ("MX-MX", 0, 1)]


def test_decade(graph):
    view = Focal.View.new(graph)
    table = dict((k, (e, n)) for k, e, n in rows(view, D.DECADE))
    # Entities: ife (valid 1990/2014), the working group (founded 1996-05)
    # in the 1990s; elections-canada (1920/..) in the 1920s; sawp (in force
    # 1974) in the 1970s; the other six actors are undated.
    # Links: 1990/2014, 1996/.. (three times), 1999 in the 1990s; 1974/..
    # in the 1970s; 2003-02-XX in the 2000s; two without a period.
    assert table == {
        "undated": (6, 2),
        "1990s": (2, 5),
        "1920s": (1, 0),
        "1970s": (1, 1),
        "2000s": (0, 1),
    }
    keys = [k for k, _, _ in rows(view, D.DECADE)]
    assert keys == ["undated", "1990s", "1920s", "1970s", "2000s"]


def recount(view, graph, dimension):
    """An independent count of the level and sector dimensions."""
    entities = collections.Counter()
    links = collections.Counter()

    def keys_of(entity):
        if dimension == D.LEVEL:
            return {entity.props.level.value_nick} if isinstance(entity, Focal.Actor) else set()
        return set(entity.props.tags or [])

    for entity in view.dup_entities():
        for key in keys_of(entity):
            entities[key] += 1
    for link in view.dup_links():
        ends = keys_of(graph.lookup(link.props.source_id)) | keys_of(graph.lookup(link.props.target_id))
        for key in ends:
            links[key] += 1
    table = [(k, entities[k], links[k]) for k in set(entities) | set(links)]
    return sorted(table, key=lambda row: (-row[1], row[0].encode()))


@pytest.mark.parametrize("dimension", [D.LEVEL, D.SECTOR])
def test_matches_plain_python(graph, dimension):
    view = Focal.View.new(graph)
    assert rows(view, dimension) == recount(view, graph, dimension)
    narrowed = view.at(date("1995"))
    assert rows(narrowed, dimension) == recount(narrowed, graph, dimension)


def test_counts(graph):
    view = Focal.View.new(graph)
    assert view.count_entities() == 10 == len(view.dup_entities())
    assert view.count_links() == 9 == len(view.dup_links())
    mexican = view.with_countries(["MX"])
    # mexico, ife, jalisco, green + the forum and the agreement; the
    # links among them: ife part-of mexico, ife member-of the group,
    # jalisco party-to sawp.
    assert mexican.count_entities() == 6
    assert mexican.count_links() == 3
    assert rows(mexican, D.COUNTRY_PAIR) == [("MX-MX", 0, 1)]


def test_tally_is_read_only(graph):
    view = Focal.View.new(graph)
    tally = view.dup_inventory(D.LEVEL)[0]
    assert isinstance(tally, Focal.Tally)
    assert tally.get_key() == "federal"
    assert tally.get_entities() == 4
    assert tally.get_links() == 5
    with pytest.raises(TypeError):
        tally.props.key = "other"


def test_empty_graph():
    view = Focal.View.new(Focal.Graph.new())
    for dimension in D.__enum_values__.values():
        assert len(view.dup_inventory(dimension)) == 0
    assert view.count_entities() == 0


def test_dataset():
    document = Focal.Document.new()
    document.load_from_file(Gio.File.new_for_path(str(DATASET)), Focal.LoadFlags.NONE, None)
    graph = document.props.graph
    view = Focal.View.new(graph)
    n_entities = graph.props.n_entities
    n_links = len(graph.get_links())
    assert view.count_entities() == n_entities
    for dimension in (D.KIND, D.DECADE):
        table = rows(view, dimension)
        assert sum(e for _, e, _ in table) == n_entities
        assert sum(n for _, _, n in table) == n_links
    levels = rows(view, D.LEVEL)
    assert sum(e for _, e, _ in levels) == len(graph.get_actors())
    assert levels[0][0] == "federal"
    pairs = dict((k, n) for k, _, n in rows(view, D.COUNTRY_PAIR))
    # The bilateral relationship is the largest cross-border pair.
    assert max(pairs, key=lambda k: (k[:2] != k[3:], pairs[k])) == "CA-MX"
    assert rows(view, D.LEVEL) == recount(view, graph, D.LEVEL)
    assert rows(view, D.SECTOR) == recount(view, graph, D.SECTOR)


def test_dimensions():
    assert sorted(d.value_nick for d in D.__enum_values__.values()) == [
        "country-pair", "decade", "kind", "level", "sector"]
