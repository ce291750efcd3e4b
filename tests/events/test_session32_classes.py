"""Session 32: classes of language from the errors of the dev sets (docs/events.md § Session 32).
The texts are the team's own."""

from __future__ import annotations

import pytest


def _events(events_of, text: str) -> list[dict]:
    return events_of("عنوان الخبر\n" + text)


def _of_type(events: list[dict], typ: str) -> list[dict]:
    return [e for e in events if e["type"] == typ]


def _texts(args: list[dict]) -> list[str]:
    return [a["text"] for a in args]


# «اغتيل» unvowelled is a passive by its form (the active is «اغتال»): who follows it was killed


@pytest.mark.parametrize("text", [
    "واغتيل قيادي في الفصيل بعبوة ناسفة في مدينة درعا أمس.",
    "وكان المسؤول المحلي قد اغتيل في بلدة الكرك الشرقي مطلع الشهر.",
])
def test_an_unvowelled_passive_of_assassinating(events_of, text):
    attacks = _of_type(_events(events_of, text), "ASSAULT")
    assert len(attacks) == 1, attacks
    src = _texts(attacks[0]["source"])
    assert not any("قيادي" in t or "المسؤول" in t for t in src), attacks[0]


def test_the_active_verb_of_assassinating_keeps_its_subject(events_of):  # (a guard)
    text = "واغتال مسلحون مجهولون قيادياً في الفصيل في مدينة درعا أمس."
    attacks = _of_type(_events(events_of, text), "ASSAULT")
    assert len(attacks) == 1 and any("مسلحون" in t for t in _texts(attacks[0]["source"])), attacks


# a person named as the genitive of a masdar of assassinating, before the weapon, is whom it was used on


def test_a_person_genitive_before_the_weapon_is_the_victim(events_of):
    text = "وأعلن الجيش الإسرائيلي اغتيال قيادي في حزب الله بغارة على بلدة بنت جبيل أمس."
    attacks = _of_type(_events(events_of, text), "ASSAULT")
    assert len(attacks) == 1, attacks
    assert any("قيادي" in t for t in _texts(attacks[0]["recipient"])), attacks[0]
    assert not any("قيادي" in t for t in _texts(attacks[0]["source"])), attacks[0]


def test_a_named_genitive_before_the_weapon_is_still_the_agent(events_of):  # (a guard)
    text = "وندد الأهالي باستهداف قوات النظام بطائرة مسيّرة خيمةً للنازحين قرب القرية أمس."
    attacks = _of_type(_events(events_of, text), "ASSAULT")
    assert attacks and any("قوات النظام" in t for t in _texts(attacks[0]["source"])), attacks


# the nationality of an aircraft brought down is whose aircraft it was, not who brought it down


@pytest.mark.parametrize(("text", "downed"), [
    ("وأعلنت الفصائل إسقاط طائرة مسيّرة تركية فوق ريف الحسكة أمس.", "تركية"),
    ("وتمكنت المضادات الأرضية من إسقاط طائرة حربية سعودية في محافظة صعدة أمس.", "سعودية"),
])
def test_the_nationality_of_a_downed_aircraft_is_the_recipient(events_of, text, downed):
    attacks = _of_type(_events(events_of, text), "ASSAULT")
    assert len(attacks) == 1, attacks
    assert any(downed in t for t in _texts(attacks[0]["recipient"])), attacks[0]
    assert not any(downed in t for t in _texts(attacks[0]["source"])), attacks[0]


def test_the_nationality_of_an_air_strike_is_still_its_attacker(events_of):  # (a guard)
    text = "وقُتل ثلاثة مدنيين بغارة جوية روسية على بلدة كفرنبل أمس."
    attacks = _of_type(_events(events_of, text), "ASSAULT")
    assert attacks and any("روسية" in t for t in _texts(attacks[0]["source"])), attacks


# the object of a threat or charge after a long subject and a parenthetical, told by the «بـ» right after it


@pytest.mark.parametrize(("text", "threatened"), [
    ("وتوعّد قائد عمليات صلاح الدين في «الحشد»، خلال تشييع القتلى أمس، منفّذي الهجوم بـ«ملاحقتهم».",
     "منفّذي الهجوم"),
    ("واتهم قائد شرطة صلاح الدين في الحكومة، في تصريح صحفي أمس، المسلحين بارتكاب مجزرة.", "المسلحين"),
])
def test_the_object_after_a_long_subject_and_a_parenthetical(events_of, text, threatened):
    events = [e for e in _events(events_of, text) if e["type"] in ("THREATEN", "ACCUSE")]
    assert len(events) == 1, events
    assert any(threatened in t for t in _texts(events[0]["recipient"])), events[0]


