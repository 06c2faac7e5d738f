# test_overrides.py: the PyGObject overrides, bindings/python/gi/overrides/Focal.py
#
# SPDX-FileCopyrightText: 2026 The libfocal developers
# SPDX-License-Identifier: LGPL-2.1-or-later

import math
import os
import pathlib
import sys

import pytest

from gi.repository import Focal, Gio, GLib

DATASET_FILE = pathlib.Path(os.environ.get("G_TEST_SRCDIR", pathlib.Path(__file__).parent.parent),
                            "..", "examples", "data", "canada-mexico-2004.json")


@pytest.fixture(scope="module")
def document():
    return Focal.Document.canada_mexico_2004()


@pytest.fixture(scope="module")
def graph(document):
    return document.props.graph


def small_graph():
    graph = Focal.Graph.new()
    graph.add(Focal.Actor(id="elections-canada", kind=Focal.ActorKind.AGENCY, country="CA"))
    graph.add(Focal.Actor(id="ife", kind=Focal.ActorKind.AGENCY, country="MX",
                          name="Instituto Federal Electoral"))
    graph.add(Focal.Forum.new("jmc", Focal.ForumKind.JOINT_COMMITTEE))
    link = Focal.Link.new("elections-canada", Focal.LinkKind.COOPERATES_WITH, "ife")
    link.props.period = Focal.Date("1996/..")
    graph.add_link(link)
    graph.add_link(Focal.Link.new("ife", Focal.LinkKind.MEMBER_OF, "jmc"))
    return graph


def test_overrides_are_loaded():
    assert Focal.Graph.__module__ == "gi.overrides.Focal"
    assert Focal.Date.__module__ == "gi.overrides.Focal"


# ------------------------------------------------------------------ Date

def test_date_from_text():
    date = Focal.Date("1989/1999")
    assert isinstance(date, Focal.Date)
    assert date.is_interval()
    assert date.get_start().get_year() == 1989
    assert str(date) == "1989/1999"
    assert repr(date) == "Focal.Date('1989/1999')"
    assert str(Focal.Date("2001~")) == "2001~"


def test_date_from_text_errors():
    with pytest.raises(GLib.Error) as info:
        Focal.Date("spring")
    assert info.value.matches(Focal.error_quark(), Focal.Error.PARSE)
    assert "spring" in info.value.message
    with pytest.raises(TypeError):
        Focal.Date(2004)


def test_date_equality_and_hash():
    assert Focal.Date("2004-10") == Focal.Date("2004-10")
    assert Focal.Date("2004") != Focal.Date("2005")
    assert len({Focal.Date("1996/.."), Focal.Date("1996/.."), Focal.Date("1996")}) == 2
    assert Focal.Date("2004") != "2004"


def test_dates_from_c_are_overridden():
    date = Focal.Date.new(2004, 10, 15)
    assert repr(date) == "Focal.Date('2004-10-15')"
    link = Focal.Link.new("a", Focal.LinkKind.COOPERATES_WITH, "b")
    link.props.period = Focal.Date("1996/..")
    assert str(link.props.period) == "1996/.."


# ------------------------------------------------------------------ entities

def test_entity_reprs(graph):
    assert repr(graph["ife"]) == "<Focal.Actor 'ife' agency MX>"
    assert repr(graph["jmc"]) == "<Focal.Forum 'jmc' joint-committee>"
    assert repr(graph["electoral-mou-1996"]) == \
        "<Focal.Agreement 'electoral-mou-1996' memorandum-of-understanding signed>"
    assert repr(graph["electoral-assistance"]) == "<Focal.Issue 'electoral-assistance' political>"
    assert repr(graph["mx-ftaa-initial"]) == \
        "<Focal.Position 'mx-ftaa-initial' mexico on ftaa-issue stance=-0.5 'quite obstructionist'>"
    assert repr(graph["jmc-meetings-1968-1999"]) == \
        "<Focal.Event 'jmc-meetings-1968-1999' meeting 1968/1999 count=13>"
    assert repr(graph["leaders-meetings-1989-2004"]).endswith("1989/2004 count>25>")
    assert repr(graph["oas-democracy-unit"]) == \
        "<Focal.Actor 'oas-democracy-unit' international-organization>"


def test_position_repr_cuts_long_labels():
    position = Focal.Position(id="p", actor_id="mexico", issue_id="ftaa",
                              date=Focal.Date("1994"), label="x" * 60)
    assert repr(position) == f"<Focal.Position 'p' mexico on ftaa 1994 '{'x' * 39}…'>"


def test_link_reprs():
    graph = small_graph()
    links = list(graph.get_links())
    assert repr(links[0]) == "<Focal.Link elections-canada cooperates-with ife 1996/..>"
    assert repr(links[1]) == "<Focal.Link ife member-of jmc>"
    links[1].props.weight = 2.5
    assert repr(links[1]) == "<Focal.Link ife member-of jmc weight=2.5>"


