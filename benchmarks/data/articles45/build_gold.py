#!/usr/bin/env python3
"""Write the forty-fifth team-made article set's gold (team45.gold.json, ids team45-221 ... team45-225).

Each article's annotations live in its own module (gold_221.py ... gold_225.py), which reads the paragraphs from the
article's .txt file (one paragraph a line); ``benchmarks/data/goldkit.py`` rewrites the .txt files from those
paragraphs (byte-identical) and writes the gold, computing every offset (nothing is typed by hand): para_spans are
the [start, end) code-point offsets of each line (newline excluded), trigger spans are found inside the named
paragraph. Run from anywhere:
    python3 benchmarks/data/articles45/build_gold.py && python3 benchmarks/data/articles45/check_gold.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
import gold_221  # noqa: E402
import gold_222  # noqa: E402
import gold_223  # noqa: E402
import gold_224  # noqa: E402
import gold_225  # noqa: E402
from goldkit import build  # noqa: E402

FIRST_NUMBER = 221  # file and id numbering continues after the first forty-four sets (001-220)

ARTICLES = [gold_221.ARTICLE, gold_222.ARTICLE, gold_223.ARTICLE, gold_224.ARTICLE,
            gold_225.ARTICLE]

if __name__ == "__main__":
    build(HERE, ARTICLES, "team45.gold.json", id_prefix="team45", first_number=FIRST_NUMBER)
