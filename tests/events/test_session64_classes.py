"""Session 64: classes of language from the errors on the news files and the dev sets (docs/events.md § Session 64).
The texts are the team's own."""

from __future__ import annotations

import pytest


def _texts(args: list[dict]) -> list[str]:
    return [a["text"] for a in args]


def _roles(events_of, text: str, typ: str) -> list[tuple[list[str], list[str]]]:
    """The source and recipient texts of each event of a type."""
    return [(_texts(e["source"]), _texts(e["recipient"])) for e in events_of(text) if e["type"] == typ]


# «خلايا» (cells: the plural of «خلية») heads an actor as «خلية» does, and joins the group it belongs to
# («خلايا التنظيم»، «خلايا «داعش»»)


@pytest.mark.parametrize(("text", "typ", "expected"), [
    ("وتوعّد قائد الفصيل، في تسجيل صوتي، بملاحقة الخلايا حتى آخر وكر في البادية.", "THREATEN",
     [(["قائد الفصيل"], ["الخلايا"])]),
    ("وهاجمت خلايا التنظيم، فجر أمس، حاجزاً للجيش على طريق البادية.", "ASSAULT", [(["خلايا التنظيم"], ["حاجزاً"])]),
], ids=["threatened", "attacking"])
def test_cells_are_actors(events_of, text, typ, expected):
    assert _roles(events_of, text, typ) == expected


# what an arrest's charge says («بتهمة «التستر على عناصر التنظيم»») names neither who is arrested nor who arrests


def test_the_charge_names_no_recipient(events_of):
    text = ("وقال ذوو الشاب إن دورية لقوات الأمن اعتقلته فجر أمس في بلدة الحمرة بتهمة «التستر على عناصر "
            "التنظيم».")
    assert _roles(events_of, text, "COERCE") == [(["دورية لقوات الأمن"], [])]


def test_the_object_after_a_definite_charge_stays(events_of):
    # guard: a definite masdar takes no genitive — the noun after it is the arrest's object
    text = "واعتقلت الشرطة، فجر أمس، بتهمة التهريب ثلاثة شبان من بلدة الحمرة."
    assert _roles(events_of, text, "COERCE") == [(["الشرطة"], ["شبان"])]


# who attends a meeting («حضره X»، «بحضور X»، «يحضره ممثلون عن X») meets the one who holds it — not when the meeting
# is «بين X و Y» (its sides), nor for another meeting named between


@pytest.mark.parametrize(("text", "expected"), [
    ("وعقد نواب المدينة اجتماعاً طارئاً في دارة المفتي ظهر اليوم، حضره رئيس الحكومة.", [(["نواب المدينة"], ["رئيس الحكومة"])]),
    ("وعقد مجلس الأمن الفرعي، أمس، اجتماعاً استثنائياً في السرايا برئاسة المحافظ وحضور قادة الأجهزة الأمنية.",
     [(["مجلس الأمن"], ["قادة الأجهزة الأمنية"])]),
    ("ومن المقرر أن تعقد اللجنة اجتماعاً ثانياً يوم الخميس المقبل، يحضره للمرة الأولى ممثلون عن المسلحين.",
     [(["اللجنة"], ["ممثلون عن المسلحين"])]),
], ids=["hadarahu", "wa-hudur", "representatives-of"])
def test_attendees_meet_the_holder(events_of, text, expected):
    assert _roles(events_of, text, "CONSULT") == expected


def test_a_meeting_between_two_sides_keeps_its_sides(events_of):
    # guard: who attends a meeting «بين X و Y» is a third party
    text = "ومن المقرر أن تُعقد جلسة صلح بين العائلتين يوم الجمعة المقبل، بحضور رجال دين من القرية."
    assert all("رجال دين" not in rec for _, rec in _roles(events_of, text, "CONSULT"))


# engineers, technicians, companies and teams head actors («مهندسين أجنبيين»، «فريق الهلال الأحمر»: a team of a body
# is that body's)


@pytest.mark.parametrize(("text", "typ", "expected"), [
    ("وخطف مسلحون مجهولون أمس مهندسين أجنبيين على طريق المطار.", "ASSAULT", [(["مسلحون مجهولون"], ["مهندسين أجنبيين"])]),
    ("وطالب الأهالي فريق الهلال الأحمر بإخلاء الجرحى.", "REQUEST", [(["الأهالي"], ["فريق الهلال الأحمر"])]),
], ids=["engineers", "team-of"])
def test_new_actor_heads(events_of, text, typ, expected):
    assert _roles(events_of, text, typ) == expected


