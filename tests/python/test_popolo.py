# test_popolo.py: Popolo import and export on EveryPolitician's real files,
# checked against counts made independently with the json module
#
# SPDX-FileCopyrightText: 2026 The libfocal developers
# SPDX-License-Identifier: LGPL-2.1-or-later

import collections
import json
import os
import pathlib
import re

import pytest

from gi.repository import Focal, Gio, GLib

TESTS = pathlib.Path(os.environ.get("G_TEST_SRCDIR", pathlib.Path(__file__).resolve().parents[1]))
SHARED = pathlib.Path(os.environ.get("FOCAL_SHARED_DATA", TESTS / ".." / ".." / "shared" / "data"))
CANADA = SHARED / "everypolitician-canada-commons" / "ep-popolo-v1.0.json"
MEXICO = SHARED / "everypolitician-mexico-deputies" / "ep-popolo-v1.0.json"

needs_data = pytest.mark.skipif(not CANADA.exists() or not MEXICO.exists(),
                                reason=f"the EveryPolitician files are not in {SHARED}")

# Members of a Popolo person, organization, membership and event that the
# import turns into model fields (everything else is kept or dropped, and
# reported).
MAPPED = {
    "persons": {"id", "name", "summary", "birth_date", "death_date", "sources", "memberships"},
    "organizations": {"id", "name", "classification", "parent_id", "area_id", "founding_date",
                      "dissolution_date", "sources", "memberships", "posts"},
    "events": {"id", "name", "description", "start_date", "end_date", "location",
               "classification", "organization_id", "sources"},
    "memberships": {"id", "label", "role", "person_id", "person", "member", "organization_id",
                    "organization", "post_id", "post", "on_behalf_of_id", "on_behalf_of",
                    "area_id", "area", "legislative_period_id", "start_date", "end_date",
                    "sources"},
}


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def import_file(path):
    graph, report = Focal.popolo_import_file(Gio.File.new_for_path(str(path)), None)
    return graph, report


@pytest.fixture(scope="module")
def canada():
    return load(CANADA), *import_file(CANADA)


@pytest.fixture(scope="module")
def mexico():
    return load(MEXICO), *import_file(MEXICO)


def persons_of(graph):
    return [a for a in graph.get_actors() if a.props.kind == Focal.ActorKind.PERSON]


def organizations_of(graph):
    return [a for a in graph.get_actors() if a.props.kind != Focal.ActorKind.PERSON]


def memberships_of(graph):
    return [link for link in graph.get_links() if link.props.kind == Focal.LinkKind.MEMBER_OF]


def seats_in_file(data, period_id):
    """Memberships of persons in the legislature for one legislative period,
    by the party they sit for, counted from the JSON alone."""
    legislatures = {o["id"] for o in data["organizations"] if o.get("classification") == "legislature"}
    persons = {p["id"] for p in data["persons"]}
    return collections.Counter(
        m["on_behalf_of_id"] for m in data["memberships"]
        if m.get("legislative_period_id") == period_id and m["organization_id"] in legislatures
        and m["person_id"] in persons)


def seats_in_graph(graph, period_id):
    return collections.Counter(
        link.get_attribute("on_behalf_of") for link in memberships_of(graph)
        if link.get_attribute("legislative_period_id") == period_id)


def show(capsys, lines):
    """Prints past pytest's capture, as TAP comments, so that the log of
    the run shows the comparison."""
    with capsys.disabled():
        for line in lines:
            print(f"# {line}", flush=True)


def counts_in_report(report):
    """The report's aggregated lines: path pattern → (count, verdict)."""
    counts = {}
    for problem in report:
        match = re.fullmatch(r"(\S+): not represented \(([\d,]+) values?\); (.*)",
                             problem.props.message)
        if match:
            counts[match[1]] = (int(match[2].replace(",", "")), match[3])
    return counts


@needs_data
def test_canada_counts(canada):
    data, graph, _ = canada
    assert len(persons_of(graph)) == len(data["persons"]) == 541
    assert len(organizations_of(graph)) == len(data["organizations"]) == 6
    parties = [o for o in data["organizations"] if o["classification"] == "party"]
    assert len([a for a in graph.get_actors()
                if a.props.kind == Focal.ActorKind.POLITICAL_PARTY]) == len(parties) == 5
    assert [a.props.id for a in graph.get_actors()
            if a.props.kind == Focal.ActorKind.LEGISLATURE] == ["legislature"]
    assert len(memberships_of(graph)) == len(data["memberships"]) == 661
    assert len(graph.get_events()) == len(data["events"]) == 2
    assert graph.lookup("legislature").props.name == "House of Commons"


