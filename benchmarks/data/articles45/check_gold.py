#!/usr/bin/env python3
"""Check team45.gold.json (the forty-fifth team set, team45-221 ... team45-225) against the article files, then score
an empty and an oracle prediction with ../shared/eval/score.py (see ``benchmarks/data/goldkit.py``). Beyond goldkit's
own checks, this set checks that each quoted attribution is non-empty, that every source and recipient has Arabic
names and every core event's actors and every event's place are named in its paragraphs (or in the lead ¶1), that no
two events share a trigger span, that no ACLED label sits on a statement, that fatalities sit only on ASSAULT events,
that planned events are not dated before publication and historical core events are dated before it, that each article
is one paragraph a line, and that the articles have 13 to 18 paragraphs after the headline.

    python3 benchmarks/data/articles45/check_gold.py [--no-score]
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
from goldkit import check_main, dateline_label_checks, role_place_date_checks  # noqa: E402

GOLD = "team45.gold.json"

# paragraphs that deliberately hold NO gold event (descriptions, prices, funerals, silences, a nurse's account of
# deaths from dehydration): any event a system reports there must count as a false positive
NO_EVENT_PARAS = {"team45-221": [5, 12], "team45-222": [5, 15], "team45-223": [6, 11, 13],
                  "team45-224": [9, 10], "team45-225": [9, 14]}


def extra_checks():
    """Set-specific checks; returns a list of error strings."""
    errs = role_place_date_checks(HERE, GOLD, dateline_places=True)
    # 222, 223 and 225 open ¶1 with a dateline, 221 and 224 do not: the dateline itself is not required
    errs += dateline_label_checks(HERE, GOLD, dateline=False)
    for fname in sorted(os.listdir(HERE)):
        if fname.endswith(".txt"):
            with open(os.path.join(HERE, fname), "rb") as f:
                raw = f.read().decode("utf-8")
            lines = raw.split("\n")[:-1]
            if raw != "\n".join(lines) + "\n":
                errs.append(f"{fname}: article file not in one-paragraph-per-line form")
    return errs


if __name__ == "__main__":
    errs = extra_checks()
    for e in errs:
        print("ERROR:", e)
    if errs:
        print("gold has problems")
        sys.exit(1)
    check_main(HERE, GOLD, id_prefix="team45", no_event_paras=NO_EVENT_PARAS, para_range=(14, 19))
