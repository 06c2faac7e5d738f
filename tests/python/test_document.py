# test_document.py: loading and saving focal/1 documents from Python
#
# SPDX-FileCopyrightText: 2026 The libfocal developers
# SPDX-License-Identifier: LGPL-2.1-or-later

import json

import pytest

from gi.repository import Focal, Gio, GLib

TEXT = """{
  "format": "focal/1",
  "title": "Canada and Mexico",
  "as-of": "2004",
  "sources": [
    {
      "id": "focal-2004",
      "year": 2004
    }
  ],
  "actors": [
    {
      "id": "canada",
      "name": "Canada",
      "kind": "state",
      "country": "CA"
    },
    {
      "id": "mexico",
      "name": "México",
      "tags": ["nafta"],
      "kind": "state",
      "country": "MX"
    },
    {
      "id": "sre",
      "kind": "ministry",
      "country": "MX",
      "parent": "mexico",
      "citations": [
        {
          "source": "focal-2004",
          "page": "12"
        }
      ],
      "x-acronym": "SRE"
    }
  ],
  "issues": [
    {
      "id": "ftaa",
      "area": "economic"
    }
  ],
  "positions": [
    {
      "id": "mx-ftaa",
      "actor": "mexico",
      "issue": "ftaa",
      "date": "2003",
      "stance": -0.5
    }
  ],
  "links": [
    {
      "source": "canada",
      "kind": "cooperates-with",
      "target": "mexico",
      "period": "1994/..",
      "weight": 2.5
    }
  ],
  "x-generator": "pytest"
}
"""


def load(text, flags=Focal.LoadFlags.NONE):
    document = Focal.Document.new()
    assert document.load_from_data(text, -1, flags)
    return document


def test_load_and_iterate():
    document = load(TEXT)
    graph = document.props.graph

    assert document.props.title == "Canada and Mexico"
    assert document.props.as_of.get_year() == 2004
    assert len(document.get_problems()) == 0
    assert document.props.progress == 1.0

    actors = graph.get_actors()
    assert len(actors) == 3
    assert [actor.props.id for actor in actors] == ["canada", "mexico", "sre"]
    assert actors[1].props.name == "México"
    assert actors[1].props.kind == Focal.ActorKind.STATE
    assert actors[2].props.parent_id == "mexico"
    assert actors[2].props.level == Focal.Level.FEDERAL
    assert [c.props.page for c in actors[2].get_citations()] == ["12"]

    positions = graph.get_positions()
    assert len(positions) == 1
    assert positions[0].props.stance == -0.5
    assert positions[0].props.issue_id == "ftaa"

    links = list(graph.get_links())
    assert len(links) == 1
    assert links[0].props.weight == 2.5
    assert links[0].props.kind == Focal.LinkKind.COOPERATES_WITH
    assert [s.props.year for s in graph.get_sources()] == [2004]


def test_save_and_reload():
    document = load(TEXT)

    text, length = document.to_data(Focal.SaveFlags.NONE)
    assert text == TEXT
    assert length == len(TEXT.encode("utf-8"))

    compact, _ = document.to_data(Focal.SaveFlags.COMPACT)
    assert "\n" not in compact[:-1]
    assert compact.endswith("}\n")
    assert '"x-acronym":"SRE"' in compact

    again = load(compact)
    assert again.equal(document)
    assert Focal.Graph.equal(again.props.graph, document.props.graph)
    assert again.props.graph.equal(document.props.graph)
    assert again.to_data(Focal.SaveFlags.NONE)[0] == TEXT

    data = document.to_bytes(Focal.SaveFlags.NONE).get_data()
    assert data == TEXT.encode("utf-8")


def test_build_and_save():
    graph = Focal.Graph.new()
    canada = Focal.Actor.new("canada", Focal.ActorKind.STATE)
    canada.set_country("CA")
    graph.add(canada)
    issue = Focal.Issue.new("peacekeeping", Focal.IssueArea.SECURITY)
    graph.add(issue)
    position = Focal.Position.new("ca-pk", "canada", "peacekeeping")
    position.set_stance(0.1)
    graph.add(position)

    document = Focal.Document.new_for_graph(graph)
    document.props.title = "Built in Python"
    text, _ = document.to_data(Focal.SaveFlags.NONE)
    assert '"stance": 0.1\n' in text

    loaded = load(text)
    assert Focal.Graph.equal(loaded.props.graph, graph)
    assert loaded.props.title == "Built in Python"

    position.props.label = "supportive"
    assert not Focal.Graph.equal(loaded.props.graph, graph)


