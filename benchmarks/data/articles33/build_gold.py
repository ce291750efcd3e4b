#!/usr/bin/env python3
"""Write the thirty-third team-made article set's gold (team33.gold.json, ids team33-161 ... team33-165).

Each article's annotations live in its own module (gold_161.py ... gold_165.py), which reads the paragraphs from the
article's .txt file (one paragraph a line); ``benchmarks/data/goldkit.py`` rewrites the .txt files from those
paragraphs (byte-identical) and writes the gold, computing every offset (nothing is typed by hand): para_spans are
the [start, end) code-point offsets of each line (newline excluded), trigger spans are found inside the named
paragraph. Run from anywhere:
    python3 benchmarks/data/articles33/build_gold.py && python3 benchmarks/data/articles33/check_gold.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
import gold_161  # noqa: E402
import gold_162  # noqa: E402
import gold_163  # noqa: E402
import gold_164  # noqa: E402
import gold_165  # noqa: E402
from goldkit import build  # noqa: E402

FIRST_NUMBER = 161  # file and id numbering continues after the first thirty-two sets (001-160)

ARTICLES = [gold_161.ARTICLE, gold_162.ARTICLE, gold_163.ARTICLE, gold_164.ARTICLE,
            gold_165.ARTICLE]

if __name__ == "__main__":
    build(HERE, ARTICLES, "team33.gold.json", id_prefix="team33", first_number=FIRST_NUMBER)
