#!/usr/bin/env python3
"""Write the twenty-ninth team-made article set's gold (team29.gold.json, ids team29-141 ... team29-145).

Each article's annotations live in its own module (gold_141.py ... gold_145.py), which reads the paragraphs from the
article's .txt file (one paragraph a line); ``benchmarks/data/goldkit.py`` rewrites the .txt files from those
paragraphs (byte-identical) and writes the gold, computing every offset (nothing is typed by hand): para_spans are
the [start, end) code-point offsets of each line (newline excluded), trigger spans are found inside the named
paragraph. Run from anywhere:
    python3 benchmarks/data/articles29/build_gold.py && python3 benchmarks/data/articles29/check_gold.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
import gold_141  # noqa: E402
import gold_142  # noqa: E402
import gold_143  # noqa: E402
import gold_144  # noqa: E402
import gold_145  # noqa: E402
from goldkit import build  # noqa: E402

FIRST_NUMBER = 141  # file and id numbering continues after the first twenty-eight sets (001-140)

ARTICLES = [gold_141.ARTICLE, gold_142.ARTICLE, gold_143.ARTICLE, gold_144.ARTICLE, gold_145.ARTICLE]

if __name__ == "__main__":
    build(HERE, ARTICLES, "team29.gold.json", id_prefix="team29", first_number=FIRST_NUMBER)