@needs_data
def test_canada_42nd_parliament_seats(canada, capsys):
    data, graph, _ = canada
    term = next(e["id"] for e in data["events"] if e["name"] == "42nd Canadian Parliament")
    from_file = seats_in_file(data, term)
    from_focal = seats_in_graph(graph, term)

    # The well-known result of the October 2015 election; the file covers
    # the whole term, by-elections included, so the test asserts what the
    # file says and prints the three side by side.
    at_election = {"liberal": 184, "conservative": 99, "ndp": 44, "bloc_québécois": 10,
                   "green_party": 1}
    lines = [f"42nd Parliament ({term}): party, file, libfocal, at the 2015 election"]
    for party in sorted(from_file, key=lambda p: -from_file[p]):
        name = graph.lookup(party).props.name
        lines.append(f"  {name:<30} {from_file[party]:>4} {from_focal[party]:>4} "
                     f"{at_election.get(party, '-'):>4}")
    lines.append(f"  {'total':<30} {sum(from_file.values()):>4} {sum(from_focal.values()):>4} "
                 f"{sum(at_election.values()):>4}")
    show(capsys, lines)

    assert from_focal == from_file
    assert sum(from_focal.values()) == sum(from_file.values())
    assert from_focal.most_common(1)[0][0] == "liberal"
    assert seats_in_graph(graph, "term/41") == seats_in_file(data, "term/41")


@needs_data
def test_canada_periods(canada):
    data, graph, _ = canada
    terms = {e["id"]: e for e in data["events"]}
    term = graph.lookup("term/42")
    assert term.props.date.to_string() == terms["term/42"]["start_date"] + "/.."
    assert list(term.get_participants()) == ["legislature"]
    # Memberships with dates of their own keep them; the others inherit
    # those of their legislative period.
    own = [m for m in data["memberships"] if "start_date" in m or "end_date" in m]
    assert len(own) == 34
    by_person = collections.defaultdict(list)
    for link in memberships_of(graph):
        by_person[link.props.source_id].append(link)
    for m in data["memberships"]:
        term = terms[m["legislative_period_id"]]
        start = m.get("start_date", term["start_date"])
        end = m.get("end_date", term.get("end_date", ".."))
        periods = [link.props.period.to_string() for link in by_person[m["person_id"]]
                   if link.get_attribute("legislative_period_id") == term["id"]]
        assert f"{start}/{end}" in periods


@needs_data
def test_mexico_counts(mexico, capsys):
    data, graph, _ = mexico
    assert len(persons_of(graph)) == len(data["persons"]) == 998
    assert len(organizations_of(graph)) == len(data["organizations"]) == 11
    assert len(memberships_of(graph)) == len(data["memberships"]) == 998
    for term in ("term/62", "term/63"):
        from_file = seats_in_file(data, term)
        from_focal = seats_in_graph(graph, term)
        show(capsys, [f"{term}: file {dict(from_file.most_common())}",
                      f"{term}: libfocal {dict(from_focal.most_common())}"])
        assert from_focal == from_file
    assert seats_in_graph(graph, "term/62")["PRI"] == 214
    assert sum(seats_in_graph(graph, "term/63").values()) == 498
    # Open Civic Data areas give every actor the country code MX.
    assert {a.props.country for a in graph.get_actors()} == {"MX"}


@needs_data
@pytest.mark.parametrize("which", ["canada", "mexico"])
def test_report_lists_what_is_not_represented(which, request):
    data, graph, report = request.getfixturevalue(which)
    counts = counts_in_report(report)

    expected = {}
    for collection, mapped in MAPPED.items():
        members = collections.Counter(
            name for record in data.get(collection, []) for name, value in record.items()
            if name not in mapped and value is not None)
        for name, count in members.items():
            expected[f"$.{collection}[*].{name}"] = (count, 'kept as extension data "x-popolo"')
    for name, count in collections.Counter(
            name for area in data["areas"] for name in area if name not in ("id", "name")).items():
        expected[f"$.areas[*].{name}"] = (count, "dropped")
    assert expected, "the files have members libfocal does not represent"

    assert counts == expected
    for problem in report:
        assert problem.props.code == Focal.Error.INVALID_VALUE
        assert problem.props.line > 0 and problem.props.column > 0
        assert problem.props.file == "ep-popolo-v1.0.json"


