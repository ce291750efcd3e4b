#!/usr/bin/env python3
"""Check team38.gold.json (the thirty-eighth team set, team38-186 ... team38-190) against the article files, then
score an empty and an oracle prediction with ../shared/eval/score.py (see ``benchmarks/data/goldkit.py``).

The articles follow the seed's form, not a fixed layout: 6 to 20 paragraphs, each with its own no-event paragraphs
(listed below), and no dateline required (186 and 189 open with one, the others do not). Beyond goldkit's ``check``,
this runs goldkit's ``dateline_label_checks`` (with ``dateline=False``) and ``role_place_date_checks`` (with
``dateline_places=True``: a place the reader knows only from the lead ¶1 counts).

    python3 benchmarks/data/articles38/check_gold.py [--no-score]
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
from goldkit import check_main, dateline_label_checks, role_place_date_checks  # noqa: E402

GOLD = "team38.gold.json"

# paragraphs that deliberately hold NO gold event (descriptions of daily life and places, a displacement tally, a
# walk through a town, services and waiting): any event a system reports there counts as a false positive
NO_EVENT_PARAS = {"team38-186": [4, 13], "team38-187": [4], "team38-188": [7, 16], "team38-189": [7],
                  "team38-190": [5]}

if __name__ == "__main__":
    errs = dateline_label_checks(HERE, GOLD, dateline=False) + role_place_date_checks(HERE, GOLD, dateline_places=True)
    for e in errs:
        print("ERROR:", e)
    if errs:
        print("gold has problems")
        sys.exit(1)
    check_main(HERE, GOLD, id_prefix="team38", no_event_paras=NO_EVENT_PARAS, para_range=(6, 20))
