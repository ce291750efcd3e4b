#!/usr/bin/env python3
"""Check team34.gold.json (the thirty-fourth team set, team34-166 ... team34-170) against the article files, then
score an empty and an oracle prediction with ../shared/eval/score.py (see ``benchmarks/data/goldkit.py``).

Runs goldkit's ``check_main`` with this set's paragraph range (6-20: the articles follow the seed's free form, not the
template's fixed layout) and its no-event paragraphs, after goldkit's ``dateline_label_checks`` (no dateline
required: some articles open without one, as the seed does) and ``role_place_date_checks`` (a place the reader knows
only from the lead ¶1 is accepted).

    python3 benchmarks/data/articles34/check_gold.py [--no-score]
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
from goldkit import check_main, dateline_label_checks, role_place_date_checks  # noqa: E402

GOLD = "team34.gold.json"

# paragraphs that deliberately hold NO gold event, not even an optional one (prices and hunger, empty streets, camp
# life, a town's history): any event a system reports there counts as a false positive
NO_EVENT_PARAS = {"team34-166": [3, 13], "team34-167": [5], "team34-168": [5], "team34-169": [7, 13],
                  "team34-170": [5]}

if __name__ == "__main__":
    errs = dateline_label_checks(HERE, GOLD, dateline=False) + role_place_date_checks(HERE, GOLD, dateline_places=True)
    for e in errs:
        print("ERROR:", e)
    if errs:
        print("gold has problems")
        sys.exit(1)
    check_main(HERE, GOLD, id_prefix="team34", no_event_paras=NO_EVENT_PARAS, para_range=(6, 20))
