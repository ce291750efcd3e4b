"""Session 48: classes of language from the errors of the dev sets (docs/events.md § Session 48).
The texts are the team's own."""

from __future__ import annotations

import pytest
from event_helpers import of_type as _of_type
from event_helpers import texts as _texts
from event_helpers import under_headline as _events

# a verb of saying joined by «، و» shares the subject of the verb that opens the clause before when both agree —
# also when that verb names no event («نفى»، «وصفت»، «حمّلت») and the last event verb before is in what it states;
# the actor after the joined verb, before its «بـ/إلى», is the one addressed


@pytest.mark.parametrize(("text", "kind", "speaker", "addressed"), [
    ("ونفى المتحدث باسم الفصائل المعارضة، في تصريح مقتضب، أن يكون مقاتلوه قد قصفوا أحياء المدينة، زاعماً أن القذائف"
     " سقطت على ثكنة عسكرية، واتهم قوات النظام بـ«افتعال المجزرة».", "ACCUSE", "الفصائل", "قوات النظام"),
    ("ووصفت وزارة الخارجية اليمنية، في بيان، ما جرى في السوق بأنه «عمل جبان»، محمّلةً الميليشيا المسؤولية عنه،"
     " وطالبت مجلس الأمن الدولي بـ«موقف حازم».", "REQUEST", "وزارة الخارجية", "مجلس الأمن"),
    ("وحمّلت الإدارة الذاتية، في بيان صادر عن مكتبها الإعلامي، الجيش التركي مسؤولية التصعيد، وطالبت روسيا"
     " والولايات المتحدة، بوصفهما ضامنتين للاتفاق، بـ«وقف الهجمات».", "REQUEST", "الإدارة الذاتية", "روسيا"),
    ("وأدان ممثل الأمم المتحدة في ليبيا، في بيان صدر اليوم، «قصف الأحياء السكنية»، ودعا طرفي النزاع إلى وقف"
     " القتال فوراً.", "REQUEST", "ممثل الأمم المتحدة", "طرفي"),
])
def test_a_joined_verb_shares_the_subject_of_the_verb_that_opens_the_clause(events_of, text, kind, speaker, addressed):
    evs = _of_type(_events(events_of, text), kind)
    assert len(evs) == 1, evs
    assert any(speaker in s for s in _texts(evs[0]["source"])), evs
    assert any(addressed in r for r in _texts(evs[0]["recipient"])), evs


def test_what_a_denial_goes_on_to_charge_is_asserted(events_of):
    # «زاعماً أن …» opens a clause of its own after the denial; the charge after it is not denied
    text = ("ونفى قائد الفصيل، في تسجيل صوتي، أن يكون عناصره قد استهدفوا الحي، زاعماً أن القذائف سقطت على حاجز،"
            " واتهم قوات النظام بـ«افتعال الحادثة».")
    evs = _of_type(_events(events_of, text), "ACCUSE")
    assert len(evs) == 1, evs
    assert evs[0]["factuality"] == "asserted", evs


def test_a_joined_opening_verb_passes_on_the_subject_before_it(events_of):
    # guard: «وحمّلت» is itself joined: the actor after it is its object, and both verbs share the first subject
    text = ("وأدانت الرئاسة الفلسطينية، في بيان، «الجريمة» التي ارتكبتها قوات الاحتلال في المخيم، وحمّلت الحكومة الإسرائيلية"
            " المسؤولية الكاملة، وطالبت الإدارة الأمريكية بـ«التدخل الفوري».")
    evs = _of_type(_events(events_of, text), "REQUEST")
    assert len(evs) == 1, evs
    assert not any("الحكومة" in s for s in _texts(evs[0]["source"])), evs
    assert any("الإدارة الأمريكية" in r for r in _texts(evs[0]["recipient"])), evs


def test_an_opening_verb_with_its_subject_before_it(events_of):
    # guard: «فإن الجانب الروسي طالب الفصائل …، وهدد …»: the subject stands before the opening verb
    text = ("وبحسب المصدر، فإن الجانب الروسي طالب الفصائل بتسليم السلاح الثقيل خلال أيام، وهدد الضباط الروس"
            " بـ«مواصلة العملية العسكرية» في حال الرفض.")
    evs = _of_type(_events(events_of, text), "THREATEN")
    assert len(evs) == 1, evs
    assert not any("الفصائل" in s for s in _texts(evs[0]["source"])), evs


# the people an inspection visit goes to are its recipient, though no actor («الجرحى»): right after the verb, or
# after its subject and a parenthetical between commas


