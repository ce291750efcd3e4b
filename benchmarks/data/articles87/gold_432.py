"""Gold of article 432: barrel bombs on the bakery of Rabia in Jabal al-Turkman (main event, told first in the
lead; the medical point's seven against the Syrian Observatory's five → 5), an appeal for medical supplies,
an IHH convoy, the Coalition's accusation and demand to the Security Council, rocket fire on al-Haffah told
only by SANA, a joint operations room, the regime's leaflets threatening the villages, rumoured
reinforcements at Nabi Younes, the Yayladağı gate not opened, the Turkmen Assembly's hospital visit, bread
due on Saturday, a barrel bomb on Kinsabba on 11 August 2014 (Latakia, Syria), a Syrian Turkmen opposition
news website, 2014-11-27 (Thu). No dateline: the lead names Rabia in its first sentence."""
from actors_places import (
    ANTAKYA,
    BORDER_DISPLACED,
    COALITION,
    HAFFAH,
    HAFFAH_CIVILIANS,
    IHH,
    INTL_ORGS,
    KINSABBA,
    KINSABBA_VICTIMS,
    LAT_FACTIONS,
    LAT_REBELS,
    LATAKIA_FRONT,
    MEDICAL_POINT,
    NABI_YOUNES,
    NEW_DISPLACED,
    RABIA,
    RABIA_BAKERY,
    RABIA_CIVILIANS,
    RABIA_RESIDENTS,
    RABIA_VILLAGES,
    RABIA_WOUNDED,
    REGIME_NDF,
    SY_REGIME,
    SY_RELIEF_ORG,
    TURKEY,
    TURKMEN_ASSEMBLY,
    UNSC,
    YAMADI,
    YAYLADAGI_GATE,
)
from common import AIR, SHELL, D, E, paras_of

