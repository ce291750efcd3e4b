#!/usr/bin/env python3
"""Write the thirty-second team-made article set's gold (team32.gold.json, ids team32-156 ... team32-160).

Each article's annotations live in its own module (gold_156.py ... gold_160.py), which reads the paragraphs from the
article's .txt file (one paragraph a line); ``benchmarks/data/goldkit.py`` rewrites the .txt files from those
paragraphs (byte-identical) and writes the gold, computing every offset (nothing is typed by hand): para_spans are
the [start, end) code-point offsets of each line (newline excluded), trigger spans are found inside the named
paragraph. Run from anywhere:
    python3 benchmarks/data/articles32/build_gold.py && python3 benchmarks/data/articles32/check_gold.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
import gold_156  # noqa: E402
import gold_157  # noqa: E402
import gold_158  # noqa: E402
import gold_159  # noqa: E402
import gold_160  # noqa: E402
from goldkit import build  # noqa: E402

FIRST_NUMBER = 156  # file and id numbering continues after the first thirty-one sets (001-155)

ARTICLES = [gold_156.ARTICLE, gold_157.ARTICLE, gold_158.ARTICLE, gold_159.ARTICLE,
            gold_160.ARTICLE]

if __name__ == "__main__":
    build(HERE, ARTICLES, "team32.gold.json", id_prefix="team32", first_number=FIRST_NUMBER)
