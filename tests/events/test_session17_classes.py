"""Session 17: classes of language from the error analysis of the team sets (docs/events.md § Session 17)."""

from __future__ import annotations

import pytest
from event_helpers import of_type as _of
from event_helpers import texts as _texts

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


# the headline's act told in the lead right below it is one event


def test_the_headline_act_is_the_act_of_the_lead(events_of):
    # (the headline names the attacker, the lead's first mention does not, and the two name the place differently)
    text = (
        "قتيلان بقصف مسيّرة تركية على سيارة قرب تل عفر في نينوى\n"
        "الموصل – مراسلنا: قُتل شخصان، أحدهما سائق مدني، عصر أمس الأحد، جراء قصف نفّذته طائرة مسيّرة تركية على سيارة "
        "مدنية عند مفرق شمالي قضاء تل عفر غربي محافظة نينوى، بحسب ما أفاد به مصدر محلي."
    )
    assert len(_of(events_of(text), "ASSAULT")) == 1


def test_a_headline_of_two_acts_keeps_the_lead_apart_from_its_second_act(events_of):
    text = (
        "مقتل قيادي بعبوة ناسفة في إدلب.. وقصف مدفعي لقوات النظام على بلدة كنصفرة يقتل امرأة\n"
        "قُتل قيادي في فصيل محلي صباح اليوم إثر انفجار عبوة ناسفة زُرعت أسفل سيارته وسط مدينة إدلب."
    )
    ev = _of(events_of(text), "ASSAULT")

    def triggers(e):
        return {e["evidence"]["trigger"]["text"], *(t["text"] for t in e["evidence"].get("triggers", []))}

    assert ev and not any({"قُتل", "وقصف"} <= triggers(e) for e in ev)
    assert any("وقصف" in triggers(e) for e in ev)


# a report of others that someone denies is its own (negated) event; the accused denying the act is not


TEXT_DENIED_REPORT = (
    "مقتل جنديين بهجوم في مودية\n"
    "أبين – مراسلنا: قُتل جنديان من القوات الحكومية صباح اليوم بهجوم شنّه عناصر من تنظيم «القاعدة» على نقطة "
    "عسكرية في مديرية مودية. "
    "ونفى مصدر عسكري ما أوردته وسائل إعلام محلية عن «هجوم واسع» شنّه عناصر التنظيم على مواقع القوات في المديرية."
)


def test_a_denied_report_of_an_attack_is_not_the_attack_told_before(events_of):
    ev = _of(events_of(TEXT_DENIED_REPORT), "ASSAULT")
    assert any(e["factuality"] == "negated" for e in ev)
    assert any(e["factuality"] in ("asserted", "reported") for e in ev)


def test_the_accused_denying_the_act_is_the_act_told_before(events_of):
    text = (
        "مقتل مدنيين برصاص مسلحين في قرية قرب رفاعة\n"
        "قُتل خمسة مدنيين صباح اليوم برصاص قوات الدعم السريع في قرية قرب رفاعة. "
        "في المقابل، نفى مستشار لقائد قوات الدعم السريع أن تكون قواتهم استهدفت مدنيين."
    )
    ev = _of(events_of(text), "ASSAULT")
    assert ev and all(e["factuality"] != "negated" for e in ev)


# a feminine verb before a masculine person noun: the noun is its object


def test_the_bullet_that_killed_the_child_has_the_child_as_victim(events_of):
    text = "خبر من تعز\nوأكد المصدر الطبي أن الرصاصة التي قتلت الطفل أصابته في الرأس مباشرة."
    ev = _of(events_of(text), "ASSAULT")
    assert ev and all("الطفل" not in s for e in ev for s in _texts(e["source"]))
    assert any("الطفل" in r for e in ev for r in _texts(e["recipient"]))