# a refusal to let people through told with «لم تسمح» (the present after «لم» tells the past) is access, negated;
# «تسمح» with no «لم» tells what something would allow, no act; «بمواصلة طريقها» is letting a convoy go on


@pytest.mark.parametrize("text", [
    "ولم تسمح قوات النظام، ظهر أمس، لفريق من المهندسين بالوصول إلى محطة المياه.",
    "ولم تسمح قوات الدعم السريع، مساء أمس، للشاحنات الخمس بمواصلة طريقها نحو المدينة.",
], ids=["to-reach", "to-go-on"])
def test_not_letting_through_is_negated_access(events_of, text):
    assert [(e["mode"], e["factuality"]) for e in events_of(text) if e["type"] == "RETREAT"] == [("access", "negated")]


def test_what_would_allow_passage_is_no_act(events_of):
    # guard: «تسمح» with no «لم» before it
    text = "وتنشط على الحدود شبكات تهريب تعمل في البلدة وتسمح بمرور المقاتلين الأجانب مقابل المال."
    assert not [e for e in events_of(text) if e["type"] == "RETREAT" and e["mode"] == "access"]


# a past verb of a deliberate attack («هاجموا»، «استهدفت») is no accident because the sentence names gas or a fire
# («محطة الغاز»، «خط الغاز»); the present may tell an aim («تحقيقات تستهدف المقاولين» after an earthquake)


def test_an_attack_on_a_gas_station_is_no_accident(facts_of):
    text = ("وكان مسلحو التنظيم قد هاجموا، في الحادي والعشرين من كانون الثاني الماضي، محطة الغاز في الحقل.")
    assert facts_of(text, "ASSAULT") == ["historical"]


def test_an_aim_near_an_accident_word_is_no_attack(events_of):
    # guard: the present «تستهدف» keeps the accident reading
    text = "وفتحت السلطات تحقيقات تستهدف المقاولين الذين انهارت مبانيهم في الزلزال."
    assert not [e for e in events_of(text) if e["type"] == "ASSAULT"]


# future verbs of four letters («سترد»، «سيرد»، «سيقع») are future verbs: a warning that the warner's forces «سترد»
# threatens


def test_a_four_letter_future_verb_makes_a_warning_a_threat(events_of):
    text = "وحذّرت الوزارة، في بيان، من أن قواتها «سترد بكل حزم» إذا حاولت الفصائل التقدم نحو المدينة."
    assert [e["type"] for e in events_of(text) if e["type"] == "THREATEN"] == ["THREATEN"]


# «تفاهم/تفاهمات» (an understanding) is an agreement when it is told reached, signed or reported («توصلا إلى تفاهم»،
# «مذكرة تفاهم»، «أنباء عن تفاهم»، «تفاهم أُبرم/يقضي بـ…») — not «سوء تفاهم» or an aim («إيجاد تفاهم»), nor the
# understanding; nor an agreement in force or its text, with the subject between («إذا لم تلتزم «الوحدات» بالاتفاق
# السابق») or a word that begins with «و» of its own («مسودة ورقة الاتفاق»)


def test_an_understanding_is_an_agreement(facts_of):
    text = "وتداولت صفحات محلية، مساء أمس، أنباء عن تفاهم أُبرم بين قوات النظام وفصائل المعارضة يقضي بفتح الطريق."
    assert "rumored" in facts_of(text, "AGREE")


@pytest.mark.parametrize("text", [
    "وقال الوسيط إن ما جرى بين الطرفين في الاجتماع الأخير كان سوء تفاهم لا أكثر.",
    "وقال المحلل إن أنقرة ستسعى إلى إيجاد تفاهم مشترك مع دمشق خلال الأشهر المقبلة.",
    "وقال الضابط إن قواته مستعدة للتحرك إذا لم تلتزم «الوحدات الكردية» بالاتفاق السابق.",
    "ومن المقرر أن يجتمع الطرفان مطلع الأسبوع المقبل، بعد أن تنهي اللجنة المصغّرة مسودة ورقة الاتفاق.",
], ids=["misunderstanding", "an-aim", "kept", "its-text"])
def test_no_understanding_reached(events_of, text):
    assert not [e for e in events_of(text) if e["type"] == "AGREE"]


