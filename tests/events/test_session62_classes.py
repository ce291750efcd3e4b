"""Session 62: classes of language from the errors of the dev sets (docs/events.md § Session 62).
The texts are the team's own."""

from __future__ import annotations

import pytest

# aid that has not come: the verb of coming or handing out before the aid noun (VSO, a place and a time between)
# is negated («ولم تصل إلى مشفى البلدة حتى مساء اليوم شحنة الأدوية»)


@pytest.mark.parametrize("text", [
    "ولم تصل إلى مشفى بلدة الحمرة حتى مساء اليوم شحنة الأدوية التي طلبتها مديرية الصحة.",
    "وقال مدير المخيم إن أي منظمة دولية لم توزّع حتى مساء اليوم مساعدات على العائلات النازحة في بلدة الحمرة.",
    "ولم تصل حتى الآن شحنة الأسلحة التي أعلنت وزارة الدفاع قبل شهرين عزمها إرسالها إلى مقاتلي العشائر في بلدة الحمرة.",
    "ولم تدخل إلى بلدة الحمرة حتى الآن المساعدات الغذائية التي وعدت بها المنظمة.",
], ids=["shipment-not-arrived", "aid-not-handed-out", "arms-phrase", "aid-not-let-in"])
def test_aid_that_has_not_come_is_negated(facts_of, text):
    assert facts_of(text, "AID") == ["negated"]


@pytest.mark.parametrize("text", [
    "ووصلت قافلة مساعدات أممية إلى بلدة الحمرة صباح اليوم محمّلة بالطحين.",
    "ولم تصل سيارات الإسعاف، فيما دخلت بلدة الحمرة شحنة أدوية أرسلتها منظمة الصحة العالمية.",
], ids=["arrived", "negation-in-another-clause"])
def test_aid_that_came_stays_told(facts_of, text):
    # guards: an arrival told, and a negation in a clause of its own before a comma
    assert facts_of(text, "AID") == ["asserted"]


# a witness's telling with no actor, place or date of its own, right after a violent act, is that act told again
# («وقال شهود عيان إن تبادل إطلاق النار استمر قرابة ساعة» after the clash): a verb too when someone tells it


def test_a_witness_telling_right_after_the_act_is_the_act(events_of):
    text = ("قُتل شابان ظهر اليوم في اشتباك مسلح بين عائلتين في ساحة بلدة الحمرة على خلفية ثأر قديم، وفق مصادر أمنية. "
            "وقال شهود عيان إن تبادل إطلاق النار استمر قرابة ساعة، احتمى خلالها الأهالي في منازلهم.")
    (e,) = [e for e in events_of(text) if e["type"] == "ASSAULT"]
    assert e["fatalities"] == 2


# an event noun whose light verb is negated, its subject (and a time) between them («ولم تنفذ القوات الأمنية حملة
# مداهمات»، «ولم يعقد مجلس الأمن حتى مساء اليوم جلسة …»), did not take place


@pytest.mark.parametrize(("text", "typ"), [
    ("ولم تنفذ القوات الأمنية حملة مداهمات في بلدة الحمرة حتى مساء اليوم.", "COERCE"),
    ("ولم يعقد مجلس الأمن الدولي حتى مساء اليوم جلسة لبحث رسالة الحكومة.", "CONSULT"),
], ids=["raid", "session-past-a-time"])
def test_a_noun_after_its_negated_light_verb_is_negated(facts_of, text, typ):
    assert facts_of(text, typ) == ["negated"]


def test_a_noun_in_a_phrase_after_the_negated_verb_keeps_its_own_factuality(all_events_of):
    # guard: the negated verb's object is the commitments; the talks in a phrase after it were held
    text = ("وقال الوزير إن العقوبات ستبقى طالما لم تنفذ الحكومة الالتزامات التي أخذتها على عاتقها خلال المفاوضات "
            "مع الوسطاء في مدينة جنيف.")
    assert "negated" not in [e["factuality"] for e in all_events_of(text) if e["type"] == "CONSULT"]


# shots into the air at a funeral or a wedding («وشُيّع … وسط إطلاق نار كثيف في الهواء») mourn or celebrate: no event;
# warning shots to disperse stay force against the crowd


