#!/usr/bin/env python3
"""Check team46.gold.json (the forty-sixth team set, team46-226 ... team46-230) against the article files, then
score an empty and an oracle prediction with ../shared/eval/score.py (see ``benchmarks/data/goldkit.py``).

Besides goldkit's own checks (offsets, types, factuality labels, dates, ids, 14-19 lines per file, i.e. a headline
and 13-18 paragraphs, and the no-event paragraphs below), this set runs goldkit's ``dateline_label_checks`` (without
requiring a dateline: 228 and 230 have none; no shared trigger span, known ACLED labels and none on statements, no
repeated factuality label, fatalities only on ASSAULT) and ``role_place_date_checks`` (names of core actors and of
places present in the event's paragraphs or the lead; dates consistent with factuality), and checks that each
article file is exactly one paragraph a line.

    python3 benchmarks/data/articles46/check_gold.py [--no-score]
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
from goldkit import check_main, dateline_label_checks, role_place_date_checks  # noqa: E402

GOLD = "team46.gold.json"

# paragraphs that deliberately hold NO gold event (figures, silences, generic descriptions and aggregates): any event
# a system reports there must count as a false positive
NO_EVENT_PARAS = {"team46-226": [5, 13], "team46-227": [4, 13], "team46-228": [5, 12], "team46-229": [4, 15],
                  "team46-230": [9]}


def extra_checks():
    """Set-specific checks; returns a list of error strings."""
    errs = dateline_label_checks(HERE, GOLD, dateline=False)
    errs += role_place_date_checks(HERE, GOLD, dateline_places=True)
    docs = json.load(open(os.path.join(HERE, GOLD), encoding="utf-8"))
    for d in docs:
        with open(os.path.join(HERE, d["file"]), "rb") as f:
            raw = f.read().decode("utf-8")
        lines = raw.split("\n")[:-1]
        if raw != "\n".join(lines) + "\n":
            errs.append(f'{d["id"]}: article file not in one-paragraph-per-line form')
        if not d["events"] or not any(g["core"] for g in d["events"]):
            errs.append(f'{d["id"]}: no core event')
    return errs


if __name__ == "__main__":
    errs = extra_checks()
    for e in errs:
        print("ERROR:", e)
    if errs:
        print("gold has problems")
        sys.exit(1)
    check_main(HERE, GOLD, id_prefix="team46", no_event_paras=NO_EVENT_PARAS, para_range=(14, 19))
