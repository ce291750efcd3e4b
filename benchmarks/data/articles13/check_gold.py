#!/usr/bin/env python3
"""Check team13.gold.json (the thirteenth team set, team13-061 ... team13-065) against the article files, then score
an empty and an oracle prediction with ../shared/eval/score.py (see ``benchmarks/data/goldkit.py``).

    python3 benchmarks/data/articles13/check_gold.py [--no-score]
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from goldkit import check_main  # noqa: E402

# paragraphs that deliberately hold NO gold event (generic statements: habits, recurring violence, aggregates,
# analysis): any event a system reports there must count as a false positive
NO_EVENT_PARAS = {"team13-061": [11], "team13-062": [11], "team13-063": [11], "team13-064": [11],
                  "team13-065": [11]}

if __name__ == "__main__":
    check_main(HERE, "team13.gold.json", id_prefix="team13", no_event_paras=NO_EVENT_PARAS, para_range=(9, 13))
