"""Gold of article 645: an air strike on Kauda's airstrip, food and water handed out to those who fled to
al-Rahad, Nuba young men held at checkpoints (reported), the fighting round Abu Kershola since Saturday (main
event, told in ¶4 after the air strike, the aid and the arrests; twenty-four dead by the al-Rahad hospital's
count), the front's accusation (the army's counter-charge optional), the state radio's threat, the AU panel's
phone calls, the front's refusal to withdraw, executions told among those who fled (rumoured), the aid teams
kept out (negated), the Secretary-General's call, an air strike on Umm Dorein in May 2012, food distribution
due on Friday and military reinforcements (South Kordofan and North Kordofan, Sudan), a Nairobi-based Sudanese
exile news website, 2013-05-01 (Wed). Dateline from Kauda, a rebel-held town in the mountains of the same
state."""
from actors_places import (
    ABU_KERSHOLA,
    ABU_KERSHOLA_BATTLE,
    ABU_KERSHOLA_ROAD,
    AID_TEAMS,
    AU_PANEL,
    GOVERNMENT_OFFICIALS,
    KADUGLI,
    KAUDA,
    KAUDA_VICTIMS,
    LOCAL_AUTHORITIES_645,
    MILITARY_POLICE_645,
    NISS,
    NUBA_YOUTHS,
    PHONE_TALKS,
    RAHAD,
    RAHAD_DISPLACED,
    RAHAD_ROAD,
    REBELS_AND_HOSTS,
    RIGHTS_GROUPS,
    SAF,
    SAF_AIR,
    SAF_CONVOY,
    SAF_SPOKESMAN,
    SOUTH_KORDOFAN,
    SRCS,
    SRF,
    STATE_SECURITY_COMMITTEE,
    SUDAN_GOVERNMENT,
    UMM_DOREIN,
    UMM_DOREIN_VICTIMS,
    UN_SECRETARY_GENERAL,
    WFP,
)
from common import AIR, ARREST, CLASH, D, E, paras_of

