"""Gold of article 489: Sirte, its Ibn Sina hospital and a field hospital, Misrata, Harawa, Bin Jawad and Abu
Grein (Libya), a Misrata-based news website close to the Bunyan al-Marsus operation, 2016-06-23 (Thu)."""
from actors_places import (
    ABU_GREIN,
    AMBULANCE_CREW,
    BIN_JAWAD,
    BUNYAN,
    BUNYAN_COMMANDER,
    BUNYAN_MEDIA,
    BUNYAN_OPS,
    BUNYAN_SPOKESMAN,
    COAST_GUARD,
    COAST_ROAD,
    FIELD_HOSPITAL,
    FIELD_HOSPITAL_SIRTE,
    FIELD_HOSPITAL_VICTIMS,
    GNA_HEALTH,
    HARAWA,
    IBN_SINA,
    ICRC,
    ISIS,
    ISIS_LEADERS,
    LRC,
    MEDICAL_STAFF,
    MISRATA,
    PFG,
    PFG_ISIS,
    SIRTE,
    SIRTE_MISRATA_SEA,
    WARRING_LY,
    WHO,
    WOUNDED_9,
    WOUNDED_30,
    WOUNDED_42,
)
from common import ABDUCTION, CLASH, MINE, SHELL, D, E, paras_of

