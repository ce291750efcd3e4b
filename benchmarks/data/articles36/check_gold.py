#!/usr/bin/env python3
"""Check team36.gold.json (the thirty-sixth team set, team36-176 ... team36-180) against the article files, then score
an empty and an oracle prediction with ../shared/eval/score.py (see ``benchmarks/data/goldkit.py``).

The checks are goldkit's: ``check_main`` (formats, offsets, types, factuality labels, dates, ids, 6-20 paragraphs,
the no-event paragraphs below, and the scoring), ``dateline_label_checks`` (no dateline required: like the seed, these
articles open without one; shared trigger spans, ACLED labels, repeated factuality labels, fatalities only on
ASSAULT) and ``role_place_date_checks`` (attributions, Arabic actor names present in core events' paragraphs, a place
name present in each event's paragraphs or in the lead ¶1, dates against publication). This set adds only what
goldkit cannot know: each article has at least one no-event paragraph, and no two articles have the same number of
paragraphs (the set has no fixed layout).

    python3 benchmarks/data/articles36/check_gold.py [--no-score]
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
from goldkit import check_main, dateline_label_checks, role_place_date_checks  # noqa: E402

GOLD = "team36.gold.json"

# paragraphs that deliberately hold NO gold event (descriptions of a place, living conditions, generic statements),
# where they fall naturally in each article: any event a system reports there counts as a false positive
NO_EVENT_PARAS = {"team36-176": [3, 8], "team36-177": [4], "team36-178": [4, 15], "team36-179": [5],
                  "team36-180": [4]}


def layout_checks():
    """The set's own checks (error strings): a no-event paragraph in every article, paragraph counts all different."""
    errs = []
    docs = json.load(open(os.path.join(HERE, GOLD), encoding="utf-8"))
    counts = {}
    for d in docs:
        if not NO_EVENT_PARAS.get(d["id"]):
            errs.append(f'{d["id"]}: no no-event paragraph listed')
        with open(os.path.join(HERE, d["file"]), encoding="utf-8") as f:
            n = len(f.read().split("\n")) - 1
        if n in counts:
            errs.append(f'{d["id"]}: {n} paragraphs, as many as {counts[n]}')
        counts[n] = d["id"]
    return errs


if __name__ == "__main__":
    errs = (layout_checks() + dateline_label_checks(HERE, GOLD, dateline=False)
            + role_place_date_checks(HERE, GOLD, dateline_places=True))
    for e in errs:
        print("ERROR:", e)
    if errs:
        print("gold has problems")
        sys.exit(1)
    check_main(HERE, GOLD, id_prefix="team36", no_event_paras=NO_EVENT_PARAS, para_range=(6, 20))
