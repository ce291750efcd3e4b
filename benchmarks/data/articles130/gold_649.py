"""Gold of article 649: Azzan retaken and Habban left by Ansar al-Sharia, with mines in the streets and the
suicide attack on the parade rehearsal in Sanaa recalled (Shabwa, Yemen), a Yemeni defence ministry's army
newspaper website based in Sanaa, 2012-06-16 (Sat)."""
from actors_places import (
    AQAP_649,
    AQAP_PRISONERS,
    ATAQ,
    ATAQ_SCHOOLS,
    ATAQ_WOUNDED,
    AZZAN,
    AZZAN_ATAQ_ROAD,
    AZZAN_FAMILIES,
    AZZAN_HABBAN,
    AZZAN_HILLS,
    AZZAN_MOUNTAINS,
    AZZAN_NOTABLES,
    AZZAN_SQUARE,
    BATTLE_649,
    FLEEING_AQAP,
    HABBAN,
    HABBAN_CHILDREN,
    PARADE_SOLDIERS,
    POPULAR_COMMITTEES_649,
    SABEEN_BOMBER,
    SABEEN_SQUARE,
    SHABWA_AUTHORITIES,
    SHABWA_CITIZENS,
    SHABWA_GOVERNOR,
    SHABWA_SECURITY_COMMITTEE,
    SHABWA_SHEIKHS,
    SHABWA_TRIBES,
    YE_AIR,
    YE_COMMANDER,
    YE_GOV,
    YE_MINISTER,
    YE_MOD,
    YRCS,
)
from common import AIR, ARREST, CLASH, MINE, TRANSFER, D, E, paras_of