def test_actor_keywords():
    actor = Focal.Actor(id="ife", kind=Focal.ActorKind.AGENCY, country="MX", name="IFE")
    assert actor.props.id == "ife"
    assert actor.props.kind == Focal.ActorKind.AGENCY
    assert actor.props.country == "MX"
    assert actor.props.name == "IFE"
    assert repr(actor) == "<Focal.Actor 'ife' agency MX>"
    assert Focal.Actor(id="jalisco", kind=Focal.ActorKind.SUBNATIONAL_GOVERNMENT,
                       country="MX-JAL").props.country == "MX-JAL"
    assert Focal.Actor(id="someone").props.country is None


def test_actor_keywords_bad_country():
    with pytest.raises(GLib.Error) as info:
        Focal.Actor(id="ife", kind=Focal.ActorKind.AGENCY, country="mexico")
    assert info.value.matches(Focal.error_quark(), Focal.Error.INVALID_VALUE)
    assert '"ife"' in info.value.message
    assert '"mexico"' in info.value.message


def test_entity_keywords_need_an_id():
    with pytest.raises(TypeError, match=r"Focal\.Actor\(\) needs an id"):
        Focal.Actor(kind=Focal.ActorKind.AGENCY)
    with pytest.raises(TypeError, match=r"Focal\.Forum\(\) needs an id"):
        Focal.Forum(id="")
    # The C constructors are unchanged.
    assert Focal.Actor.new("ife", Focal.ActorKind.AGENCY).props.id == "ife"


def test_position_keywords_stance():
    position = Focal.Position(id="p", actor_id="mexico", issue_id="ftaa", stance=-0.25)
    assert position.props.has_stance
    assert position.props.stance == -0.25
    with pytest.raises(GLib.Error) as info:
        Focal.Position(id="pos-mx", actor_id="mexico", issue_id="ftaa", stance=1.5)
    assert info.value.matches(Focal.error_quark(), Focal.Error.OUT_OF_RANGE)
    assert "pos-mx" in info.value.message
    assert "1.5" in info.value.message


# ------------------------------------------------------------------ counts

def test_count_reprs(graph):
    count = graph.count_encounters("jmc", None, None, Focal.Date("1968/1988"))
    assert repr(count) == "<Focal.Count 8 exact 1968/1988>"
    assert count.upper == 8
    series = list(graph.count_encounters_series("jmc", None, None, [1960, 1970, 1990, 2000]))
    assert [repr(c) for c in series] == ["<Focal.Count 0..8 1960/1969>",
                                         "<Focal.Count 0..13 1970/1989>",
                                         "<Focal.Count 1..5 1990/1999>"]
    leaders = graph.count_encounters(None, None, "leaders-meetings-1989-2004",
                                     Focal.Date("1989/2004"))
    assert leaders.upper is None
    assert repr(leaders) == f"<Focal.Count {leaders.props.min}.. 1989/2004>"


# ------------------------------------------------------------------ graph as a mapping

def test_graph_getitem(graph):
    ife = graph["ife"]
    assert isinstance(ife, Focal.Actor)
    assert ife is graph.lookup("ife")
    with pytest.raises(KeyError):
        graph["no-such-entity"]
    with pytest.raises(TypeError):
        graph[3]


def test_graph_contains(graph):
    assert "ife" in graph
    assert "no-such-entity" not in graph
    assert graph["jmc"] in graph
    assert Focal.Actor.new("ife", Focal.ActorKind.AGENCY) not in graph
    with pytest.raises(TypeError):
        3 in graph


def test_graph_iter(graph):
    entities = list(graph)
    assert len(entities) == graph.get_n_entities()
    assert len({e.props.id for e in entities}) == len(entities)
    kinds = [e.props.kind_name for e in entities]
    order = ["actor", "agreement", "forum", "issue", "position", "event"]
    assert kinds == sorted(kinds, key=order.index)
    assert entities[0] is graph.get_actors()[0]
    assert list(Focal.Graph.new()) == []


def test_list_models_are_sequences(graph):
    actors = graph.get_actors()
    assert len(actors) == len(list(actors)) > 100
    assert actors[-1] is actors[len(actors) - 1]
    assert [a.props.id for a in actors[0:2]] == [actors[0].props.id, actors[1].props.id]
    assert graph["ife"] in actors
    # PyGObject's own `in` wants items of the model's item type.
    with pytest.raises(TypeError):
        graph["jmc"] in actors
    assert not Focal.Graph.new().get_actors()


# ------------------------------------------------------------------ documents

def test_document_canada_mexico_2004(document, graph):
    assert isinstance(document, Focal.Document)
    assert len(document.get_problems()) == 0
    assert "Canada-Mexico" in document.props.title
    assert graph.get_n_entities() > 300
    assert Focal.Document.canada_mexico_2004() is not document


