#!/usr/bin/env python3
"""Check team33.gold.json (the thirty-third team set, team33-161 ... team33-165) against the article files, then score
an empty and an oracle prediction with ../shared/eval/score.py (see ``benchmarks/data/goldkit.py``).

Everything is goldkit's: ``check_main`` (formats, offsets, types, factuality labels, dates, ids, 6-20 paragraphs per
article, and this set's no-event paragraphs), ``dateline_label_checks`` without a required dateline (the articles
imitate the seed, which has none; no shared trigger spans, known ACLED labels and none on statements, no repeated
factuality label, fatalities only on ASSAULT) and ``role_place_date_checks`` (actor and place names present in the
event's paragraphs, a place also accepted from the lead ¶1, dates consistent with factuality and publication).

    python3 benchmarks/data/articles33/check_gold.py [--no-score]
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
from goldkit import check_main, dateline_label_checks, role_place_date_checks  # noqa: E402

GOLD = "team33.gold.json"

# paragraphs that hold NO gold event, not even an optional one (living conditions, prices, geography, a town's
# importance, the state of communications): any event a system reports there counts as a false positive
NO_EVENT_PARAS = {"team33-161": [4], "team33-162": [6], "team33-163": [3, 10, 18], "team33-164": [4],
                  "team33-165": [6]}

if __name__ == "__main__":
    errs = dateline_label_checks(HERE, GOLD, dateline=False) + role_place_date_checks(HERE, GOLD, dateline_places=True)
    for e in errs:
        print("ERROR:", e)
    if errs:
        print("gold has problems")
        sys.exit(1)
    check_main(HERE, GOLD, id_prefix="team33", no_event_paras=NO_EVENT_PARAS, para_range=(6, 20))
