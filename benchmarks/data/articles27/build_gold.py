#!/usr/bin/env python3
"""Write the twenty-seventh team-made article set's gold (team27.gold.json, ids team27-131 ... team27-135).

Each article's annotations live in its own module (gold_131.py ... gold_135.py), which reads the paragraphs from the
article's .txt file (one paragraph a line); ``benchmarks/data/goldkit.py`` rewrites the .txt files from those
paragraphs (byte-identical) and writes the gold, computing every offset (nothing is typed by hand): para_spans are
the [start, end) code-point offsets of each line (newline excluded), trigger spans are found inside the named
paragraph. Run from anywhere:
    python3 benchmarks/data/articles27/build_gold.py && python3 benchmarks/data/articles27/check_gold.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
import gold_131  # noqa: E402
import gold_132  # noqa: E402
import gold_133  # noqa: E402
import gold_134  # noqa: E402
import gold_135  # noqa: E402
from goldkit import build  # noqa: E402

FIRST_NUMBER = 131  # file and id numbering continues after the first twenty-six sets (001-130)

ARTICLES = [gold_131.ARTICLE, gold_132.ARTICLE, gold_133.ARTICLE, gold_134.ARTICLE,
            gold_135.ARTICLE]

if __name__ == "__main__":
    build(HERE, ARTICLES, "team27.gold.json", id_prefix="team27", first_number=FIRST_NUMBER)