def test_no_object_after_a_content_phrase_in_the_subject(events_of):  # (a guard)
    text = "وتوعّد قائد الشرطة بالرد على الهجوم، خلال مؤتمر صحفي في المدينة أمس، وأكد أن المسلحين سيلاحقون."
    threats = _of_type(_events(events_of, text), "THREATEN")
    assert threats and not any("المسلحين" in t for e in threats for t in _texts(e["recipient"])), threats


# a province or town right after a subject noun in the construct state is the subject's genitive, not its object


@pytest.mark.parametrize("text", [
    "واتهم رئيس مجلس محافظة نينوى، خلال مؤتمر صحفي أمس، المسلحين بارتكاب مجزرة.",
    "وطالب رئيس مجلس مدينة الرقة، في بيان أمس، المنظمات الدولية بإرسال مساعدات.",
])
def test_a_province_after_a_construct_subject_is_its_genitive(events_of, text):
    events = [e for e in _events(events_of, text) if e["type"] in ("ACCUSE", "REQUEST")]
    assert len(events) == 1, events
    assert not any(t.startswith(("محافظة", "مدينة")) for t in _texts(events[0]["recipient"])), events[0]
    assert any("رئيس مجلس" in t for t in _texts(events[0]["source"])), events[0]


def test_a_town_after_a_definite_subject_is_still_the_target(events_of):  # (a guard)
    text = "وقصفت قوات النظام مدينة داريا بالبراميل المتفجرة أمس."
    attacks = _of_type(_events(events_of, text), "ASSAULT")
    assert attacks and attacks[0]["source"] and "قوات النظام" in attacks[0]["source"][0]["text"], attacks


# a release with no actor of its own is the act of those who held the released (the abduction or arrest told before)


def test_a_release_with_no_actor_is_by_the_holder(events_of):
    text = ("خطف مسلحون مجهولون تاجراً من أبناء بلدة نصيب على طريق درعا يوم الإثنين الماضي.\n"
            "وأُفرج عن التاجر مساء أمس قرب بلدة نصيب بعد دفع فدية.")
    releases = [e for e in _events(events_of, text) if e["type"] == "RETREAT"]
    assert len(releases) == 1, releases
    assert any("مسلحون" in t for t in _texts(releases[0]["source"])), releases[0]
    assert any("التاجر" in t for t in _texts(releases[0]["recipient"])), releases[0]


def test_a_release_in_the_sentence_of_the_abduction(events_of):
    text = ("وكان مسلحون مجهولون قد خطفوا، مساء الخميس الماضي، موظفاً في مصلحة الجمارك من أمام منزله في مدينة درعا، قبل أن"
            " يُطلق سراحه صباح أمس في بلدة نصيب.")
    releases = [e for e in _events(events_of, text) if e["type"] == "RETREAT"]
    assert releases and any("مسلحون" in t for t in _texts(releases[0]["source"])), releases


def test_a_release_keeps_its_own_releaser(events_of):  # (a guard)
    text = ("خطف مسلحون مجهولون تاجراً من أبناء بلدة نصيب على طريق درعا يوم الإثنين الماضي.\n"
            "وأفرجت قوات النظام عن ثلاثة معتقلين من أبناء البلدة مساء أمس.")
    releases = [e for e in _events(events_of, text) if e["type"] == "RETREAT"]
    assert releases and any("قوات النظام" in t for t in _texts(releases[0]["source"])), releases


def test_whom_a_release_frees_after_an_is_not_the_one_paid(events_of):
    text = "وأُفرج عن الطالبين مساء أمس في بلدة القريا بعد دفع فدية لخاطفيهما."
    releases = [e for e in _events(events_of, text) if e["type"] == "RETREAT"]
    assert releases and _texts(releases[0]["recipient"]) == ["الطالبين"], releases


def test_a_release_is_not_merged_into_a_withdrawal(events_of):
    text = "ويقضي الاتفاق بانسحاب المسلحين من البلدة خلال يومين، فيما لم يُفرج المسلحون عن الشاب المخطوف حتى الآن."
    modes = sorted(e["mode"] for e in _events(events_of, text) if e["type"] == "RETREAT")
    assert modes == ["release", "withdraw"], modes


@pytest.mark.parametrize(("text", "held"), [
    ("وكان المسلحون قد خطفوا الشاب قبل أسبوع في مدينة درعا، ثم أُفرج عنه أمس بعد دفع فدية.", "الشاب"),
    ("وكان المسلحون قد خطفوا الطالبين قبل أسبوع في مدينة درعا، ولم يُفرج عنهما حتى الآن.", "الطالبين"),
])
def test_a_passive_release_of_him_frees_the_one_held(events_of, text, held):
    releases = [e for e in _events(events_of, text) if e["type"] == "RETREAT"]
    assert len(releases) == 1, releases
    assert any("المسلحون" in t for t in _texts(releases[0]["source"])), releases[0]
    assert _texts(releases[0]["recipient"]) == [held], releases[0]


