"""Gold of article 460: al-Masbah, Salh, the presidential palace hill, the Dhabab road, al-Hawban,
al-Ta'iziyah and the al-Shanini market (Taiz), a Yemeni pro-government news website, 2016-08-23 (Tue)."""
from actors_places import (
    COALITION_AIR,
    DHABAB,
    DHABAB_PASSENGERS,
    EXCHANGE_PARTIES,
    HAWBAN,
    HOUTHI_POSITIONS,
    HOUTHI_PRISONER_CMTE,
    HOUTHI_SALEH,
    HOUTHI_SNIPER,
    HOUTHIS,
    INTL_ORGS,
    MASBAH,
    MASBAH_CIVILIANS,
    MEDIATORS,
    MSF,
    PALACE_HILL,
    PALACE_HILL_CLASH,
    PRISONERS_RELATIVES,
    SALH,
    SEVEN_PRISONERS,
    SHANINI,
    SHANINI_CIVILIANS,
    TAIZ,
    TAIZ_HOSPITALS,
    TAIZ_MIL_COUNCIL,
    TAIZIYAH,
    THAWRA_HOSPITAL,
    YE_GOVERNMENT,
)
from common import AIR, ATTACK, CLASH, SHELL, D, E, paras_of

SLUG = "taiz_2016_masbah_dhabab_prisoner_exchange"
TODAY = D("2016-08-23")
LAST_NIGHT = D("2016-08-22", "day", ("2016-08-22", "2016-08-23"))
ARTICLE = dict(
    id="team92-460", slug=SLUG, published="2016-08-23",
    outlet="Bawwabat al-Halima, a Yemeni pro-government news website (fictional)",
    paras=paras_of(f"460_{SLUG}.txt"),
    events=[
        # the main event, first in the lead (no dateline; Taiz in the first sentence): mortar shells on
        # al-Masbah (four killed); the hospital's details 2, the Houthi agency's version 3 («استهدفوا «تجمعات
        # لمرتزقة العدوان» في حي المسبح»), the funeral 17; the headline 0
        E(True, ["ASSAULT"], [0, 1, 2, 3, 17], "بقذائف هاون", ["asserted"], mode="heavy-weapons",
          source=HOUTHI_SALEH, recipient=MASBAH_CIVILIANS, location=MASBAH, date=TODAY, fatalities=4,
          attribution=["مصدر طبي في مستشفى الروضة"], acled=SHELL, tpara=1),
        # ¶4: the first batch of a prisoner exchange carried out yesterday (COOPERATE; a release: RETREAT also
        # accepted), mediated by notables (the weeks of talks optional, historical, undated); the second batch
        # due on Thursday (planned); the time in its own clause «، وذلك قرابة السادسة»
        E(True, ["COOPERATE", "RETREAT"], [4], "أُفرج", ["asserted"],
          source=EXCHANGE_PARTIES, location=SALH, date=D("2016-08-22")),
        E(False, ["CONSULT"], [4], "مفاوضات", ["historical"], mode="third-party",
          source=MEDIATORS, location=SALH, date=None),
        E(True, ["COOPERATE", "RETREAT"], [4], "تُستكمل", ["planned"],
          source=EXCHANGE_PARTIES, location=SALH, date=D("2016-08-25")),
        # ¶5: the mediators accuse the Houthis of breaking the deal (headline 0) and seven prisoners not
        # released (core RETREAT, negated); ¶6: the Houthi denial (optional REJECT)
        E(True, ["ACCUSE"], [0, 5], "اتهمت", ["asserted"],
          source=MEDIATORS, recipient=HOUTHIS, date=TODAY, attribution=["أحد الوسطاء"], tpara=5),
        E(True, ["RETREAT"], [5], "تُفرج", ["negated"], mode="release",
          source=HOUTHIS, recipient=SEVEN_PRISONERS, date=D("2016-08-22")),
        # the lists signed by both sides a week ago (optional AGREE, historical)
        E(False, ["AGREE"], [5], "موقّعة", ["historical"],
          source=EXCHANGE_PARTIES, date=D("2016-08-16", "week", ("2016-08-14", "2016-08-20"))),
        E(False, ["REJECT"], [6], "ونفى", ["asserted"],
          source=HOUTHI_PRISONER_CMTE, date=TODAY),
        # ¶7: a two-sided fight on the presidential palace hill (three attackers killed)
        E(True, ["ASSAULT"], [7], "اشتباكات", ["asserted", "reported"], mode="firearms",
          source=PALACE_HILL_CLASH, location=PALACE_HILL, date=TODAY, fatalities=3,
          attribution=["مصدر في المجلس العسكري"], acled=CLASH),
        # ¶8: a Houthi sniper fires on a minibus on the Dhabab road (two wounded)
        E(True, ["ASSAULT"], [8], "واستهدف", ["asserted"], mode="firearms",
          source=HOUTHI_SNIPER, recipient=DHABAB_PASSENGERS, location=DHABAB, date=TODAY, acled=ATTACK),
        # paragraph 9 (life under siege: a standing situation) holds no event ¶10: the hospital's appeal
        # (REQUEST; the second recipient is part of it; deaths for want of oxygen are no event)
        E(True, ["REQUEST"], [10], "وناشد", ["asserted"],
          source=THAWRA_HOSPITAL, recipient=INTL_ORGS, date=TODAY),
        E(False, ["REQUEST"], [10], "نداءً", ["asserted"],
          source=THAWRA_HOSPITAL, recipient=YE_GOVERNMENT, date=TODAY),
        # ¶11: the military council's conditional threat (asserted); the offensive hypothetical (optional)
        E(True, ["THREATEN"], [11], "وتوعّد", ["asserted"], mode="violence",
          source=TAIZ_MIL_COUNCIL, recipient=HOUTHIS, location=TAIZ, date=TODAY),
        E(False, ["ASSAULT"], [11], "الحسم العسكري", ["hypothetical"], mode="firearms",
          source=TAIZ_MIL_COUNCIL, recipient=HOUTHIS, location=TAIZ, date=None),
        # ¶12: an abduction told only by activists, unconfirmed (rumoured)
        E(True, ["ASSAULT"], [12], "اختطاف", ["rumored", "reported"], mode="abduct",
          source=HOUTHIS, recipient=PRISONERS_RELATIVES, location=HAWBAN, date=LAST_NIGHT,
          attribution=["ناشطون على مواقع التواصل"]),
        # ¶13 (verb–subject–object): coalition air strikes (the Houthi channel's version is part of them)
        E(True, ["ASSAULT"], [13], "وشنّ", ["asserted"], mode="aerial",
          source=COALITION_AIR, recipient=HOUTHI_POSITIONS, location=TAIZIYAH, date=LAST_NIGHT, acled=AIR),
        # background at another place, in «وكان … قد»: the al-Shanini market shelled on 17 July (6 killed)
        E(True, ["ASSAULT"], [14], "قصفت", ["historical", "asserted"], mode="heavy-weapons",
          source=HOUTHIS, recipient=SHANINI_CIVILIANS, location=SHANINI, date=D("2016-07-17"), fatalities=6,
          acled=SHELL),
        # paragraph 15 (civilian casualties almost daily: generic) holds no event
        # ¶16: MSF's shipment of surgical drugs (AID)
        E(True, ["AID"], [16], "وأدخلت", ["asserted"], mode="humanitarian",
          source=MSF, recipient=TAIZ_HOSPITALS, location=TAIZ, date=TODAY),
        # ¶17, the funeral, is a paragraph of the main event
    ],
)
