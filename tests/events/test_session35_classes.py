"""Session 35: classes of language from the errors of the dev sets (docs/events.md § Session 35).
The texts are the team's own."""

from __future__ import annotations

import pytest
from event_helpers import of_type as _of_type
from event_helpers import texts as _texts
from event_helpers import under_headline as _events

# «فيما + verb + subject + (count) + noun»: the noun's own act, though its actor owns the subject's vehicle


@pytest.mark.parametrize("text", [
    "قُتل رجلان وأصيب طفل، صباح اليوم، بقصف مدفعي شنّته قوات النظام على بلدة كفرنبل، فيما ألقت مروحيات "
    "النظام خمسة براميل متفجرة على قرية حاس المجاورة.",
    "جُرح ثلاثة مزارعين، ظهر اليوم، بقصف صاروخي شنّته الفصائل على أطراف بلدة السقيلبية، فيما ألقت طائرات "
    "النظام المروحية براميل متفجرة على قرية الحويز.",
])
def test_a_barrel_drop_after_fiima_is_its_own_attack(events_of, text):
    attacks = _of_type(_events(events_of, text), "ASSAULT")
    assert len(attacks) == 2, [(e["evidence"]["trigger"]["text"], _texts(e["source"])) for e in attacks]
    barrels = [e for e in attacks if "براميل" in e["evidence"]["trigger"]["text"]]
    assert barrels and any("النظام" in t for t in _texts(barrels[0]["source"])), attacks


# an abduction and a strike are never one act: not in one sentence, nor in the two parts of a headline


def test_an_abduction_and_a_strike_in_one_sentence_stay_two(events_of):  # (a guard)
    text = "قصفت طائرات مسيّرة، صباح اليوم، أطراف بلدة الجفرة، واختطف مسلحون مجهولون طبيباً من عيادته في سوق البلدة."
    modes = [e.get("mode") for e in _of_type(_events(events_of, text), "ASSAULT")]
    assert len(modes) == 2 and "abduct" in modes, modes


@pytest.mark.parametrize("strike", ["aerial", "heavy-weapons"])
def test_an_abduction_is_never_the_same_act_as_a_strike(strike):
    from marsad.events.merge import _same_kind

    def ev(mode: str, word: str) -> dict:
        return {"type": "ASSAULT", "mode": mode, "evidence": {"trigger": {"text": word}}}

    assert not _same_kind(ev(strike, "بقصف"), ev("abduct", "واختطاف"))
    assert not _same_kind(ev("abduct", "اختطاف"), ev(strike, "غارات"))
    assert _same_kind(ev("abduct", "اختطاف"), ev("abduct", "خطف"))  # (a guard)


_BODY = ("\nوقال ناشطون إن الأهالي يعيشون ظروفاً صعبة منذ أشهر بسبب انقطاع الكهرباء والمياه عن معظم الأحياء "
         "وارتفاع أسعار الخبز والمحروقات.")


def test_a_headline_s_second_act_is_its_own_event_with_its_own_place(events_of):
    text = "مقتل مدنيَّين بقصف مدفعي وصاروخي على قرية تل حميس.. واختطاف ثلاثة رعاة في مدينة منبج المحتلة" + _BODY
    attacks = _of_type(list(events_of(text)), "ASSAULT")
    by_mode = {e.get("mode"): e for e in attacks}
    assert "abduct" in by_mode and len(attacks) == 2, [(e["evidence"]["trigger"]["text"], e.get("mode")) for e in attacks]
    assert "منبج" in (by_mode["abduct"]["location"] or {}).get("text", ""), by_mode["abduct"]
    strike = next(e for e in attacks if e.get("mode") != "abduct")
    assert "منبج" not in (strike["location"] or {}).get("text", ""), strike


# a place told after another act joined by «و» is that act's place


def test_a_place_after_a_joined_act_is_not_the_first_act_s(events_of):
    text = ("شهدت مدينة السويداء، اليوم، توتراً أمنياً بعد ليلة من الفوضى.\n"
            "واتهم المجلس المحلي الأجهزة الأمنية بالتقصير، واعتصم العشرات من الأهالي في ساحة بلدة عريقة.")
    evs = _events(events_of, text)
    accusations = _of_type(evs, "ACCUSE")
    assert len(accusations) == 1, evs
    assert "عريقة" not in ((accusations[0]["location"] or {}).get("text") or ""), accusations[0]
    protests = _of_type(evs, "PROTEST")
    assert protests and "عريقة" in protests[0]["location"]["text"], protests


def test_a_place_before_the_joined_act_stays(events_of):  # (a guard: only places after the joined act are another's)
    text = "واتهم المجلس المحلي في بلدة عريقة الأجهزة الأمنية بالتقصير، واعتصم العشرات من الأهالي أمام المدرسة."
    accusations = _of_type(_events(events_of, text), "ACCUSE")
    assert accusations and "عريقة" in accusations[0]["location"]["text"], accusations


# an unplaced, undated noun told after the lead tells the act the lead told, not a headline's second act


