"""Numbers and casualty quantities (marsad.numbers.parse, marsad.numbers.casualties)."""

from __future__ import annotations

import json

import pytest

from marsad.numbers.casualties import fatalities, find_quantities
from marsad.numbers.parse import find_numbers, parse_words
from marsad.text.normalize import norm


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("ثلاثة", 3),
        ("خمسة وعشرين", 25),
        ("ثلاثة عشر", 13),
        ("مئة وخمسين", 150),
        ("مائة", 100),
        ("ثلاثمئة", 300),
        ("ثلاث مئة", 300),
        ("ألف", 1000),
        ("ثلاثة آلاف", 3000),
        ("عشرون", 20),
        ("مئة وخمسة وعشرين", 125),
        ("أربعة آلاف وخمسمئة", 4500),
        ("اثنا عشر", 12),
    ],
)
def test_parse_words(phrase: str, value: int) -> None:
    assert parse_words(norm(phrase)) == value


@pytest.mark.parametrize(
    ("text", "value", "approximate"),
    [
        ("١٢", 12, False),
        ("نحو 300", 300, True),
        ("حوالي خمسين", 50, True),
        ("أكثر من 20", 20, True),
        ("ما لا يقل عن عشرة", 10, True),
        ("عشرات", 12, True),
        ("مئات", 100, True),
        ("آلاف", 1000, True),
        ("بضعة", 3, True),
        ("عدة", 3, True),
        ("عدد من", 3, True),
        ("بين 5 و7", 5, True),
        ("5 إلى 8", 5, True),
        ("2,500", 2500, False),
    ],
)
def test_find_numbers(text: str, value: int, approximate: bool) -> None:
    (num,) = find_numbers(norm(text))
    assert (num.value, num.approximate) == (value, approximate)


# (sentence, kind, value, evidence)
CASES = [
    ("قتل خمسة وعشرون مدنياً في قصف على البلدة", "killed", 25, "قتل خمسة وعشرون مدنياً"),
    ("أسفر القصف عن مقتل 12 عنصراً وإصابة آخرين", "killed", 12, "مقتل 12 عنصراً"),
    ("سقط عشرات القتلى في الانفجار", "killed", 12, "عشرات القتلى"),
    ("قتل ما لا يقل عن ثلاثة أشخاص في الغارة", "killed", 3, "قتل ما لا يقل عن ثلاثة أشخاص"),
    ("لقي ٤ أشخاص حتفهم في الحادث", "killed", 4, "لقي ٤ أشخاص"),
    ("ارتفع عدد القتلى إلى 25 شخصاً", "killed", 25, "قتلى إلى 25"),
    ("مقتل شاب برصاص قناص", "killed", 1, "مقتل شاب"),
    ("أسفر الهجوم عن قتيلين", "killed", 2, "قتيلين"),
    ("تراوحت الحصيلة بين 5 و7 قتلى", "killed", 5, "بين 5 و7 قتلى"),
    ("استشهد طفلان في القصف", "killed", 2, "استشهد طفلان"),
    ("أصيب نحو عشرين آخرين بجروح", "wounded", 20, "أصيب نحو عشرين"),
    ("إصابة عنصرين من الشرطة", "wounded", 2, "إصابة عنصرين"),
    ("اعتقلت القوات 15 شاباً", "arrested", 15, "اعتقلت القوات 15 شاباً"),
    ("نزوح آلاف العائلات من القرى", "displaced", 1000, "آلاف العائلات"),
    ("اختطف مسلحون ثلاثة مدنيين", "abducted", 3, "اختطف مسلحون ثلاثة مدنيين"),
    ("مقتل مئات المدنيين خلال الحصار", "killed", 100, "مقتل مئات المدنيين"),
    ("سقوط قتيل في الاشتباك", "killed", 1, "قتيل"),
    # the bodies of those counted («جثث/جثامين N»، «جثة X») are a killed count; a dual body («جثتي»، «جثماني») is two,
    # whatever follows it («جثتي طفل ووالده»)
    ("وصلت إلى المشفى جثث خمسة مدنيين", "killed", 5, "جثث خمسة مدنيين"),
    ("انتشلت الفرق جثة طفل من تحت الأنقاض", "killed", 1, "جثة طفل"),
    ("استقبل المشفى جثتي طفل ووالده", "killed", 2, "جثتي"),
    ("تسلّم ذووهما جثماني الشابين", "killed", 2, "جثماني"),
]


@pytest.mark.parametrize(("sentence", "kind", "value", "evidence"), CASES)
def test_quantities(sentence: str, kind: str, value: int, evidence: str) -> None:
    qs = [q for q in find_quantities(sentence) if q.kind == kind]
    assert [(q.value, q.text) for q in qs] == [(value, evidence)]
    assert sentence[qs[0].start : qs[0].end] == evidence


def test_killed_and_wounded_without_number() -> None:
    qs = find_quantities("سقوط قتلى وجرحى في صفوف المدنيين")
    assert [(q.kind, q.value) for q in qs] == [("killed", None), ("wounded", None)]
    assert fatalities(qs) is None


