"""Gold of article 452: a motorbike bomb at the entrance of Manbij's wholesale market (main event, told
first in the lead; four dead per the Manbij Military Council, six per the Syrian Observatory → 4), a cordon
and arrests in the southern countryside, accusations traded between the Civil Council and the Syrian
National Army, a Turkish threat, a US patrol on the Sajur line and Turkish reinforcements, the coalition's
meeting with the council, its agreement and planned joint patrols, a tribesmen's protest over conscription,
a rumoured handover of positions near al-Arima, blood and medicines for the hospital, the coalition's
praise, a meeting not held and put off to Saturday, a ban on motorbikes, and a roadside bomb near Tishreen
Dam on 19 August 2018 (Aleppo's eastern countryside, Syria), a Syrian community radio station's website,
2018-09-27 (Thu). Dateline «منبج – «راديو شط الفرات»:»."""
from actors_places import (
    ANKARA_WASHINGTON,
    ARIMA,
    ASAYISH,
    ASAYISH_MANBIJ,
    CIVIL_ADMIN,
    CIVIL_COUNCIL_BUILDING,
    COALITION_AGENTS,
    COALITION_MMC,
    COALITION_SPOKESMAN,
    CONSCRIPTION_PATROLS,
    HAL_MARKET,
    HEALTH_BOARD,
    ISIS,
    MANBIJ,
    MANBIJ_CENTRE,
    MANBIJ_CIVIL_COUNCIL,
    MANBIJ_HOSPITAL,
    MANBIJ_HOSPITAL_PLACE,
    MANBIJ_NEIGHBOURHOODS,
    MANBIJ_SOUTH,
    MARKET_CIVILIANS,
    MMC_HQ,
    MMC_SPOKESMAN,
    NINE_SUSPECTS,
    NOTABLES_MMC,
    REGIONAL_PARTIES,
    SAJUR,
    SAJUR_FAR_BANK,
    SDF,
    SNA,
    STREET_VENDORS,
    SYRIAN_REGIME,
    TISHREEN_DAM,
    TISHREEN_WORKERS,
    TR_DEFMIN,
    TR_REINFORCEMENTS,
    US_FORCES,
    US_SIDE,
    WEST_TRIBES,
    YPG,
)
from common import AGREEMENT, ARREST, MINE, PEACEFUL, D, E, paras_of

