"""Session 34: classes of language from the errors of the dev sets (docs/events.md § Session 34).
The texts are the team's own."""

from __future__ import annotations

import pytest
from event_helpers import of_type as _of_type
from event_helpers import texts as _texts
from event_helpers import under_headline as _events

# a VSO object after a subject, a short phrase of where and a time set off by commas


@pytest.mark.parametrize("text", [
    "اعتقل عناصر دورية تابعة للشرطة عند دوار البلدة، مساء أمس، ثلاثة طلاب كانوا عائدين من الجامعة.",
    "اعتقلت دورية للشرطة العسكرية على طريق المطار، صباح الإثنين، أربعة عمال بحجة التخلف عن الخدمة.",
])
def test_the_object_follows_a_place_phrase_and_a_time(events_of, text):
    arrests = _of_type(_events(events_of, text), "COERCE")
    assert len(arrests) == 1, arrests
    assert any(x in t for t in _texts(arrests[0]["recipient"]) for x in ("طلاب", "عمال")), arrests[0]


@pytest.mark.parametrize("text", [
    "واعتقلت دوريات تابعة للشرطة، مساء السبت، ما لا يقل عن عشرين شخصاً قرب السوق.",
    "واعتقلت دوريات تابعة لـ«الشرطة» و«الأمن العام» في البلدة، مساء الأحد، أكثر من عشرين شخصاً.",
])
def test_a_hedged_count_after_the_time_is_the_object(events_of, text):
    arrests = _of_type(_events(events_of, text), "COERCE")
    assert len(arrests) == 1, arrests
    assert any("شخص" in t for t in _texts(arrests[0]["recipient"])), arrests[0]
    assert not any("الأمن العام" in t for t in _texts(arrests[0]["recipient"])), arrests[0]


def test_a_place_phrase_without_a_time_is_not_skipped(events_of):  # (a guard: the object needs the time's commas)
    text = "اعتقلت دورية للشرطة على طريق المطار أمس شاباً."
    arrests = _of_type(_events(events_of, text), "COERCE")
    assert len(arrests) == 1, arrests
    assert not any("المطار" in t for t in _texts(arrests[0]["recipient"])), arrests[0]


# «كل من + a present verb» after a threat names whom it threatens


@pytest.mark.parametrize(("text", "who"), [
    ("وتوعّدت قيادة الشرطة في بيانها «كل من يعتدي على الأملاك العامة» بالملاحقة.", "كل من يعتدي على الأملاك العامة"),
    ("وهدّد قائد الفصيل بمعاقبة كل من لا يسلّم سلاحه خلال يومين.", "كل من لا يسلّم سلاحه خلال يومين"),
    ("وتوعّد المجلس العسكري بـ«محاسبة كل من يتعاون مع الخاطفين»، داعياً الأهالي إلى الهدوء.", "كل من يتعاون مع الخاطفين"),
])
def test_whoever_is_threatened(events_of, text, who):
    threats = _of_type(_events(events_of, text), "THREATEN")
    assert len(threats) == 1, threats
    assert _texts(threats[0]["recipient"]) == [who], threats[0]


def test_whoever_stops_at_the_threat_s_instrument(events_of):
    text = "وتوعّدت الوزارة كل من يخرّب محطات الكهرباء بـ«أشد العقوبات»."
    threats = _of_type(_events(events_of, text), "THREATEN")
    assert _texts(threats[0]["recipient"]) == ["كل من يخرّب محطات الكهرباء"], threats[0]


def test_a_named_recipient_wins_over_whoever(events_of):  # (a guard)
    text = "وهدّد الجيش الفصائل المسلحة بالرد على كل من يقترب من مواقعه."
    threats = _of_type(_events(events_of, text), "THREATEN")
    assert any("الفصائل" in t for t in _texts(threats[0]["recipient"])), threats[0]


# what an attack's result damaged is its recipient when it names no target or victim


@pytest.mark.parametrize(("text", "damaged"), [
    ("واستهدفت طائرة حربية فجر اليوم أطراف قرية الزيارة بصاروخين، ما أدى إلى دمار كبير في مدرسة ابتدائية ومخزن للحبوب.",
     "مدرسة ابتدائية"),
    ("وألقى الطيران المروحي صباح اليوم برميلاً متفجراً على بلدة التح، ما أسفر عن أضرار مادية في ثلاثة منازل.",
     "ثلاثة منازل"),
])
def test_what_the_result_damaged_is_the_recipient(events_of, text, damaged):
    attacks = _of_type(_events(events_of, text), "ASSAULT")
    assert len(attacks) == 1, attacks
    assert _texts(attacks[0]["recipient"]) == [damaged], attacks[0]


