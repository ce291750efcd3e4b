#!/usr/bin/env python3
"""Check team24.gold.json (the twenty-fourth team set, team24-116 ... team24-120) against the article files, then score
an empty and an oracle prediction with ../shared/eval/score.py (see ``benchmarks/data/goldkit.py``). Also checks, for
this set, that ¶1 of every article opens with a dateline, that no two events share a trigger span, that every ACLED
label is one of goldkit's and none sits on a statement, that no factuality label is repeated, that fatalities sit
only on ASSAULT events (``goldkit.dateline_label_checks``), that each quoted attribution is non-empty, that every
core event's actors and every event's place are named in its paragraphs, and that the dates agree with the
factuality labels (``goldkit.role_place_date_checks``), and that the article files are one paragraph a line.

    python3 benchmarks/data/articles24/check_gold.py [--no-score]
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
import goldkit  # noqa: E402
from goldkit import check_main  # noqa: E402

GOLD = "team24.gold.json"

# paragraphs that deliberately hold NO gold event (generic statements: habits, recurring violence, aggregates,
# standing complaints): any event a system reports there must count as a false positive
NO_EVENT_PARAS = {"team24-116": [11], "team24-117": [11], "team24-118": [11], "team24-119": [11],
                  "team24-120": [11]}


def extra_checks():
    """Set-specific checks; returns a list of error strings."""
    errs = goldkit.dateline_label_checks(HERE, GOLD)
    errs += goldkit.role_place_date_checks(HERE, GOLD)
    docs = json.load(open(os.path.join(HERE, GOLD), encoding="utf-8"))
    for d in docs:
        with open(os.path.join(HERE, d["file"]), "rb") as f:
            raw = f.read().decode("utf-8")
        lines = raw.split("\n")[:-1]
        # the article files are one paragraph a line, and the gold's paragraphs are those lines
        if raw != "\n".join(lines) + "\n":
            errs.append(f'{d["id"]}: article file not in one-paragraph-per-line form')
        for g in d["events"]:
            gid = f'{d["id"]} {g["id"]}'
            # the trigger lies in one of the event's paragraphs (the span itself is checked by goldkit.check)
            a, b = g["trigger"]["span"]
            if not any(ps <= a and b <= pe for ps, pe in g["para_spans"]):
                errs.append(f"{gid}: trigger outside the event's paragraphs")
            if g.get("core") and g["factuality"][0] == "generic":
                errs.append(f"{gid}: a core event whose first factuality label is generic")
    return errs


if __name__ == "__main__":
    errs = extra_checks()
    for e in errs:
        print("ERROR:", e)
    if errs:
        print("gold has problems")
        sys.exit(1)
    check_main(HERE, GOLD, id_prefix="team24", no_event_paras=NO_EVENT_PARAS, para_range=(12, 14))