@pytest.mark.parametrize("text", [
    "وتفقّد محافظ طرطوس، مساء أمس، الجرحى في المشفى الوطني، واطّلع على أوضاعهم الصحية.",
    "وتفقد وزير الصحة، يرافقه مدير الصحة في المحافظة، المصابين في مستشفى المدينة.",
])
def test_the_people_a_visit_goes_to_are_its_recipient(events_of, text):
    evs = _of_type(_events(events_of, text), "CONSULT")
    assert len(evs) == 1, evs
    assert any(r in ("الجرحى", "المصابين") for r in _texts(evs[0]["recipient"])), evs


def test_what_a_visit_inspects_is_no_recipient(events_of):
    # guard: damage inspected is no one visited
    evs = _of_type(_events(events_of, "وتفقد محافظ طرطوس، مساء أمس، الأضرار التي لحقت بالسوق."), "CONSULT")
    assert all(not e["recipient"] for e in evs), evs


# a verb with «فيه/فيها/فيهما» after a comma that closes a phrase opened by a statement noun is said in that
# statement: its subject issued it, and the actor after the verb is its object


def test_a_verb_said_in_a_statement_named_before_the_comma(events_of):
    text = ("وفي عمّان، وجّهت وزارة الخارجية الأردنية رسالتين إلى الأمين العام للأمم المتحدة ورئيس مجلس الأمن، حمّلت"
            " فيهما النظام السوري مسؤولية «الاعتداءات» على المزارعين قرب الحدود.")
    evs = _of_type(_events(events_of, text), "ACCUSE")
    assert len(evs) == 1, evs
    assert any("وزارة الخارجية" in s for s in _texts(evs[0]["source"])), evs
    assert any("النظام" in r for r in _texts(evs[0]["recipient"])), evs


def test_a_verb_after_a_comma_with_no_statement_noun(events_of):
    # guard: with no statement noun before the comma, «فيها» is no sign of a statement's clause
    text = "وزار وزير الخارجية الأردني بلدة الرمثا، والتقى فيها وجهاء العشائر."
    evs = _of_type(_events(events_of, text), "CONSULT")
    assert evs and all(not any("الرمثا" in s for s in _texts(e["source"])) for e in evs), evs


# «وفي حصيلة قصف X، …» goes back to the shelling told before: one event, with the toll


def test_the_toll_of_an_act_told_before_is_that_act(events_of):
    text = ("وقصفت قوات النظام بقذائف المدفعية سوق بلدة كفرنبل صباح اليوم.\n"
            "وفي حصيلة قصف السوق، قال مدير المشفى الميداني إن المشفى استقبل أربع جثث وتسعة مصابين.")
    evs = _of_type(_events(events_of, text), "ASSAULT")
    assert len(evs) == 1, evs


# «منذ إعلان الهدنة» counts time from the truce; it tells no agreement


@pytest.mark.parametrize("text", [
    "وقال ناشطون إن الخروقات تجاوزت مئة خرق منذ إعلان الهدنة في ريف المدينة.",
    "وتراجعت حركة النزوح منذ توقيع الاتفاق بين الطرفين.",
])
def test_since_the_start_of_an_agreement_is_no_agreement(events_of, text):
    assert not _of_type(_events(events_of, text), "AGREE")


def test_an_agreement_announced_is_one(events_of):
    # guard: the announcement itself is told
    text = "وأعلن الطرفان، مساء اليوم، التوصل إلى اتفاق على هدنة في ريف المدينة."
    assert _of_type(_events(events_of, text), "AGREE")


# a time after a town's name («بلدة رتيان الأسبوع الماضي») is no part of the name


def test_a_time_after_a_town_is_no_part_of_its_name():
    from marsad.ner.patterns import find_patterns
    text = "وأسرت القوات خمسة مقاتلين خلال معارك بلدة كفرحمرة الأسبوع الماضي."
    names = [text[m.start : m.end] for m in find_patterns(text)]
    assert any(n.endswith("كفرحمرة") for n in names), names
    assert not any("الأسبوع" in n for n in names), names


# weapons handed over («سلّمت الفصائل دبابتين ومدفع هاون إلى …») were not fired; weapons a place was spared from were


def test_weapons_handed_over_are_no_attack(events_of):
    text = "وسلّمت فصائل المعارضة دبابتين وثلاث عربات مدرعة ومدفع هاون ثقيلاً إلى الشرطة العسكرية الروسية."
    assert not _of_type(_events(events_of, text), "ASSAULT")


