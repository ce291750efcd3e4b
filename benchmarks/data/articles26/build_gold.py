#!/usr/bin/env python3
"""Write the twenty-sixth team-made article set's gold (team26.gold.json, ids team26-126 ... team26-130).

Each article's annotations live in its own module (gold_126.py ... gold_130.py), which reads the paragraphs from the
article's .txt file (one paragraph a line); ``benchmarks/data/goldkit.py`` rewrites the .txt files from those
paragraphs (byte-identical) and writes the gold, computing every offset (nothing is typed by hand): para_spans are
the [start, end) code-point offsets of each line (newline excluded), trigger spans are found inside the named
paragraph. Run from anywhere:
    python3 benchmarks/data/articles26/build_gold.py && python3 benchmarks/data/articles26/check_gold.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
import gold_126  # noqa: E402
import gold_127  # noqa: E402
import gold_128  # noqa: E402
import gold_129  # noqa: E402
import gold_130  # noqa: E402
from goldkit import build  # noqa: E402

FIRST_NUMBER = 126  # file and id numbering continues after the first twenty-five sets (001-125)

ARTICLES = [gold_126.ARTICLE, gold_127.ARTICLE, gold_128.ARTICLE, gold_129.ARTICLE,
            gold_130.ARTICLE]

if __name__ == "__main__":
    build(HERE, ARTICLES, "team26.gold.json", id_prefix="team26", first_number=FIRST_NUMBER)
