#!/usr/bin/env python3
"""Write the fifty-fifth team-made article set's gold (team55.gold.json, ids team55-271 ... team55-275).

Each article's annotations live in its own module (gold_271.py ... gold_275.py), which reads the paragraphs
from the article's .txt file (one paragraph a line); ``benchmarks/data/goldkit.py`` rewrites the .txt files
from those paragraphs (byte-identical) and writes the gold, computing every offset (nothing is typed by hand):
para_spans are the [start, end) code-point offsets of each line (newline excluded), trigger spans are found
inside the named paragraph. Run from anywhere:
    python3 benchmarks/data/articles55/build_gold.py && python3 benchmarks/data/articles55/check_gold.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
import gold_271  # noqa: E402
import gold_272  # noqa: E402
import gold_273  # noqa: E402
import gold_274  # noqa: E402
import gold_275  # noqa: E402
from goldkit import build  # noqa: E402

FIRST_NUMBER = 271  # file and id numbering continues after the first fifty-four sets (001-270)

ARTICLES = [gold_271.ARTICLE, gold_272.ARTICLE, gold_273.ARTICLE,
            gold_274.ARTICLE, gold_275.ARTICLE]

if __name__ == "__main__":
    build(HERE, ARTICLES, "team55.gold.json", id_prefix="team55", first_number=FIRST_NUMBER)
