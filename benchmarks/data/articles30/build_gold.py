#!/usr/bin/env python3
"""Write the thirtieth team-made article set's gold (team30.gold.json, ids team30-146 ... team30-150).

Each article's annotations live in its own module (gold_146.py ... gold_150.py), which reads the paragraphs from the
article's .txt file (one paragraph a line); ``benchmarks/data/goldkit.py`` rewrites the .txt files from those
paragraphs (byte-identical) and writes the gold, computing every offset (nothing is typed by hand): para_spans are
the [start, end) code-point offsets of each line (newline excluded), trigger spans are found inside the named
paragraph. Run from anywhere:
    python3 benchmarks/data/articles30/build_gold.py && python3 benchmarks/data/articles30/check_gold.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
import gold_146  # noqa: E402
import gold_147  # noqa: E402
import gold_148  # noqa: E402
import gold_149  # noqa: E402
import gold_150  # noqa: E402
from goldkit import build  # noqa: E402

FIRST_NUMBER = 146  # file and id numbering continues after the earlier sets (001-145)

ARTICLES = [gold_146.ARTICLE, gold_147.ARTICLE, gold_148.ARTICLE, gold_149.ARTICLE,
            gold_150.ARTICLE]

if __name__ == "__main__":
    build(HERE, ARTICLES, "team30.gold.json", id_prefix="team30", first_number=FIRST_NUMBER)
