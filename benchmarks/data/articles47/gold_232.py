"""Gold of article 232: Ma'an (Hay al-Tur, the Desert Highway, al-Hussein Bin Talal University), Amman and the Wadi
Musa road, a Jordanian news site, 2014-05-08 (Thu)."""
from actors_places import (
                           AMMAN,
                           AMMAN_PM,
                           DARAK_VEHICLE,
                           DESERT_HWY,
                           GENDARMERIE,
                           HBT_UNI,
                           JO_GOV,
                           JO_INTERIOR_MIN,
                           JO_POLICE_PATROL,
                           JO_SEC_WANTED,
                           JO_SECURITY,
                           MAAN,
                           MAAN_DIASPORA,
                           MAAN_HIRAK,
                           MAAN_MPS,
                           MAAN_NOTABLES,
                           MAAN_WANTED,
                           MAAN_YOUTHS,
                           MINISTER_NOTABLES,
                           TUR,
                           UNKNOWN,
                           WADI_MUSA_ROAD,
)
from common import AGREEMENT, ARREST, CLASH, PEACEFUL, RIOT, D, E, paras_of

SLUG = "maan_2014_tur_raid_desert_highway_amman_sit_in"
ARTICLE = dict(
    id="team47-232", slug=SLUG, published="2014-05-08", outlet="Maraya al-Janoub news site (fictional)",
    paras=paras_of(f"232_{SLUG}.txt"),
    events=[
        # the exchange of fire in Hay al-Tur: headline 0, lead 1 (the PSD spokesman: one killed), the family's
        # version 3 (two dead, «by the gendarmerie's bullets»), the hospital director 8 (one body, the second death
        # denied) → 1. A two-sided fight: both sides are sources
        E(True, ["ASSAULT"], [0, 1, 3, 8], "تبادل لإطلاق النار", ["asserted", "reported"], mode="firearms",
          source=JO_SEC_WANTED, location=TUR, date=D("2014-05-07"), fatalities=1,
          attribution=["الناطق الإعلامي باسم مديرية الأمن العام", "ذوو الشاب القتيل", "مدير مستشفى معان الحكومي"],
          acled=CLASH, tpara=1),
        # the raid's four arrests (the spokesman's «will go on pursuing the rest»: optional, planned)
        E(True, ["COERCE"], [2], "القبض على أربعة مطلوبين", ["asserted", "reported"], mode="arrest",
          source=JO_SECURITY, recipient=MAAN_WANTED, location=TUR, date=D("2014-05-07"),
          attribution=["الناطق الإعلامي باسم مديرية الأمن العام"], acled=ARREST),
        E(False, ["COERCE"], [2], "ستواصل ملاحقة", ["planned"], mode="arrest",
          source=JO_SECURITY, recipient=MAAN_WANTED, date=None),
        # one sentence, two events: the road blocked with burning tyres and stones thrown (headline 0) and the tear
        # gas used to disperse them
        E(True, ["PROTEST"], [0, 4], "أغلق عشرات الشبان", ["asserted"], mode="riot",
          source=MAAN_YOUTHS, location=DESERT_HWY, date=D("2014-05-07"), acled=RIOT, tpara=4),
        E(True, ["COERCE", "ASSAULT"], [4], "قنابل الغاز المسيل للدموع", ["asserted"],
          source=GENDARMERIE, recipient=MAAN_YOUTHS, location=DESERT_HWY, date=D("2014-05-07")),
        # paragraph 5 (a one-line calm) has no event
        # the general strike from Saturday (planned), the call (optional REQUEST) and the 1989 uprising recalled
        # (optional, historical); the demands' content is no event
        E(True, ["PROTEST"], [6], "إضراب عام", ["planned"], mode="strike",
          source=MAAN_HIRAK, location=MAAN, date=D("2014-05-10")),
        E(False, ["REQUEST"], [6], "ودعا", ["asserted"],
          source=MAAN_HIRAK, date=D("2014-05-08", "day", ("2014-05-07", "2014-05-08"))),
        E(False, ["PROTEST"], [6], "هبّة نيسان", ["historical"], mode="riot",
          location=MAAN, date=D("1989-04-18", "month", ("1989-04-01", "1989-04-30"))),
        # the minister hosts the notables in Amman (host as source) and both agree on a three-day truce; the halt of
        # raids it includes is an announced concession (optional, planned)
        E(True, ["CONSULT"], [7], "استقبل", ["asserted"], mode="visit",
          source=JO_INTERIOR_MIN, recipient=MAAN_NOTABLES, location=AMMAN, date=D("2014-05-07")),
        E(True, ["AGREE"], [7], "واتفق الطرفان", ["asserted", "reported"],
          source=MINISTER_NOTABLES, location=AMMAN, date=D("2014-05-07"),
          attribution=["بيان صادر عن الوزارة"], acled=AGREEMENT),
        E(False, ["CONCEDE", "RETREAT"], [7], "وتتوقف خلالها المداهمات", ["planned"], mode="ceasefire",
          source=JO_INTERIOR_MIN, date=None),
        # photos of a burnt gendarmerie vehicle, unverified and not commented on (no actor named)
        E(True, ["ASSAULT"], [9], "أُضرمت فيها النار", ["rumored", "reported"], mode="destroy",
          recipient=DARAK_VEHICLE, location=HBT_UNI, date=D("2014-05-07", "day", ("2014-05-07", "2014-05-08")),
          attribution=["ناشطون على مواقع التواصل الاجتماعي"]),
        # the minister's conditional threat of house-to-house raids (made: asserted; the raids themselves optional,
        # hypothetical); no place named in the sentence
        E(True, ["THREATEN"], [10], "محذراً", ["asserted"], mode="arrest",
          source=JO_INTERIOR_MIN, recipient=MAAN_WANTED, date=D("2014-05-07")),
        E(False, ["COERCE"], [10], "ستدخل كل بيت", ["hypothetical"], mode="arrest",
          source=JO_SECURITY, recipient=MAAN_WANTED, date=None),
        # the MPs' demand to the government (the projects are its content); one MP's blame optional
        E(True, ["REQUEST"], [11], "وطالب", ["asserted"],
          source=MAAN_MPS, recipient=JO_GOV, date=D("2014-05-08", "day", ("2014-05-07", "2014-05-08"))),
        E(False, ["ACCUSE"], [11], "حمّل أحدهم", ["asserted"],
          source=MAAN_MPS, recipient=JO_GOV, date=D("2014-05-08", "day", ("2014-05-07", "2014-05-08"))),
        # paragraph 12 is generic (poverty, recurring confrontations): deliberately NO gold event
        # the vigil in Amman before the Prime Ministry
        E(True, ["PROTEST"], [13], "وقفة احتجاجية", ["asserted"], mode="demo",
          source=MAAN_DIASPORA, location=AMMAN_PM, date=D("2014-05-08"), acled=PEACEFUL),
        # background: Sunday before a Thursday, a police patrol shot at on the Ma'an–Wadi Musa road (1)
        E(True, ["ASSAULT"], [14], "أطلقوا النار", ["historical", "asserted"], mode="firearms",
          source=UNKNOWN, recipient=JO_POLICE_PATROL, location=WADI_MUSA_ROAD, date=D("2014-05-04"), fatalities=1,
          acled=CLASH),
    ],
)
