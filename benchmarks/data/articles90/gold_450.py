"""Gold of article 450: al-Thawra and Karari (Omdurman), Shambat, al-Halfaya and al-Kadaru (Khartoum Bahri)
(Khartoum), a Sudanese independent daily newspaper's website, 2023-10-18 (Wed)."""
from actors_places import (
    BAHRI,
    BAHRI_SHAMBAT,
    HALFAYA,
    HALFAYA_VOLUNTEERS,
    HUMANITARIAN_ORGS,
    KADARU,
    KADARU_VICTIMS,
    KARARI,
    KARARI_FAMILIES,
    KARARI_OFFICIAL,
    LOCAL_ORGS,
    OMDURMAN,
    OMDURMAN_ERS,
    OMDURMAN_HOSPITALS,
    RELIEF_ORGS,
    RSF,
    RSF_COMMANDER,
    RSF_POSITIONS,
    SAF,
    SAF_AIR,
    SAF_SOURCE,
    SOUQ_LIBYA,
    THAWRA,
    THAWRA_CIVILIANS,
    WFP,
    WHO,
)
from common import AIR, SHELL, D, E, paras_of

SLUG = "khartoum_2023_omdurman_thawra_market_bahri_water"
TODAY = D("2023-10-18")
YESTERDAY = D("2023-10-17")
ARTICLE = dict(
    id="team90-450", slug=SLUG, published="2023-10-18",
    outlet="al-Sawaqi, a Sudanese independent daily newspaper's website (fictional)",
    paras=paras_of(f"450_{SLUG}.txt"),
    events=[
        # the main event, first in the lead (dateline «أم درمان»): RSF shells on a market in al-Thawra; nine
        # killed per the state health ministry, thirteen per the Thawra emergency room (¶2) → 9; the
        # hospital 3, the RSF's denial 4, the funeral 17; the headline 0
        E(True, ["ASSAULT"], [0, 1, 2, 3, 4, 17], "قذائف أطلقتها", ["asserted"], mode="heavy-weapons",
          source=RSF, recipient=THAWRA_CIVILIANS, location=THAWRA, date=TODAY, fatalities=9,
          attribution=["وزارة الصحة بولاية الخرطوم", "غرفة طوارئ الثورة"], acled=SHELL, tpara=1),
        # ¶4: the RSF deny (optional REJECT) and accuse the army (ACCUSE)
        E(True, ["ACCUSE"], [4], "واتهمت", ["asserted"],
          source=RSF, recipient=SAF, date=TODAY, attribution=["بيان على منصة «إكس»"]),
        E(False, ["REJECT"], [4], "نفت", ["asserted"],
          source=RSF, recipient=SAF, date=TODAY),
        # ¶5 (verb–subject–object): army air strikes on RSF positions in Bahri (civilian casualties only
        # rumoured, no number)
        E(True, ["ASSAULT"], [5], "وشنّ", ["asserted"], mode="aerial",
          source=SAF_AIR, recipient=RSF_POSITIONS, location=BAHRI_SHAMBAT, date=TODAY, acled=AIR),
        # paragraph 6 (water cut in Bahri for three weeks: a standing situation) holds no event
        # ¶7: the emergency rooms' appeal to aid organisations (the call to donate blood optional)
        E(True, ["REQUEST"], [7], "وناشدت", ["asserted"],
          source=OMDURMAN_ERS, recipient=HUMANITARIAN_ORGS, location=OMDURMAN, date=TODAY),
        E(False, ["REQUEST"], [7], "ودعت", ["asserted"],
          source=OMDURMAN_ERS, location=OMDURMAN, date=TODAY),
        # ¶8: one sentence, two events: WFP's distribution next week (planned) and WHO's shipment not arrived
        # (core AID, negated)
        E(True, ["AID"], [8], "توزيع", ["planned"], mode="humanitarian",
          source=WFP, recipient=KARARI_FAMILIES, location=KARARI,
          date=D("2023-10-25", "week", ("2023-10-22", "2023-10-28"))),
        E(True, ["AID"], [8], "الشحنة الطبية", ["negated"], mode="humanitarian",
          source=WHO, recipient=OMDURMAN_HOSPITALS, location=OMDURMAN, date=TODAY),
        # ¶9: three volunteers abducted «مساء الإثنين الماضي», told by local sources (rumoured)
        E(True, ["ASSAULT"], [9], "اختطاف", ["rumored", "reported"], mode="abduct",
          source=RSF, recipient=HALFAYA_VOLUNTEERS, location=HALFAYA, date=D("2023-10-16"),
          attribution=["مصادر محلية في بحري"]),
        # ¶10: an RSF commander's threat (asserted); the storming of Karari hypothetical (optional)
        E(True, ["THREATEN"], [10], "وتوعّد", ["asserted"], mode="violence",
          source=RSF_COMMANDER, recipient=SAF, location=KARARI, date=TODAY),
        E(False, ["ASSAULT"], [10], "اقتحام كرري", ["hypothetical"], mode="firearms",
          source=RSF_COMMANDER, location=KARARI, date=None),
        # ¶11: the army's deployment around Souq Libya «مساء أمس», told by witnesses
        E(True, ["MOBILIZE"], [11], "نشر", ["asserted", "reported"], mode="troops",
          source=SAF, location=SOUQ_LIBYA, date=YESTERDAY, attribution=["شهود عيان"]),
        # paragraph 12 (al-Thawra: description) holds no event
        # background at another place, in «وكان … قد»: a drone strike on a market in al-Kadaru on 16 September
        # (7), its author disputed: no source
        E(True, ["ASSAULT"], [13], "استهدفت", ["historical", "asserted"], mode="aerial",
          recipient=KADARU_VICTIMS, location=KADARU, date=D("2023-09-16"), fatalities=7, acled=AIR),
        # ¶14: the Karari official's meeting with aid organisations (CONSULT) and his pledge (AGREE)
        E(True, ["CONSULT"], [14], "واجتمع", ["asserted"], mode="multilateral",
          source=KARARI_OFFICIAL, recipient=RELIEF_ORGS, location=KARARI, date=YESTERDAY),
        E(True, ["AGREE"], [14], "وتعهّد", ["asserted"],
          source=KARARI_OFFICIAL, recipient=RELIEF_ORGS, location=KARARI, date=YESTERDAY),
        # ¶15: a military source rejects the humanitarian truce proposed by local organisations (the
        # proposal optional)
        E(True, ["REJECT"], [15], "ورفض", ["asserted"],
          source=SAF_SOURCE, recipient=LOCAL_ORGS, location=BAHRI, date=TODAY),
        E(False, ["AGREE"], [15], "قدّمته", ["asserted"],
          source=LOCAL_ORGS, location=BAHRI, date=TODAY),
        # paragraph 16 (Bahri emptied: aggregates) holds no event; ¶17, the funeral, is a paragraph of the
        # main event
    ],
)
