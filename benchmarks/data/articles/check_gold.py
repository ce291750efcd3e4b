#!/usr/bin/env python3
"""Check team.gold.json (the first team set, team-001 ... team-005) against the article files, then score an empty and an oracle prediction with
../shared/eval/score.py (see ``benchmarks/data/goldkit.py``).

    python3 benchmarks/data/articles/check_gold.py [--no-score]
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from goldkit import check_main  # noqa: E402

if __name__ == "__main__":
    check_main(HERE, "team.gold.json", id_prefix="team")
