"""Resolution of date expressions against the publication date (marsad.temporal.resolve)."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.temporal.resolve import find_times

# (sentence, published, expected text, value, precision)
CASES = [
    # relative days, with and without a weekday and an explicit date
    (
        "زار الوفد البلدة يوم أمس، الأربعاء 11 تشرين الثاني",
        "2020-11-12",
        "يوم أمس، الأربعاء 11 تشرين الثاني",
        "2020-11-11",
        "day",
    ),
    ("قصفت الطائرات الحي أمس", "2021-06-07", "أمس", "2021-06-06", "day"),
    ("اندلعت الاشتباكات أول أمس في الريف", "2021-06-07", "أول أمس", "2021-06-05", "day"),
    ("سقطت قذيفتان فجر اليوم على السوق", "2019-01-04", "فجر اليوم", "2019-01-04", "day"),
    ("تعقد الجلسة غداً الأحد", "2019-01-05", "غداً الأحد", "2019-01-06", "day"),
    # the tanween written after the alef marks «غداً» (tomorrow), whatever follows it
    ("يلتقي الوفد المسؤولين غداً في دمشق", "2019-01-05", "غداً", "2019-01-06", "day"),
    ("يصل الوفد بعد غد إلى جنيف", "2019-01-05", "بعد غد", "2019-01-07", "day"),
    # weekdays
    ("داهمت الدورية المنزل يوم الثلاثاء", "2022-02-03", "يوم الثلاثاء", "2022-02-01", "day"),
    ("هاجم المسلحون الحاجز الجمعة الماضية", "2022-02-04", "الجمعة الماضية", "2022-01-28", "day"),
    ("يجتمع المجلس الأحد المقبل", "2022-02-03", "الأحد المقبل", "2022-02-06", "day"),
    ("انفجرت عبوة مساء السبت قرب الجسر", "2022-02-07", "مساء السبت", "2022-02-05", "day"),
    ("وقع القصف ليلة الخميس–الجمعة", "2022-02-05", "ليلة الخميس–الجمعة", "2022-02-03", "day"),
    # absolute dates, three month systems, ordinals, numeric, Arabic-Indic digits
    ("بدأت الحملة في 3 أيار 2016", "2017-01-01", "3 أيار 2016", "2016-05-03", "day"),
    ("وقعت المجزرة في الخامس من شهر آب", "2015-09-10", "الخامس من شهر آب", "2015-08-05", "day"),
    ("وصل الجنود يوم 12 جوان", "2018-06-20", "يوم 12 جوان", "2018-06-12", "day"),
    ("نشر التقرير في 14/10/2016", "2016-10-20", "14/10/2016", "2016-10-14", "day"),
    ("أعلنت الهدنة في ٢٢ شباط ٢٠١٨", "2018-03-01", "٢٢ شباط ٢٠١٨", "2018-02-22", "day"),
    ("اغتيل القيادي في 30 ديسمبر", "2019-01-03", "30 ديسمبر", "2018-12-30", "day"),
    (
        "جرت الانتخابات في الحادي والعشرين من أيلول",
        "2020-10-01",
        "الحادي والعشرين من أيلول",
        "2020-09-21",
        "day",
    ),
    # Hijri
    ("أعلن الحداد في 15 رمضان 1439 هـ", "2018-06-01", "15 رمضان 1439 هـ", "2018-05-30", "day"),
    ("قتل خلال شهر رمضان", "2018-06-20", "شهر رمضان", "2018-05-30", "month"),
    # months and parts of months
    ("تصاعدت الغارات مطلع نيسان", "2019-05-10", "مطلع نيسان", "2019-04-01", "month"),
    ("انسحبت القوات أواخر شهر تموز الماضي", "2019-08-10", "أواخر شهر تموز الماضي", "2019-07-31", "month"),
    ("جرت المفاوضات في مارس الماضي", "2019-05-10", "مارس الماضي", "2019-03-15", "month"),
    ("جرت المفاوضات منتصف الشهر الماضي", "2019-05-10", "منتصف الشهر الماضي", "2019-04-15", "week"),
    ("تم الاتفاق نهاية الشهر الماضي", "2019-03-10", "نهاية الشهر الماضي", "2019-02-28", "month"),
    # weeks (Sunday–Saturday, middle = Wednesday)
    ("التقى الطرفان الأسبوع الماضي", "2018-03-28", "الأسبوع الماضي", "2018-03-21", "week"),
    ("يجري لقاء آخر بداية الأسبوع المقبل", "2018-03-28", "بداية الأسبوع المقبل", "2018-04-02", "week"),
    ("وقعت الاشتباكات الأسبوع الفائت", "2018-04-01", "الأسبوع الفائت", "2018-03-28", "week"),
    # years
    ("تضاعف عدد النازحين العام الماضي", "2018-03-28", "العام الماضي", "2017-07-01", "year"),
    ("سيطر التنظيم على المدينة عام 2014", "2018-03-28", "عام 2014", "2014-07-01", "year"),
    # durations and vague recency
    ("اعتقل الشاب منذ ثلاثة أيام", "2021-09-09", "منذ ثلاثة أيام", "2021-09-06", "day"),
    ("أفرج عنه قبل يومين", "2021-09-09", "قبل يومين", "2021-09-07", "day"),
    ("عززت القوات مواقعها منذ أيام", "2018-03-28", "منذ أيام", "2018-03-25", "week"),
    ("نزحت العائلات خلال الأيام الماضية", "2021-09-09", "الأيام الماضية", "2021-09-06", "week"),
    ("اختفى الصحفي منذ أسبوعين", "2021-09-09", "منذ أسبوعين", "2021-08-26", "week"),
    # since a part of today: the day of publication
    ("تتعرض القرية منذ ساعات الصباح لقصف متقطع", "2024-02-26", "منذ ساعات الصباح", "2024-02-26", "day"),
    ("تحلق الطائرات منذ الفجر فوق المدينة", "2024-02-26", "منذ الفجر", "2024-02-26", "day"),
]


@pytest.mark.parametrize(("sentence", "published", "span", "value", "precision"), CASES)
def test_resolution(sentence: str, published: str, span: str, value: str, precision: str) -> None:
    found = find_times(sentence, published=published)
    assert [t.text for t in found] == [span]
    t = found[0]
    assert sentence[t.start : t.end] == span
    assert (t.value, t.precision) == (value, precision)
    assert t.time_precision == {"day": 1, "week": 2, "month": 3, "year": 3}[precision]


def test_range_has_end_value() -> None:
    (t,) = find_times("تواصلت المعارك بين 3 و5 آذار", published="2017-04-02")
    assert (t.value, t.end_value, t.kind) == ("2017-03-03", "2017-03-05", "range")
    (t,) = find_times("من 28 شباط إلى 2 آذار 2016 استمر الحصار", published="2017-04-02")
    assert (t.value, t.end_value) == ("2016-02-28", "2016-03-02")


def test_weekday_contradiction_prefers_explicit_date() -> None:
    # 28 March 2018 was a Wednesday, not a Tuesday
    (t,) = find_times("قتل ثلاثة الثلاثاء 28 آذار", published="2018-03-30")
    assert t.value == "2018-03-28"
    assert t.attrs.get("conflict") == "weekday"


def test_relative_contradiction_prefers_explicit_date() -> None:
    (t,) = find_times("قتل ثلاثة يوم أمس، الاثنين 26 آذار", published="2018-03-28")
    assert t.value == "2018-03-26"
    assert t.attrs.get("conflict") == "relative"


def test_future_marker_allows_a_date_after_publication() -> None:
    (t,) = find_times("من المقرر أن تعقد الجولة في 5 نيسان", published="2018-03-28")
    assert t.value == "2018-04-05"
    (t,) = find_times("عقدت الجولة في 5 نيسان", published="2018-03-28")
    assert t.value == "2017-04-05"


def test_without_publication_date_values_are_null() -> None:
    found = find_times("قصف الطيران البلدة يوم أمس، ثم منذ أيام", published=None)
    assert [t.text for t in found] == ["يوم أمس", "منذ أيام"]
    assert all(t.value is None for t in found)
    (t,) = find_times("في 14/10/2016 وقع الهجوم")
    assert t.value == "2016-10-14"  # an explicit full date needs no anchor


def test_dateline_is_the_anchor() -> None:
    (t,) = [x for x in find_times("قتل جندي أمس", published="2020-01-10", dateline="حلب - 5 كانون الثاني")]
    assert t.value == "2020-01-04"


_ARABIC_WORDS = [
    "قتل",
    "في",
    "يوم",
    "أمس",
    "الثلاثاء",
    "27",
    "آذار",
    "منذ",
    "أيام",
    "الأسبوع",
    "المقبل",
    "بداية",
    "،",
    "ليلة",
    "السبت–الأحد",
    "١٤/١٠/٢٠١٦",
    "مطلع",
    "نيسان",
    "ً",
    "ـ",
    "  ",
    "\n",
    "غداً",
    "هـ",
    "1439",
    "رمضان",
    "الخامس",
    "من",
    "شهر",
    "آب",
    "بين",
    "3",
    "و5",
]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from(_ARABIC_WORDS) | st.text(max_size=3), max_size=25),
    st.sampled_from([" ", "", "، "]),
)
def test_spans_lie_inside_the_text(words: list[str], sep: str) -> None:
    text = sep.join(words)
    for t in find_times(text, published="2018-03-28"):
        assert 0 <= t.start < t.end <= len(text)
        assert text[t.start : t.end] == t.text
        assert t.text == t.text.strip()


def test_cli_dates(runner) -> None:
    from marsad.cli import cli

    result = runner.invoke(
        cli, ["dates", "--published", "2018-03-28"], input="توجه الوفد يوم أمس، الثلاثاء 27 آذار إلى المخيم"
    )
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert len(rows) == 1
    assert rows[0]["value"] == "2018-03-27" and rows[0]["time_precision"] == 1
    assert rows[0]["text"] == "يوم أمس، الثلاثاء 27 آذار"
    bad = runner.invoke(cli, ["dates", "--published", "yesterday"], input="أمس")
    assert bad.exit_code != 0


def test_stage_fills_times(make_doc) -> None:
    from marsad.stages.date_resolver import DateResolver

    doc = DateResolver()(make_doc("قصفت الطائرات الحي أمس", published="2021-06-07"))
    assert [t.value for t in doc.times] == ["2021-06-06"]


@pytest.mark.parametrize(
    ("sentence", "published", "value"),
    [
        (
            "اشتدت المعارك في آذار",
            "2023-03-05",
            "2023-03-05",
        ),  # the current month is not coded after the anchor
        ("اشتدت المعارك في آذار", "2023-04-20", "2023-03-15"),
        ("ارتفعت الأسعار هذا الأسبوع", "2021-11-01", "2021-11-01"),
        ("تنتهي المهلة نهاية الشهر الجاري", "2020-07-13", "2020-07-31"),  # a deadline is not clamped
    ],
)
def test_current_period_is_clamped_to_the_anchor(sentence: str, published: str, value: str) -> None:
    (t,) = find_times(sentence, published=published)
    assert t.value == value


def test_compound_ordinal_is_one_day_not_a_range() -> None:
    (t,) = find_times("وقعت المجزرة في الثامن والعشرين من شباط", published="2022-05-19")
    assert (t.value, t.end_value, t.kind) == ("2022-02-28", None, "absolute")


@pytest.mark.parametrize(
    "text, published, span, value",
    [
        ("قصفت الطائرات القرية في الرابع من الشهر الجاري", "2024-08-09", "الرابع من الشهر الجاري", "2024-08-04"),
        ("اعتقلت الدورية الشاب في 21 من الشهر الماضي", "2024-03-02", "21 من الشهر الماضي", "2024-02-21"),
        ("يعقد المؤتمر في الثاني والعشرين من الشهر المقبل", "2023-12-20", "الثاني والعشرين من الشهر المقبل",
         "2024-01-22"),
    ],
)
def test_a_day_of_the_current_last_or_next_month(text, published, span, value):
    t = find_times(text, published=published)
    assert [(x.text, x.value, x.precision) for x in t] == [(span, value, "day")]


def test_a_day_past_the_end_of_the_month_is_not_a_date():
    # February has no 31st: no day is made up (and no error is raised)
    t = find_times("في 31 من الشهر الماضي", published="2024-03-10")
    assert not [x for x in t if x.precision == "day"]
    assert [x.value for x in find_times("في 29 من الشهر الماضي", published="2024-03-10")] == ["2024-02-29"]


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # the day, month or year the text named last
        ("سقطت قذائف على الحي في 3 آذار، وفي اليوم نفسه اعتقل شابان", "2024-05-20",
         [("3 آذار", "2024-03-03", "day"), ("اليوم نفسه", "2024-03-03", "day")]),
        ("انفجرت عبوة في العاشر من تموز، ثم في الخامس عشر من الشهر ذاته قصفت المدفعية البلدة", "2023-09-01",
         [("العاشر من تموز", "2023-07-10", "day"), ("الخامس عشر من الشهر ذاته", "2023-07-15", "day")]),
        ("انسحبت القوات في عام 2016، وفي أواخر العام نفسه عادت", "2024-01-10",
         [("عام 2016", "2016-07-01", "year"), ("أواخر العام نفسه", "2016-12-31", "year")]),
        ("وصل الوفد في أيلول 2022 وغادر في ذات الشهر", "2024-01-10",
         [("أيلول 2022", "2022-09-15", "month"), ("ذات الشهر", "2022-09-15", "month")]),
        # no earlier date: the article's own date is the one named last
        ("وفي نفس اليوم خرجت مظاهرة", "2024-02-11", [("نفس اليوم", "2024-02-11", "day")]),
    ],
)
def test_the_same_day_month_or_year_as_the_date_named_before(text, published, expected):
    t = find_times(text, published=published)
    assert [(x.text, x.value, x.precision) for x in t] == expected


def test_the_same_day_after_a_year_is_not_a_day():
    # «اليوم نفسه» after a date known only to the year names no day: nothing is made up
    t = find_times("في عام 2015 وفي اليوم نفسه", published="2024-02-11")
    assert [(x.text, x.precision) for x in t] == [("عام 2015", "year")]


def test_the_same_month_after_a_day_is_that_month():
    t = find_times("قصف المطار في 22 من الشهر الماضي، ومرتين أخريين خلال الشهر نفسه", published="2023-11-08")
    assert [(x.text, x.value, x.precision) for x in t] == [
        ("22 من الشهر الماضي", "2023-10-22", "day"),
        ("الشهر نفسه", "2023-10-15", "month"),
    ]


def test_the_next_day_is_the_day_after_the_date_named_before():
    t = find_times("دخلت القوات البلدة في 31 كانون الأول 2023، وفي صباح اليوم التالي انسحبت", published="2024-01-05")
    assert [(x.text, x.value, x.precision) for x in t] == [
        ("31 كانون الأول 2023", "2023-12-31", "day"),
        ("صباح اليوم التالي", "2024-01-01", "day"),
    ]
    assert t[1].attrs["part_of_day"] == "morning"
    (before,) = [x for x in find_times("اعتقل في 5 أيار، وكان قد هدد في اليوم السابق", published="2024-06-01")
                 if "same_as" in x.attrs]
    assert before.value == "2024-05-04"


def test_the_next_day_without_an_earlier_date_or_after_an_event_is_not_resolved():
    # no date named before: nothing is guessed; «التالي لوصوله» is anchored on an event, not on a date
    assert find_times("وفي اليوم التالي خرجت مظاهرة", published="2024-02-11") == []
    t = find_times("وصل في 3 آذار، وفي اليوم التالي لوصوله غادر", published="2024-05-20")
    assert [x.text for x in t] == ["3 آذار"]


def test_a_day_of_it_is_a_day_of_the_month_named_before():
    t = find_times("بدأ القصف في تشرين الأول 2023، وفي 26 منه استهدفت الطائرات المطار", published="2023-11-08")
    assert [(x.text, x.value, x.precision) for x in t] == [
        ("تشرين الأول 2023", "2023-10-15", "month"),
        ("26 منه", "2023-10-26", "day"),
    ]
    # «3 منهم» counts people, not a day
    assert [x.text for x in find_times("في 5 آذار قتل 3 منهم", published="2024-04-01")] == ["5 آذار"]


def test_a_night_between_two_days_named_side_by_side():
    (t,) = find_times("قصفت الطائرات البلدة ليل الخميس الجمعة", published="2024-05-20")
    assert (t.text, t.value, t.end_value, t.kind) == ("ليل الخميس الجمعة", "2024-05-16", "2024-05-17", "range")
    # two weekday names that do not follow each other are not one night
    assert not [x for x in find_times("ليل الجمعة الأحد", published="2024-05-20") if x.kind == "range"]


@pytest.mark.parametrize(
    "text, span, value, window",
    [
        ("وصلت التعزيزات في الأسبوع الأول من آذار", "الأسبوع الأول من آذار", "2024-03-04", ["2024-03-01", "2024-03-07"]),
        ("اشتدت المعارك خلال الأسبوع الأخير من شهر نيسان 2023", "الأسبوع الأخير من شهر نيسان 2023", "2023-04-27",
         ["2023-04-24", "2023-04-30"]),
    ],
)
def test_a_week_of_a_named_month(text, span, value, window):
    (t,) = find_times(text, published="2024-05-20")
    assert (t.text, t.value, t.precision, t.attrs["window"]) == (span, value, "week", window)
