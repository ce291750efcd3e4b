"""Trigger lexicon and sense disambiguation (sentences written for these tests)."""

from __future__ import annotations

import pytest

from marsad.events.lexicon import load_lexicon, lookup, stems
from marsad.events.triggers import Word, find_triggers
from marsad.text.normalize import norm
from marsad.text.tokenize import tokenize


def words(text: str) -> list[Word]:
    return [Word(a, b, norm(text[a:b]), k) for a, b, k in tokenize(text)]


def types(text: str) -> list[tuple[str, str]]:
    return [(text[t.start : t.end], t.type) for t in find_triggers(words(text))]


def test_lexicon_covers_every_plover_type():
    kinds = {e.type for e in load_lexicon().entries}
    assert kinds >= {"ASSAULT", "COERCE", "MOBILIZE", "THREATEN", "PROTEST", "SANCTION", "ACCUSE", "REJECT",
                     "REQUEST", "CONSULT", "AGREE", "SUPPORT", "CONCEDE", "RETREAT", "COOPERATE", "AID"}


@pytest.mark.parametrize(
    "word, lemma, typ",
    [
        ("وهاجموا", "هاجم", "ASSAULT"),  # conjunction + plural subject ending
        ("بالغارات", "غاره", "ASSAULT"),  # preposition + article + plural restoring ta marbuta
        ("سيقصفون", "قصف", "ASSAULT"),  # future + present + plural
        ("يعتقلون", "اعتقل", "COERCE"),  # present derived by rule from the past form
        ("للاجتماع", "اجتماع", "CONSULT"),  # لل = ل + ال
        ("زيارتهم", "زياره", "CONSULT"),  # ta marbuta + pronoun
        ("اعتصامات", "اعتصام", "PROTEST"),
    ],
)
def test_inflected_forms_reach_their_entry(word, lemma, typ):
    hits = lookup(norm(word))
    assert hits, word
    assert (hits[0][0].forms[0], hits[0][0].type) == (lemma, typ)


def test_stems_keep_the_unstripped_word_first():
    assert stems("والهجوم")[0] == ("والهجوم", "*")
    assert ("هجوم", "n") in stems("والهجوم")


def test_article_is_not_stripped_from_verbs():
    # تجمع is listed as a verb; "التجمع" (a noun: the rally/the group) must not reach the verb by article stripping
    assert not [e for e, _ in lookup(norm("التجمع")) if e.forms[0] == "تجمع"]


def test_phrase_and_gap_phrase():
    assert ("أطلقوا النار", "ASSAULT") in types("أطلقوا النار على الحافلة.")
    got = types("وأبدت الفصائل الثلاث المحاصرة استعدادها للحوار.")
    assert got and got[0][1] == "AGREE" and got[0][0].endswith("استعدادها")


def test_needs_context_for_weak_triggers():
    assert types("نشر الكاتب مقالاً جديداً.") == []
    assert ("نشر", "MOBILIZE") in types("نشر الجيش قوات إضافية على الحدود.")
    assert types("تقرر خروج الموظفين باكراً.") == []
    assert ("خروج", "RETREAT") in types("بدأ خروج المسلحين من البلدة.")


def test_metaphorical_attack_is_dropped():
    assert types("شنت الصحيفة هجوماً كاسحاً على الوزير.") == []
    assert ("هجوماً", "ASSAULT") in types("شن المسلحون هجوماً على الحاجز.")


def test_verbal_attack_becomes_accuse():
    assert types("هاجم الوزير في تصريحات تلفزيونية سياسة الحكومة.") == [("هاجم", "ACCUSE")]


def test_accident_is_not_assault():
    assert [t for t in types("مقتل ثلاثة في حادث سير على الطريق.") if t[1] == "ASSAULT"] == []


def test_drone_is_not_a_march_and_purpose_adverb_is_not_a_protest():
    assert [t for t in types("أسقطت الدفاعات طائرة مسيرة فوق المطار.") if t[1] == "PROTEST"] == []
    assert [t for t in types("أغلق التجار محالهم احتجاجاً على الضرائب.") if t[1] == "PROTEST"] == []


def test_negated_noun_names_no_event():
    assert types("انسحبت القوات بدون قتال.")[0][1] == "RETREAT"
    assert [t for t in types("عبروا عن قلقهم من عدم التنسيق الأمني.") if t[1] == "COOPERATE"] == []


def test_a_word_written_with_ta_marbuta_is_never_a_verb_form():
    # «وزارة» normalises like و+زار+ه («and he visited him»); the ة shows it is the noun «ministry»
    from marsad.doc import Document
    from marsad.events.extract import extract_events
    from marsad.stages.tokenizer import Tokenizer

    for text in ("وأعلنت وزارة الخارجية أن الوفد وصل.", "قالت وزارةُ الدفاع إن الطائرات عادت."):
        doc = Tokenizer()(Document(text=text))
        assert not [e for e in extract_events(doc) if e["evidence"]["trigger"]["text"].startswith("وزار")]
    assert types("وزاره الوفد في مكتبه أمس.") == [("وزاره", "CONSULT")]  # without ة the verb reading stays
    ws = words("وأعلنت وزارة الخارجية أن الوفد وصل.")
    ws[1].noun_ending = True
    assert not [t for t in find_triggers(ws) if t.head == 1]


