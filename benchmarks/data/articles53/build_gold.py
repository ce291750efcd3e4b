#!/usr/bin/env python3
"""Write the fifty-third team-made article set's gold (team53.gold.json, ids team53-261 ... team53-265).

Each article's annotations live in its own module (gold_261.py ... gold_265.py), which reads the paragraphs
from the article's .txt file (one paragraph a line); ``benchmarks/data/goldkit.py`` rewrites the .txt files
from those paragraphs (byte-identical) and writes the gold, computing every offset (nothing is typed by hand):
para_spans are the [start, end) code-point offsets of each line (newline excluded), trigger spans are found
inside the named paragraph. Run from anywhere:
    python3 benchmarks/data/articles53/build_gold.py && python3 benchmarks/data/articles53/check_gold.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
import gold_261  # noqa: E402
import gold_262  # noqa: E402
import gold_263  # noqa: E402
import gold_264  # noqa: E402
import gold_265  # noqa: E402
from goldkit import build  # noqa: E402

FIRST_NUMBER = 261  # file and id numbering continues after the first fifty-two sets (001-260)

ARTICLES = [gold_261.ARTICLE, gold_262.ARTICLE, gold_263.ARTICLE,
            gold_264.ARTICLE, gold_265.ARTICLE]

if __name__ == "__main__":
    build(HERE, ARTICLES, "team53.gold.json", id_prefix="team53", first_number=FIRST_NUMBER)
