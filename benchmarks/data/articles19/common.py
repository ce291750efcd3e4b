"""Shared bits of the nineteenth set's per-article gold modules (gold_091.py … gold_095.py): the article text is
read from its .txt file (one paragraph a line), the ACLED labels, and the goldkit helpers."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
_up = HERE
while not os.path.exists(os.path.join(_up, "goldkit.py")):  # benchmarks/data holds the shared goldkit
    _up = os.path.dirname(_up)
sys.path.insert(0, _up)
from goldkit import D, E  # noqa: E402,F401

AIR = ["Explosions/Remote violence/Air/drone strike"]
SHELL = ["Explosions/Remote violence/Shelling/artillery/missile attack"]
MINE = ["Explosions/Remote violence/Remote explosive/landmine/IED"]
CLASH = ["Battles/Armed clash"]
ATTACK = ["Violence against civilians/Attack"]
ABDUCTION = ["Violence against civilians/Abduction/forced disappearance"]
ARREST = ["Strategic developments/Arrests"]
PEACEFUL = ["Protests/Peaceful protest"]
RIOT = ["Riots/Violent demonstration"]
OTHER = ["Strategic developments/Other"]
AGREEMENT = ["Strategic developments/Agreement"]
DESTRUCTION = ["Strategic developments/Destruction of property"]
TRANSFER = ["Strategic developments/Non-violent transfer of territory"]


def paras_of(fname):
    """The paragraphs (lines) of an article file of this folder."""
    with open(os.path.join(HERE, fname), encoding="utf-8") as f:
        text = f.read()
    assert text.endswith("\n") and not text.endswith("\n\n"), fname
    return text.split("\n")[:-1]
