#!/usr/bin/env python3
"""Write the thirty-sixth team-made article set's gold (team36.gold.json, ids team36-176 ... team36-180).

Each article's annotations live in its own module (gold_176.py ... gold_180.py), which reads the paragraphs from the
article's .txt file (one paragraph a line); ``benchmarks/data/goldkit.py`` rewrites the .txt files from those
paragraphs (byte-identical) and writes the gold, computing every offset (nothing is typed by hand): para_spans are
the [start, end) code-point offsets of each line (newline excluded), trigger spans are found inside the named
paragraph. Run from anywhere:
    python3 benchmarks/data/articles36/build_gold.py && python3 benchmarks/data/articles36/check_gold.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
import gold_176  # noqa: E402
import gold_177  # noqa: E402
import gold_178  # noqa: E402
import gold_179  # noqa: E402
import gold_180  # noqa: E402
from goldkit import build  # noqa: E402

FIRST_NUMBER = 176  # file and id numbering continues after the first thirty-five sets (001-175)

ARTICLES = [gold_176.ARTICLE, gold_177.ARTICLE, gold_178.ARTICLE, gold_179.ARTICLE, gold_180.ARTICLE]

if __name__ == "__main__":
    build(HERE, ARTICLES, "team36.gold.json", id_prefix="team36", first_number=FIRST_NUMBER)