def test_error_code_and_location():
    document = load(TEXT)
    before = document.props.graph
    bad = '{"format": "focal/1",\n "actors": [{"id": "a", "kind": "ministy"}]}'

    with pytest.raises(GLib.Error) as info:
        document.load_from_data(bad, -1, Focal.LoadFlags.NONE)

    error = info.value
    assert error.matches(Focal.error_quark(), Focal.Error.INVALID_VALUE)
    assert error.code == Focal.Error.INVALID_VALUE
    assert error.message.startswith("<data>:2:33: $.actors[0].kind: ")
    assert '"ministy"' in error.message
    assert document.props.graph is before

    problems = document.get_problems()
    assert len(problems) == 1
    problem = problems[0]
    assert problem.props.code == Focal.Error.INVALID_VALUE
    assert problem.props.line == 2
    assert problem.props.column == 33
    assert problem.props.path == "$.actors[0].kind"
    assert problem.props.id == "a"
    assert problem.props.file == "<data>"
    assert problem.props.message == error.message


@pytest.mark.parametrize(
    "text, code, prefix",
    [
        ('{"format": "focal/1", "actors": [', Focal.Error.PARSE, "<data>:1:"),
        ("[]", Focal.Error.WRONG_TYPE, "<data>:1:1: $: "),
        ('{"title": "x"}', Focal.Error.MISSING_FIELD, "<data>:1:1: $.format: "),
        ('{"format": "focal/9"}', Focal.Error.UNSUPPORTED_VERSION, "<data>:1:12: $.format: "),
        ('{"format": "focal/1", "issues": [{"id": "i", "area": "x", "valid": "1999/1989"}]}',
         Focal.Error.INVALID_VALUE, "<data>:1:54: $.issues[0].area: "),
        ('{"format": "focal/1", "positions": [{"id": "p", "actor": "a", "issue": "i", "stance": -2}]}',
         Focal.Error.OUT_OF_RANGE, "<data>:1:87: $.positions[0].stance: "),
    ],
)
def test_error_codes(text, code, prefix):
    document = Focal.Document.new()
    with pytest.raises(GLib.Error) as info:
        document.load_from_data(text, -1, Focal.LoadFlags.NONE)
    assert info.value.matches(Focal.error_quark(), code)
    assert info.value.message.startswith(prefix)


def test_lenient():
    text = """{"format": "focal/1",
 "actors": [{"id": "a", "kind": "state"},
            {"id": "a", "kind": "state"},
            {"id": "b", "kind": "planet"}],
 "issues": [{"id": "i", "area": "social"}],
 "positions": [{"id": "p", "actor": "b", "issue": "i", "stance": 0.5}]}"""
    document = Focal.Document.new()
    assert document.load_from_data(text, -1, Focal.LoadFlags.LENIENT)

    problems = [(p.props.code, p.props.path, p.props.line) for p in document.get_problems()]
    assert problems == [
        (Focal.Error.DUPLICATE_ID, "$.actors[1].id", 3),
        (Focal.Error.INVALID_VALUE, "$.actors[2].kind", 4),
        (Focal.Error.UNKNOWN_ID, "$.positions[0].actor", 6),
    ]
    graph = document.props.graph
    assert [e.props.id for e in graph.get_actors()] == ["a"]
    assert [e.props.id for e in graph.get_issues()] == ["i"]
    assert len(graph.get_positions()) == 0


def test_unknown_members_survive():
    text = '{"format":"focal/1","actors":[{"id":"a","kind":"state","x-b":[1,2],"x-a":{"k":"v"}}],"x-z":null}\n'
    document = load(text)
    assert document.to_data(Focal.SaveFlags.COMPACT)[0] == text


