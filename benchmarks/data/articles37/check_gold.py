#!/usr/bin/env python3
"""Check team37.gold.json (the thirty-seventh team set, team37-181 ... team37-185) against the article files, then
score an empty and an oracle prediction with ../shared/eval/score.py (see ``benchmarks/data/goldkit.py``).

Beyond goldkit's ``check`` (run by ``check_main`` with this set's paragraph range of 6-20 and its no-event
paragraphs), this runs goldkit's ``dateline_label_checks`` without requiring a dateline (some articles open without
one, as the seed does) and ``role_place_date_checks`` with places accepted from the lead ¶1; and, for this set's
seed-like layout, that the five articles have five different paragraph counts and that every article declares at
least one no-event paragraph that is not the headline.

    python3 benchmarks/data/articles37/check_gold.py [--no-score]
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
from goldkit import check_main, dateline_label_checks, role_place_date_checks  # noqa: E402

GOLD = "team37.gold.json"

# paragraphs that deliberately hold NO gold event (descriptions of a town or of daily life, a resident's account):
# any event a system reports there must count as a false positive
NO_EVENT_PARAS = {"team37-181": [4], "team37-182": [3], "team37-183": [4, 16], "team37-184": [7],
                  "team37-185": [4]}


def layout_checks():
    """This set's own checks (error strings): different paragraph counts, a no-event paragraph in every article."""
    errs = []
    docs = json.load(open(os.path.join(HERE, GOLD), encoding="utf-8"))
    counts = {}
    for d in docs:
        with open(os.path.join(HERE, d["file"]), encoding="utf-8") as f:
            counts[d["id"]] = len(f.read().split("\n")) - 1
        if not [i for i in NO_EVENT_PARAS.get(d["id"], []) if i > 0]:
            errs.append(f'{d["id"]}: no no-event paragraph declared')
    if len(set(counts.values())) != len(counts):
        errs.append(f"two articles share a paragraph count: {counts}")
    return errs


if __name__ == "__main__":
    errs = (dateline_label_checks(HERE, GOLD, dateline=False)
            + role_place_date_checks(HERE, GOLD, dateline_places=True) + layout_checks())
    for e in errs:
        print("ERROR:", e)
    if errs:
        print("gold has problems")
        sys.exit(1)
    check_main(HERE, GOLD, id_prefix="team37", no_event_paras=NO_EVENT_PARAS, para_range=(6, 20))
