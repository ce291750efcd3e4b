"""Gold of article 659: the eastern army's entry into the old town of Derna, the families trapped there, the
humanitarian corridor, the aid bodies' call and the fighters arrested (Derna, eastern Libya), a Cairo-based
Egyptian state-owned daily newspaper's website, 2018-06-11 (Mon)."""
from actors_places import (
    BAB_TOBRUK,
    BATTLE_659,
    DERNA,
    DERNA_DELEGATION,
    DERNA_EAST_COAST,
    DERNA_IDPS,
    DERNA_NOTABLES,
    DPF,
    DPF_CAUGHT,
    DPF_DISARM,
    DPF_HOLDOUTS,
    DPF_LEADERS,
    EG_MFA,
    EG_RED_CRESCENT,
    HCS,
    HIST_BATTLE_659,
    HOR_SPEAKER,
    ICRC_UNSMIL,
    KHREIBISH,
    LEAVING_FAMILIES,
    LNA,
    LNA_AIR,
    LNA_ARTILLERY,
    LNA_COMMANDER,
    LNA_FORCES,
    LNA_MP,
    LNA_SUPPORTED,
    OLD_TOWN,
    OPS_ROOM_659,
    PARTIES_659,
    QUBBA,
    SHIHA_MAGHAR,
    TRAPPED_659,
)
from common import AIR, ARREST, CLASH, SHELL, D, E, paras_of

