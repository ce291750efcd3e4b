#!/usr/bin/env python3
"""Write the thirty-fifth team-made article set's gold (team35.gold.json, ids team35-171 ... team35-175).

Each article's annotations live in its own module (gold_171.py ... gold_175.py), which reads the paragraphs from the
article's .txt file (one paragraph a line); ``benchmarks/data/goldkit.py`` rewrites the .txt files from those
paragraphs (byte-identical) and writes the gold, computing every offset (nothing is typed by hand): para_spans are
the [start, end) code-point offsets of each line (newline excluded), trigger spans are found inside the named
paragraph. Run from anywhere:
    python3 benchmarks/data/articles35/build_gold.py && python3 benchmarks/data/articles35/check_gold.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
import gold_171  # noqa: E402
import gold_172  # noqa: E402
import gold_173  # noqa: E402
import gold_174  # noqa: E402
import gold_175  # noqa: E402
from goldkit import build  # noqa: E402

FIRST_NUMBER = 171  # file and id numbering continues after the earlier sets (001-170)

ARTICLES = [gold_171.ARTICLE, gold_172.ARTICLE, gold_173.ARTICLE, gold_174.ARTICLE, gold_175.ARTICLE]

if __name__ == "__main__":
    build(HERE, ARTICLES, "team35.gold.json", id_prefix="team35", first_number=FIRST_NUMBER)