def test_a_quoted_weapon_before_an_aiming_verb_makes_the_actor_after_it_the_target(events_of):
    text = ("خبر من سنجار\nوذكرت خلية الإعلام الأمني، في بيان، أن «طائرة مسيّرة» استهدفت «عجلة نوع بيك آب» على "
            "الطريق بين خانصور وسنجار.")
    ev = _of(events_of(text), "ASSAULT")
    assert ev and all("بيك" not in s for e in ev for s in _texts(e["source"]))


# words that look like triggers but name no event


@pytest.mark.parametrize(("text", "typ"), [
    pytest.param("خبر من الحسكة\nواستقبل القائد العام للقوات مساء أمس وفداً عسكرياً في مدينة الحسكة، وبحث معه الأوضاع "
                 "وسبل «حماية المدنيين»، بحسب ما نشره المركز الإعلامي للقوات على موقعه الرسمي.", "MOBILIZE",
                 id="what was published is no deployment"),
    pytest.param("خبر من سنجار\nوأفاد مصدر بأن قطعات من الجيش انتشرت فجر اليوم على الطريق الرابط بين البلدتين.", "PROTEST",
                 id="army units are no road cut"),
    pytest.param("خبر من بغداد\nوقالت الوزارة إنها ستستدعي القائم بالأعمال لتسليمه مذكرة احتجاج.", "PROTEST",
                 id="a diplomatic note of protest is no demonstration"),
    pytest.param("خبر من تعز\nوكانت الجماعة قد أعلنت السبت الماضي فتح طريق جولة القصر أمام المشاة.", "CONSULT",
                 id="a roundabout in a road name is no tour"),
    pytest.param("خبر من الخليل\nوشيّع الآلاف جثمان الشهيد بعد الظهر وسط هتافات تندد بالاحتلال.", "ACCUSE",
                 id="chants denouncing are no accusation"),
    pytest.param("خبر من جبلة\nوقال مصدر طبي إن المستشفى استقبل، قرابة منتصف الليل، جثتي عنصرين مصابين بطلقات نارية.",
                 "CONSULT", id="a hospital receiving bodies after an aside is no visit"),
])
def test_words_that_name_no_event(events_of, text, typ):
    assert not _of(events_of(text), typ)


def test_the_perpetrators_of_the_attack_name_an_attack_without_the_speaker_as_agent(events_of):
    text = "خبر من اللاذقية\nتوعّد وزير الداخلية، في كلمة ألقاها ظهر اليوم، منفّذي الهجوم بملاحقتهم حتى آخر واحد منهم."
    evs = events_of(text)
    assert not _of(evs, "ACCUSE")
    assert all("وزير" not in s for e in _of(evs, "ASSAULT") for s in _texts(e["source"]))


# acts that go on for long, recur or are counted over a period: no one event


@pytest.mark.parametrize(("text", "typ"), [
    pytest.param("خبر من الساحل\nومنذ مطلع العام الجاري، تتعرض حواجز الأمن العام في أرياف اللاذقية لهجمات متفرقة أودت "
                 "بحياة العشرات من عناصره.", "ASSAULT", id="attacks since a span fronted before a comma"),
    pytest.param("خبر من سنجار\nويتعرض القضاء منذ سنوات لضربات جوية تركية متكررة.", "ASSAULT",
                 id="air strikes for years"),
    pytest.param("خبر من الساحل\nوتطالب منظمات حقوقية منذ أشهر بالكشف عن مصير المفقودين في الساحل.", "REQUEST",
                 id="a demand made for months"),
])
def test_acts_going_on_for_long_are_an_aggregate(events_of, text, typ):
    assert not _of(events_of(text), typ)


def test_a_sit_in_going_on_for_months_is_still_reported(events_of):
    text = "خبر من السويداء\nويعتصم مئات المعلمين منذ أشهر أمام مبنى المحافظة في السويداء للمطالبة بتثبيتهم."
    assert _of(events_of(text), "PROTEST")


