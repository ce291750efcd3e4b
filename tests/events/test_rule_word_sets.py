"""The rule modules' word sets in ``resources/events/words.json``: each is read by the constant it is named after, none
is empty, and none is left unread."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import marsad.events
from marsad.events.lexicon import word_set
from marsad.resources import load_json

WORDS = {k: v for k, v in load_json("events", "words.json").items() if not k.startswith("_")}
EVENTS = Path(marsad.events.__file__).parent


@pytest.mark.parametrize("module", sorted(WORDS))
def test_every_word_set_is_read_by_its_constant(module):
    source = (EVENTS / f"{module}.py").read_text(encoding="utf-8")
    for name, forms in WORDS[module].items():
        assert forms, (module, name)
        assert re.search(rf'^{re.escape(name)} = word_set\("{module}", "{name}"\)$', source, re.M), (module, name)
        assert word_set(module, name), (module, name)


def test_an_unknown_word_set_is_an_error():
    with pytest.raises(KeyError):
        word_set("frames", "_NO_SUCH_SET")
