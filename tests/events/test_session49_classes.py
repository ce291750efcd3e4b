"""Session 49: classes of language from the errors of the dev sets (docs/events.md § Session 49).
The texts are the team's own."""

from __future__ import annotations

import pytest
from event_helpers import of_type as _of_type
from event_helpers import under_headline as _events

# the masdar of burning needs what is burnt after it, in any number («مركبتين»، «سيارة»، «محلاً»), as its verb does


@pytest.mark.parametrize("text", [
    "وتحدث ناشطون عن إحراق مستوطنين مركبتين لمواطنين قرب البلدة فجر اليوم.",
    "وأفاد شهود بحرق مسلحين محلاً تجارياً في السوق مساء أمس.",
])
def test_burning_what_is_named_in_the_singular_or_dual(events_of, text):
    evs = _of_type(_events(events_of, text), "ASSAULT")
    assert len(evs) == 1, evs
    assert evs[0]["mode"] == "destroy", evs


def test_burning_with_nothing_burnt_named_is_no_attack(events_of):
    # guard: «حرق المراحل» (rushing ahead) names nothing burnt
    evs = _of_type(_events(events_of, "وحذّر الوزير من حرق المراحل في المفاوضات الجارية."), "ASSAULT")
    assert evs == [], evs


# a feminine verb of force joined to the clauses before (و/ف, «كما») with no subject of its own in reach shares the
# subject of the feminine verb that opens the sentence; a home's owner («منزلي عائلتي الأسيرين») is never that subject


def test_a_joined_verb_of_force_shares_the_subject_that_opens_the_sentence(events_of):
    text = ("وطوّقت قوات الاحتلال، فجر اليوم، البلدة التي يسكنها نحو ألفي نسمة، فأغلقت مداخلها بالسواتر الترابية، كما"
            " اقتحمت منزلي عائلتي الأسيرين واعتقلت شقيق أحدهما.")
    evs = [e for e in _of_type(_events(events_of, text), "COERCE") if e["mode"] == "arrest"]
    assert len(evs) == 1, evs
    assert [a["text"] for a in evs[0]["source"]] == ["قوات الاحتلال"], evs


def test_a_homes_owner_is_not_the_subject_of_the_verb_joined_after(events_of):
    text = "وحاصرت دورية للأمن منزل المختار مساء أمس، وأطلقت النار على ابنه فأصابته في ساقه."
    evs = _of_type(_events(events_of, text), "ASSAULT")
    assert len(evs) == 1, evs
    sources = [a["text"] for a in evs[0]["source"]]
    assert sources and not any("المختار" in s for s in sources), evs


def test_a_verb_after_a_contrast_does_not_share_the_opening_subject(events_of):
    # guard: «فيما» opens a clause of its own
    text = "وقصفت الطائرات الحربية أطراف البلدة صباح اليوم، فيما أغلقت مداخلها الشمالية أمام المدنيين."
    evs = _of_type(_events(events_of, text), "COERCE")
    assert all(not any("الطائرات" in a["text"] for a in e["source"]) for e in evs), evs


# the party one heads («على رأس وفد …») comes with the subject: it is neither whom the act is done to nor a subject


def test_the_party_one_heads_is_neither_object_nor_subject(events_of):
    text = "ووصل وزير الخارجية العُماني إلى دمشق أمس على رأس وفد رفيع، والتقى الرئيس السوري في قصر الشعب."
    evs = _of_type(_events(events_of, text), "CONSULT")
    assert evs, evs
    for e in evs:
        assert not any("وفد" in a["text"] for a in e["recipient"]), evs
    met = [e for e in evs if e["evidence"]["trigger"]["text"] == "والتقى"]
    assert met and any("وزير الخارجية" in a["text"] for a in met[0]["source"]), evs


def test_a_planned_visit_at_the_head_of_a_delegation(events_of):
    text = "ومن المقرر أن يزور محافظ المدينة، يوم غد، بلدة الصفصاف على رأس وفد من أعضاء اللجنة الأمنية."
    evs = _of_type(_events(events_of, text), "CONSULT")
    assert len(evs) == 1, evs
    assert not any("وفد" in a["text"] for a in evs[0]["recipient"]), evs
    assert any("محافظ" in a["text"] for a in evs[0]["source"]), evs


