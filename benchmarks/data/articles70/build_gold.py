#!/usr/bin/env python3
"""Write the seventieth team-made article set's gold (team70.gold.json, ids team70-346 ... team70-350).

Each article's annotations live in its own module (gold_346.py ... gold_350.py), which reads the paragraphs
from the article's .txt file (one paragraph a line); ``benchmarks/data/goldkit.py`` rewrites the .txt files
from those paragraphs (byte-identical) and writes the gold, computing every offset (nothing is typed by hand):
para_spans are the [start, end) code-point offsets of each line (newline excluded), trigger spans are found
inside the named paragraph. Articles not written yet are skipped (the set was written one article at a time).
Run from anywhere:
    python3 benchmarks/data/articles70/build_gold.py && python3 benchmarks/data/articles70/check_gold.py
"""
import importlib
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
from goldkit import build  # noqa: E402

FIRST_NUMBER = 346  # file and id numbering continues after the first sixty-nine sets (001-345)
NUMBERS = range(FIRST_NUMBER, FIRST_NUMBER + 5)


def articles():
    """The ARTICLE of every gold module present, in order; stops at the first one missing."""
    out = []
    for n in NUMBERS:
        if not os.path.exists(os.path.join(HERE, f"gold_{n}.py")):
            break
        out.append(importlib.import_module(f"gold_{n}").ARTICLE)
    return out


if __name__ == "__main__":
    build(HERE, articles(), "team70.gold.json", id_prefix="team70", first_number=FIRST_NUMBER)