def test_a_later_mention_goes_to_the_act_last_told(events_of):
    text = ("خمسة قتلى بقصف مدفعي على بلدة كفرنبل.. وغارات روسية على قرية حاس\n"
            "قُتل خمسة مدنيين، صباح اليوم، بقصف مدفعي لقوات النظام استهدف الأحياء السكنية في بلدة كفرنبل.\n"
            "وقال الدفاع المدني إن فرقه انتشلت الضحايا، مضيفاً أن مركزه كان قد خرج عن الخدمة بعد إصابته بقذيفة مباشرة.\n"
            "وفي قرية حاس، شنّت الطائرات الروسية ثلاث غارات على أطراف القرية دون أن تقع إصابات.")
    evs = list(events_of(text))
    shell_at = text.index("بقذيفة")
    strikes = [e for e in _of_type(evs, "ASSAULT") if e.get("mode") == "aerial"]
    assert strikes, evs
    for e in strikes:
        spans = [(e["evidence"]["start"], e["evidence"]["end"]), *map(tuple, e["evidence"].get("spans") or [])]
        assert not any(a <= shell_at < b for a, b in spans), e["evidence"]


# a report denied of another kind of act is not the act told before it (a shelling denied after a rumoured abduction)


def test_a_denied_shelling_is_not_the_rumoured_abduction_before_it(events_of):  # (a guard)
    text = ("قصفت مدفعية الجيش، مساء أمس، أطراف بلدة الجيزة، بحسب ناشطين.\n"
            "وتحدثت مصادر محلية عن اختطاف شابين من أبناء البلدة على يد مسلحين مجهولين، دون أن يتسنى التأكد من ذلك.\n"
            "ونفى مصدر عسكري ما تداولته صفحات محلية عن قصف مدفعي للجيش استهدف منازل المدنيين في البلدة.")
    attacks = _of_type(list(events_of(text)), "ASSAULT")
    denial_at = text.index("ونفى")
    abductions = [e for e in attacks if e.get("mode") == "abduct"]
    assert len(abductions) == 1, [(e["evidence"]["trigger"]["text"], e.get("mode")) for e in attacks]
    spans = [(abductions[0]["evidence"]["start"], abductions[0]["evidence"]["end"]),
             *map(tuple, abductions[0]["evidence"].get("spans") or [])]
    assert not any(a <= denial_at + 10 < b for a, b in spans), abductions[0]["evidence"]


# «دكّ» (to pound) is an attack verb of loyalist and opposition media alike


@pytest.mark.parametrize("text", [
    "ودكّت مدفعية الجيش، فجر اليوم، مواقع المسلحين في محيط بلدة اللطامنة.",
    "وتدكّ راجمات الصواريخ منذ الصباح تحصينات الفصائل على أطراف قرية الزكاة.",
])
def test_pounding_is_an_attack(events_of, text):
    attacks = _of_type(_events(events_of, text), "ASSAULT")
    assert len(attacks) == 1 and "دك" in attacks[0]["evidence"]["trigger"]["text"], attacks


def test_pounding_needs_a_military_object(events_of):  # (a guard: «دكّان» is a shop)
    assert not _of_type(_events(events_of, "وافتتح أحد الشبان دكّاناً صغيراً في حي الميدان القديم."), "ASSAULT")


# two nationalities of one head are two actors («الطيران الحربي السوري والروسي»)


def test_two_nationalities_of_one_air_force(events_of):
    text = "وشنّ الطيران الحربي السوري والروسي، صباح اليوم، سلسلة غارات على أطراف بلدة كنصفرة."
    attacks = _of_type(_events(events_of, text), "ASSAULT")
    assert len(attacks) == 1, attacks
    assert any("السوري" in t for t in _texts(attacks[0]["source"])), attacks[0]["source"]


# a return of fire «ردّت … على مصادر إطلاق النار/القذائف» is an attack by those who return it


@pytest.mark.parametrize("text", [
    "وردّت وحدات الجيش المتمركزة على التلال المحيطة على مصادر إطلاق النار.",
    "وفي وقت لاحق، ردّت المجموعات المسلحة على مصادر إطلاق القذائف بعد منتصف الليل.",
])
def test_fire_returned_at_the_sources_of_the_shots(events_of, text):
    attacks = _of_type(_events(events_of, text), "ASSAULT")
    assert len(attacks) == 1 and attacks[0]["source"], attacks


# «الضامن التركي/الروسي» (the guarantor of the de-escalation deals) is the state


@pytest.mark.parametrize(("text", "actor"), [
    ("وطالب المحتجون الضامن التركي بـ«وقف الخروقات» في ريف إدلب.", "TUR"),
    ("ودعا المجلس المحلي الضامن الروسي إلى «لجم» الميليشيات.", "RUS"),
])
def test_the_guarantor_is_the_state(events_of, text, actor):
    demands = _of_type(_events(events_of, text), "REQUEST")
    assert demands and [a.get("actor") for a in demands[0]["recipient"]] == [actor], demands


# a quoted name is a name: the agent after «أطلقتها» and the owner of a target after «لـ» written apart


