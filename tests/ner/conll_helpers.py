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
