#!/usr/bin/env python3
"""Check team15.gold.json (the fifteenth team set, team15-071 ... team15-075) against the article files, then score
an empty and an oracle prediction with ../shared/eval/score.py (see ``benchmarks/data/goldkit.py``).

    python3 benchmarks/data/articles15/check_gold.py [--no-score]
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from goldkit import check_main  # noqa: E402

# paragraphs that deliberately hold NO gold event (generic statements: habits, recurring violence, aggregates,
# analysis): any event a system reports there must count as a false positive
NO_EVENT_PARAS = {"team15-071": [11], "team15-072": [11], "team15-073": [11], "team15-074": [11],
                  "team15-075": [11]}

if __name__ == "__main__":
    check_main(HERE, "team15.gold.json", id_prefix="team15", no_event_paras=NO_EVENT_PARAS, para_range=(12, 16))
