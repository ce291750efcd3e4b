#!/usr/bin/env python3
"""Write the fifty-ninth team-made article set's gold (team59.gold.json, ids team59-291 ... team59-295).

Each article's annotations live in its own module (gold_291.py ... gold_295.py), which reads the paragraphs
from the article's .txt file (one paragraph a line); ``benchmarks/data/goldkit.py`` rewrites the .txt files
from those paragraphs (byte-identical) and writes the gold, computing every offset (nothing is typed by hand):
para_spans are the [start, end) code-point offsets of each line (newline excluded), trigger spans are found
inside the named paragraph. Run from anywhere:
    python3 benchmarks/data/articles59/build_gold.py && python3 benchmarks/data/articles59/check_gold.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
import gold_291  # noqa: E402
import gold_292  # noqa: E402
import gold_293  # noqa: E402
import gold_294  # noqa: E402
import gold_295  # noqa: E402
from goldkit import build  # noqa: E402

FIRST_NUMBER = 291  # file and id numbering continues after the first fifty-eight sets (001-290)

ARTICLES = [gold_291.ARTICLE, gold_292.ARTICLE, gold_293.ARTICLE,
            gold_294.ARTICLE, gold_295.ARTICLE]

if __name__ == "__main__":
    build(HERE, ARTICLES, "team59.gold.json", id_prefix="team59", first_number=FIRST_NUMBER)
