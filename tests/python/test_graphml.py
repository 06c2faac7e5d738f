# test_graphml.py: GraphML export and import, and what other tools read
#
# SPDX-FileCopyrightText: 2026 The libfocal developers
# SPDX-License-Identifier: LGPL-2.1-or-later

import collections
import io
import os
import pathlib
import xml.etree.ElementTree as ET

import pytest

from gi.repository import Focal, Gio, GLib

TESTS = pathlib.Path(os.environ.get("G_TEST_SRCDIR", pathlib.Path(__file__).resolve().parents[1]))
SHARED = pathlib.Path(os.environ.get("FOCAL_SHARED_DATA", TESTS / ".." / ".." / "shared" / "data"))
CANADA = SHARED / "everypolitician-canada-commons" / "ep-popolo-v1.0.json"
DATASET = TESTS / ".." / "examples" / "data" / "canada-mexico-2004.json"
NS = {"g": "http://graphml.graphdrawing.org/xmlns"}


@pytest.fixture(scope="module")
def canada():
    if not CANADA.exists():
        pytest.skip(f"{CANADA} is not available")
    graph, _ = Focal.popolo_import_file(Gio.File.new_for_path(str(CANADA)), None)
    return graph


@pytest.fixture(scope="module")
def dataset():
    document = Focal.Document.new()
    document.load_from_file(Gio.File.new_for_path(str(DATASET)), Focal.LoadFlags.NONE, None)
    return document.props.graph


def roundtrip(graph):
    text, length = graph.to_graphml()
    assert length == len(text.encode("utf-8"))
    again = Focal.Graph.new_from_graphml(text, -1)
    assert again.to_graphml()[0] == text
    return text, again


def test_dataset_roundtrip(dataset):
    text, again = roundtrip(dataset)
    root = ET.fromstring(text)
    assert len(root.findall(".//g:node", NS)) == dataset.props.n_entities
    assert len(root.findall(".//g:edge", NS)) == len(dataset.get_links())
    assert again.props.n_entities == dataset.props.n_entities
    for actor in dataset.get_actors():
        copy = again.lookup(actor.props.id)
        assert copy.props.kind == actor.props.kind
        assert copy.props.country == actor.props.country
        assert copy.props.level == actor.props.level
        assert copy.props.name == actor.props.name
    kinds = collections.Counter(type(e).__name__ for e in
                                [*again.get_actors(), *again.get_agreements(), *again.get_forums(),
                                 *again.get_issues(), *again.get_positions(), *again.get_events()])
    assert kinds["Position"] == len(dataset.get_positions())


def test_popolo_graph_roundtrip(canada):
    text, again = roundtrip(canada)
    assert len(again.get_links()) == len(canada.get_links()) == 661
    parties = collections.Counter(link.get_attribute("on_behalf_of") for link in again.get_links()
                                  if link.get_attribute("legislative_period_id") == "term/42")
    assert parties["liberal"] == 184
    assert again.lookup("liberal").props.kind == Focal.ActorKind.POLITICAL_PARTY


def test_networkx_reads_the_export(canada):
    nx = pytest.importorskip("networkx")
    text, _ = canada.to_graphml()
    network = nx.read_graphml(io.BytesIO(text.encode("utf-8")))
    assert network.number_of_nodes() == canada.props.n_entities
    assert network.number_of_edges() == 661
    seats = collections.Counter(data["on_behalf_of"] for _, _, data in network.edges(data=True)
                                if data.get("legislative_period_id") == "term/42")
    assert seats["conservative"] == 99
    assert network.nodes["legislature"]["kind"] == "legislature"


@pytest.mark.parametrize("text, code, where", [
    ("<graphml><graph>", Focal.Error.PARSE, "<data>:1:17: malformed XML:"),
    ("<gexf/>", Focal.Error.PARSE, "<data>:1:7: expected a <graphml> document"),
    ("<graphml><graph><node/></graph></graphml>", Focal.Error.MISSING_FIELD,
     "<data>:1:23: a <node> without an id"),
    ("<graphml><key id='k' for='node' attr.name='kind'/><graph>\n"
     "<node id='x'><data key='k'>planet</data></node></graph></graphml>",
     Focal.Error.INVALID_VALUE, "<data>:2:15: node \"x\": unknown actor kind \"planet\""),
])
def test_errors(text, code, where):
    with pytest.raises(GLib.Error) as info:
        Focal.Graph.new_from_graphml(text, -1)
    assert info.value.matches(Focal.error_quark(), code)
    assert info.value.message.startswith(where)