def test_nearer_trigger_owns_the_number() -> None:
    # "killed and wounded 10": the 10 is not a fatality count
    qs = find_quantities("مقتل وإصابة 10 أشخاص")
    assert fatalities(qs) is None


@pytest.mark.parametrize(
    "sentence",
    ["قصفت الطائرات 5 قرى في الريف", "وصل 300 شخص إلى المخيم", "عقد الاجتماع في 14/10/2016", "قتل الوقت"],
)
def test_no_casualties(sentence: str) -> None:
    assert fatalities(find_quantities(sentence)) is None


def test_cli_numbers(runner) -> None:
    from marsad.cli import cli

    result = runner.invoke(cli, ["numbers"], input="أسفر القصف عن مقتل 12 عنصراً وإصابة 3 آخرين")
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert [(r["kind"], r["value"]) for r in rows] == [("killed", 12), ("wounded", 3)]


def test_stage_fills_quantities(make_doc) -> None:
    from marsad.stages.quantities import Quantities

    doc = Quantities()(make_doc("قتل ثلاثة مدنيين"))
    assert [(q.kind, q.value) for q in doc.quantities] == [("killed", 3)]


@pytest.mark.parametrize(
    ("sentence", "kind", "value"),
    [
        ("أسفر القصف عن استشهاد مدنيَين", "killed", 2),  # the written fatha marks a dual
        ("قتل القناص رجلاً قرب الجسر", "killed", 1),  # verb + subject + one person
        ("أعدم التنظيم شاباً في الساحة", "killed", 1),
        ("اعتقلت الشرطة 4 متظاهرين", "arrested", 4),
    ],
)
def test_more_attachments(sentence: str, kind: str, value: int) -> None:
    assert [(q.kind, q.value) for q in find_quantities(sentence)] == [(kind, value)]


@pytest.mark.parametrize(
    "sentence",
    [
        "اتهمت الحكومة باحتجاز الصحفيين عام 2022",  # a year is not a count
        "أفرج عنه بعد اعتقال دام 32 عاماً",  # a duration is not a count
        "شنت الطائرات 20 غارة أسفرت عن مقتل مدنيين",  # 20 counts raids
    ],
)
def test_numbers_that_count_something_else(sentence: str) -> None:
    assert all(q.value is None or q.value < 20 for q in find_quantities(sentence))


@pytest.mark.parametrize(
    ("text", "kind", "value", "vague"),
    [
        # a count over killed AND wounded is no killed count
        ("أوقع الانفجار عشرات القتلى والجرحى في السوق", "casualties", 12, True),
        ("سقط 15 قتيلا وجريحا في القصف", "casualties", 15, False),
        # killed alone stays killed; a vague word sets vague, a figure does not
        ("قتل عشرات المدنيين في القصف", "killed", 12, True),
        ("سقط نحو 30 قتيلا في الانفجار", "killed", 30, False),
        # «وعشرات» with the conjunction glued on is still a count
        ("قتل ثلاثة أشخاص وعشرات الجرحى", "wounded", 12, True),
    ],
)
def test_killed_and_wounded_together_and_vague_counts(text: str, kind: str, value: int, vague: bool) -> None:
    q = next(q for q in find_quantities(text) if q.value == value and q.kind == kind)
    assert q.vague is vague
    if kind == "casualties":
        assert fatalities(find_quantities(text)) is None


@pytest.mark.parametrize(("text", "value"), [
    ("قُتل خلالها ثلاثة من مقاتلي الجيش وستة من عناصر التنظيم.", 9),
    ("وأسفرت الاشتباكات عن مقتل عنصرين من قوات النظام ومقاتل من الفصائل.", 3),
    ("وأعلن الفيلق مقتل سبعة عناصر من قوات النظام وأربعة من مقاتليه.", 11),
    ("ما أسفر عن مقتل ثلاثة من المقاتلين وامرأة كانت في منزل مجاور.", 4),
    ("واستُشهد طفل وامرأة في القصف.", 2),
    ("وقتل 5 مدنيين و3 أطفال في الغارة.", 8),
    ("ما أدى إلى مقتل رجل وزوجته في منزلهما.", 2),  # a relative with a pronoun is one more
    ("وقتل رجل ونجليه بقذيفة سقطت على منزلهم.", 3),  # a dual relative: two more
])
def test_coordinated_counts_of_one_toll_add_up(text, value):
    killed = [q for q in find_quantities(text) if q.kind == "killed"]
    assert [q.value for q in killed] == [value]


@pytest.mark.parametrize(("text", "value"), [
    ("وقتل 3 مدنيين و10 آخرين بجروح.", 3),  # the second count is of the wounded
    ("وقتل 5 أشخاص وأصيب 10 آخرون.", 5),  # a new casualty verb
    ("كانت الحصيلة 4242 شهيداً و376 اغتيالاً.", 4242),  # a count of something else
    ("وقتل شاب وطفله بجروح خطيرة.", 1),  # the relative is wounded
])
def test_a_second_count_of_something_else_is_not_added(text, value):
    killed = [q for q in find_quantities(text) if q.kind == "killed"]
    assert killed[0].value == value


