#!/usr/bin/env python3
"""Write the forty-fourth team-made article set's gold (team44.gold.json, ids team44-216 ... team44-220).

Each article's annotations live in its own module (gold_216.py ... gold_220.py), which reads the paragraphs from the
article's .txt file (one paragraph a line); ``benchmarks/data/goldkit.py`` rewrites the .txt files from those
paragraphs (byte-identical) and writes the gold, computing every offset (nothing is typed by hand): para_spans are
the [start, end) code-point offsets of each line (newline excluded), trigger spans are found inside the named
paragraph. Run from anywhere:
    python3 benchmarks/data/articles44/build_gold.py && python3 benchmarks/data/articles44/check_gold.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
import gold_216  # noqa: E402
import gold_217  # noqa: E402
import gold_218  # noqa: E402
import gold_219  # noqa: E402
import gold_220  # noqa: E402
from goldkit import build  # noqa: E402

FIRST_NUMBER = 216  # file and id numbering continues after the first forty-three sets (001-215)

ARTICLES = [gold_216.ARTICLE, gold_217.ARTICLE, gold_218.ARTICLE, gold_219.ARTICLE,
            gold_220.ARTICLE]

if __name__ == "__main__":
    build(HERE, ARTICLES, "team44.gold.json", id_prefix="team44", first_number=FIRST_NUMBER)
