"""Gold of article 236: Latakia city (al-Slaibeh, al-Raml al-Filastini, al-Qnainis), al-Haffah and Jableh, a
pan-Arab daily's Syria page, 2011-09-24 (Sat)."""
from actors_places import (
                           ARAB_FMS,
                           CAIRO,
                           DEFECTORS_SEC,
                           FRANCE,
                           HAFFA,
                           JABLEH,
                           JABLEH_VICTIM,
                           LATAKIA,
                           LTK_ACTIVISTS,
                           LTK_DETAINEES,
                           LTK_GOVERNOR,
                           LTK_NOTABLES,
                           LTK_POLICE,
                           POLITICAL_SECURITY,
                           QNAINIS,
                           QNAINIS_PROTESTERS,
                           RAML,
                           RAML_RESIDENTS,
                           RAML_YOUTHS,
                           SHABIHA,
                           SLAIBEH,
                           SLAIBEH_MARCH,
                           SLAIBEH_PROTESTERS,
                           SLAIBEH_SHOPS,
                           SNIPER,
                           SY_ARMED_GROUP,
                           SY_AUTH,
                           SY_SEC,
                           SY_SEC_SOURCE,
                           SY_WANTED,
                           UNRWA,
                           UNSC,
)
from common import ARREST, ATTACK, CLASH, EXCESSIVE, PEACEFUL, D, E, paras_of

