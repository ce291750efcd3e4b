#!/usr/bin/env python3
"""Write the thirty-first team-made article set's gold (team31.gold.json, ids team31-151 ... team31-155).

Each article's annotations live in its own module (gold_151.py ... gold_155.py), which reads the paragraphs from the
article's .txt file (one paragraph a line); ``benchmarks/data/goldkit.py`` rewrites the .txt files from those
paragraphs (byte-identical) and writes the gold, computing every offset (nothing is typed by hand): para_spans are
the [start, end) code-point offsets of each line (newline excluded), trigger spans are found inside the named
paragraph. Run from anywhere:
    python3 benchmarks/data/articles31/build_gold.py && python3 benchmarks/data/articles31/check_gold.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
import gold_151  # noqa: E402
import gold_152  # noqa: E402
import gold_153  # noqa: E402
import gold_154  # noqa: E402
import gold_155  # noqa: E402
from goldkit import build  # noqa: E402

FIRST_NUMBER = 151  # file and id numbering continues after the first thirty sets (001-150)

ARTICLES = [gold_151.ARTICLE, gold_152.ARTICLE, gold_153.ARTICLE, gold_154.ARTICLE, gold_155.ARTICLE]

if __name__ == "__main__":
    build(HERE, ARTICLES, "team31.gold.json", id_prefix="team31", first_number=FIRST_NUMBER)
