#!/usr/bin/env python3
"""Write the forty-seventh team-made article set's gold (team47.gold.json, ids team47-231 ... team47-235).

Each article's annotations live in its own module (gold_231.py ... gold_235.py), which reads the paragraphs from the
article's .txt file (one paragraph a line); ``benchmarks/data/goldkit.py`` rewrites the .txt files from those
paragraphs (byte-identical) and writes the gold, computing every offset (nothing is typed by hand): para_spans are
the [start, end) code-point offsets of each line (newline excluded), trigger spans are found inside the named
paragraph. Run from anywhere:
    python3 benchmarks/data/articles47/build_gold.py && python3 benchmarks/data/articles47/check_gold.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
import gold_231  # noqa: E402
import gold_232  # noqa: E402
import gold_233  # noqa: E402
import gold_234  # noqa: E402
import gold_235  # noqa: E402
from goldkit import build  # noqa: E402

FIRST_NUMBER = 231  # file and id numbering continues after the first forty-six sets (001-230)

ARTICLES = [gold_231.ARTICLE, gold_232.ARTICLE, gold_233.ARTICLE, gold_234.ARTICLE,
            gold_235.ARTICLE]

if __name__ == "__main__":
    build(HERE, ARTICLES, "team47.gold.json", id_prefix="team47", first_number=FIRST_NUMBER)
