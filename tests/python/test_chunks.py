# test_chunks.py: large links arrays read in chunks on several threads
# give exactly what the one-thread reading gives
#
# SPDX-FileCopyrightText: 2026 The libfocal developers
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# The reader takes a links array of 32,768 links or more in chunks of
# 4,096, on every processor (FOCAL_JSON_CHUNK_LINKS sets the chunk size
# and forces chunks at any size; 0 turns them off). Each test reads the
# same text both ways and compares everything: links, problems with their
# line, column and path, the first error, and the saved text.

import os
import random

import pytest

from gi.repository import Focal, GLib

N_ACTORS = 300
N_LINKS = 40000
KINDS = ["cooperates-with", "partners-with", "disputes-with"]


@pytest.fixture(autouse=True)
def _restore_environment():
    saved = os.environ.get("FOCAL_JSON_CHUNK_LINKS")
    yield
    if saved is None:
        os.environ.pop("FOCAL_JSON_CHUNK_LINKS", None)
    else:
        os.environ["FOCAL_JSON_CHUNK_LINKS"] = saved


def _link(rng, i):
    source = rng.randrange(N_ACTORS)
    target = (source + 1 + rng.randrange(N_ACTORS - 1)) % N_ACTORS
    parts = ['"source": "a%d"' % source, '"kind": "%s"' % KINDS[i % 3],
             '"target": "a%d"' % target]
    roll = rng.random()
    if roll < 0.6:
        parts.append('"period": "%d/%s"' % (1950 + i % 70, ".." if i % 3 else 2021))
    if i % 7 == 0:
        parts.append('"weight": %s' % (0.5 + (i % 11) / 4))
    if i % 5 == 0:
        parts.append('"attributes": {"sector": "s%d", "note": "n%d"}' % (i % 4, i % 9))
    if i % 97 == 0:
        parts.append('"description": "link %d"' % i)
    if i % 389 == 0:
        parts.append('"x-kept": {"i": %d, "list": [1, 2, [3]]}' % i)
    if i % 1201 == 0:
        parts.append('"citations": [{"source": "s1", "page": "%d"}]' % (i % 300))
    return "{" + ", ".join(parts) + "}"


def _document(links):
    actors = ",\n".join('  {"id": "a%d", "kind": "state"}' % i for i in range(N_ACTORS))
    return ('{"format": "focal/1", "title": "chunks",\n'
            ' "sources": [{"id": "s1", "year": 2004}],\n'
            ' "actors": [\n' + actors + '],\n'
            ' "links": [\n' + ",\n".join(links) + "]}\n")


def _links(n=N_LINKS, seed=7):
    rng = random.Random(seed)
    return [_link(rng, i) for i in range(n)]


# Problems spread over the chunks, one of each kind the links can have.
BAD = {
    5: '{"source": "a1", "kind": "cooperates-with", "target": "nobody"}',
    4095: '{"source": "a1", "kind": "no-such-kind", "target": "a2"}',
    4096: '42',
    9000: '{"source": "a1", "kind": "cooperates-with", "target": "a2", "weight": -1}',
    12288: '{"source": "a1", "kind": "cooperates-with", "target": "a1"}',
    20000: '{"source": "a1", "kind": "cooperates-with", "target": "a2", "period": "1999-13"}',
    26000: '{"kind": "cooperates-with", "target": "a2"}',
    33000: '{"source": "a1", "kind": "cooperates-with", "target": "a2",\n'
           '   "citations": [{"source": "nowhere"}]}',
    39999: '{"source": "a1", "kind": "member-of", "target": "a2", "attributes": {"k": 3}}',
}


def _with_bad(links):
    links = list(links)
    for index, text in BAD.items():
        links[index] = text
    return links


def _read(text, chunk_links, flags=Focal.LoadFlags.LENIENT):
    """Reads @text with FOCAL_JSON_CHUNK_LINKS=@chunk_links (None: the
    default), and returns what came out, or the error."""
    if chunk_links is None:
        os.environ.pop("FOCAL_JSON_CHUNK_LINKS", None)
    else:
        os.environ["FOCAL_JSON_CHUNK_LINKS"] = str(chunk_links)
    document = Focal.Document.new()
    try:
        document.load_from_data(text, -1, flags)
    except GLib.Error as error:
        return ("error", error.domain, error.code, error.message)
    problems = [(p.props.line, p.props.column, p.props.path, p.props.code, p.props.message)
                for p in document.get_problems()]
    saved, _ = document.to_data(Focal.SaveFlags.COMPACT)
    return problems, document.props.graph.get_links().get_n_items(), saved


