#!/usr/bin/env python3
"""Check team8.gold.json (the eighth team set, team8-036 ... team8-040) against the article files, then score an empty and an oracle prediction with
../shared/eval/score.py (see ``benchmarks/data/goldkit.py``).

    python3 benchmarks/data/articles8/check_gold.py [--no-score]
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from goldkit import check_main  # noqa: E402

# paragraphs that deliberately hold NO gold event (generic statements: habits, recurring violence, aggregates,
# analysis): any event a system reports there must count as a false positive
NO_EVENT_PARAS = {"team8-036": [10], "team8-037": [10], "team8-038": [10], "team8-039": [11], "team8-040": [10]}

if __name__ == "__main__":
    check_main(HERE, "team8.gold.json", id_prefix="team8", no_event_paras=NO_EVENT_PARAS, para_range=(9, 13))
