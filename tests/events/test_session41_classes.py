"""Session 41: classes of language from the errors of the dev sets (docs/events.md § Session 41).
The texts are the team's own."""

from __future__ import annotations

import pytest
from event_helpers import of_type as _of_type
from event_helpers import texts as _texts
from event_helpers import under_headline as _events

# a strike verb with a long subject before «عن العمل»: the context word may come up to eight words after the verb


def test_a_strike_with_a_long_subject(events_of):
    text = ("وفي البلدة، أضرب سائقو الحافلات الصغيرة والشاحنات الثقيلة عن العمل صباح اليوم، وتجمّع المئات منهم "
            "أمام مبنى البلدية.")
    evs = [e for e in _of_type(_events(events_of, text), "PROTEST") if e["mode"] == "strike"]
    assert evs and evs[0]["evidence"]["trigger"]["text"] == "أضرب", evs
    # (a strike has no object: the gathering after the comma is no one struck against)
    assert evs[0]["recipient"] == [], evs


def test_a_strike_needs_its_context_word(events_of):
    # «أضرب» with no «عن» (or its objects) near it is not a strike («أضرب» is also «I hit»)
    text = "وقال المعلم إنه لا يعرف لماذا أضرب الطلاب في الساحة ثم غادر المدرسة مسرعاً قبل وصول الأهالي."
    assert not [e for e in _of_type(_events(events_of, text), "PROTEST") if e["mode"] == "strike"]


# a visit to people held is a prison visit, no meeting between parties


@pytest.mark.parametrize("text", [
    "وأكدت رابطة الأهالي أن جميع المحتجزين ما زالوا في سجون الجماعة، ويُمنع ذووهم من زيارتهم منذ أشهر.",
    "وأضاف أن المعتقلين نُقلوا إلى جهة مجهولة ولم يُسمح لأحد بزيارتهم منذ اعتقالهم في الرابع من الشهر الجاري.",
    "واتفق الطرفان على تبادل الأسرى خلال شهر، بعد زيارة المعتقلين في أماكن احتجازهم من قبل اللجنة الدولية.",
])
def test_a_prison_visit_is_no_meeting(events_of, text):
    assert not [e for e in _of_type(_events(events_of, text), "CONSULT") if e["mode"] == "visit"]


def test_a_visit_to_a_town_stays_a_visit(events_of):
    text = "ووصل وفد من وزارة الخارجية إلى مدينة حلب، صباح اليوم، في زيارة يلتقي خلالها أعضاء المجلس المحلي."
    assert [e for e in _of_type(_events(events_of, text), "CONSULT")], _events(events_of, text)


# weapons found, seized or held are no attack


@pytest.mark.parametrize("text", [
    "وأوقفت الشرطة ثلاثة أشخاص في حي الميدان، وعُثر بحوزتهم على أربع قذائف هاون مخبّأة في صناديق الخضار.",
    "وداهمت دورية منزلاً في البلدة وضبطت عبوات ناسفة معدّة للتفجير وكمية من الذخيرة.",
])
def test_weapons_found_are_no_attack(events_of, text):
    evs = _of_type(_events(events_of, text), "ASSAULT")
    assert not evs, evs


def test_weapons_fired_stay_an_attack(events_of):
    text = "وسقطت أربع قذائف هاون على حي الميدان صباح اليوم، ما أدى إلى إصابة طفلين بجروح."
    assert _of_type(_events(events_of, text), "ASSAULT")


# a convoy attacked, or one that carries something away, is not a convoy sent in


def test_a_convoy_attacked_is_no_mobilisation(events_of):
    text = "وقُتل ثلاثة جنود بهجوم شنّه مسلحون مجهولون على رتل عسكري على الطريق الدولي مساء أمس."
    evs = [e for e in _of_type(_events(events_of, text), "MOBILIZE") if "رتل" in e["evidence"]["trigger"]["text"]]
    assert not evs, evs


def test_a_convoy_carrying_is_no_mobilisation():
    from marsad.events.triggers import find_triggers
    from tests.events.wordlist import words_of

    words = words_of("ونقلتها على متن رتل ضم نحو عشرين آلية عسكرية")
    assert not [t for t in find_triggers(words) if t.type == "MOBILIZE"]
    words = words_of("ودخل رتل ضم نحو عشرين آلية عسكرية")
    assert [t for t in find_triggers(words) if t.type == "MOBILIZE"]