SLUG = "shabwa_2012_azzan_habban_ataq_sanaa"
TODAY = D("2012-06-16")
YESTERDAY = D("2012-06-15")
LATELY = D("2012-06-16", "day", ("2012-06-15", "2012-06-16"))
SINCE_DAWN_YESTERDAY = D("2012-06-15", "day", ("2012-06-15", "2012-06-16"))
THURSDAY_NIGHT = D("2012-06-14", "day", ("2012-06-14", "2012-06-15"))
THREE_DAYS = D("2012-06-15", "day", ("2012-06-13", "2012-06-15"))
ARTICLE = dict(
    id="team130-649", slug=SLUG, published="2012-06-16",
    outlet="Al-Saff al-Awwal, a Yemeni defence ministry's army newspaper website based in Sanaa (fictional)",
    paras=paras_of(f"649_{SLUG}.txt"),
    events=[
        # the lead (no dateline; «عزان» in the first sentence): a mine left by al-Qaeda kills two children in
        # Habban this morning (core ASSAULT, Remote explosive)
        E(True, ["ASSAULT"], [1], "بانفجار", ["asserted", "reported"], mode="explosives", source=AQAP_649,
          recipient=HABBAN_CHILDREN, location=HABBAN, date=TODAY, fatalities=2, attribution=["مصدر محلي"],
          acled=MINE),
        # ¶2: air raids on the mountains round Azzan since dawn yesterday (core ASSAULT, Air strike)
        E(True, ["ASSAULT"], [2], "وشنت", ["asserted"], mode="aerial", source=YE_AIR, recipient=AQAP_649,
          location=AZZAN_HILLS, date=SINCE_DAWN_YESTERDAY, attribution=["مصدر عسكري"], acled=AIR),
        # paragraph 3 (Azzan: a description) holds no event; ¶4: Ansar al-Sharia leave Habban on Thursday
        # night without a fight and the army walks in (core RETREAT, Non-violent transfer of territory; the
        # headline's «يطهّرون حبان»)
        E(True, ["RETREAT"], [0, 4], "وأخلى", ["asserted"], mode="withdraw", source=AQAP_649, location=HABBAN,
          date=THURSDAY_NIGHT, attribution=["مصدر في قيادة الحملة"], acled=TRANSFER, tpara=4),
        # the main event, in ¶5 after the mine, the air raids and Habban: the army and the popular committees
        # retake Azzan after three days of battles, 21 killed per the higher security committee; ¶6, «في
        # حين», the 26 of a medical source in Ataq (→ 21), and the headline name it. The flight of the rest is
        # optional
        E(True, ["ASSAULT"], [0, 5, 6], "واستعادت", ["asserted", "reported"], mode="firearms",
          source=BATTLE_649, location=AZZAN, date=THREE_DAYS, fatalities=21,
          attribution=["اللجنة الأمنية العليا", "مصدر طبي في مستشفى عتق العام"], acled=CLASH, tpara=5),
        E(False, ["RETREAT"], [5], "فر بقية", ["asserted"], mode="withdraw", source=AQAP_649, location=AZZAN,
          date=YESTERDAY),
        # ¶7: the campaign commander's speech to the troops in Azzan's square threatens the fugitives
        # «حالما تقترب من أي قرية» (core THREATEN)
        E(True, ["THREATEN"], [7], "وتوعد", ["asserted"], mode="violence", source=YE_COMMANDER,
          recipient=FLEEING_AQAP, location=AZZAN_SQUARE, date=TODAY),
        # ¶8: the tribes call up hundreds of armed men for the popular committees (core MOBILIZE); their
        # checkpoints are optional
        E(True, ["MOBILIZE"], [8], "واستنفرت", ["asserted"], mode="troops", source=SHABWA_TRIBES,
          location=AZZAN_HABBAN, date=LATELY),
        E(False, ["COERCE"], [8], "وأقامت", ["asserted"], mode="restrict", source=POPULAR_COMMITTEES_649,
          location=AZZAN_HABBAN, date=LATELY),
        # ¶9: seven fleeing al-Qaeda men caught at a checkpoint (core COERCE, Arrests); the weapons seized in
        # their car are optional
        E(True, ["COERCE"], [9], "وألقت", ["asserted"], mode="arrest", source=POPULAR_COMMITTEES_649,
          recipient=AQAP_PRISONERS, location=AZZAN_ATAQ_ROAD, date=LATELY, acled=ARREST),
        E(False, ["COERCE"], [9], "ضُبطت", ["asserted", "reported"], mode="confiscate",
          source=POPULAR_COMMITTEES_649, location=AZZAN_ATAQ_ROAD, date=LATELY),
        # background in «وكان … قد», at another place: the suicide bombing of the parade rehearsal on
        # al-Sabeen Square in Sanaa on 21 May, more than ninety soldiers killed (core, historical; goldkit has
        # no «Suicide bomb» label, so the explosives one)
        E(True, ["ASSAULT"], [10], "فجّر", ["historical", "asserted"], mode="suicide-attack",
          source=SABEEN_BOMBER, recipient=PARADE_SOLDIERS, location=SABEEN_SQUARE, date=D("2012-05-21"),
          fatalities=90, acled=MINE),
        # ¶11: three notables of Azzan said to have been abducted by the retreating fighters (core ASSAULT,
        # rumored)
        E(True, ["ASSAULT"], [11], "اختطاف", ["rumored"], mode="abduct", source=AQAP_649,
          recipient=AZZAN_NOTABLES, location=AZZAN_MOUNTAINS, date=None, attribution=["أنباء تتردد في عتق"]),
        # ¶12: the governor of Shabwa asks the government for demining teams (core REQUEST)
        E(True, ["REQUEST"], [12], "وطالب", ["asserted"], source=SHABWA_GOVERNOR, recipient=YE_GOV,
          date=LATELY),
        # ¶13: the reinforcements announced by the defence ministry have not arrived (core MOBILIZE, negated)
        E(True, ["MOBILIZE"], [13], "التعزيزات", ["negated"], mode="troops", source=YE_MOD, date=None),
        # ¶14: the Yemen Red Crescent hands food and water tanks to some 400 displaced families in Ataq
        # (core AID)
        E(True, ["AID"], [14], "وسلّمت", ["asserted"], mode="humanitarian", source=YRCS,
          recipient=AZZAN_FAMILIES, location=ATAQ_SCHOOLS, date=YESTERDAY),
        # ¶15: a curfew in Azzan and Habban from tomorrow evening (core COERCE, planned); the security
        # committee's call on the citizens is optional
        E(True, ["COERCE"], [15], "حظراً", ["planned"], mode="curfew", source=SHABWA_AUTHORITIES,
          location=AZZAN_HABBAN, date=D("2012-06-17"),
          attribution=["قرار أصدرته اللجنة الأمنية في المحافظة"]),
        E(False, ["REQUEST"], [15], "دعت", ["asserted"], source=SHABWA_SECURITY_COMMITTEE,
          recipient=SHABWA_CITIZENS, date=TODAY),
        # paragraph 16 (a soldier's words) holds no event; ¶17: the defence minister meets the tribal sheikhs
        # in Ataq (core CONSULT); his praise and his visit to the wounded are optional
        E(True, ["CONSULT"], [17], "والتقى", ["asserted"], mode="visit", source=YE_MINISTER,
          recipient=SHABWA_SHEIKHS, location=ATAQ, date=TODAY),
        E(False, ["SUPPORT"], [17], "وأشاد", ["asserted"], source=YE_MINISTER, recipient=SHABWA_SHEIKHS,
          date=TODAY),
        E(False, ["CONSULT"], [17], "يتفقد", ["asserted"], mode="visit", source=YE_MINISTER,
          recipient=ATAQ_WOUNDED, location=ATAQ, date=TODAY),
    ],
)