# a blast and an abduction told in one sentence are two acts, as they are across sentences


def test_a_blast_and_an_abduction_in_one_sentence_are_two_events(events_of):
    text = ("وفي بلدة الصفصاف، فجّرت الميليشيا، ظهر اليوم، منزل أحد الوجهاء بعد أن أخرجت عناصرها ساكنيه منه بالقوة،"
            " واختطفت اثنين من أبنائه واقتادتهما إلى جهة مجهولة.")
    modes = sorted(e["mode"] or "" for e in _of_type(_events(events_of, text), "ASSAULT"))
    assert modes == ["abduct", "explosives"], modes


# «بحث X، في اتصال هاتفي، …» is the consultation (the call its medium); a dual in the construct state before its
# genitive («وزيرا الخارجية») is the verb's subject, not an accusative object


def test_discussing_in_a_phone_call_is_a_consultation_by_the_dual_subject(events_of):
    text = "وبحث وزيرا الخارجية العُماني والقطري، في اتصال هاتفي مساء أمس، «تطورات الأوضاع في المنطقة»."
    evs = _of_type(_events(events_of, text), "CONSULT")
    assert len(evs) == 1, evs
    assert any("وزيرا الخارجية" in a["text"] for a in evs[0]["source"]), evs


def test_a_dual_in_the_construct_state_is_the_subject(events_of):
    evs = _of_type(_events(events_of, "والتقى رئيسا الحكومتين في العاصمة الأردنية مساء أمس."), "CONSULT")
    assert len(evs) == 1, evs
    assert any("رئيسا الحكومتين" in a["text"] for a in evs[0]["source"]), evs


def test_the_dual_of_a_delegation_takes_its_owner(events_of):
    text = "واتفق وفدا الحزبين في القاهرة أمس على تشكيل لجنة مشتركة للمصالحة."
    evs = _of_type(_events(events_of, text), "AGREE")
    assert len(evs) == 1, evs
    assert [a["text"] for a in evs[0]["source"]] == ["وفدا الحزبين"], evs


# «، في وقت + verb» opens a clause of its own, as «فيما» does (but «في وقت لاحق» is a time); a verb phrase with a gap
# («دفع … بتعزيزات») opens it as a verb does


def test_at_a_time_when_opens_another_clause(events_of):
    text = ("وأفاد شهود بوصول رتل عسكري حكومي يضم عشرين عربة إلى أطراف مدينة دوما قادماً من الشمال، في وقت دفعت"
            " الفصائل المحلية بتعزيزات إلى محيط البلدة.")
    evs = _of_type(_events(events_of, text), "MOBILIZE")
    assert len(evs) == 2, evs


def test_later_is_no_clause_of_its_own(events_of):
    # guard: «في وقت لاحق» is a time; the verb after it keeps the sentence's subject
    text = "واعتقلت قوات الأمن ثلاثة شبان من البلدة، في وقت لاحق من مساء أمس، وأفرجت عن اثنين منهم."
    evs = _of_type(_events(events_of, text), "COERCE")
    assert len(evs) == 1, evs


# «كل جولة» (any round) and «إشعال الجولة» (a round of fighting lit) name no visit or talks


@pytest.mark.parametrize("text", [
    "ولا تكاد المحافظة تخرج من جولة توتر حتى تدخل أخرى، فيما يدفع المدنيون ثمن كل جولة.",
    "وحمّل الحزب «مجموعات مسلحة» في المدينة مسؤولية إشعال الجولة الجديدة.",
])
def test_any_round_or_a_round_lit_is_no_visit(events_of, text):
    assert _of_type(_events(events_of, text), "CONSULT") == []


def test_a_round_of_talks_held_is_still_a_consultation(events_of):
    # guard
    text = "وعقد وفد من وجهاء البلدة مع ضباط روس، مساء أمس، جولة ثالثة من المفاوضات في مدينة بصرى الشام."
    assert len(_of_type(_events(events_of, text), "CONSULT")) == 1


# a request conveyed, submitted or addressed («نقل الوفد … طلباً بـ…»، «تقدّمت الحكومة بطلب …») is a request