def test_file_round_trip(tmp_path):
    path = tmp_path / "corpus.json"
    document = load(TEXT)
    assert document.save_to_file(Gio.File.new_for_path(str(path)), Focal.SaveFlags.NONE, None)
    assert path.read_text(encoding="utf-8") == TEXT
    assert [p.name for p in tmp_path.iterdir()] == ["corpus.json"]

    loaded = Focal.Document.new()
    assert loaded.load_from_file(Gio.File.new_for_path(str(path)), Focal.LoadFlags.NONE, None)
    assert loaded.equal(document)

    path.write_text('{"format": "focal/1", "title": 7}', encoding="utf-8")
    with pytest.raises(GLib.Error) as info:
        loaded.load_from_file(Gio.File.new_for_path(str(path)), Focal.LoadFlags.NONE, None)
    assert info.value.matches(Focal.error_quark(), Focal.Error.WRONG_TYPE)
    assert info.value.message.startswith("corpus.json:1:32: $.title: ")

    with pytest.raises(GLib.Error) as info:
        loaded.load_from_file(Gio.File.new_for_path(str(tmp_path / "missing.json")),
                              Focal.LoadFlags.NONE, None)
    assert info.value.matches(Focal.error_quark(), Focal.Error.IO)


def test_stream_and_bytes():
    document = Focal.Document.new()
    stream = Gio.MemoryInputStream.new_from_bytes(GLib.Bytes.new(TEXT.encode("utf-8")))
    assert document.load_from_stream(stream, Focal.LoadFlags.NONE, None)
    assert document.props.graph.props.n_entities == 5

    output = Gio.MemoryOutputStream.new_resizable()
    assert document.save_to_stream(output, Focal.SaveFlags.NONE, None)
    output.close(None)
    assert output.steal_as_bytes().get_data() == TEXT.encode("utf-8")

    other = Focal.Document.new()
    assert other.load_from_bytes(GLib.Bytes.new(TEXT.encode("utf-8")), Focal.LoadFlags.NONE)
    assert other.equal(document)


def test_async_load(tmp_path):
    path = tmp_path / "big.json"
    actors = ",\n".join(
        '{"id": "actor-%05d", "kind": "agency", "description": "%s"}' % (i, "x" * 60)
        for i in range(3000)
    )
    path.write_text('{"format": "focal/1", "actors": [%s]}' % actors, encoding="utf-8")

    document = Focal.Document.new()
    loop = GLib.MainLoop()
    progress = []
    outcome = {}

    document.connect("notify::progress", lambda d, _: progress.append(d.props.progress))
    document.connect("notify::graph", lambda d, _: outcome.setdefault("graph_notified", True))

    def done(source, result):
        outcome["ok"] = source.load_from_file_finish(result)
        outcome["n"] = source.props.graph.props.n_entities
        loop.quit()

    document.load_from_file_async(Gio.File.new_for_path(str(path)), Focal.LoadFlags.NONE,
                                  None, done)
    loop.run()

    assert outcome == {"ok": True, "n": 3000, "graph_notified": True}
    assert len(progress) >= 2
    assert progress == sorted(progress)
    assert progress[-1] == 1.0


def test_async_errors(tmp_path):
    path = tmp_path / "bad.json"
    path.write_text('{"format": "focal/1", "issues": [{"id": "i"}]}', encoding="utf-8")
    document = load(TEXT)
    before = document.props.graph
    loop = GLib.MainLoop()
    errors = []

    def done(source, result):
        try:
            source.load_from_file_finish(result)
        except GLib.Error as error:
            errors.append(error)
        loop.quit()

    document.load_from_file_async(Gio.File.new_for_path(str(path)), Focal.LoadFlags.NONE,
                                  None, done)
    loop.run()
    assert errors[0].matches(Focal.error_quark(), Focal.Error.MISSING_FIELD)
    assert errors[0].message.startswith("bad.json:1:34: $.issues[0].area: ")
    assert document.props.graph is before

    cancellable = Gio.Cancellable()
    cancellable.cancel()
    document.load_from_file_async(Gio.File.new_for_path(str(path)), Focal.LoadFlags.NONE,
                                  cancellable, done)
    loop.run()
    assert errors[1].matches(Gio.io_error_quark(), Gio.IOErrorEnum.CANCELLED)
    assert document.props.graph is before


def _actors_document(actors, links=()):
    return json.dumps({"format": "focal/1", "actors": actors, "links": list(links)})