def test_masdars_of_statement_verbs_are_noun_triggers():
    for text, trig in (("وتواصلت إدانة الهجوم من الدول.", "إدانة"), ("وجاءت موافقة الحكومة على الخطة.", "موافقة")):
        hit = [t for t in find_triggers(words(text)) if text[t.start : t.end] == trig]
        assert hit and hit[0].pos == "n"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("تدعم الدولة جارتها في مواجهة التدخلات الخارجية.", []),
        ("اندلعت مواجهة مسلحة بين الحراس والمهربين.", [("مواجهة", "ASSAULT")]),
        ("اندلعت مواجهات بين الحراس والمهربين.", [("مواجهات", "ASSAULT")]),
        ("بحث الوزيران تعزيز العلاقات التجارية.", []),
        ("دفع الجيش تعزيز قوات نحو الحدود.", [("تعزيز", "MOBILIZE")]),
        ("وصلت تعزيزات إلى المعبر.", [("تعزيزات", "MOBILIZE")]),
        ("تؤثر العقوبات في أسعار الخبز.", []),
        ("أعلنت الحكومة عقوبات جديدة على التجار.", [("عقوبات", "SANCTION")]),
    ],
)
def test_abstract_senses_of_confrontation_reinforcement_and_sanctions(text, expected):
    assert types(text) == expected


def test_tanween_and_trip_are_not_coercion():
    from marsad.doc import Document
    from marsad.events.extract import extract_events
    from marsad.stages.tokenizer import Tokenizer

    for text in ("نشرت القناة بياناً صادراً عن الوزارة.", "بدأت رحلة الوفد إلى العاصمة.", "استؤنفت الرحلات الجوية بين البلدين."):
        doc = Tokenizer()(Document(text=text))
        assert not [e for e in extract_events(doc) if e["type"] == "COERCE"], text
    assert types("رحّلت السلطات اللاجئين إلى الحدود.") == [("رحّلت", "COERCE")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("وزع المكتب بياناً صادر عن القيادة.", []),
        ("يقال إن الاجتماع تأجل.", [("الاجتماع", "CONSULT")]),
        ("صادرت الشرطة الأسلحة من المستودع.", [("صادرت", "COERCE")]),
        ("وصلت الحشود العسكرية إلى الحدود.", [("الحشود", "MOBILIZE")]),
        ("طالب الأهالي بالإفراج عن المعتقلين.", [("طالب", "REQUEST"), ("بالإفراج", "RETREAT")]),
    ],
)
def test_issued_by_it_is_said_and_masdar_entries(text, expected):
    assert types(text) == expected


def test_trigger_inside_a_persons_name_is_not_an_event():
    from marsad.doc import Document, Mention
    from marsad.events.extract import extract_events
    from marsad.stages.tokenizer import Tokenizer

    text = "وقال وزير الخارجية سامي فيدان إن الوفد وصل."
    doc = Tokenizer()(Document(text=text))
    assert [e for e in extract_events(doc) if e["type"] == "ACCUSE"]  # «فيدان» reads as ف+يدين without the name
    s = text.index("سامي")
    doc.mentions.append(Mention(start=s, end=s + len("سامي فيدان"), text="سامي فيدان", kind="person", label="PERS"))
    assert not [e for e in extract_events(doc) if e["type"] == "ACCUSE"]


def test_definite_relational_adjective_is_not_a_noun_trigger():
    assert types("نشر الناشط الصور على مواقع التواصل الاجتماعي.") == []
    assert types("وصف الخبير الطابع الهجومي للخطة.") == []
    assert types("عقد الاجتماع في المدينة.") == [("الاجتماع", "CONSULT")]
    assert types("والتقى الوفد المسؤولين.") == [("والتقى", "CONSULT")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("قال إن المعركة مفتوحة على كل الاحتمالات.", []),
        ("اندلعت معركة عنيفة قرب الجسر.", [("معركة", "ASSAULT")]),
        ("دارت معارك في محيط القرية.", [("معارك", "ASSAULT")]),
    ],
)
def test_a_battle_in_the_singular_needs_fighting_words(text, expected):
    assert types(text) == expected


def test_danat_without_hamza_is_condemned():
    assert types("دانت الحكومة الهجوم على المدرسة.")[0] == ("دانت", "ACCUSE")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("يعاني السكان من الحصار الاقتصادي منذ سنوات.", []),
        ("فرضت القوات الحصار على البلدة.", [("الحصار", "COERCE")]),
    ],
)
def test_an_economic_siege_is_a_policy_not_an_act(text, expected):
    assert types(text) == expected


