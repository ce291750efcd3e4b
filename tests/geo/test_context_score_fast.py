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


def test_grouped_anchors_score_as_the_plain_comparison_without_the_match_itself() -> None:
    """``_context_score_grouped`` over ``AnchorGroups(anchors)`` = the plain loop over the anchors but the
    text anchors at the match's own start: same score, same label (ties: the first best anchor), same support."""
    g = Geocoder()
    rng = random.Random(43)
    names = ["دمشق", "حلب", "ريف دمشق", "دوما", "حرستا", "جرمانا", "حمص", "تدمر", "درعا", "سوريا", "لبنان", "بيروت",
             "ادلب", "سراقب", "الرقه", "دير الزور", "البوكمال"]
    entries = [e for n in names for e in g.index.lookup_norm(n)]
    kinds: set[str] = set()
    for _ in range(1500):
        # few entries and positions, so that entries repeat, anchors tie and some stand at the match's start
        pool = rng.sample(entries, rng.randint(1, 5))
        anchors = [(rng.choice([0, 50, 100, 150, 300, 600]), rng.choice(pool), rng.random() < 0.25)
                   for _ in range(rng.randint(0, 10))]
        start = rng.choice([0, 50, 100, 150, 300, 600])
        m = NameMatch(start=start, end=0, name_start=0, name_end=0, key="", tok_start=0, tok_end=0)
        e = rng.choice(entries + pool)
        others = [a for a in anchors if a[2] or a[0] != start]
        grouped_why: list[str] = []
        slow_why: list[str] = []
        score = g._context_score_grouped(m, e, resolve.AnchorGroups(anchors), grouped_why)
        assert score == plain_context_score(m, e, others, slow_why)
        assert grouped_why == slow_why, (anchors, start)
        kinds.update(w.split(":")[1] + ":" + w.split(":")[-1] for w in grouped_why if w.startswith("ctx:"))
        kinds.update(w for w in grouped_why if w.startswith("support:"))
    assert {"same:local", "in:local", "in:text", "near:local", "admin1:text", "support:strong",
            "support:country"} <= kinds
    resolve._RELATIONS.clear()


def test_rank_with_remembered_priors_equals_a_fresh_geocoder() -> None:
    """``_rank`` (priors and lone rankings remembered) ranks as a geocoder that has remembered nothing."""
    text = ("قصفت الطائرات مدينة حلب وريف حلب الشمالي ثم بلدة سراقب شرق إدلب، وفي دمشق وريف دمشق ودوما "
            "قرب مخيم اليرموك جنوب دمشق، وفي حمص وتدمر ودير الزور والبوكمال على الحدود مع العراق ولبنان")
    warm = Geocoder()
    warm.geocode(text)
    for _ in range(2):
        fresh = Geocoder(warm.index)
        ms = warm._find_names(text)
        anchors = [(m.start, r[0].entry, False) for m in ms if (r := fresh._rank(m, "SY", anchors=[]))]
        assert len(anchors) >= 8
        for m in ms:
            assert warm._rank(m, "SY", anchors=[]) == Geocoder(warm.index)._rank(m, "SY", anchors=[])
            others = [a for a in anchors if a[0] != m.start]
            grouped = warm._rank(m, "SY", anchors=resolve.AnchorGroups(anchors))
            assert grouped == Geocoder(warm.index)._rank(m, "SY", anchors=others)
    resolve._RELATIONS.clear()


def test_grouped_anchors_break_ties_as_the_plain_loop() -> None:
    """Named again far away, then a near place close by, then named again close by: the plain loop keeps the
    near place (the first anchor with the best score), though the entry's own group comes first."""
    g = Geocoder()
    pairs = [(a, b) for a in g.index.lookup_norm("دوما") for b in g.index.lookup_norm("حرستا")
             if resolve._relation(b, a)[0] == "near"]
    assert pairs
    douma, harasta = pairs[0]
    m = NameMatch(start=1000, end=0, name_start=0, name_end=0, key="", tok_start=0, tok_end=0)
    anchors = [(100, douma, False), (1030, harasta, False), (1050, douma, False)]
    grouped_why: list[str] = []
    slow_why: list[str] = []
    assert g._context_score_grouped(m, douma, resolve.AnchorGroups(anchors), grouped_why) == plain_context_score(
        m, douma, anchors, slow_why)
    assert grouped_why == slow_why
    assert slow_why[0] == f"ctx:near:{harasta.id}:local"
    resolve._RELATIONS.clear()
