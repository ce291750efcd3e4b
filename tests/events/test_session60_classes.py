"""Session 60: classes of language from the errors of the dev sets (docs/events.md § Session 60).
The texts are the team's own."""

from __future__ import annotations

import pytest

# a joint patrol of two states' forces, told in the present tense of a plan («من المقرر أن تسيّر …»), is cooperation
# between them, as in the past tense


def test_a_planned_joint_patrol_of_two_states_is_cooperation(events_of):
    text = ("ومن المقرر أن تسيّر القوات الروسية والتركية، يوم الخميس المقبل، دورية مشتركة جديدة على الطريق الدولي بين "
            "بلدة ترنبة ومدينة أريحا.")
    (e,) = [e for e in events_of(text) if e["type"] == "COOPERATE"]
    assert e["evidence"]["trigger"]["text"].startswith("دورية")
    assert e["factuality"] == "planned"


def test_a_patrol_of_one_army_stays_a_deployment(events_of):
    # guard: one state's patrol is no cooperation
    text = "ومن المقرر أن تسيّر القوات التركية، يوم الخميس المقبل، دورية جديدة على الطريق الدولي قرب مدينة أريحا."
    assert not [e for e in events_of(text) if e["type"] == "COOPERATE"]


# gunmen storming a place («اقتحم مسلحون …»، «اقتحام مسلحين مشفى …») attack it; a force storming a house to arrest
# raids it


@pytest.mark.parametrize("text", [
    "واقتحم مسلحون ملثمون، فجر اليوم، مستوصفاً في بلدة الحمرة وأطلقوا النار على حارسه.",
    "وقال شهود إن مسلحين اقتحموا مقر البلدية في بلدة الحمرة فجر اليوم.",
    "ويتزامن ذلك مع ذكرى اقتحام مسلحي التنظيم سجن المدينة قبل ست سنوات.",
], ids=["verb-subject", "subject-verb", "noun-agent"])
def test_gunmen_storming_is_an_assault(events_of, text):
    evs = events_of(text)
    assert [e["type"] for e in evs if e["evidence"]["trigger"]["text"].startswith(("اقتحم", "واقتحم", "اقتحام"))] \
        == ["ASSAULT"]


def test_a_force_storming_a_house_of_gunmen_raids_it(events_of):
    # guard: the gunmen are whose house is raided, not who storms
    text = "واقتحمت قوة أمنية، فجر اليوم، منزل المسلحين في بلدة الحمرة واعتقلت ثلاثة منهم."
    assert not [e for e in events_of(text) if e["type"] == "ASSAULT"]


# those who storm and then lead people away («… ثم اقتادوا جرّاحَين إلى جهة مجهولة») do it as part of the storming;
# «الاقتحام» told again after it with no actor is that attack, not a raid of its own


def test_leading_away_after_a_storming_is_part_of_it(events_of):
    text = ("واقتحم مسلحون ملثمون، ليل الاثنين، مستوصف بلدة الحمرة، إذ أطلقوا النار على حارسه، ثم اقتادوا ممرضَين "
            "إلى جهة مجهولة.")
    assert not [e for e in events_of(text) if e["type"] == "COERCE"]


def test_the_storming_told_again_is_the_attack(events_of):
    text = ("واقتحم مسلحون ملثمون، ليل الاثنين، مستوصف بلدة الحمرة وأطلقوا النار على حارسه.\n"
            "وقال مدير المستوصف إن الاقتحام أسفر عن مقتل الحارس.")
    evs = events_of(text)
    assert not [e for e in evs if e["type"] == "COERCE"]
    assert len([e for e in evs if e["type"] == "ASSAULT"]) == 1


def test_a_raid_told_again_stays_a_raid(events_of):
    # guard: after a raid (a force storming to arrest) «الاقتحام» is that raid
    text = ("واقتحمت قوة من الشرطة، فجر اليوم، منزلاً في بلدة الحمرة واعتقلت صاحبه.\n"
            "وقال جيران إن الاقتحام استمر ساعة.")
    assert not [e for e in events_of(text) if e["type"] == "ASSAULT"]


