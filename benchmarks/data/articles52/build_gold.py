#!/usr/bin/env python3
"""Write the fifty-second team-made article set's gold (team52.gold.json, ids team52-256 ... team52-260).

Each article's annotations live in its own module (gold_256.py ... gold_260.py), which reads the paragraphs
from the article's .txt file (one paragraph a line); ``benchmarks/data/goldkit.py`` rewrites the .txt files
from those paragraphs (byte-identical) and writes the gold, computing every offset (nothing is typed by hand):
para_spans are the [start, end) code-point offsets of each line (newline excluded), trigger spans are found
inside the named paragraph. Run from anywhere:
    python3 benchmarks/data/articles52/build_gold.py && python3 benchmarks/data/articles52/check_gold.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
import gold_256  # noqa: E402
import gold_257  # noqa: E402
import gold_258  # noqa: E402
import gold_259  # noqa: E402
import gold_260  # noqa: E402
from goldkit import build  # noqa: E402

FIRST_NUMBER = 256  # file and id numbering continues after the first fifty-one sets (001-255)

ARTICLES = [gold_256.ARTICLE, gold_257.ARTICLE, gold_258.ARTICLE,
            gold_259.ARTICLE, gold_260.ARTICLE]

if __name__ == "__main__":
    build(HERE, ARTICLES, "team52.gold.json", id_prefix="team52", first_number=FIRST_NUMBER)
