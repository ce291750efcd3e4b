#!/usr/bin/env python3
"""Write the fifty-eighth team-made article set's gold (team58.gold.json, ids team58-286 ... team58-290).

Each article's annotations live in its own module (gold_286.py ... gold_290.py), which reads the paragraphs
from the article's .txt file (one paragraph a line); ``benchmarks/data/goldkit.py`` rewrites the .txt files
from those paragraphs (byte-identical) and writes the gold, computing every offset (nothing is typed by hand):
para_spans are the [start, end) code-point offsets of each line (newline excluded), trigger spans are found
inside the named paragraph. Run from anywhere:
    python3 benchmarks/data/articles58/build_gold.py && python3 benchmarks/data/articles58/check_gold.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
import gold_286  # noqa: E402
import gold_287  # noqa: E402
import gold_288  # noqa: E402
import gold_289  # noqa: E402
import gold_290  # noqa: E402
from goldkit import build  # noqa: E402

FIRST_NUMBER = 286  # file and id numbering continues after the first fifty-seven sets (001-285)

ARTICLES = [gold_286.ARTICLE, gold_287.ARTICLE, gold_288.ARTICLE,
            gold_289.ARTICLE, gold_290.ARTICLE]

if __name__ == "__main__":
    build(HERE, ARTICLES, "team58.gold.json", id_prefix="team58", first_number=FIRST_NUMBER)