def test_a_quoted_agent_after_the_relative_verb(events_of):
    text = "وأصيب طفلان، صباح اليوم، بقذائف هاون أطلقتها «الوحدات» على أحياء بلدة مارع."
    attacks = _of_type(_events(events_of, text), "ASSAULT")
    assert len(attacks) == 1 and "الوحدات" in _texts(attacks[0]["source"]), attacks


def test_a_target_before_a_quoted_owner(events_of):
    text = "قصفت المدفعية التركية، مساء أمس، مواقع لـ«قوات سوريا الديمقراطية» في محيط بلدة عين عيسى."
    attacks = _of_type(_events(events_of, text), "ASSAULT")
    assert len(attacks) == 1 and _texts(attacks[0]["recipient"]) == ["مواقع"], attacks



# an act told in its own «فيما» clause counts only that clause's victims


def test_the_victims_of_the_first_clause_are_not_the_second_act_s(events_of):
    text = ("قُتل ثلاثة مدنيين، ظهر اليوم، بغارات جوية شنّتها طائرات حربية روسية على بلدة كنصفرة، فيما ألقت مروحيات "
            "النظام ستة براميل متفجرة على قرية البارة دون أن تُسجَّل إصابات.")
    attacks = _of_type(_events(events_of, text), "ASSAULT")
    barrels = [e for e in attacks if "براميل" in e["evidence"]["trigger"]["text"]]
    assert len(attacks) == 2 and barrels, attacks
    assert barrels[0]["fatalities"] == 0, barrels[0]["fatalities"]
    assert [e["fatalities"] for e in attacks if e not in barrels] == [3], attacks


# a plan cue inside a quotation that closed before a comma does not make what follows a plan


def test_a_quoted_plan_cue_does_not_reach_past_the_quotation(events_of):
    text = ("واتهم المجلس المحلي الميليشيا بـ«السعي لتهجير ما تبقى من السكان»، مطالبةً الأمم المتحدة بـ«التدخل "
            "العاجل لحماية المدنيين».")
    demands = _of_type(_events(events_of, text), "REQUEST")
    assert len(demands) == 1 and demands[0]["factuality"] == "asserted", demands


def test_a_quoted_plan_goes_on_without_a_comma(events_of):  # (a guard)
    text = "ونقلت وسائل إعلام عن مصادر أمنية أن الجيش «يستعد لعملية عسكرية» تستهدف مواقع المسلحين في محيط البلدة."
    attacks = _of_type(_events(events_of, text), "ASSAULT")
    assert attacks and all(e["factuality"] != "asserted" for e in attacks), attacks


# who took part in a protest told further on («…، شارك فيها مئات من أبناء المدينة») held it


def test_those_who_took_part_far_after_the_protest(events_of):
    text = ("وشهدت البلدة، أمس الجمعة، مظاهرة حاشدة انطلقت من ساحة السوق وجابت الشوارع الرئيسية، شارك فيها "
            "مئات من الطلاب والمعلمين.")
    protests = _of_type(_events(events_of, text), "PROTEST")
    assert len(protests) == 1 and any("مئات" in t for t in _texts(protests[0]["source"])), protests


# who called for a protest («بدعوة من X») holds it


def test_those_who_called_for_the_protest(events_of):
    text = "وخرجت مظاهرة في ساحة المدينة بعد صلاة الجمعة، بدعوة من نقابة المحامين، للمطالبة بالإفراج عن المعتقلين."
    protests = _of_type(_events(events_of, text), "PROTEST")
    assert len(protests) == 1 and _texts(protests[0]["source"]) == ["نقابة المحامين"], protests


# the dead of an execution or a killing told by its verb are its counted object


@pytest.mark.parametrize(("text", "n"), [
    ("وأعدم مسلحو التنظيم، فجر اليوم، أربعة رعاة في ساحة القرية بتهمة التعامل مع الجيش.", 4),
    ("وقتل مسلحون مجهولون، مساء أمس، خمسة عمال على طريق المطار.", 5),
])
def test_the_counted_object_of_a_killing_verb(events_of, text, n):
    attacks = _of_type(_events(events_of, text), "ASSAULT")
    assert len(attacks) == 1 and attacks[0]["fatalities"] == n, attacks


# a hedged nationality of the attack noun names the attacker («غارات جوية يُرجَّح أنها روسية»)


def test_a_hedged_nationality_after_the_attack_noun(events_of):
    text = "وقُتل أربعة مدنيين، فجر اليوم، جراء غارات جوية يُرجَّح أنها أميركية استهدفت سوق بلدة هجين."
    attacks = _of_type(_events(events_of, text), "ASSAULT")
    assert len(attacks) == 1 and [a.get("actor") for a in attacks[0]["source"]] == ["USA"], attacks


# the displaced of a place («مهجّري X») were driven from it: it is not where they protest


def test_the_place_the_displaced_come_from_is_not_the_protest_s(events_of):
    text = "وفي مدينة الحسكة، نظّم العشرات من نازحي عفرين، صباح اليوم، وقفة احتجاجية أمام مقر الأمم المتحدة."
    protests = _of_type(_events(events_of, text), "PROTEST")
    assert len(protests) == 1 and "الحسكة" in protests[0]["location"]["text"], protests