def test_repeated_after_a_coordinated_noun_makes_both_generic(all_events_of):
    text = "خبر من الساحل\nفيما تشكو عائلات في المنطقة من حملات دهم واعتقالات متكررة تطال أبناءها."
    ev = _of(all_events_of(text), "COERCE")
    assert ev and all(e["factuality"] == "generic" for e in ev)


def test_arrests_counted_over_a_period_are_a_tally(all_events_of):
    text = "خبر من الخليل\nوتشير معطيات محلية إلى اعتقال المئات من أبناء المحافظة خلال هذه الفترة."
    ev = _of(all_events_of(text), "COERCE")
    assert ev and all(e["factuality"] == "generic" for e in ev)


# triggers: demolitions; units deploying


def test_bulldozers_demolishing_houses_is_an_attack_on_property(events_of):
    text = "خبر من يطا\nوفي مدينة يطا، هدمت جرافات الاحتلال، صباح اليوم، منزلين قيد الإنشاء وبئراً لجمع مياه الأمطار."
    ev = _of(events_of(text), "ASSAULT")
    assert ev and ev[0].get("mode") == "destroy"


def test_units_of_an_army_deploying_are_a_mobilisation_by_the_army(events_of):
    text = ("خبر من سنجار\nوأفاد مصدر في قيادة العمليات بأن قطعات من الجيش العراقي انتشرت، فجر اليوم، في محيط "
            "خانصور وعلى الطريق الرابط بينها وبين مركز القضاء.")
    ev = _of(events_of(text), "MOBILIZE")
    assert ev and any("الجيش العراقي" in s for s in _texts(ev[0]["source"]))


# other tellings of an attack: one that names the attacker left unnamed, and back-references with another act's time


TEXT_CHECKPOINT = (
    "مقتل عنصرين بهجوم على حاجز قرب جبلة\n"
    "جبلة – مراسلنا: قُتل عنصران من «الأمن العام» ليل أمس بهجوم شنّه مسلحون مجهولون على حاجز عند مدخل بلدة "
    "عين الشرقية في ريف جبلة. "
    "ونقلت وكالة «سانا» عن مسؤول أمني قوله إن «مجموعة من فلول النظام البائد» هاجمت الحاجز. "
    "غير أن المرصد قال إن حصيلة الهجوم بلغت ثلاثة قتلى، بينهم شاب التحق بالجهاز قبل أشهر. "
    "وعقب الهجوم، أطلقت قوات الأمن العام، فجر اليوم، حملة تمشيط في البلدة."
)


def test_the_remnants_of_the_former_regime_are_their_own_actor(nlp):
    from marsad.doc import Document

    doc = nlp(Document(text="وقال المسؤول إن فلول النظام البائد هاجمت الحاجز.", id="r", published="2025-05-20"))
    assert any(m.kb_id == "SYR-REMNANTS" for m in doc.mentions)


def test_tellings_and_back_references_of_one_attack_are_one_event(events_of):
    ev = _of(events_of(TEXT_CHECKPOINT), "ASSAULT")
    assert len(ev) == 1
    assert any("فلول" in s for s in _texts(ev[0]["source"]))


def test_the_army_claiming_its_forces_fired_is_the_army(events_of):
    text = ("خبر من الخليل\nفي المقابل، زعم جيش الاحتلال، في بيان، أن قواته أطلقت النار على مسلح ألقى عبوة ناسفة "
            "باتجاهها خلال نشاط في المخيم.")
    ev = _of(events_of(text), "ASSAULT")
    assert ev and any("جيش الاحتلال" in s for e in ev for s in _texts(e["source"]))


def test_settlers_counted_in_the_accusative_are_the_settlers(nlp):
    from marsad.doc import Document

    doc = nlp(Document(text="وقالت الهيئة إن نحو عشرين مستوطناً شاركوا في الهجوم على القرية.", id="s",
                       published="2025-02-19"))
    assert any(m.kb_id == "ISR-SETTLERS" for m in doc.mentions)


