#!/usr/bin/env python3
"""Check team5.gold.json (the fifth team set, team5-021 ... team5-025) against the article files, then score an empty and an oracle prediction with
../shared/eval/score.py (see ``benchmarks/data/goldkit.py``).

    python3 benchmarks/data/articles5/check_gold.py [--no-score]
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from goldkit import check_main  # noqa: E402

# paragraphs that deliberately hold NO gold event (generic statements: habits, recurring violence, tensions):
# any event a system reports there must count as a false positive
NO_EVENT_PARAS = {"team5-021": [10], "team5-022": [9], "team5-023": [10], "team5-024": [9], "team5-025": [11]}

if __name__ == "__main__":
    check_main(HERE, "team5.gold.json", id_prefix="team5", no_event_paras=NO_EVENT_PARAS, para_range=(9, 13))
