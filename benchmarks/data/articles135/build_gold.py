#!/usr/bin/env python3
"""Write the hundred-and-thirty-fifth team-made article set's gold (team135.gold.json, ids team135-671 ...
team135-675).

Each article's annotations live in its own module (gold_671.py ... gold_675.py), which reads the paragraphs
from the article's .txt file (one paragraph a line); ``benchmarks/data/goldkit.py`` rewrites the .txt files
from those paragraphs (byte-identical) and writes the gold, computing every offset (nothing is typed by hand):
para_spans are the [start, end) code-point offsets of each line (newline excluded), trigger spans are found
inside the named paragraph. Articles not written yet are skipped (the set was written one article at a time).
Run from anywhere:
    python3 benchmarks/data/articles135/build_gold.py && python3 benchmarks/data/articles135/check_gold.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
from goldkit import build, gold_articles  # noqa: E402

FIRST_NUMBER = 671  # file and id numbering continues after the hundred and thirty-fourth set (001-670)
NUMBERS = range(FIRST_NUMBER, FIRST_NUMBER + 5)


if __name__ == "__main__":
    build(HERE, gold_articles(HERE, NUMBERS), "team135.gold.json", id_prefix="team135",
          first_number=FIRST_NUMBER)
