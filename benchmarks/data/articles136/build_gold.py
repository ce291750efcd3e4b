#!/usr/bin/env python3
"""Write the hundred-and-thirty-sixth team-made article set's gold (team136.gold.json, ids team136-676 ...
team136-680).

Each article's annotations live in its own module (gold_676.py ... gold_680.py), which reads the paragraphs
from the article's .txt file (one paragraph a line); ``benchmarks/data/goldkit.py`` rewrites the .txt files
from those paragraphs (byte-identical) and writes the gold, computing every offset (nothing is typed by hand):
para_spans are the [start, end) code-point offsets of each line (newline excluded), trigger spans are found
inside the named paragraph. Articles not written yet are skipped (the set was written one article at a time).
Run from anywhere:
    python3 benchmarks/data/articles136/build_gold.py && python3 benchmarks/data/articles136/check_gold.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
from goldkit import build, gold_articles  # noqa: E402

FIRST_NUMBER = 676  # file and id numbering continues after the first hundred and thirty-five sets (001-675)
NUMBERS = range(FIRST_NUMBER, FIRST_NUMBER + 5)


if __name__ == "__main__":
    build(HERE, gold_articles(HERE, NUMBERS), "team136.gold.json", id_prefix="team136",
          first_number=FIRST_NUMBER)
