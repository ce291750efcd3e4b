#!/usr/bin/env python3
"""Check team6.gold.json (the sixth team set, team6-026 ... team6-030) against the article files, then score an empty and an oracle prediction with
../shared/eval/score.py (see ``benchmarks/data/goldkit.py``).

    python3 benchmarks/data/articles6/check_gold.py [--no-score]
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from goldkit import check_main  # noqa: E402

# paragraphs that deliberately hold NO gold event (generic statements: habits, recurring violence, tensions):
# any event a system reports there must count as a false positive
NO_EVENT_PARAS = {"team6-026": [9], "team6-027": [10], "team6-028": [10], "team6-029": [10], "team6-030": [11]}

if __name__ == "__main__":
    check_main(HERE, "team6.gold.json", id_prefix="team6", no_event_paras=NO_EVENT_PARAS, para_range=(9, 13))