# words that name no act of their own: photos published with the subject between («ونشر إعلامها العسكري صوراً»),
# reinforcements struck («غارات على تعزيزات للميليشيا»), aid seized («استولت … على حمولة ثلاث شاحنات من قافلة مساعدات»)


@pytest.mark.parametrize(("text", "typ"), [
    ("وأعلنت الألوية السيطرة على المديرية في عملية تنفذها بإسناد من طيران تحالف دعم الشرعية، ونشر إعلامها العسكري "
     "صوراً لمقاتليها وهم يرفعون العلم فوق مبنى الإدارة.", "MOBILIZE"),
    ("وشنّ طيران التحالف، فجر اليوم، سلسلة غارات على تعزيزات للميليشيا كانت في طريقها إلى الجبهة.", "MOBILIZE"),
    ("واستولت قوات الدعم السريع، مساء أمس الأربعاء، على حمولة ثلاث شاحنات من قافلة مساعدات غذائية تابعة لبرنامج "
     "الأغذية العالمي.", "AID"),
], ids=["photos", "reinforcements-struck", "aid-seized"])
def test_no_act_of_its_own(events_of, text, typ):
    assert not [e for e in events_of(text) if e["type"] == typ]


@pytest.mark.parametrize(("text", "typ"), [
    ("وحصلت قوات النظام، مساء أمس، على تعزيزات عسكرية كبيرة في محيط المدينة.", "MOBILIZE"),
    ("وسيّر برنامج الأغذية العالمي، صباح اليوم، قافلة مساعدات غذائية من ثلاث شاحنات إلى المخيم.", "AID"),
], ids=["reinforcements-received", "aid-sent"])
def test_the_acts_named_stay(events_of, text, typ):
    # guards: reinforcements received («على تعزيزات» with no attack before it) and aid sent
    assert [e for e in events_of(text) if e["type"] == typ]


# a sentence that opens hours after an act told before («وبعد ساعات من الإعلان، قُتل …») moves the article's narrative
# on: what it tells is news the detection model's doubt does not make background


def test_hours_after_an_act_told_is_news(events_of):
    text = ("أعلنت القوات الحكومية، مساء أمس الإثنين، استعادة السيطرة على مديرية العين. وبعد ساعات من الإعلان، قُتل "
            "ثلاثة مدنيين، بينهم طفل، وأصيب ستة آخرون، بصاروخ باليستي أطلقته الجماعة على حي سكني في بلدة الحمرة، سقط "
            "قرب مدرسة للبنات قرابة الحادية عشرة ليلاً، بحسب ما أفاد به مصدر طبي في مستشفى البلدة، أوضح أن الضحايا من "
            "أسرة واحدة كانت تسكن منزلاً طينياً تهدّم بالكامل، وأن اثنين من المصابين في حالة حرجة، وأن فرق الدفاع المدني "
            "واصلت البحث تحت الأنقاض حتى الفجر.")
    killed = [e for e in events_of(text) if e["type"] == "ASSAULT" and e["fatalities"] == 3]
    assert [e["factuality"] for e in killed] == ["asserted"]


# what kind of area a place is («في منطقة صحراوية»، «أراض زراعية») is no place name, though the tagger takes it for one


def test_an_area_adjective_is_no_place_name(events_of):
    text = "وسقط صاروخ في منطقة صحراوية شمال البلدة، من دون أن يسفر عن إصابات."
    assert [(e["location"] or {}).get("text") for e in events_of(text) if e["type"] == "ASSAULT"] == [None]


# «مدافع الهاون» (mortar launchers) named among weapons handed over or held is the weapon, no shell fired; a firing
# verb with it is a trigger of its own


def test_mortar_launchers_handed_over_fire_nothing(events_of):
    text = ("وسلّم مقاتلون من فصائل المعارضة في البلدة دفعة أولى من أسلحتهم الثقيلة، بينها ثلاث دبابات وعربة مدرعة "
            "وعدد من مدافع الهاون، إلى الشرطة العسكرية في ساحة قريبة من دوار البلدة، وذلك قرابة الثامنة من صباح اليوم.")
    assert not [e for e in events_of(text) if e["type"] == "ASSAULT"]


def test_shelling_with_mortars_stays(events_of):
    # guard: a shelling «بمدافع الهاون»
    text = "وقصفت قوات النظام، فجر اليوم، بمدافع الهاون أطراف بلدة الحمرة."
    assert [e["type"] for e in events_of(text) if e["type"] == "ASSAULT"] == ["ASSAULT"]


