#!/usr/bin/env python3
"""Write the hundred-and-eighteenth team-made article set's gold (team118.gold.json, ids team118-586 ...
team118-590).

Each article's annotations live in its own module (gold_586.py ... gold_590.py), which reads the paragraphs
from the article's .txt file (one paragraph a line); ``benchmarks/data/goldkit.py`` rewrites the .txt files
from those paragraphs (byte-identical) and writes the gold, computing every offset (nothing is typed by hand):
para_spans are the [start, end) code-point offsets of each line (newline excluded), trigger spans are found
inside the named paragraph. Articles not written yet are skipped (the set was written one article at a time).
Run from anywhere:
    python3 benchmarks/data/articles118/build_gold.py && python3 benchmarks/data/articles118/check_gold.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
from goldkit import build, gold_articles  # noqa: E402

FIRST_NUMBER = 586  # file and id numbering continues after the first hundred and seventeen sets (001-585)
NUMBERS = range(FIRST_NUMBER, FIRST_NUMBER + 5)


if __name__ == "__main__":
    build(HERE, gold_articles(HERE, NUMBERS), "team118.gold.json", id_prefix="team118",
          first_number=FIRST_NUMBER)