def test_a_target_named_before_the_damage_wins(events_of):  # (a guard)
    text = "وشنّت الطائرات غارات على مقرات للمسلحين قرب البلدة، ما أدى إلى تدمير عدد من آلياتهم."
    attacks = _of_type(_events(events_of, text), "ASSAULT")
    assert len(attacks) == 1, attacks
    assert not any("آلياتهم" in t for t in _texts(attacks[0]["recipient"])), attacks[0]


# where an aid convoy arrived, named before the aid noun


@pytest.mark.parametrize("text", [
    "ووصلت ظهر اليوم إلى مستشفى المدينة الوطني قافلة أدوية مقدمة من الهلال الأحمر.",
    "ووصلت مساء أمس إلى مستشفى جاسم الميداني قافلة أدوية مقدمة من الهلال الأحمر.",
])
def test_aid_arriving_at_a_named_place_before_it(events_of, text):
    aid = _of_type(_events(events_of, text), "AID")
    assert len(aid) == 1, aid
    assert any("مستشفى" in t for t in _texts(aid[0]["recipient"])), aid[0]


# a verb joined by «، و» to «دانت» (أدان without its hamza), and a body's quoted short name before the «بـ» complement


def test_a_joined_demand_after_danat_addresses_the_body_with_its_short_name(events_of):
    text = ("ودانت الإدارة المحلية للناحية، في بيان، ما وصفته بـ«المجزرة»، وطالبت البعثة الأممية «أونروم» بـ«تسمية "
            "الجهة المسؤولة».")
    demands = _of_type(_events(events_of, text), "REQUEST")
    assert len(demands) == 1, demands
    assert _texts(demands[0]["recipient"]) == ["البعثة الأممية"], demands[0]


def test_a_quoted_group_after_a_one_word_subject_is_the_one_addressed(events_of):  # (a guard)
    text = "وخرج العشرات من أهالي القرية في مظاهرة، وطالب المحتجون «قسد» بالإفراج عن أبنائهم."
    demands = _of_type(_events(events_of, text), "REQUEST")
    assert len(demands) == 1, demands
    assert any("قسد" in t for t in _texts(demands[0]["recipient"])), demands[0]


# a place name the gazetteer lacks, repeated bare after the article named it («بلدة كفرنوران» … «وفي كفرنوران، …»),
# opening the sentence: the place of its events when the sentence names no known place


def test_a_repeated_unknown_place_opening_the_sentence_places_its_event(events_of):
    text = ("داهمت قوات الأمن صباح اليوم منازل في بلدة كفرنوران بريف حلب الغربي واعتقلت ستة شبان.\n"
            "وفي كفرنوران، خرج العشرات من الأهالي في مظاهرة ضد الاعتقالات ظهر اليوم.")
    protests = _of_type(_events(events_of, text), "PROTEST")
    assert len(protests) == 1, protests
    assert protests[0]["location"]["text"] == "كفرنوران", protests[0]["location"]


def test_a_known_place_of_the_sentence_wins_over_an_opening_unknown_name(events_of):  # (a guard)
    text = ("داهمت قوات الأمن صباح اليوم منازل في بلدة كفرنوران بريف حلب الغربي واعتقلت ستة شبان.\n"
            "وفي كفرنوران، خرج العشرات من الأهالي في مظاهرة ضد الاعتقالات قرب مدينة الأتارب ظهر اليوم.")
    protests = _of_type(_events(events_of, text), "PROTEST")
    assert protests and "الأتارب" in protests[0]["location"]["text"], protests


# an arrest phrase ending in its «بـ» masdar («يأمر بحبس»): who is held follows it, not the masdar


