#!/usr/bin/env python3
"""Write the sixty-second team-made article set's gold (team62.gold.json, ids team62-306 ... team62-310).

Each article's annotations live in its own module (gold_306.py ... gold_310.py), which reads the paragraphs
from the article's .txt file (one paragraph a line); ``benchmarks/data/goldkit.py`` rewrites the .txt files
from those paragraphs (byte-identical) and writes the gold, computing every offset (nothing is typed by hand):
para_spans are the [start, end) code-point offsets of each line (newline excluded), trigger spans are found
inside the named paragraph. Run from anywhere:
    python3 benchmarks/data/articles62/build_gold.py && python3 benchmarks/data/articles62/check_gold.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
import gold_306  # noqa: E402
import gold_307  # noqa: E402
import gold_308  # noqa: E402
import gold_309  # noqa: E402
import gold_310  # noqa: E402
from goldkit import build  # noqa: E402

FIRST_NUMBER = 306  # file and id numbering continues after the first sixty-one sets (001-305)

ARTICLES = [gold_306.ARTICLE, gold_307.ARTICLE, gold_308.ARTICLE,
            gold_309.ARTICLE, gold_310.ARTICLE]

if __name__ == "__main__":
    build(HERE, ARTICLES, "team62.gold.json", id_prefix="team62", first_number=FIRST_NUMBER)
