#!/usr/bin/env python3
"""Write the forty-third team-made article set's gold (team43.gold.json, ids team43-211 ... team43-215).

Each article's annotations live in its own module (gold_211.py ... gold_215.py), which reads the paragraphs from the
article's .txt file (one paragraph a line); ``benchmarks/data/goldkit.py`` rewrites the .txt files from those
paragraphs (byte-identical) and writes the gold, computing every offset (nothing is typed by hand): para_spans are
the [start, end) code-point offsets of each line (newline excluded), trigger spans are found inside the named
paragraph. Run from anywhere:
    python3 benchmarks/data/articles43/build_gold.py && python3 benchmarks/data/articles43/check_gold.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
import gold_211  # noqa: E402
import gold_212  # noqa: E402
import gold_213  # noqa: E402
import gold_214  # noqa: E402
import gold_215  # noqa: E402
from goldkit import build  # noqa: E402

FIRST_NUMBER = 211  # file and id numbering continues after the earlier sets

ARTICLES = [gold_211.ARTICLE, gold_212.ARTICLE, gold_213.ARTICLE, gold_214.ARTICLE, gold_215.ARTICLE]

if __name__ == "__main__":
    build(HERE, ARTICLES, "team43.gold.json", id_prefix="team43", first_number=FIRST_NUMBER)
