#!/usr/bin/env python3
"""Check team35.gold.json (the thirty-fifth team set, team35-171 ... team35-175) against the article files, then score
an empty and an oracle prediction with ../shared/eval/score.py (see ``benchmarks/data/goldkit.py``).

Beyond goldkit's ``check`` (formats, offsets, types, factuality labels, dates, ids, 6–20 paragraphs, no event on a
no-event paragraph), this runs goldkit's ``dateline_label_checks`` without the dateline rule (these articles open as
the seed does, without one) and ``role_place_date_checks`` (a place may be known from the lead ¶1), and two checks of
this set's free layout: every article has at least one no-event paragraph, and no two articles have the same number
of paragraphs.

    python3 benchmarks/data/articles35/check_gold.py [--no-score]
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
from goldkit import check_main, dateline_label_checks, role_place_date_checks  # noqa: E402

GOLD = "team35.gold.json"

# paragraphs that deliberately hold NO gold event (living conditions, the displaced, commentary on a town's or a
# road's place): any event a system reports there counts as a false positive
NO_EVENT_PARAS = {"team35-171": [7], "team35-172": [7], "team35-173": [5], "team35-174": [6, 12],
                  "team35-175": [7]}


def layout_checks():
    """This set's own layout rules; a list of error strings."""
    errs = []
    docs = json.load(open(os.path.join(HERE, GOLD), encoding="utf-8"))
    counts = {}
    for d in docs:
        if not NO_EVENT_PARAS.get(d["id"]):
            errs.append(f'{d["id"]}: no no-event paragraph declared')
        with open(os.path.join(HERE, d["file"]), encoding="utf-8") as f:
            counts[d["id"]] = len(f.read().split("\n")) - 1
    if len(set(counts.values())) != len(counts):
        errs.append(f"two articles have the same number of paragraphs: {counts}")
    return errs


if __name__ == "__main__":
    errs = (dateline_label_checks(HERE, GOLD, dateline=False) + role_place_date_checks(HERE, GOLD, dateline_places=True)
            + layout_checks())
    for e in errs:
        print("ERROR:", e)
    if errs:
        print("gold has problems")
        sys.exit(1)
    check_main(HERE, GOLD, id_prefix="team35", no_event_paras=NO_EVENT_PARAS, para_range=(6, 20))
