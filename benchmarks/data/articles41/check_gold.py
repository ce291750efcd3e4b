#!/usr/bin/env python3
"""Check team41.gold.json (the forty-first team set, team41-201 ... team41-205) against the article files, then score
an empty and an oracle prediction with ../shared/eval/score.py (all in ``benchmarks/data/goldkit.py``).

This set follows the seed article's free layout, not the template's fixed one: 6–20 paragraphs of unequal length,
no fixed follow-up, background or no-event paragraph, and a dateline only in some articles. So the checks are
goldkit's: ``check`` (formats, offsets, types, factuality labels, dates, ids, the paragraph range and the no-event
paragraphs below), ``dateline_label_checks`` without the dateline test (no shared trigger span, known ACLED labels and
none on statements, no repeated factuality label, fatalities only on ASSAULT) and ``role_place_date_checks`` (quoted
attributions non-empty, Arabic actor names present in each core event's paragraphs, an accepted place name in the
event's paragraphs or the lead ¶1, dates consistent with the factuality).

    python3 benchmarks/data/articles41/check_gold.py [--no-score]
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
from goldkit import check_main, dateline_label_checks, role_place_date_checks  # noqa: E402

GOLD = "team41.gold.json"

# paragraphs that deliberately hold NO gold event (descriptions of a town, its market, its dam or its daily life;
# displacement figures): any event a system reports there counts as a false positive
NO_EVENT_PARAS = {"team41-201": [5], "team41-202": [7], "team41-203": [3, 12], "team41-204": [3],
                  "team41-205": [3]}

if __name__ == "__main__":
    errs = dateline_label_checks(HERE, GOLD, dateline=False) + role_place_date_checks(HERE, GOLD,
                                                                                      dateline_places=True)
    for e in errs:
        print("ERROR:", e)
    if errs:
        print("gold has problems")
        sys.exit(1)
    check_main(HERE, GOLD, id_prefix="team41", no_event_paras=NO_EVENT_PARAS, para_range=(6, 20))
