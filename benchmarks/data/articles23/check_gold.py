#!/usr/bin/env python3
"""Check team23.gold.json (the twenty-third team set, team23-111 ... team23-115) against the article files, then score
an empty and an oracle prediction with ../shared/eval/score.py (see ``benchmarks/data/goldkit.py``). Besides
goldkit's checks (offsets point at the trigger strings, types and factuality labels of the spec, dates, ids, para
spans, the no-event paragraphs), this set checks that each quoted attribution is non-empty, that every source and
recipient has Arabic names, that accepted Arabic actor names occur in each core event's paragraphs, that an accepted
place name occurs in each event's paragraphs (or, for a place the reader knows only from the dateline, in the lead
¶1), that no date range of an asserted event runs past publication, that planned events are not dated before
publication, and that historical core events are dated before it; and, for this set, that no two events of an
article share a trigger span, that the article files start with a headline and a dateline «CITY – «OUTLET»:», that
every ACLED label is one of goldkit's, and that rumoured, planned and negated events come first in their factuality
list where the set means them (the first label is the one the oracle prediction uses).

    python3 benchmarks/data/articles23/check_gold.py [--no-score]
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import common  # noqa: E402,F401  (puts benchmarks/data, home of goldkit.py, on the path)
from goldkit import check_main, dateline_label_checks, role_place_date_checks  # noqa: E402

GOLD = "team23.gold.json"
# paragraphs that deliberately hold NO gold event (generic statements: habits, recurring violence, aggregates,
# standing complaints, displacement and closures): any event a system reports there must count as a false positive
NO_EVENT_PARAS = {"team23-111": [7], "team23-112": [9], "team23-113": [8], "team23-114": [8],
                  "team23-115": [7]}


if __name__ == "__main__":
    errs = role_place_date_checks(HERE, GOLD, dateline_places=True) + dateline_label_checks(HERE, GOLD)
    for e in errs:
        print("ERROR:", e)
    if errs:
        print("gold has problems")
        sys.exit(1)
    check_main(HERE, GOLD, id_prefix="team23", no_event_paras=NO_EVENT_PARAS, para_range=(12, 16))
