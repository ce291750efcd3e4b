#!/usr/bin/env python3
"""Write the fifty-first team-made article set's gold (team51.gold.json, ids team51-251 ... team51-255).

Each article's annotations live in its own module (gold_251.py ... gold_255.py), which reads the paragraphs
from the article's .txt file (one paragraph a line); ``benchmarks/data/goldkit.py`` rewrites the .txt files
from those paragraphs (byte-identical) and writes the gold, computing every offset (nothing is typed by hand):
para_spans are the [start, end) code-point offsets of each line (newline excluded), trigger spans are found
inside the named paragraph. Run from anywhere:
    python3 benchmarks/data/articles51/build_gold.py && python3 benchmarks/data/articles51/check_gold.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
import gold_251  # noqa: E402
import gold_252  # noqa: E402
import gold_253  # noqa: E402
import gold_254  # noqa: E402
import gold_255  # noqa: E402
from goldkit import build  # noqa: E402

FIRST_NUMBER = 251  # file and id numbering continues after the first fifty sets (001-250)

ARTICLES = [gold_251.ARTICLE, gold_252.ARTICLE, gold_253.ARTICLE, gold_254.ARTICLE,
            gold_255.ARTICLE]

if __name__ == "__main__":
    build(HERE, ARTICLES, "team51.gold.json", id_prefix="team51", first_number=FIRST_NUMBER)
