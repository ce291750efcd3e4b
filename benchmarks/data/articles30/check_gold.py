#!/usr/bin/env python3
"""Check team30.gold.json (the thirtieth team set, team30-146 ... team30-150) against the article files, then score
an empty and an oracle prediction with ../shared/eval/score.py (see ``benchmarks/data/goldkit.py``).

Beyond goldkit's ``check`` (formats, offsets, types, factuality labels, dates, ids, the paragraph range 6-20 and the
no-event paragraphs below), it runs goldkit's ``dateline_label_checks`` (without the dateline rule: these articles
may open without one, as the seed does) and ``role_place_date_checks`` (with places known from ¶1 accepted).

    python3 benchmarks/data/articles30/check_gold.py [--no-score]
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
from goldkit import check_main, dateline_label_checks, role_place_date_checks  # noqa: E402

GOLD = "team30.gold.json"

# paragraphs that deliberately hold NO gold event (living conditions, prices, the state of hospitals, standing
# tensions, descriptions of a district, tallies over months): any event a system reports there counts as a false
# positive. They fall where they fall in each article, not at a fixed place.
NO_EVENT_PARAS = {"team30-146": [6, 14], "team30-147": [4], "team30-148": [6, 12], "team30-149": [7],
                  "team30-150": [5]}

if __name__ == "__main__":
    errs = dateline_label_checks(HERE, GOLD, dateline=False) + role_place_date_checks(HERE, GOLD, dateline_places=True)
    for e in errs:
        print("ERROR:", e)
    if errs:
        print("gold has problems")
        sys.exit(1)
    check_main(HERE, GOLD, id_prefix="team30", no_event_paras=NO_EVENT_PARAS, para_range=(6, 20))
