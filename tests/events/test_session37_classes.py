"""Session 37: classes of language from the errors of the dev sets (docs/events.md § Session 37).
The texts are the team's own."""

from __future__ import annotations

import pytest
from event_helpers import of_type as _of_type
from event_helpers import texts as _texts
from event_helpers import under_headline as _events

# stones thrown at troops by residents, youths or protesters: a riot (PROTEST), not an attack


@pytest.mark.parametrize(("text", "throwers"), [
    ("ورشق عشرات الشبان في البلدة، مساء أمس، آليات الجيش بالحجارة والزجاجات الفارغة.", "الشبان"),
    ("ورشق أهالٍ في إحدى البلدات الحدودية آليات الدورية بالحجارة، قبل أن تغيّر مسارها.", "أهالٍ"),
    ("وأفادت الشرطة بأن محتجين رشقوا عناصرها بالحجارة أمام مبنى المحافظة.", "محتجين"),
])
def test_stones_thrown_by_a_crowd_are_a_riot(events_of, text, throwers):
    evs = _events(events_of, text)
    riots = _of_type(evs, "PROTEST")
    assert riots and riots[0]["mode"] == "riot", evs
    assert any(throwers in t for t in _texts(riots[0]["source"])), riots
    assert not _of_type(evs, "ASSAULT"), evs


def test_settlers_stoning_homes_are_an_attack(events_of):
    text = "وهاجمت مجموعة من المستوطنين، فجر اليوم، قرية جنوب نابلس، ورشقوا منازل المواطنين بالحجارة."
    evs = _events(events_of, text)
    assert _of_type(evs, "ASSAULT") and not _of_type(evs, "PROTEST"), evs


# what a protest voices («تعبيراً عن رفضهم»، «للتأكيد على رفض …») is not a rejection of its own


@pytest.mark.parametrize("text", [
    "ورشق أهالٍ في القرية الآليات العسكرية بالحجارة تعبيراً عن رفضهم لوجودها.",
    "وخرجت مظاهرات في عدة بلدات من الريف الشرقي، بدعوة من ناشطين ولجان محلية، للتأكيد على «رفض أي مصالحة».",
])
def test_what_a_protest_voices_is_no_rejection(events_of, text):
    evs = _events(events_of, text)
    assert _of_type(evs, "PROTEST") and not _of_type(evs, "REJECT"), evs


def test_a_statement_voicing_rejection_is_one(events_of):  # (a guard: no protest before it)
    text = "وأصدر المجلس المحلي بياناً، مساء أمس، أكد فيه رفضه القاطع لأي مصالحة مع الحكومة."
    assert _of_type(_events(events_of, text), "REJECT")


# a ceasefire broken or kept is the one in force, not a new act


def test_a_ceasefire_kept_is_no_new_act(events_of):
    text = "وأكد المتحدث باسم الفصيل أن مقاتليه «ملتزمون بوقف إطلاق النار» وأنهم يردّون على مصادر النيران فقط."
    assert not _of_type(_events(events_of, text), "CONCEDE")


def test_a_ceasefire_broken_is_no_new_act(events_of):  # (a guard: alone, other rules already drop it)
    text = "وفي خرق جديد لوقف إطلاق النار، استهدف المسلحون مساء أمس بقذيفتي هاون أطراف القرية."
    assert not _of_type(_events(events_of, text), "CONCEDE")


def test_a_ceasefire_declared_is_one(events_of):  # (a guard)
    text = "وأعلن الجيش وقف إطلاق النار في مدينة الباب اعتباراً من منتصف الليل."
    assert _of_type(_events(events_of, text), "CONCEDE")


# who was arrested: the counted people after an arrest verb and its (long) subject


@pytest.mark.parametrize(("text", "held", "doer"), [
    ("وعند عودة المشاركين إلى منازلهم، اعتقل عناصر حاجز الأمن العسكري المتمركز عند مدخل البلدة خمسة شبان، "
     "بينهم طالب جامعي.", "خمسة شبان", "الأمن العسكري"),
    ("وفي مدينة الميناء، اعتقلت قوات من جهاز المخابرات، فجر اليوم، ستة أشخاص يُشتبه في تهريبهم الوقود.",
     "ستة أشخاص", "المخابرات"),
])
def test_the_counted_people_after_an_arrest_verb_were_arrested(events_of, text, held, doer):
    arrests = _of_type(_events(events_of, text), "COERCE")
    assert arrests and any(held in t for t in _texts(arrests[0]["recipient"])), arrests
    assert any(doer in t for t in _texts(arrests[0]["source"])), arrests