def test_an_order_to_detain_holds_the_people_after_its_masdar(events_of):
    text = ("القاضي يأمر بحبس أربعة موظفين في مديرية المياه\n"
            "أمر قاضي التحقيق اليوم بحبس أربعة من موظفي مديرية المياه احتياطياً.")
    detentions = _of_type(_events(events_of, text), "COERCE")
    assert detentions, detentions
    assert all("بحبس" not in t for e in detentions for t in _texts(e["recipient"])), detentions
    assert any("موظف" in t for e in detentions for t in _texts(e["recipient"])), detentions


# a «بـ» phrase after an indefinite noun is no adjective of it («ذويه بفدية»)، but «قوات بحرية» is


def test_a_bi_phrase_does_not_extend_the_one_addressed(events_of):
    demands = _of_type(_events(events_of, "وطالب الخاطفون ذويه بفدية مالية كبيرة."), "REQUEST")
    assert demands and _texts(demands[0]["recipient"]) == ["ذويه"], demands


def test_a_naval_force_keeps_its_adjective(events_of):  # (a guard)
    attacks = _of_type(_events(events_of, "وقصفت قوات بحرية أمريكية مواقع للمسلحين قرب الساحل."), "ASSAULT")
    assert attacks and any("بحرية" in t for t in _texts(attacks[0]["source"])), attacks


# a hedged nationality of the weapon that is the attack verb's subject («طائرة حربية يُرجّح أنها روسية»)


@pytest.mark.parametrize("text", [
    "واستهدفت طائرة حربية يُرجّح أنها روسية فجر اليوم أطراف بلدة التمانعة بصاروخين.",
    "وقصفت طائرة مسيّرة يُعتقد أنها تركية ظهر اليوم سيارة على طريق القامشلي.",
])
def test_a_hedged_nationality_of_the_weapon_names_the_attacker(events_of, text):
    attacks = _of_type(_events(events_of, text), "ASSAULT")
    assert len(attacks) == 1, attacks
    assert attacks[0]["source"] and attacks[0]["source"][0]["actor"] in ("RUS-MIL", "TUR-MIL", "RUS", "TUR"), attacks[0]


# «وحمّلت الحملة X المسؤولية»: «الحملة» (a campaign) is no form of «حمّل»; the noun after the verb blames, X is blamed


def test_a_campaign_blames_the_actor_before_responsibility(events_of):
    text = "وحمّلت الحملة الأهلية قوات النظام المسؤولية الكاملة عن القصف الذي طال المدرسة."
    blames = _of_type(_events(events_of, text), "ACCUSE")
    assert len(blames) == 1, blames
    assert _texts(blames[0]["source"]) == ["الحملة الأهلية"], blames[0]
    assert any("قوات النظام" in t for t in _texts(blames[0]["recipient"])), blames[0]


def test_a_ruling_keeps_its_article(events_of):  # (a guard: a masdar among the forms, «الحكم بسجنه»)
    text = "وأصدرت المحكمة العسكرية أمس الحكم بسجنه عشر سنوات بتهمة التعامل مع الفصائل."
    assert _of_type(_events(events_of, text), "SANCTION"), _events(events_of, text)


# a definite event noun the detection model finds no new event in, told once, undated and with no agent named, is only a
# reference to an act the article does not tell


@pytest.mark.parametrize("text", [
    "وقال رئيس البلدية إن المجلس سيواصل مساعدة العائلات المتضررة من الاشتباكات في الأحياء الشرقية خلال الشتاء.",
    "وأشار التقرير إلى أن السكان ما زالوا يعانون من آثار التفجير على اقتصاد المدينة.",
])
def test_a_reference_to_an_untold_act_is_not_output(events_of, all_events_of, text):
    assert not _of_type(_events(events_of, text), "ASSAULT")
    kept = _of_type(_events(all_events_of, text), "ASSAULT")  # (still there for whoever asks for generic events)
    assert kept and kept[0]["factuality"] == "historical", kept


@pytest.mark.parametrize("text", [
    "وفي الثاني عشر من الشهر الجاري وقع الهجوم على مخفر البلدة بقذائف الهاون.",  # dated
    'وأعلنت الحكومة الاستنفار عقب الهجوم المنسوب إلى "إسرائيل" على منشأة عسكرية.',  # its agent named
    "وتعرضت السفينة للهجوم في خليج عدن في عملية نفذها قراصنة.",  # undergone
])
def test_a_reference_that_tells_the_act_is_kept(events_of, text):  # (guards)
    assert _of_type(_events(events_of, text), "ASSAULT"), text
