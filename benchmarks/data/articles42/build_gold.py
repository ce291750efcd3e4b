#!/usr/bin/env python3
"""Write the forty-second team-made article set's gold (team42.gold.json, ids team42-206 ... team42-210).

Each article's annotations live in its own module (gold_206.py ... gold_210.py), which reads the paragraphs from the
article's .txt file (one paragraph a line); ``benchmarks/data/goldkit.py`` rewrites the .txt files from those
paragraphs (byte-identical) and writes the gold, computing every offset (nothing is typed by hand): para_spans are
the [start, end) code-point offsets of each line (newline excluded), trigger spans are found inside the named
paragraph. Run from anywhere:
    python3 benchmarks/data/articles42/build_gold.py && python3 benchmarks/data/articles42/check_gold.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
import gold_206  # noqa: E402
import gold_207  # noqa: E402
import gold_208  # noqa: E402
import gold_209  # noqa: E402
import gold_210  # noqa: E402
from goldkit import build  # noqa: E402

FIRST_NUMBER = 206  # file and id numbering continues after the first forty-one sets (001-205)

ARTICLES = [gold_206.ARTICLE, gold_207.ARTICLE, gold_208.ARTICLE, gold_209.ARTICLE, gold_210.ARTICLE]

if __name__ == "__main__":
    build(HERE, ARTICLES, "team42.gold.json", id_prefix="team42", first_number=FIRST_NUMBER)
