"""Gold of article 506: Afrin and the northern Aleppo countryside (Afrin, Sheikh al-Hadid, Rajo, Jandairis,
the road to Tal Rifaat), a Qamishli-based Kurdish news agency's Arabic-language service, 2018-03-19 (Mon)."""
from actors_places import (
    AFRIN,
    AFRIN_CONVOY,
    AFRIN_DISPLACED,
    AFRIN_MAHMOUDIYA,
    AFRIN_PEOPLE,
    AFRIN_RESIDENTS,
    AFRIN_TAL_RIFAAT_ROAD,
    ANKARA_AFRIN,
    AUTONOMOUS_ADMIN,
    DISPLACED_FAMILIES,
    FACTION_GUNMEN,
    FACTION_MEMBERS,
    INTERNATIONAL_COMMUNITY,
    JANDAIRIS,
    JANDAIRIS_VICTIMS,
    KURDISH_RC,
    OCCUPATION_MERCENARIES,
    RAJO,
    SHEIKH_HADID,
    SNA,
    TAL_RIFAAT,
    TAL_RIFAAT_DISPLACED,
    TR_AIR,
    TR_AIR_FEB,
    TR_ARMY,
    TR_ARMY_SNA,
    TR_GENERAL_STAFF,
    TR_PRESIDENCY,
    TR_RED_CRESCENT,
    UN,
    YPG,
    YPG_PRISONERS,
)
from common import AIR, DESTRUCTION, SHELL, TRANSFER, D, E, paras_of

