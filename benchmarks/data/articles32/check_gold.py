#!/usr/bin/env python3
"""Check team32.gold.json (the thirty-second team set, team32-156 ... team32-160) against the article files, then
score an empty and an oracle prediction with ../shared/eval/score.py (see ``benchmarks/data/goldkit.py``).

Besides goldkit's own checks (:func:`goldkit.check`, called through ``check_main`` with this set's paragraph range
6-20 and its no-event paragraphs), it runs goldkit's ``dateline_label_checks`` (without requiring a dateline: some
articles start without one, as the seed does) and ``role_place_date_checks`` (a place may be known only from the
lead ¶1). The template's layout checks (a fixed ¶8 follow-up, ¶11 no-event paragraph, ¶13 background, 14
paragraphs) do not apply to this set.

    python3 benchmarks/data/articles32/check_gold.py [--no-score]
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
from goldkit import check_main, dateline_label_checks, role_place_date_checks  # noqa: E402

GOLD = "team32.gold.json"

# paragraphs that deliberately hold NO gold event (descriptions of daily life, generic statements, a funeral, an
# official silence), wherever they fall in each article: any event a system reports there counts as a false positive
NO_EVENT_PARAS = {"team32-156": [5], "team32-157": [5, 15], "team32-158": [8], "team32-159": [8, 14, 18],
                  "team32-160": [6]}

if __name__ == "__main__":
    errs = dateline_label_checks(HERE, GOLD, dateline=False)
    errs += role_place_date_checks(HERE, GOLD, dateline_places=True)
    for e in errs:
        print("ERROR:", e)
    if errs:
        print("gold has problems")
        sys.exit(1)
    check_main(HERE, GOLD, id_prefix="team32", no_event_paras=NO_EVENT_PARAS, para_range=(6, 20))