@pytest.mark.parametrize(("text", "asker"), [
    ("ونقل الوفد الروسي إلى قيادة الفصائل طلباً صريحاً بسحب مقاتليها من البلدة خلال يومين.", "الوفد الروسي"),
    ("وتقدّمت الحكومة اللبنانية بطلب رسمي إلى مجلس الأمن لعقد جلسة طارئة.", "الحكومة"),
])
def test_a_request_conveyed_or_submitted(events_of, text, asker):
    evs = _of_type(_events(events_of, text), "REQUEST")
    assert len(evs) == 1, evs
    assert any(asker in a["text"] for a in evs[0]["source"]), evs


# a spokesman «باسم X» past his adjectives («المتحدث الرسمي باسم …») and a media office «لـ X» («المركز الإعلامي
# لـ«قسد»») speak for X: one actor, the verb's subject


@pytest.mark.parametrize(("text", "speaker"), [
    ("واتهم المتحدث الرسمي باسم الحركة الشعبية، في بيان نشره على صفحته، «الميليشيات الموالية للحكومة» بقصف القرى.",
     "الحركة الشعبية"),
    ("واتهم المركز الإعلامي لـ«قوات سوريا الديمقراطية»، في بيانه، الجيش التركي بقصف القرى الحدودية.",
     "قوات سوريا الديمقراطية"),
])
def test_a_spokesman_or_a_media_office_speaks_for_its_body(events_of, text, speaker):
    evs = _of_type(_events(events_of, text), "ACCUSE")
    assert len(evs) == 1, evs
    assert any(speaker in a["text"] for a in evs[0]["source"]), evs


# «نقلت الوكالة عن X اتهامه/إدانته Y …»: a masdar of saying with the pronoun of the one reported from is said by X
# (also one joined after it: «…، وتحميله Y المسؤولية»); a verb with an object pronoun («واتهمه») is not such a masdar


def test_a_masdar_of_saying_reported_from_someone(events_of):
    text = "ونقلت الوكالة الرسمية عن مصدر في وزارة الخارجية اتهامه «جهات أجنبية» بتمويل «الفوضى» في المحافظة."
    evs = _of_type(_events(events_of, text), "ACCUSE")
    assert len(evs) == 1, evs
    assert any("وزارة الخارجية" in a["text"] for a in evs[0]["source"]), evs


def test_a_joined_masdar_of_laying_blame_reported_from_someone(events_of):
    text = ("ونقلت الوكالة الرسمية عن مصدر في وزارة الدفاع إدانته «الاعتداءات المتكررة على القرى الحدودية»، وتحميله"
            " «الميليشيات الانفصالية» جانباً من المسؤولية.")
    evs = _of_type(_events(events_of, text), "ACCUSE")
    assert evs, evs
    assert all(any("وزارة الدفاع" in a["text"] for a in e["source"]) for e in evs), evs
    assert not any("الميليشيات" in a["text"] for e in evs for a in e["source"]), evs


# «الأنباء» in a news agency's name («وكالة الأنباء الرسمية») is no hearsay


def test_a_news_agency_is_not_hearsay(events_of):
    text = "وذكرت وكالة الأنباء الرسمية أن قوات الأمن اعتقلت ثلاثة مطلوبين في البلدة فجر اليوم."
    evs = _of_type(_events(events_of, text), "COERCE")
    assert len(evs) == 1, evs
    assert evs[0]["factuality"] == "asserted", evs


def test_news_talked_of_is_still_hearsay(events_of):
    # guard
    text = "وتحدثت الأنباء الواردة من البلدة عن اعتقال ثلاثة شبان فجر اليوم."
    evs = _of_type(_events(events_of, text), "COERCE")
    assert len(evs) == 1, evs
    assert evs[0]["factuality"] in ("reported", "rumored"), evs


# what a protest is held for («تنديداً بما جرى في X»، «تضامناً مع أهالي X») is not where it is held


def test_the_place_a_protest_is_about_is_not_where_it_is_held(events_of):
    text = ("وفي مدينة سلمية، نفّذ مئات من طلاب الجامعة ظهر اليوم وقفة احتجاجية داخل الحرم الجامعي تنديداً بما جرى في"
            " حماة، ورفعوا لافتات تطالب بمحاسبة المسؤولين.")
    evs = _of_type(_events(events_of, text), "PROTEST")
    assert len(evs) == 1, evs
    assert "سلمية" in evs[0]["location"]["text"], evs


