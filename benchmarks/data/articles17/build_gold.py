#!/usr/bin/env python3
"""Write the seventeenth team-made article set's gold (team17.gold.json, ids team17-081 ... team17-085).

Each article's annotations live in its own module (gold_081.py ... gold_085.py), which reads the paragraphs from the
article's .txt file (one paragraph a line); ``benchmarks/data/goldkit.py`` rewrites the .txt files from those
paragraphs (byte-identical) and writes the gold, computing every offset (nothing is typed by hand): para_spans are
the [start, end) code-point offsets of each line (newline excluded), trigger spans are found inside the named
paragraph. Run from anywhere:
    python3 benchmarks/data/articles17/build_gold.py && python3 benchmarks/data/articles17/check_gold.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
import gold_081  # noqa: E402
import gold_082  # noqa: E402
import gold_083  # noqa: E402
import gold_084  # noqa: E402
import gold_085  # noqa: E402
from goldkit import build  # noqa: E402

FIRST_NUMBER = 81  # file and id numbering continues after the first sixteen sets (001-080)

ARTICLES = [gold_081.ARTICLE, gold_082.ARTICLE, gold_083.ARTICLE, gold_084.ARTICLE, gold_085.ARTICLE]

if __name__ == "__main__":
    build(HERE, ARTICLES, "team17.gold.json", id_prefix="team17", first_number=FIRST_NUMBER)
