#!/usr/bin/env python3
"""Check team39.gold.json (the thirty-ninth team set, team39-191 ... team39-195) against the article files, then score
an empty and an oracle prediction with ../shared/eval/score.py (see ``benchmarks/data/goldkit.py``).

Besides goldkit's ``check`` (formats, offsets, types, factuality labels, dates, ids, 6–20 paragraphs per article, the
no-event paragraphs below), this runs goldkit's ``dateline_label_checks`` (without a dateline requirement: the
articles, like the seed, may open without one) and ``role_place_date_checks`` (a place named only in the lead ¶1 is
accepted for a later paragraph). This set has no fixed layout, so no paragraph-position checks are made.

    python3 benchmarks/data/articles39/check_gold.py [--no-score]
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
from goldkit import check_main, dateline_label_checks, role_place_date_checks  # noqa: E402

GOLD = "team39.gold.json"

# paragraphs that deliberately hold NO gold event (generic statements: living conditions, tit-for-tat kidnappings in
# general, a town's profile): any event a system reports there must count as a false positive
NO_EVENT_PARAS = {"team39-191": [6], "team39-192": [7], "team39-193": [8], "team39-194": [8],
                  "team39-195": [6]}


if __name__ == "__main__":
    errs = dateline_label_checks(HERE, GOLD, dateline=False) + role_place_date_checks(HERE, GOLD, dateline_places=True)
    for e in errs:
        print("ERROR:", e)
    try:
        check_main(HERE, GOLD, id_prefix="team39", no_event_paras=NO_EVENT_PARAS, para_range=(6, 20))
    except SystemExit as done:
        code = done.code or 0
    if errs:
        print("gold has problems (set checks above)")
        code = 1
    sys.exit(code)
