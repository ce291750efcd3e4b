#!/usr/bin/env python3
"""Write the twentieth team-made article set's gold (team20.gold.json, ids team20-096 ... team20-100).

Each article's annotations live in its own module (gold_096.py ... gold_100.py), which reads the paragraphs from the
article's .txt file (one paragraph a line); ``benchmarks/data/goldkit.py`` rewrites the .txt files from those
paragraphs (byte-identical) and writes the gold, computing every offset (nothing is typed by hand): para_spans are
the [start, end) code-point offsets of each line (newline excluded), trigger spans are found inside the named
paragraph. Run from anywhere:
    python3 benchmarks/data/articles20/build_gold.py && python3 benchmarks/data/articles20/check_gold.py
"""
import importlib
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import common  # noqa: E402,F401  (puts benchmarks/data, home of goldkit.py, on the path)
from goldkit import build  # noqa: E402

FIRST_NUMBER = 96  # file and id numbering continues after the first nineteen sets (001-095)
MODULES = ["gold_096", "gold_097", "gold_098", "gold_099", "gold_100"]

ARTICLES = [importlib.import_module(m).ARTICLE for m in MODULES
            if os.path.exists(os.path.join(HERE, m + ".py"))]

if __name__ == "__main__":
    build(HERE, ARTICLES, "team20.gold.json", id_prefix="team20", first_number=FIRST_NUMBER)
