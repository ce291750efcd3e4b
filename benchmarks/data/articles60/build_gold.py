#!/usr/bin/env python3
"""Write the sixtieth team-made article set's gold (team60.gold.json, ids team60-296 ... team60-300).

Each article's annotations live in its own module (gold_296.py ... gold_300.py), which reads the paragraphs
from the article's .txt file (one paragraph a line); ``benchmarks/data/goldkit.py`` rewrites the .txt files
from those paragraphs (byte-identical) and writes the gold, computing every offset (nothing is typed by hand):
para_spans are the [start, end) code-point offsets of each line (newline excluded), trigger spans are found
inside the named paragraph. Run from anywhere:
    python3 benchmarks/data/articles60/build_gold.py && python3 benchmarks/data/articles60/check_gold.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
import gold_296  # noqa: E402
import gold_297  # noqa: E402
import gold_298  # noqa: E402
import gold_299  # noqa: E402
import gold_300  # noqa: E402
from goldkit import build  # noqa: E402

FIRST_NUMBER = 296  # file and id numbering continues after the first fifty-nine sets (001-295)

ARTICLES = [gold_296.ARTICLE, gold_297.ARTICLE, gold_298.ARTICLE,
            gold_299.ARTICLE, gold_300.ARTICLE]

if __name__ == "__main__":
    build(HERE, ARTICLES, "team60.gold.json", id_prefix="team60", first_number=FIRST_NUMBER)
