"""Session 56: classes of language from the errors of the dev sets (docs/events.md § Session 56).
The texts are the team's own."""

from __future__ import annotations

import pytest

# a place the gazetteer lacks, named by its settlement word, with a place right after it that only says where it is
# («بلدة X شمال حمص»، «قرية X بريف حماة»، «مدينة X جنوبي محافظة Y»): the event is in that town, put on the map at the
# place that locates it (its coordinates, precision 2)


@pytest.mark.parametrize(("text", "place", "admin1"), [
    ("وقصفت طائرة مسيّرة، مساء أمس، تجمعاً للشبان في بلدة كفرزيدون شمال حمص، ما أدى إلى مقتل ثلاثة منهم.",
     "بلدة كفرزيدون", "Homs"),
    ("واعتقلت دورية للأمن العسكري ستة شبان في قرية تل المرج بريف حماة الشمالي، صباح اليوم.", "قرية تل المرج", "Hama"),
    ("وسمحت الجماعة، ظهر اليوم، بدخول قافلة من تسع شاحنات إلى مدينة الفرسان جنوبي محافظة الحديدة.",
     "مدينة الفرسان", "Al Hudaydah"),
])
def test_a_town_the_gazetteer_lacks_is_located_by_the_place_after_it(events_of, text, place, admin1):
    evs = events_of(text)
    assert evs
    for e in evs:
        loc = e["location"]
        assert loc["text"] == place
        assert loc["admin1"] == admin1 and loc["lat"] is not None
        assert loc["geo_precision"] >= 2


def test_a_known_town_keeps_its_own_place(events_of):
    # guard
    (e,) = events_of("وقصفت طائرات حربية، فجر اليوم، مدينة سراقب شرق إدلب، ما أدى إلى مقتل مدنيين.")
    assert e["location"]["name_en"] == "Saraqib" and e["location"]["geo_precision"] == 1


def test_an_adjective_is_no_town(events_of):
    # guard: «حي شعبي» (a popular quarter) names no town
    for e in events_of("وقُتل أربعة أشخاص بسقوط قذيفة على حي شعبي وسط مدينة حلب، صباح اليوم."):
        assert e["location"]["name_en"] == "Aleppo"


def test_a_word_of_direction_is_no_place(events_of):
    # «باتجاه» (towards), which the tagger may read as a place, is where reinforcements go, not a town
    (e,) = events_of("وأرسلت القوات تعزيزات عسكرية من مدينة الحسكة باتجاه ريف دير الزور الشرقي، مساء أمس.")
    assert e["location"]["text"] != "اتجاه"
