#!/usr/bin/env python3
"""Write the forty-eighth team-made article set's gold (team48.gold.json, ids team48-236 ... team48-240).

Each article's annotations live in its own module (gold_236.py ... gold_240.py), which reads the paragraphs from the
article's .txt file (one paragraph a line); ``benchmarks/data/goldkit.py`` rewrites the .txt files from those
paragraphs (byte-identical) and writes the gold, computing every offset (nothing is typed by hand): para_spans are
the [start, end) code-point offsets of each line (newline excluded), trigger spans are found inside the named
paragraph. Run from anywhere:
    python3 benchmarks/data/articles48/build_gold.py && python3 benchmarks/data/articles48/check_gold.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
import gold_236  # noqa: E402
import gold_237  # noqa: E402
import gold_238  # noqa: E402
import gold_239  # noqa: E402
import gold_240  # noqa: E402
from goldkit import build  # noqa: E402

FIRST_NUMBER = 236  # file and id numbering continues after the first forty-seven sets (001-235)

ARTICLES = [gold_236.ARTICLE, gold_237.ARTICLE, gold_238.ARTICLE, gold_239.ARTICLE,
            gold_240.ARTICLE]

if __name__ == "__main__":
    build(HERE, ARTICLES, "team48.gold.json", id_prefix="team48", first_number=FIRST_NUMBER)