def test_an_active_release_of_him_keeps_its_subject(events_of):  # (a guard)
    text = "واعتقلت الشرطة الشاب في مدينة درعا أمس ثم أفرجت عنه بعد ساعات."
    releases = [e for e in _events(events_of, text) if e["type"] == "RETREAT"]
    assert releases and any("الشرطة" in t for t in _texts(releases[0]["source"])), releases


# an actor after an accusative object of people is more of the object, not the subject (VSO puts the subject first)


def test_an_actor_after_the_accusative_object_is_not_the_subject(events_of):
    text = "وفي صحنايا، اعتقلت أمس 12 شاباً من أبناء المدينة والنازحين المقيمين فيها."
    events = [e for e in _events(events_of, text) if e["type"] == "COERCE"]
    assert events and not any("النازحين" in t for e in events for t in _texts(e["source"])), events


# a site the gazetteer lacks (a square, a checkpoint, a hospital) is put on the map at the town it is in


def _located(events: list[dict], typ: str) -> dict:
    return next(e["location"] for e in events if e["type"] == typ and e.get("location"))


def test_a_site_is_placed_at_the_town_of_the_report(events_of):
    text = ("قُتل مدني بقصف مدفعي على مدينة القصير صباح أمس.\n"
            "وتظاهر المئات مساء أمس في ساحة الجامع الكبير احتجاجاً على القصف.")
    loc = _located(_events(events_of, text), "PROTEST")
    assert loc["text"] == "ساحة الجامع الكبير" and loc["name_en"] == "Al Quşayr", loc
    assert loc["lat"] is not None and loc["geo_precision"] == 2 and loc.get("geonameid") is None, loc


def test_a_site_named_after_its_town_is_placed_there(events_of):
    text = ("قُتل ثلاثة عناصر بهجوم على حاجز قرب مدينة حماة أمس.\n"
            "وأُصيب أربعة مدنيين بقصف استهدف أمس مشفى السلمية الوطني.")
    locs = [e["location"] for e in _events(events_of, text) if e["location"] and "مشفى" in e["location"]["text"]]
    assert locs and locs[0]["name_en"] == "As Salamīyah", locs


def test_a_town_the_gazetteer_lacks_is_not_put_in_another(events_of):  # (a guard)
    text = ("قُتل مدني بقصف مدفعي على مدينة القصير صباح أمس.\n"
            "وتظاهر المئات مساء أمس في بلدة ربلة احتجاجاً على القصف.")
    loc = _located(_events(events_of, text), "PROTEST")
    assert loc["text"] == "بلدة ربلة" and not loc.get("name_en"), loc


# who reports a deployment did not make it; the nationality of a convoy in the accusative is its owner


@pytest.mark.parametrize("text", [
    "وقال ناشطون إن تعزيزات عسكرية وصلت أمس إلى بلدة مورك.",
    "وأفاد ناشطون بأن تعزيزات عسكرية وصلت أمس إلى بلدة مورك.",
])
def test_the_speaker_is_not_the_deployer(events_of, text):
    moves = _of_type(_events(events_of, text), "MOBILIZE")
    assert moves and not any("ناشطون" in t for e in moves for t in _texts(e["source"])), moves


def test_an_accusative_nationality_owns_the_convoy_and_is_no_place(events_of):
    text = "وأفاد ناشطون بأن رتلاً عسكرياً تركياً دخل مساء أمس إلى نقطة المراقبة في بلدة مورك."
    moves = _of_type(_events(events_of, text), "MOBILIZE")
    assert len(moves) == 1, moves
    assert any("تركي" in t for t in _texts(moves[0]["source"])), moves[0]
    assert "تركي" not in (moves[0]["location"] or {}).get("text", ""), moves[0]["location"]


# who backs an act («بمساندة/بدعم X») is neither its object nor, before a masdar, its agent


def test_the_backer_of_an_arrest_is_not_its_object(events_of):
    text = "واعتقلت «قوات سوريا الديمقراطية» أمس، بمساندة مروحيات التحالف الدولي، أربعة أشخاص في بلدة هجين."
    arrests = _of_type(_events(events_of, text), "COERCE")
    assert arrests and not any("التحالف" in t or "مروحيات" in t for e in arrests for t in _texts(e["recipient"])), arrests


