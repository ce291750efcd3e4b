#!/usr/bin/env python3
"""Write the thirty-fourth team-made article set's gold (team34.gold.json, ids team34-166 ... team34-170).

Each article's annotations live in its own module (gold_166.py ... gold_170.py), which reads the paragraphs from the
article's .txt file (one paragraph a line); ``benchmarks/data/goldkit.py`` rewrites the .txt files from those
paragraphs (byte-identical) and writes the gold, computing every offset (nothing is typed by hand): para_spans are
the [start, end) code-point offsets of each line (newline excluded), trigger spans are found inside the named
paragraph. Run from anywhere:
    python3 benchmarks/data/articles34/build_gold.py && python3 benchmarks/data/articles34/check_gold.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
import gold_166  # noqa: E402
import gold_167  # noqa: E402
import gold_168  # noqa: E402
import gold_169  # noqa: E402
import gold_170  # noqa: E402
from goldkit import build  # noqa: E402

FIRST_NUMBER = 166  # file and id numbering continues after the earlier sets (001-165)

ARTICLES = [gold_166.ARTICLE, gold_167.ARTICLE, gold_168.ARTICLE, gold_169.ARTICLE,
            gold_170.ARTICLE]

if __name__ == "__main__":
    build(HERE, ARTICLES, "team34.gold.json", id_prefix="team34", first_number=FIRST_NUMBER)