# a year that names an accord («على أي خرق لاتفاق عام 1974») neither dates the event nor makes it historical


def test_the_year_of_an_accord_does_not_date_a_warning(events_of):
    text = ("وحذّر وزير الدفاع من أن بلاده «لن تقبل بأي وجود عسكري أجنبي» قرب خط فض الاشتباك، وأن"
            " جيشه «سيرد بقوة» على أي خرق لاتفاق عام 1974.")
    evs = _of_type(_events(events_of, text), "THREATEN")
    assert len(evs) == 1, evs
    assert evs[0]["factuality"] == "asserted", evs
    assert "1974" not in (evs[0]["date"] or {}).get("text", ""), evs


# a verb said «in» a statement («بياناً حمّلت فيه …») is said by who issued the statement, however far before


def test_a_verb_said_in_a_statement_is_the_issuers(events_of):
    text = ("وأصدرت الهيئة الطبية في البلدة، مساء أمس، بياناً حمّلت فيه «الجيش» والميليشيات مسؤولية وفاة مريضين بسبب"
            " نقص الأدوية، وناشدت فيه منظمة الصحة العالمية التدخل.")
    evs = _events(events_of, text)
    for typ in ("ACCUSE", "REQUEST"):
        found = _of_type(evs, typ)
        assert len(found) == 1, evs
        assert [a["text"] for a in found[0]["source"]] == ["الهيئة"], found


# a follow-up frame («وفي تفاصيل الاعتداء، …») goes back to the act told by that noun (the lead's «جراء اعتداء …»),
# not to the latest act of the type (an air strike told since): its lower toll is the lead's


def test_a_follow_up_goes_back_to_the_act_told_by_its_noun(events_of):
    text = ("ارتقى أربعة مواطنين شهداء، عصر أمس، جراء اعتداء المسلحين بقذائف صاروخية على حي الزراعة في مدينة اللاذقية.\n"
            "وفي ريف المحافظة، أحكم الجيش سيطرته صباح اليوم على ثلاث تلال إثر معارك عنيفة مع المسلحين.\n"
            "كما استهدف سلاح الجو، بضربات مركّزة، تجمعات المسلحين في محيط بلدة سلمى، ودمّر مستودعاً للذخيرة، وفق مصدر"
            " عسكري.\n"
            "وزار المحافظ، صباح اليوم، الجرحى في المشفى الوطني.\n"
            "وفي تفاصيل الاعتداء، قال مدير الصحة إن المشفى الوطني استقبل جثامين ثلاثة شهداء، إضافة إلى عشرة جرحى.")
    evs = _of_type(events_of(text), "ASSAULT")
    shelling = [e for e in evs if e["evidence"]["trigger"]["text"] == "ارتقى"]
    strike = [e for e in evs if e["evidence"]["trigger"]["text"] == "استهدف"]
    assert len(shelling) == 1 and len(strike) == 1, evs
    assert shelling[0]["fatalities"] == 3, shelling
    assert strike[0]["fatalities"] is None, strike


# a death toll told in a sentence with no attack of its own joins the attack it tells: a headline naming only the
# toll (the lead's attack), a sentence under a follow-up frame («وفي تفاصيل ما جرى عند X، …»: the attack at X), or
# one in a paragraph opened by a follow-up frame (the attack that frame told); the attack keeps the lowest figure


@pytest.mark.parametrize("text", [
    "ثلاثة قتلى على الأقل في جولة عنف جديدة بالمدينة\n"
    "طرابلس – مراسلنا: قُتل أربعة أشخاص، بينهم فتى، وأصيب عشرون آخرون في اشتباكات بين مسلحين من الحيين ليل أمس.",
    "قُتل ثلاثة شبان من أبناء بلدة عريقة، ليل أمس، إثر إطلاق مسلحين النار على سيارتهم عند مفرق البلدة.\n"
    "وطالب الأهالي المحافظ بكشف الجناة.\n"
    "وفي تفاصيل ما جرى عند مفرق عريقة، أوضح مصدر طبي أن المشفى استقبل جثتي شابين وجريحين اثنين.",
    "ارتقى أربعة شهداء، مساء أمس، جراء اعتداء المسلحين بقذائف صاروخية على الأحياء السكنية في مدينة السقيلبية.\n"
    "وفي تفاصيل الاعتداء على السقيلبية، روى أحد السكان أن سبع قذائف سقطت خلال ربع ساعة. وقال مدير المشفى الوطني إن"
    " المشفى استقبل جثامين ثلاثة شهداء، إضافة إلى ثمانية جرحى.",
])
def test_a_toll_told_in_detail_is_the_attacks(events_of, text):
    evs = _of_type(events_of(text), "ASSAULT")
    assert len(evs) == 1, evs
    assert evs[0]["fatalities"] == (2 if "جثتي" in text else 3), evs


