#!/usr/bin/env python3
"""Check team31.gold.json (the thirty-first team set, team31-151 ... team31-155) against the article files, then score
an empty and an oracle prediction with ../shared/eval/score.py (see ``benchmarks/data/goldkit.py``).

Besides goldkit's ``check`` (run by ``check_main``), this set runs goldkit's ``dateline_label_checks`` with
``dateline=False`` (the articles, like the seed, may start without a dateline) and ``role_place_date_checks`` with
``dateline_places=True`` (a place named only in the lead ¶1 counts for a later paragraph's event). It adds no layout
check: the articles have 9 to 17 paragraphs and their no-event paragraphs fall where the story puts them.

    python3 benchmarks/data/articles31/check_gold.py [--no-score]
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
from goldkit import check_main, dateline_label_checks, role_place_date_checks  # noqa: E402

GOLD = "team31.gold.json"

# paragraphs that deliberately hold NO gold event, core or optional (living conditions, populations, prices, a
# standing situation, a silence): any event a system reports there counts as a false positive
NO_EVENT_PARAS = {"team31-151": [4], "team31-152": [8], "team31-153": [5, 16], "team31-154": [6],
                  "team31-155": [5]}

if __name__ == "__main__":
    errs = dateline_label_checks(HERE, GOLD, dateline=False) + role_place_date_checks(HERE, GOLD, dateline_places=True)
    for e in errs:
        print("ERROR:", e)
    if errs:
        print("gold has problems")
        sys.exit(1)
    check_main(HERE, GOLD, id_prefix="team31", no_event_paras=NO_EVENT_PARAS, para_range=(6, 20))
