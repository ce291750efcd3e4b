"""Shared bits of the eighteenth set's per-article gold modules (gold_086.py … gold_090.py): the article text is
read from its .txt file (one paragraph a line), the ACLED labels, and the goldkit helpers."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
from goldkit import D, E  # noqa: E402,F401

AIR = ["Explosions/Remote violence/Air/drone strike"]
SHELL = ["Explosions/Remote violence/Shelling/artillery/missile attack"]
MINE = ["Explosions/Remote violence/Remote explosive/landmine/IED"]
CLASH = ["Battles/Armed clash"]
ATTACK = ["Violence against civilians/Attack"]
ABDUCTION = ["Violence against civilians/Abduction/forced disappearance"]
ARREST = ["Strategic developments/Arrests"]
PEACEFUL = ["Protests/Peaceful protest"]
EXCESSIVE = ["Protests/Excessive force against protesters"]
OTHER = ["Strategic developments/Other"]
AGREEMENT = ["Strategic developments/Agreement"]
DESTRUCTION = ["Strategic developments/Destruction of property"]
TRANSFER = ["Strategic developments/Non-violent transfer of territory"]
HQ = ["Strategic developments/Headquarters or base established"]


def paras_of(fname):
    """The paragraphs (lines) of an article file of this folder."""
    with open(os.path.join(HERE, fname), encoding="utf-8") as f:
        text = f.read()
    assert text.endswith("\n") and not text.endswith("\n\n"), fname
    return text.split("\n")[:-1]
