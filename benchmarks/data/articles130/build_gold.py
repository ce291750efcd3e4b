#!/usr/bin/env python3
"""Write the hundred-and-thirtieth team-made article set's gold (team130.gold.json, ids team130-646 ...
team130-650).

Each article's annotations live in its own module (gold_646.py ... gold_650.py), which reads the paragraphs
from the article's .txt file (one paragraph a line); ``benchmarks/data/goldkit.py`` rewrites the .txt files
from those paragraphs (byte-identical) and writes the gold, computing every offset (nothing is typed by hand):
para_spans are the [start, end) code-point offsets of each line (newline excluded), trigger spans are found
inside the named paragraph. Articles not written yet are skipped (the set was written one article at a time).
Run from anywhere:
    python3 benchmarks/data/articles130/build_gold.py && python3 benchmarks/data/articles130/check_gold.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
from goldkit import build, gold_articles  # noqa: E402

FIRST_NUMBER = 646  # file and id numbering continues after the first hundred and twenty-nine sets (001-645)
NUMBERS = range(FIRST_NUMBER, FIRST_NUMBER + 5)


if __name__ == "__main__":
    build(HERE, gold_articles(HERE, NUMBERS), "team130.gold.json", id_prefix="team130",
          first_number=FIRST_NUMBER)