SLUG = "rabia_2014_haffah_kinsabba"
TODAY = D("2014-11-27")
YESTERDAY = D("2014-11-26")
ARTICLE = dict(
    id="team87-432", slug=SLUG, published="2014-11-27",
    outlet="Sawt Bayirbucak, a Syrian Turkmen opposition news website (fictional)",
    paras=paras_of(f"432_{SLUG}.txt"),
    events=[
        # MAIN EVENT, told first in the lead (passive «قُتل»): a helicopter's two barrel bombs on Rabia's
        # bakery this morning; the Observatory's lower count ¶2, a baker's account ¶3, the funeral ¶17;
        # the headline names it. Seven per the medical point, five per the Observatory → 5
        E(True, ["ASSAULT"], [0, 1, 2, 3, 17], "برميلين متفجرين", ["asserted", "reported"], mode="aerial",
          source=SY_REGIME, recipient=RABIA_CIVILIANS, location=RABIA_BAKERY, date=TODAY, fatalities=5,
          attribution=["النقطة الطبية في الناحية", "المرصد السوري لحقوق الإنسان", "أحد العاملين في الفرن"],
          acled=AIR, tpara=1),
        # ¶4: the medical point's appeal to international organisations
        E(True, ["REQUEST"], [4], "وناشد", ["asserted"],
          source=MEDICAL_POINT, recipient=INTL_ORGS, location=RABIA, date=TODAY),
        # ¶5: families flee (no event) and an IHH convoy enters through Yayladağı
        E(True, ["AID"], [5], "قافلة", ["asserted", "reported"], mode="humanitarian",
          source=IHH, recipient=NEW_DISPLACED, location=YAMADI, date=TODAY,
          attribution=["منسقها في المنطقة"]),
        # ¶6: two events joined with «و» and a second verb: the Coalition accuses the regime and asks the
        # Security Council for a no-fly zone
        E(True, ["ACCUSE"], [6], "واتهم", ["asserted"], source=COALITION, recipient=SY_REGIME, date=TODAY),
        E(True, ["REQUEST"], [6], "وطالب", ["asserted"], source=COALITION, recipient=UNSC, date=TODAY),
        # ¶7 («نقلاً عن», an acronym in quotes «سانا»): rockets on al-Haffah yesterday evening, told only
        # by the regime's agency (reported); the army's return fire optional, reported
        E(True, ["ASSAULT"], [7], "استهدفت", ["reported"], mode="heavy-weapons",
          source=LAT_REBELS, recipient=HAFFAH_CIVILIANS, location=HAFFAH, date=YESTERDAY,
          attribution=["وكالة «سانا»"], acled=SHELL),
        E(False, ["ASSAULT"], [7], "ردّت", ["reported"],
          source=SY_REGIME, recipient=LAT_REBELS, location=HAFFAH, date=YESTERDAY),
        # ¶8 (Jabal al-Turkman described) holds no event. ¶9: five factions form a joint operations room
        # (possessive actor «مقاتلي الفصائل»)
        E(True, ["COOPERATE", "AGREE"], [9], "غرفة عمليات مشتركة", ["asserted"],
          source=LAT_FACTIONS, location=LATAKIA_FRONT, date=TODAY),
        # ¶10: leaflets threatening whoever shelters fighters (the call to leave optional)
        E(True, ["THREATEN"], [10], "تتوعد", ["asserted"], mode="violence",
          source=SY_REGIME, recipient=RABIA_RESIDENTS, location=RABIA, date=YESTERDAY),
        E(False, ["REQUEST"], [10], "وتدعو", ["asserted"], source=SY_REGIME, recipient=RABIA_RESIDENTS,
          date=YESTERDAY),
        # ¶11: reinforcements at Nabi Younes, told by local sources and unconfirmed (rumoured); the ground
        # attack is only feared (optional, hypothetical)
        E(True, ["MOBILIZE"], [11], "وصول تعزيزات", ["rumored", "reported"], mode="troops",
          source=REGIME_NDF, location=NABI_YOUNES, date=D("2014-11-26", "day", ("2014-11-25", "2014-11-27")),
          attribution=["مصادر محلية"]),
        E(False, ["ASSAULT"], [11], "لهجوم بري محتمل", ["hypothetical", "rumored"],
          source=REGIME_NDF, location=RABIA, date=None),
        # ¶12: the border gate not opened to the displaced (negated); the wounded admitted (optional AID)
        E(True, ["RETREAT"], [12], "تفتح", ["negated"], mode="access",
          source=TURKEY, recipient=BORDER_DISPLACED, location=YAYLADAGI_GATE, date=TODAY),
        E(False, ["AID"], [12], "بإدخال الجرحى", ["asserted"], mode="humanitarian",
          source=TURKEY, recipient=RABIA_WOUNDED, location=YAYLADAGI_GATE, date=TODAY),
        # ¶13: the Turkmen Assembly visits the wounded in Antakya (the praise optional SUPPORT)
        E(True, ["CONSULT"], [13], "وزار", ["asserted"], mode="visit",
          source=TURKMEN_ASSEMBLY, recipient=RABIA_WOUNDED, location=ANTAKYA, date=TODAY),
        E(False, ["SUPPORT"], [13], "وأشاد", ["asserted"], source=TURKMEN_ASSEMBLY, date=TODAY),
        # ¶14: bread to be distributed from Saturday (planned)
        E(True, ["AID"], [14], "توزيع الخبز", ["planned", "reported"], mode="humanitarian",
          source=SY_RELIEF_ORG, recipient=RABIA_VILLAGES, location=RABIA, date=D("2014-11-29"),
          attribution=["مديرها"]),
        # ¶15 (analysis of the mountain's military value) holds no event. ¶16, «وكان … قد» at another place: a
        # barrel bomb on a house in Kinsabba on 11 August
        E(True, ["ASSAULT"], [16], "برميل متفجر", ["historical", "asserted"], mode="aerial",
          source=SY_REGIME, recipient=KINSABBA_VICTIMS, location=KINSABBA, date=D("2014-08-11"), fatalities=3,
          attribution=["ناشطون من البلدة"], acled=AIR),
    ],
)
