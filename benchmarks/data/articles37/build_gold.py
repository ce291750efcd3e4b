#!/usr/bin/env python3
"""Write the thirty-seventh team-made article set's gold (team37.gold.json, ids team37-181 ... team37-185).

Each article's annotations live in its own module (gold_181.py ... gold_185.py), which reads the paragraphs from the
article's .txt file (one paragraph a line); ``benchmarks/data/goldkit.py`` rewrites the .txt files from those
paragraphs (byte-identical) and writes the gold, computing every offset (nothing is typed by hand): para_spans are
the [start, end) code-point offsets of each line (newline excluded), trigger spans are found inside the named
paragraph. Run from anywhere:
    python3 benchmarks/data/articles37/build_gold.py && python3 benchmarks/data/articles37/check_gold.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
import gold_181  # noqa: E402
import gold_182  # noqa: E402
import gold_183  # noqa: E402
import gold_184  # noqa: E402
import gold_185  # noqa: E402
from goldkit import build  # noqa: E402

FIRST_NUMBER = 181  # file and id numbering continues after the earlier sets

ARTICLES = [gold_181.ARTICLE, gold_182.ARTICLE, gold_183.ARTICLE, gold_184.ARTICLE, gold_185.ARTICLE]

if __name__ == "__main__":
    build(HERE, ARTICLES, "team37.gold.json", id_prefix="team37", first_number=FIRST_NUMBER)
