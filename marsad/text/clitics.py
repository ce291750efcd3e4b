"""Clitic segmentation (placeholder: no split) — replaced by the segmenter work."""

from __future__ import annotations


def segment(word: str) -> list[tuple[int, int]]:
    """Clitic segments of ``word`` as ``(start, end)`` offsets relative to the word."""
    return [(0, len(word))] if word else []