SLUG = "aleppo_2018_afrin_jandairis_entry_looting"
TODAY = D("2018-03-19")
YESTERDAY = D("2018-03-18")
SINCE_YESTERDAY = D("2018-03-18", "day", ("2018-03-18", "2018-03-19"))
ARTICLE = dict(
    id="team102-506", slug=SLUG, published="2018-03-19",
    outlet="Shar news agency, a Qamishli-based Kurdish news agency's Arabic-language service (fictional)",
    paras=paras_of(f"506_{SLUG}.txt"),
    events=[
        # ¶1 (no dateline; «عفرين» in the first sentence): the Turkish army and its factions enter Afrin
        # «صباح أمس الأحد» after the YPG left it without fighting: a takeover without fighting (core COERCE
        # seize, ASSAULT also accepted; Non-violent transfer of territory); the headline 0 names it. The
        # time is told after the act in its own clause («، وذلك بعد نحو شهرين…»); the YPG's withdrawal
        # during the night is an optional RETREAT
        E(True, ["COERCE", "ASSAULT"], [0, 1], "دخل", ["asserted"], mode="seize",
          source=TR_ARMY_SNA, location=AFRIN, date=YESTERDAY, acled=TRANSFER, tpara=1),
        E(False, ["RETREAT"], [1], "انسحاب", ["asserted"], mode="withdraw",
          source=YPG, location=AFRIN, date=D("2018-03-18", "day", ("2018-03-17", "2018-03-18"))),
        # the main event, in ¶2 after the entry (not first in the lead): shells on a convoy of displaced
        # people at the town's eastern exit «مساء السبت»; seven killed per the Kurdish Red Crescent, eleven
        # per Afrin's health authority → 7; ¶3 the Turkish General Staff's version («استهدفت مواقع
        # الإرهابيين حصراً»), ¶17 the burial of «القتلى السبعة»
        E(True, ["ASSAULT"], [0, 2, 3, 17], "قذائف مدفعية", ["asserted", "reported"], mode="heavy-weapons",
          source=TR_ARMY, recipient=AFRIN_CONVOY, location=AFRIN, date=D("2018-03-17"), fatalities=7,
          attribution=["الهلال الأحمر الكردي", "هيئة الصحة في مقاطعة عفرين"], acled=SHELL, tpara=2),
        # ¶3: the General Staff's denial that civilians were hit: optional REJECT
        E(False, ["REJECT"], [3], "ونفت", ["asserted"],
          source=TR_GENERAL_STAFF, date=D("2018-03-19", "day", ("2018-03-17", "2018-03-19"))),
        # ¶4: looting by members of the factions since yesterday noon, told by the agency's correspondent
        # from residents (core COERCE confiscate, ASSAULT also accepted, reported; Destruction of property);
        # the headline 0 names the accusations; the videos are part of the same report
        E(True, ["COERCE", "ASSAULT"], [0, 4], "نهبوا", ["reported", "asserted"], mode="confiscate",
          source=FACTION_MEMBERS, location=AFRIN_MAHMOUDIYA, date=SINCE_YESTERDAY,
          attribution=["مراسل «شار» في ريف عفرين", "أهالٍ بقوا في المدينة"], acled=DESTRUCTION, tpara=4),
        # ¶5 (subject–verb–object, a long parenthetical between the subject and «نفى»): the SNA denies
        # organised looting (core REJECT); its pledge to hold looters to account is an optional AGREE
        E(True, ["REJECT"], [5], "نفى", ["asserted"],
          source=SNA, date=YESTERDAY),
        E(False, ["AGREE"], [5], "وتعهّد", ["asserted"],
          source=SNA, date=YESTERDAY),
        # paragraph 6 (Afrin: a description, a standing situation) holds no event
        # ¶7: the columns of displaced people leaving since Friday dawn (civilians fleeing: optional RETREAT)
        # and the road to Tal Rifaat cut by the factions' gunmen this morning, the families kept from it (one
        # core COERCE restrict, two verbs; «بين عفرين وتل رفعت»)
        E(False, ["RETREAT"], [7], "خروج", ["asserted"], mode="withdraw",
          source=AFRIN_DISPLACED, location=AFRIN, date=D("2018-03-16", "day", ("2018-03-16", "2018-03-19"))),
        E(True, ["COERCE"], [7], "قطع", ["asserted"], mode="restrict",
          source=FACTION_GUNMEN, recipient=DISPLACED_FAMILIES, location=AFRIN_TAL_RIFAAT_ROAD, date=TODAY),
        # ¶8: the statement promising the return of the displaced: the Turkish presidency's spokesman pledges
        # in Ankara (core AGREE); the return itself is an optional planned RETREAT, the Turkish Red Crescent's
        # meals an optional AID told in his words
        E(True, ["AGREE"], [8], "وتعهّد", ["asserted"],
          source=TR_PRESIDENCY, recipient=AFRIN_PEOPLE, location=ANKARA_AFRIN, date=TODAY),
        E(False, ["RETREAT"], [8], "يعود", ["planned"], mode="return",
          source=AFRIN_PEOPLE, location=AFRIN, date=None),
        E(False, ["AID"], [8], "توزيع", ["reported", "asserted"], mode="humanitarian",
          source=TR_RED_CRESCENT, location=AFRIN, date=SINCE_YESTERDAY),
        # ¶9: a field execution of three captured YPG fighters near Rajo rumoured by local pages, unconfirmed;
        # no time is given, so no date
        E(True, ["ASSAULT"], [9], "إعدام", ["rumored"], mode="execute",
          recipient=YPG_PRISONERS, location=RAJO, date=None, attribution=["صفحات محلية على مواقع التواصل"]),
        # ¶10: the YPG command's conditional threat (asserted); the strikes it threatens are hypothetical
        # (optional), its call on residents an optional REQUEST
        E(True, ["THREATEN"], [10], "متوعدة", ["asserted"], mode="violence",
          source=YPG, recipient=OCCUPATION_MERCENARIES, location=AFRIN, date=TODAY),
        E(False, ["ASSAULT"], [10], "سيضربون", ["hypothetical"], mode="firearms",
          source=YPG, location=AFRIN, date=None),
        E(False, ["REQUEST"], [10], "وداعيةً", ["asserted"],
          source=YPG, recipient=AFRIN_RESIDENTS, date=TODAY),
        # ¶11, one sentence, two events: the Kurdish Red Crescent's convoy due «يوم غدٍ الثلاثاء» (planned
        # AID) and no UN convoy entered the area (core AID, negated)
        E(True, ["AID"], [11], "تنطلق", ["planned"], mode="humanitarian",
          source=KURDISH_RC, recipient=TAL_RIFAAT_DISPLACED, location=TAL_RIFAAT, date=D("2018-03-20")),
        E(True, ["AID"], [11], "تدخل", ["negated"], mode="humanitarian",
          source=UN, location=TAL_RIFAAT, date=SINCE_YESTERDAY),
        # paragraph 12 (the number of displaced people: an aggregate) holds no event
        # ¶13 (verb–subject–object, a purpose clause «تمهيداً لتقدّم الفصائل»): Turkish air strikes on the
        # villages of Sheikh al-Hadid on Thursday and Friday (one event), no toll known
        E(True, ["ASSAULT"], [13], "غارات مكثفة", ["asserted"], mode="aerial",
          source=TR_AIR, location=SHEIKH_HADID, date=D("2018-03-15", "day", ("2018-03-15", "2018-03-16")),
          acled=AIR),
        # background at another place, in «وكانت … قد»: a Turkish air strike on a bakery in Jandairis on
        # 8 February (5)
        E(True, ["ASSAULT"], [14], "استهدفت", ["historical", "asserted"], mode="aerial",
          source=TR_AIR_FEB, recipient=JANDAIRIS_VICTIMS, location=JANDAIRIS, date=D("2018-02-08"),
          fatalities=5, acled=AIR),
        # ¶15, one sentence, two events joined with «و» and a second verb: the Autonomous Administration
        # blames the international community (core ACCUSE) and asks the UN for safe corridors and an inquiry
        # (core REQUEST)
        E(True, ["ACCUSE"], [15], "وحمّلت", ["asserted"],
          source=AUTONOMOUS_ADMIN, recipient=INTERNATIONAL_COMMUNITY, date=TODAY),
        E(True, ["REQUEST"], [15], "وطالبت", ["asserted"],
          source=AUTONOMOUS_ADMIN, recipient=UN, date=TODAY),
        # paragraph 16 (a displaced woman's words) holds no event; ¶17, the burial, is a paragraph of the
        # main event
    ],
)