SLUG = "derna_2018_old_town_bab_tobruk_benghazi"
TODAY = D("2018-06-11")
YESTERDAY = D("2018-06-10")
SINCE_YESTERDAY = D("2018-06-10", "day", ("2018-06-10", "2018-06-11"))
LATELY = D("2018-06-11", "day", ("2018-06-10", "2018-06-11"))
FOR_WEEKS = D("2018-06-11", "week", ("2018-05-14", "2018-06-11"))
ARTICLE = dict(
    id="team132-659", slug=SLUG, published="2018-06-11",
    outlet="Sawt al-Nil, a Cairo-based Egyptian state-owned daily newspaper's website (fictional)",
    paras=paras_of(f"659_{SLUG}.txt"),
    events=[
        # the lead, after the dateline «طبرق»: air strikes on Shiha and al-Maghar since yesterday's dawn (core
        # ASSAULT, Air/drone strike); the artillery on the eastern coast is optional
        E(True, ["ASSAULT"], [1], "غارات", ["asserted"], mode="aerial", source=LNA_AIR, recipient=DPF,
          location=SHIHA_MAGHAR, date=SINCE_YESTERDAY,
          attribution=["المركز الإعلامي لغرفة عمليات عمر المختار"], acled=AIR),
        E(False, ["ASSAULT"], [1], "قصف مدفعي", ["asserted"], mode="heavy-weapons", source=LNA_ARTILLERY,
          location=DERNA_EAST_COAST, date=SINCE_YESTERDAY, acled=SHELL),
        # the main event, in ¶2 after the strikes: army units storm the old town yesterday evening, 19 killed
        # per a military source; ¶9, a wounded soldier's account («القتلى التسعة عشر»), and the headline
        # name it
        E(True, ["ASSAULT"], [0, 2, 9], "اقتحام", ["asserted"], mode="firearms", source=BATTLE_659,
          location=OLD_TOWN, date=YESTERDAY, fatalities=19, attribution=["مصدر عسكري"], acled=CLASH, tpara=2),
        # ¶3: the army's cordon round the old town, with some 150 families caught inside (core COERCE)
        E(True, ["COERCE"], [3], "طوقاً", ["asserted"], mode="restrict", source=LNA, recipient=TRAPPED_659,
          location=OLD_TOWN, date=FOR_WEEKS, attribution=["فرع الهلال الأحمر الليبي في درنة"]),
        # ¶4: a humanitarian corridor opened at Bab Tobruk (core RETREAT, access); the first families leaving
        # through it are optional
        E(True, ["RETREAT"], [4], "وفتحت", ["asserted"], mode="access", source=OPS_ROOM_659,
          location=BAB_TOBRUK, date=TODAY),
        E(False, ["RETREAT"], [4], "خرجت", ["asserted"], source=LEAVING_FAMILIES, location=BAB_TOBRUK,
          date=TODAY),
        # paragraph 5 (Derna: a description) holds no event; ¶6: the ICRC and the UN mission call on the
        # parties to let the wounded out and medicines in (core REQUEST)
        E(True, ["REQUEST"], [6], "ودعت", ["asserted"], source=ICRC_UNSMIL, recipient=PARTIES_659,
          location=DERNA, date=LATELY),
        # ¶7: eight fighters caught among the families at the corridor (core COERCE, Arrests)
        E(True, ["COERCE"], [7], "القبض", ["asserted"], mode="arrest", source=LNA_MP, recipient=DPF_CAUGHT,
          location=BAB_TOBRUK, date=TODAY, acled=ARREST),
        # ¶8: a field commander's words to journalists at the Karsa gate: his forces will fall on the rest
        # «بمجرد أن» the last civilians are out (core THREATEN); his call to surrender is optional
        E(True, ["THREATEN"], [8], "ستنقض", ["asserted"], mode="violence", source=LNA_COMMANDER,
          recipient=DPF_HOLDOUTS, location=OLD_TOWN, date=LATELY),
        E(False, ["REQUEST"], [8], "داعياً", ["asserted"], source=LNA_COMMANDER, recipient=DPF_HOLDOUTS,
          date=LATELY),
        # ¶9 is a paragraph of the main event; ¶10: notables said to be talking to the force's commanders,
        # denied by the operations room (core CONSULT, rumored)
        E(True, ["CONSULT"], [10], "اتصالات", ["rumored"], mode="third-party", source=DERNA_NOTABLES,
          recipient=DPF_LEADERS, location=DERNA, date=None, attribution=["مصادر محلية"]),
        # paragraph 11 (a trapped woman's words) holds no event; background in «وكانت … قد», at another
        # place: Khreibish in Benghazi taken on 28 December (core, historical, Armed clash)
        E(True, ["ASSAULT"], [12], "سيطرت", ["historical", "asserted"], mode="firearms",
          source=HIST_BATTLE_659, location=KHREIBISH, date=D("2017-12-28"), acled=CLASH),
        # ¶13: the High Council of State accuses the army of hitting civilians (core ACCUSE)
        E(True, ["ACCUSE"], [13], "واتهم", ["asserted"], source=HCS, recipient=LNA_FORCES, location=DERNA,
          date=LATELY),
        # ¶14: no fighter has handed in his weapon (core RETREAT, negated); the deadline that ran out
        # yesterday is optional (THREATEN)
        E(True, ["RETREAT"], [14], "يسلّم", ["negated"], mode="disarm", source=DPF_DISARM, location=OLD_TOWN,
          date=None),
        E(False, ["THREATEN"], [14], "المهلة", ["historical", "asserted"], source=OPS_ROOM_659,
          recipient=DPF_DISARM, date=YESTERDAY),
        # ¶15: Egypt's foreign ministry renews its support for the army (core SUPPORT)
        E(True, ["SUPPORT"], [15], "دعم", ["asserted"], source=EG_MFA, recipient=LNA_SUPPORTED, date=LATELY),
        # ¶16: an Egyptian Red Crescent convoy due «يوم الخميس المقبل» (core AID, planned)
        E(True, ["AID"], [16], "قافلة", ["planned"], mode="humanitarian", source=EG_RED_CRESCENT,
          recipient=DERNA_IDPS, location=DERNA, date=D("2018-06-14")),
        # ¶17: the speaker of parliament receives Derna's notables in al-Qubba (core CONSULT); his pledge is
        # optional
        E(True, ["CONSULT"], [17], "واستقبل", ["asserted"], mode="visit", source=HOR_SPEAKER,
          recipient=DERNA_DELEGATION, location=QUBBA, date=TODAY),
        E(False, ["AGREE"], [17], "وتعهد", ["asserted"], source=HOR_SPEAKER, recipient=DERNA_DELEGATION,
          date=TODAY),
    ],
)
