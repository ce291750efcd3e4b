"""Session 51: classes of language from the errors of the dev sets (docs/events.md § Session 51).
The texts are the team's own."""

from __future__ import annotations

import pytest
from event_helpers import of_type as _of_type
from event_helpers import under_headline as _events

# a government's formal protest — a note conveyed («رسالة/مذكرة احتجاج»، «أبلغه احتجاج …») or a protest called
# official — is no demonstration


@pytest.mark.parametrize("text", [
    "وأضاف المندوب أن بعثة بلاده سلّمت الأمين العام رسالة احتجاج على الغارات الأخيرة.",
    "واستدعى وزير الخارجية السفير إلى مقر الوزارة، وأبلغه «احتجاج الحكومة الشديد» على خرق الحدود.",
    "وقدّمت الحكومة احتجاجاً رسمياً لدى الأمم المتحدة على القصف.",
])
def test_a_formal_protest_is_no_demonstration(events_of, text):
    assert _of_type(_events(events_of, text), "PROTEST") == []


def test_a_protest_held_by_people_stays_a_demonstration(events_of):
    # guard: the noun with its crowd
    text = "ونظّم عشرات الطلاب احتجاجاً أمام مبنى المحافظة ظهر اليوم للمطالبة بالإفراج عن زملائهم."
    assert len(_of_type(_events(events_of, text), "PROTEST")) == 1


# a delegation after a verb of coming (VSO: «ووصل إلى المدينة، صباح اليوم، وفد …»، «أن يعود الوفد إلى البلدة») is a visit,
# as it is before one («وفد … يصل»)


@pytest.mark.parametrize("text", [
    "ووصل إلى مدينة الحسكة، صباح اليوم، وفد من لجنة الأمن والدفاع في البرلمان.",
    "ومن المقرر أن يعود الوفد الحكومي إلى البلدة يوم الخميس المقبل حاملاً رداً مكتوباً.",
])
def test_a_delegation_after_a_verb_of_coming_is_a_visit(events_of, text):
    evs = _of_type(_events(events_of, text), "CONSULT")
    assert [e["mode"] for e in evs] == ["visit"], evs


def test_a_delegation_after_its_own_visit_verb_is_one_visit(events_of):
    # regression (the seed's first sentence): «توجه» is the visit's trigger, the delegation its subject, not a second one
    text = "توجه وفد روسي، يوم أمس الثلاثاء، إلى المناطق الخاضعة لسيطرة الفصائل غرب المدينة."
    evs = _of_type(_events(events_of, text), "CONSULT")
    assert len(evs) == 1 and evs[0]["evidence"]["trigger"]["text"] == "توجه", evs


@pytest.mark.parametrize("text", [
    "وأعلن وفد المعارضة رفضه للمقترح الروسي الجديد.",  # «أعلن» is no verb of coming
    "وقدّم وفد المعارضة ورقة من عشر نقاط إلى المبعوث الأممي.",  # «قدّم» (presented), spelled as «قدم» (came)
])
def test_a_delegation_that_only_speaks_makes_no_visit(events_of, text):
    evs = _of_type(_events(events_of, text), "CONSULT")
    assert evs == [], evs


# a bare «طالب» after «عن/أحدهم/وهو», or followed by «في» and a place of study, is a student, not «طالب» (demanded)


@pytest.mark.parametrize("text", [
    "واعتقلت الدورية خمسة شبان، أحدهم طالب في المرحلة الثانوية لم يتجاوز السابعة عشرة.",
    "وأفرجت المحكمة العسكرية، أمس، عن طالب في كلية الهندسة بكفالة مالية.",
])
def test_a_student_is_no_demand(events_of, text):
    assert _of_type(_events(events_of, text), "REQUEST") == []


def test_the_verb_of_demanding_stays_a_demand(events_of):
    # guard: «طالب في بيانه الحكومة بـ…» (in a statement, not a place of study)
    evs = _of_type(_events(events_of, "طالب المجلس المحلي في بيانه الحكومة بالتحرك العاجل لإغاثة النازحين."), "REQUEST")
    assert len(evs) == 1, evs


# a headline's act told below by the headline's own noun, its kind not named («.. وحملة دهم واعتقالات في البلدة», then
# «نفّذت دوريات … حملة دهم في الحي الشمالي»), is the headline's act, though a closure of another kind came between

_RAIDS = ("مقتل عنصرين من الشرطة بعبوة ناسفة شرقي درعا.. وحملة دهم واعتقالات في بصرى الشام\n"
          "قُتل عنصران من الشرطة، صباح اليوم الأحد، بانفجار عبوة ناسفة على طريق بصرى الشام، بحسب مصدر محلي.\n"
          "وأغلقت القوات الحكومية مداخل المدينة الشرقية بالسواتر الترابية بعد الانفجار.\n"
          "ونفّذت دوريات الأمن، ظهر اليوم، حملة دهم في الحي الشمالي من بصرى الشام، واعتقلت خمسة شبان.\n")


