"""Session 36: classes of language from the errors of the dev sets (docs/events.md § Session 36).
The texts are the team's own."""

from __future__ import annotations

import pytest
from event_helpers import of_type as _of_type
from event_helpers import texts as _texts
from event_helpers import under_headline as _events

# the one asked when no actor is named there: the words between a verb of asking and what is asked


@pytest.mark.parametrize(("text", "asked"), [
    ("تجمّع العشرات من أهالي بلدة الدانا أمام المخبز الآلي، صباح اليوم، وطالبوا محافظة إدلب بـ«حلّ عاجل» "
     "لأزمة الطحين.", "محافظة إدلب"),
    ("نظّم العشرات من سائقي الشاحنات وقفة احتجاجية أمام مبنى المرفأ، وطالبوا والي البحر الأحمر بإلغاء "
     "الرسوم الجديدة.", "والي البحر الأحمر"),
    ("اعتصم عشرات المزارعين أمام مبنى البلدية، مساء أمس، وطالبوا، في بيان تلوه أمام الصحفيين، إدارة المعبر "
     "بتعويضهم عن خسائرهم.", "إدارة المعبر"),
])
def test_the_one_asked_is_the_phrase_before_what_is_asked(events_of, text, asked):
    demands = _of_type(_events(events_of, text), "REQUEST")
    assert demands and any(asked in t for t in _texts(demands[0]["recipient"])), demands


@pytest.mark.parametrize("text", [
    "وطالب المشاركون في الوقفة بالإفراج عن المعتقلين وكشف مصير المفقودين.",
    "ودعت عائلات المفقودين إلى وقفة جديدة يوم الجمعة المقبل أمام مبنى المحافظة.",
    "وقال المتحدث إن الهيئة ستطالب مرةً أخرى بإطلاق سراح الموقوفين.",
    "ودعا رئيس البلدية السابق إلى الهدوء وضبط النفس.",
])
def test_no_one_asked_is_read_from_the_subject_or_an_adverb(events_of, text):  # (a guard)
    demands = _of_type(_events(events_of, text), "REQUEST")
    assert all(not e["recipient"] or all(w not in " ".join(_texts(e["recipient"])) for w in
               ("المشاركون", "عائلات", "مرة", "السابق")) for e in demands), demands


# the other side of a call: named inside a parenthetical after the verb (the recipient), or as the caller after «من»
# (since session 63 the source: who initiates the call; the one who receives it is the recipient)


@pytest.mark.parametrize(("text", "other", "role"), [
    ("وبحث وزير الخارجية الأردني، في اتصال هاتفي مساء أمس مع نظيره المصري، «آخر التطورات في المنطقة».",
     "نظيره المصري", "recipient"),
    ("وتلقى وزير الدفاع العراقي، اليوم، اتصالاً هاتفياً من نظيره التركي، جرى خلاله بحث «أمن الحدود».",
     "نظيره التركي", "source"),
])
def test_the_other_side_of_a_call(events_of, text, other, role):
    talks = _of_type(_events(events_of, text), "CONSULT")
    assert talks and any(other in t for t in _texts(talks[0][role])), talks


# who gave or sent the aid, named after the aid noun («مقدّمة من X»، «أرسلتها X»)


@pytest.mark.parametrize(("text", "giver"), [
    ("ووصلت إلى مخيم الركبان، مساء أمس، قافلة مساعدات مؤلفة من ست شاحنات محمّلة بالطحين، مقدّمة من الهلال "
     "الأحمر القطري.", "الهلال الأحمر القطري"),
    ("ودخلت إلى البلدة، ظهر اليوم، قافلة من ثماني شاحنات محمّلة بالأدوية والأغطية، أرسلتها منظمة الصحة "
     "العالمية من مدينة حماة.", "منظمة الصحة العالمية"),
])
def test_the_giver_of_aid_named_after_it(events_of, text, giver):
    aid = _of_type(_events(events_of, text), "AID")
    assert aid and any(giver in t for t in _texts(aid[0]["source"])), aid


# aid after «لـ»: what something is for, needed or readied — no delivery