def test_a_convoy_entering_is_a_mobilisation(events_of):
    text = "ودخل رتل عسكري تركي مؤلف من نحو عشرين آلية إلى البلدة صباح اليوم."
    assert _of_type(_events(events_of, text), "MOBILIZE")


# protesters storming a building riot; security forces storming a square raid it


@pytest.mark.parametrize("text", [
    "واقتحم عشرات المحتجين، ظهر أمس، مبنى المجلس المحلي في المدينة احتجاجاً على انقطاع الكهرباء.",
    "وقالت الشرطة إن محتجين رشقوا عناصرها بالحجارة وحاولوا اقتحام المبنى.",
])
def test_protesters_storming_riot(events_of, text):
    evs = _events(events_of, text)
    assert any(e["type"] == "PROTEST" and e["mode"] == "riot" for e in evs), evs
    assert not _of_type(evs, "COERCE"), evs


def test_forces_storming_raid(events_of):
    evs = _of_type(_events(events_of, "واقتحمت قوات الأمن ساحة الاعتصام وسط المدينة فجر اليوم."), "COERCE")
    assert evs and any("قوات الأمن" in t for t in _texts(evs[0]["source"])), evs


# a sound plural in «ين» right after a verb is its object, never its subject (the nominative is «ـون»)


def test_a_plural_in_yn_after_a_joined_verb_is_its_object(events_of):
    text = "واعتقلت قوات الأمن ثلاثة شبان وفرّقت المتظاهرين بالغاز المسيل للدموع أمام مبنى المحافظة."
    evs = [e for e in _of_type(_events(events_of, text), "COERCE") if e["mode"] == "restrict"]
    assert evs, _events(events_of, text)
    assert any("قوات الأمن" in t for t in _texts(evs[0]["source"])), evs
    assert any("المتظاهرين" in t for t in _texts(evs[0]["recipient"])), evs


def test_a_plural_in_un_after_the_verb_is_its_subject(events_of):
    text = "وتظاهر المعلمون أمام مبنى المحافظة صباح اليوم للمطالبة بصرف رواتبهم المتأخرة."
    evs = _of_type(_events(events_of, text), "PROTEST")
    assert evs and any("المعلمون" in t for t in _texts(evs[0]["source"])), evs


# a weapon noun that is the instrument of the sentence's act («بالأسلحة الرشاشة والقذائف») names no attack told before


@pytest.mark.parametrize(("text", "word", "anaphoric"), [
    ("هاجم مسلحون حاجزاً للشرطة بالأسلحة الرشاشة والقذائف الصاروخية", "والقذائف", False),
    ("استهدف الجيش مواقع المسلحين بالقذائف الثقيلة", "بالقذائف", False),
    ("وقال الأهالي إن القذائف سقطت على المدرسة", "القذائف", True),
])
def test_an_instrument_is_not_named_back(text, word, anaphoric):
    from marsad.events.extract import _anaphoric
    from marsad.events.triggers import find_triggers
    from tests.events.wordlist import words_of

    words = words_of(text)
    t = next(t for t in find_triggers(words) if text[t.start : t.end] == word)
    assert (_anaphoric(words, t, "") is not None) is anaphoric, text


def test_a_feminine_visit_noun_is_no_pronoun():
    # (the normal form writes «ة» as «ه»: «بزيارة» after «سُمح» is no «بزيارته»)
    from marsad.events.triggers import find_triggers
    from tests.events.wordlist import words_of

    words = words_of("وسُمح للوفد بزيارة المعبر الحدودي")
    assert [t for t in find_triggers(words) if t.type == "CONSULT"]
    words = words_of("ولم يُسمح لأحد بزيارتهم")
    assert not [t for t in find_triggers(words) if t.type == "CONSULT"]


# a warning is a threat when what will be done is done firmly to anyone who acts so («سيتعامل بحزم مع أي طرف …»)


@pytest.mark.parametrize("text", [
    "وحذّر مصدر في وزارة الدفاع من أن الجيش «سيتعامل بحزم مع أي طرف يخرق الهدنة» في المحافظة.",
    "وحذّر الناطق باسم وزارة الداخلية، في تصريح إذاعي، من أن «القانون سيُطبَّق بكل صرامة على كل من يعطّل حركة المرور».",
])
def test_a_firm_warning_is_a_threat(events_of, text):
    assert _of_type(_events(events_of, text), "THREATEN"), _events(events_of, text)


