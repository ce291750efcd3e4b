"""Gold of article 276: Tafas (the eastern checkpoint, the southern farms), al-Yadudah, al-Muzayrib, Daraa
city, and the Tell Shihab–Zayzun road (western Daraa countryside, Syria), an opposition news site of Horan,
2020-05-27 (Wed)."""
from actors_places import (
    CENTRAL_COMMITTEE,
    DARAA_CITY,
    DARAA_SETTLEMENT,
    DARAA_WEST,
    DARAA_WEST_ENTRANCE,
    EX_COMMANDER_8TH,
    FOURTH_DIV,
    FOURTH_DIV_CHECKPOINT,
    FOURTH_DIV_HEZBOLLAH,
    FOURTH_DIV_OFFICER,
    ISIS_EMIR,
    MIL_SECURITY,
    MILSEC_CAR,
    MUZAYRIB,
    RU_MP,
    RUSSIA_SIDE,
    TAFAS,
    TAFAS_EAST,
    TAFAS_GUNMEN,
    TAFAS_NOTABLES,
    TAFAS_SOUTH_FARMS,
    TAFAS_STRIKERS,
    TAFAS_YOUTHS,
    TELL_SHIHAB_ZAYZUN,
    YADUDAH,
)
from common import AGREEMENT, ARREST, CLASH, MINE, PEACEFUL, SHELL, D, E, paras_of