@needs_data
def test_kept_members_are_saved(canada):
    data, graph, _ = canada
    saved = json.loads(Focal.Document.new_for_graph(graph).to_data(Focal.SaveFlags.NONE)[0])
    actors = {a["id"]: a for a in saved["actors"]}
    for person in data["persons"][:50]:
        kept = actors[person["id"]]["x-popolo"]
        for name, value in person.items():
            if name not in MAPPED["persons"]:
                assert kept[name] == value
    assert actors["legislature"]["x-popolo"]["seats"] == 308


@needs_data
@pytest.mark.parametrize("path", [CANADA, MEXICO], ids=["canada", "mexico"])
def test_export_roundtrip(path):
    data = load(path)
    graph, _ = import_file(path)
    text, length = Focal.popolo_export(graph)
    assert length == len(text.encode("utf-8"))
    exported = json.loads(text)
    for collection in ("persons", "organizations", "memberships", "events", "areas"):
        assert len(exported[collection]) == len(data[collection]), collection
    assert seats_in_file(exported, "term/42" if path == CANADA else "term/63") == \
        seats_in_file(data, "term/42" if path == CANADA else "term/63")

    again, report = Focal.popolo_import_data(text, -1)
    assert len(again.get_actors()) == len(graph.get_actors())
    assert len(again.get_links()) == len(graph.get_links())
    assert again.equal(graph)


def test_small_document():
    text = json.dumps({
        "persons": [{"id": "ana", "name": "Ana", "birth_date": "1970", "gender": "female"}],
        "organizations": [{"id": "chamber", "classification": "chamber"},
                          {"id": "red", "classification": "party", "name": "Red"}],
        "memberships": [{"person_id": "ana", "organization_id": "chamber",
                         "on_behalf_of_id": "red", "start_date": "2012-09-01",
                         "role": "deputy"}],
        "vote_events": [{"id": "v1"}, {"id": "v2"}],
    })
    graph, report = Focal.popolo_import_data(text, -1)
    assert graph.lookup("chamber").props.kind == Focal.ActorKind.LEGISLATIVE_CHAMBER
    assert graph.lookup("ana").props.valid.to_string() == "1970/.."
    link = graph.get_links()[0]
    assert link.props.period.to_string() == "2012-09-01/.."
    assert link.get_attribute("on_behalf_of") == "red"
    assert link.get_attribute("role") == "deputy"
    assert [p.props.message for p in report] == [
        '$.persons[*].gender: not represented (1 value); kept as extension data "x-popolo"',
        "$.vote_events: not represented (2 values); dropped",
    ]


@pytest.mark.parametrize("text, code, where", [
    ("{\"persons\": [}", Focal.Error.PARSE, "<data>:1:14: $.persons[0]: malformed JSON"),
    ("{\"persons\": \"all\"}", Focal.Error.WRONG_TYPE,
     "<data>:1:13: $.persons: expected an array, got the string \"all\""),
    ("{\"persons\": [{\"id\": \"a\", \"name\": 3}]}", Focal.Error.WRONG_TYPE,
     "<data>:1:34: $.persons[0].name: expected a string, got the number 3"),
    ("{\"organizations\": [{\"id\": \"x\", \"classification\": [\"party\"]}]}",
     Focal.Error.WRONG_TYPE, "<data>:1:50: $.organizations[0].classification: expected a string"),
    ("{\"memberships\": [\n  {\"person_id\": \"a\", \"end_date\": \"soon\"}]}", Focal.Error.PARSE,
     "<data>:2:34: $.memberships[0].end_date: invalid date \"soon\""),
    ("{\"events\": [{\"name\": \"term\"}]}", Focal.Error.MISSING_FIELD,
     "<data>:1:13: $.events[0].id: missing required member \"id\""),
    ("{\"persons\": [{\"id\": \"\"}]}", Focal.Error.INVALID_VALUE,
     "<data>:1:21: $.persons[0].id: the empty string"),
])
def test_malformed_and_wrong_typed(text, code, where):
    with pytest.raises(GLib.Error) as info:
        Focal.popolo_import_data(text, -1)
    assert info.value.matches(Focal.error_quark(), code)
    assert info.value.message.startswith(where)


def test_unreadable_file(tmp_path):
    with pytest.raises(GLib.Error) as info:
        Focal.popolo_import_file(Gio.File.new_for_path(str(tmp_path / "missing.json")), None)
    assert info.value.code == Focal.Error.IO

    path = tmp_path / "broken.json"
    path.write_text("{\n  \"persons\": [\n    {\"id\": \"a\"},\n  ]\n}\n")
    with pytest.raises(GLib.Error) as info:
        Focal.popolo_import_file(Gio.File.new_for_path(str(path)), None)
    assert info.value.code == Focal.Error.PARSE
    assert info.value.message.startswith("broken.json:4:3: $.persons[1]: malformed JSON")