def test_firing_missiles_or_shells_is_an_attack():
    assert types("أطلقت الزوارق صباح اليوم أربعة صواريخ على الميناء.") == [("صواريخ", "ASSAULT")]
    assert types("أطلق المسلحون قذيفتين على الحي.") == [("قذيفتين", "ASSAULT")]
    assert types("أطلقت البلدية حملة لتنظيف الشوارع.") == []


def test_a_student_is_not_a_demand():
    assert not [t for t in types("وهو طالب جزائري سعى إلى السفر") if t[1] == "REQUEST"]
    assert not [t for t in types("اعتقلت الشرطة طالب جامعي في المدينة") if t[1] == "REQUEST"]
    assert ("طالب", "REQUEST") in types("طالب الرئيس بالإفراج عن المعتقلين")


def test_a_comparative_is_not_a_deportation():
    assert not [t for t in types("ذهب إلى ما هو أبعد من السلام") if t[1] == "COERCE"]


def test_a_container_is_not_a_bomb():
    # «عبوة» is an explosive device only with its qualifier or an explosion/attack word after it
    # (handing out milk is aid since session 37: the sentence's only trigger is «وزعت», AID)
    assert types("وزعت الجمعية 179 عبوة حليب على الأسر") == [("وزعت", "AID")]
    assert ("عبوة", "ASSAULT") in types("أصابت عبوة مزروعة قرب الجسر دورية للشرطة")
    # (a bomb found is none set off: session 41)
    assert ("عبوة", "ASSAULT") not in types("عثر الأهالي على عبوة مزروعة قرب الجسر")
    assert ("عبوة", "ASSAULT") in types("انفجرت عبوة ناسفة في السوق")


def test_storming_is_a_raid_like_a_search_raid():
    assert ("اقتحمت", "COERCE") in types("اقتحمت القوات المخيم فجر اليوم")
    assert ("اقتحام", "COERCE") in types("أدى اقتحام المستوطنين للمسجد إلى مواجهات")
    assert ("يقتحمون", "COERCE") in types("مستوطنون يقتحمون المسجد الأقصى")


def test_in_return_for_is_not_a_meeting():
    assert not [t for t in types("رصدت الوزارة مكافأة قدرها مليون دولار لقاء أي معلومات عنه") if t[1] == "CONSULT"]
    assert ("لقاء", "CONSULT") in types("عقد الوزيران لقاء في العاصمة أمس")


def test_a_ceasefire_with_words_between_is_not_a_shooting():
    ts = types("دعت المبادرة إلى وقف فوري لإطلاق النار في المدينة")
    assert not [t for t in ts if t[1] == "ASSAULT"]
    assert [t for t in ts if t[1] == "CONCEDE"]
    assert ("أطلق النار", "ASSAULT") in types("أطلق النار مسلح على دورية للشرطة")


def test_an_indefinite_relational_adjective_is_not_an_event_noun():
    # «اجتماعي» (social), «هجومي» (offensive) are adjectives, not «my meeting», «my attack»
    assert not types("تحول اللجوء إلى عبء أمني واقتصادي واجتماعي")
    assert not types("اتخذ الخطاب طابعاً هجومي النبرة")
    assert ("يلتقي", "CONSULT") in types("يلتقي الوزير نظيره غداً")


def test_only_the_shooting_after_a_ceasefire_word_is_the_ceasefire():
    # a hostage taken right after «وقف إطلاق النار» is still an attack
    ts = types("خرق المسلحون وقف إطلاق النار واحتجزوا جنديين رهينة")
    assert ("وقف إطلاق النار", "CONCEDE") in ts
    assert [t for t in ts if t[1] == "ASSAULT"] and not [t for t in ts if t[1] == "CONCEDE" and "رهينة" in t[0]]


def test_a_round_of_strikes_is_not_a_tour():
    ts = types("توقفت الطائرات عن شن جولة ثانية من الضربات الجوية")
    assert not [t for t in ts if t[1] == "CONSULT"] and [t for t in ts if t[1] == "ASSAULT"]
    assert ("جولة", "CONSULT") in types("بدأ الوزير جولة في المنطقة")


def test_dimensions_are_not_a_deportation():
    assert not types("للصراع أبعاد سياسية ومحلية")
    assert not types("تناول المقال الأبعاد الإقليمية للأزمة")
    assert ("إبعاد", "COERCE") in types("قررت السلطات إبعاد الصحفي عن البلاد")


def test_ministries_and_houses_are_not_visits_or_accusations():
    assert not types("أصدرت وزارتا الخارجية والدفاع بياناً مشتركاً")
    assert not types("سكن الأهالي في بيتهم القديم")  # ب + «يتهم» is no word: بـ never precedes a verb
    assert ("بتدمير", "ASSAULT") in types("قام الجنود بتدمير المنزل")