def test_an_arrest_with_its_object_first_keeps_it(events_of):  # (a guard)
    text = "واعتقلت قوات النظام ثلاثة شبان من أبناء البلدة عند حاجز المدخل الشرقي."
    arrests = _of_type(_events(events_of, text), "COERCE")
    assert arrests and any("ثلاثة شبان" in t for t in _texts(arrests[0]["recipient"])), arrests
    assert any("قوات النظام" in t for t in _texts(arrests[0]["source"])), arrests


# troops entering a place («دخلت دورية … البلدة») and gunmen deployed («انتشاراً لمسلحين») are a mobilisation


@pytest.mark.parametrize("text", [
    "وأفاد ناشطون بأن دورية للشرطة العسكرية الروسية دخلت البلدة صباح اليوم وتمركزت في مبنى البلدية.",
    "ودخلت، مساء أمس، ثلاث حافلات وعدد من السيارات تقل عناصر من ميليشيا محلية إلى القرية عبر طريق ترابي.",
    "وتشهد البلدة منذ الصباح انتشاراً لمسلحين من أبنائها عند مداخلها.",
])
def test_troops_entering_or_gunmen_deployed_are_a_mobilisation(events_of, text):
    assert _of_type(_events(events_of, text), "MOBILIZE")


@pytest.mark.parametrize("text", [
    "ودخل وفد عسكري روسي، صباح اليوم، إلى الحي والتقى أعضاء اللجنة المركزية.",
    "وقال المحافظ إن قوات الأمن لن تتدخل إلا لحماية المنشآت العامة.",
    "وانتهت المشاجرة بعد أن تدخّلت وحدات الأمن الوطني وفرّقت المتجمهرين.",
])
def test_a_delegation_entering_or_forces_intervening_are_no_mobilisation(events_of, text):  # (a guard)
    assert not _of_type(_events(events_of, text), "MOBILIZE")


# what a threat is conditioned on («إذا واصلت X رفض …»، «في حال رفض …»، «إن لم يُفرج …») is no event of its own


@pytest.mark.parametrize(("text", "kind"), [
    ("وهدّد وزير الدفاع بتوسيع المنطقة العازلة إذا واصلت الحركة رفض الإفراج عن الأسرى.", "REJECT"),
    ("وهدد الضباط بمواصلة العملية العسكرية حتى النهاية في حال رفض اللجنة هذه الشروط.", "REJECT"),
    ("وهددت العشيرة باتخاذ ما يلزم لحماية أبنائها إن لم يُفرج عن المخطوفين خلال يومين.", "RETREAT"),
])
def test_what_a_threat_is_conditioned_on_is_no_event(events_of, text, kind):
    evs = _events(events_of, text)
    assert _of_type(evs, "THREATEN") and not _of_type(evs, kind), evs


def test_a_refusal_told_after_a_threat_is_one(events_of):  # (a guard: no condition word)
    text = "وهدد الضباط بمواصلة العملية العسكرية، فيما رفضت اللجنة هذه الشروط في بيان مساء اليوم."
    assert _of_type(_events(events_of, text), "REJECT")


# aid handed out: tents, blankets, flour, milk or fuel («وزّعت … خياماً وبطانيات»)


def test_tents_and_blankets_handed_out_are_aid(events_of):
    text = "وفي مخيم العريشة، وزّعت منظمة إغاثية، أمس، خياماً وبطانيات على العائلات الواصلة حديثاً من ريف المحافظة."
    assert _of_type(_events(events_of, text), "AID")


def test_people_spread_over_camps_are_no_aid(events_of):
    text = "ويتوزّع نحو ثلاثين ألف نازح على مخيمات عشوائية تفتقر إلى الخيام والبطانيات على أطراف البلدة."
    assert not _of_type(_events(events_of, text), "AID")


# a verb phrase joined after «، و» shares the subject of the verb before it, and is no prevented act


