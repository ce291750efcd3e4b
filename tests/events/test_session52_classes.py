"""Session 52: classes of language from the errors of the dev sets (docs/events.md § Session 52).
The texts are the team's own."""

from __future__ import annotations

import pytest
from event_helpers import of_type as _of_type
from event_helpers import under_headline as _events

# a banner's or a chant's second verb, joined by «و» to the first («لافتات تطالب … وترفض …»), has the banners as
# subject as the first has: no act of an actor


@pytest.mark.parametrize("text, kind", [
    ("وتجمّع العشرات أمام مبنى البلدية، رافعين لافتات تطالب بإعادة التيار الكهربائي وترفض «الوعود الكاذبة».", "REJECT"),
    ("وشيّع الأهالي جثمان الشاب إلى مقبرة القرية، وسط هتافات تندد بالاعتداء وتطالب بمحاسبة الفاعلين.", "REQUEST"),
])
def test_a_banners_second_verb_is_no_act(events_of, text, kind):
    assert _of_type(_events(events_of, text), kind) == []


def test_a_crowds_own_verb_after_a_banner_stays_an_act(events_of):
    # guard: «وطالبوا» after a comma is the crowd's own demand, not the banner's
    text = "ورفع المعتصمون لافتات تندد بانقطاع المياه، وطالبوا المحافظ بزيارة الحي خلال أيام."
    assert len(_of_type(_events(events_of, text), "REQUEST")) == 1


# the arrival of fighters («وصول مسلحين/مقاتلين/مؤازرات») is a deployment, as the arrival of reinforcements is


def test_the_arrival_of_fighters_is_a_deployment(events_of):
    text = "وتحدثت صفحات محلية، مساء اليوم، عن وصول مسلحين من خارج مدينة صيدا لمساندة المجموعة المحاصرة، وهو ما نفته الشرطة."
    evs = _of_type(_events(events_of, text), "MOBILIZE")
    assert len(evs) == 1 and evs[0]["factuality"] == "rumored", evs


# «أنباء عن سيطرة X على Y»: control seized, with a long holder between the noun and its «على»


def test_a_rumoured_seizure_with_a_long_holder(events_of):
    text = "وتداولت حسابات أنباء عن سيطرة مسلحين موالين للقائد السابق على معسكر الشرطة جنوبي المدينة، غير أن الوزارة نفت ذلك."
    evs = _of_type(_events(events_of, text), "ASSAULT")
    assert len(evs) == 1 and evs[0]["factuality"] == "rumored", evs


def test_control_out_of_reach_is_still_no_seizure(events_of):
    # guard: «الخارجة عن سيطرة …»
    text = "وقال المصدر إن المنطقة الخارجة عن سيطرة الحكومة منذ سنوات تعاني من نقص الدواء."
    assert _of_type(_events(events_of, text), "ASSAULT") == []


# who passes news on inside the news phrase («أنباء يتداولها الأهالي عن …»، «أحاديث في أوساط ناشطين عن …») did not act


@pytest.mark.parametrize("text", [
    "وتتحدث أنباء يتداولها الأهالي عن وصول تعزيزات عسكرية كبيرة إلى مطار حماة العسكري.",
    "وتدور أحاديث في أوساط ناشطين في البلدة عن وصول تعزيزات جديدة إلى أطراف مدينة حمص.",
])
def test_who_passes_news_on_is_not_the_agent(events_of, text):
    evs = _of_type(_events(events_of, text), "MOBILIZE")
    assert len(evs) == 1 and evs[0]["source"] == [], evs
