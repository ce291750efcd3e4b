"""A quoted name that begins with an organisation noun is an actor (session 10); texts written for the test."""

from __future__ import annotations

import pytest

from marsad.ner.patterns import find_patterns


@pytest.mark.parametrize(("text", "name"), [
    ("إنسانياً، وزعت «جمعية أيادي الخير في جبل العرب»، أمس، سلالاً غذائية.", "جمعيه ايادي الخير في جبل العرب"),
    ("من جهته، أعلن «مجلس منبج المدني» إعادة فتح المعبر.", "مجلس منبج المدني"),
    # a battalion or company named after its town: the name, not the town (session 51)
    ("واحتجزت «سرية أسود الزاوية» عنصرين عند الحاجز.", "سريه اسود الزاويه"),
    ("وردّت «كتيبة شهداء الجبل» بقصف المقر.", "كتيبه شهداء الجبل"),
])
def test_a_quoted_organisation_name_is_an_actor(text, name):
    hits = [p for p in find_patterns(text) if p.kind == "actor" and p.label == "ORG"]
    assert any(p.name == name for p in hits)
    p = next(p for p in hits if p.name == name)
    assert text[p.start : p.end].startswith(("جمعية", "مجلس", "سرية", "كتيبة"))


def test_a_quoted_slogan_is_no_organisation():
    assert not [p for p in find_patterns("رفعوا لافتات كُتب عليها «الحصار جريمة حرب».") if p.kind == "actor"]
