#!/usr/bin/env python3
"""Write the sixty-first team-made article set's gold (team61.gold.json, ids team61-301 ... team61-305).

Each article's annotations live in its own module (gold_301.py ... gold_305.py), which reads the paragraphs
from the article's .txt file (one paragraph a line); ``benchmarks/data/goldkit.py`` rewrites the .txt files
from those paragraphs (byte-identical) and writes the gold, computing every offset (nothing is typed by hand):
para_spans are the [start, end) code-point offsets of each line (newline excluded), trigger spans are found
inside the named paragraph. Run from anywhere:
    python3 benchmarks/data/articles61/build_gold.py && python3 benchmarks/data/articles61/check_gold.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
import gold_301  # noqa: E402
import gold_302  # noqa: E402
import gold_303  # noqa: E402
import gold_304  # noqa: E402
import gold_305  # noqa: E402
from goldkit import build  # noqa: E402

FIRST_NUMBER = 301  # file and id numbering continues after the first sixty sets (001-300)

ARTICLES = [gold_301.ARTICLE, gold_302.ARTICLE, gold_303.ARTICLE,
            gold_304.ARTICLE, gold_305.ARTICLE]

if __name__ == "__main__":
    build(HERE, ARTICLES, "team61.gold.json", id_prefix="team61", first_number=FIRST_NUMBER)
