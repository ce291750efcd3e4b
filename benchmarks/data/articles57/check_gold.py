#!/usr/bin/env python3
"""Check team57.gold.json (the fifty-seventh team set, team57-281 ... team57-285) against the article files,
then score an empty and an oracle prediction with ../shared/eval/score.py (see
``benchmarks/data/goldkit.py``).
Also checks, for this set, goldkit's dateline, label and role/place/date checks (articles may open without a
dateline), that every trigger lies inside its own paragraph and is not cut out of a word, that no paragraph is
shorter than 60 or longer than 500 characters and that their lengths differ widely, that each article names
its fatalities on one core event told in several paragraphs, that each article has a dated historical core
event at another place than that main event, a rumoured, a planned and a THREATEN core event, and at least two
no-event paragraphs, that the five outlets differ, and that at least one article is mostly about politics
(most of its core events are talks, deals, demands, statements, not force).

    python3 benchmarks/data/articles57/check_gold.py [--no-score]
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
from goldkit import article_checks, check_main, dateline_label_checks, role_place_date_checks  # noqa: E402

GOLD = "team57.gold.json"

# paragraphs that deliberately hold NO gold event (descriptions, silences, generic statements: habits,
# standing demands, recurring violence, aggregates): any event a system reports there must count as a false
# positive. There is no fixed layout: they fall where they fall in each article.
NO_EVENT_PARAS = {"team57-281": [4, 12, 15], "team57-282": [3, 11, 14],
                  "team57-283": [3, 11, 15],
                  "team57-284": [6, 11, 15, 16],
                  "team57-285": [4, 11, 15]}

MIN_CHARS, MAX_CHARS = 60, 500
# the types of talk, deals, demands and statements (an article "mostly about politics" has a majority of
# these)
POLITICAL = {"CONSULT", "AGREE", "REJECT", "REQUEST", "ACCUSE", "SUPPORT", "CONCEDE", "THREATEN", "SANCTION",
             "COOPERATE"}


def extra_checks():
    """Set-specific checks; returns a list of error strings."""
    errs = []
    docs = json.load(open(os.path.join(HERE, GOLD), encoding="utf-8"))
    political_docs = []
    for d in docs:
        found, core = article_checks(HERE, d, NO_EVENT_PARAS.get(d["id"], []), MIN_CHARS, MAX_CHARS)
        errs += found
        if sum(g["types"][0] in POLITICAL for g in core) * 2 > len(core):
            political_docs.append(d["id"])
    outlets = [d["outlet"] for d in docs]
    if len(set(outlets)) != len(outlets):
        errs.append("two articles share an outlet")
    if not political_docs:
        errs.append("no article is mostly about politics (talks, deals, statements)")
    else:
        print("mostly about politics:", ", ".join(political_docs))
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
    check_main(HERE, GOLD, id_prefix="team57", no_event_paras=NO_EVENT_PARAS, para_range=(14, 17))
