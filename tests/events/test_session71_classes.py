"""Session 71: classes of language from the errors on the dev sets and the news files (docs/events.md § Session 71).
The texts are the team's own."""

from __future__ import annotations


def _places(events_of, text: str, typ: str) -> list[str]:
    return [(e["location"] or {}).get("text") for e in events_of(text) if e["type"] == typ]


# the province of an office (a police command, a governor) names whose office it is: another place of the sentence
# is where the act is


def test_an_office_named_after_a_province_does_not_place_the_act(events_of):
    text = ("وتحدثت مصادر عشائرية عن أن شخصين اعتُقلا فجر اليوم في قرية تابعة لناحية الملتقى، من دون أن تؤكد قيادة "
            "شرطة كركوك ذلك أو تنفيه.")
    places = _places(events_of, text, "COERCE")
    assert places and "الملتقى" in places[0]


def test_an_office_is_the_place_when_the_sentence_names_no_other(events_of):
    # (guard: with no other place, the office's province still says where)
    text = "وأعلنت قيادة شرطة كركوك اعتقال ثلاثة مطلوبين بتهمة زرع العبوات."
    assert _places(events_of, text, "COERCE") == ["كركوك"]


def test_the_office_holder_is_met_where_the_office_is(events_of):
    # (guard: right by the trigger the office holder is the act's own party: «التقى محافظ X وفداً من وجهاء قرية Y»)
    text = "والتقى محافظ كركوك، ظهر اليوم، وفداً من وجهاء قرية البشير لبحث عودة النازحين."
    assert _places(events_of, text, "CONSULT") == ["كركوك"]


# appeals or promises conceded by «رغم» («رغم مطالبات/مناشدات/وعود …») are a standing background, no act told


def test_appeals_conceded_by_despite_are_no_request(events_of):
    text = ("ولم تُعِد السلطات فتح المعبر حتى مساء اليوم، رغم مطالبات التجار المتكررة بإعادة فتحه أمام الشاحنات.")
    assert [e["type"] for e in events_of(text) if e["type"] == "REQUEST"] == []
    text = "ولم يُفرج الحاجز عن الشبان الثلاثة، على الرغم من مناشدات ذويهم ووجهاء الحي."
    assert [e["type"] for e in events_of(text) if e["type"] == "REQUEST"] == []


def test_a_threat_conceded_by_despite_is_still_told(events_of):
    # (guard: a threat someone made stays an act, though «رغم» concedes it)
    text = "وجهت الحكومة الاتهام إلى الحركة، على الرغم من تهديد وزير الأمن بالرد على العملية."
    assert "THREATEN" in [e["type"] for e in events_of(text)]


# a background act with a day of its own is not the act told at the same place today


def test_a_dated_background_killing_is_not_the_kidnapping_rumoured_at_its_place(events_of):
    text = ("قُتل شرطي، صباح اليوم، بانفجار عبوة ناسفة استهدفت دوريته في سامراء.\n"
            "وتداولت صفحات محلية أنباء عن اختطاف مسلحين أربعة عمال في دائرة الماء قرب طوز خورماتو، غير أن قائممقام "
            "القضاء نفى ذلك.\nوكان مسلحون قد اغتالوا، في الثالث من نيسان الماضي، عضواً في مجلس قضاء طوز خورماتو أمام "
            "منزله وسط القضاء.")
    facts = sorted(e["factuality"] for e in events_of(text) if e["type"] == "ASSAULT")
    assert facts == ["asserted", "historical", "rumored"]


# a deal named as what collapses, its verb after it («الهدنة تنهار») or before it («انهارت الهدنة»): the deal's end


def test_a_truce_told_as_collapsing_is_no_deal_made(events_of):
    text = "مقتل أربعة مدنيين بقصف على سوق البلدة.. وهدنة لجنة الوساطة تنهار بعد ساعات"
    assert "AGREE" not in [e["type"] for e in events_of(text)]


def test_a_truce_signed_is_still_a_deal(events_of):
    # (guard: a verb after the deal noun that is no collapse)
    text = "مقتل أربعة مدنيين بقصف على سوق البلدة.. وهدنة لجنة الوساطة تصمد رغم الخروقات"
    assert "AGREE" in [e["type"] for e in events_of(text)]


# a public body named by its kind, scope and purpose («المؤسسة الوطنية للنفط») is an actor though no list holds it


def test_the_request_of_protesters_names_the_body_asked(events_of):
    text = "وأغلق محتجون حقل النفط، بعد أن اعتصموا أمام بوابته، مطالبين المؤسسة الوطنية للنفط بتوظيف أبناء المنطقة."
    reqs = [e for e in events_of(text) if e["type"] == "REQUEST"]
    assert reqs and [a["text"] for a in reqs[0]["recipient"]] == ["المؤسسة الوطنية للنفط"]


# a delegation, a committee or an envoy that returns («ومن المقرر أن يعود الوفد إلى …») comes back for talks: a visit


def test_a_delegation_due_to_return_is_a_planned_visit(events_of):
    text = "ومن المقرر أن تعود لجنة الوساطة إلى البلدة يوم الخميس المقبل."
    assert [(e["type"], e["factuality"]) for e in events_of(text)] == [("CONSULT", "planned")]


def test_calm_returning_is_no_visit(events_of):
    # (guard: «عاد» without a delegation right after it)
    text = "وعاد الهدوء الحذر إلى البلدة بعد وصول لجنة الوساطة إليها."
    assert [e for e in events_of(text) if e["type"] == "CONSULT" and "عاد" in e["evidence"]["trigger"]["text"]] == []


# where a convoy or a ship was heading («متجهة إلى X») is not where it was hit


def test_a_convoy_hit_on_its_way_is_not_placed_where_it_was_heading(events_of):
    text = "قُتل سائقان، مساء أمس، بقصف على قافلة شاحنات متجهة إلى مدينة القلعة."
    places = _places(events_of, text, "ASSAULT")
    assert places and all("القلعة" not in (p or "") for p in places)


def test_aid_heading_to_a_town_is_placed_there(events_of):
    # (guard: aid goes where it is heading)
    text = "وانطلقت قافلة مساعدات أممية، صباح اليوم، متجهة إلى مدينة القلعة المحاصرة."
    assert any("القلعة" in (p or "") for p in _places(events_of, text, "AID"))