def test_shots_into_the_air_at_a_funeral_are_no_event(events_of):
    text = "وشُيّع سائق الأجرة عصر اليوم في بلدة الحمرة وسط إطلاق نار كثيف في الهواء."
    assert not [e for e in events_of(text) if e["type"] in ("ASSAULT", "COERCE")]


def test_warning_shots_to_disperse_stay_force(events_of):
    # guard: no funeral, the shots disperse a crowd
    text = "وأطلق عناصر الحاجز الرصاص في الهواء لتفريق المحتجين في بلدة الحمرة."
    (e,) = [e for e in events_of(text) if e["type"] in ("ASSAULT", "COERCE")]
    assert (e["type"], e["evidence"]["trigger"]["text"]) == ("COERCE", "الرصاص")  # the shots themselves


# «بندقية قنص»، «بندقيتا قنص»: a sniper rifle, no shot fired (the «ب» of «بندقية» is the word's own letter, not a
# proclitic to strip)


@pytest.mark.parametrize("text", [
    "وضبطت القوة في أحد منازل بلدة الحمرة بندقية قنص وذخائر.",
    "وأوقفت دورية شخصين في بلدة الحمرة بحوزتهما بندقيتا قنص مزودتان بمناظير ليلية.",
], ids=["rifle", "two-rifles"])
def test_a_sniper_rifle_is_no_sniping(events_of, text):
    assert not [e for e in events_of(text) if e["type"] == "ASSAULT"]


def test_sniping_stays_an_attack(events_of):
    # guard: a sniper's shot
    assert [e for e in events_of("وأصيب شاب بعملية قنص في بلدة الحمرة صباح اليوم.") if e["type"] == "ASSAULT"]


# a word's own first letter is no proclitic: «والي»، «وصل»، «بقايا» were stripped by ``lstrip`` and never matched their
# word lists; ``lexicon.proclitic_in`` strips at most one conjunction and one preposition


def test_proclitic_in_keeps_a_words_own_first_letter():
    from marsad.events.lexicon import proclitic_in

    assert proclitic_in("والي", frozenset({"والي"}), "و")
    assert proclitic_in("ووالي", frozenset({"والي"}), "و")
    assert proclitic_in("وبقايا", frozenset({"بقايا"}), "وب")
    assert proclitic_in("وبالقوات", frozenset({"القوات"}), "وب")
    assert not proclitic_in("الي", frozenset({"والي"}), "و")
    assert not proclitic_in("وبقايا", frozenset({"قايا"}), "و")


def test_who_came_for_a_meeting_is_its_source(events_of):
    # «وصل … للقاء X»: the verb of coming («وصل», read as written) names who meets
    text = ("وأعلن المتحدث أن وزير الخارجية الروسي وصل قبيل منتصف ليل أمس إلى مطار الدوحة الدولي للقاء أمير دولة "
            "قطر، على أن يلتقي في اليوم التالي بنظيره الأميركي.")
    (e,) = [e for e in events_of(text) if e["type"] == "CONSULT"]
    assert [a["text"] for a in e["source"]] == ["وزير الخارجية الروسي"]


def test_a_verbs_own_first_waw_or_fa_is_no_conjunction():
    # «وصلت» (she arrived) and «فجّرت» (she blew up) begin with the verb's own letter; «ووصلت» and «وطالبت» with «و»
    from marsad.events.frames import _agreement
    from marsad.events.lexicon import verb_without_conj

    assert verb_without_conj("وصلت", "وصل") == "وصلت"
    assert verb_without_conj("ووصلت", "وصل") == "وصلت"
    assert verb_without_conj("ويصل", "وصل") == "يصل"
    assert verb_without_conj("وطالبت", "طالب") == "طالبت"
    assert [_agreement(w, lem) for w, lem in (("وصلت", "وصل"), ("فجرت", "فجر"), ("وفجرت", "فجر"))] == ["f", "f", "f"]


# the actor after a verb is not its subject past a comma and a clause opener («… وأحرق سبع سيارات، وأن فرق الدفاع
# المدني أخمدت النيران»: the civil defence put the fire out; it burned nothing)


