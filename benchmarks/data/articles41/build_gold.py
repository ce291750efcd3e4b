#!/usr/bin/env python3
"""Write the forty-first team-made article set's gold (team41.gold.json, ids team41-201 ... team41-205).

Each article's annotations live in its own module (gold_201.py ... gold_205.py), which reads the paragraphs from the
article's .txt file (one paragraph a line); ``benchmarks/data/goldkit.py`` rewrites the .txt files from those
paragraphs (byte-identical) and writes the gold, computing every offset (nothing is typed by hand): para_spans are
the [start, end) code-point offsets of each line (newline excluded), trigger spans are found inside the named
paragraph. Run from anywhere:
    python3 benchmarks/data/articles41/build_gold.py && python3 benchmarks/data/articles41/check_gold.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
import gold_201  # noqa: E402
import gold_202  # noqa: E402
import gold_203  # noqa: E402
import gold_204  # noqa: E402
import gold_205  # noqa: E402
from goldkit import build  # noqa: E402

FIRST_NUMBER = 201  # file and id numbering continues after the earlier sets

ARTICLES = [gold_201.ARTICLE, gold_202.ARTICLE, gold_203.ARTICLE, gold_204.ARTICLE, gold_205.ARTICLE]

if __name__ == "__main__":
    build(HERE, ARTICLES, "team41.gold.json", id_prefix="team41", first_number=FIRST_NUMBER)
