#!/usr/bin/env python3
"""Check team2.gold.json (the second team set, team2-006 ... team2-010) against the article files, then score an empty and an oracle prediction with
../shared/eval/score.py (see ``benchmarks/data/goldkit.py``).

    python3 benchmarks/data/articles2/check_gold.py [--no-score]
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from goldkit import check_main  # noqa: E402

# paragraphs that deliberately hold NO gold event (generic statements, a stated absence of fighting):
# any event a system reports there must count as a false positive
NO_EVENT_PARAS = {"team2-006": [9], "team2-007": [12], "team2-008": [12], "team2-009": [7, 11],
                  "team2-010": [6]}

if __name__ == "__main__":
    check_main(HERE, "team2.gold.json", id_prefix="team2", no_event_paras=NO_EVENT_PARAS, para_range=(8, 13))
