"""Gold of article 292: al-Suqaylabiyah (Hama, Syria), Kafr Nabudah, al-Lataminah and Kafr Zita, Hmeimim,
Hama city, Mhardeh and Sochi, a pro-government radio station's website, 2019-05-29 (Wed)."""
from actors_places import (
    GHAB_DISPLACED,
    HAMA_CITY,
    HAMA_GOVERNOR,
    HAMA_TERRORISTS,
    HMEIMIM,
    IDLIB_MILITANTS,
    INTL_COMMUNITY,
    KAFR_NABUDAH,
    LATAMINAH_KAFR_ZITA,
    MHARDEH,
    MHARDEH_CHILD,
    NW_HAMA,
    RU_CENTRE,
    RU_TR,
    SAA_292,
    SARC,
    SOCHI,
    SUQ_CIVILIANS,
    SUQ_RESIDENTS,
    SUQAYLABIYAH,
    SY_RU_AIR,
    TR_GUARANTOR,
)
from common import AGREEMENT, AIR, PEACEFUL, SHELL, D, E, paras_of

SLUG = "suqaylabiyah_2019_kafr_nabudah_lataminah_hama_mhardeh"
TODAY = D("2019-05-29")
YESTERDAY = D("2019-05-28")
SINCE_LAST_NIGHT = D("2019-05-28", "day", ("2019-05-28", "2019-05-29"))
ARTICLE = dict(
    id="team59-292", slug=SLUG, published="2019-05-29",
    outlet="Al-Assi FM pro-government radio station, website (fictional)",
    paras=paras_of(f"292_{SLUG}.txt"),
    events=[
        # the rockets on al-Suqaylabiyah «مساء أمس الثلاثاء»: headline 0 («four martyrs»), lead 1 (the Hama
        # police command: four), the follow-up 6 (a resident: seven shells, two of them harmless in the
        # fields: the same attack; the hospital's director: three bodies) and the militants' retelling 10
        # («military positions», silent on the dead) → 4 vs 3 → 3
        E(True, ["ASSAULT"], [0, 1, 6, 10], "اعتداء المجموعات", ["asserted", "reported"],
          mode="heavy-weapons", source=HAMA_TERRORISTS, recipient=SUQ_CIVILIANS, location=SUQAYLABIYAH,
          date=YESTERDAY, fatalities=3,
          attribution=["قيادة شرطة محافظة حماة", "أحد سكان حي الكنيسة", "مدير المشفى الوطني في السقيلبية",
                       "حسابات مقرّبة من «جبهة النصرة» على تطبيق «تلغرام»"], acled=SHELL, tpara=1),
        # one sentence, two events: the army's shelling of the launch sites round Kafr Nabudah and the air
        # raids on al-Lataminah and Kafr Zita (one event on the two towns)
        E(True, ["ASSAULT"], [0, 2], "استهدفت وحدات", ["asserted", "reported"], mode="heavy-weapons",
          source=SAA_292, recipient=HAMA_TERRORISTS, location=KAFR_NABUDAH, date=YESTERDAY,
          attribution=["مصدر عسكري"], acled=SHELL, tpara=2),
        E(True, ["ASSAULT"], [2], "غارات", ["asserted", "reported"], mode="aerial",
          source=SY_RU_AIR, recipient=HAMA_TERRORISTS, location=LATAMINAH_KAFR_ZITA, date=YESTERDAY,
          attribution=["مصدر عسكري"], acled=AIR),
        # paragraph 3 (al-Suqaylabiyah on the Ghab plain, its churches and the families it shelters) holds no
        # event
        # the Russian centre's daily briefing: ACCUSE (the 26 violations are an aggregate, «قصف السقيلبية» a
        # back-reference) and REQUEST to «the Turkish guarantor»
        E(True, ["ACCUSE"], [4], "اتهم", ["asserted"],
          source=RU_CENTRE, recipient=IDLIB_MILITANTS, location=HMEIMIM, date=YESTERDAY),
        E(True, ["REQUEST"], [4], "وطالب", ["asserted"],
          source=RU_CENTRE, recipient=TR_GUARANTOR, location=HMEIMIM, date=YESTERDAY),
        # the Red Crescent's food baskets to the displaced in Hama's shelters this morning (their flight from
        # the Ghab villages is no event)
        E(True, ["AID"], [5], "ووزّعت", ["asserted", "reported"], mode="humanitarian",
          source=SARC, recipient=GHAB_DISPLACED, location=HAMA_CITY, date=TODAY,
          attribution=["رئيس فرع المنظمة"]),
        # the army's withdrawal near Kafr Nabudah: rumoured on the militants' pages, denied by the military
        # source
        E(True, ["RETREAT"], [7], "انسحاب", ["rumored", "negated"], mode="withdraw",
          source=SAA_292, location=KAFR_NABUDAH, date=SINCE_LAST_NIGHT,
          attribution=["صفحات وحسابات مرتبطة بالمجموعات المسلحة", "المصدر العسكري"]),
        # the military source's vow (made: asserted; the «double response» optional, hypothetical)
        E(True, ["THREATEN"], [8], "وتوعّد", ["asserted", "reported"], mode="violence",
          source=SAA_292, recipient=HAMA_TERRORISTS, date=TODAY, attribution=["المصدر العسكري"]),
        E(False, ["ASSAULT"], [8], "رد مضاعف", ["hypothetical"], mode="heavy-weapons",
          source=SAA_292, recipient=HAMA_TERRORISTS, date=None),
        # the governor's visit to al-Suqaylabiyah tomorrow (planned; condolences and the damage are its
        # purpose)
        E(True, ["CONSULT"], [9], "أن يزور", ["planned"], mode="visit",
          source=HAMA_GOVERNOR, recipient=SUQ_RESIDENTS, location=SUQAYLABIYAH, date=D("2019-05-30"),
          attribution=["مكتبه الإعلامي"]),
        # paragraph 11 (a shell almost every day since April: a habit) holds no event
        # background at another place: a rocket on Mhardeh's market «مساء الخميس الماضي» (core, historical,
        # 1); the Sochi memorandum of September last year optional, historical
        E(True, ["ASSAULT"], [12], "سقطت", ["historical", "asserted", "reported"], mode="heavy-weapons",
          source=HAMA_TERRORISTS, recipient=MHARDEH_CHILD, location=MHARDEH, date=D("2019-05-23"),
          fatalities=1, attribution=["مصدر طبي في المدينة"], acled=SHELL),
        E(False, ["AGREE"], [12], "وقّعتا", ["historical"],
          source=RU_TR, location=SOCHI, date=D("2018-09-15", "month", ("2018-09-01", "2018-09-30")),
          acled=AGREEMENT),
        # the army's new reinforcements to the north-western Hama front (the «next stage» is their purpose)
        E(True, ["MOBILIZE"], [13], "تعزيزات عسكرية", ["asserted", "reported"], mode="troops",
          source=SAA_292, location=NW_HAMA, date=SINCE_LAST_NIGHT, attribution=["المصدر العسكري"]),
        # the residents' rally after the funeral (the funeral is no event); its demand and the support for the
        # army optional
        E(True, ["PROTEST"], [14], "وقفة", ["asserted"], mode="demo",
          source=SUQ_RESIDENTS, location=SUQAYLABIYAH, date=TODAY, acled=PEACEFUL),
        E(False, ["REQUEST"], [14], "مطالبين", ["asserted"],
          source=SUQ_RESIDENTS, recipient=INTL_COMMUNITY, location=SUQAYLABIYAH, date=TODAY),
        E(False, ["SUPPORT"], [14], "وقوفهم خلف الجيش", ["asserted"],
          source=SUQ_RESIDENTS, recipient=SAA_292, location=SUQAYLABIYAH, date=TODAY),
        # paragraph 15 (the station's coverage) holds no event
    ],
)