SLUG = "tafas_2020_yadudah_muzayrib_tell_shihab_daraa"
TODAY = D("2020-05-27")
YESTERDAY = D("2020-05-26")
SINCE_YESTERDAY = D("2020-05-27", "day", ("2020-05-26", "2020-05-27"))
OVERNIGHT = D("2020-05-26", "day", ("2020-05-26", "2020-05-27"))
ARTICLE = dict(
    id="team56-276", slug=SLUG, published="2020-05-27",
    outlet="Asda' Horan news site, Syrian opposition, Daraa (fictional)",
    paras=paras_of(f"276_{SLUG}.txt"),
    events=[
        # the gunmen's attack on the Fourth Division's checkpoint at Tafas's eastern entrance «ليل أمس
        # الثلاثاء»: headline 0 («قتلى», no number), lead 1 (an activists' network: at least five), the
        # follow-up 9 (a medical source at Daraa national hospital: four bodies; loyalist pages: seven
        # names) → 4. The checkpoint fought back for half an hour (ACLED armed clash); the attackers'
        # withdrawal is part of the fight (optional)
        E(True, ["ASSAULT"], [0, 1, 9], "بهجوم شنّه", ["asserted", "reported"], mode="firearms",
          source=TAFAS_GUNMEN, recipient=FOURTH_DIV_CHECKPOINT, location=TAFAS_EAST, date=OVERNIGHT,
          fatalities=4, attribution=["«تجمّع ناشطي الريف الغربي»", "مصدر طبي في المستشفى الوطني بمدينة درعا",
                                     "صفحات موالية"], acled=CLASH, tpara=1),
        E(False, ["RETREAT"], [1], "انسحبوا", ["asserted", "reported"], mode="withdraw",
          source=TAFAS_GUNMEN, location=TAFAS_EAST, date=OVERNIGHT),
        # two events in one sentence: the Fourth Division's reinforcements from Rif Dimashq (headline 0) and
        # its mortar fire on the southern farms this morning; «no casualties recorded» negates nothing
        E(True, ["MOBILIZE"], [0, 2], "استقدمت", ["asserted", "reported"], mode="troops",
          source=FOURTH_DIV, location=TAFAS_EAST, date=SINCE_YESTERDAY,
          attribution=["مراسل «أصداء حوران» في المنطقة"], tpara=2),
        E(True, ["ASSAULT"], [2], "قصفت", ["asserted", "reported"], mode="heavy-weapons",
          source=FOURTH_DIV, location=TAFAS_SOUTH_FARMS, date=TODAY,
          attribution=["مراسل «أصداء حوران» في المنطقة"], acled=SHELL),
        # paragraph 3 (wheat, vegetables and remittances; harvests «hostage to the checkpoints») holds no
        # event
        # the officer's 48-hour ultimatum to the notables (headline 0; made, so asserted); the storming «house
        # by house» is hypothetical (optional); the meeting in which he gave it, told in a passive (optional)
        E(True, ["THREATEN"], [0, 4], "وأمهل", ["asserted", "reported"], mode="violence",
          source=FOURTH_DIV_OFFICER, recipient=TAFAS_NOTABLES, location=TAFAS, date=TODAY,
          attribution=["أحد الوجهاء الذين حضروا اللقاء"], tpara=4),
        E(False, ["ASSAULT"], [4], "ستدخل", ["hypothetical"], mode="heavy-weapons",
          source=FOURTH_DIV, location=TAFAS, date=None),
        E(False, ["CONSULT"], [4], "عُقد", ["asserted"],
          source=FOURTH_DIV_OFFICER, recipient=TAFAS_NOTABLES, location=MUZAYRIB, date=TODAY),
        # Daraa city: the Central Committee meets Russian military police officers (CONSULT), who offer
        # observation points (AGREE, an offer), and the committee refuses to hand anyone over (REJECT); the
        # Military Security's standing demand for six young men, in a relative clause (optional)
        E(True, ["CONSULT"], [5], "التقى", ["asserted"],
          source=CENTRAL_COMMITTEE, recipient=RU_MP, location=DARAA_CITY, date=YESTERDAY),
        E(True, ["AGREE"], [5], "أبدوا", ["asserted"],
          source=RU_MP, recipient=CENTRAL_COMMITTEE, location=DARAA_CITY, date=YESTERDAY),
        E(False, ["REQUEST"], [5], "يطالب", ["asserted", "historical"],
          source=MIL_SECURITY, date=None),
        E(True, ["REJECT"], [5], "رفضوا", ["asserted"],
          source=CENTRAL_COMMITTEE, recipient=RU_MP, location=DARAA_CITY, date=YESTERDAY),
        # the rumoured arrest of an ISIS «emir» in al-Yadudah, told by loyalist pages and denied by a notable;
        # «the checkpoint attack» and «the campaign» are back-references
        E(True, ["COERCE"], [6], "اعتقال", ["rumored", "negated", "reported"], mode="arrest",
          recipient=ISIS_EMIR, location=YADUDAH, date=SINCE_YESTERDAY,
          attribution=["صفحات موالية للنظام على «فيسبوك»", "أحد وجهاء اليادودة"], acled=ARREST),
        # the shops' strike in Tafas today (one line); the Hirak committee's call optional
        E(True, ["PROTEST"], [7], "إضراب", ["asserted"], mode="strike",
          source=TAFAS_STRIKERS, location=TAFAS, date=TODAY, acled=PEACEFUL),
        E(False, ["REQUEST"], [7], "دعت", ["asserted"],
          source=TAFAS_STRIKERS, location=TAFAS, date=TODAY),
        # a former rebel commander of the Eighth Brigade accuses the Fourth Division and Hezbollah; «to storm
        # the western countryside» is the accusation's content, «the checkpoint attack» a back-reference
        E(True, ["ACCUSE"], [8], "واتهم", ["asserted"],
          source=EX_COMMANDER_8TH, recipient=FOURTH_DIV_HEZBOLLAH, date=SINCE_YESTERDAY),
        # the follow-up (9) belongs to the first event; «no party claimed it» negates nothing
        # background: Sunday before a Wednesday, an IED on a Military Security car between Tell Shihab and
        # Zayzun (core, historical, 2); after «يُذكر أن», the 2018 settlement (optional, historical) and an
        # aggregate of assassinations (no event)
        E(True, ["ASSAULT"], [10], "عبوة ناسفة", ["historical", "asserted"], mode="explosives",
          recipient=MILSEC_CAR, location=TELL_SHIHAB_ZAYZUN, date=D("2020-05-24"), fatalities=2, acled=MINE),
        E(False, ["AGREE"], [10], "اتفاق التسوية", ["historical"],
          source=DARAA_SETTLEMENT, location=DARAA_WEST,
          date=D("2018-07-15", "month", ("2018-06-01", "2018-08-31")), acled=AGREEMENT),
        # paragraph 11 (young men avoiding the checkpoints for months; «the road to Daraa is longer than the
        # road to Amman») holds no event
        # three young men of Tafas arrested at a checkpoint at Daraa's western entrance; the student's release
        # after hours (optional)
        E(True, ["COERCE"], [12], "اعتقلت", ["asserted", "reported"], mode="arrest",
          source=MIL_SECURITY, recipient=TAFAS_YOUTHS, location=DARAA_WEST_ENTRANCE, date=TODAY,
          attribution=["أحد أقاربه"], acled=ARREST),
        E(False, ["RETREAT"], [12], "يُفرج", ["asserted", "reported"], mode="release",
          source=MIL_SECURITY, recipient=TAFAS_YOUTHS, location=DARAA_WEST_ENTRANCE, date=TODAY),
        # the Central Committee's demand to the Russian side (pulling back the reinforcements is its content;
        # the denial of ISIS cells in the town states no act)
        E(True, ["REQUEST"], [13], "وطالبت", ["asserted"],
          source=CENTRAL_COMMITTEE, recipient=RUSSIA_SIDE, date=SINCE_YESTERDAY),
        # a Russian military police delegation expected in Tafas tomorrow morning (planned; one line)
        E(True, ["CONSULT"], [14], "يصل", ["planned"], mode="visit",
          source=RU_MP, recipient=TAFAS_NOTABLES, location=TAFAS, date=D("2020-05-28"),
          attribution=["عضو في اللجنة"]),
        # families flee the eastern quarter «for fear of a storming» (the storming optional, hypothetical; the
        # flight itself is no PLOVER event)
        E(False, ["ASSAULT"], [15], "اقتحام", ["hypothetical"], mode="heavy-weapons",
          source=FOURTH_DIV, location=TAFAS, date=None),
    ],
)
