#!/usr/bin/env python3
"""Check team40.gold.json (the fortieth team set, team40-196 ... team40-200) against the article files, then score
an empty and an oracle prediction with ../shared/eval/score.py (see ``benchmarks/data/goldkit.py``).

goldkit's ``check`` does the format, offset, type, factuality, date, id and no-event-paragraph checks (articles of
6 to 20 paragraphs); ``dateline_label_checks`` (with ``dateline=False``: two of the five articles open without a
dateline, as the seed does) checks shared trigger spans, ACLED labels, repeated factuality labels and fatalities on
non-ASSAULT events; ``role_place_date_checks`` (with ``dateline_places=True``: a place named only in the lead ¶1
may be an event's place) checks quoted attributions, Arabic actor names present in each core event's paragraphs,
accepted place names present, and dates against publication.

    python3 benchmarks/data/articles40/check_gold.py [--no-score]
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
from goldkit import check_main, dateline_label_checks, role_place_date_checks  # noqa: E402

GOLD = "team40.gold.json"

# paragraphs that deliberately hold NO gold event (generic statements, habits, aggregates, background without an
# act); they fall where they naturally fall, not at a fixed place: any event a system reports there is a false
# positive
NO_EVENT_PARAS = {"team40-196": [6], "team40-197": [5], "team40-198": [4, 15], "team40-199": [6],
                  "team40-200": [7]}

if __name__ == "__main__":
    errs = dateline_label_checks(HERE, GOLD, dateline=False) + role_place_date_checks(HERE, GOLD, dateline_places=True)
    for e in errs:
        print("ERROR:", e)
    if errs:
        print("gold has problems")
        sys.exit(1)
    check_main(HERE, GOLD, id_prefix="team40", no_event_paras=NO_EVENT_PARAS, para_range=(6, 20))
