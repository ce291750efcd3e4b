"""The hand-written ``first_names`` list (lexicon mark ``first``, session 7).

All Arabic words here were written for these tests.
"""

from __future__ import annotations

from marsad.ner.features import load_cue_lexicon
from marsad.resources import load_json
from marsad.text.normalize import norm


def _marks(words: list[str]) -> list[set[str]]:
    return [set(m) for m in load_cue_lexicon().match([norm(w) for w in words])]


def test_foreign_and_arab_given_names_are_marked_with_or_without_clitics() -> None:
    marks = _marks(["وقال", "جيمس", "الحلبي", "ولقي", "وفرانسوا", "ورانيا", "وهيثم"])
    assert marks[0] == {"speech:B"}
    assert marks[1] == {"first:B"} and marks[2] == set()
    assert "first:B" in marks[4] and "first:B" in marks[5] and "first:B" in marks[6]


def test_compound_given_names_are_one_phrase() -> None:
    marks = _marks(["التقى", "عبد", "الحميد", "وزين", "الدين", "أمس"])
    assert marks[1] == {"first:B"} and marks[2] == {"first:I"}
    assert marks[3] == {"first:B"} and marks[4] == {"first:I"}
    assert marks[5] == set()


def test_names_that_normalise_to_common_words_are_left_out() -> None:
    # آلان / آنا normalise to الآن / أنا ("now", "I"); no given name may collide with a cue word or place
    assert not any("first:B" in m for m in _marks(["الآن", "أنا", "الأمين", "سلام", "والإيمان"]))
    data = load_json("ner", "cues.json")
    first = {norm(w) for w in data["first_names"]}
    others = {norm(w) for key in ("countries", "cities", "organisations", "person_titles", "speech_verbs")
              for w in data[key]}
    assert not first & others
