#!/usr/bin/python3
# generate.py
#
# SPDX-FileCopyrightText: 2026 The libfocal developers
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Writes a deterministic synthetic focal/1 document for the benchmarks.

    generate.py --actors N [--seed S] --output FILE

N actors of mixed kinds and countries, about 10 N links between them with a
hub-heavy (preferential attachment) degree distribution, plus forums,
agreements, issues and positions. Links carry EDTF periods between 1950 and
2020, some open-ended. Next to FILE it writes FILE.queries.json: the
workload every tool runs (the 100 largest hubs, 1,000 seeded pairs for
shortest paths and the as-of date of the view), so all tools answer the
same questions. Pure standard library; the same arguments always give the
same bytes.
"""

import argparse
import json
import random

COUNTRIES = ["CA", "MX", "US", "GT", "CL", "BR", "AR", "CO", "PE", "CU",
             "CA-QC", "CA-ON", "CA-BC", "CA-AB", "MX-JAL", "MX-NLE",
             "MX-CMX", "MX-OAX", "US-TX", "US-CA"]

# (actor kind, relative frequency)
ACTOR_KINDS = [
    ("person", 30), ("agency", 8), ("ministry", 4), ("unit", 6),
    ("ngo", 10), ("company", 12), ("university", 6), ("municipality", 6),
    ("subnational-government", 3), ("embassy", 2), ("consulate", 2),
    ("representation-office", 2), ("research-centre", 3),
    ("political-party", 2), ("legislature", 1), ("group", 3),
]
ORGANISATION_KINDS = {"agency", "ministry", "unit", "ngo", "company",
                      "university", "municipality", "subnational-government",
                      "embassy", "consulate", "research-centre"}
FORUM_KINDS = ["joint-committee", "summit", "inter-parliamentary",
               "working-group", "multilateral-organization", "network",
               "policy-dialogue"]
AGREEMENT_KINDS = ["treaty", "memorandum-of-understanding", "declaration",
                   "trade-agreement", "twinning", "programme"]
AGREEMENT_STATUSES = ["signed", "in-force", "stalled", "lapsed", "proposed"]
ISSUE_AREAS = ["economic", "political", "social", "security", "development"]
AREAS = ["trade", "elections", "energy", "migration", "security",
         "education", "environment", "culture", "health", "agriculture"]

# Links between two actors, by relative frequency.
ACTOR_LINK_KINDS = [
    ("cooperates-with", 45), ("partners-with", 10), ("represented-in", 8),
    ("works-for", 12), ("disputes-with", 3), ("member-of", 2), ("leads", 2),
]


def weighted_choice(rng, table):
    total = sum(w for _, w in table)
    x = rng.random() * total
    for value, w in table:
        x -= w
        if x < 0:
            return value
    return table[-1][0]


def period(rng):
    """An EDTF period, or None (always) for 10 % of links."""
    r = rng.random()
    if r < 0.10:
        return None
    start = rng.randint(1950, 2020)
    if r < 0.45:
        return "%d/.." % start                        # open-ended
    if r < 0.90:
        return "%d/%d" % (start, rng.randint(start, 2020))
    if r < 0.95:
        return "../%d" % start                        # open start
    return "%d" % start                               # one year


def generate(n_actors, seed):
    rng = random.Random(seed)
    n_forums = max(5, n_actors // 200)
    n_agreements = max(5, n_actors // 200)
    n_issues = max(3, n_actors // 1000)
    n_positions = max(10, n_actors // 20)
    n_links_target = 10 * n_actors

    kind_table = ACTOR_KINDS
    actors = []
    kinds = []
    for i in range(n_actors):
        kind = weighted_choice(rng, kind_table)
        kinds.append(kind)
        actor = {
            "id": "a%d" % i,
            "name": "Actor %d" % i,
            "kind": kind,
            "country": rng.choice(COUNTRIES),
        }
        # a forest of parents: an organisation may be part of an earlier one
        if kind in ("unit", "embassy", "consulate", "agency") and i > 0 \
                and rng.random() < 0.5:
            parent = rng.randrange(0, i)
            if kinds[parent] in ORGANISATION_KINDS:
                actor["parent"] = "a%d" % parent
        if rng.random() < 0.2:
            actor["tags"] = [rng.choice(AREAS)]
        actors.append(actor)

    people = [i for i, k in enumerate(kinds) if k == "person"]
    organisations = [i for i, k in enumerate(kinds) if k in ORGANISATION_KINDS]

    forums = []
    for f in range(n_forums):
        members = []
        for a in sorted(rng.sample(range(n_actors), min(n_actors, rng.randint(2, 8)))):
            m = {"actor": "a%d" % a}
            if rng.random() < 0.2:
                m["role"] = "chair"
            members.append(m)
        forums.append({
            "id": "f%d" % f,
            "name": "Forum %d" % f,
            "kind": rng.choice(FORUM_KINDS),
            "founded": "%d" % rng.randint(1950, 2015),
            "members": members,
        })

    agreements = []
    for g in range(n_agreements):
        signed = rng.randint(1950, 2015)
        agreements.append({
            "id": "g%d" % g,
            "name": "Agreement %d" % g,
            "kind": rng.choice(AGREEMENT_KINDS),
            "status": rng.choice(AGREEMENT_STATUSES),
            "dates": {"signed": "%d" % signed},
            "parties": [{"actor": "a%d" % a, "role": "party"}
                        for a in sorted(rng.sample(range(n_actors), 2))],
        })

    issues = [{"id": "i%d" % s, "name": "Issue %d" % s,
               "area": rng.choice(ISSUE_AREAS)} for s in range(n_issues)]

    positions = []
    for p in range(n_positions):
        position = {
            "id": "p%d" % p,
            "actor": "a%d" % rng.randrange(n_actors),
            "issue": "i%d" % rng.randrange(n_issues),
            "stance": round(rng.uniform(-1, 1), 2),
        }
        if rng.random() < 0.7:
            position["date"] = "%d" % rng.randint(1950, 2020)
        positions.append(position)

    # Preferential attachment: an actor is drawn from `pool` with a
    # probability proportional to 1 + its degree so far.
    pool = list(range(n_actors))
    degree = [0] * n_actors
    links = []

    def add(source, kind, target, link_source=None):
        link = {"source": source, "kind": kind, "target": target}
        p = period(rng)
        if p is not None:
            link["period"] = p
        if rng.random() < 0.15:
            link["weight"] = round(rng.uniform(0.5, 5.0), 1)
        if rng.random() < 0.25:
            link["attributes"] = {"area": rng.choice(AREAS)}
        links.append(link)

    while len(links) < n_links_target:
        r = rng.random()
        if r < 0.06:
            a = rng.choice(pool)
            add("a%d" % a, "member-of", "f%d" % rng.randrange(n_forums))
            degree[a] += 1
            pool.append(a)
            continue
        if r < 0.08:
            a = rng.choice(pool)
            add("a%d" % a, "party-to", "g%d" % rng.randrange(n_agreements))
            degree[a] += 1
            pool.append(a)
            continue
        if r < 0.10:
            a = rng.choice(pool)
            add("a%d" % a, "participates-in", "f%d" % rng.randrange(n_forums))
            degree[a] += 1
            pool.append(a)
            continue
        kind = weighted_choice(rng, ACTOR_LINK_KINDS)
        if kind == "works-for":
            source = rng.choice(people) if people else rng.randrange(n_actors)
            target = rng.choice(pool)
            if kinds[target] not in ORGANISATION_KINDS:
                target = rng.choice(organisations) if organisations else target
        else:
            source = rng.randrange(n_actors) if rng.random() < 0.5 else rng.choice(pool)
            target = rng.choice(pool)
        if source == target:
            continue
        add("a%d" % source, kind, "a%d" % target)
        for end in (source, target):
            degree[end] += 1
            pool.append(end)

    document = {
        "format": "focal/1",
        "title": "Synthetic benchmark graph (%d actors, seed %d)" % (n_actors, seed),
        "actors": actors,
        "issues": issues,
        "forums": forums,
        "agreements": agreements,
        "positions": positions,
        "links": links,
    }

    qrng = random.Random(seed + 1)
    hubs = sorted(range(n_actors), key=lambda a: (-degree[a], a))[:100]
    pairs = [["a%d" % qrng.randrange(n_actors), "a%d" % qrng.randrange(n_actors)]
             for _ in range(1000)]
    queries = {
        "hubs": ["a%d" % a for a in hubs],
        "pairs": pairs,
        "as-of": "2000",
    }
    return document, queries


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--actors", type=int, required=True)
    parser.add_argument("--seed", type=int, default=2004)
    parser.add_argument("--output", required=True)
    args = parser.parse_args()

    document, queries = generate(args.actors, args.seed)
    with open(args.output, "w", encoding="utf-8") as f:
        json.dump(document, f, separators=(",", ":"))
        f.write("\n")
    with open(args.output + ".queries.json", "w", encoding="utf-8") as f:
        json.dump(queries, f)
        f.write("\n")


if __name__ == "__main__":
    main()
