#!/usr/bin/env python3
"""Write the thirty-eighth team-made article set's gold (team38.gold.json, ids team38-186 ... team38-190).

Each article's annotations live in its own module (gold_186.py ... gold_190.py), which reads the paragraphs from the
article's .txt file (one paragraph a line); ``benchmarks/data/goldkit.py`` rewrites the .txt files from those
paragraphs (byte-identical) and writes the gold, computing every offset (nothing is typed by hand): para_spans are
the [start, end) code-point offsets of each line (newline excluded), trigger spans are found inside the named
paragraph. Run from anywhere:
    python3 benchmarks/data/articles38/build_gold.py && python3 benchmarks/data/articles38/check_gold.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
import gold_186  # noqa: E402
import gold_187  # noqa: E402
import gold_188  # noqa: E402
import gold_189  # noqa: E402
import gold_190  # noqa: E402
from goldkit import build  # noqa: E402

FIRST_NUMBER = 186  # file and id numbering continues after the first thirty-seven sets (001-185)

ARTICLES = [gold_186.ARTICLE, gold_187.ARTICLE, gold_188.ARTICLE, gold_189.ARTICLE, gold_190.ARTICLE]

if __name__ == "__main__":
    build(HERE, ARTICLES, "team38.gold.json", id_prefix="team38", first_number=FIRST_NUMBER)
