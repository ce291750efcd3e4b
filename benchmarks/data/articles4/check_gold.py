#!/usr/bin/env python3
"""Check team4.gold.json (the fourth team set, team4-016 ... team4-020) against the article files, then score an empty and an oracle prediction with
../shared/eval/score.py (see ``benchmarks/data/goldkit.py``).

    python3 benchmarks/data/articles4/check_gold.py [--no-score]
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from goldkit import check_main  # noqa: E402

# paragraphs that deliberately hold NO gold event (generic statements: aggregates, habits, tensions):
# any event a system reports there must count as a false positive
NO_EVENT_PARAS = {"team4-016": [9], "team4-017": [9], "team4-018": [10], "team4-019": [11]}

if __name__ == "__main__":
    check_main(HERE, "team4.gold.json", id_prefix="team4", no_event_paras=NO_EVENT_PARAS, para_range=(9, 13))
