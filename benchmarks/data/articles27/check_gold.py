#!/usr/bin/env python3
"""Check team27.gold.json (the twenty-seventh team set, team27-131 ... team27-135) against the article files, then
score an empty and an oracle prediction with ../shared/eval/score.py (see ``benchmarks/data/goldkit.py``). Also checks,
for this set, that every trigger and every evidence paragraph is where the annotation module says, that each quoted
attribution is non-empty, that each core event's factuality list starts with a label of the spec, that no two
events share a trigger span, that every core event's actors and every event's place are named in its paragraphs,
and runs goldkit's ``dateline_label_checks`` (the ¶1 dateline, ACLED labels, factuality labels, fatalities only on
ASSAULT) and ``role_place_date_checks`` (Arabic names for every role, names present, dates against publication).

    python3 benchmarks/data/articles27/check_gold.py [--no-score]
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
from goldkit import check_main, dateline_label_checks, role_place_date_checks  # noqa: E402

GOLD = "team27.gold.json"

# paragraphs that deliberately hold NO gold event (generic statements: habits, recurring violence, aggregates,
# standing complaints): any event a system reports there must count as a false positive
NO_EVENT_PARAS = {"team27-131": [11], "team27-132": [11], "team27-133": [11], "team27-134": [11],
                  "team27-135": [11]}

# core events whose actor is inferred from an earlier paragraph, not named in the event's own paragraphs
# (doc id, event id, role)
ACTOR_FROM_CONTEXT = set()


def extra_checks():
    """Set-specific checks; returns a list of error strings."""
    errs = []
    docs = json.load(open(os.path.join(HERE, GOLD), encoding="utf-8"))
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
                    if not any(x in ptext for x in r["ar"]) and (d["id"], g["id"], role) not in ACTOR_FROM_CONTEXT:
                        errs.append(f"{gid}: no accepted {role} name occurs in the event's paragraphs")
            if g.get("core") and g["factuality"][0] not in ("asserted", "reported", "rumored", "planned", "negated",
                                                            "hypothetical", "historical", "generic"):
                errs.append(f"{gid}: first factuality label not in the spec")
            if g.get("date") and "range" in g["date"] and g["date"]["range"][1] > d["published"] \
                    and not set(g["factuality"]) & {"planned", "hypothetical"}:
                errs.append(f"{gid}: date range runs past publication")
            # the trigger lies in the paragraph the module names (tpara) and inside the event's paragraphs
            a, b = g["trigger"]["span"]
            if text[a:b] != g["trigger"]["text"]:
                errs.append(f"{gid}: trigger text does not match its span")
        # two gold events must not claim the same trigger span
        spans = [tuple(g["trigger"]["span"]) for g in d["events"]]
        if len(spans) != len(set(spans)):
            errs.append(f'{d["id"]}: two events share a trigger span')
        # the article files are one paragraph a line, and the gold's paragraphs are those lines
        with open(os.path.join(HERE, d["file"]), "rb") as f:
            raw = f.read()
        if raw.decode("utf-8") != "\n".join(lines) + "\n":
            errs.append(f'{d["id"]}: article file not in one-paragraph-per-line form')
        if len(lines) != 14:
            errs.append(f'{d["id"]}: {len(lines)} paragraphs (this set has 14 per article)')
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
    check_main(HERE, GOLD, id_prefix="team27", no_event_paras=NO_EVENT_PARAS, para_range=(12, 16))
