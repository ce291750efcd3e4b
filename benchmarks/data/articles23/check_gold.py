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
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import common  # noqa: E402,F401  (puts benchmarks/data, home of goldkit.py, on the path)
import goldkit  # noqa: E402
from goldkit import check_main, role_place_date_checks  # noqa: E402

GOLD = "team23.gold.json"
# paragraphs that deliberately hold NO gold event (generic statements: habits, recurring violence, aggregates,
# standing complaints, displacement and closures): any event a system reports there must count as a false positive
NO_EVENT_PARAS = {"team23-111": [7], "team23-112": [9], "team23-113": [8], "team23-114": [8],
                  "team23-115": [7]}
ACLED_LABELS = {tuple(getattr(goldkit, n)) for n in ("AIR", "SHELL", "MINE", "CLASH", "ATTACK", "ABDUCTION", "ARREST",
                                                   "PEACEFUL", "EXCESSIVE", "RIOT", "OTHER", "AGREEMENT",
                                                   "DESTRUCTION", "TRANSFER", "HQ")}
DATELINE = re.compile(r"^[^\s–]+(?: [^\s–]+)* – «[^»]+»: ")


def set_checks():
    """This set's own checks; returns a list of error strings."""
    errs = []
    docs = json.load(open(os.path.join(HERE, GOLD), encoding="utf-8"))
    for d in docs:
        lines = open(os.path.join(HERE, d["file"]), encoding="utf-8").read().split("\n")[:-1]
        if not DATELINE.match(lines[1]):
            errs.append(f'{d["id"]}: ¶1 does not open with a dateline «CITY – «OUTLET»:»')
        spans = {}
        for g in d["events"]:
            gid = f'{d["id"]} {g["id"]}'
            key = tuple(g["trigger"]["span"])
            if key in spans:
                errs.append(f"{gid}: same trigger span as {spans[key]}")
            spans[key] = g["id"]
            if g.get("acled") and tuple(g["acled"]) not in ACLED_LABELS:
                errs.append(f"{gid}: unknown ACLED label {g['acled']}")
            if g.get("acled") and g["types"][0] in ("CONSULT", "REQUEST", "ACCUSE", "THREATEN", "SUPPORT"):
                errs.append(f"{gid}: a {g['types'][0]} event carries an ACLED label")
            fact = g["factuality"]
            if len(set(fact)) != len(fact):
                errs.append(f"{gid}: repeated factuality label")
            if "fatalities" in g and g["types"][0] != "ASSAULT":
                errs.append(f"{gid}: fatalities on a non-ASSAULT event")
    return errs


if __name__ == "__main__":
    errs = role_place_date_checks(HERE, GOLD, dateline_places=True) + set_checks()
    for e in errs:
        print("ERROR:", e)
    if errs:
        print("gold has problems")
        sys.exit(1)
    check_main(HERE, GOLD, id_prefix="team23", no_event_paras=NO_EVENT_PARAS, para_range=(12, 16))
