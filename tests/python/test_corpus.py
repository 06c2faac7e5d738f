# test_corpus.py: the focal/1 document corpus in tests/data, read from Python
#
# The same walk as tests/c/test-corpus.c, one pytest test per file (see the
# comment at the top of that file for the layout and the expectations), plus
# checks of docs/focal-1.schema.json and docs/format.md against the corpus
# and the library's enumerations.
#
# SPDX-FileCopyrightText: 2026 The libfocal developers
# SPDX-License-Identifier: LGPL-2.1-or-later

import json
import os

import pytest
from gi.repository import Focal, Gio, GLib

TESTS = os.environ["G_TEST_SRCDIR"]
DATA = os.path.join(TESTS, "data")
VALID = os.path.join(DATA, "valid")
NONCANONICAL = os.path.join(VALID, "noncanonical")
INVALID = os.path.join(DATA, "invalid")
DOCS = os.path.join(TESTS, os.pardir, "docs")
SCHEMA = os.path.join(DOCS, "focal-1.schema.json")

BEFORE = json.dumps({
    "format": "focal/1",
    "title": "Before",
    "actors": [{"id": "canada", "kind": "state", "country": "CA"},
               {"id": "mexico", "kind": "state", "country": "MX"}],
    "links": [{"source": "canada", "kind": "cooperates-with", "target": "mexico"}],
})


def json_files(folder, skip_suffix):
    return sorted(name[:-len(".json")] for name in os.listdir(folder)
                  if name.endswith(".json") and not name.endswith(skip_suffix))


VALID_NAMES = json_files(VALID, ".expected.json")
NONCANONICAL_NAMES = json_files(NONCANONICAL, ".expected.json")
INVALID_NAMES = json_files(INVALID, ".expect.json")


def read_bytes(path):
    with open(path, "rb") as f:
        return f.read()


def error_code(nick):
    for value in Focal.Error.__enum_values__.values():
        if value.value_nick == nick:
            return int(value)
    raise KeyError(nick)


def saved(document, flags=Focal.SaveFlags.NONE):
    return document.to_bytes(flags).get_data()


def load_file(path, flags=Focal.LoadFlags.NONE):
    document = Focal.Document.new()
    assert document.load_from_file(Gio.File.new_for_path(path), flags, None)
    assert [p.get_message() for p in document.get_problems()] == []
    return document


def load_bytes(data):
    document = Focal.Document.new()
    assert document.load_from_bytes(GLib.Bytes.new(data), Focal.LoadFlags.NONE)
    assert len(document.get_problems()) == 0
    return document


def assert_no_whitespace_outside_strings(text):
    in_string = escaped = False
    for i, c in enumerate(text.decode("utf-8")):
        if in_string:
            if escaped:
                escaped = False
            elif c == "\\":
                escaped = True
            elif c == '"':
                in_string = False
        elif c == '"':
            in_string = True
        else:
            assert not c.isspace(), "whitespace at %d" % i


def check_valid(path, expected_path):
    expected = read_bytes(expected_path)
    document = load_file(path)
    text = saved(document)
    assert text.decode("utf-8") == expected.decode("utf-8")

    reloaded = load_bytes(text)
    assert Focal.Graph.equal(document.props.graph, reloaded.props.graph)
    assert Focal.Document.equal(document, reloaded)
    assert saved(reloaded) == text

    compact = saved(document, Focal.SaveFlags.COMPACT)
    assert compact.endswith(b"\n") and not compact.endswith(b"\n\n")
    assert json.loads(compact) == json.loads(text)
    assert_no_whitespace_outside_strings(compact[:-1])
    from_compact = load_bytes(compact)
    assert Focal.Document.equal(document, from_compact)

    lenient = load_file(path, Focal.LoadFlags.LENIENT)
    assert Focal.Document.equal(document, lenient)