# «طالب» counted or described («ثلاثمئة طالب وطالبة»، «طالب جامعي») is a student, no demand


def test_a_counted_student_is_no_demand(events_of):
    text = "ويتقدم إلى الامتحانات نحو أربعمئة طالب من البلدة وقراها، بحسب ما أفاد به مدير التربية."
    assert not [e for e in events_of(text) if e["type"] == "REQUEST"]


# «تدمر» with «لـ/بـ» on it or after a preposition or a place word is Palmyra, no «تدمّر» (destroys)


def test_palmyra_destroys_nothing(events_of):
    text = "ودفع الجيش، مساء أمس، بتعزيزات عسكرية نحو الأطراف الشرقية لتدمر، تمهيداً لعملية باتجاه السخنة."
    assert not [e for e in events_of(text) if e["type"] == "ASSAULT"]


def test_destroying_stays(events_of):
    # guard: the verb «تدمّر» with its subject before it
    text = "وقال مدير المحطة إن الغارات تدمر، منذ صباح اليوم، خطوط الكهرباء في البلدة."
    assert [e["type"] for e in events_of(text) if e["type"] == "ASSAULT"]


# who sent an aid convoy or shipment gives it: «قافلة …، أرسلتها X»، «شحنة … التي أعلنت X إرسالها»; KB actors 1.2.20
# know the Turkish disaster authority by its Arabic name (not by «آفاد», which normalises as «أفاد», reported)


@pytest.mark.parametrize(("text", "sender"), [
    ("وعبرت المعبر ظهر اليوم قافلة من ثماني عشرة شاحنة محملة بالخيام والطحين، أرسلتها إدارة الكوارث والطوارئ التركية، "
     "باتجاه المخيمات.", "إدارة الكوارث والطوارئ التركية"),
    ("ووصلت إلى المشفى مساء اليوم شحنة الأدوية التي أعلنت مديرية الصحة إرسالها ظهراً.", "مديرية الصحة"),
], ids=["sent-it", "its-sending"])
def test_the_sender_gives_the_aid(events_of, text, sender):
    assert [src for src, _ in _roles(events_of, text, "AID")] == [[sender]]


def test_reported_is_no_actor(events_of):
    # guard: «وأفاد» (reported) is no alias of an actor
    text = "وأفاد مراسلنا في البلدة بأن قافلة مساعدات دخلت إلى المخيم مساء أمس."
    assert all("أفاد" not in src for src, _ in _roles(events_of, text, "AID"))


# the antecedent of a relative clause set off by commas right before a verb is its subject, though it ends with where it
# is («والمجلس المحلي لمدينة الباب، الذي تشكّل …، اتهم قوات النظام …»): the actor after the verb is its object — when
# the verb agrees with the relative pronoun («الذين عقدوا اجتماعاً …، اتفق خلاله الطرفان» has its own subject)


def test_the_antecedent_of_a_relative_clause_is_the_subject(events_of):
    text = ("والمجلس المحلي لمدينة الحمرة، الذي تشكّل قبل أقل من أسبوع ويدير أعماله مؤقتاً من مبنى المدرسة الصناعية، "
            "اتهم قوات النظام في بيان بقطع المياه عن الأهالي.")
    assert _roles(events_of, text, "ACCUSE") == [(["المجلس المحلي"], ["قوات النظام"])]


def test_a_verb_that_disagrees_with_the_relative_keeps_its_subject(events_of):
    # guard: «الذين» (a plural) before a singular verb with its own subject after it
    text = ("وانتهت الاشتباكات بعد تدخل ضباط من الجيش، الذين عقدوا اجتماعاً ضم قياديين من الطرفين في مقر القيادة، اتفق "
            "خلاله الطرفان على انسحاب المسلحين من الحاجز.")
    assert all("ضباط من الجيش" not in src for src, _ in _roles(events_of, text, "AGREE"))


# a subject that is a member of a body and sits for a place («عضو في مجلس الشعب عن المحافظة») ends after them: the
# actor after its parenthetical is the object


def test_a_member_for_a_place_is_one_subject(events_of):
    text = ("وطالب عضو في مجلس الشعب عن المحافظة، في حديث صحفي، وزارة الداخلية بإطلاق حملة لسحب الأسلحة غير المرخصة.")
    assert [rec for _, rec in _roles(events_of, text, "REQUEST")] == [["وزارة الداخلية"]]