def test_a_toll_with_no_frame_stays_its_own(events_of):
    # guard: a hospital's count in a paragraph of its own, with no follow-up frame, may be of another act
    text = ("قُتل ثلاثة شبان من أبناء بلدة عريقة، ليل أمس، إثر إطلاق مسلحين النار على سيارتهم عند مفرق البلدة.\n"
            "وقال مصدر طبي إن المشفى استقبل أمس جثتي شابين من بلدة مجاورة.")
    evs = _of_type(events_of(text), "ASSAULT")
    assert [e["fatalities"] for e in evs] == [3], evs


# a refusal with no recipient refuses what was put to its source just before: the one who asked or offered


def test_a_refusal_is_addressed_to_who_asked(events_of):
    text = "ونقل الوفد الروسي إلى قيادة «قسد» طلباً صريحاً بسحب مقاتليها من البلدة، غير أن قادة «قسد» رفضوا الطلب."
    evs = _of_type(events_of(text), "REJECT")
    assert len(evs) == 1, evs
    assert [a["text"] for a in evs[0]["recipient"]] == ["الوفد الروسي"], evs


def test_a_refusal_with_nothing_put_before_has_no_recipient(events_of):
    # guard: the request of another party two sentences before is not what is refused
    text = ("وطالب الوفد الروسي قيادة «قسد» بسحب مقاتليها من البلدة.\nوتشهد البلدة منذ أسابيع نزوحاً واسعاً.\n"
            "وفي سياق آخر، رفض المجلس المحلي في المدينة فرض رسوم جديدة على المحال.")
    evs = _of_type(events_of(text), "REJECT")
    assert len(evs) == 1 and evs[0]["recipient"] == [], evs


# the subject of a threat's condition («في حال لم تستجب X …») is who is threatened, rather than a word of the
# threatener's own phrase read as its object (a nominative adjective «المعلمون المعتصمون», a construct genitive
# «مجلس عشائر القضاء»)


@pytest.mark.parametrize(("text", "threatened"), [
    ("وهدد المعلمون المعتصمون بتوسيع الإضراب في حال لم تستجب الحكومة لمطالبهم قبل نهاية الشهر.", "الحكومة"),
    ("وهدّد مجلس عشائر القضاء بقطع الطريق الدولي في حال لم تتخذ الحكومة الاتحادية إجراءات عاجلة.", "الحكومة"),
])
def test_the_party_a_threat_is_conditioned_on(events_of, text, threatened):
    evs = _of_type(events_of(text), "THREATEN")
    assert len(evs) == 1, evs
    assert [a["text"] for a in evs[0]["recipient"]] and threatened in evs[0]["recipient"][0]["text"], evs


def test_a_threat_with_its_own_object_keeps_it(events_of):
    # guard: a threatened party named as the object stays, whatever the condition names
    evs = _of_type(events_of("وهدد الجيش المسلحين بالقصف إذا لم تنسحب الفصائل من البلدة."), "THREATEN")
    assert len(evs) == 1 and [a["text"] for a in evs[0]["recipient"]] == ["المسلحين"], evs


# the crowd that protests: a number of those «من» a group («نحو مئة من التجار»), and the kin of a group («العشرات
# من ذوي المعتقلين»), not the group they are the kin of


@pytest.mark.parametrize(("text", "crowd"), [
    ("وصباح اليوم، نظّم نحو مئة من التجار المتضررين وقفة احتجاجية أمام مقر الولاية.", "التجار"),
    ("ونظم العشرات من ذوي المعتقلين وقفة احتجاجية أمام مبنى المحافظة، مطالبين بالإفراج عن أبنائهم.", "ذوي المعتقلين"),
])
def test_the_crowd_that_protests(events_of, text, crowd):
    evs = _of_type(events_of(text), "PROTEST")
    assert len(evs) == 1, evs
    assert [a["text"] for a in evs[0]["source"]] and crowd in evs[0]["source"][0]["text"], evs


