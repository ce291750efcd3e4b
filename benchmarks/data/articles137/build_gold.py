#!/usr/bin/env python3
"""Write the hundred-and-thirty-seventh team-made article set's gold (team137.gold.json, ids team137-681 ...
team137-685).

Each article's annotations live in its own module (gold_681.py ... gold_685.py), which reads the paragraphs
from the article's .txt file (one paragraph a line); ``benchmarks/data/goldkit.py`` rewrites the .txt files
from those paragraphs (byte-identical) and writes the gold, computing every offset (nothing is typed by hand):
para_spans are the [start, end) code-point offsets of each line (newline excluded), trigger spans are found
inside the named paragraph. Articles not written yet are skipped (the set was written one article at a time).
Run from anywhere:
    python3 benchmarks/data/articles137/build_gold.py && python3 benchmarks/data/articles137/check_gold.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
from goldkit import build, gold_articles  # noqa: E402

FIRST_NUMBER = 681  # file and id numbering continues after the hundred and thirty-sixth set (001-680)
NUMBERS = range(FIRST_NUMBER, FIRST_NUMBER + 5)


if __name__ == "__main__":
    build(HERE, gold_articles(HERE, NUMBERS), "team137.gold.json", id_prefix="team137",
          first_number=FIRST_NUMBER)
