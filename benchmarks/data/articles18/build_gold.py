#!/usr/bin/env python3
"""Write the eighteenth team-made article set's gold (team18.gold.json, ids team18-086 ... team18-090).

Each article's annotations live in its own module (gold_086.py ... gold_090.py), which reads the paragraphs from the
article's .txt file (one paragraph a line); ``benchmarks/data/goldkit.py`` rewrites the .txt files from those
paragraphs (byte-identical) and writes the gold, computing every offset (nothing is typed by hand): para_spans are
the [start, end) code-point offsets of each line (newline excluded), trigger spans are found inside the named
paragraph. Run from anywhere:
    python3 benchmarks/data/articles18/build_gold.py && python3 benchmarks/data/articles18/check_gold.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
import gold_086  # noqa: E402
import gold_087  # noqa: E402
import gold_088  # noqa: E402
import gold_089  # noqa: E402
import gold_090  # noqa: E402
from goldkit import build  # noqa: E402

FIRST_NUMBER = 86  # file and id numbering continues after the first seventeen sets (001-085)

ARTICLES = [gold_086.ARTICLE, gold_087.ARTICLE, gold_088.ARTICLE, gold_089.ARTICLE,
            gold_090.ARTICLE]

if __name__ == "__main__":
    build(HERE, ARTICLES, "team18.gold.json", id_prefix="team18", first_number=FIRST_NUMBER)