def test_document_load_path_kinds():
    from_str = Focal.Document.load(str(DATASET_FILE))
    from_path = Focal.Document.load(DATASET_FILE)
    from_file = Focal.Document.load(Gio.File.new_for_path(str(DATASET_FILE)))
    reference = Focal.Document.canada_mexico_2004()
    for document in (from_str, from_path, from_file):
        assert isinstance(document, Focal.Document)
        assert document.equal(reference)
    with pytest.raises(TypeError):
        Focal.Document.load(42)


def test_document_load_errors(tmp_path):
    with pytest.raises(GLib.Error) as info:
        Focal.Document.load(tmp_path / "missing.json")
    assert info.value.matches(Focal.error_quark(), Focal.Error.IO)
    assert "missing.json" in info.value.message

    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "focal/1", "actors": [{"id": "sre", "kind": "ministy"}]}')
    with pytest.raises(GLib.Error) as info:
        Focal.Document.load(bad)
    assert info.value.matches(Focal.error_quark(), Focal.Error.INVALID_VALUE)
    assert info.value.message.startswith("bad.json:1:")
    lenient = Focal.Document.load(bad, Focal.LoadFlags.LENIENT)
    assert len(lenient.get_problems()) == 1
    assert "sre" not in lenient.props.graph


# ------------------------------------------------------------------ networkx

def test_to_networkx_small():
    nx = pytest.importorskip("networkx")
    graph = small_graph()
    net = graph.to_networkx()
    assert isinstance(net, nx.MultiDiGraph)
    assert sorted(net.nodes) == ["elections-canada", "ife", "jmc"]
    assert net.nodes["ife"] == {"kind-name": "actor", "kind": "agency",
                                "name": "Instituto Federal Electoral",
                                "country": "MX", "level": "federal"}
    assert net.nodes["jmc"] == {"kind-name": "forum", "kind": "joint-committee", "name": None,
                                "country": None, "level": None}
    edges = list(net.edges(data=True))
    assert ("elections-canada", "ife",
            {"kind": "cooperates-with", "period": "1996/..", "weight": 1.0}) in edges
    assert ("ife", "jmc", {"kind": "member-of", "period": None, "weight": 1.0}) in edges
    assert net.number_of_edges() == 2

    actors = graph.to_networkx(actors_only=True)
    assert sorted(actors.nodes) == ["elections-canada", "ife"]
    assert actors.number_of_edges() == 1


def test_to_networkx_dataset(graph):
    pytest.importorskip("networkx")
    net = graph.to_networkx()
    assert net.number_of_nodes() == graph.get_n_entities()
    assert net.number_of_edges() == len(graph.get_links())
    assert net.nodes["ife"]["country"] == "MX"
    assert net.has_edge("elections-canada", "ife")

    actors = graph.to_networkx(actors_only=True)
    assert actors.number_of_nodes() == len(graph.get_actors())
    assert all(d["kind-name"] == "actor" for _, d in actors.nodes(data=True))


def test_to_networkx_view(graph):
    pytest.importorskip("networkx")
    view = Focal.View.new(graph).at(Focal.Date("1995"))
    net = view.to_networkx()
    assert net.number_of_nodes() == len(view.dup_entities())
    assert net.number_of_edges() == len(view.dup_links())
    # The cooperation of Elections Canada and the IFE starts in 1996.
    assert not net.has_edge("elections-canada", "ife")
    assert graph.to_networkx(view=view).number_of_edges() == net.number_of_edges()
    with pytest.raises(ValueError):
        small_graph().to_networkx(view=view)
    with pytest.raises(TypeError):
        graph.to_networkx(view="1995")


def test_to_networkx_without_networkx(monkeypatch):
    monkeypatch.setitem(sys.modules, "networkx", None)
    with pytest.raises(ImportError, match="networkx"):
        small_graph().to_networkx()


# ------------------------------------------------------------------ pandas

ACTOR_COLUMNS = ["id", "name", "kind", "country", "level", "parent_id", "tags", "valid"]
LINK_COLUMNS = ["source_id", "kind", "target_id", "period", "start_year", "end_year",
                "weight", "description"]
POSITION_COLUMNS = ["id", "actor_id", "issue_id", "date", "year", "stance", "label"]
EVENT_COLUMNS = ["id", "name", "kind", "date", "start_year", "end_year", "forum_id",
                 "parent_id", "participants", "aggregate", "count", "count_qualifier"]


