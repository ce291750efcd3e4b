#!/usr/bin/env python3
"""Check team55.gold.json (the fifty-fifth team set, team55-271 ... team55-275) against the article files,
then score an empty and an oracle prediction with ../shared/eval/score.py (see
``benchmarks/data/goldkit.py``).
Also checks, for this set, goldkit's dateline, label and role/place/date checks (articles may open without a
dateline), that every trigger lies inside its own paragraph and is not cut out of a word, that no paragraph is
shorter than 60 or longer than 500 characters and that their lengths differ widely, that each article names
its fatalities on one core event told in several paragraphs, that each article has a dated historical core
event at another place than that main event, a rumoured, a planned and a THREATEN core event, and at least two
no-event paragraphs.

    python3 benchmarks/data/articles55/check_gold.py [--no-score]
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
from goldkit import article_checks, check_main, dateline_label_checks, role_place_date_checks  # noqa: E402

GOLD = "team55.gold.json"

# paragraphs that deliberately hold NO gold event (descriptions, silences, generic statements: habits,
# standing demands, recurring violence): any event a system reports there must count as a false positive.
# There is no fixed layout: they fall where they fall in each article.
NO_EVENT_PARAS = {"team55-271": [4, 15], "team55-272": [5, 12, 15],
                  "team55-273": [6, 13], "team55-274": [2, 11, 15],
                  "team55-275": [3, 9, 15]}

MIN_CHARS, MAX_CHARS = 60, 500


def extra_checks():
    """Set-specific checks; returns a list of error strings."""
    errs = []
    docs = json.load(open(os.path.join(HERE, GOLD), encoding="utf-8"))
    for d in docs:
        found, _core = article_checks(HERE, d, NO_EVENT_PARAS.get(d["id"], []), MIN_CHARS, MAX_CHARS)
        errs += found
    return errs


if __name__ == "__main__":
    errs = extra_checks()
    errs += dateline_label_checks(HERE, GOLD, dateline=False)
    errs += role_place_date_checks(HERE, GOLD, dateline_places=True)
    for e in errs:
        print("ERROR:", e)
    if errs:
        print("gold has problems")
        sys.exit(1)
    check_main(HERE, GOLD, id_prefix="team55", no_event_paras=NO_EVENT_PARAS, para_range=(14, 17))
