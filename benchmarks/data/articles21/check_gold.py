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
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import common  # noqa: E402,F401  (puts benchmarks/data, home of goldkit.py, on the path)
from goldkit import check_main  # noqa: E402

# paragraphs that deliberately hold NO gold event (generic statements: habits, recurring violence, aggregates,
# standing complaints): any event a system reports there must count as a false positive
NO_EVENT_PARAS = {"team21-101": [11], "team21-102": [11], "team21-103": [11], "team21-104": [11],
                  "team21-105": [11]}


def extra_checks():
    """Set-specific checks; returns a list of error strings."""
    errs = []
    docs = json.load(open(os.path.join(HERE, "team21.gold.json"), encoding="utf-8"))
    for d in docs:
        text = open(os.path.join(HERE, d["file"]), encoding="utf-8").read()
        lines = text.split("\n")[:-1]
        for g in d["events"]:
            gid = f'{d["id"]} {g["id"]}'
            ptext = " ".join(lines[i] for i in g["para"])
            for a in g.get("attribution") or []:
                if not a.strip():
                    errs.append(f"{gid}: empty attribution")
            for role in ("source", "recipient"):
                r = g.get(role)
                if r and not r.get("ar"):
                    errs.append(f"{gid}: {role} has no Arabic name")
                if r and g.get("core") and not any(x in ptext for x in r["ar"]):
                    errs.append(f"{gid}: no accepted {role} name occurs in the event's paragraphs")
            loc = g.get("location")
            # a place the reader knows only from the dateline: its name may stand in the lead (¶1) instead
            if loc and not any(x in ptext or x in lines[1] for x in loc["accept"]):
                errs.append(f"{gid}: no accepted place name occurs in the event's paragraphs or the dateline")
            fact = set(g["factuality"])
            dt = g.get("date")
            if dt and "range" in dt and dt["range"][1] > d["published"] and not fact & {"planned", "hypothetical"}:
                errs.append(f"{gid}: date range runs past publication")
            if dt and g["factuality"][0] == "planned" and dt["value"] < d["published"]:
                errs.append(f"{gid}: a planned event dated before publication")
            if g.get("core") and g["factuality"][0] == "historical" and dt and dt["value"] >= d["published"]:
                errs.append(f"{gid}: a historical event dated on or after publication")
    return errs


if __name__ == "__main__":
    errs = extra_checks()
    for e in errs:
        print("ERROR:", e)
    if errs:
        print("gold has problems")
        sys.exit(1)
    check_main(HERE, "team21.gold.json", id_prefix="team21", no_event_paras=NO_EVENT_PARAS, para_range=(12, 16))
