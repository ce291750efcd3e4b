"""A tiny CoNLL training file written by the tests (names and towns the team chose; no corpus text)."""

from __future__ import annotations

from pathlib import Path

PEOPLE = ["سامر", "نادر", "وسيم", "رامز", "فارس", "هاني", "باسم", "عامر"]
TOWNS = ["تلكلخ", "القصير", "الرستن", "سلمية", "مصياف", "جبلة", "بانياس", "صافيتا"]


def write_synthetic_conll(path: Path, *, people: int = 8, towns: int = 8, every: int = 3) -> None:
    """Two sentences («وصل PERS إلى LOC .», «غادر PERS بلدة LOC مساء») for every ``every``-th person/town pair."""
    rows: list[str] = []
    for i, p in enumerate(PEOPLE[:people]):
        for j, t in enumerate(TOWNS[:towns]):
            if (i + j) % every:
                continue
            rows += ["وصل O", f"{p} B-PERS", "إلى O", f"{t} B-LOC", ". O", ""]
            rows += ["غادر O", f"{p} B-PERS", "بلدة O", f"{t} B-LOC", "مساء O", ""]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")


def assert_numpy_matches_crfsuite(model: Path, doc: list[list[str]]) -> None:
    """The numpy/Cython scorer and crfsuite give a model the same spans on ``doc`` (scores within 1e-9)."""
    from marsad.ner.crf import CrfTagger

    fast, slow = CrfTagger(model, propagate=None), CrfTagger(model, propagate=None, numpy=False)
    a, b = fast.document_spans(doc), slow.document_spans(doc)
    assert [[s[:3] for s in x] for x in a] == [[s[:3] for s in x] for x in b]
    for x, y in zip(a, b, strict=True):
        for s, t in zip(x, y, strict=True):
            assert abs(s[3] - t[3]) < 1e-9
