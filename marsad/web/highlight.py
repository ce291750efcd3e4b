"""Cut an article's text into highlighted pieces from stand-off spans.

The HTML is never assembled from strings here: the result is a list of
:class:`Piece` records (plain text plus CSS classes and a hover title) that the
template renders with autoescaping, so every character of the article,
including ``<``, quotes and scraped ``<script>`` tags, reaches the page as text.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any


@dataclass(frozen=True, slots=True)
class Span:
    """A highlight request: ``text[start:end]`` gets ``cls`` and ``title`` (hover text)."""

    start: int
    end: int
    cls: str
    title: str = ""
    data: tuple[tuple[str, str], ...] = ()


@dataclass(slots=True)
class Piece:
    """A run of text covered by the same set of spans."""

    start: int
    end: int
    text: str
    classes: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    data: dict[str, str] = field(default_factory=dict)

    @property
    def cls(self) -> str:
        """The space-separated CSS classes."""
        return " ".join(self.classes)

    @property
    def title(self) -> str:
        """The hover text (all covering spans, one per line)."""
        return "\n".join(t for t in self.titles if t)

    def to_dict(self) -> dict[str, Any]:
        """JSON form."""
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "classes": self.classes,
            "title": self.title,
        }


def pieces(text: str, spans: Iterable[Span], *, start: int = 0, end: int | None = None) -> list[Piece]:
    """Split ``text[start:end]`` at every span boundary.

    Args:
        text: the untouched article text.
        spans: highlight spans; those outside the window or empty are ignored, overlaps nest.
        start: first character of the window.
        end: end of the window (default: the end of the text).

    Returns:
        Consecutive pieces whose texts concatenate to ``text[start:end]``.
    """
    stop = len(text) if end is None else min(end, len(text))
    live = [s for s in spans if s.end > s.start and s.end > start and s.start < stop]
    cuts = {start, stop}
    for s in live:
        cuts.add(max(s.start, start))
        cuts.add(min(s.end, stop))
    bounds = sorted(cuts)
    out: list[Piece] = []
    for a, b in pairwise(bounds):
        if b <= a:
            continue
        cover = [s for s in live if s.start <= a and s.end >= b]
        # longer spans first so that the innermost (shortest) class wins in CSS order
        cover.sort(key=lambda s: (-(s.end - s.start), s.cls))
        piece = Piece(a, b, text[a:b])
        for s in cover:
            for c in s.cls.split():
                if c not in piece.classes:
                    piece.classes.append(c)
            if s.title and s.title not in piece.titles:
                piece.titles.append(s.title)
            piece.data.update(s.data)
        out.append(piece)
    return out
