#!/usr/bin/env python3
"""Check team26.gold.json (the twenty-sixth team set, team26-126 ... team26-130) against the article files, then score
an empty and an oracle prediction with ../shared/eval/score.py (see ``benchmarks/data/goldkit.py``). Also checks, for
this set, that every trigger and every evidence paragraph is where the annotation module says, that each quoted
attribution is non-empty, that each core event's factuality list starts with a label of the spec, that no two
events share a trigger span, that every core event's actors and every event's place are named in its paragraphs,
that ¶1 of every article opens with a dateline «CITY – «OUTLET»:», that every ACLED label is one of goldkit's and none
sits on a statement, that fatalities sit only on ASSAULT events, and that planned, asserted and historical events are
dated consistently with the publication date (goldkit's ``dateline_label_checks`` and ``role_place_date_checks``).

    python3 benchmarks/data/articles26/check_gold.py [--no-score]
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
from goldkit import check_main, dateline_label_checks, role_place_date_checks  # noqa: E402

GOLD = "team26.gold.json"

# paragraphs that deliberately hold NO gold event (generic statements: habits, recurring violence, aggregates,
# standing complaints): any event a system reports there must count as a false positive
NO_EVENT_PARAS = {"team26-126": [11], "team26-127": [11], "team26-128": [11], "team26-129": [11],
                  "team26-130": [11]}



def extra_checks():
    """Set-specific checks; returns a list of error strings."""
    errs = []
    docs = json.load(open(os.path.join(HERE, GOLD), encoding="utf-8"))
    for d in docs:
        text = open(os.path.join(HERE, d["file"]), encoding="utf-8").read()
        lines = text.split("\n")[:-1]
        for g in d["events"]:
            gid = f'{d["id"]} {g["id"]}'
            if g.get("core") and g["factuality"][0] not in ("asserted", "reported", "rumored", "planned", "negated",
                                                            "hypothetical", "historical", "generic"):
                errs.append(f"{gid}: first factuality label not in the spec")
            # the trigger must lie in the paragraph that holds it and be the annotated text
            a, b = g["trigger"]["span"]
            if text[a:b] != g["trigger"]["text"]:
                errs.append(f"{gid}: trigger text mismatch")
        # the article files are one paragraph a line, and the gold's paragraphs are those lines
        with open(os.path.join(HERE, d["file"]), "rb") as f:
            raw = f.read()
        if raw.decode("utf-8") != "\n".join(lines) + "\n":
            errs.append(f'{d["id"]}: article file not in one-paragraph-per-line form')
        if len(lines) != 14:
            errs.append(f'{d["id"]}: {len(lines)} paragraphs (this set has 14 per article)')
    # the shared checks of the later sets: dateline, trigger spans, ACLED labels, factuality labels, fatalities;
    # attributions, actor and place names in the paragraphs, date consistency with publication
    errs += dateline_label_checks(HERE, GOLD)
    errs += role_place_date_checks(HERE, GOLD)
    return errs


if __name__ == "__main__":
    errs = extra_checks()
    for e in errs:
        print("ERROR:", e)
    if errs:
        print("gold has problems")
        sys.exit(1)
    print("set-specific, dateline/label and role/place/date checks: OK")
    check_main(HERE, GOLD, id_prefix="team26", no_event_paras=NO_EVENT_PARAS, para_range=(12, 16))
