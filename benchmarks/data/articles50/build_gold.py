#!/usr/bin/env python3
"""Write the fiftieth team-made article set's gold (team50.gold.json, ids team50-246 ... team50-250).

Each article's annotations live in its own module (gold_246.py ... gold_250.py), which reads the paragraphs
from the article's .txt file (one paragraph a line); ``benchmarks/data/goldkit.py`` rewrites the .txt files
from those paragraphs (byte-identical) and writes the gold, computing every offset (nothing is typed by hand):
para_spans are the [start, end) code-point offsets of each line (newline excluded), trigger spans are found
inside the named paragraph. Run from anywhere:
    python3 benchmarks/data/articles50/build_gold.py && python3 benchmarks/data/articles50/check_gold.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
import gold_246  # noqa: E402
import gold_247  # noqa: E402
import gold_248  # noqa: E402
import gold_249  # noqa: E402
import gold_250  # noqa: E402
from goldkit import build  # noqa: E402

FIRST_NUMBER = 246  # file and id numbering continues after the first forty-nine sets (001-245)

ARTICLES = [gold_246.ARTICLE, gold_247.ARTICLE, gold_248.ARTICLE, gold_249.ARTICLE,
            gold_250.ARTICLE]

if __name__ == "__main__":
    build(HERE, ARTICLES, "team50.gold.json", id_prefix="team50", first_number=FIRST_NUMBER)
