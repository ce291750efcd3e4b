#!/usr/bin/env python3
"""Check team28.gold.json (the twenty-eighth team set, team28-136 ... team28-140) against the article files, then
score an empty and an oracle prediction with ../shared/eval/score.py (see ``benchmarks/data/goldkit.py``). Beyond
goldkit's checks (offsets, types, factuality labels, dates, ids, the no-event paragraph ¶11), this set checks that
¶1 of every article opens with a dateline «CITY – «OUTLET»:», that no two events share a trigger span, that every
ACLED label is one of goldkit's and none is on a statement, that fatalities are only on ASSAULT events, that each
quoted attribution is non-empty, that every source and recipient has Arabic names and, for core events, is named in
the event's paragraphs, that every event's place is named in its paragraphs (or the dateline), that no asserted
event's date range runs past publication, that planned events are not dated before it and historical core events
not on or after it, and that each article has the shape of the template set (14 paragraphs, a headline without a
dateline, a «وكان … قد» background event in ¶13 with a day and a toll).

    python3 benchmarks/data/articles28/check_gold.py [--no-score]
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
from goldkit import check_main, dateline_label_checks, role_place_date_checks  # noqa: E402

GOLD = "team28.gold.json"

# paragraphs that deliberately hold NO gold event (generic statements: habits, recurring violence, aggregates,
# standing complaints): any event a system reports there must count as a false positive
NO_EVENT_PARAS = {"team28-136": [11], "team28-137": [11], "team28-138": [11], "team28-139": [11],
                  "team28-140": [11]}

def extra_checks():
    """Set-specific checks; returns a list of error strings."""
    errs = []
    docs = json.load(open(os.path.join(HERE, GOLD), encoding="utf-8"))
    for d in docs:
        lines = open(os.path.join(HERE, d["file"]), encoding="utf-8").read().split("\n")[:-1]
        if " – «" in lines[0]:
            errs.append(f'{d["id"]}: the headline ¶0 must not carry the dateline')
        if not (lines[13].startswith("وكان ") and " قد " in lines[13]):
            errs.append(f'{d["id"]}: ¶13 must be a «وكان … قد» background paragraph')
        background = [g for g in d["events"] if g["para"] == [13]]
        if not any(g["core"] and g.get("fatalities") and g.get("date") and g["date"]["precision"] == "day"
                   and g["factuality"][0] == "historical" for g in background):
            errs.append(f'{d["id"]}: no core historical ¶13 event with a day and a toll')
        for g in d["events"]:
            gid = f'{d["id"]} {g["id"]}'
            if g.get("core") and 8 in g["para"] and not {1, 8} <= set(g["para"]):
                errs.append(f"{gid}: the follow-up ¶8 may only extend the lead event of ¶1")
        # the follow-up ¶8 adds to the lead event and tells no event of its own
        own8 = [g["id"] for g in d["events"] if g["para"] == [8]]
        if own8:
            errs.append(f'{d["id"]}: events {own8} only in the follow-up ¶8')
    errs += dateline_label_checks(HERE, GOLD)
    errs += role_place_date_checks(HERE, GOLD, dateline_places=True)
    return errs


if __name__ == "__main__":
    errs = extra_checks()
    for e in errs:
        print("ERROR:", e)
    if errs:
        print("gold has problems")
        sys.exit(1)
    check_main(HERE, GOLD, id_prefix="team28", no_event_paras=NO_EVENT_PARAS, para_range=(14, 14))
