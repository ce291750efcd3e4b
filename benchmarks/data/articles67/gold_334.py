"""Gold of article 334: Taza Khurmatu, al-Bashir, al-Riyadh (Hawija), Maktab Khalid, Laylan, Daquq and Kirkuk
city (Kirkuk, Iraq), Baghdad, a Turkmen news site of Kirkuk, 2017-07-19 (Wed)."""
from actors_places import (
    ASAYISH_KIRKUK,
    BAGHDAD,
    BASHIR,
    DAQUQ,
    FED_POLICE,
    HAWIJA_DISPLACED_MEN,
    IQ_ARMY_AVIATION,
    IQ_COMMANDER,
    ISIS_KIRKUK,
    KIRKUK_CITY,
    KIRKUK_GOVERNOR,
    KIRKUK_SECURITY,
    LAYLAN,
    LAYLAN_FAMILIES,
    MAKTAB_KHALID,
    MIGRATION_MINISTRY,
    PMF_COMMANDER,
    RIYADH_CIVILIANS,
    RIYADH_HAWIJA,
    TAZA,
    TAZA_COUNCIL,
    TAZA_NOTABLES,
    TAZA_RESIDENTS,
    TAZA_VICTIMS,
    TURKMEN_MP,
    TURKMEN_PMF,
)
from common import AIR, ARREST, ATTACK, CLASH, PEACEFUL, SHELL, D, E, paras_of

