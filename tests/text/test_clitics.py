"""Tests for marsad.text.clitics (clitic segmentation)."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.resources import resource_path
from marsad.text.clitics import candidates, cuts_to_segments, read_name_words, segment, segment_line
from marsad.text.normalize import norm

REPO = Path(__file__).resolve().parents[2]
PUD = REPO.parent / "shared" / "data" / "ud_arabic_pud" / "ar_pud-ud-test.conllu"

_LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآؤئةى"
_MARKS = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0640"


def _parts(word: str) -> list[str]:
    return [word[a:b] for a, b in segment(word)]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_LETTERS + _MARKS, min_size=0, max_size=14))
def test_segments_concatenate_to_the_word(word: str) -> None:
    segs = segment(word)
    assert "".join(word[a:b] for a, b in segs) == word
    if word:
        assert segs[0][0] == 0 and segs[-1][1] == len(word)
        assert all(a < b for a, b in segs)
        assert all(x[1] == y[0] for x, y in itertools.pairwise(segs))
        # a diacritic never starts a segment after the first
        assert all(word[a] not in _MARKS[:-1] for a, _ in segs[1:])


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("والتقى", ["و", "التقى"]),
        ("بمخيم", ["ب", "مخيم"]),
        ("لمقاتليه", ["ل", "مقاتلي", "ه"]),
        ("نشرتها", ["نشرت", "ها"]),
        ("سيزور", ["س", "يزور"]),
        ("وقصفت", ["و", "قصفت"]),
        ("للحكومة", ["ل", "لحكومة"]),
        ("للمجلس", ["ل", "لمجلس"]),
        ("ولدى", ["و", "لدى"]),
        ("الدولي", ["الدولي"]),
        ("لـ", ["لـ"]),
        ("الأهمـ", ["الأهم", "ـ"]),
        ("بالقرب", ["ب", "القرب"]),
        ("مقاتليهم", ["مقاتلي", "هم"]),
        ("فإن", ["ف", "إن"]),
    ],
)
def test_typical_words(word: str, expected: list[str]) -> None:
    assert _parts(word) == expected


@pytest.mark.parametrize(
    "name",
    ["يلدا", "ببيلا", "بيت", "سحم", "بيروت", "بغداد", "فلسطين", "لبنان", "كفرنبل", "دمشق", "حلب", "الرقة"],
)
def test_names_are_not_split(name: str) -> None:
    assert _parts(name) == [name]


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("وبيروت", ["و", "بيروت"]),
        ("لبغداد", ["ل", "بغداد"]),
        ("وببيلا", ["و", "ببيلا"]),
        ("بكفرنبل", ["ب", "كفرنبل"]),
    ],
)
def test_proclitic_before_a_name(word: str, expected: list[str]) -> None:
    assert _parts(word) == expected


def _listed(name: str) -> list[str]:
    return read_name_words(resource_path("clitics", name))


@pytest.mark.parametrize("listfile", ["names.txt", "places.txt"])
def test_every_listed_name_stays_whole(listfile: str) -> None:
    wrong = [w for w in _listed(listfile) if len(segment(w)) != 1]
    assert wrong == []


def test_proclitic_plus_listed_name_splits_before_the_name_only() -> None:
    listed = {norm(w) for f in ("names.txt", "places.txt") for w in _listed(f)}
    wrong = []
    for w in _listed("names.txt"):
        for p in ("و", "ب", "ل", "وب"):
            if norm(p + w) in listed:
                continue  # بابل، لبنان: the prefixed form is a name itself
            parts = _parts(p + w)
            if parts != [*p, w]:
                wrong.append("+".join(parts))
    assert wrong == []


def test_diacritics_stay_with_their_letter() -> None:
    word = "وَالتَقَى"
    parts = _parts(word)
    assert "".join(parts) == word
    assert parts[0] == "وَ"


def test_empty_and_non_arabic() -> None:
    assert segment("") == []
    assert segment("abc") == [(0, 3)]


def test_candidates_follow_the_clitic_grammar() -> None:
    cands = candidates("وبمخيمهم")
    assert () in cands
    assert (1, 2, 6) in cands  # و+ب+مخيم+هم
    assert all(c == tuple(sorted(c)) and (not c or c[0] > 0) for c in cands)


def test_cuts_to_segments() -> None:
    assert cuts_to_segments("abcd", [3, 1, 1, 0, 4]) == [(0, 1), (1, 3), (3, 4)]


def test_segment_line_keeps_everything_but_words() -> None:
    line = "قال: «والتقى»  12/3 ABC نشرتها."
    out = segment_line(line)
    assert out == "قال: «و+التقى»  12/3 ABC نشرت+ها."
    assert out.replace("+", "") == line


def test_segment_line_empty() -> None:
    assert segment_line("") == ""


@pytest.mark.slow
def test_accuracy_on_held_out_pud() -> None:
    if not PUD.exists():
        pytest.skip("../shared/data/ud_arabic_pud not available")
    import sys

    sys.path.insert(0, str(REPO / "benchmarks"))
    try:
        from segment_pud import evaluate

        from marsad.text.clitics_train import read_pud
    finally:
        sys.path.pop(0)
    sents = read_pud(PUD)[700:]
    res = evaluate(sents, [segment_line(t) for t, _ in sents])
    assert res["accuracy"] >= 0.96
    assert res["accuracy"] > res["baseline"]