def test_a_sum_is_no_crowd(events_of):
    # guard: a number of things («مئة دولار») is not who protested
    evs = _of_type(events_of("وأقام مئة دولار وقفة احتجاجية أمام المحكمة."), "PROTEST")
    assert all("دولار" not in a["text"] for e in evs for a in e["source"]), evs


# a plural verb joined after a protest noun («نظّم X وقفة احتجاجية …، وطالبوا …») shares the subject of the verb that
# holds the protest; not a protest told in a relative clause


def test_a_demand_joined_to_a_protest_held(events_of):
    text = ("وصباح اليوم، نظّم نحو مئة من التجار المتضررين وقفة احتجاجية أمام مقر الولاية، رفعوا خلالها لافتات كُتب"
            " عليها «الأمن قبل كل شيء»، وطالبوا السلطات بتعويضهم عن خسائرهم.")
    evs = _of_type(events_of(text), "REQUEST")
    assert len(evs) == 1, evs
    assert [a["text"] for a in evs[0]["source"]] and "التجار" in evs[0]["source"][0]["text"], evs


def test_a_protest_in_a_relative_clause_lends_no_subject(events_of):
    text = ("وأطلق جنود الاحتلال النار، صباح اليوم، على عشرات الأهالي الذين توجّهوا في مسيرة بالسيارات نحو البلدة،"
            " فأصابوا ثلاثة منهم بجروح واعتقلوا شاباً.")
    evs = [e for e in _of_type(events_of(text), "COERCE") if e["mode"] == "arrest"]
    assert len(evs) == 1 and not any("الأهالي" in a["text"] for a in evs[0]["source"]), evs


# a headline's act is the first act of its kind told below, though the headline names another act of the type (a
# sit-in and a strike)


def test_a_headlines_strike_beside_its_sit_in(events_of):
    text = ("مقتل متظاهر في تفريق اعتصام بعقوبة بالقوة.. إضراب يعمّ دوائر ديالى\n"
            "بعقوبة – مراسلنا: قُتل متظاهر وأصيب ثلاثون آخرون، ليل أمس، حين اقتحمت قوة من مكافحة الشغب ساحة الاعتصام وسط"
            " بعقوبة.\n"
            "وعمّ إضراب شامل، صباح اليوم، الدوائر الحكومية والمدارس في بعقوبة، استجابةً لدعوة أطلقتها نقابة المعلمين.")
    strikes = [e for e in _of_type(events_of(text), "PROTEST") if e["mode"] == "strike"]
    assert len(strikes) == 1, strikes


@pytest.mark.parametrize("text", [
    "وأعلنت قيادة الشرطة، عصر اليوم، فرض حظر للتجوال في المدينة من العاشرة ليلاً حتى السادسة صباحاً.",
    "وأعلنت قيادة الشرطة فرض حظر التجوال في المدينة حتى إشعار آخر.",
])
def test_imposing_a_curfew_is_a_curfew(events_of, text):
    # «فرض حظر» alone is a ban; with «التجوال» after it, a curfew
    evs = _of_type(events_of(text), "COERCE")
    assert [e["mode"] for e in evs] == ["curfew"], evs


@pytest.mark.parametrize("text", [
    "وزار محافظ حماة، عصر اليوم، جرحى الهجوم في المشفى الوطني.",
    "وشيّع أهالي البلدة، ظهر اليوم، قتلى القصف في موكب مهيب.",
])
def test_who_visits_or_mourns_the_victims_of_an_attack_is_not_its_agent(events_of, text):
    # «جرحى/قتلى/شهداء/مصابي + the attack noun», like «ضحايا»: the actor before is no attacker
    evs = _of_type(events_of(text), "ASSAULT")
    assert all(not e["source"] for e in evs), evs


def test_stones_thrown_after_shooting_at_residents_are_no_riot(events_of):
    # the residents are the object of the clause before («أطلقوا النار على الأهالي»), not the stone throwers
    evs = events_of("وهاجم مستوطنون القرية فجراً، وأطلقوا النار على الأهالي ورشقوا منازلهم بالحجارة.")
    assert not _of_type(evs, "PROTEST"), evs


