#!/usr/bin/env python3
"""Check team21.gold.json (the twenty-first team set, team21-101 ... team21-105) against the article files, then score
an empty and an oracle prediction with ../shared/eval/score.py (see ``benchmarks/data/goldkit.py``). Besides
goldkit's checks (offsets point at the trigger strings, types and factuality labels of the spec, dates, ids, para
spans, the no-event paragraphs), this set checks that each quoted attribution is non-empty, that every source and
recipient has Arabic names, that accepted Arabic actor names occur in each core event's paragraphs, that an accepted
place name occurs in each event's paragraphs (or, for a place the reader knows only from the dateline, in the lead
¶1), that no date range of an asserted event runs past publication, that planned events are not dated before
publication, and that historical core events are dated before it.

    python3 benchmarks/data/articles21/check_gold.py [--no-score]
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import common  # noqa: E402,F401  (puts benchmarks/data, home of goldkit.py, on the path)
from goldkit import check_main, role_place_date_checks  # noqa: E402

# paragraphs that deliberately hold NO gold event (generic statements: habits, recurring violence, aggregates,
# standing complaints): any event a system reports there must count as a false positive
NO_EVENT_PARAS = {"team21-101": [11], "team21-102": [11], "team21-103": [11], "team21-104": [11],
                  "team21-105": [11]}


def extra_checks():
    """Set-specific checks (``goldkit.role_place_date_checks``); returns a list of error strings."""
    return role_place_date_checks(HERE, "team21.gold.json", dateline_places=True)


if __name__ == "__main__":
    errs = extra_checks()
    for e in errs:
        print("ERROR:", e)
    if errs:
        print("gold has problems")
        sys.exit(1)
    check_main(HERE, "team21.gold.json", id_prefix="team21", no_event_paras=NO_EVENT_PARAS, para_range=(12, 16))