SLUG = "taza_2017_kirkuk_bashir_maktab_khalid_daquq"
TODAY = D("2017-07-19")
YESTERDAY = D("2017-07-18")
ARTICLE = dict(
    id="team67-334", slug=SLUG, published="2017-07-19",
    outlet="Sawt al-Qal'a Turkmen news site of Kirkuk (fictional)",
    paras=paras_of(f"334_{SLUG}.txt"),
    events=[
        # ISIS mortar fire on Taza Khurmatu «مساء أمس الثلاثاء» (one-sided): headline 0, lead 1 (the Turkmen
        # Front's office: five), the follow-up 6 (the Kirkuk health directorate: four bodies; a neighbour's
        # account of the second shell, the same attack; the transfer of the wounded is no event) and 14 (the
        # office: six) → 5 vs 4 vs 6 → 4
        E(True, ["ASSAULT"], [0, 1, 6, 14], "قذائف هاون أطلقها", ["asserted", "reported"],
          mode="heavy-weapons", source=ISIS_KIRKUK, recipient=TAZA_VICTIMS, location=TAZA, date=YESTERDAY,
          fatalities=4,
          attribution=["مكتب الجبهة التركمانية العراقية في الناحية", "دائرة صحة كركوك", "أحد الجيران"],
          acled=SHELL, tpara=1),
        # one sentence, two events: Turkmen PMF reinforcements to the al-Bashir axis (headline 0) and army
        # aviation strikes near al-Riyadh
        E(True, ["MOBILIZE"], [0, 2], "بتعزيزات", ["asserted", "reported"], mode="troops",
          source=TURKMEN_PMF, location=BASHIR, date=TODAY, attribution=["مصدر في الحشد"], tpara=2),
        E(True, ["ASSAULT"], [2], "قصف طيران الجيش العراقي", ["asserted", "reported"], mode="aerial",
          source=IQ_ARMY_AVIATION, recipient=ISIS_KIRKUK, location=RIYADH_HAWIJA, date=TODAY,
          attribution=["مصدر في الحشد"], acled=AIR),
        # paragraph 3 (Taza, its people and its fields) holds no event
        # the execution of about twenty civilians in al-Riyadh: unconfirmed reports of local and tribal
        # sources (headline 0: «أنباء عن إعدامات»)
        E(True, ["ASSAULT"], [0, 4], "إعدام", ["rumored", "reported"], mode="execute",
          source=ISIS_KIRKUK, recipient=RIYADH_CIVILIANS, location=RIYADH_HAWIJA,
          date=D("2017-07-19", "day", ("2017-07-17", "2017-07-19")), fatalities=20,
          attribution=["مصادر محلية وعشائرية"], acled=ATTACK, tpara=4),
        # the Asayish hold forty displaced men at Maktab Khalid «أمس» (COERCE); their release «within hours»
        # is only promised (optional, planned)
        E(True, ["COERCE"], [5], "احتجزت", ["asserted", "reported"], mode="arrest",
          source=ASAYISH_KIRKUK, recipient=HAWIJA_DISPLACED_MEN, location=MAKTAB_KHALID, date=YESTERDAY,
          attribution=["نازحون وصلوا إلى مخيم ليلان", "مسؤول في الأسايش"], acled=ARREST),
        E(False, ["RETREAT"], [5], "سيُطلق سراحهم", ["planned"], mode="release",
          source=ASAYISH_KIRKUK, recipient=HAWIJA_DISPLACED_MEN, location=MAKTAB_KHALID, date=None),
        # one sentence, two events: the Turkmen MP's blame of the province's security leadership (ACCUSE)
        # and his demand to the commander-in-chief (REQUEST; the Hawija operation is its content)
        E(True, ["ACCUSE"], [7], "وحمّل", ["asserted"],
          source=TURKMEN_MP, recipient=KIRKUK_SECURITY, location=BAGHDAD, date=TODAY),
        E(True, ["REQUEST"], [7], "مطالباً", ["asserted"],
          source=TURKMEN_MP, recipient=IQ_COMMANDER, location=BAGHDAD, date=TODAY),
        # the gathering before the sub-district council (PROTEST; the banners' demand optional; the funeral
        # is no event)
        E(True, ["PROTEST"], [8], "وتجمّع", ["asserted"], mode="demo",
          source=TAZA_RESIDENTS, location=TAZA_COUNCIL, date=TODAY, acled=PEACEFUL),
        E(False, ["REQUEST"], [8], "تطالب", ["asserted"],
          source=TAZA_RESIDENTS, location=TAZA_COUNCIL, date=TODAY),
        # a Turkmen PMF commander's vow (THREATEN, made); the blow he promises is hypothetical (optional)
        E(True, ["THREATEN"], [9], "وتوعّد", ["asserted"], mode="violence",
          source=PMF_COMMANDER, recipient=ISIS_KIRKUK, date=TODAY),
        E(False, ["ASSAULT"], [9], "ردّ يوجعه", ["hypothetical"], mode="firearms",
          source=PMF_COMMANDER, recipient=ISIS_KIRKUK, date=None),
        # the ministry's distribution in Laylan camp «يوم السبت المقبل» (planned AID)
        E(True, ["AID"], [10], "يوزّع", ["planned", "reported"], mode="humanitarian",
          source=MIGRATION_MINISTRY, recipient=LAYLAN_FAMILIES, location=LAYLAN, date=D("2017-07-22"),
          attribution=["مدير فرع الوزارة في المحافظة"]),
        # paragraph 11 (the year's flight from Hawija and the camps: an aggregate) holds no event
        # background at another place: a federal policeman killed at a checkpoint near Daquq «فجر الأحد
        # الماضي» (core, historical, 1); the chemical rockets on Taza in March 2016 (optional, historical)
        E(True, ["ASSAULT"], [12], "بهجوم شنّه", ["historical", "asserted"], mode="firearms",
          source=ISIS_KIRKUK, recipient=FED_POLICE, location=DAQUQ, date=D("2017-07-16"), fatalities=1,
          acled=CLASH),
        E(False, ["ASSAULT"], [12], "لقصف بصواريخ", ["historical"], mode="heavy-weapons",
          location=TAZA, date=D("2016-03-08", "month", ("2016-03-01", "2016-03-31")), acled=SHELL),
        # the governor receives Taza's notables (CONSULT) and pledges a committee and more posts (AGREE; the
        # pledge's terms are no events)
        E(True, ["CONSULT"], [13], "واستقبل", ["asserted"], mode="visit",
          source=KIRKUK_GOVERNOR, recipient=TAZA_NOTABLES, location=KIRKUK_CITY, date=TODAY),
        E(True, ["AGREE"], [13], "وتعهّد", ["asserted"],
          source=KIRKUK_GOVERNOR, recipient=TAZA_NOTABLES, location=KIRKUK_CITY, date=TODAY),
        # paragraph 15 (the Kurdistan government's silence) holds no event
    ],
)