def test_part_of_cycles_are_reported_once_each_with_their_members():
    # Two 2-cycles (a <-> b and c <-> d) with 3,000 parts hanging below
    # them, and a cycle of 40: every member of a cycle is reported, what
    # hangs below is skipped as a part of a skipped parent.
    actors = [{"id": "a", "kind": "ngo", "parent": "b"},
              {"id": "b", "kind": "ngo", "parent": "a"},
              {"id": "c", "kind": "ngo", "parent": "d"},
              {"id": "d", "kind": "ngo", "parent": "c"}]
    actors += [{"id": "p%d" % i, "kind": "ngo", "parent": "ab"[i % 2] if i < 1500 else "p%d" % (i - 1)}
               for i in range(3000)]
    actors += [{"id": "r%d" % i, "kind": "ngo", "parent": "r%d" % ((i + 1) % 40)} for i in range(40)]
    document = Focal.Document.new()
    assert document.load_from_data(_actors_document(actors), -1, Focal.LoadFlags.LENIENT)
    problems = list(document.get_problems())
    cycles = [p for p in problems if p.get_code() == Focal.Error.CYCLE]
    assert len(cycles) == 4 + 40
    messages = [p.get_message() for p in cycles]
    assert 'actor "a": the part-of chain loops back: a -> b -> a' in messages[0]
    assert 'actor "d": the part-of chain loops back: d -> c -> d' in messages[3]
    # A long loop is named by its ends and its length, not in full.
    assert "r0 -> r1 -> " in messages[4] and "(40 entities in the loop)" in messages[4]
    assert messages[4].endswith("-> r38 -> r39 -> r0")
    assert document.props.graph.get_n_entities() == 0


def test_lenient_wrong_types_in_a_long_links_array():
    # Every element of a long links array is wrong: each is reported at its
    # own line and column, found from the previous one.
    text = '{"format": "focal/1",\n "links": [' + ",\n  ".join(["1"] * 3000) + "]}"
    document = Focal.Document.new()
    assert document.load_from_data(text, -1, Focal.LoadFlags.LENIENT)
    problems = list(document.get_problems())
    assert len(problems) == 3000
    assert problems[0].get_line() == 2 and problems[0].get_path() == "$.links[0]"
    assert problems[2999].get_line() == 3001 and problems[2999].get_column() == 3
    assert problems[2999].get_path() == "$.links[2999]"


def test_deep_part_of_chain_loads():
    # 5,000 actors, each a part of the one before: parents come before
    # parts, so the reader adds them in order without walking the chain
    # above each one.
    actors = [{"id": "a0", "kind": "state"}]
    actors += [{"id": "a%d" % i, "kind": "unit", "parent": "a%d" % (i - 1)} for i in range(1, 5000)]
    actors.reverse()  # parts first in the file: the reader reorders them
    document = Focal.Document.new()
    assert document.load_from_data(_actors_document(actors), -1, Focal.LoadFlags.NONE)
    graph = document.props.graph
    assert graph.get_n_entities() == 5000
    assert [e.props.id for e in graph.dup_parts("a4998")] == ["a4999"]
    assert graph["a4999"].props.parent_id == "a4998"
    # A loop closed after the fact is still caught when checked.
    graph["a0"].props.parent_id = "a4999"
    with pytest.raises(GLib.Error) as info:
        graph["a0"].validate(graph)
    assert info.value.matches(Focal.error_quark(), Focal.Error.CYCLE)


# Links after the first are read without recording where their containers
# start; a link with a problem is parsed again from its text. Its problems
# must be reported exactly where the fully tracked reading reports them.
LAZY_LINKS = """{"format": "focal/1",
 TITLE_KEY: "positions",
 "actors": [{"id": "a", "kind": "state"}, {"id": "b", "kind": "state"},
            {"id": "c", "kind": "person"}],
 "links": [
  {"source": "a", "kind": "cooperates-with", "target": "b"},
  {"source": "a", "kind": "cooperates-with", "target": "nobody"},
  {"source": "b", "kind": "cooperates-with", "target": "a", "period": "sometime"},
  42, {"source": "a", "kind": "friend-of", "target": "b"},
    {"source": "b", "kind": "cooperates-with", "target": "a"},
  {
    "source": "a",
    "kind": "cooperates-with",
    "target": "b",
    "weight": "heavy",
    "attributes": {"sector": 3}
  },
  {"source": "a", "kind": "cooperates-with", "target": "a"}, [1, {"x": 2}],
  {"source": "a", "kind": "cooperates-with", "target": "b", "citations": [{"source": 7}]},
  {"source": "b", "kind": "cooperates-with", "target": "a", "period": "1990/2000"}
 ]}"""


def _problems(text):
    document = Focal.Document.new()
    assert document.load_from_data(text, -1, Focal.LoadFlags.LENIENT)
    problems = sorted((p.props.line, p.props.column, p.props.path, p.props.code)
                      for p in document.get_problems())
    return problems, document.props.graph.get_links().get_n_items()


