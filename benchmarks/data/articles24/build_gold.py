#!/usr/bin/env python3
"""Write the twenty-fourth team-made article set's gold (team24.gold.json, ids team24-116 ... team24-120).

Each article's annotations live in its own module (gold_116.py ... gold_120.py), which reads the paragraphs from the
article's .txt file (one paragraph a line); ``benchmarks/data/goldkit.py`` rewrites the .txt files from those
paragraphs (byte-identical) and writes the gold, computing every offset (nothing is typed by hand): para_spans are
the [start, end) code-point offsets of each line (newline excluded), trigger spans are found inside the named
paragraph. Run from anywhere:
    python3 benchmarks/data/articles24/build_gold.py && python3 benchmarks/data/articles24/check_gold.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
import gold_116  # noqa: E402
import gold_117  # noqa: E402
import gold_118  # noqa: E402
import gold_119  # noqa: E402
import gold_120  # noqa: E402
from goldkit import build  # noqa: E402

FIRST_NUMBER = 116  # file and id numbering continues after the first twenty-three sets (001-115)

ARTICLES = [gold_116.ARTICLE, gold_117.ARTICLE, gold_118.ARTICLE, gold_119.ARTICLE,
            gold_120.ARTICLE]

if __name__ == "__main__":
    build(HERE, ARTICLES, "team24.gold.json", id_prefix="team24", first_number=FIRST_NUMBER)