SLUG = "abu_kershola_2013_kauda_rahad"
YESTERDAY = D("2013-04-30")
TODAY = D("2013-05-01")
TODAY_OR_EVE = D("2013-05-01", "day", ("2013-04-30", "2013-05-01"))
SINCE_SATURDAY = D("2013-04-30", "day", ("2013-04-27", "2013-05-01"))
ARTICLE = dict(
    id="team129-645", slug=SLUG, published="2013-05-01",
    outlet="Rawakeeb Net, a Nairobi-based Sudanese exile news website (fictional)",
    paras=paras_of(f"645_{SLUG}.txt"),
    events=[
        # ¶1 (dateline from Kauda, verb first): the bombs dropped on the airstrip and the fields, also in the
        # headline
        E(True, ["ASSAULT"], [0, 1], "ألقت", ["asserted"], mode="aerial", source=SAF_AIR,
          recipient=KAUDA_VICTIMS, location=KAUDA, date=TODAY, attribution=["مراسل «رواكيب نت»"], acled=AIR,
          tpara=1),
        # ¶2 (adverbial first): water, sorghum and blankets handed out to those who fled to al-Rahad
        E(True, ["AID"], [2], "وزعت", ["asserted"], mode="humanitarian", source=SRCS,
          recipient=RAHAD_DISPLACED, location=RAHAD, date=TODAY_OR_EVE, attribution=["متطوع في الجمعية"]),
        # ¶3: arrests at the checkpoints, told by witnesses (reported first)
        E(True, ["COERCE"], [3], "اعتقلوا", ["reported", "asserted"], mode="arrest", source=NISS,
          recipient=NUBA_YOUTHS, location=RAHAD_ROAD, date=SINCE_SATURDAY,
          attribution=["شهود وصلوا إلى كاودا"], acled=ARREST),
        # MAIN EVENT, told in ¶4 after three other core events: the fighting round Abu Kershola, both sides as
        # source; the teacher's account ¶5 (one count: 24); the town's seizure on Saturday, recalled in a
        # relative clause, and the house searches optional
        E(True, ["ASSAULT"], [0, 4, 5], "المعارك", ["asserted"], mode="firearms", source=ABU_KERSHOLA_BATTLE,
          location=ABU_KERSHOLA, date=SINCE_SATURDAY, fatalities=24, attribution=["مستشفى الرهد الريفي"],
          acled=CLASH, tpara=4),
        E(False, ["ASSAULT"], [4], "سيطرت", ["historical", "asserted"], mode="firearms", source=SRF,
          location=ABU_KERSHOLA, date=D("2013-04-27")),
        E(False, ["COERCE"], [5], "يفتشون", ["asserted"], mode="restrict", date=None),
        # ¶6: the front's accusation; the army spokesman's counter-charge optional
        E(True, ["ACCUSE"], [6], "واتهمت", ["asserted"], source=SRF, recipient=SUDAN_GOVERNMENT,
          date=TODAY_OR_EVE),
        E(False, ["ACCUSE"], [6], "بدأوا", ["asserted"], source=SAF_SPOKESMAN, recipient=SRF,
          date=TODAY_OR_EVE),
        # ¶7: the threat broadcast by the state radio; its call to inform on suspects optional
        E(True, ["THREATEN"], [7], "تتوعد", ["asserted"], mode="violence", source=STATE_SECURITY_COMMITTEE,
          recipient=REBELS_AND_HOSTS, location=KADUGLI,
          date=D("2013-04-30", "day", ("2013-04-30", "2013-05-01"))),
        E(False, ["REQUEST"], [7], "وتدعو", ["asserted"], source=STATE_SECURITY_COMMITTEE, date=TODAY_OR_EVE),
        # ¶8: the AU panel's two phone calls; its offer to host talks optional
        E(True, ["CONSULT"], [8], "وبحث", ["asserted"], mode="phone", source=PHONE_TALKS,
          recipient=PHONE_TALKS, date=YESTERDAY),
        E(False, ["AGREE"], [8], "استعداد", ["asserted"], source=AU_PANEL, date=YESTERDAY),
        # ¶9 (Kauda) holds no event. ¶10: the front's refusal to withdraw; the settlement it names (optional,
        # hypothetical) and its charge (a participle, optional)
        E(True, ["REJECT"], [10], "ورفضت", ["asserted"], source=SRF, location=ABU_KERSHOLA, date=YESTERDAY),
        E(False, ["AGREE"], [10], "تسوية", ["hypothetical"], date=None),
        E(False, ["ACCUSE"], [10], "متهمة", ["asserted"], source=SRF, date=YESTERDAY),
        # ¶11: executions told among those who fled and unverified (rumoured); the rights groups' demand
        # optional
        E(True, ["ASSAULT"], [11], "إعدامات", ["rumored"], mode="execute", recipient=GOVERNMENT_OFFICIALS,
          location=ABU_KERSHOLA, date=None, attribution=["أوساط الفارين"]),
        E(False, ["REQUEST"], [11], "المطالبة", ["asserted"], source=RIGHTS_GROUPS, date=None),
        # ¶12 (the shortest; a verb of not letting): the aid teams kept out (negated)
        E(True, ["RETREAT", "COERCE"], [12], "تسمح", ["negated"], mode="access", source=SAF,
          recipient=AID_TEAMS, date=D("2013-04-29", "day", ("2013-04-29", "2013-05-01"))),
        # ¶13: the Secretary-General's call (his second call, a participle, is the same event)
        E(True, ["REQUEST"], [13], "ودعا", ["asserted"], source=UN_SECRETARY_GENERAL, location=SOUTH_KORDOFAN,
          date=TODAY_OR_EVE),
        # ¶14, «وكان … قد» at another place: the air strike on the Umm Dorein market on 23 May 2012 (core,
        # historical; 3)
        E(True, ["ASSAULT"], [14], "قصف", ["historical", "asserted"], mode="aerial", source=SAF_AIR,
          recipient=UMM_DOREIN_VICTIMS, location=UMM_DOREIN, date=D("2012-05-23"), fatalities=3, acled=AIR),
        # ¶15: the food distribution «يوم الجمعة المقبل» (planned); the local authorities' pledge optional
        E(True, ["AID"], [15], "توزيع", ["planned"], mode="humanitarian", source=WFP,
          recipient=RAHAD_DISPLACED, location=RAHAD, date=D("2013-05-03")),
        E(False, ["AGREE"], [15], "تعهد", ["asserted"], source=LOCAL_AUTHORITIES_645, date=None),
        # ¶16 (a mother in a cave) holds no event. ¶17 (a verb after a place and a time, its subject last):
        # the military convoy; the new checkpoints optional
        E(True, ["MOBILIZE"], [17], "ووصلت", ["asserted"], mode="troops", source=SAF_CONVOY, location=RAHAD,
          date=YESTERDAY, attribution=["مصدر في الشرطة"]),
        E(False, ["COERCE"], [17], "حواجز", ["asserted"], mode="restrict", source=MILITARY_POLICE_645,
          location=ABU_KERSHOLA_ROAD, date=YESTERDAY),
    ],
)
