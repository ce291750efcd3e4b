"""Shared bits of the forty-ninth set's per-article gold modules (gold_241.py … gold_245.py): the article text
is read from its .txt file (one paragraph a line), the ACLED labels, and the goldkit helpers (all in
``../goldkit.py``), plus two ACLED sub-event types that goldkit does not list (a suicide car bomb, a takeover
by fighting)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
import goldkit  # noqa: E402
from goldkit import *  # noqa: E402, F403  (the ACLED labels, D, E …: goldkit.__all__)

#: ACLED sub-event types used by this set beyond goldkit's list (``check_gold.py`` accepts them)
SUICIDE = ["Explosions/Remote violence/Suicide bomb"]
OVERTAKE = ["Battles/Non-state actor overtakes territory"]


def paras_of(fname):
    """The paragraphs (lines) of an article file of this folder."""
    return goldkit.paras_of(HERE, fname)
