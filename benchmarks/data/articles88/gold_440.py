"""Gold of article 440: Sirwah, Marib city, al-Wadi and Sanaa (Marib), a Yemeni government-run news agency,
2021-06-07 (Mon)."""
from actors_places import (
    AL_WADI,
    EXCHANGE_PARTIES,
    HOUTHI_PRISONERS_OFFICIAL,
    HOUTHIS,
    MARIB_CITY,
    MARIB_CIVILIANS,
    MARIB_PRISONERS_COMMITTEE,
    MARIB_SECURITY,
    MARIB_SUSPECTS,
    SANAA,
    SIRWAH,
    SIRWAH_DETAINEES,
    TRIBAL_MEDIATORS,
    UN_ENVOY_OFFICE,
    WADI_CAMP_VICTIMS,
    WADI_PRISONER,
    YE_GOVERNMENT_SIDE,
)
from common import AGREEMENT, ARREST, SHELL, D, E, paras_of

SLUG = "marib_2021_sirwah_prisoner_swap_missile"
TODAY = D("2021-06-07")
ARTICLE = dict(
    id="team88-440", slug=SLUG, published="2021-06-07",
    outlet="al-Jannatayn News Agency, a Yemeni government-run news agency (fictional)",
    paras=paras_of(f"440_{SLUG}.txt"),
    events=[
        # ¶1 (dateline): the first stage of a prisoner exchange carried out at Sirwah through tribal
        # mediators (COOPERATE, RETREAT accepted; headline 0; the homecoming 17); the mediation named in
        # passing optional
        E(True, ["COOPERATE", "RETREAT"], [0, 1, 17], "لتبادل", ["asserted"],
          source=EXCHANGE_PARTIES, location=SIRWAH, date=TODAY, tpara=1),
        E(False, ["CONSULT"], [1], "بوساطة", ["asserted"], mode="third-party",
          source=TRIBAL_MEDIATORS, recipient=EXCHANGE_PARTIES, location=SIRWAH, date=TODAY),
        # the main event, in ¶2 after the exchange: a Houthi ballistic missile on a crowded neighbourhood
        # of Marib city, four killed (one toll); a resident 3, the Houthi channel's version 4, «صاروخ
        # الصباح» 15; the headline 0; the hospital's blood appeal optional
        E(True, ["ASSAULT"], [0, 2, 3, 4, 15], "صاروخ باليستي", ["asserted"], mode="heavy-weapons",
          source=HOUTHIS, recipient=MARIB_CIVILIANS, location=MARIB_CITY, date=TODAY, fatalities=4,
          attribution=["مصدر طبي في هيئة مستشفى مأرب العام"], acled=SHELL, tpara=2),
        E(False, ["REQUEST"], [2], "نداءً", ["asserted"], location=MARIB_CITY, date=TODAY),
        # ¶5: the lists disputed: the Houthis refused to include three civilians (REJECT, told by a
        # mediator); the two sides' consent to defer the dispute optional
        E(True, ["REJECT"], [5], "رفضت", ["reported", "asserted"],
          source=HOUTHIS, recipient=TRIBAL_MEDIATORS, location=SIRWAH, date=TODAY,
          attribution=["أحد الوسطاء"]),
        E(False, ["AGREE"], [5], "يتفق", ["reported", "asserted"],
          source=EXCHANGE_PARTIES, location=SIRWAH, date=TODAY),
        # ¶6: the delay blamed on the Houthis by the Marib prisoners committee (ACCUSE)
        E(True, ["ACCUSE"], [6], "واتهم", ["asserted"],
          source=MARIB_PRISONERS_COMMITTEE, recipient=HOUTHIS, date=TODAY),
        # ¶7, in «وكان … قد»: the deal reached through the mediators on 24 May (historical); a month of
        # contacts before it optional
        E(True, ["AGREE"], [7], "توصلوا", ["historical", "asserted"],
          source=EXCHANGE_PARTIES, recipient=TRIBAL_MEDIATORS, date=D("2021-05-24"),
          acled=AGREEMENT),
        E(False, ["CONSULT"], [7], "الاتصالات", ["historical"], mode="third-party",
          source=TRIBAL_MEDIATORS, recipient=EXCHANGE_PARTIES,
          date=D("2021-05-10", "month", ("2021-04-24", "2021-05-24"))),
        # ¶8: the second stage due on Thursday (planned)
        E(True, ["COOPERATE", "RETREAT"], [8], "تُنفَّذ", ["planned"],
          source=EXCHANGE_PARTIES, location=SIRWAH, date=D("2021-06-10"), attribution=["الوسيط نفسه"]),
        # ¶9: a prisoner's death under torture in Sanaa, told by activists, neither confirmed nor denied
        # (rumoured, one death); the committee's request to the mediators optional
        E(True, ["ASSAULT"], [9], "التعذيب", ["rumored", "reported"], mode="torture",
          source=HOUTHIS, recipient=WADI_PRISONER, location=SANAA,
          date=D("2021-05-15", "month", ("2021-04-15", "2021-06-01")), fatalities=1, attribution=["ناشطون"]),
        E(False, ["REQUEST"], [9], "طلبت", ["asserted"],
          source=MARIB_PRISONERS_COMMITTEE, recipient=TRIBAL_MEDIATORS, date=TODAY),
        # ¶10: the Houthi official's threat to suspend the second stage (THREATEN); his counter-blame and
        # the suspension itself optional
        E(True, ["THREATEN"], [10], "ولوّح", ["asserted", "reported"],
          source=HOUTHI_PRISONERS_OFFICIAL, recipient=YE_GOVERNMENT_SIDE, date=TODAY,
          attribution=["قناة «المسيرة»"]),
        E(False, ["ACCUSE"], [10], "محمّلاً", ["asserted", "reported"],
          source=HOUTHI_PRISONERS_OFFICIAL, recipient=YE_GOVERNMENT_SIDE, date=TODAY),
        E(False, ["COOPERATE", "RETREAT"], [10], "بتعليق", ["hypothetical", "negated"],
          source=HOUTHIS, location=SIRWAH, date=None),
        # ¶11: the UN envoy's office welcomes the first stage (SUPPORT); its call and its offer optional
        E(True, ["SUPPORT"], [11], "ورحّب", ["asserted"],
          source=UN_ENVOY_OFFICE, recipient=EXCHANGE_PARTIES, date=TODAY),
        E(False, ["REQUEST"], [11], "داعياً", ["asserted"],
          source=UN_ENVOY_OFFICE, recipient=EXCHANGE_PARTIES, date=TODAY),
        E(False, ["AGREE"], [11], "استعداد", ["asserted"],
          source=UN_ENVOY_OFFICE, recipient=EXCHANGE_PARTIES, date=TODAY),
        # ¶12 (short): three men of Sirwah on the first list were not released (core RETREAT, negated)
        E(True, ["RETREAT"], [12], "تُفرج", ["negated"], mode="release",
          source=HOUTHIS, recipient=SIRWAH_DETAINEES, location=SIRWAH, date=TODAY),
        # paragraph 13 (Sirwah: description) holds no event
        # background at another place, in «وكانت … قد»: Houthi shells on a displaced people's camp in
        # al-Wadi on 10 April (2 killed)
        E(True, ["ASSAULT"], [14], "استهدفت", ["historical", "asserted"], mode="heavy-weapons",
          source=HOUTHIS, recipient=WADI_CAMP_VICTIMS, location=AL_WADI, date=D("2021-04-10"), fatalities=2,
          acled=SHELL),
        # ¶15: two suspected informants arrested in Marib (COERCE); its «صاروخ الصباح» is a paragraph of
        # the main event
        E(True, ["COERCE"], [15], "واعتقلت", ["asserted", "reported"], mode="arrest",
          source=MARIB_SECURITY, recipient=MARIB_SUSPECTS, location=MARIB_CITY, date=TODAY,
          attribution=["مصدر أمني في شرطة المحافظة"], acled=ARREST),
        # paragraph 16 (prisoner exchanges in general: generic) holds no event; ¶17, the homecoming, is a
        # paragraph of the exchange
    ],
)
