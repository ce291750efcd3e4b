#!/usr/bin/env python3
"""Check team16.gold.json (the sixteenth team set, team16-076 ... team16-080) against the article files, then score
an empty and an oracle prediction with ../shared/eval/score.py (see ``benchmarks/data/goldkit.py``).

    python3 benchmarks/data/articles16/check_gold.py [--no-score]
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from goldkit import check_main  # noqa: E402

# paragraphs that deliberately hold NO gold event (generic statements: habits, recurring violence, aggregates,
# standing demands): any event a system reports there must count as a false positive
NO_EVENT_PARAS = {"team16-076": [11], "team16-077": [11], "team16-078": [11], "team16-079": [11],
                  "team16-080": [11]}

if __name__ == "__main__":
    check_main(HERE, "team16.gold.json", id_prefix="team16", no_event_paras=NO_EVENT_PARAS, para_range=(12, 16))
