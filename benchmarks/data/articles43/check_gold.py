#!/usr/bin/env python3
"""Check team43.gold.json (the forty-third team set, team43-211 ... team43-215) against the article files, then score
an empty and an oracle prediction with ../shared/eval/score.py (see ``benchmarks/data/goldkit.py``).

Besides goldkit's :func:`check` (run by ``check_main`` with this set's paragraph range of 6-20 and its no-event
paragraphs), it runs goldkit's ``dateline_label_checks`` (with ``dateline=False``: like the seed, some articles start
without a dateline) and ``role_place_date_checks`` (with ``dateline_places=True``). This set has no fixed layout, so
none of the template's layout checks (a follow-up ¶8, a no-event ¶11, a background ¶13, 14 paragraphs) apply.

    python3 benchmarks/data/articles43/check_gold.py [--no-score]
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
from goldkit import check_main, dateline_label_checks, role_place_date_checks  # noqa: E402

GOLD = "team43.gold.json"

# paragraphs that deliberately hold NO gold event (descriptions of a town, living conditions, geography): any event a
# system reports there counts as a false positive
NO_EVENT_PARAS = {"team43-211": [6], "team43-212": [7], "team43-213": [5], "team43-214": [6], "team43-215": [7]}

if __name__ == "__main__":
    errs = dateline_label_checks(HERE, GOLD, dateline=False)
    errs += role_place_date_checks(HERE, GOLD, dateline_places=True)
    for e in errs:
        print("ERROR:", e)
    if errs:
        print("gold has problems")
        sys.exit(1)
    check_main(HERE, GOLD, id_prefix="team43", no_event_paras=NO_EVENT_PARAS, para_range=(6, 20))
