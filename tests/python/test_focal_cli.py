# test_focal_cli.py: the focal command, run as a user would run it
#
# SPDX-FileCopyrightText: 2026 The libfocal developers
# SPDX-License-Identifier: LGPL-2.1-or-later

import json
import os
import pathlib
import shutil
import subprocess
import xml.etree.ElementTree as ET

import pytest

FOCAL = os.environ.get("FOCAL_CLI")
SRCDIR = pathlib.Path(os.environ.get("G_TEST_SRCDIR", pathlib.Path(__file__).parent.parent))
DATASET = SRCDIR.parent / "examples" / "data" / "canada-mexico-2004.json"

pytestmark = pytest.mark.skipif(FOCAL is None, reason="FOCAL_CLI is not set (examples disabled)")

COMMANDS = ["report", "summary", "show", "neighbors", "path", "encounters", "positions",
            "validate", "export"]


def focal(*args, check=True):
    result = subprocess.run([FOCAL, *args], capture_output=True, text=True, timeout=60)
    if check:
        assert result.returncode == 0, result.stderr
    return result


def focal_json(*args):
    return json.loads(focal(*args, "--json").stdout)


def test_usage_lists_every_command():
    out = focal("--help").stdout
    for command in COMMANDS:
        assert command in out
    bare = focal(check=False)
    assert bare.returncode == 2
    assert "Usage" in bare.stderr


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(command):
    out = focal(command, "--help").stdout
    assert "--json" in out
    assert "--file" in out


def test_unknown_command():
    result = focal("frobnicate", check=False)
    assert result.returncode == 2
    assert "unknown command" in result.stderr
    assert result.stdout == ""


def test_summary_counts_the_embedded_dataset():
    summary = focal_json("summary")
    assert summary["actors"] > 100
    assert summary["links"] > 150
    assert summary["sources"] >= 1
    assert sum(summary["actors-by-level"].values()) == summary["actors"]


@pytest.mark.parametrize("args,expected", [
    # Encounter totals computed from the data, never typed into code.
    (["--forum", "jmc", "--from", "1968", "--to", "1999"], (13, 13, True)),
    (["--forum", "jmc", "--from", "1989", "--to", "1999"], (5, 5, True)),
    (["--forum", "jmc", "--from", "1968", "--to", "1988"], (8, 8, True)),
    (["--series", "leaders-meetings-1959-1989", "--from", "1959", "--to", "1989"], (8, 8, True)),
    (["--series", "leaders-meetings-1989-2004", "--from", "1989", "--to", "2004"], (26, None, False)),
    (["--between", "jean-chretien", "vicente-fox", "--from", "2000", "--to", "2003"], (7, 7, True)),
    (["--series", "leaders-meetings-1989-2004", "--from", "1989", "--to", "1999"], (0, None, False)),
])
def test_encounters(args, expected):
    result = focal_json("encounters", *args)
    assert (result["min"], result["max"], result["exact"]) == expected
    assert result["events"], "the events the count comes from are listed"


def test_encounters_by_decade():
    result = focal_json("encounters", "--forum", "jmc", "--from", "1960", "--to", "1999",
                        "--by", "decade")
    assert [b["period"] for b in result["series"]] == ["1960/1969", "1970/1979", "1980/1989",
                                                      "1990/1999"]
    assert all(b["min"] <= (b["max"] if b["max"] is not None else b["min"]) for b in result["series"])
    assert result["total"]["min"] == 13


def test_encounters_bad_arguments():
    result = focal("encounters", "--forum", "no-such-forum", check=False)
    assert result.returncode == 1
    assert "no-such-forum" in result.stderr
    result = focal("encounters", "--from", "2000", "--to", "1990", check=False)
    assert result.returncode == 2


def test_show():
    out = focal("show", "ife").stdout
    assert "Federal Electoral Institute" in out
    assert "focal-2004" in out
    shown = focal_json("show", "ife")
    assert shown["kind-name"] == "actor"
    assert shown["entity"]["id"] == "ife"
    missing = focal("show", "no-such-id", check=False)
    assert missing.returncode == 1
    assert "no-such-id" in missing.stderr


