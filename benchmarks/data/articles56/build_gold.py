#!/usr/bin/env python3
"""Write the fifty-sixth team-made article set's gold (team56.gold.json, ids team56-276 ... team56-280).

Each article's annotations live in its own module (gold_276.py ... gold_280.py), which reads the paragraphs
from the article's .txt file (one paragraph a line); ``benchmarks/data/goldkit.py`` rewrites the .txt files
from those paragraphs (byte-identical) and writes the gold, computing every offset (nothing is typed by hand):
para_spans are the [start, end) code-point offsets of each line (newline excluded), trigger spans are found
inside the named paragraph. Run from anywhere:
    python3 benchmarks/data/articles56/build_gold.py && python3 benchmarks/data/articles56/check_gold.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
import gold_276  # noqa: E402
import gold_277  # noqa: E402
import gold_278  # noqa: E402
import gold_279  # noqa: E402
import gold_280  # noqa: E402
from goldkit import build  # noqa: E402

FIRST_NUMBER = 276  # file and id numbering continues after the first fifty-five sets (001-275)

ARTICLES = [gold_276.ARTICLE, gold_277.ARTICLE, gold_278.ARTICLE,
            gold_279.ARTICLE, gold_280.ARTICLE]

if __name__ == "__main__":
    build(HERE, ARTICLES, "team56.gold.json", id_prefix="team56", first_number=FIRST_NUMBER)