def test_streamed_link_problems_at_their_positions():
    # "title" written with an escape keeps the reader from streaming the
    # links, on a line of its own, so the positions of the links are the
    # same in both texts.
    streamed = _problems(LAZY_LINKS.replace("TITLE_KEY", '"title"'))
    tracked = _problems(LAZY_LINKS.replace("TITLE_KEY", '"titl\\u0065"'))
    assert streamed == tracked
    problems, n_links = streamed
    paths = [p[2] for p in problems]
    assert n_links == 3
    assert "$.links[1].target" in paths
    assert "$.links[2].period" in paths
    assert "$.links[3]" in paths
    assert "$.links[4].kind" in paths
    assert "$.links[6].weight" in paths
    assert "$.links[8]" in paths
    # Explicit positions: the element 42 and the unknown target.
    assert (9, 3, "$.links[3]", Focal.Error.WRONG_TYPE) in problems
    assert any(p[:3] == (7, 56, "$.links[1].target") for p in problems)


def test_streamed_link_problem_strict():
    text = LAZY_LINKS.replace("TITLE_KEY", '"title"')
    with pytest.raises(GLib.Error) as info:
        Focal.Document.new().load_from_data(text, -1, Focal.LoadFlags.NONE)
    assert info.value.matches(Focal.error_quark(), Focal.Error.UNKNOWN_ID)
    assert ":7:56: $.links[1].target" in info.value.message


def test_many_distinct_periods():
    # More distinct dates than the reader caches (4,096): the dates past
    # the cache are parsed for each link, and still land on their link.
    n = 5000
    links = ",\n".join(
        '{"source": "a", "kind": "cooperates-with", "target": "b", "period": "%d/%d"}'
        % (1000 + i, 1001 + i) for i in range(n))
    text = ('{"format": "focal/1", "title": "t",\n'
            ' "actors": [{"id": "a", "kind": "state"}, {"id": "b", "kind": "state"}],\n'
            ' "links": [' + links + ',\n'
            '{"source": "a", "kind": "cooperates-with", "target": "b", "period": "1999-13"}]}')
    document = Focal.Document.new()
    assert document.load_from_data(text, -1, Focal.LoadFlags.LENIENT)
    model = document.props.graph.get_links()
    assert model.get_n_items() == n
    for i in (0, 4095, 4096, 4999):
        assert model.get_item(i).props.period.to_string() == "%d/%d" % (1000 + i, 1001 + i)
    problems = [(p.props.path, p.props.line) for p in document.get_problems()]
    assert problems == [("$.links[%d].period" % n, n + 3)]


# The entity sections are read as json-glib parses them when the document
# has the usual layout, and a record's JSON is dropped unless it refers to
# other entities; a record reported on later is parsed again from its
# text. Every problem must come out as the fully tracked reading gives it.
STREAMED_SECTIONS = """{"format": "focal/1",
 TITLE_KEY: "sections",
 "sources": [{"id": "s1", "year": 2004}],
 "actors": [
  {"id": "a", "kind": "state"},
  {"id": "b", "kind": "state", "citations": [{"source": "nowhere"}]},
  {"id": "a", "kind": "state"},
  42,
  {"id": "c", "kind": "planet"},
  {"id": "d", "kind": "agency", "parent": "e"},
  {"id": "e", "kind": "agency", "parent": "d"},
  {"id": "f", "kind": "agency", "parent": "nobody"},
  {"id": "g", "kind": "agency", "parent": "a",
   "x-note": {"kept": [1, 2]}},
  {"id": "h", "kind": "person", "name": "H", "valid": "2001/1999"}
 ],
 "issues": [{"id": "i", "area": "economic"}, {"id": "j", "area": "nowhere"}],
 "forums": [{"id": "fo", "name": "F", "kind": "working-group",
             "members": [{"actor": "a"}, {"actor": "zz"}]}],
 "events": [{"id": "ev", "kind": "meeting", "date": "1990", "forum": "fo",
             "participants": ["a", "yy"]}],
 "positions": [{"id": "p1", "actor": "a", "issue": "i", "stance": 0.5},
               {"id": "p2", "actor": "a", "issue": "nope", "stance": 0.5},
               {"id": "p3", "actor": "i", "issue": "i", "stance": 0.5}],
 "links": [
  {"source": "a", "kind": "cooperates-with", "target": "g"},
  {"source": "a", "kind": "cooperates-with", "target": "c"}
 ]}"""


