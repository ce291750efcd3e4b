#!/usr/bin/env python3
"""Write the fifty-fourth team-made article set's gold (team54.gold.json, ids team54-266 ... team54-270).

Each article's annotations live in its own module (gold_266.py ... gold_270.py), which reads the paragraphs
from the article's .txt file (one paragraph a line); ``benchmarks/data/goldkit.py`` rewrites the .txt files
from those paragraphs (byte-identical) and writes the gold, computing every offset (nothing is typed by hand):
para_spans are the [start, end) code-point offsets of each line (newline excluded), trigger spans are found
inside the named paragraph. Run from anywhere:
    python3 benchmarks/data/articles54/build_gold.py && python3 benchmarks/data/articles54/check_gold.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
import gold_266  # noqa: E402
import gold_267  # noqa: E402
import gold_268  # noqa: E402
import gold_269  # noqa: E402
import gold_270  # noqa: E402
from goldkit import build  # noqa: E402

FIRST_NUMBER = 266  # file and id numbering continues after the first fifty-three sets (001-265)

ARTICLES = [gold_266.ARTICLE, gold_267.ARTICLE, gold_268.ARTICLE,
            gold_269.ARTICLE, gold_270.ARTICLE]

if __name__ == "__main__":
    build(HERE, ARTICLES, "team54.gold.json", id_prefix="team54", first_number=FIRST_NUMBER)