SLUG = "sirte_2016_ibn_sina_hospital_wounded_sea"
TODAY = D("2016-06-23")
YESTERDAY = D("2016-06-22")
LAST_NIGHT = D("2016-06-22", "day", ("2016-06-22", "2016-06-23"))
SINCE_YESTERDAY = D("2016-06-22", "day", ("2016-06-22", "2016-06-23"))
ARTICLE = dict(
    id="team98-489", slug=SLUG, published="2016-06-23",
    outlet="Sawahil Libya, a Misrata-based news website close to the Bunyan al-Marsus operation (fictional)",
    paras=paras_of(f"489_{SLUG}.txt"),
    events=[
        # ¶1 (no dateline; «مدينة سرت» in the first sentence), one sentence, two events: the operation's
        # forces close their ring around Ibn Sina hospital (a siege: COERCE restrict, MOBILIZE also accepted)
        # and ISIS holds its medical staff inside (ASSAULT abduct, reported by the operation; undated: held
        # since an unknown day)
        E(True, ["COERCE", "MOBILIZE"], [1], "أحكمت", ["asserted", "reported"], mode="restrict",
          source=BUNYAN, recipient=ISIS, location=IBN_SINA, date=SINCE_YESTERDAY,
          attribution=["المركز الإعلامي للعملية"]),
        E(True, ["ASSAULT", "COERCE"], [1], "ويحتجزون", ["reported", "asserted"], mode="abduct",
          source=ISIS, recipient=MEDICAL_STAFF, location=IBN_SINA, date=None,
          attribution=["المركز الإعلامي للعملية"], acled=ABDUCTION),
        # the main event, in ¶2 after the siege (not first in the lead): four mortar shells on the field
        # hospital, the time told after the act («، وذلك قبيل موعد الإفطار»); ISIS radio's version 3 (the
        # other side, «قتلى وجرحى» without a number), the burial 17 → 3
        E(True, ["ASSAULT"], [0, 2, 3, 17], "أربع قذائف هاون", ["asserted"], mode="heavy-weapons",
          source=ISIS, recipient=FIELD_HOSPITAL_VICTIMS, location=FIELD_HOSPITAL_SIRTE, date=YESTERDAY,
          fatalities=3, attribution=["مدير المستشفى"], acled=SHELL, tpara=2),
        # ¶4, one sentence, two evacuations of the wounded: by sea (with the headline 0) and by the coastal
        # road (AID humanitarian, RETREAT also accepted)
        E(True, ["AID", "RETREAT"], [0, 4], "ونقلت سفينة", ["asserted", "reported"], mode="humanitarian",
          source=COAST_GUARD, recipient=WOUNDED_42, location=SIRTE_MISRATA_SEA, date=LAST_NIGHT,
          attribution=["مسؤول في الهلال الأحمر"], tpara=4),
        E(True, ["AID", "RETREAT"], [4], "نقلت سيارات إسعاف", ["asserted", "reported"], mode="humanitarian",
          source=LRC, recipient=WOUNDED_9, location=COAST_ROAD, date=LAST_NIGHT,
          attribution=["مسؤول في الهلال الأحمر"]),
        # ¶5: the ICRC asks for a humanitarian truce (REQUEST) and its delegation meets the operations room
        E(True, ["REQUEST"], [5], "ودعت", ["asserted"],
          source=ICRC, recipient=WARRING_LY, date=TODAY),
        E(True, ["CONSULT"], [5], "والتقى", ["asserted"], mode="visit",
          source=ICRC, recipient=BUNYAN_OPS, location=MISRATA, date=TODAY),
        # ¶6: the truce refused (REJECT); the conditional pledge to evacuate civilians is optional
        E(True, ["REJECT"], [6], "رفض", ["asserted"],
          source=BUNYAN_SPOKESMAN, recipient=ICRC, date=TODAY),
        E(False, ["AGREE", "RETREAT"], [6], "ستتكفل", ["hypothetical", "planned"],
          source=BUNYAN, location=IBN_SINA, date=None),
        # paragraph 7 (Ibn Sina hospital: a description) holds no event
        # ¶8: ISIS commanders said to have fled by boat (rumoured, neither confirmed nor denied)
        E(True, ["RETREAT"], [8], "فرار", ["rumored", "reported"], mode="withdraw",
          source=ISIS_LEADERS, location=SIRTE, date=D("2016-06-21", "day", ("2016-06-21", "2016-06-22")),
          attribution=["مصادر محلية في مصراتة"]),
        # ¶9: a conditional threat (asserted); the storming it threatens is hypothetical (optional)
        E(True, ["THREATEN"], [9], "وهدّد", ["asserted"], mode="violence",
          source=BUNYAN_COMMANDER, recipient=ISIS, location=IBN_SINA, date=TODAY),
        E(False, ["ASSAULT"], [9], "باقتحام", ["hypothetical"], mode="firearms",
          source=BUNYAN, location=IBN_SINA, date=None),
        # ¶10: the WHO medicines have not reached the field hospital (core AID, negated)
        E(True, ["AID"], [10], "تصل", ["negated"], mode="humanitarian",
          source=WHO, recipient=FIELD_HOSPITAL, location=FIELD_HOSPITAL_SIRTE, date=TODAY,
          attribution=["مدير المستشفى"]),
        # ¶11: a hospital ship due in Misrata on Saturday (planned AID)
        E(True, ["AID"], [11], "سفينة مجهزة طبياً", ["planned"], mode="humanitarian",
          source=GNA_HEALTH, recipient=WOUNDED_30, location=MISRATA, date=D("2016-06-25"),
          attribution=["المكتب الإعلامي للوزارة"]),
        # ¶12: a clash at Harawa's eastern entrance (2); the taking of Bin Jawad days before, in a clause, is
        # optional (historical)
        E(True, ["ASSAULT"], [12], "اشتبكت", ["asserted", "reported"], mode="firearms",
          source=PFG_ISIS, location=HARAWA, date=TODAY, fatalities=2,
          attribution=["المتحدث باسم حرس المنشآت النفطية"], acled=CLASH),
        E(False, ["ASSAULT"], [12], "سيطرتها", ["historical"], mode="firearms",
          source=PFG, location=BIN_JAWAD, date=None),
        # paragraph 13 (the wounded received in Misrata since May: an aggregate) holds no event
        # ¶14: the operation accuses ISIS of using patients and staff as human shields; the sniper post it
        # alleges is its content (optional)
        E(True, ["ACCUSE"], [14], "واتهم", ["asserted"],
          source=BUNYAN_MEDIA, recipient=ISIS, date=TODAY),
        E(False, ["MOBILIZE"], [14], "وبتحويل", ["reported"], mode="troops",
          source=ISIS, location=IBN_SINA, date=None),
        # background at another place, in «وكان … قد»: an IED on an ambulance near Abu Grein on 27 May (3)
        E(True, ["ASSAULT"], [15], "انفجرت", ["historical", "asserted"], mode="explosives",
          source=ISIS, recipient=AMBULANCE_CREW, location=ABU_GREIN, date=D("2016-05-27"), fatalities=3,
          acled=MINE),
        # paragraph 16 (a nurse's words) holds no event; ¶17, the burial, is a paragraph of the main event
    ],
)
