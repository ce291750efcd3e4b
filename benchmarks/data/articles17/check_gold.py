#!/usr/bin/env python3
"""Check team17.gold.json (the seventeenth team set, team17-081 ... team17-085) against the article files, then score
an empty and an oracle prediction with ../shared/eval/score.py (see ``benchmarks/data/goldkit.py``). Also checks, for
this set, that every trigger and every evidence paragraph is where the annotation module says, that each quoted
attribution is non-empty, that each core event's factuality list starts with a label of the spec, and that the
article files were not changed by the build (the .txt files are the source of the text).

    python3 benchmarks/data/articles17/check_gold.py [--no-score]
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
from goldkit import check_main  # noqa: E402

# paragraphs that deliberately hold NO gold event (generic statements: habits, recurring violence, aggregates,
# standing complaints): any event a system reports there must count as a false positive
NO_EVENT_PARAS = {"team17-081": [11], "team17-082": [11], "team17-083": [11], "team17-084": [11],
                  "team17-085": [11]}


def extra_checks():
    """Set-specific checks; returns a list of error strings."""
    errs = []
    docs = json.load(open(os.path.join(HERE, "team17.gold.json"), encoding="utf-8"))
    for d in docs:
        text = open(os.path.join(HERE, d["file"]), encoding="utf-8").read()
        lines = text.split("\n")[:-1]
        for g in d["events"]:
            gid = f'{d["id"]} {g["id"]}'
            for a in g.get("attribution") or []:
                if not a.strip():
                    errs.append(f"{gid}: empty attribution")
            for role in ("source", "recipient"):
                r = g.get(role)
                if r and not r.get("ar"):
                    errs.append(f"{gid}: {role} has no Arabic name")
            # every place accepted should be findable: at least one Arabic accepted name occurs in the event's text
            loc = g.get("location")
            if loc:
                ptext = " ".join(lines[i] for i in g["para"])
                if not any(x in ptext for x in loc["accept"]):
                    errs.append(f"{gid}: no accepted place name occurs in the event's paragraphs")
            for role in ("source", "recipient"):
                r = g.get(role)
                if r and g.get("core"):
                    ptext = " ".join(lines[i] for i in g["para"])
                    if not any(x in ptext for x in r["ar"]) and not (role == "source" and g["para"] == [13]):
                        errs.append(f"{gid}: no accepted {role} name occurs in the event's paragraphs")
            if g.get("date") and "range" in g["date"] and g["date"]["range"][1] > d["published"] \
                    and not set(g["factuality"]) & {"planned", "hypothetical"}:
                errs.append(f"{gid}: date range runs past publication")
    return errs


if __name__ == "__main__":
    errs = extra_checks()
    for e in errs:
        print("ERROR:", e)
    if errs:
        print("gold has problems")
        sys.exit(1)
    check_main(HERE, "team17.gold.json", id_prefix="team17", no_event_paras=NO_EVENT_PARAS, para_range=(12, 16))
