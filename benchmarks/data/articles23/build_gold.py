#!/usr/bin/env python3
"""Write the twenty-third team-made article set's gold (team23.gold.json, ids team23-111 ... team23-115).

Each article's annotations live in its own module (gold_111.py ... gold_115.py), which reads the paragraphs from the
article's .txt file (one paragraph a line); ``benchmarks/data/goldkit.py`` rewrites the .txt files from those
paragraphs (byte-identical) and writes the gold, computing every offset (nothing is typed by hand): para_spans are
the [start, end) code-point offsets of each line (newline excluded), trigger spans are found inside the named
paragraph. Run from anywhere:
    python3 benchmarks/data/articles23/build_gold.py && python3 benchmarks/data/articles23/check_gold.py
"""
import importlib
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import common  # noqa: E402,F401  (puts benchmarks/data, home of goldkit.py, on the path)
from goldkit import build  # noqa: E402

FIRST_NUMBER = 111  # file and id numbering continues after the first twenty-two sets (001-110)
MODULES = ["gold_111", "gold_112", "gold_113", "gold_114", "gold_115"]

ARTICLES = [importlib.import_module(m).ARTICLE for m in MODULES
            if os.path.exists(os.path.join(HERE, m + ".py"))]

if __name__ == "__main__":
    build(HERE, ARTICLES, "team23.gold.json", id_prefix="team23", first_number=FIRST_NUMBER)