def test_sound_document_same_both_ways():
    text = _document(_links())
    sequential = _read(text, 0)
    assert sequential[0] == []
    assert sequential[1] == N_LINKS
    assert _read(text, None) == sequential
    assert _read(text, 1000) == sequential


def test_problems_same_both_ways():
    text = _document(_with_bad(_links()))
    sequential = _read(text, 0)
    problems, n_links, _ = sequential
    assert n_links == N_LINKS - len(BAD)
    paths = [p[2] for p in problems]
    assert "$.links[5].target" in paths
    assert "$.links[4095].kind" in paths
    assert "$.links[4096]" in paths
    assert "$.links[33000].citations[0].source" in paths
    assert "$.links[39999].attributes.k" in paths
    # In document order, and at the same places, with chunks of every size.
    assert [p[0] for p in problems] == sorted(p[0] for p in problems)
    for chunk_links in (None, 4096, 333, 1):
        assert _read(text, chunk_links) == sequential, chunk_links


def test_strict_first_error_same_both_ways():
    text = _document(_with_bad(_links()))
    sequential = _read(text, 0, Focal.LoadFlags.NONE)
    assert sequential[0] == "error"
    assert "$.links[5].target" in sequential[3]
    for chunk_links in (None, 7):
        assert _read(text, chunk_links, Focal.LoadFlags.NONE) == sequential
    # A first error deep in the array, in a chunk another thread read.
    links = _links()
    links[36001] = BAD[20000]
    text = _document(links)
    sequential = _read(text, 0, Focal.LoadFlags.NONE)
    assert ":%d:" % (36001 + 305) in sequential[3]
    assert _read(text, None, Focal.LoadFlags.NONE) == sequential


@pytest.mark.parametrize("where", ["first", "middle", "last"])
def test_malformed_json_in_a_chunk_same_both_ways(where):
    links = _links()
    index = {"first": 3, "middle": 21000, "last": N_LINKS - 1}[where]
    links[index] = links[index].replace('"kind":', '"kind"', 1)
    text = _document(links)
    sequential = _read(text, 0)
    assert sequential[0] == "error"
    assert sequential[2] == Focal.Error.PARSE
    assert ":%d:" % (index + 305) in sequential[3]
    assert _read(text, None) == sequential
    assert _read(text, 64) == sequential


@pytest.mark.parametrize("tail", [",]}\n", ",\n]}", "]} []", "]]}", "]}}"])
def test_bad_end_of_the_links_array_same_both_ways(tail):
    # A trailing comma after a whole chunk of links, text after the root,
    # and brackets that do not match.
    links = _links(n=8192)
    text = _document(links)
    assert text.endswith("]}\n")
    text = text[:-3] + tail
    sequential = _read(text, 0)
    assert sequential[0] == "error"
    for chunk_links in (4096, 8192, 1):
        assert _read(text, chunk_links) == sequential, chunk_links



# The entity sections are read in chunks too (of 1,024 records, from
# 8,192 entities): each record is read on whichever thread takes its
# chunk, and declared, checked and inserted in document order.
N_BIG_ACTORS = 9000


def _entities_document(bad=None, n_links=50):
    bad = bad or {}
    actors = []
    for i in range(N_BIG_ACTORS):
        if i in bad:
            actors.append(bad[i])
            continue
        parts = ['"id": "a%d"' % i, '"kind": "%s"' % ("state" if i % 10 == 0 else "ministry")]
        if i % 10:
            parts.append('"parent": "a%d"' % (i - i % 10))
        if i % 13 == 0:
            parts.append('"name": "Actor %d"' % i)
        if i % 17 == 0:
            parts.append('"citations": [{"source": "s1", "page": "%d"}]' % i)
        if i % 501 == 0:
            parts.append('"x-kept": [%d, {"deep": true}]' % i)
        actors.append("{" + ", ".join(parts) + "}")
    forums = ",\n".join(
        '  {"id": "f%d", "kind": "multilateral-organization", "members": [{"actor": "a%d"}, {"actor": "a%d"}]}'
        % (i, i * 10, i * 10 + 10) for i in range(40))
    positions = ",\n".join(
        '  {"id": "p%d", "actor": "a%d", "issue": "i1", "stance": 0.5}' % (i, i * 10)
        for i in range(300))
    links = ",\n".join(
        '{"source": "a%d", "kind": "cooperates-with", "target": "a%d"}' % (i * 10, i * 10 + 10)
        for i in range(n_links))
    return ('{"format": "focal/1", "title": "entities",\n'
            ' "sources": [{"id": "s1", "year": 2004}],\n'
            ' "actors": [\n' + ",\n".join(actors) + '],\n'
            ' "issues": [{"id": "i1", "name": "trade", "area": "economic"}],\n'
            ' "forums": [\n' + forums + '],\n'
            ' "positions": [\n' + positions + '],\n'
            ' "links": [\n' + links + "]}\n")