def _all_problems(text, flags=Focal.LoadFlags.LENIENT):
    document = Focal.Document.new()
    assert document.load_from_data(text, -1, flags)
    problems = [(p.props.line, p.props.column, p.props.path, p.props.code, p.props.message)
                for p in document.get_problems()]
    graph = document.props.graph
    return problems, sorted(e.props.id for e in graph.get_actors()), \
        graph.get_links().get_n_items(), document.to_data(Focal.SaveFlags.COMPACT)[0]


def test_streamed_sections_report_like_tracked():
    streamed = _all_problems(STREAMED_SECTIONS.replace("TITLE_KEY", '"title"'))
    tracked = _all_problems(STREAMED_SECTIONS.replace("TITLE_KEY", '"titl\\u0065"'))
    assert streamed[0] == tracked[0]
    assert streamed[1:3] == tracked[1:3]
    paths = [p[2] for p in streamed[0]]
    assert paths == ["$.actors[1].citations[0].source", "$.actors[2].id", "$.actors[3]",
                     "$.actors[4].kind", "$.actors[9].valid", "$.issues[1].area",
                     "$.actors[7].parent", "$.actors[5].parent", "$.actors[6].parent",
                     "$.forums[0].members[1].actor", "$.events[0].forum",
                     "$.positions[1].issue", "$.positions[2].actor", "$.links[1].target"]
    assert (10, 43) == streamed[0][7][:2]
    assert streamed[1] == ["a", "g"]
    # Unknown members of a record that kept its JSON survive.
    assert '"x-note":{"kept":[1,2]}' in streamed[3]


def test_streamed_sections_strict_first_problem():
    for text in (STREAMED_SECTIONS.replace("TITLE_KEY", '"title"'),
                 STREAMED_SECTIONS.replace("TITLE_KEY", '"titl\\u0065"')):
        with pytest.raises(GLib.Error) as info:
            Focal.Document.new().load_from_data(text, -1, Focal.LoadFlags.NONE)
        assert ":6:" in info.value.message, info.value.message


@pytest.mark.parametrize("change", [
    # sections out of their usual order, a repeated top key, a member after
    # the sections: read the tracked way, with the same results
    lambda t: t.replace('"issues": [{"id": "i", "area": "economic"}, {"id": "j", "area": "nowhere"}],\n', "")
               .replace('"sources": [', '"issues": [{"id": "i", "area": "economic"}, {"id": "j", "area": "nowhere"}],\n "sources": ['),
    lambda t: t.replace('"links": [', '"x-late": 1, "links": ['),
    lambda t: t.replace('"sources": [', '"x-a": 1, "x-a": 2, "sources": ['),
])
def test_streamed_sections_other_layouts(change):
    text = change(STREAMED_SECTIONS.replace("TITLE_KEY", '"title"'))
    escaped = change(STREAMED_SECTIONS.replace("TITLE_KEY", '"titl\\u0065"'))
    assert _all_problems(text)[1:3] == _all_problems(escaped)[1:3]


def test_many_distinct_weights():
    # Weights are kept as codes into a table of distinct values until there
    # are more than 65,536 of them; then as doubles. Both read the same.
    import array
    n = 70000
    links = ",".join(
        '{"source": "a", "kind": "cooperates-with", "target": "b", "weight": %r}'
        % (0.5 + i / 1024) for i in range(n))
    text = ('{"format": "focal/1", "title": "t",\n'
            ' "actors": [{"id": "a", "kind": "state"}, {"id": "b", "kind": "state"}],\n'
            ' "links": [' + links + ']}')
    document = load(text)
    graph = document.props.graph
    model = graph.get_links()
    for i in (0, 65535, 65536, n - 1):
        assert model.get_item(i).props.weight == 0.5 + i / 1024
    column = array.array("d", graph.dup_link_column(Focal.LinkColumn.WEIGHT).get_data())
    assert list(column[:3]) == [0.5, 0.5 + 1 / 1024, 0.5 + 2 / 1024]
    assert column[n - 1] == 0.5 + (n - 1) / 1024
    again = load(document.to_data(Focal.SaveFlags.COMPACT)[0])
    assert again.to_data(Focal.SaveFlags.COMPACT)[0] == document.to_data(Focal.SaveFlags.COMPACT)[0]