# session 24: a subject counted before a verb of dying, or before «قد» and a verb of killing; kin in the dual; those an
# attack claimed («راح ضحيته»); the killed named after the attack that killed them


@pytest.mark.parametrize(("text", "value"), [
    ("وكان 4 من مقاتلي «الحشد الشعبي» قد قُتلوا، مساء الجمعة الماضي، بانفجار عبوة ناسفة.", 4),
    ("وكان مواطن قد استُشهد، السبت الماضي، بغارة من مسيّرة إسرائيلية.", 1),
    ("وكان طفلان شقيقان قد قُتلا، الثلاثاء الماضي، بانفجار قذيفة مدفعية.", 2),
    ("ارتقى سبعة مواطنين شهداء، وأصيب أكثر من عشرين آخرين بقصف مدفعي.", 7),
    ("وفي جبل الزاوية، قُتلت امرأة وطفلاها، ظهر اليوم، بقصف مدفعي.", 3),
    ("قصف مدفعي على البلدة راح ضحيته ثلاثة مدنيين.", 3),
    ("انفجرت عبوة ناسفة بسيارة مدنية، راحت ضحيتها خمسة أشخاص بينهم طفلان.", 5),
    ("وقُتل في الهجوم عنصران من الشرطة وأصيب ثالث.", 2),
    ("واستشهد جراء القصف طفل في البلدة.", 1),
])
def test_the_tolls_of_session_24(text, value):
    killed = [q for q in find_quantities(text) if q.kind == "killed" and q.value is not None]
    assert [q.value for q in killed] == [value], [(q.value, text[q.start : q.end]) for q in killed]


def test_the_killers_counted_before_an_active_verb_are_not_the_dead():
    # (a guard: without «قد» a killing verb's counted subject is its agent; its object is the dead)
    killed = [q for q in find_quantities("وكان ثلاثة مسلحين قتلوا مدنياً في البلدة.") if q.kind == "killed"]
    assert [q.value for q in killed] == [1]


def test_a_companion_joined_to_the_killed():
    text = "وأدت الغارة إلى مقتل القيادي ومرافقه قرب المدينة."
    assert [q.value for q in find_quantities(text) if q.kind == "killed"] == [2]


# session 25: two killed counts joined by «و» on a second killing word are one toll; more callings of one person; two
# accusative nouns after one count are one count


@pytest.mark.parametrize(("text", "value"), [
    ("ما أدى إلى مقتل أربعة من المهاجمين واستشهاد جندي من حراس المبنى.", 5),
    ("وأسفر القصف عن مقتل 3 مدنيين ومقتل 2 من عناصر الدفاع المدني.", 5),
    ("وأعلنت الشرطة استشهاد شرطي برصاص مسلحين على مدخل البلدة.", 1),
    ("وأدى القصف إلى مقتل صياد قرب الشاطئ.", 1),
    ("وقُتل 13 جندياً وشرطياً على الأقل منذ بدء المواجهات.", 13),  # two nouns of one count, not one more
])
def test_the_tolls_of_session_25(text, value):
    killed = [q for q in find_quantities(text) if q.kind == "killed" and q.value is not None]
    assert [q.value for q in killed] == [value], [(q.value, text[q.start : q.end]) for q in killed]


def test_a_killed_count_then_a_wounded_count_stay_apart():
    # (a guard: «وإصابة» is no second killing word)
    qs = find_quantities("وأسفر القصف عن مقتل مدنيين اثنين وإصابة خمسة آخرين.")
    assert [(q.kind, q.value) for q in qs] == [("killed", 2), ("wounded", 5)]


# session 45: a year after words between a killing verb and it («قُتل في آذار/مارس 2014») is no count; a count right
# after the verb stays one, whatever its size


@pytest.mark.parametrize("text", [
    "وهو نجل القائد الميداني الذي قُتل في آذار/مارس 2014 في المعارك بريف اللاذقية.",
    "وكان شقيقه قد قُتل في أيلول 2012 على أطراف المدينة.",
])
def test_a_year_after_a_killing_verb_is_no_count(text):
    assert not [q for q in find_quantities(text) if q.kind == "killed" and q.value is not None]


def test_a_count_right_after_a_killing_word_is_a_count():
    qs = find_quantities("وأدت المعارك إلى مقتل 2000 شخص خلال أسبوعين.")
    assert [(q.kind, q.value) for q in qs] == [("killed", 2000)]


def test_a_body_with_nobody_counted_is_no_count() -> None:
    # guard: «عثر على جثة مجهولة الهوية» and «جثامين الشهداء» count no one
    for text in ("وعثر الأهالي على جثة مجهولة الهوية.", "سلّمت السلطات جثامين الشهداء إلى ذويهم."):
        assert [q for q in find_quantities(text) if q.kind == "killed" and q.value is not None] == [], text