SLUG = "latakia_2011_slaibeh_raml_qnainis_jableh"
ARTICLE = dict(
    id="team48-236", slug=SLUG, published="2011-09-24", outlet="Al-Ufuq al-Arabi daily, London (fictional)",
    paras=paras_of(f"236_{SLUG}.txt"),
    events=[
        # the Friday demonstration out of a mosque in al-Slaibeh (headline 0, lead 1); the chants' demands are
        # contents, not events
        E(True, ["PROTEST"], [0, 1], "تظاهرة", ["asserted", "reported"], mode="demo",
          source=SLAIBEH_MARCH, location=SLAIBEH, date=D("2011-09-23"),
          attribution=["لجان التنسيق المحلية"], acled=PEACEFUL, tpara=1),
        # the fire on the demonstration: headline 0, lead 1 (the LCC: 2), ¶9 (the Observatory: 3; the hospital doctor:
        # two bodies) → 2. SANA's counter-version of ¶2 (gunmen on the rooftops killed a policeman) is optional
        E(True, ["ASSAULT"], [0, 1, 9], "فتحت", ["asserted", "reported"], mode="firearms",
          source=SY_SEC, recipient=SLAIBEH_PROTESTERS, location=SLAIBEH, date=D("2011-09-23"), fatalities=2,
          attribution=["لجان التنسيق المحلية", "المرصد السوري لحقوق الإنسان", "طبيب في المستشفى الوطني باللاذقية"],
          acled=EXCESSIVE, tpara=1),
        E(False, ["ASSAULT"], [2], "أطلقت النار", ["reported"], mode="firearms",
          source=SY_ARMED_GROUP, recipient=LTK_POLICE, location=SLAIBEH, date=D("2011-09-23"), fatalities=1,
          attribution=["سانا عن مصدر مسؤول في محافظة اللاذقية"], acled=ATTACK),
        # the dawn raid on al-Raml al-Filastini with about forty arrests (headline 0); the power and phone cut before
        # it is optional (COERCE restrict, passive with no agent); the seized computers are part of the raid
        E(True, ["COERCE"], [0, 3], "واعتقلت", ["asserted", "reported"], mode="arrest",
          source=SY_SEC, recipient=RAML_YOUTHS, location=RAML, date=D("2011-09-24"),
          attribution=["أحد سكان الحي"], acled=ARREST, tpara=3),
        E(False, ["COERCE"], [3], "قُطعت", ["reported"], mode="restrict",
          source=SY_SEC, recipient=RAML_RESIDENTS, location=RAML, date=D("2011-09-24")),
        # paragraph 4 (who lives in al-Raml) holds no event
        # UNRWA's demand for access (its concern is no event)
        E(True, ["REQUEST"], [5], "وطالبت", ["asserted"],
          source=UNRWA, recipient=SY_AUTH, date=D("2011-09-24", "day", ("2011-09-23", "2011-09-24"))),
        # one sentence, three events in al-Qnainis: the evening demonstration, the shabiha's beating of its
        # participants, and three handed over to Political Security (optional)
        E(True, ["PROTEST"], [6], "تظاهرة مسائية", ["asserted", "reported"], mode="demo",
          source=QNAINIS_PROTESTERS, location=QNAINIS, date=D("2011-09-23"),
          attribution=["ناشطين في الحي"], acled=PEACEFUL),
        E(True, ["ASSAULT"], [6], "هاجم", ["asserted", "reported"], mode="beat",
          source=SHABIHA, recipient=QNAINIS_PROTESTERS, location=QNAINIS, date=D("2011-09-23"),
          attribution=["ناشطين في الحي"], acled=EXCESSIVE),
        E(False, ["COERCE"], [6], "يُسلَّم", ["reported"], mode="arrest",
          source=POLITICAL_SECURITY, recipient=QNAINIS_PROTESTERS, location=QNAINIS, date=D("2011-09-23")),
        # the governor hosts the notables (CONSULT) and promises releases and power (AGREE); the promised release
        # itself is future (optional, planned)
        E(True, ["CONSULT"], [7], "التقى", ["asserted", "reported"], mode="visit",
          source=LTK_GOVERNOR, recipient=LTK_NOTABLES, location=LATAKIA, date=D("2011-09-24"),
          attribution=["التلفزيون السوري الرسمي"]),
        E(True, ["AGREE"], [7], "ووعدهم", ["asserted", "reported"],
          source=LTK_GOVERNOR, recipient=LTK_NOTABLES, location=LATAKIA, date=D("2011-09-24"),
          attribution=["التلفزيون السوري الرسمي"]),
        E(False, ["RETREAT", "CONCEDE"], [7], "إطلاق سراح", ["planned"], mode="release",
          source=LTK_GOVERNOR, recipient=LTK_DETAINEES, location=LATAKIA, date=None),
        # paragraph 8 is a generic statement (weekly demonstrations, raids, detainees, checkpoints): NO gold event
        # paragraph 9 retells the Slaibeh shooting (tolls): part of the ASSAULT above; the security men posted in the
        # hospital's corridors overnight are optional (a deployment or a restriction, no clear act of its own)
        E(False, ["MOBILIZE", "COERCE"], [9], "انتشروا", ["asserted", "reported"], mode="police",
          source=SY_SEC, location=LATAKIA, date=D("2011-09-23", "day", ("2011-09-23", "2011-09-24")),
          attribution=["طبيب في المستشفى الوطني باللاذقية"]),
        # the rumoured defection and clash near al-Haffah, unverified (the defection itself has no PLOVER type)
        E(True, ["ASSAULT"], [10], "اشتباكهم", ["rumored", "reported"], mode="firearms",
          source=DEFECTORS_SEC, location=HAFFA, date=None,
          attribution=["صفحات معارضة على فيسبوك"], acled=CLASH),
        # the security source's threat (reported through SANA) and its call to surrender (optional)
        E(True, ["THREATEN"], [11], "توعّد", ["asserted", "reported"], mode="arrest",
          source=SY_SEC_SOURCE, recipient=SY_WANTED, date=D("2011-09-24", "day", ("2011-09-23", "2011-09-24")),
          attribution=["سانا عن مصدر أمني"]),
        E(False, ["REQUEST"], [11], "داعياً", ["asserted", "reported"],
          source=SY_SEC_SOURCE, recipient=SY_WANTED, date=D("2011-09-24", "day", ("2011-09-23", "2011-09-24"))),
        # background «وكان … قد»: a sniper killed a man in Jableh on Tuesday evening (core, historical, 1); the August
        # military operation in al-Raml, in a relative clause (optional, historical)
        E(True, ["ASSAULT"], [12], "برصاص قنّاص", ["historical", "asserted", "reported"], mode="firearms",
          source=SNIPER, recipient=JABLEH_VICTIM, location=JABLEH, date=D("2011-09-20"), fatalities=1,
          attribution=["المرصد السوري"], acled=ATTACK),
        E(False, ["ASSAULT", "COERCE"], [12], "العملية العسكرية", ["historical"], mode="heavy-weapons",
          source=SY_SEC, recipient=RAML_RESIDENTS, location=RAML,
          date=D("2011-08-15", "month", ("2011-08-01", "2011-08-31"))),
        # Paris condemns the Syrian authorities (core) and calls on the Security Council (optional); the Arab
        # ministers' meeting in Cairo next week (optional, planned)
        E(True, ["ACCUSE"], [13], "دانت", ["asserted"],
          source=FRANCE, recipient=SY_AUTH, date=D("2011-09-24", "day", ("2011-09-23", "2011-09-24"))),
        E(False, ["REQUEST"], [13], "ودعت", ["asserted"],
          source=FRANCE, recipient=UNSC, date=D("2011-09-24", "day", ("2011-09-23", "2011-09-24"))),
        E(False, ["CONSULT"], [13], "اجتماعاً", ["planned"], mode="multilateral",
          source=ARAB_FMS, location=CAIRO, date=D("2011-10-01", "week", ("2011-09-25", "2011-10-08"))),
        # the shopkeepers' mourning strike in al-Slaibeh (core); the activists' call (optional); the funeral is no
        # event
        E(True, ["PROTEST"], [14], "إضراب", ["asserted"], mode="strike",
          source=SLAIBEH_SHOPS, location=SLAIBEH, date=D("2011-09-24"), acled=PEACEFUL),
        E(False, ["REQUEST"], [14], "لدعوة", ["asserted"],
          source=LTK_ACTIVISTS, location=SLAIBEH, date=D("2011-09-24", "day", ("2011-09-23", "2011-09-24"))),
        # paragraph 15 (the usual caveat on verification) holds no event
    ],
)