def test_few_distinct_weights_edit_and_remove():
    text = ('{"format": "focal/1", "title": "t",\n'
            ' "actors": [{"id": "a", "kind": "state"}, {"id": "b", "kind": "state"}],\n'
            ' "links": [{"source": "a", "kind": "cooperates-with", "target": "b", "weight": 2.5},\n'
            '  {"source": "b", "kind": "cooperates-with", "target": "a"},\n'
            '  {"source": "a", "kind": "partners-with", "target": "b", "weight": 2.5}]}')
    document = load(text)
    graph = document.props.graph
    first, second, third = (graph.get_links().get_item(i) for i in range(3))
    assert [first.props.weight, second.props.weight, third.props.weight] == [2.5, 1.0, 2.5]
    second.props.weight = 0.25
    assert graph.remove_link(first)
    assert [graph.get_links().get_item(i).props.weight for i in range(2)] == [0.25, 2.5]
    assert first.props.weight == 2.5


def test_streamed_links_keep_unknown_members():
    # Links with only known members skip the walk for unknown ones; the
    # others, even next to a null member, keep theirs.
    text = ('{"format":"focal/1","title":"t","actors":[{"id":"a","kind":"state"},'
            '{"id":"b","kind":"state"}],"links":['
            '{"source":"a","kind":"cooperates-with","target":"b"},'
            '{"source":"a","kind":"cooperates-with","target":"b","weight":2.5,"x-z":[1]},'
            '{"source":"a","kind":"cooperates-with","target":"b","x-y":1,"attributes":{}},'
            '{"source":"a","kind":"cooperates-with","target":"b","period":null,"x-w":true}]}\n')
    out = load(text).to_data(Focal.SaveFlags.COMPACT)[0]
    assert '"weight":2.5,"x-z":[1]}' in out
    assert '"target":"b","x-y":1}' in out
    assert '"target":"b","x-w":true}' in out


def test_sections_before_any_other_member():
    # No "format" before the sections: nothing is streamed, and the load
    # fails on the missing format as it does for any layout.
    text = ('{"actors":[{"id":"a","kind":"state"}],"issues":[{"id":"i","area":"economic"}],'
            '"links":[]}')
    for variant in (text, text.replace('"issues"', '"issu\\u0065s"')):
        with pytest.raises(GLib.Error) as info:
            Focal.Document.new().load_from_data(variant, -1, Focal.LoadFlags.LENIENT)
        assert info.value.matches(Focal.error_quark(), Focal.Error.MISSING_FIELD)
        assert "$.format" in info.value.message


# The first scan reads strings eight bytes at a time: what it must see
# (a control character, a bad escape, text that is not UTF-8, the end of
# the string) is found at every offset within those eight bytes.
@pytest.mark.parametrize("offset", range(18))
def test_string_scan_finds_each_byte(offset):
    prefix = '{"format": "focal/1", "title": "'
    column = len(prefix) + offset + 1
    for bad, what in (("\x01", "control character U+0001"), ("\\q", "is not a valid escape")):
        text = prefix + "x" * offset + bad + 'y"}'
        with pytest.raises(GLib.Error) as info:
            Focal.Document.new().load_from_data(text, -1, Focal.LoadFlags.NONE)
        assert ":1:%d: $.title" % column in info.value.message, info.value.message
        assert what in info.value.message
    # Not UTF-8, from bytes.
    data = (prefix + "x" * offset).encode() + b'\xff y"}'
    with pytest.raises(GLib.Error) as info:
        Focal.Document.new().load_from_bytes(GLib.Bytes.new(data), Focal.LoadFlags.NONE)
    assert ":1:%d:" % column in info.value.message, info.value.message
    assert "not valid UTF-8" in info.value.message
    # The length limit counts every byte, and a \\u escape as the three
    # bytes it may stand for.
    for length, ok in ((offset + 8, True), (offset + 9, False)):
        document = Focal.Document.new()
        document.props.max_string_length = offset + 8
        text = prefix + "x" * (length - 3) + '\\u00e9"}'
        if ok:
            assert document.load_from_data(text, -1, Focal.LoadFlags.NONE)
            assert document.props.title == "x" * (length - 3) + "é"
        else:
            with pytest.raises(GLib.Error) as info:
                document.load_from_data(text, -1, Focal.LoadFlags.NONE)
            assert info.value.matches(Focal.error_quark(), Focal.Error.LIMIT_EXCEEDED)