ACTOR_PROBLEMS = {
    3: '{"id": "a3", "kind": "no-such-kind", "parent": "a0"}',
    1500: '{"id": "a7", "kind": "ministry", "parent": "a0"}',            # duplicate id
    2047: '{"id": "a2047", "kind": "ministry", "parent": "nobody"}',     # unknown parent
    2048: '{"id": "a2048", "kind": "ministry", "parent": "f1"}',         # a forum as parent
    3001: '"not an object"',
    4100: '{"kind": "state"}',                                           # no id
    5000: '{"id": "a5000", "kind": "state", "citations": [{"source": "nowhere"}]}',
    6001: '{"id": "a6001", "kind": "ministry", "parent": "a6002"}',      # a cycle
    6002: '{"id": "a6002", "kind": "ministry", "parent": "a6001"}',
    8999: '{"id": "a8999", "kind": "state", "country": "Narnia"}',
}


def test_sound_entities_same_both_ways():
    text = _entities_document()
    sequential = _read(text, 0)
    assert sequential[0] == []
    assert sequential[1] == 50
    assert _read(text, None) == sequential


def test_entity_problems_same_both_ways():
    text = _entities_document(ACTOR_PROBLEMS)
    sequential = _read(text, 0)
    problems, n_links, _ = sequential
    paths = [p[2] for p in problems]
    for expected in ("$.actors[3].kind", "$.actors[1500].id", "$.actors[2047].parent",
                     "$.actors[2048].parent", "$.actors[3001]", "$.actors[4100].id",
                     "$.actors[5000].citations[0].source", "$.actors[6001].parent",
                     "$.actors[8999].country"):
        assert expected in paths, expected
    for chunk_links in (None, 4096, 13, 1):
        assert _read(text, chunk_links) == sequential, chunk_links


def test_entity_strict_first_error_same_both_ways():
    text = _entities_document({7000: ACTOR_PROBLEMS[2047].replace("2047", "7000")})
    sequential = _read(text, 0, Focal.LoadFlags.NONE)
    assert sequential[0] == "error"
    assert "$.actors[7000].parent" in sequential[3]
    assert _read(text, None, Focal.LoadFlags.NONE) == sequential
    assert _read(text, 5, Focal.LoadFlags.NONE) == sequential


def test_malformed_json_in_a_section_same_both_ways():
    text = _entities_document({6500: '{"id": "a6500" "kind": "state"}'})
    sequential = _read(text, 0)
    assert sequential[0] == "error"
    assert sequential[2] == Focal.Error.PARSE
    assert _read(text, None) == sequential
    assert _read(text, 3) == sequential


@pytest.mark.parametrize("glue", ['],\n "issues" [', '] "issues": [', '],\n "issues": {'])
def test_malformed_text_between_sections_same_both_ways(glue):
    # json-glib only reads the text before the first section when the
    # sections are read in chunks: what lies between them is checked by
    # hand, and a document where it is not a key is read the usual way.
    text = _entities_document().replace('],\n "issues": [', glue, 1)
    sequential = _read(text, 0)
    assert sequential[0] == "error"
    assert sequential[2] == Focal.Error.PARSE
    assert _read(text, None) == sequential
    assert _read(text, 3) == sequential


def test_section_as_first_member_same_both_ways():
    # A section before every other member: the sections are read the
    # tracked way, and the missing format is reported.
    text = _entities_document()
    head, rest = text.split('"actors": [', 1)
    actors, after = rest.split('],\n "issues"', 1)
    text = '{"actors": [' + actors + '],\n "title": "late",' + head[1:] + '"issues"' + after
    sequential = _read(text, 0)
    assert _read(text, None) == sequential
    assert _read(text, 2) == sequential