def test_the_backer_of_an_offensive_is_not_its_agent(events_of):
    text = "وشنت قوات النظام بدعم من الطيران الروسي هجوماً على بلدة اللطامنة أمس."
    attacks = _of_type(_events(events_of, text), "ASSAULT")
    assert attacks and any("قوات النظام" in t for t in _texts(attacks[0]["source"])), attacks


def test_praise_of_support_names_the_supporter(events_of):  # (a guard)
    text = "وأشاد الأمين العام للحزب في كلمة أمس بدعم إيران للمقاومة في لبنان."
    praise = _of_type(_events(events_of, text), "SUPPORT")
    assert praise and any("إيران" in t for t in _texts(praise[0]["recipient"])), praise


def test_a_name_with_tanween_is_an_adjective_not_a_place():
    from marsad.geo.resolve import default_geocoder

    geo = default_geocoder()
    assert not [r.text for r in geo.geocode("رصد ناشطون رتلاً عسكرياً تركياً قرب الحدود", require_support=False)
                if "ترك" in r.text]
    assert [r.text for r in geo.geocode("وزار الوفد تركيا أمس", require_support=False) if "ترك" in r.text]


def test_the_abducted_are_released_by_the_abductors_not_by_the_last_arrest(events_of):
    text = ("خطف مسلحون مجهولون تاجراً من أبناء بلدة نصيب على طريق درعا يوم الإثنين الماضي.\n"
            "واعتقلت دورية للشرطة أمس ثلاثة شبان في مدينة درعا بتهمة السرقة.\n"
            "وأُفرج عن المخطوف مساء أمس قرب بلدة نصيب بعد دفع فدية.")
    releases = [e for e in _events(events_of, text) if e["type"] == "RETREAT"]
    assert releases and any("مسلحون" in t for t in _texts(releases[0]["source"])), releases


# a one-word group noun that took the opening quote of the name after it is that name's («فصائل «الجبهة الوطنية للتحرير»»)


def test_a_group_noun_before_a_quoted_known_name_is_one_actor(events_of):
    text = "وهاجمت فصائل «الجبهة الوطنية للتحرير» مواقع قوات النظام في ريف حماة الشمالي أمس."
    attacks = _of_type(_events(events_of, text), "ASSAULT")
    assert attacks and any("الجبهة الوطنية" in t for t in _texts(attacks[0]["source"])), attacks
    assert not any("الجبهة الوطنية" in t for t in _texts(attacks[0]["recipient"])), attacks


def test_a_title_with_a_preposition_before_a_quoted_name_stays_apart(events_of):  # (a guard)
    text = "وتوعّد مستشار لقائد «الدعم السريع»، في مقطع مصوّر أمس، بـ«نقل المعركة إلى كوستي» إذا واصل الجيش هجماته."
    threats = _of_type(_events(events_of, text), "THREATEN")
    assert threats and any("الدعم السريع" in t for t in _texts(threats[0]["source"])), threats


# a threat to answer someone's act threatens whose act it is


@pytest.mark.parametrize(("text", "threatened"), [
    ("وتوعّدت الحركة أمس بالرد على أي تقدم بري لقوات الأسد في ريف حماة.", "قوات الأسد"),
    ("وتوعّدت الحركة أمس بالرد على أي اعتداء من قوات النظام في ريف حماة.", "قوات النظام"),
])
def test_a_threat_to_answer_an_act_threatens_its_doer(events_of, text, threatened):
    threats = _of_type(_events(events_of, text), "THREATEN")
    assert threats and any(threatened in t for t in _texts(threats[0]["recipient"])), threats


# a participle joined by «، و» to one before it qualifies the same clause and has the same subject


def test_a_joined_participle_shares_the_first_ones_subject(events_of):
    text = ("وقطع العشرات من ذوي المخطوفين الطريق إلى مدينة السويداء أمس، مطالبين الأجهزة الأمنية بالتحرك لإعادة "
            "المخطوفين، ومحمّلين الحكومة مسؤولية «الفلتان الأمني».")
    charges = _of_type(_events(events_of, text), "ACCUSE")
    assert charges and any("ذوي" in t for t in _texts(charges[0]["source"])), charges
    assert not any(t == "المخطوفين" for t in _texts(charges[0]["source"])), charges


def test_an_adjective_with_tanween_is_no_place_of_an_article_without_places(events_of):
    text = "واعتقل عناصر الحرس أمس رجلاً ستينياً حاول منعهم من دخول منزل شقيقه."
    arrests = _of_type(_events(events_of, text), "COERCE")
    assert arrests and "ستيني" not in ((arrests[0]["location"] or {}).get("text") or ""), arrests
