#!/usr/bin/env python3
"""Check team44.gold.json (the forty-fourth team set, team44-216 ... team44-220) against the article files, then score
an empty and an oracle prediction with ../shared/eval/score.py (see ``benchmarks/data/goldkit.py``). Besides goldkit's
checks (offsets, types, factuality labels, dates, ids, 11-17 paragraphs, the no-event paragraphs below), it runs
goldkit's ``dateline_label_checks`` (no dateline required: 216 and 217 open without one, as the seed does) and
``role_place_date_checks`` (attributions non-empty, Arabic actor names present in each core event's paragraphs, an
accepted place name in each event's paragraphs or in the lead ¶1, dates consistent with publication and factuality),
and checks that each article file is in one-paragraph-per-line form.

    python3 benchmarks/data/articles44/check_gold.py [--no-score]
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
from goldkit import check_main, dateline_label_checks, role_place_date_checks  # noqa: E402

GOLD = "team44.gold.json"

# paragraphs that deliberately hold NO gold event (a tally of the week's shelling, the road and its fares, the
# regime's silence, descriptions of a quarter, a town, living conditions and a front): any event a system reports
# there must count as a false positive
NO_EVENT_PARAS = {"team44-216": [2, 5, 11], "team44-217": [6], "team44-218": [5], "team44-219": [7],
                  "team44-220": [5]}


def extra_checks():
    """Set-specific checks; returns a list of error strings."""
    errs = dateline_label_checks(HERE, GOLD, dateline=False)
    errs += role_place_date_checks(HERE, GOLD, dateline_places=True)
    docs = json.load(open(os.path.join(HERE, GOLD), encoding="utf-8"))
    for d in docs:
        with open(os.path.join(HERE, d["file"]), "rb") as f:
            raw = f.read()
        lines = raw.decode("utf-8").split("\n")[:-1]
        if raw.decode("utf-8") != "\n".join(lines) + "\n":
            errs.append(f'{d["id"]}: article file not in one-paragraph-per-line form')
        for g in d["events"]:
            if g["core"] and g["types"][0] in ("CONSULT", "REQUEST", "ACCUSE", "THREATEN", "REJECT") \
                    and not (g.get("source") or g.get("recipient")):
                errs.append(f'{d["id"]} {g["id"]}: a statement or meeting without an actor')
    return errs


if __name__ == "__main__":
    errs = extra_checks()
    for e in errs:
        print("ERROR:", e)
    if errs:
        print("gold has problems")
        sys.exit(1)
    check_main(HERE, GOLD, id_prefix="team44", no_event_paras=NO_EVENT_PARAS, para_range=(11, 17))
