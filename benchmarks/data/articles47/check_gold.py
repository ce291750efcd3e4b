#!/usr/bin/env python3
"""Check team47.gold.json (the forty-seventh team set, team47-231 ... team47-235) against the article files, then
score an empty and an oracle prediction with ../shared/eval/score.py (see ``benchmarks/data/goldkit.py``).

Besides goldkit's checks (formats, offsets, types, factuality labels, dates, ids, 14-18 lines per article, the
no-event paragraphs below), it runs ``role_place_date_checks(dateline_places=True)`` and
``dateline_label_checks(dateline=False)`` (231, 232 and 234 open ¶1 with a dateline, 233 and 235 do not), and checks
for this set that every trigger lies in its paragraph, that the files are one paragraph a line, and that the set has
no fixed layout (the no-event paragraphs are not at the same index in every article).

    python3 benchmarks/data/articles47/check_gold.py [--no-score]
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
from goldkit import check_main, dateline_label_checks, role_place_date_checks  # noqa: E402

GOLD = "team47.gold.json"

# paragraphs that deliberately hold NO gold event (one-liners, generic statements: habits, recurring violence,
# aggregates, standing conditions; the funeral of 234 ¶3): any event a system reports there is a false positive
NO_EVENT_PARAS = {"team47-231": [4, 11], "team47-232": [5, 12], "team47-233": [4, 12],
                  "team47-234": [3, 5, 13], "team47-235": [4, 13]}


def extra_checks():
    """Set-specific checks; returns a list of error strings."""
    errs = []
    docs = json.load(open(os.path.join(HERE, GOLD), encoding="utf-8"))
    for d in docs:
        with open(os.path.join(HERE, d["file"]), "rb") as f:
            raw = f.read()
        text = raw.decode("utf-8")
        lines = text.split("\n")[:-1]
        if text != "\n".join(lines) + "\n":
            errs.append(f'{d["id"]}: article file not in one-paragraph-per-line form')
        for g in d["events"]:
            gid = f'{d["id"]} {g["id"]}'
            a, b = g["trigger"]["span"]
            if not any(ps <= a and b <= pe for ps, pe in g["para_spans"]):
                errs.append(f"{gid}: trigger outside the event's paragraphs")
            if g.get("core") and g["factuality"][0] == "historical" and not g.get("date"):
                errs.append(f"{gid}: a core historical event needs a date")
    if len({tuple(v) for v in NO_EVENT_PARAS.values()}) < 2:
        errs.append("the no-event paragraphs sit at the same index in every article (fixed layout)")
    return errs


if __name__ == "__main__":
    errs = extra_checks()
    errs += role_place_date_checks(HERE, GOLD, dateline_places=True)
    errs += dateline_label_checks(HERE, GOLD, dateline=False)
    for e in errs:
        print("ERROR:", e)
    if errs:
        print("gold has problems")
        sys.exit(1)
    check_main(HERE, GOLD, id_prefix="team47", no_event_paras=NO_EVENT_PARAS, para_range=(14, 18))