def test_martyred_with_the_victim_described_before_the_weapon(events_of):
    text = ("خبر من الخليل\nاستُشهد شاب في العشرين من عمره، فجر اليوم الأربعاء، برصاص قوات الاحتلال خلال اقتحامها "
            "مخيم الفوار.")
    ev = [e for e in _of(events_of(text), "ASSAULT")
          if any(t["text"] == "استُشهد" for t in [e["evidence"]["trigger"], *e["evidence"].get("triggers", [])])]
    assert ev and any("شاب" in r for r in _texts(ev[0]["recipient"]))
    assert any("قوات الاحتلال" in s for s in _texts(ev[0]["source"]))


def test_the_repetition_of_shelling_is_no_one_shelling(all_events_of):
    text = ("خبر من سنجار\nوحمّل الحزب، في بيان لمكتبه في سنجار، «وجود المسلحين بين المدنيين» مسؤولية تكرار القصف "
            "على القضاء.")
    ev = _of(all_events_of(text), "ASSAULT")
    assert ev and all(e["factuality"] == "generic" for e in ev)


def test_fighters_who_died_in_an_attack_are_its_victims(events_of):
    text = ("خبر من سنجار\nونعت «وحدات مقاومة سنجار»، في بيان نشرته مساء أمس، ثلاثة من مقاتليها قالت إنهم قضوا «في "
            "هجوم غادر لمسيّرات الاحتلال التركي».")
    evs = events_of(text)
    assert not _of(evs, "ACCUSE")
    ev = _of(evs, "ASSAULT")
    assert ev and all("مقاتليها" not in s for e in ev for s in _texts(e["source"]))


def test_whom_a_group_is_loyal_to_is_no_place_of_the_event(events_of):
    text = ("خبر من منبج\nفي المقابل، نفى مسؤول في «الجيش الوطني السوري» الموالي لأنقرة، في تصريح لوكالة «الأناضول» "
            "التركية، استهداف المدنيين.")
    ev = _of(events_of(text), "ASSAULT")
    assert ev and all("أنقرة" not in ((e.get("location") or {}).get("text") or "") for e in ev)


def test_the_one_blamed_in_a_joined_clause_is_the_recipient(events_of):
    text = ("خبر من الخليل\nوأدانت الرئاسة الفلسطينية، في بيان، «جريمة الإعدام الميداني» في مخيم الفوار، وحمّلت الحكومة "
            "الإسرائيلية «المسؤولية الكاملة عن هذا التصعيد الخطير».")
    ev = _of(events_of(text), "ACCUSE")
    assert ev and all("الحكومة الإسرائيلية" not in s for e in ev for s in _texts(e["source"]))
    assert any("الحكومة الإسرائيلية" in r for e in ev for r in _texts(e["recipient"]))


def test_the_subject_and_the_one_blamed_both_inside_the_phrase(events_of):
    # (not joined: the first actor is who blames, the second the one blamed)
    text = ("خبر من إدلب\nوحمّلت «رابطة نازحي المخيمات»، في بيان، المجتمعَ الدولي «المسؤولية الكاملة» عن الكارثة.")
    ev = _of(events_of(text), "ACCUSE")
    assert ev and any("رابطة" in s for s in _texts(ev[0]["source"]))


def test_fighters_from_a_quoted_force_are_that_group(nlp, events_of):
    from marsad.doc import Document

    text = "خبر من هجين\nوفي بلدة هجين، هاجم مقاتلون من «قوات العشائر العربية» مساء أمس حاجزاً لـ«قسد»."
    doc = nlp(Document(text=text, id="q", published="2024-07-29"))
    assert any(m.kb_id == "TRIBES" and "قوات" in m.text for m in doc.mentions)
    ev = _of(events_of(text), "ASSAULT")
    assert ev and any(s.startswith("مقاتلون من") for s in _texts(ev[0]["source"]))