# a planned part merged into an act told done does not date it (nor make it planned); talks excepted


def test_a_release_done_is_not_dated_by_its_planned_second_phase(events_of):
    text = ("تبادل جثث ومعتقلين عند حاجز البلدة\n"
            "البلدة – مراسلنا: أُنجزت بعد ظهر أمس الثلاثاء، عند حاجز البلدة، أول عملية تبادل منذ إطباق الحصار، إذ سلّمت"
            " فصائل المعارضة جثث أربعة جنود، وأفرجت قوات النظام عن أحد عشر معتقلاً من أبناء البلدة.\n"
            "وأوضح عضو لجنة التفاوض أن المرحلة الثانية من الصفقة يُفترض أن تُنجز يوم السبت المقبل، بتسليم جثتين أخريين"
            " مقابل الإفراج عن تسعة عشر معتقلاً.")
    evs = [e for e in _of_type(events_of(text), "RETREAT") if e["source"]]
    assert len(evs) == 1, evs
    assert (evs[0]["factuality"], evs[0]["date"]["value"]) == ("asserted", "2024-01-01"), evs


def test_a_threatened_state_after_a_named_threatener_stays(events_of):
    # regression: «الكيان» ends like a dual, and «إردوغان» is a name, not a construct head: the object stays
    evs = _of_type(events_of("وهدد الرئيس إردوغان الكيان الصهيوني بسبب مجازره ضد الشعب الفلسطيني إذا لم يتوقف القصف."),
                   "THREATEN")
    assert len(evs) == 1 and [a["text"] for a in evs[0]["recipient"]] == ["الكيان الصهيوني"], evs


def test_a_refusal_in_another_paragraph_refuses_nothing_put_before(events_of):
    # regression: a new paragraph with its own date tells another matter
    text = ("ونقل الوفد الروسي إلى قيادة «قسد» طلباً صريحاً بسحب مقاتليها من البلدة.\n"
            "وفي التاسع من آذار الجاري، رفض قادة «قسد» فرض رسوم جديدة على الشاحنات في منبج.")
    evs = _of_type(events_of(text), "REJECT")
    assert len(evs) == 1 and evs[0]["recipient"] == [], evs


# a visit recalled in a relative clause («الوفد الروسي الذي زار …») recalls the visit told, not a meeting told since


def test_a_visit_recalled_is_the_visit_told(events_of):
    text = ("توجه وفد روسي، أمس، إلى مناطق سيطرة هيئة تحرير الشام غربي المخيم، للقاء قيادات فيها.\n"
            "وكان تنظيم الدولة قد شن هجمات متعددة استهدفت مقاتلي الهيئة على خلفية خروج وفد من مناطق الهيئة التقى بضباط"
            " في فرع الأمن العسكري بحثوا خلاله مسألة خروج المقاتلين نحو الشمال.\n"
            "وأكمل الوفد الروسي الذي زار مناطق هيئة تحرير الشام جولته في جنوب دمشق باتجاه مناطق التماس.")
    visits = [e for e in _of_type(events_of(text), "CONSULT") if e["evidence"]["trigger"]["text"] == "توجه"]
    assert len(visits) == 1, visits
    assert "زار" in [t["text"] for t in visits[0]["evidence"]["triggers"]], visits


# a definite generic actor the knowledge base knows only as people of no country («الجيش»: MILITARY) refers back, as a
# generic phrase does, to a named actor with the same head («الجيش اللبناني»)


def test_a_headlines_army_is_the_named_army_below(events_of):
    text = ("قتيلان في اشتباكات ليلية بعين الحلوة.. الجيش يعزز انتشاره عند مداخل المخيم\n"
            "صيدا – مراسلنا: قُتل شخصان وأصيب خمسة آخرون في اشتباكات اندلعت ليل أمس بين مجموعتين مسلحتين داخل مخيم عين"
            " الحلوة.\n"
            "وعزّز الجيش اللبناني، منذ ساعات الصباح، انتشاره عند مداخل المخيم ونقاطه المحيطة، ودفع بآليات مدرعة إلى محيط"
            " حاجز الحسبة.")
    evs = _of_type(events_of(text), "MOBILIZE")
    assert len(evs) == 1, evs
