#!/usr/bin/env python3
"""Write the forty-sixth team-made article set's gold (team46.gold.json, ids team46-226 ... team46-230).

Each article's annotations live in its own module (gold_226.py ... gold_230.py), which reads the paragraphs from the
article's .txt file (one paragraph a line); ``benchmarks/data/goldkit.py`` rewrites the .txt files from those
paragraphs (byte-identical) and writes the gold, computing every offset (nothing is typed by hand): para_spans are
the [start, end) code-point offsets of each line (newline excluded), trigger spans are found inside the named
paragraph. Run from anywhere:
    python3 benchmarks/data/articles46/build_gold.py && python3 benchmarks/data/articles46/check_gold.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
import gold_226  # noqa: E402
import gold_227  # noqa: E402
import gold_228  # noqa: E402
import gold_229  # noqa: E402
import gold_230  # noqa: E402
from goldkit import build  # noqa: E402

FIRST_NUMBER = 226  # file and id numbering continues after the first forty-five sets (001-225)

ARTICLES = [gold_226.ARTICLE, gold_227.ARTICLE, gold_228.ARTICLE, gold_229.ARTICLE, gold_230.ARTICLE]

if __name__ == "__main__":
    build(HERE, ARTICLES, "team46.gold.json", id_prefix="team46", first_number=FIRST_NUMBER)
