"""The geocoder's copies of remembered names and its remembered context anchors equal what it computes afresh."""

from __future__ import annotations

import dataclasses

from marsad.geo.match import NameMatch
from marsad.geo.resolve import Geocoder, _fresh

_TEXT = (
    "قصفت الطائرات مدينة دوما في ريف دمشق الشرقي، وسقطت قذائف على حي جوبر شرق العاصمة السورية دمشق. "
    "وفي حلب اندلعت اشتباكات قرب بلدة خان طومان جنوب غربي المدينة، فيما شهدت إدلب وسراقب غارات جديدة."
)


def test_fresh_is_replace() -> None:
    values = {f.name: f"v{i}" for i, f in enumerate(dataclasses.fields(NameMatch))}
    values["attrs"] = {"clitic": "و", "ambiguous": True}
    m = NameMatch(**values)  # type: ignore[arg-type]
    copy = _fresh(m)
    assert copy == dataclasses.replace(m, attrs=dict(m.attrs))
    assert copy is not m and copy.attrs is not m.attrs


def _plain_context_anchors(g: Geocoder, text: str, country: str | None) -> list[tuple[int, object, bool]]:
    ms = g._find_names(text)
    return [
        (-(10**9), r[0].entry, True)
        for m, r in ((m, g._rank(m, country, anchors=[])) for m in ms)
        if r and not g._weak(m, r[0], country)
    ]


def test_context_anchors_remembered_by_geocode() -> None:
    g = Geocoder()
    plain = _plain_context_anchors(g, _TEXT, "SY")
    assert len(plain) >= 4
    g2 = Geocoder()
    g2.geocode(_TEXT)  # remembers its first-pass anchors as the text's context anchors
    assert (_TEXT, "SY") in g2._ctx_cache
    assert g2._context_anchors(_TEXT, "SY") == plain
    g3 = Geocoder()
    assert g3._context_anchors(_TEXT, "SY") == plain  # computed afresh
    a = [(r.match.start, r.best and r.best.entry.id) for r in Geocoder().geocode("دوما", context=_TEXT)]
    b = [(r.match.start, r.best and r.best.entry.id) for r in g2.geocode("دوما", context=_TEXT)]
    assert a == b and a