# a stand of backing declared («أعلن/أكد/جدّد … دعمه الكامل لـ…»، «مساندته «المطلقة» لـ…») is support; backing asked
# for, said to go on after «أن», or described in a relative clause is no statement of it


@pytest.mark.parametrize("text", [
    "وأعلن اتحاد الشغل في الولاية، في بيان أصدره بعد ظهر اليوم، مساندته «المطلقة» لتحركات المزارعين.",
    "ودعا النائب إلى ضبط النفس، مؤكداً «دعمه الكامل للجيش» في حماية المخيم.",
    "وجدّد وزير الخارجية، خلال اتصال هاتفي مع نظيره، دعم بلاده الثابت لوحدة الأراضي اليمنية.",
], ids=["announced", "participle", "renewed"])
def test_a_declared_stand_of_backing_is_support(events_of, text):
    assert [e["type"] for e in events_of(text) if e["type"] == "SUPPORT"] == ["SUPPORT"]


@pytest.mark.parametrize("text", [
    "وأكد الوزير أن الحكومة تواصل دعمها للنازحين في المخيمات.",
    "وطالب المجلس المحلي بدعم المزارعين المتضررين من الجفاف.",
    "وهاجم المتحدث الولايات المتحدة، التي تبدي دعمها المتواصل للحكومة، في كلمة مصورة.",
], ids=["after-that", "asked-for", "relative-clause"])
def test_backing_not_declared_is_no_support(events_of, text):
    assert not [e for e in events_of(text) if e["type"] == "SUPPORT"]


# a patrol held «مشتركة مع X» (with another force named after it) is cooperation


def test_a_joint_patrol_with_another_force_is_cooperation(events_of):
    text = "وسيّرت قوات التحالف، عصر اليوم، دورية مشتركة مع قوات الأمن الداخلي على الطريق العام قرب بلدة الحمرة."
    assert [e["type"] for e in events_of(text) if e["type"] in ("COOPERATE", "MOBILIZE")] == ["COOPERATE"]


# a town or a camp that «received» displaced people over a span of time took them in: no visit; a matter «put off»
# («ترحيل الخلاف») deports no one


def test_a_town_receiving_the_displaced_is_no_visit(events_of):
    text = "وتُعدّ البلدة من أكثر المناطق اكتظاظاً، إذ استقبلت خلال السنوات الماضية آلاف النازحين من القرى المحيطة."
    assert not [e for e in events_of(text) if e["type"] == "CONSULT"]


def test_receiving_a_delegation_of_the_displaced_is_a_meeting(events_of):
    # guard: a delegation is received as guests
    text = "واستقبل المحافظ، ظهر اليوم، وفداً من النازحين في مكتبه واستمع إلى مطالبهم."
    assert [e["type"] for e in events_of(text) if e["type"] == "CONSULT"] == ["CONSULT"]


def test_a_dispute_put_off_deports_no_one(events_of):
    text = "وأصرّ الوفد على أن تقتصر الدفعة على المقاتلين، قبل أن يتفق الطرفان على ترحيل الخلاف إلى المرحلة الثانية."
    assert not [e for e in events_of(text) if e["type"] == "COERCE"]


# the owner of a place named after «أمام» right after a protest noun is where it is held, not who holds it


def test_the_building_before_which_a_sit_in_is_held_is_not_its_agent(events_of):
    text = "ونفّذ عشرات النازحين اعتصاماً أمام سرايا البلدة قبل ظهر اليوم، احتجاجاً على تأخر صرف بدلات الإيواء."
    (e,) = [e for e in events_of(text) if e["type"] == "PROTEST"]
    assert [a["text"] for a in e["source"]] == ["النازحين"]


# those counted among the dead («خمسة قتلى بينهم ثلاثة أطفال بـ…») are victims, never the attackers