SLUG = "manbij_2018_sajur_tishreen_dam"
TODAY = D("2018-09-27")
# a statement of the day whose hour the text does not give: today, or the day before
TODAY_OR_EVE = D("2018-09-27", "day", ("2018-09-26", "2018-09-27"))
ARTICLE = dict(
    id="team91-452", slug=SLUG, published="2018-09-27",
    outlet="Radio Shatt al-Furat, a Syrian community radio station's website (fictional)",
    paras=paras_of(f"452_{SLUG}.txt"),
    events=[
        # MAIN EVENT, told first in the lead: the motorbike bomb this morning (four dead per the council); the
        # Observatory's six and a vendor's account ¶2, the funeral ¶17; the headline names it. No claim, no
        # perpetrator: no source. Conflicting tolls → the lowest, 4
        E(True, ["ASSAULT"], [0, 1, 2, 17], "بانفجار دراجة نارية مفخخة", ["asserted"], mode="explosives",
          recipient=MARKET_CIVILIANS, location=HAL_MARKET, date=TODAY, fatalities=4,
          attribution=["المكتب الإعلامي لمجلس منبج العسكري", "«المرصد السوري لحقوق الإنسان»", "بائع خضار"],
          acled=MINE, tpara=1),
        # ¶3: the cordon (optional) and the arrests in the southern countryside (the raid is their frame);
        # the absence of a claim negates nothing
        E(False, ["COERCE"], [3], "وطوّقت", ["asserted"], mode="restrict",
          source=ASAYISH, location=HAL_MARKET, date=TODAY),
        E(True, ["COERCE"], [3], "اعتقلت", ["asserted"], mode="arrest",
          source=ASAYISH, recipient=NINE_SUSPECTS, location=MANBIJ_SOUTH, date=TODAY, acled=ARREST),
        # ¶4: accusations traded: the Civil Council's co-chair blames «regional parties» (Turkey), an SNA
        # official denies (optional REJECT) and blames the SDF in turn
        E(True, ["ACCUSE"], [4], "واتهم", ["asserted"],
          source=MANBIJ_CIVIL_COUNCIL, recipient=REGIONAL_PARTIES, location=MANBIJ, date=TODAY),
        E(False, ["REJECT"], [4], "نفى", ["asserted"], source=SNA, date=TODAY_OR_EVE),
        E(True, ["ACCUSE"], [4], "متهماً", ["asserted"],
          source=SNA, recipient=SDF, date=TODAY_OR_EVE),
        # ¶5: the Turkish defence minister's conditional threat yesterday; the US-Turkish roadmap of June
        # (optional, historical) and his charge against Washington (optional)
        E(True, ["THREATEN"], [5], "تهديده", ["asserted"], mode="violence",
          source=TR_DEFMIN, recipient=YPG, location=MANBIJ, date=D("2018-09-26")),
        E(False, ["AGREE"], [5], "اتفقت", ["historical"],
          source=ANKARA_WASHINGTON, recipient=ANKARA_WASHINGTON,
          date=D("2018-06-15", "month", ("2018-06-01", "2018-06-30")), acled=AGREEMENT),
        E(False, ["ACCUSE"], [5], "متهماً", ["asserted"],
          source=TR_DEFMIN, recipient=US_SIDE, date=D("2018-09-26")),
        # ¶6: a US patrol along the Sajur line (asserted) and Turkish reinforcements told by local sources
        # (reported)
        E(True, ["MOBILIZE"], [6], "وسيّرت", ["asserted"], mode="troops",
          source=US_FORCES, location=SAJUR, date=TODAY),
        E(True, ["MOBILIZE"], [6], "بوصول رتل", ["reported"], mode="troops",
          source=TR_REINFORCEMENTS, location=SAJUR_FAR_BANK, date=TODAY,
          attribution=["مصادر محلية في جرابلس"]),
        # ¶7: the coalition's meeting with the council, their agreement, and the joint patrols due next week
        # (COOPERATE, planned)
        E(True, ["CONSULT"], [7], "والتقى", ["asserted"],
          source=COALITION_MMC, recipient=COALITION_MMC, location=MMC_HQ, date=TODAY),
        E(True, ["AGREE"], [7], "واتفق", ["asserted", "reported"],
          source=COALITION_MMC, recipient=COALITION_MMC, location=MANBIJ, date=TODAY,
          attribution=["مصدر في المجلس"]),
        E(True, ["COOPERATE"], [7], "دوريات مشتركة", ["planned"],
          source=COALITION_MMC, recipient=COALITION_MMC, location=MANBIJ_NEIGHBOURHOODS,
          date=D("2018-10-03", "week", ("2018-09-30", "2018-10-06"))),
        # ¶8 (the market described) holds no event. ¶9: the tribesmen's protest (its demand optional; the
        # conscription arrests of the past two weeks optional, historical)
        E(True, ["PROTEST"], [9], "وقفة", ["asserted"], mode="demo",
          source=WEST_TRIBES, location=CIVIL_COUNCIL_BUILDING, date=TODAY, acled=PEACEFUL),
        E(False, ["REQUEST"], [9], "للمطالبة", ["asserted"], source=WEST_TRIBES, date=TODAY),
        E(False, ["COERCE"], [9], "أوقفتهم", ["historical", "asserted"], mode="arrest",
          source=CONSCRIPTION_PATROLS, date=D("2018-09-20", "week", ("2018-09-13", "2018-09-27"))),
        # ¶10: a rumoured handover of SDF positions near al-Arima to government forces, denied (the denial
        # optional)
        E(True, ["RETREAT", "CONCEDE"], [10], "تسليم", ["rumored", "planned"], mode="withdraw",
          source=SDF, recipient=SYRIAN_REGIME, location=ARIMA, date=None, attribution=["مصادر أهلية"]),
        E(False, ["REJECT"], [10], "نفاه", ["asserted"], source=MMC_SPOKESMAN, date=TODAY),
        # ¶11: blood and medicines sent to the hospital (AID); the hospital's appeal optional
        E(True, ["AID"], [11], "وأرسلت", ["asserted"], mode="humanitarian",
          source=HEALTH_BOARD, recipient=MANBIJ_HOSPITAL, location=MANBIJ_HOSPITAL_PLACE, date=TODAY),
        E(False, ["REQUEST"], [11], "نداء", ["asserted"], source=MANBIJ_HOSPITAL, date=TODAY),
        # ¶12 (subject before its verb, «أما … فـ»): the coalition's praise of the Internal Security Forces
        E(True, ["SUPPORT"], [12], "فأشاد", ["asserted"],
          source=COALITION_SPOKESMAN, recipient=ASAYISH_MANBIJ, date=TODAY),
        # ¶13: the meeting due today was not held (negated) and was put off to Saturday (planned)
        E(True, ["CONSULT"], [13], "يُعقد", ["negated"],
          source=NOTABLES_MMC, recipient=NOTABLES_MMC, location=MANBIJ, date=TODAY),
        E(True, ["CONSULT"], [13], "وأُرجئ", ["planned"],
          source=NOTABLES_MMC, recipient=NOTABLES_MMC, location=MANBIJ, date=D("2018-09-29"),
          attribution=["أحد الوجهاء"]),
        # ¶14: motorbikes banned from the centre (COERCE ban); the vendors' request optional
        E(True, ["COERCE"], [14], "يمنع", ["asserted"], mode="ban",
          source=CIVIL_ADMIN, location=MANBIJ_CENTRE, date=TODAY),
        E(False, ["REQUEST"], [14], "مطالبين", ["asserted"],
          source=STREET_VENDORS, recipient=CIVIL_ADMIN, date=TODAY),
        # ¶15 (analysis) holds no event. ¶16, «وكانت … قد» at another place: a roadside bomb on dam workers on
        # 19 August, claimed by ISIS (its vow optional, historical)
        E(True, ["ASSAULT"], [16], "انفجرت", ["historical", "asserted"], mode="explosives",
          source=ISIS, recipient=TISHREEN_WORKERS, location=TISHREEN_DAM, date=D("2018-08-19"), fatalities=2,
          acled=MINE),
        E(False, ["THREATEN"], [16], "متوعداً", ["historical"], mode="violence",
          source=ISIS, recipient=COALITION_AGENTS,
          date=D("2018-08-19", "week", ("2018-08-19", "2018-08-26"))),
        # ¶17: the funeral belongs to the main event
    ],
)