def test_a_warning_of_a_danger_is_no_threat(events_of):
    text = "وحذّرت منظمة الصحة العالمية من أن انتشار الكوليرا سيتسارع في المخيمات مع اقتراب فصل الشتاء."
    assert not _of_type(_events(events_of, text), "THREATEN")


def test_a_source_vowing_is_a_threat(events_of):
    # (an unnamed source right after the verb anchors it, as a spokesman does)
    text = "إلى ذلك، توعّد مصدر أمني، في تصريح نقلته وكالة الأنباء الرسمية، بملاحقة «كل من حمل السلاح وروّع المواطنين»."
    assert _of_type(_events(events_of, text), "THREATEN"), _events(events_of, text)


# an agreement breached is one in force, none made


@pytest.mark.parametrize(("text", "made"), [
    ("سيتعامل بحزم مع أي طرف يخرق الهدنة في المحافظة", False),
    ("واتهم الطرفان بعضهما بخرق «الاتفاق» في الحي الغربي", False),
    ("وأعلنت اللجنة هدنة جديدة في المحافظة", True),
])
def test_a_breached_agreement_is_none_made(text, made):
    from marsad.events.triggers import find_triggers
    from tests.events.wordlist import words_of

    assert bool([t for t in find_triggers(words_of(text)) if t.type == "AGREE"]) is made, text


# «لا يكاد يمرّ يوم من دون …»: what happens on every such day is a habit


def test_no_day_without_is_a_habit(all_events_of):
    text = "ومنذ منتصف نيسان الماضي، لا يكاد يمرّ يوم من دون قصف على قرى الجبل."
    evs = _of_type(all_events_of(text), "ASSAULT")
    assert evs and all(e["factuality"] == "generic" for e in evs), evs


def test_a_negated_shelling_stays_negated(all_events_of):
    text = "ونفى المصدر أن يكون الجيش قد قصف قرى الجبل أمس."
    evs = _of_type(all_events_of(text), "ASSAULT")
    assert evs and evs[0]["factuality"] == "negated", evs


# aid handed out by a body with a long name: the goods may come up to thirteen words after the verb


def test_aid_after_a_long_name(events_of):
    text = ("إنسانياً، وزّع متطوعو فرع الهلال الأحمر العربي السوري في المدينة، أمس، نحو ألف ومئتي سلة غذائية على "
            "عائلات نازحة.")
    assert _of_type(_events(events_of, text), "AID"), _events(events_of, text)


# news that «spread» or was «passed around» («وراجت أخبار عن …»، «وتناقلت مواقع أنباء عن …») is a rumour


@pytest.mark.parametrize("text", [
    "وراجت على مجموعات محلية، مساء أمس، أخبار عن اختطاف تاجر من أبناء البلدة على يد مسلحين مجهولين قرب الجسر.",
    "وتناقلت صفحات محلية، مساء أمس، أنباء عن اختطاف تاجر من أبناء البلدة على يد مسلحين مجهولين قرب الجسر.",
])
def test_news_passed_around_is_a_rumour(all_events_of, text):
    evs = _of_type(all_events_of(text), "ASSAULT")
    assert evs and evs[0]["factuality"] == "rumored", evs


def test_news_reported_by_a_named_source_is_no_rumour(all_events_of):
    text = "وذكرت الشرطة في بيان، مساء أمس، أن مسلحين مجهولين اختطفوا تاجراً من أبناء البلدة قرب الجسر."
    evs = _of_type(all_events_of(text), "ASSAULT")
    assert evs and evs[0]["factuality"] in ("asserted", "reported"), evs


# a plural verb with an object pronoun drops the plural's alif («طالبوا» + «ها» → «وطالبوها»)


@pytest.mark.parametrize(("text", "typ"), [
    ("وطالبوها بفدية قدرها ألف دولار", "REQUEST"),
    ("واعتقلوهم قرب الحاجز", "COERCE"),
])
def test_a_plural_verb_with_an_object_pronoun(text, typ):
    from marsad.events.triggers import find_triggers
    from tests.events.wordlist import words_of

    assert [t for t in find_triggers(words_of(text)) if t.type == typ], text