def test_a_headline_raid_told_below_by_its_own_noun_is_one_event(events_of):
    evs = [e for e in _of_type(list(events_of(_RAIDS)), "COERCE") if e.get("mode") != "restrict"]
    assert len(evs) == 1, evs


# tear gas («قنابل الغاز») names weapons: a sentence with it tells no gas accident


def test_tear_gas_is_no_gas_accident(events_of):
    text = ("وهدمت جرافات الجيش، ظهر اليوم، منزلاً من طابقين في البلدة، وسط مواجهات اندلعت في محيط المنزل أطلق خلالها"
            " الجنود قنابل الغاز.")
    assert _of_type(_events(events_of, text), "ASSAULT"), "the demolition is an act of force"


def test_a_gas_leak_stays_an_accident(events_of):
    # guard: no weapon in the sentence
    text = "ولقي ثلاثة أشخاص حتفهم، صباح اليوم، إثر انفجار أسطوانة الغاز في منزلهم بالحي الشرقي من المدينة."
    assert _of_type(_events(events_of, text), "ASSAULT") == []


# a date told with «منذ» a day or more before publication starts a period: what follows is not dated by it (but «منذ
# فجر اليوم» is the day told)

_SINCE = ("وتدور منذ يوم الأحد الماضي اشتباكات عنيفة بين فصيلين محليين في بلدة طفس، قُتل فيها ثلاثة مسلحين.\n"
          "واتهم المجلس المحلي أحد الفصيلين بخرق التهدئة.\n")


def test_what_follows_a_period_since_is_not_dated_by_its_start(events_of):
    evs = _of_type(_events(events_of, _SINCE), "ACCUSE")
    assert len(evs) == 1, evs
    assert evs[0]["date"]["value"] != "2023-12-31", evs  # (published on Tuesday 2 January 2024)


def test_since_dawn_today_dates_what_follows(events_of):
    # guard: a period begun today is the day told
    text = ("غارات على البلدة\n"
            "شنّت طائرات حربية، منذ فجر اليوم الثلاثاء، أكثر من عشرين غارة على البلدة، بحسب الدفاع المدني.\n"
            "واتهم المجلس المحلي الطيران الروسي بقصف الأحياء السكنية.\n")
    evs = _of_type(list(events_of(text)), "ACCUSE")
    assert len(evs) == 1, evs
    assert evs[0]["date"]["value"] == "2024-01-02", evs


# a verb of failing governs «في + masdar» across a subject or a time set off by commas


def test_a_release_a_mediation_failed_at_did_not_happen(events_of):
    text = ("وأخفقت وساطة قادها وجهاء من البلدة، عصر اليوم، في الإفراج عن المعتقلين الخمسة، بعد أن اشترط الضباط"
            " تسليم مطلوبين.")
    evs = _of_type(_events(events_of, text), "RETREAT")
    assert evs and all(e["factuality"] == "negated" for e in evs), evs


# a hospital taking in the dead, told far below the article's one deadly attack with no frame of its own, reports that
# attack's toll (the lowest figure)

_HOSPITAL = ("غارة لطائرة مسيّرة على سيارة قرب سنوني\n"
             "قُتل ثلاثة مسلحين، مساء أمس الأحد، بغارة نفذتها طائرة مسيّرة على سيارة عند مدخل ناحية سنوني، بحسب مصدر"
             " محلي.\n"
             "ولم تعلّق السلطات المحلية على الحادثة حتى ساعة نشر هذا الخبر.\n"
             "ويشهد القضاء منذ سنوات توتراً بين القوى المحلية المتنافسة على إدارته.\n"
             "وقال مصدر طبي في مستشفى سنجار العام إن المستشفى تسلّم جثتين متفحمتين وجريحاً واحداً.\n")


def test_a_hospital_taking_in_the_dead_reports_the_one_deadly_attack(events_of):
    evs = [e for e in _of_type(list(events_of(_HOSPITAL)), "ASSAULT") if e["fatalities"]]
    assert [e["fatalities"] for e in evs] == [2], evs


# foreign parties and sleeper cells, unnamed, are actors (KB actors 1.2.17: FOREIGN-PARTIES, SLEEPER-CELLS)


def test_foreign_parties_accused_are_the_recipient(events_of):
    evs = _of_type(_events(events_of, "واتهمت الحكومة «جهات خارجية» بالتحريض على العنف في المدينة."), "ACCUSE")
    assert len(evs) == 1 and [a.get("actor") for a in evs[0]["recipient"]] == ["FOREIGN-PARTIES"], evs