def test_no_subject_past_a_clause_opened_after_a_comma(events_of):
    text = ("وقال مصدر أمني إن الانفجار وقع قرب سيطرة في مدينة سامراء وأحرق سبع سيارات، وأن فرق الدفاع المدني أخمدت "
            "النيران بعد نصف ساعة.")
    sources = [a["text"] for e in events_of(text) if e["type"] == "ASSAULT" for a in e["source"]]
    assert "فرق الدفاع المدني" not in sources


def test_a_subject_after_a_time_between_commas_stays(events_of):
    # guard: a time set off by commas opens no clause
    text = "وقصفت، صباح اليوم، قوات النظام بلدة الحمرة بالمدفعية الثقيلة."
    (e,) = [e for e in events_of(text) if e["type"] == "ASSAULT"]
    assert [a["text"] for a in e["source"]] == ["قوات النظام"]


# a claim of an act told with no attacker («وتبنّت «عصابات داعش الإرهابية» التفجير») names who did it: one event,
# the claimer its source — not a claim of an act on a target of its own


def test_a_claim_names_the_attacker_of_the_act_told(events_of):
    text = ("قُتل ثلاثة أشخاص صباح اليوم بانفجار سيارة مفخخة قرب حاجز عند مدخل مدينة سامراء، بحسب مصدر في الشرطة. "
            "وقال مصدر في المستشفى إن ثلاثة من الجرحى نُقلوا إلى بغداد. "
            "في المقابل، تبنّى تنظيم «داعش» التفجير في بيان تداولته حسابات مقربة منه.")
    (e,) = [e for e in events_of(text) if e["type"] == "ASSAULT"]
    assert any("داعش" in a["text"] for a in e["source"])



def test_a_claim_names_the_source_an_act_lacks_when_merging():
    from marsad.events.merge import _names_generic_source

    act = {"type": "ASSAULT", "source": [], "recipient": [], "_sent": 1}
    claim = {"type": "ASSAULT", "source": [{"text": "تنظيم «داعش»", "actor": "ISIS"}], "recipient": [], "_sent": 4,
             "_claimed": True, "_object": None}
    assert _names_generic_source(act, claim)
    assert not _names_generic_source(act, {**claim, "_claimed": False})  # a told act with its own attacker
    assert not _names_generic_source(act, {**claim, "recipient": [{"text": "دورية للجيش", "actor": None}]})
    assert not _names_generic_source(act, {**claim, "_object": {"text": "مسجد الإمام الصادق"}})


# one convoy came in and the rest did not, in one sentence: two aid events, one told, one negated


def test_a_convoy_in_and_the_rest_not_are_two_aid_events(events_of):
    text = ("ودخلت ظهر اليوم إلى بلدة الحمرة قافلة للأمم المتحدة ضمّت تسع شاحنات من أصل عشرين، بعد تفتيش استمر أربع "
            "ساعات، ولم تدخل الشاحنات الإحدى عشرة الباقية المحمّلة بالطحين، وفق عضو في المجلس المحلي.")
    assert sorted(e["factuality"] for e in events_of(text) if e["type"] == "AID") == ["asserted", "negated"]


def test_a_convoy_not_in_and_its_cargo_are_one_event(events_of):
    # guard: what the convoy that did not come carried is the same convoy
    text = ("ولم تدخل حتى مساء اليوم القافلة الأممية التي كان مقرراً أن تعبر المعبر أمس محمّلة بمساعدات غذائية لقرى "
            "بلدة الحمرة.")
    assert [e["factuality"] for e in events_of(text) if e["type"] == "AID"] == ["negated"]


# «في جلسة عقدها مساء أمس»: the verb of holding right after the meeting noun (its pronoun object) supports the sense


def test_a_session_held_told_by_the_verb_after_it(events_of):
    text = "وكان مجلس الوزراء قد أقرّ، في جلسة عقدها مساء أمس في بيروت، خطة أمنية لمدينة طرابلس."
    assert [e["type"] for e in events_of(text) if e["type"] == "CONSULT"] == ["CONSULT"]


def test_a_tally_over_a_period_named_by_fatra_is_no_event(events_of):
    # «في فترة …» names a period as «خلال أشهر» does (``lstrip("وفبل")`` had turned «فترة» into «ترة»)
    text = "وأحصت المنظمة 25 هجوماً على المدارس في فترة الحرب."
    assert not [e for e in events_of(text) if e["type"] == "ASSAULT"]
