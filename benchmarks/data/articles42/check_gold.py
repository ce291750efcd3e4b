#!/usr/bin/env python3
"""Check team42.gold.json (the forty-second team set, team42-206 ... team42-210) against the article files, then
score an empty and an oracle prediction with ../shared/eval/score.py (see ``benchmarks/data/goldkit.py``).

goldkit does the checking: ``check_main`` (formats, offsets, types, factuality labels, dates, ids, 6–20 paragraphs
per article, the no-event paragraphs below, then the two scorings), ``dateline_label_checks`` with
``dateline=False`` (the articles are written like the seed, some without a dateline) and ``role_place_date_checks``
with ``dateline_places=True``. This file adds only what is particular to this set's aims (seed-like layout):
every article declares at least one no-event paragraph and has its own paragraph count, holds 8–18 core events,
and tells at least one core event again in a later body paragraph (an event over two or more non-headline
paragraphs).

    python3 benchmarks/data/articles42/check_gold.py [--no-score]
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
from goldkit import check_main, dateline_label_checks, role_place_date_checks  # noqa: E402

GOLD = "team42.gold.json"

# paragraphs that deliberately hold NO gold event (generic statements: habits, living conditions, aggregates, a town's
# description): any event a system reports there must count as a false positive. They fall where they fall.
NO_EVENT_PARAS = {"team42-206": [5, 15], "team42-207": [9], "team42-208": [8, 14], "team42-209": [5],
                  "team42-210": [5]}


def set_checks():
    """This set's own layout checks; returns a list of error strings."""
    errs = []
    docs = json.load(open(os.path.join(HERE, GOLD), encoding="utf-8"))
    counts = {}
    for d in docs:
        n_paras = len(open(os.path.join(HERE, d["file"]), encoding="utf-8").read().split("\n")) - 1
        counts[d["id"]] = n_paras
        if not NO_EVENT_PARAS.get(d["id"]):
            errs.append(f'{d["id"]}: no no-event paragraph declared')
        core = [g for g in d["events"] if g["core"]]
        if not 8 <= len(core) <= 18:
            errs.append(f'{d["id"]}: {len(core)} core events (want 8-18)')
        if not any(len([i for i in g["para"] if i > 0]) >= 2 for g in core):
            errs.append(f'{d["id"]}: no core event is told again in a later paragraph')
    if len(set(counts.values())) != len(counts):
        errs.append(f"articles share a paragraph count: {counts}")
    return errs


if __name__ == "__main__":
    errs = (set_checks() + dateline_label_checks(HERE, GOLD, dateline=False)
            + role_place_date_checks(HERE, GOLD, dateline_places=True))
    for e in errs:
        print("ERROR:", e)
    if errs:
        print("gold has problems")
        sys.exit(1)
    check_main(HERE, GOLD, id_prefix="team42", no_event_paras=NO_EVENT_PARAS, para_range=(6, 20))