def test_what_a_place_was_not_spared_from_is_an_attack(events_of):
    # guard: «لم تسلم من» (was not spared from) is no handing over
    text = "ولم تسلم البلدة أمس من قذائف الهاون التي أطلقتها الميليشيا على أحيائها."
    assert _of_type(_events(events_of, text), "ASSAULT")


# «وقف العمليات القتالية/الأعمال العدائية» is a ceasefire, as «وقف إطلاق النار» is


def test_a_halt_to_hostilities_announced_is_a_ceasefire(events_of):
    text = "وأعلن المركز الروسي، في بيان مساء اليوم، وقف العمليات القتالية في ريف درعا اعتباراً من منتصف الليل."
    evs = _of_type(_events(events_of, text), "CONCEDE")
    assert len(evs) == 1 and evs[0]["mode"] == "ceasefire", evs


# a ceasefire someone is accused of breaching, named under its regime or agreement («بخرق نظام وقف الأعمال
# القتالية») after a long parenthetical, is the charge's content; so is any act charged after a parenthetical and a
# quoted name (fourteen words at most outside quotation marks)


@pytest.mark.parametrize("text", [
    "واتهم المركز الروسي في قاعدة حميميم، في إيجازه اليومي مساء أمس، «المسلحين الموجودين في منطقة خفض التصعيد»"
    " بخرق نظام وقف الأعمال القتالية عشر مرات.",
    "واتهم المركز الروسي الفصائل بخرق اتفاق وقف إطلاق النار في ريف المدينة.",
])
def test_a_truce_charged_as_breached_is_no_new_truce(events_of, text):
    assert not _of_type(_events(events_of, text), "CONCEDE")


def test_a_preposition_in_ba_is_no_charge(events_of):
    # guard: «بعدما اعتقلت …» after «يشتبه»: «بعدما» is no «بـ» of a charge
    text = ("وقالت الشرطة إنها تواصل التحقيق مع أشخاص يشتبه بأنهم متورطون في الحادثة، بعدما اعتقلت ثلاثين شاباً"
            " وأطلقت سراحهم.")
    assert _of_type(_events(events_of, text), "COERCE")


# what a verb of failing governs through «في» («فشلت الوساطة في وقف إطلاق النار»، «لم تنجح الجهود في التوصل إلى
# اتفاق») did not happen — but an attack that failed was made


@pytest.mark.parametrize("text", [
    "وفشلت الوساطة القطرية في وقف إطلاق النار بين الطرفين.",
    "ولم تنجح الجهود الروسية في التوصل إلى اتفاق بين الطرفين.",
])
def test_what_one_failed_to_reach_did_not_happen(events_of, text):
    evs = [e for e in _events(events_of, text) if e["type"] in ("AGREE", "CONCEDE")]
    assert all(e["factuality"] == "negated" for e in evs), evs


def test_an_attack_that_failed_was_made(events_of):
    # guard
    evs = _of_type(_events(events_of, "وفشلت قوات النظام صباح اليوم في اقتحام البلدة بعد اشتباكات عنيفة."), "ASSAULT")
    assert evs and all(e["factuality"] != "negated" for e in evs), evs


# a quotation that closes right after a target noun («استهدفت مواقعنا»، …) is no quoted name of it


def test_a_closing_quote_after_a_target_is_no_name(events_of):
    text = ("وقال المتحدث في بيان «رغم إعلاننا أننا لسنا طرفاً في ما يدور من اشتباكات داخل الحدود، فإن حكومة أنقرة"
            " استهدفت مواقعنا»، مطالبة «شركاءنا» بتوضيح موقفهم.")
    evs = _of_type(_events(events_of, text), "ASSAULT")
    assert evs and all("»" not in r and "مطالبة" not in r for e in evs for r in _texts(e["recipient"])), evs


# what someone is held «للاشتباه في …» (on suspicion of) is alleged, as «بتهمة …» is


def test_what_one_is_held_on_suspicion_of_is_alleged(events_of):
    text = "وأفرجت الشرطة مساء اليوم عن ثلاثة شبان اعتُقلوا ليل أمس للاشتباه في مشاركتهم في إطلاق النار."
    assert not _of_type(_events(events_of, text), "ASSAULT")


def test_suspected_attackers_did_attack(events_of):
    # guard: «مسلحون يشتبه في أنهم …» describes who attacked, it charges no one
    text = "وأصيب سبعة من رجال الشرطة بعد أن فجّر مسلحون يشتبه في أنهم من التنظيم قنبلة في مركز للشرطة أمس."
    assert _of_type(_events(events_of, text), "ASSAULT")


