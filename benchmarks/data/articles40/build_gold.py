#!/usr/bin/env python3
"""Write the fortieth team-made article set's gold (team40.gold.json, ids team40-196 ... team40-200).

Each article's annotations live in its own module (gold_196.py ... gold_200.py), which reads the paragraphs from the
article's .txt file (one paragraph a line); ``benchmarks/data/goldkit.py`` rewrites the .txt files from those
paragraphs (byte-identical) and writes the gold, computing every offset (nothing is typed by hand): para_spans are
the [start, end) code-point offsets of each line (newline excluded), trigger spans are found inside the named
paragraph. Run from anywhere:
    python3 benchmarks/data/articles40/build_gold.py && python3 benchmarks/data/articles40/check_gold.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
import gold_196  # noqa: E402
import gold_197  # noqa: E402
import gold_198  # noqa: E402
import gold_199  # noqa: E402
import gold_200  # noqa: E402
from goldkit import build  # noqa: E402

FIRST_NUMBER = 196  # file and id numbering continues after the first thirty-nine sets (001-195)

ARTICLES = [gold_196.ARTICLE, gold_197.ARTICLE, gold_198.ARTICLE, gold_199.ARTICLE,
            gold_200.ARTICLE]

if __name__ == "__main__":
    build(HERE, ARTICLES, "team40.gold.json", id_prefix="team40", first_number=FIRST_NUMBER)