@pytest.mark.parametrize("name", VALID_NAMES)
def test_valid(name):
    path = os.path.join(VALID, name + ".json")
    check_valid(path, path)


@pytest.mark.parametrize("name", NONCANONICAL_NAMES)
def test_noncanonical(name):
    check_valid(os.path.join(NONCANONICAL, name + ".json"),
                os.path.join(NONCANONICAL, name + ".expected.json"))


def expectation(name):
    with open(os.path.join(INVALID, name + ".expect.json"), encoding="utf-8") as f:
        return json.load(f)


def message_mismatch(message, name, expect):
    prefix = "%s.json:%d:%d: %s: " % (name, expect["line"], expect["column"], expect["path"])
    if not message.startswith(prefix):
        return "%r does not start with %r" % (message, prefix)
    for mention in expect["mentions"]:
        if mention not in message:
            return "%r does not mention %r" % (message, mention)
    return None


def check_message(message, name, expect):
    mismatch = message_mismatch(message, name, expect)
    assert mismatch is None, mismatch


def apply_properties(document, expect):
    for prop, value in expect.get("properties", {}).items():
        document.set_property(prop, value)
    return document


def new_document(expect):
    return apply_properties(Focal.Document.new(), expect)


@pytest.mark.parametrize("name", INVALID_NAMES)
def test_invalid(name):
    expect = expectation(name)
    code = error_code(expect["code"])
    file = Gio.File.new_for_path(os.path.join(INVALID, name + ".json"))

    if "todo" in expect:
        # A known gap of the reader: expected to fail (xfail) until fixed.
        try:
            new_document(expect).load_from_file(file, Focal.LoadFlags.NONE, None)
            why = "the document loaded"
        except GLib.Error as e:
            why = ("wrong error: " + e.message if not e.matches(Focal.error_quark(), code)
                   else message_mismatch(e.message, name, expect))
        if why is not None:
            pytest.xfail("%s (%s)" % (expect["todo"], why))
        pytest.fail("%s.json now fails as expected: remove its \"todo\"" % name)

    document = Focal.Document.new()
    assert document.load_from_data(BEFORE, -1, Focal.LoadFlags.NONE)
    graph = document.props.graph
    before = saved(document)
    apply_properties(document, expect)

    with pytest.raises(GLib.Error) as info:
        document.load_from_file(file, Focal.LoadFlags.NONE, None)
    assert info.value.matches(Focal.error_quark(), code), info.value.message
    check_message(info.value.message, name, expect)

    assert document.props.graph is graph
    assert graph.get_n_entities() == 2
    assert document.props.title == "Before"
    assert saved(document) == before

    lenient = new_document(expect)
    if expect.get("fatal", False):
        with pytest.raises(GLib.Error) as info:
            lenient.load_from_file(file, Focal.LoadFlags.LENIENT, None)
        assert info.value.code == code
        check_message(info.value.message, name, expect)
        return

    assert lenient.load_from_file(file, Focal.LoadFlags.LENIENT, None)
    matching = [p for p in lenient.get_problems()
                if int(p.props.code) == code and p.props.path == expect["path"]]
    assert matching, [p.props.message for p in lenient.get_problems()]
    problem = matching[0]
    assert problem.props.file == name + ".json"
    assert (problem.props.line, problem.props.column) == (expect["line"], expect["column"])
    check_message(problem.props.message, name, expect)


def test_corpus_layout():
    assert len(VALID_NAMES) >= 6
    assert len(NONCANONICAL_NAMES) >= 1
    assert len(INVALID_NAMES) >= 45
    for name in NONCANONICAL_NAMES:
        assert os.path.exists(os.path.join(NONCANONICAL, name + ".expected.json"))
    for name in INVALID_NAMES:
        expect = expectation(name)
        assert set(expect) <= {"code", "line", "column", "path", "mentions", "properties",
                               "fatal", "schema", "todo"}, name
        assert expect["line"] >= 1 and expect["column"] >= 1, name
        assert expect["path"].startswith("$"), name
        error_code(expect["code"])
    stems = {n[:-len(".expect.json")] for n in os.listdir(INVALID) if n.endswith(".expect.json")}
    assert stems == set(INVALID_NAMES)