def test_a_counted_him_is_no_promise():
    # «وعدّوه محرِّراً» (they counted him a liberator) is not «وعدوه» (they promised him)
    from marsad.events.triggers import find_triggers
    from tests.events.wordlist import words_of

    assert not [t for t in find_triggers(words_of("رحّب به كثيرون وعدوه محرراً لهم")) if t.type == "AGREE"]


def test_an_attack_verb_with_an_object_pronoun_is_not_read():
    # (attack verbs so written name a victim told before, mostly in relative clauses, quotes and figures of speech:
    # «أن نحرر أبو مازن من الذين اختطفوه»; on the OEDA sentences all of them were negatives)
    from marsad.events.triggers import find_triggers
    from tests.events.wordlist import words_of

    assert not [t for t in find_triggers(words_of("بقي أن نحرره من الذين اختطفوه")) if t.type == "ASSAULT"]


# tribal truces and reconciliations are agreements; an agreement a meeting ends in has the meeting's parties


@pytest.mark.parametrize("text", [
    "وترأّس المحافظ لقاءً عشائرياً ضمّ وجهاء من العشيرتين، منحت خلاله عشيرة القتيل «عطوة أمنية» لمدة ثلاثة أشهر.",
    "وقبل أن تتسع المواجهة، توصّل وجهاء من المنطقة إلى «صلح مؤقت» بين العائلتين بحضور دورية من الشرطة.",
])
def test_truces_and_reconciliations_are_agreements(events_of, text):
    assert _of_type(_events(events_of, text), "AGREE"), _events(events_of, text)


def test_a_magistrates_court_is_no_reconciliation(events_of):
    assert not _of_type(_events(events_of, "وأصدرت محكمة الصلح في المدينة حكماً بسجن المتهمين."), "AGREE")


def test_an_agreement_a_meeting_ends_in(events_of):
    text = ("وعقد قائد الشرطة، ظهر اليوم، اجتماعاً مع شيوخ العشيرتين في مبنى البلدية، أسفر عن الاتفاق على تسليم "
            "المطلوبين إلى القضاء.")
    evs = _of_type(_events(events_of, text), "AGREE")
    assert evs and any("شيوخ العشيرتين" in t for t in _texts(evs[0]["source"] + evs[0]["recipient"])), evs


def test_a_call_to_demonstrate_is_a_planned_protest(events_of):
    text = "ودعا التحالف أنصاره إلى التظاهر في جميع المحافظات يوم الجمعة المقبل."
    evs = _of_type(_events(events_of, text), "PROTEST")
    assert evs and evs[0]["factuality"] == "planned", evs


# what attackers take is part of the attack; what the authorities confiscate after a clash is theirs


def test_loot_is_part_of_the_attack(events_of):
    text = "وهاجم مسلحون مجهولون مزرعة قرب البلدة مساء أمس، وقتلوا حارسها واستولوا على محصول القمح."
    evs = _events(events_of, text)
    assert _of_type(evs, "ASSAULT") and not [e for e in _of_type(evs, "COERCE") if e["mode"] == "seize"], evs


def test_a_seizure_with_no_attack_stays(events_of):
    text = "واستولى مسلحون مجهولون، مساء أمس، على شاحنة محمّلة بالقمح قرب البلدة."
    assert [e for e in _of_type(_events(events_of, text), "COERCE") if e["mode"] == "seize"], _events(events_of, text)


def test_recurring_raids_are_a_habit(all_events_of):
    text = "وشنّت قوات الأمن حملات دهم واعتقال تتكرر بالوتيرة نفسها في الأحياء القديمة من المدينة."
    evs = [e for e in all_events_of(text) if e["type"] == "COERCE"]
    assert evs and all(e["factuality"] == "generic" for e in evs), evs


def test_a_headline_count_names_no_one(events_of):
    # a headline's bare count («وآلاف يتظاهرون …») agrees with the crowd the body names, and gives way to it
    text = ("مقتل جنديين بقصف على قرية حدودية.. وآلاف يتظاهرون في المدينة ضد انقطاع المياه\n"
            "المدينة – «صدى الشمال»: قُتل جنديان، عصر أمس، بقصف مدفعي على قرية حدودية شمال المدينة.\n"
            "وفي المدينة، خرج آلاف الأهالي، صباح اليوم، في مظاهرة جابت الشوارع الرئيسية احتجاجاً على انقطاع المياه.")
    evs = _of_type(events_of(text), "PROTEST")
    assert len(evs) == 1, evs
    assert _texts(evs[0]["source"]) == ["الأهالي"], evs
