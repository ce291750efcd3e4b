"""Shared bits of the hundred-and-thirty-seventh set's per-article gold modules (gold_681.py … gold_685.py):
the article text is read from its .txt file (one paragraph a line), the ACLED labels, and the goldkit
helpers (all in ``../goldkit.py``)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
import goldkit  # noqa: E402
from goldkit import *  # noqa: E402, F403  (the ACLED labels, D, E …: goldkit.__all__)


def paras_of(fname):
    """The paragraphs (lines) of an article file of this folder."""
    return goldkit.paras_of(HERE, fname)
