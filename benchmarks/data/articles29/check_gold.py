#!/usr/bin/env python3
"""Check team29.gold.json (the twenty-ninth team set, team29-141 ... team29-145) against the article files, then
score an empty and an oracle prediction with ../shared/eval/score.py (see ``benchmarks/data/goldkit.py``).

Besides goldkit's ``check`` (offsets, types, factuality labels, dates, ids, 6–20 paragraphs, no gold event on this
set's no-event paragraphs), it runs goldkit's ``dateline_label_checks`` with ``dateline=False`` (the articles follow
the seed's form, and only some open with a dateline) and ``role_place_date_checks`` with ``dateline_places=True``.
This set has no fixed layout, so none of the template's layout checks apply.

    python3 benchmarks/data/articles29/check_gold.py [--no-score]
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
from goldkit import check_main, dateline_label_checks, role_place_date_checks  # noqa: E402

GOLD = "team29.gold.json"

# paragraphs that deliberately hold NO gold event (descriptions of living conditions, generic statements, the
# factions' zones): any event a system reports there must count as a false positive
NO_EVENT_PARAS = {"team29-141": [3, 13], "team29-142": [5], "team29-143": [3, 12], "team29-144": [4],
                  "team29-145": [5]}


if __name__ == "__main__":
    errs = dateline_label_checks(HERE, GOLD, dateline=False) + role_place_date_checks(HERE, GOLD, dateline_places=True)
    for e in errs:
        print("ERROR:", e)
    if errs:
        print("gold has problems")
        sys.exit(1)
    check_main(HERE, GOLD, id_prefix="team29", no_event_paras=NO_EVENT_PARAS, para_range=(6, 20))
