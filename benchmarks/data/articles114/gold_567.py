"""Gold of article 567: al-Waer and al-Zahraa in Homs city (the buses to Jarablus and Idlib, the al-Waer
checkpoints, the governorate building), a Beirut-based pro-government satellite channel's website,
2017-03-28 (Tue)."""
from actors_places import (
    AKRAMA,
    AL_BAB_ROAD,
    DEAL_PARTIES,
    HOMS_GOV_BUILDING,
    HOMS_GOVERNOR,
    HOMS_SOURCE,
    NEGOTIATION_COMMITTEE,
    REJECTIONISTS,
    RU_MP,
    RU_OFFICERS,
    RU_VEHICLES,
    SAA,
    SECURITY_COMMITTEE,
    SY_MFA,
    SY_MIL_SOURCE,
    SY_SECURITY,
    UN_AID_CONVOY,
    UN_LEADERS,
    UNSC,
    WAER_CHECKPOINT,
    WAER_ENTRANCE,
    WAER_FIGHTERS,
    WAER_FIGHTERS_FEB,
    WAER_HOMS,
    WAER_IDLIB,
    WAER_JARABLUS,
    WAER_SOUTH,
    WAER_YOUTHS,
    ZAHRAA,
    ZAHRAA_CIVILIANS,
)
from common import AGREEMENT, SHELL, D, E, paras_of