def test_neighbors_as_of_and_kind():
    everything = {n["id"] for n in focal_json("neighbors", "elections-canada")}
    assert "ife" in everything
    before = {n["id"] for n in focal_json("neighbors", "elections-canada", "--as-of", "1990")}
    assert "ife" not in before
    parties = focal_json("neighbors", "electoral-mou-1996", "--kind", "party-to")
    assert {"ife", "elections-canada"} <= {n["id"] for n in parties}
    assert all(n["link"] == "party-to" for n in parties)
    bad = focal("neighbors", "ife", "--kind", "friends-with", check=False)
    assert bad.returncode == 2
    assert "party-to" in bad.stderr


def test_path():
    result = focal_json("path", "ife", "elections-canada")
    assert result["path"][0] == "ife" and result["path"][-1] == "elections-canada"
    assert result["hops"] == len(result["path"]) - 1 >= 1


def test_positions():
    history = focal_json("positions", "ftaa-issue")
    labels = " ".join(p["label"] or "" for p in history)
    assert "obstructionist" in labels
    wrong = focal("positions", "ife", check=False)
    assert wrong.returncode == 1


def test_validate_good_and_bad(tmp_path):
    assert "valid" in focal("validate", str(DATASET)).stdout
    bad = tmp_path / "bad.json"
    bad.write_text('{\n  "format": "focal/1",\n  "actors": [\n'
                   '    {"id": "a", "kind": "state"},\n'
                   '    {"id": "a", "kind": "planet"}\n  ]\n}\n')
    result = focal("validate", str(bad), check=False)
    assert result.returncode == 1
    assert "bad.json:5:" in result.stderr
    assert "$.actors[1]" in result.stderr
    problems = json.loads(focal("validate", str(bad), "--json", check=False).stdout)
    assert len(problems) >= 1
    assert all(p["line"] == 5 for p in problems)


def test_other_file(tmp_path):
    small = tmp_path / "small.json"
    small.write_text('{"format": "focal/1", "actors": [{"id": "x", "kind": "state"}]}')
    assert focal_json("summary", "--file", str(small))["actors"] == 1
    missing = focal("summary", "--file", str(tmp_path / "missing.json"), check=False)
    assert missing.returncode == 1
    assert "missing.json" in missing.stderr


def test_export_json_round_trip(tmp_path):
    out = tmp_path / "out.json"
    focal("export", "--format", "json", "--output", str(out))
    assert out.read_bytes() == DATASET.read_bytes()


def test_export_graphml():
    root = ET.fromstring(focal("export", "--format", "graphml").stdout)
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    summary = focal_json("summary")
    entities = sum(summary[k] for k in ("actors", "agreements", "forums", "issues",
                                        "positions", "events"))
    assert len(root.findall(".//g:node", ns)) == entities
    assert len(root.findall(".//g:edge", ns)) == summary["links"]


def test_export_dot_renders():
    dot = focal("export", "--format", "dot").stdout
    assert dot.startswith("digraph")
    assert 'cluster_CA' in dot and 'cluster_MX' in dot
    if shutil.which("dot") is None:
        pytest.skip("graphviz is not installed")
    svg = subprocess.run(["dot", "-Tsvg"], input=dot, capture_output=True, text=True, timeout=60)
    assert svg.returncode == 0, svg.stderr
    assert "<svg" in svg.stdout


def test_report():
    report = focal_json("report")
    assert report["inventory"]["totals"]["actors"] > 100
    jmc = [e for e in report["encounters"] if e["id"] == "jmc-meetings-1968-1999"]
    assert jmc and jmc[0]["count"]["min"] == 13 and jmc[0]["count"]["exact"]
    assert report["offices"]
    settings = {space["setting"] for space in report["common-spaces"]}
    assert {"bilateral", "north-america", "americas", "global"} <= settings
    assert "jmc" in {space["id"] for space in report["common-spaces"]}
    assert any(p["id"] == "paul-martin" for p in report["single-person-ties"])
    assert any(p["source"] == "elections-canada" and p["target"] == "ife"
               for p in report["success-patterns"])
    assert report["coincidence"]["issues"] >= 1
    text = focal("report").stdout
    assert "The relationship in its totality" in text
    assert "Common spaces" in text
    assert "Ties that rest on single people" in text
    assert "Successful cooperation" in text
