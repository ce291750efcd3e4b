#!/usr/bin/env python3
"""Check team48.gold.json (the forty-eighth team set, team48-236 ... team48-240) against the article files, then score
an empty and an oracle prediction with ../shared/eval/score.py (see ``benchmarks/data/goldkit.py``). Beyond goldkit's
checks (formats, offsets, types, factuality labels, dates, ids, 14-18 lines, the no-event paragraphs below), it runs
goldkit's ``role_place_date_checks`` (quoted attributions non-empty, Arabic names for every actor, each core event's
actors and every event's place named in its paragraphs or in ¶1, dates consistent with factuality) and
``dateline_label_checks`` without the dateline rule (the articles have no fixed layout: 237 and 239 open without a
dateline), and checks that each article file is in one-paragraph-per-line form.

    python3 benchmarks/data/articles48/check_gold.py [--no-score]
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
from goldkit import check_main, dateline_label_checks, role_place_date_checks  # noqa: E402

GOLD = "team48.gold.json"

# paragraphs that deliberately hold NO gold event (one-line asides, generic statements, silences, a caveat): any event
# a system reports there must count as a false positive. They fall where the articles put them (no fixed layout).
NO_EVENT_PARAS = {"team48-236": [4, 8, 15], "team48-237": [5, 9], "team48-238": [5, 12, 15],
                  "team48-239": [8, 12], "team48-240": [3, 10]}


def extra_checks():
    """Set-specific checks; returns a list of error strings."""
    errs = role_place_date_checks(HERE, GOLD, dateline_places=True)
    errs += dateline_label_checks(HERE, GOLD, dateline=False)
    docs = json.load(open(os.path.join(HERE, GOLD), encoding="utf-8"))
    for d in docs:
        with open(os.path.join(HERE, d["file"]), "rb") as f:
            raw = f.read().decode("utf-8")
        lines = raw.split("\n")[:-1]
        if raw != "\n".join(lines) + "\n":
            errs.append(f'{d["id"]}: article file not in one-paragraph-per-line form')
        for g in d["events"]:
            # each core event carries a date or says why not (rumours and undated acts keep date None on purpose)
            if g["core"] and g["factuality"][0] == "historical" and not g.get("date"):
                errs.append(f'{d["id"]} {g["id"]}: a core historical event without a date')
    return errs


if __name__ == "__main__":
    errs = extra_checks()
    for e in errs:
        print("ERROR:", e)
    if errs:
        print("gold has problems")
        sys.exit(1)
    check_main(HERE, GOLD, id_prefix="team48", no_event_paras=NO_EVENT_PARAS, para_range=(14, 18))
