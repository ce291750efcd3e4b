#!/usr/bin/env python3
"""Write the thirty-ninth team-made article set's gold (team39.gold.json, ids team39-191 ... team39-195).

Each article's annotations live in its own module (gold_191.py ... gold_195.py), which reads the paragraphs from the
article's .txt file (one paragraph a line); ``benchmarks/data/goldkit.py`` rewrites the .txt files from those
paragraphs (byte-identical) and writes the gold, computing every offset (nothing is typed by hand): para_spans are
the [start, end) code-point offsets of each line (newline excluded), trigger spans are found inside the named
paragraph. Run from anywhere:
    python3 benchmarks/data/articles39/build_gold.py && python3 benchmarks/data/articles39/check_gold.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
import gold_191  # noqa: E402
import gold_192  # noqa: E402
import gold_193  # noqa: E402
import gold_194  # noqa: E402
import gold_195  # noqa: E402
from goldkit import build  # noqa: E402

FIRST_NUMBER = 191  # file and id numbering continues after the earlier sets

ARTICLES = [gold_191.ARTICLE, gold_192.ARTICLE, gold_193.ARTICLE, gold_194.ARTICLE,
            gold_195.ARTICLE]

if __name__ == "__main__":
    build(HERE, ARTICLES, "team39.gold.json", id_prefix="team39", first_number=FIRST_NUMBER)