SLUG = "homs_2017_waer_zahraa_jarablus_batches"
TODAY = D("2017-03-28")
YESTERDAY = D("2017-03-27")
SINCE_YESTERDAY = D("2017-03-28", "day", ("2017-03-27", "2017-03-28"))
ARTICLE = dict(
    id="team114-567", slug=SLUG, published="2017-03-28",
    outlet="Al-Mada al-Shami, a Beirut-based pro-government satellite channel's website (fictional)",
    paras=paras_of(f"567_{SLUG}.txt"),
    events=[
        # ¶1 (dateline «بيروت», a foreign capital) and the headline: the third batch of al-Waer's fighters and
        # their families leave on 43 buses for Jarablus yesterday evening (core RETREAT withdraw; no label)
        E(True, ["RETREAT"], [0, 1], "غادرت", ["asserted"], mode="withdraw",
          source=WAER_FIGHTERS, location=WAER_JARABLUS, date=YESTERDAY,
          attribution=["مراسل «المدى الشامي» في حمص"], tpara=1),
        # the main event, in ¶2 after the departure of ¶1: four mortar shells on a market in al-Zahraa
        # yesterday morning, «من قبل مجموعات رافضة للاتفاق» per the police, four killed (one number); ¶3 the
        # negotiation committee's denial, ¶15 the foreign ministry's condemnation, ¶17 the funeral of
        # «الشهداء الأربعة»; the headline names it
        E(True, ["ASSAULT"], [0, 2, 3, 15, 17], "سقطت", ["asserted", "reported"], mode="heavy-weapons",
          source=REJECTIONISTS, recipient=ZAHRAA_CIVILIANS, location=ZAHRAA, date=YESTERDAY, fatalities=4,
          attribution=["قيادة شرطة حمص"], acled=SHELL, tpara=2),
        # ¶3: the denial (optional REJECT) and the counter-accusation of unnamed parties (optional ACCUSE)
        E(False, ["REJECT"], [3], "نفت", ["asserted"],
          source=NEGOTIATION_COMMITTEE, date=SINCE_YESTERDAY),
        E(False, ["ACCUSE"], [3], "متهمة", ["asserted"],
          source=NEGOTIATION_COMMITTEE, date=SINCE_YESTERDAY),
        # ¶4: the deal signed on 13 March in the governorate building under Russian guarantee (core AGREE,
        # historical, Agreement); its terms are no events
        E(True, ["AGREE"], [4], "وُقّع", ["historical", "asserted"],
          source=DEAL_PARTIES, location=HOMS_GOV_BUILDING, date=D("2017-03-13"), acled=AGREEMENT),
        # ¶5: the batch delayed because the security committee rejects 37 names on the lists (core REJECT);
        # «، وذلك بعد» tells the Russian officers' consultations after it (optional CONSULT third-party)
        E(True, ["REJECT"], [5], "رفضت", ["asserted"],
          source=SECURITY_COMMITTEE, date=YESTERDAY),
        E(False, ["CONSULT"], [5], "مشاورات", ["asserted"], mode="third-party",
          source=RU_OFFICERS, location=WAER_ENTRANCE, date=YESTERDAY),
        # ¶6: the fighters hand their medium weapons to the Russian military police at the checkpoint (core
        # RETREAT disarm); the Russian vehicles escorting the buses are optional (COOPERATE, MOBILIZE
        # accepted)
        E(True, ["RETREAT"], [6], "وسلّم", ["asserted"], mode="disarm",
          source=WAER_FIGHTERS, recipient=RU_MP, location=WAER_CHECKPOINT, date=YESTERDAY),
        E(False, ["COOPERATE", "MOBILIZE"], [6], "ورافقت", ["asserted"],
          source=RU_VEHICLES, location=AL_BAB_ROAD, date=YESTERDAY),
        # paragraph 7 (al-Waer: a description) holds no event
        # ¶8: eleven young men arrested after settling their status, rumoured on opposition pages and denied
        # (core COERCE, rumored; the denial optional REJECT)
        E(True, ["COERCE"], [8], "اعتقال", ["rumored", "reported"], mode="arrest",
          source=SY_SECURITY, recipient=WAER_YOUTHS, location=WAER_HOMS, date=None,
          attribution=["صفحات معارضة على «فيسبوك»"]),
        E(False, ["REJECT"], [8], "نفى", ["asserted"],
          source=HOMS_SOURCE, date=SINCE_YESTERDAY),
        # ¶9: a military source's conditional threat (core THREATEN); the «الحسم» threatened is optional,
        # hypothetical
        E(True, ["THREATEN"], [9], "وهدّد", ["asserted"], mode="violence",
          source=SY_MIL_SOURCE, date=SINCE_YESTERDAY),
        E(False, ["ASSAULT"], [9], "الحسم", ["hypothetical"], date=None),
        # ¶10: the fourth batch due to leave for Idlib on Saturday (core RETREAT, planned)
        E(True, ["RETREAT"], [10], "تخرج", ["planned"], mode="withdraw",
          location=WAER_IDLIB, date=D("2017-04-01"), attribution=["مصدر في «لجنة التفاوض»"]),
        # ¶11: the governor's pledge to bring back the state institutions (core AGREE); his tour with
        # Russian officers (optional CONSULT visit) and a UN aid convoy entering the district (optional AID)
        E(True, ["AGREE"], [11], "وتعهّد", ["asserted"],
          source=HOMS_GOVERNOR, date=YESTERDAY),
        E(False, ["CONSULT"], [11], "جولة", ["asserted"], mode="visit",
          source=HOMS_GOVERNOR, date=YESTERDAY),
        E(False, ["AID"], [11], "قافلة", ["asserted"], mode="humanitarian",
          source=UN_AID_CONVOY, date=YESTERDAY),
        # ¶12: the army not inside the district (core MOBILIZE, negated)
        E(True, ["MOBILIZE"], [12], "تدخل", ["negated"], mode="troops",
          source=SAA, date=TODAY),
        # paragraph 13 (a resident's words) holds no event
        # background at another place, in «وكان … قد»: the army's shelling of al-Waer's southern block on 7
        # February (core, historical, 7; Shelling); the shells on Akrama it answered are optional
        E(True, ["ASSAULT"], [14], "استهدفت", ["historical", "asserted", "reported"], mode="heavy-weapons",
          source=SAA, recipient=WAER_FIGHTERS_FEB, location=WAER_SOUTH, date=D("2017-02-07"), fatalities=7,
          attribution=["مصدر عسكري"], acled=SHELL),
        E(False, ["ASSAULT"], [14], "قذائف", ["historical", "asserted"], mode="heavy-weapons",
          location=AKRAMA, date=None),
        # ¶15, subject–verb–object with a long parenthetical: the foreign ministry condemns the shells (core
        # ACCUSE, no recipient named) and asks the Security Council to condemn their backers (core REQUEST);
        # its letters are in the relative clause (optional CONSULT)
        E(True, ["ACCUSE"], [15], "دانت", ["asserted"],
          source=SY_MFA, date=SINCE_YESTERDAY),
        E(True, ["REQUEST"], [15], "وطالبت", ["asserted"],
          source=SY_MFA, recipient=UNSC, date=SINCE_YESTERDAY),
        E(False, ["CONSULT"], [15], "وجّهت", ["asserted"],
          source=SY_MFA, recipient=UN_LEADERS, date=None),
        # paragraph 16 (the people who left since 18 March and those who stay: aggregates) holds no event;
        # ¶17, the funeral, is a paragraph of the main event
    ],
)