def test_a_joined_release_shares_the_arrest_subject(events_of):
    text = ("وأفادت مصادر محلية بأن عناصر الحاجز اعتقلوا رجلاً ستينياً حاول منعهم من دخول منزل ابنه، وأطلقوا سراحه "
            "بعد ساعات إثر تدخل وجهاء من عشيرته.")
    evs = _events(events_of, text)
    releases = _of_type(evs, "RETREAT")
    assert releases and releases[0]["factuality"] == "asserted", evs
    assert any("عناصر الحاجز" in t for t in _texts(releases[0]["source"])), releases
    assert all(e["factuality"] != "planned" for e in evs), evs  # («ستينياً»: sixty, no future verb)


def test_protesters_burning_tyres_are_no_arson(events_of):
    text = "وقطع مئات المتظاهرين، مساء أمس، الطريق المؤدي إلى السد وأضرموا النار في إطارات السيارات أمام مبنى الدائرة."
    evs = _events(events_of, text)
    assert _of_type(evs, "PROTEST") and not _of_type(evs, "ASSAULT"), evs


# a meeting or a visit a statement was issued after («في بيان صدر عقب اجتماع …») only dates the statement


@pytest.mark.parametrize("text", [
    "وتوعّدت قبائل المنطقة، في بيان صدر عقب اجتماع موسّع لمشايخها ظهر اليوم، الجماعة بردّ قاسٍ.",
    "وقال رئيس الوفد في بيان صدر عقب الزيارة إن ما شاهده «مقلق للغاية».",
])
def test_a_meeting_a_statement_came_after_is_no_event(events_of, text):
    assert not _of_type(_events(events_of, text), "CONSULT")


def test_a_meeting_held_is_one(events_of):  # (a guard)
    text = "وعقد وفد من الأعيان، ظهر اليوم، اجتماعاً مع قادة الطرفين في أحد مساجد المدينة لبحث وقف الاشتباكات."
    assert _of_type(_events(events_of, text), "CONSULT")


def test_what_the_shelling_destroyed_is_no_act_of_its_own(events_of):
    text = ("وقال الدفاع المدني إن فرقه انتشلت جثث أربعة مدنيين من تحت أنقاض منزلين دمّرهما القصف في الحي الغربي "
            "من البلدة.")
    evs = _of_type(_events(events_of, text), "ASSAULT")
    assert all(e["evidence"]["trigger"]["text"] != "دمّرهما" for e in evs), evs


# at gunpoint («تحت تهديد السلاح»), sniper weapons («أسلحة قنص»)


def test_at_gunpoint_is_no_threat(events_of):
    text = "وقال أحد المزارعين إن عناصر الفصيل منعوا الأهالي من الاقتراب من حقولهم تحت تهديد السلاح."
    assert not _of_type(_events(events_of, text), "THREATEN")


def test_sniper_weapons_are_no_sniping(events_of):
    text = "وكان المسلحون يحملون أسلحة قنص حرارية، بحسب ما أظهرته صور نشرتها الشرطة بعد ضبطها."
    assert all(e["evidence"]["trigger"]["text"] != "قنص" for e in _events(events_of, text))


# a headline's arrest by a checkpoint («وحاجز للأمن العسكري … يعتقل …») is the body's arrest, on the body's day


def test_a_headline_checkpoint_arrest_is_the_body_arrest(events_of):
    text = ("مظاهرة في الحي بعد صلاة الجمعة.. وحاجز للأمن العسكري على طريق المطار يعتقل أربعة من المتظاهرين\n"
            "خرج مئات من أهالي الحي، بعد صلاة الجمعة أمس، في مظاهرة جابت الشوارع الرئيسية.\n"
            "وعند عودة عدد من المشاركين إلى منازلهم، اعتقل عناصر حاجز الأمن العسكري المتمركز على طريق المطار أربعة "
            "شبان، بينهم طالب جامعي.")
    arrests = _of_type(events_of(text), "COERCE")
    assert len(arrests) == 1, arrests
    # («للأمن العسكري»: the source's text starts after the first «ل», its actor is Military Security)
    assert any(a.get("actor") == "SYR-SEC-MI" for a in arrests[0]["source"]), arrests
    assert arrests[0]["date"]["value"] == "2024-01-01", arrests  # («أمس»: the day before publication)
