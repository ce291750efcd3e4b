#!/usr/bin/env python3
"""Check team3.gold.json (the third team set, team3-011 ... team3-015) against the article files, then score an empty and an oracle prediction with
../shared/eval/score.py (see ``benchmarks/data/goldkit.py``).

    python3 benchmarks/data/articles3/check_gold.py [--no-score]
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from goldkit import check_main  # noqa: E402

# paragraphs that deliberately hold NO gold event (generic statements: yearly aggregates):
# any event a system reports there must count as a false positive
NO_EVENT_PARAS = {"team3-011": [10], "team3-014": [8]}

if __name__ == "__main__":
    check_main(HERE, "team3.gold.json", id_prefix="team3", no_event_paras=NO_EVENT_PARAS, para_range=(9, 14))
