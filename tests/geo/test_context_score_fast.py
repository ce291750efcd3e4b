"""``Geocoder._context_score`` with the remembered anchor relations scores as the plain comparison does."""

from __future__ import annotations

import random

from marsad.geo import resolve
from marsad.geo.match import NameMatch
from marsad.geo.resolve import LOCAL_WINDOW, Geocoder, _contains, _near
from marsad.kb.places import PlaceEntry


def plain_context_score(m: NameMatch, e: PlaceEntry, anchors: list[tuple[int, PlaceEntry, bool]],
                        why: list[str]) -> float:
    best, label, support = 0.0, "", ""
    for pos, a, from_context in anchors:
        local = not from_context and abs(pos - m.start) <= LOCAL_WINDOW
        if a.id == e.id:
            s, kind = (0.35 if local else 0.15), "same"
        elif _contains(a, e):
            s, kind = (0.5 if local else 0.2), "in"
            if local or from_context:
                support = support or ("country" if a.feature == "country" else "strong")
                if a.feature != "country":
                    support = "strong"
        elif _near(a, e):
            s, kind = (0.35 if local else 0.15), "near"
            if (local or from_context) and a.feature != "city" and _near(a, e, km=15.0):
                support = "strong"
        elif a.admin1 and a.admin1 == e.admin1 and a.country == e.country:
            s, kind = (0.25 if local else 0.1), "admin1"
        else:
            continue
        if s > best:
            best, label = s, f"ctx:{kind}:{a.id}:{'local' if local else 'text'}"
    if label:
        why.append(label)
    if support:
        why.append(f"support:{support}")
    return best


def test_context_score_equals_the_plain_comparison() -> None:
    g = Geocoder()
    rng = random.Random(41)
    names = ["دمشق", "حلب", "ريف دمشق", "دوما", "حرستا", "جرمانا", "حمص", "تدمر", "درعا", "بصرى الشام", "ادلب",
             "سراقب", "معره النعمان", "الرقه", "دير الزور", "البوكمال", "سوريا", "لبنان", "بيروت", "القنيطره"]
    entries = [e for n in names for e in g.index.lookup_norm(n)]
    assert len(entries) > 20
    kinds: set[str] = set()
    for _ in range(400):
        m = NameMatch(start=rng.randint(0, 500), end=0, name_start=0, name_end=0, key="", tok_start=0, tok_end=0)
        e = rng.choice(entries)
        anchors = [(rng.randint(0, 600), rng.choice(entries), rng.random() < 0.3) for _ in range(rng.randint(0, 8))]
        fast_why: list[str] = []
        slow_why: list[str] = []
        assert g._context_score(m, e, anchors, fast_why) == plain_context_score(m, e, anchors, slow_why)
        assert fast_why == slow_why
        kinds.update(w.split(":")[1] for w in fast_why if w.startswith("ctx:"))
        kinds.update(w for w in fast_why if w.startswith("support:"))
    assert {"same", "in", "near", "admin1", "support:strong"} <= kinds
    resolve._RELATIONS.clear()