# ---------------------------------------------------------------- the schema

def load_schema():
    with open(SCHEMA, encoding="utf-8") as f:
        return json.load(f)


SCHEMA_ENUMS = {
    "actor-kind": Focal.ActorKind,
    "level": Focal.Level,
    "agreement-kind": Focal.AgreementKind,
    "agreement-status": Focal.AgreementStatus,
    "forum-kind": Focal.ForumKind,
    "issue-area": Focal.IssueArea,
    "event-kind": Focal.EventKind,
    "link-kind": Focal.LinkKind,
    "role": Focal.Role,
    "qualifier": Focal.Qualifier,
}


def nicks(enum):
    return [value.value_nick for _, value in sorted(enum.__enum_values__.items())]


@pytest.mark.parametrize("name", sorted(SCHEMA_ENUMS))
def test_schema_enum(name):
    listed = load_schema()["$defs"][name]["enum"]
    expected = nicks(SCHEMA_ENUMS[name])
    if name == "link-kind":
        expected.remove("any")
    assert listed == expected


def test_schema_is_draft_2020_12():
    schema = load_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["properties"]["format"] == {"description": "The format and its version.",
                                              "const": "focal/1"}


def validator():
    jsonschema = pytest.importorskip("jsonschema")
    schema = load_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


ALL_VALID = ([os.path.join("valid", n + ".json") for n in VALID_NAMES] +
             [os.path.join("valid", "noncanonical", n + suffix)
              for n in NONCANONICAL_NAMES for suffix in (".json", ".expected.json")])


@pytest.mark.parametrize("relative", ALL_VALID)
def test_schema_accepts_valid(relative):
    v = validator()
    with open(os.path.join(DATA, relative), encoding="utf-8") as f:
        instance = json.load(f)
    assert [e.message for e in v.iter_errors(instance)] == []


@pytest.mark.parametrize("name", INVALID_NAMES)
def test_schema_on_invalid(name):
    """The schema rejects the documents marked "schema": false and accepts the
    others that are JSON: those only the loader can refuse (references,
    cycles, totals, impossible dates, limits)."""
    v = validator()
    expect = expectation(name)
    try:
        with open(os.path.join(INVALID, name + ".json"), encoding="utf-8") as f:
            instance = json.load(f)
    except (ValueError, UnicodeDecodeError):
        assert expect["code"] == "parse"
        return
    errors = [e.message for e in v.iter_errors(instance)]
    if expect.get("schema", True):
        assert errors == []
    else:
        assert errors != []


# ---------------------------------------------------------------- docs/format.md

def test_format_example_is_in_the_docs():
    with open(os.path.join(DOCS, "format.md"), encoding="utf-8") as f:
        text = f.read()
    with open(os.path.join(VALID, "format-example.json"), encoding="utf-8") as f:
        example = f.read()
    assert "```json\n" + example + "```\n" in text


@pytest.mark.parametrize("name", sorted(SCHEMA_ENUMS))
def test_format_lists_enum(name):
    with open(os.path.join(DOCS, "format.md"), encoding="utf-8") as f:
        text = f.read()
    for nick in nicks(SCHEMA_ENUMS[name]):
        assert "| `%s` |" % nick in text


def test_format_lists_error_codes():
    with open(os.path.join(DOCS, "format.md"), encoding="utf-8") as f:
        text = f.read()
    for nick in ("parse", "wrong-type", "missing-field", "invalid-value", "out-of-range",
                 "duplicate-id", "unknown-id", "wrong-kind", "cycle", "inconsistent",
                 "unsupported-version", "limit-exceeded"):
        assert '<a id="error-%s"></a>`%s`' % (nick, nick) in text