def test_those_among_the_dead_are_not_the_attackers(events_of):
    text = "خمسة قتلى بينهم ثلاثة أطفال ببرميلين متفجرين على بلدة الحمرة"
    (e,) = [e for e in events_of(text) if e["type"] == "ASSAULT"]
    assert "أطفال" not in " ".join(a["text"] for a in e["source"])


# storming a protest square or a prison is an assault, as storming a town is


@pytest.mark.parametrize("text", [
    "وطالب المعتصمون بمحاسبة قائد الحرس، بعد أيام من إحياء الذكرى الأولى لاقتحام الساحة وإحراق خيامها.",
    "وقال شهود إن ثلاثة معتصمين أصيبوا خلال اقتحام الساحة من قبل قوات مكافحة الشغب فجر اليوم.",
], ids=["square-anniversary", "square"])
def test_storming_a_square_is_an_assault(events_of, text):
    evs = [e for e in events_of(text) if e["evidence"]["trigger"]["text"].lstrip("و").startswith(("اقتحم", "اقتحام", "لاقتحام"))]
    assert [e["type"] for e in evs] == ["ASSAULT"]


# a long relative clause set off by commas between the subject and its verb («ومحافظ الولاية، الذي وصل … على رأس
# وفد ضمّ …، زار المخيم») belongs to the subject: its actors are not the verb's, its antecedent is the subject


def test_the_antecedent_of_a_long_relative_clause_is_the_subject(events_of):
    text = ("ومحافظ الولاية، الذي وصل إلى البلدة صباح اليوم قادماً من العاصمة على رأس وفد ضمّ مدير الشرطة وممثلاً عن "
            "وزارة الشؤون الاجتماعية، زار المخيم بعد الظهر.")
    (e,) = [e for e in events_of(text) if e["type"] == "CONSULT"]
    assert [a["text"] for a in e["source"]] == ["محافظ الولاية"]


# «لقاء جمع، ليل أمس، X و Y»: the meeting brought X together with Y, past a time set off by commas


def test_a_meeting_that_brought_two_sides_together(events_of):
    text = "وتحدثت مصادر محلية عن لقاء جمع، ليل أمس، وجهاء من البلدة وممثلين عن الجماعات المسلحة في المدينة."
    (e,) = [e for e in events_of(text) if e["type"] == "CONSULT"]
    assert e["source"] and e["recipient"]
    assert "الجماعات المسلحة" in " ".join(a["text"] for a in e["recipient"])


def test_a_meeting_of_one_group_keeps_the_subject_of_its_light_verb(events_of):
    # guard: «عقد X اجتماعاً ضم Y» (one group after «ضم») keeps X as who held it
    text = "وعقد ضباط من الحرس الجمهوري، مساء أمس، اجتماعاً ضم قياديين من الطرفين في مقر المحافظة."
    (e,) = [e for e in events_of(text) if e["type"] == "CONSULT"]
    assert "ضباط" in " ".join(a["text"] for a in e["source"])


# the genitive of an exchange («صفقة تبادل الأسرى») is who is exchanged, not who exchanges


def test_the_prisoners_exchanged_are_not_the_exchangers(events_of):
    text = "وأنجزت الحكومة والجماعة، عصر اليوم، المرحلة الأولى من صفقة تبادل الأسرى بوساطة قبلية في صرواح."
    (e,) = [e for e in events_of(text) if e["type"] == "COOPERATE"]
    assert "الأسرى" not in " ".join(a["text"] for a in e["source"])


# «وأغلق بعضهم الطريق» after a protest: some of the protesters block the road, part of the protest


def test_some_of_the_protesters_closing_a_road_is_part_of_the_protest(events_of):
    text = ("وتجمّع مئات النازحين أمام مبنى الإدارة احتجاجاً على تقليص الحصص الغذائية، وأغلق بعضهم لساعتين الطريق "
            "الرابط بين المخيم ومركز القضاء.")
    evs = events_of(text)
    assert [e["type"] for e in evs] == ["PROTEST"]