def test_to_dataframes_dataset(graph):
    pd = pytest.importorskip("pandas")
    frames = graph.to_dataframes()
    assert sorted(frames) == ["actors", "events", "links", "positions"]
    assert all(isinstance(f, pd.DataFrame) for f in frames.values())
    assert list(frames["actors"].columns) == ACTOR_COLUMNS
    assert list(frames["links"].columns) == LINK_COLUMNS
    assert list(frames["positions"].columns) == POSITION_COLUMNS
    assert list(frames["events"].columns) == EVENT_COLUMNS
    assert len(frames["actors"]) == len(graph.get_actors())
    assert len(frames["links"]) == len(graph.get_links())
    assert len(frames["positions"]) == len(graph.get_positions())
    assert len(frames["events"]) == len(graph.get_events())

    ife = frames["actors"].set_index("id").loc["ife"]
    assert (ife["kind"], ife["country"], ife["level"]) == ("agency", "MX", "federal")

    link = frames["links"].query("source_id == 'elections-canada' and target_id == 'ife'")
    assert link["kind"].tolist() == ["cooperates-with"]
    assert link["period"].tolist() == ["1996/.."]
    assert link["start_year"].tolist() == [1996]
    assert link["end_year"].isna().all()
    assert str(frames["links"]["start_year"].dtype) == "Int64"

    positions = frames["positions"].set_index("id")
    assert positions.loc["mx-ftaa-initial", "stance"] == -0.5
    assert math.isnan(positions.loc["mx-ftaa-lukewarm", "stance"])
    assert positions.loc["mx-ftaa-lukewarm", "label"] == "lukewarm support"

    events = frames["events"].set_index("id")
    jmc = events.loc["jmc-meetings-1968-1999"]
    assert (jmc["count"], jmc["count_qualifier"], jmc["start_year"], jmc["end_year"]) == \
        (13, "exact", 1968, 1999)
    assert bool(jmc["aggregate"])
    assert events.loc["leaders-meetings-1989-2004", "count_qualifier"] == "more-than"


def test_to_dataframes_small():
    pytest.importorskip("pandas")
    frames = small_graph().to_dataframes()
    assert frames["actors"]["id"].tolist() == ["elections-canada", "ife"]
    assert frames["positions"].empty
    assert list(frames["positions"].columns) == POSITION_COLUMNS
    assert frames["events"].empty


def test_view_to_dataframes(graph):
    pytest.importorskip("pandas")
    canada = Focal.View.new(graph).with_countries(["CA"])
    frames = canada.to_dataframes()
    assert len(frames["actors"]) > 10
    assert set(frames["actors"]["country"].str[:2]) == {"CA"}
    assert len(frames["links"]) == len(canada.dup_links())


def test_to_dataframes_without_pandas(monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match="pandas"):
        small_graph().to_dataframes()


def test_link_table_matches_the_objects(graph):
    numpy = pytest.importorskip("numpy")
    table = graph.link_table()
    links = graph.get_links()
    ids = table["node_ids"]
    assert len(table["source"]) == len(links) == 233
    assert {len(v) for k, v in table.items() if k != "node_ids"} == {233}
    assert len(ids) == graph.get_n_entities()
    always = (numpy.iinfo(numpy.int32).min, numpy.iinfo(numpy.int32).max)
    for i, link in enumerate(links):
        assert ids[table["source"][i]] == link.get_source_id()
        assert ids[table["target"][i]] == link.get_target_id()
        assert table["kind"][i] == int(link.get_kind())
        assert table["weight"][i] == link.get_weight()
        period = link.get_period()
        if period is None:
            assert (table["first_day"][i], table["last_day"][i]) == always
        else:
            assert table["first_day"][i] == period.get_first_day()
            assert table["last_day"][i] == period.get_last_day()
    # Links that hold in 1995, counted both ways.
    y1995 = Focal.Date("1995")
    held = (table["first_day"] <= y1995.get_last_day()) & (table["last_day"] >= y1995.get_first_day())
    assert int(held.sum()) == sum(1 for link in links if link.is_valid_at(y1995))
    # The arrays are copies: the graph cannot be changed through them.
    with pytest.raises(ValueError):
        table["weight"][0] = 2.0


def test_link_table_after_removal_and_on_empty_graphs():
    pytest.importorskip("numpy")
    empty = Focal.Graph.new().link_table()
    assert len(empty["source"]) == 0 and empty["node_ids"] == []

    graph = Focal.Graph.new()
    for ident in ("a", "b", "c"):
        graph.add(Focal.Actor(id=ident, kind=Focal.ActorKind.NGO))
    for source, target, weight in (("a", "b", 2.0), ("b", "c", 1.0), ("a", "c", 0.5)):
        link = Focal.Link.new(source, Focal.LinkKind.COOPERATES_WITH, target)
        link.set_weight(weight)
        graph.add_link(link)
    graph.remove("b")
    table = graph.link_table()
    assert table["node_ids"] == ["a", "", "c"]
    assert list(table["source"]) == [0] and list(table["target"]) == [2]
    assert list(table["weight"]) == [0.5]
