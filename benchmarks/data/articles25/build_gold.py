#!/usr/bin/env python3
"""Write the twenty-fifth team-made article set's gold (team25.gold.json, ids team25-121 ... team25-125).

Each article's annotations live in its own module (gold_121.py ... gold_125.py), which reads the paragraphs from the
article's .txt file (one paragraph a line); ``benchmarks/data/goldkit.py`` rewrites the .txt files from those
paragraphs (byte-identical) and writes the gold, computing every offset (nothing is typed by hand): para_spans are
the [start, end) code-point offsets of each line (newline excluded), trigger spans are found inside the named
paragraph. Run from anywhere:
    python3 benchmarks/data/articles25/build_gold.py && python3 benchmarks/data/articles25/check_gold.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
import gold_121  # noqa: E402
import gold_122  # noqa: E402
import gold_123  # noqa: E402
import gold_124  # noqa: E402
import gold_125  # noqa: E402
from goldkit import build  # noqa: E402

FIRST_NUMBER = 121  # file and id numbering continues after the first twenty-four sets (001-120)

ARTICLES = [gold_121.ARTICLE, gold_122.ARTICLE, gold_123.ARTICLE, gold_124.ARTICLE,
            gold_125.ARTICLE]

if __name__ == "__main__":
    build(HERE, ARTICLES, "team25.gold.json", id_prefix="team25", first_number=FIRST_NUMBER)