# a truce consolidated or respected («لتثبيت الهدنة»، «احترام الاتفاق») is one in force, not a new agreement


@pytest.mark.parametrize("text", [
    "ووصل وفد من الأعيان إلى المدينة مساء اليوم لتثبيت الهدنة بين القبيلتين.",
    "ودعا المجلس الطرفين إلى احترام الاتفاق وعدم الانجرار إلى القتال.",
])
def test_a_truce_consolidated_is_none_made(events_of, text):
    assert not _of_type(_events(events_of, text), "AGREE")


# a release «بموجبها» (under it) after an exchange or a deal told in the sentence is what that deal did: one event


def test_a_release_under_an_exchange_is_the_exchange(events_of):
    text = ("وجرت ظهر اليوم عملية تبادل للأسرى بين الطرفين في منطقة الحوجلة، أُفرج بموجبها عن عشرة أسرى من كل"
            " طرف.")
    evs = [e for e in _events(events_of, text) if e["type"] in ("RETREAT", "COOPERATE")]
    assert len(evs) == 1, evs


def test_a_release_with_no_deal_before_it(events_of):
    # guard: with no deal named before, the release is the event
    text = "وأُفرج ظهر اليوم عن عشرة معتقلين من أبناء البلدة بعد وساطة من الوجهاء."
    assert _of_type(_events(events_of, text), "RETREAT")


# hosting a meeting («يستضيف المجلس … ملتقى لشيوخ العشائر») is a meeting, its host a party


def test_hosting_a_gathering_is_a_meeting(events_of):
    text = ("ومن المقرر أن يستضيف المجلس المحلي، يوم السبت المقبل في مدينة البوكمال، ملتقى لشيوخ العشائر ووجهائها"
            " لبحث الأوضاع الأمنية.")
    evs = _of_type(_events(events_of, text), "CONSULT")
    assert len(evs) == 1 and evs[0]["factuality"] == "planned", evs


def test_hosting_the_displaced_is_no_meeting(events_of):
    # guard
    assert not _of_type(_events(events_of, "ويستضيف المخيم منذ عامين آلاف العائلات المهجرة من أحياء المدينة."), "CONSULT")


# «فض/فك الاشتباك» is disengagement, no clash


def test_a_disengagement_line_is_no_clash(events_of):
    text = "وتنتشر القوة الدولية على طول خط فض الاشتباك منذ عام 1974."
    assert not _of_type(_events(events_of, text), "ASSAULT")


def test_clashes_near_a_disengagement_line(events_of):
    # guard
    text = "واندلعت اشتباكات عنيفة بين الفصائل وقوات النظام قرب خط فض الاشتباك صباح اليوم."
    assert _of_type(_events(events_of, text), "ASSAULT")


# roads that meet («وتلتقي فيها طرق التجارة») are no meeting


def test_roads_that_meet_are_no_meeting(events_of):
    text = "وتُعد المدينة كبرى مدن الجنوب، وتلتقي فيها طرق التجارة القادمة من النيجر وتشاد."
    assert not _of_type(_events(events_of, text), "CONSULT")


def test_a_meeting_at_a_border(events_of):
    # guard: a way after «عند» is where one meets
    assert _of_type(_events(events_of, "والتقى الوزير عند الحدود وفداً من الأهالي."), "CONSULT")


# where a delegation comes from («وفد قادم من دمشق») is no place of its visit


def test_where_a_delegation_comes_from_is_no_place_of_its_visit(events_of):
    text = "وزار وفد أمني قادم من دمشق، ظهر اليوم، مدينة درعا والتقى عدداً من وجهائها."
    evs = _of_type(_events(events_of, text), "CONSULT")
    assert evs and all((e["location"] or {}).get("text") != "دمشق" for e in evs), evs


# an act one refuses to talk of («رافضاً الحديث عن «قصف متعمد»») was not told


def test_an_act_one_refuses_to_talk_of_is_none(events_of):
    text = "وقال السفير لدى خروجه من الوزارة إن بلاده حريصة على أمن جارتها، رافضاً الحديث عن «قصف متعمد»."
    assert not _of_type(_events(events_of, text), "ASSAULT")


def test_an_act_people_talk_of_is_told(events_of):
    # guard: talk of an act with no refusal
    evs = _of_type(_events(events_of, "وتحدث الأهالي عن قصف عنيف استهدف البلدة صباح اليوم."), "ASSAULT")
    assert evs, evs
