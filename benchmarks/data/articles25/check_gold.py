#!/usr/bin/env python3
"""Check team25.gold.json (the twenty-fifth team set, team25-121 ... team25-125) against the article files, then score
an empty and an oracle prediction with ../shared/eval/score.py (see ``benchmarks/data/goldkit.py``). Before that, runs
goldkit's dateline and label checks (¶1 opens with «CITY – «OUTLET»:», no two events share a trigger span, known ACLED
labels and none on a statement, no repeated factuality label, fatalities only on ASSAULT) and its role, place and date
checks (non-empty attributions, Arabic names for every actor, the accepted actor names of each core event and an
accepted place name of each event present in its paragraphs, no asserted date range past publication, planned events
not dated before it, historical core events dated before it), plus this set's own checks below.

    python3 benchmarks/data/articles25/check_gold.py [--no-score]
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
from goldkit import check_main, dateline_label_checks, role_place_date_checks  # noqa: E402

GOLD = "team25.gold.json"

# paragraphs that deliberately hold NO gold event (generic statements: habits, recurring violence, aggregates,
# standing complaints): any event a system reports there must count as a false positive
NO_EVENT_PARAS = {"team25-121": [11], "team25-122": [11], "team25-123": [11], "team25-124": [11],
                  "team25-125": [11]}


def extra_checks():
    """Set-specific checks; returns a list of error strings."""
    errs = []
    docs = json.load(open(os.path.join(HERE, GOLD), encoding="utf-8"))
    if len(docs) != 5:
        errs.append(f"{len(docs)} documents (want 5)")
    for d in docs:
        with open(os.path.join(HERE, d["file"]), "rb") as f:
            raw = f.read()
        lines = raw.decode("utf-8").split("\n")[:-1]
        # the article files are one paragraph a line, 14 paragraphs each
        if raw.decode("utf-8") != "\n".join(lines) + "\n":
            errs.append(f'{d["id"]}: article file not in one-paragraph-per-line form')
        if len(lines) != 14:
            errs.append(f'{d["id"]}: {len(lines)} paragraphs (want 14)')
        events = d["events"]
        # every article ends with a «وكان … قد» background event: a core historical event in ¶13 with a day and a toll
        last = [g for g in events if g["core"] and g["para"] == [13]]
        if not (lines[13].startswith("وكان") and " قد " in lines[13]):
            errs.append(f'{d["id"]}: ¶13 does not open with «وكان … قد»')
        if not any(g["factuality"][0] == "historical" and g.get("date", {}).get("precision") == "day"
                   and g.get("fatalities") for g in last):
            errs.append(f'{d["id"]}: no core historical event with a day and a toll in ¶13')
        # one event over several paragraphs: the lead event also sits in the headline and the follow-up ¶8
        if not any(g["core"] and {0, 1, 8} <= set(g["para"]) for g in events):
            errs.append(f'{d["id"]}: no core event over the headline, the lead and the follow-up ¶8')
        for g in events:
            gid = f'{d["id"]} {g["id"]}'
            if g["core"] and g["factuality"][0] in ("hypothetical", "generic"):
                errs.append(f"{gid}: a core event cannot be {g['factuality'][0]} first")
            if g["factuality"][0] == "hypothetical" and g.get("date") is not None:
                errs.append(f"{gid}: a hypothetical event carries a date")
    return errs


if __name__ == "__main__":
    errs = extra_checks() + dateline_label_checks(HERE, GOLD) + role_place_date_checks(HERE, GOLD)
    for e in errs:
        print("ERROR:", e)
    print("set checks (dateline, labels, roles, places, dates, structure):", "OK" if not errs else "FAILED")
    if errs:
        print("gold has problems")
        sys.exit(1)
    check_main(HERE, GOLD, id_prefix="team25", no_event_paras=NO_EVENT_PARAS, para_range=(14, 14))