@pytest.mark.parametrize("text", [
    "واتفق الطرفان على فتح ممرات آمنة لقوافل المساعدات إلى الأحياء الشرقية من المدينة.",
    "وقال مدير المنظمة إن هناك حاجة ماسة لمساعدات عاجلة قبل حلول الشتاء.",
])
def test_aid_after_lam_is_no_delivery(events_of, text):
    assert not _of_type(_events(events_of, text), "AID"), _events(events_of, text)


def test_a_delivery_is_still_a_delivery(events_of):  # (a guard)
    text = "ووزّع الهلال الأحمر السوري، اليوم، مساعدات غذائية على مئتي عائلة نازحة في بلدة الدانا."
    assert _of_type(_events(events_of, text), "AID")


# quotation marks kept whole in an actor's text; a group head with «لـ» before a quoted name is its men


@pytest.mark.parametrize(("text", "span", "want"), [
    ("قال مصدر إن عناصر «داعش» قصفوا البلدة.", "عناصر «داعش", "عناصر «داعش»"),
    ('قال مصدر إن مقاتلي "الحشد" قصفوا البلدة.', 'مقاتلي "الحشد', 'مقاتلي "الحشد"'),
    ("قال مصدر إن قوات «الدعم» قصفت البلدة.", "قوات «", "قوات"),
    ("قال مصدر إن عناصر «داعش» قصفوا البلدة.", "عناصر «داعش»", "عناصر «داعش»"),  # (a guard: already whole)
])
def test_an_actor_s_quotation_marks_are_whole(text, span, want):
    from marsad.events.extract import _whole_quotes

    start = text.index(span)
    a = {"text": span, "start": start, "end": start + len(span)}
    _whole_quotes(text, a)
    assert a["text"] == want and text[a["start"] : a["end"]] == want, a


def test_reinforcements_of_a_quoted_group_name_its_men(events_of):
    text = "ووصلت، مساء أمس، تعزيزات عسكرية لقوات «الدعم السريع» إلى مدينة الفاشر."
    moves = _of_type(_events(events_of, text), "MOBILIZE")
    assert moves and any("الدعم السريع" in t for t in _texts(moves[0]["source"])), moves


def test_the_arrival_of_an_armed_convoy_is_a_deployment(events_of):
    text = "وأفاد مراسلنا بوصول رتل مسلح تابع لـ«هيئة تحرير الشام» إلى أطراف بلدة الأتارب، صباح اليوم."
    assert _of_type(_events(events_of, text), "MOBILIZE"), _events(events_of, text)


@pytest.mark.parametrize("word", ["وعدوان", "وعدوانها"])
def test_no_verb_stem_ends_in_waan(word):
    from marsad.events.lexicon import stems

    assert ("وعدوا", "v") not in stems(word) and not any(s == "وعد" for s, _ in stems(word)), stems(word)


def test_and_aggression_is_no_promise(events_of):
    text = "وأدانت الخارجية ما وصفته بالاحتلال وعدوان القوات التركية المستمر على الأراضي السورية."
    assert not _of_type(_events(events_of, text), "AGREE"), _events(events_of, text)


def test_in_solidarity_with_is_the_purpose_of_a_protest(events_of):
    text = "وخرج العشرات من أهالي بلدة الحراك، بعد صلاة الجمعة، في مظاهرة تضامناً مع المعتقلين في سجون النظام."
    events = _events(events_of, text)
    assert _of_type(events, "PROTEST") and not _of_type(events, "SUPPORT"), events


def test_a_declared_solidarity_is_still_support(events_of):  # (a guard)
    text = "وأعلن اتحاد الطلبة، في بيان اليوم، تضامنه مع الطلاب المفصولين من جامعة حلب."
    assert _of_type(_events(events_of, text), "SUPPORT"), _events(events_of, text)


def test_her_solidarity_is_still_support(events_of):  # (a guard: «تضامنها» ends in «ا» too)
    text = "وأعلنت الحكومة الأردنية، في بيان اليوم، تضامنها مع الحكومة العراقية في مواجهة الإرهاب."
    assert _of_type(_events(events_of, text), "SUPPORT"), _events(events_of, text)


