#!/usr/bin/env python3
"""Check team14.gold.json (the fourteenth team set, team14-066 ... team14-070) against the article files, then score
an empty and an oracle prediction with ../shared/eval/score.py (see ``benchmarks/data/goldkit.py``).

    python3 benchmarks/data/articles14/check_gold.py [--no-score]
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from goldkit import check_main  # noqa: E402

# paragraphs that deliberately hold NO gold event (generic statements: habits, recurring violence, aggregates,
# analysis): any event a system reports there must count as a false positive
NO_EVENT_PARAS = {"team14-066": [11], "team14-067": [11], "team14-068": [11], "team14-069": [11],
                  "team14-070": [11]}

if __name__ == "__main__":
    check_main(HERE, "team14.gold.json", id_prefix="team14", no_event_paras=NO_EVENT_PARAS, para_range=(9, 13))
