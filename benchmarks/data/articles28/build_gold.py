#!/usr/bin/env python3
"""Write the twenty-eighth team-made article set's gold (team28.gold.json, ids team28-136 ... team28-140).

Each article's annotations live in its own module (gold_136.py ... gold_140.py), which reads the paragraphs from the
article's .txt file (one paragraph a line); ``benchmarks/data/goldkit.py`` rewrites the .txt files from those
paragraphs (byte-identical) and writes the gold, computing every offset (nothing is typed by hand): para_spans are
the [start, end) code-point offsets of each line (newline excluded), trigger spans are found inside the named
paragraph. Run from anywhere:
    python3 benchmarks/data/articles28/build_gold.py && python3 benchmarks/data/articles28/check_gold.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
import gold_136  # noqa: E402
import gold_137  # noqa: E402
import gold_138  # noqa: E402
import gold_139  # noqa: E402
import gold_140  # noqa: E402
from goldkit import build  # noqa: E402

FIRST_NUMBER = 136  # file and id numbering continues after the first twenty-seven sets (001-135)

ARTICLES = [gold_136.ARTICLE, gold_137.ARTICLE, gold_138.ARTICLE, gold_139.ARTICLE,
            gold_140.ARTICLE]

if __name__ == "__main__":
    build(HERE, ARTICLES, "team28.gold.json", id_prefix="team28", first_number=FIRST_NUMBER)
