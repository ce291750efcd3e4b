#!/usr/bin/env python3
"""Write the forty-ninth team-made article set's gold (team49.gold.json, ids team49-241 ... team49-245).

Each article's annotations live in its own module (gold_241.py ... gold_245.py), which reads the paragraphs
from the article's .txt file (one paragraph a line); ``benchmarks/data/goldkit.py`` rewrites the .txt files
from those paragraphs (byte-identical) and writes the gold, computing every offset (nothing is typed by hand):
para_spans are the [start, end) code-point offsets of each line (newline excluded), trigger spans are found
inside the named paragraph. Run from anywhere:
    python3 benchmarks/data/articles49/build_gold.py && python3 benchmarks/data/articles49/check_gold.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
import gold_241  # noqa: E402
import gold_242  # noqa: E402
import gold_243  # noqa: E402
import gold_244  # noqa: E402
import gold_245  # noqa: E402
from goldkit import build  # noqa: E402

FIRST_NUMBER = 241  # file and id numbering continues after the first forty-eight sets (001-240)

ARTICLES = [gold_241.ARTICLE, gold_242.ARTICLE, gold_243.ARTICLE, gold_244.ARTICLE,
            gold_245.ARTICLE]

if __name__ == "__main__":
    build(HERE, ARTICLES, "team49.gold.json", id_prefix="team49", first_number=FIRST_NUMBER)
