#!/usr/bin/env python3
"""Write the fifty-seventh team-made article set's gold (team57.gold.json, ids team57-281 ... team57-285).

Each article's annotations live in its own module (gold_281.py ... gold_285.py), which reads the paragraphs
from the article's .txt file (one paragraph a line); ``benchmarks/data/goldkit.py`` rewrites the .txt files
from those paragraphs (byte-identical) and writes the gold, computing every offset (nothing is typed by hand):
para_spans are the [start, end) code-point offsets of each line (newline excluded), trigger spans are found
inside the named paragraph. Run from anywhere:
    python3 benchmarks/data/articles57/build_gold.py && python3 benchmarks/data/articles57/check_gold.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
import gold_281  # noqa: E402
import gold_282  # noqa: E402
import gold_283  # noqa: E402
import gold_284  # noqa: E402
import gold_285  # noqa: E402
from goldkit import build  # noqa: E402

FIRST_NUMBER = 281  # file and id numbering continues after the first fifty-six sets (001-280)

ARTICLES = [gold_281.ARTICLE, gold_282.ARTICLE, gold_283.ARTICLE,
            gold_284.ARTICLE, gold_285.ARTICLE]

if __name__ == "__main__":
    build(HERE, ARTICLES, "team57.gold.json", id_prefix="team57", first_number=FIRST_NUMBER)
