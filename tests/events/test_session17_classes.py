"""Session 17: classes of language from the error analysis of the team sets (docs/events.md § Session 17)."""

from __future__ import annotations


def _of(events, typ):
    return [e for e in events if e["type"] == typ]


def _texts(args):
    return [a["text"] for a in args]


# «تبنّى X الهجوم»: the attack claimed is the attack told before (not a verbal attack), and X is its attacker


TEXT_CLAIM = (
    "مقتل عنصرين بهجوم على حاجز في الموحسن\n"
    "هاجم مسلحون مجهولون فجر اليوم حاجزاً لقوات الأمن عند مدخل بلدة الموحسن، ما أدى إلى مقتل عنصرين. "
    "وتبنّى تنظيم «داعش» الهجوم في بيان نشرته وكالة «أعماق»."
)


def test_a_claimed_attack_in_a_statement_is_no_verbal_attack(events_of):
    evs = events_of(TEXT_CLAIM)
    assert not _of(evs, "ACCUSE")


def test_a_claimed_attack_is_the_attack_told_before_with_its_claimant(events_of):
    ev = _of(events_of(TEXT_CLAIM), "ASSAULT")
    assert len(ev) == 1
    assert any("داعش" in s for s in _texts(ev[0]["source"]))


def test_an_attack_of_unknown_gunmen_condemned_by_a_named_body_stays_apart(events_of):
    # the condemning body is no attacker, so the condemned attack keeps the unknown gunmen
    text = (
        "هجوم على حاجز في الموحسن\n"
        "هاجم مسلحون مجهولون فجر اليوم حاجزاً لقوات الأمن عند مدخل بلدة الموحسن، ما أدى إلى مقتل عنصرين. "
        "وأدان مجلس دير الزور العسكري، في بيان، الهجوم الذي طال الحاجز."
    )
    ev = _of(events_of(text), "ASSAULT")
    assert ev and all("مجلس" not in s for e in ev for s in _texts(e["source"]))