def test_a_country_inside_an_actor_s_name_is_not_the_article_s_place(events_of):
    text = ("شنّت «قوات سوريا الديمقراطية» (قسد)، فجر اليوم، حملة دهم في بلدة الكسرة بريف دير الزور الغربي.\n"
            "ويعتمد معظم سكان المنطقة على الزراعة وتربية المواشي.\nوتعاني البلدة من نقص حاد في مياه الشرب.\n"
            "كما ارتفعت أسعار الخبز والمحروقات خلال الأشهر الماضية.\nوتشهد الطرق الزراعية حركة ضعيفة في الشتاء.\n"
            "وقال مصدر محلي إن المسلحين طالبوا الأهالي بتسليم المطلوبين خلال يومين.")
    demands = _of_type(list(events_of(text)), "REQUEST")
    assert demands and "سوريا" != (demands[0]["location"] or {}).get("text"), demands


def test_a_shelling_by_another_country_that_went_with_the_battles_is_its_own_act(events_of):
    text = ("واندلعت، صباح اليوم، معارك عنيفة بين فصائل المعارضة ومقاتلي «قسد» جنوب مدينة جرابلس، وترافقت المعارك "
            "مع قصف مدفعي تركي مكثف استهدف مواقع «قسد» في قرية العمارنة.")
    attacks = _of_type(_events(events_of, text), "ASSAULT")
    assert len(attacks) == 2, [(e["evidence"]["trigger"]["text"], _texts(e["source"])) for e in attacks]


def test_a_shelling_that_went_with_the_clashes_is_part_of_them(events_of):  # (a guard)
    text = ("واندلعت، ليل أمس، اشتباكات عنيفة بين قوات النظام وعناصر التنظيم على أطراف بلدة الموحسن، ترافقت مع قصف "
            "مدفعي وجوي مكثف.")
    assert len(_of_type(_events(events_of, text), "ASSAULT")) == 1, _events(events_of, text)


def test_the_hedged_aircraft_of_a_strike_names_its_country(events_of):
    text = "وقُتل اثنان، ليل الإثنين، في غارة يُرجَّح أنها لطائرة أمريكية من دون طيار استهدفت سيارة في مديرية الصومعة."
    attacks = _of_type(_events(events_of, text), "ASSAULT")
    assert attacks and any("أمريكية" in t for t in _texts(attacks[0]["source"])), attacks


# participles of rejecting and (feminine) of accusing after a comma are acts of the clause's subject


def test_a_participle_of_rejecting_is_a_rejection(events_of):
    text = "وردّ قيادي في «جيش الفتح»، في حديث لوكالة محلية، رافضاً تسليم المرافق العامة قبل انتهاء المعارك."
    rejections = _of_type(_events(events_of, text), "REJECT")
    assert rejections and any("جيش الفتح" in t or "قيادي" in t for t in _texts(rejections[0]["source"])), rejections


def test_a_feminine_participle_of_accusing_after_a_comma_is_an_accusation(events_of):
    text = "ورفضت «غرفة عمليات فتح حلب» العرض الروسي في بيان صدر ليل أمس، متهمةً موسكو بالسعي إلى تهجير السكان."
    assert _of_type(_events(events_of, text), "ACCUSE"), _events(events_of, text)


@pytest.mark.parametrize("text", [
    "وفرضت الوزارة عقوبات على أربع شركات متهمة بمساعدة النظام على الالتفاف على الحظر النفطي.",
    "وفتحت السلطات تحقيقاً بحق رئيسة الحزب، المتهمة بالترويج لجماعة محظورة، بعد يوم من توقيف نائبها.",
])
def test_one_accused_is_not_one_accusing(events_of, text):  # (guards: the feminine participle is new)
    assert not _of_type(_events(events_of, text), "ACCUSE"), _events(events_of, text)


def test_a_joined_participle_of_accusing_is_still_an_accusation(events_of):  # (a guard)
    text = ("وردّ قيادي في «جيش الفتح»، في حديث لوكالة محلية، رافضاً تسليم المرافق العامة، ومتهماً الحكومة المؤقتة "
            "بالتقصير في دفع رواتب الموظفين.")
    assert _of_type(_events(events_of, text), "ACCUSE"), _events(events_of, text)
