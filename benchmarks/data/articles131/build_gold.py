#!/usr/bin/env python3
"""Write the hundred-and-thirty-first team-made article set's gold (team131.gold.json, ids team131-651 ...
team131-655).

Each article's annotations live in its own module (gold_651.py ... gold_655.py), which reads the paragraphs
from the article's .txt file (one paragraph a line); ``benchmarks/data/goldkit.py`` rewrites the .txt files
from those paragraphs (byte-identical) and writes the gold, computing every offset (nothing is typed by hand):
para_spans are the [start, end) code-point offsets of each line (newline excluded), trigger spans are found
inside the named paragraph. Articles not written yet are skipped (the set was written one article at a time).
Run from anywhere:
    python3 benchmarks/data/articles131/build_gold.py && python3 benchmarks/data/articles131/check_gold.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
from goldkit import build, gold_articles  # noqa: E402

FIRST_NUMBER = 651  # file and id numbering continues after the hundred and thirtieth set (001-650)
NUMBERS = range(FIRST_NUMBER, FIRST_NUMBER + 5)


if __name__ == "__main__":
    build(HERE, gold_articles(HERE, NUMBERS), "team131.gold.json", id_prefix="team131",
          first_number=FIRST_NUMBER)
