"""Gold of article 579: the Ain al-Hilweh camp (al-Tawari, Hittin, the UNRWA schools), Sidon, Darb al-Sim and
the Mieh Mieh camp (South Lebanon), a Sidon-based Palestinian community news network's website, 2023-09-11
(Mon)."""
from actors_places import (
    AIN_HILWEH,
    ALL_PARTIES,
    ANSAR_ALLAH_LB,
    CAMP_FACTIONS,
    CAMP_FACTIONS_ALL,
    CAMP_FAMILIES,
    CHAMBER,
    DARB_SIM,
    FATAH,
    FATAH_ANSAR,
    FATAH_ISLAMISTS,
    FATAH_OFFICIAL,
    FATAH_REINF,
    FIGHTERS_579,
    ISLAMISTS,
    JOINT_ACTION,
    JSF,
    LAF,
    LEB_STATE,
    MIEH_MIEH,
    PAL_AMBASSADOR,
    SCHOOLS,
    SIDON,
    SIDON_HIGHWAY,
    SIDON_MUNICIPALITY,
    UNRWA,
)
from common import CLASH, D, E, paras_of

SLUG = "south_lebanon_2023_ain_al_hilweh_sidon_schools"
TODAY = D("2023-09-11")
YESTERDAY = D("2023-09-10")
SUNDAY_NIGHT = D("2023-09-10", "day", ("2023-09-10", "2023-09-11"))
SINCE_YESTERDAY = D("2023-09-11", "day", ("2023-09-10", "2023-09-11"))
ARTICLE = dict(
    id="team116-579", slug=SLUG, published="2023-09-11",
    outlet="Nafidhat al-Mukhayyam, a Sidon-based Palestinian community news network's website (fictional)",
    paras=paras_of(f"579_{SLUG}.txt"),
    events=[
        # the main event, first in the lead (no dateline; Ain al-Hilweh named in the first sentence): clashes
        # «بين» Fatah and the Islamist groups break out again on Sunday night despite the truce, four killed
        # (one number); ¶2 the weapons and the quarters, ¶4 the Islamists' version (no number), ¶17 the
        # funeral of «القتلى الأربعة»; the headline names it. The truce announced four days earlier is
        # recalled in a relative clause (optional, historical)
        E(True, ["ASSAULT"], [0, 1, 2, 4, 17], "الاشتباكات", ["asserted", "reported"], mode="firearms",
          source=FATAH_ISLAMISTS, location=AIN_HILWEH, date=SUNDAY_NIGHT, fatalities=4,
          attribution=["مصدر طبي في مستشفى الهمشري"], acled=CLASH, tpara=1),
        E(False, ["CONCEDE", "AGREE"], [1], "وقف إطلاق النار", ["historical", "asserted"],
          location=AIN_HILWEH, date=D("2023-09-07")),
        # ¶3: UNRWA asks all parties to leave its school complex (core REQUEST); the gunmen holding the
        # schools since late July are a standing situation (optional, historical COERCE)
        E(True, ["REQUEST"], [3], "وطالبت", ["asserted"],
          source=UNRWA, recipient=ALL_PARTIES, location=SCHOOLS, date=YESTERDAY),
        E(False, ["COERCE", "MOBILIZE"], [3], "يتحصن", ["historical", "asserted"], mode="seize",
          location=SCHOOLS, date=None),
        # ¶4: the Islamists' statement accusing Fatah of breaking the truce (optional ACCUSE; a paragraph of
        # the main event)
        E(False, ["ACCUSE"], [4], "اتهم", ["asserted"],
          source=ISLAMISTS, recipient=FATAH, date=SINCE_YESTERDAY),
        # ¶5, one sentence, two events: hundreds of families flee to Sidon (optional RETREAT; the headline's
        # «ومئات العائلات في مساجد صيدا») and the Sidon municipality provides mattresses and meals (core AID
        # humanitarian)
        E(False, ["RETREAT"], [0, 5], "ونزحت", ["asserted"], mode="withdraw",
          source=CAMP_FAMILIES, location=SIDON, date=SUNDAY_NIGHT, tpara=5),
        E(True, ["AID"], [5], "وأمّنت", ["asserted"], mode="humanitarian",
          source=SIDON_MUNICIPALITY, recipient=CAMP_FAMILIES, location=SIDON, date=SINCE_YESTERDAY,
          attribution=["مسؤول في خلية الأزمة التابعة للبلدية"]),
        # ¶6: the Joint Palestinian Action Committee meets the factions «مع» the army's intelligence officers
        # present, to hold the truce (core CONSULT third-party); the ambassador's calls, told after it with
        # «، وذلك بعد», are optional (CONSULT phone)
        E(True, ["CONSULT"], [6], "وعقدت", ["asserted"], mode="third-party",
          source=JOINT_ACTION, recipient=CAMP_FACTIONS, location=SIDON, date=TODAY,
          attribution=["مصدر شارك في الاجتماع"]),
        E(False, ["CONSULT"], [6], "اتصالات", ["asserted"], mode="phone",
          source=PAL_AMBASSADOR, recipient=CAMP_FACTIONS, date=TODAY),
        # ¶7: the committee demands that the hard-line groups hand over the suspects (core REQUEST); the
        # assassination of late July is recalled (optional, historical ASSAULT)
        E(True, ["REQUEST"], [7], "وطالبت", ["asserted"],
          source=JOINT_ACTION, recipient=ISLAMISTS, date=TODAY),
        E(False, ["ASSAULT"], [7], "اغتيال", ["historical", "asserted"], mode="assassinate",
          location=AIN_HILWEH, date=D("2023-07-30", "week", ("2023-07-21", "2023-07-31"))),
        # ¶8: a Fatah military official's conditional threat (core THREATEN); the «الحسم» optional
        # (hypothetical)
        E(True, ["THREATEN"], [8], "وهدّد", ["asserted"], mode="violence",
          source=FATAH_OFFICIAL, location=AIN_HILWEH, date=SINCE_YESTERDAY),
        E(False, ["ASSAULT"], [8], "الحسم", ["hypothetical"],
          source=FATAH, location=AIN_HILWEH, date=None),
        # paragraph 9 (the camp: a description and aggregates) holds no event
        # ¶10: gunmen from other camps arriving, rumoured and denied (core MOBILIZE, rumored; the denial
        # optional REJECT)
        E(True, ["MOBILIZE"], [10], "وصول", ["rumored", "reported"], mode="troops",
          source=FATAH_REINF, location=AIN_HILWEH, date=None, attribution=["مجموعات على تطبيق «واتساب»"]),
        E(False, ["REJECT"], [10], "نفى", ["asserted"],
          source=JSF, location=AIN_HILWEH, date=SINCE_YESTERDAY),
        # ¶11: the Joint Security Force to deploy around the schools on Wednesday (planned MOBILIZE); the
        # schools to be evacuated (optional, planned RETREAT) under the deal reached at the meeting
        # (optional AGREE)
        E(True, ["MOBILIZE"], [11], "تنتشر", ["planned"], mode="troops",
          source=JSF, location=SCHOOLS, date=D("2023-09-13")),
        E(False, ["RETREAT"], [11], "يُخلي", ["planned"], mode="withdraw",
          location=SCHOOLS, date=D("2023-09-13")),
        E(False, ["AGREE"], [11], "الاتفاق", ["asserted"],
          source=JOINT_ACTION, date=TODAY),
        # ¶12: the Lebanese army does not enter the camp (core MOBILIZE, negated); its checkpoints reinforced,
        # shells on Darb al-Sim and bullets on a school are optional
        E(True, ["MOBILIZE"], [12], "تدخل", ["negated"], mode="troops",
          source=LAF, location=AIN_HILWEH, date=SINCE_YESTERDAY),
        E(False, ["MOBILIZE"], [12], "بتعزيز", ["asserted"], mode="troops",
          source=LAF, location=AIN_HILWEH, date=SINCE_YESTERDAY),
        E(False, ["ASSAULT"], [12], "سقط", ["asserted"], mode="heavy-weapons",
          location=DARB_SIM, date=SUNDAY_NIGHT),
        E(False, ["ASSAULT"], [12], "وأُصيبت", ["asserted"], mode="firearms",
          location=AIN_HILWEH, date=SUNDAY_NIGHT),
        # background at another place, in «وكان … قد»: clashes between Fatah and Ansar Allah in the Mieh Mieh
        # camp on 16 October 2018 (core, historical, 2; Armed clash); the group's withdrawal optional
        E(True, ["ASSAULT"], [13], "اشتباكات", ["historical", "asserted"], mode="firearms",
          source=FATAH_ANSAR, location=MIEH_MIEH, date=D("2018-10-16"), fatalities=2, acled=CLASH),
        E(False, ["RETREAT"], [13], "تنسحب", ["historical", "asserted"], mode="withdraw",
          source=ANSAR_ALLAH_LB, location=MIEH_MIEH, date=None),
        # paragraph 14 (a displaced woman's words) holds no event
        # ¶15, subject–verb–object with a long parenthetical: the Sidon chamber of commerce blames
        # «المتقاتلين» (core ACCUSE) and, with «و» and a second verb, asks the Lebanese state to act (core
        # REQUEST)
        E(True, ["ACCUSE"], [15], "حمّلت", ["asserted"],
          source=CHAMBER, recipient=FIGHTERS_579, date=SINCE_YESTERDAY),
        E(True, ["REQUEST"], [15], "وطالبت", ["asserted"],
          source=CHAMBER, recipient=LEB_STATE, date=SINCE_YESTERDAY),
        # ¶16, a passive with «من قبل»: the Lebanese army closes Sidon's eastern highway this morning (core
        # COERCE restrict); the stray bullets on two cars optional (ASSAULT)
        E(True, ["COERCE"], [16], "وأُغلق", ["asserted"], mode="restrict",
          source=LAF, location=SIDON_HIGHWAY, date=TODAY),
        E(False, ["ASSAULT"], [16], "أصابت", ["asserted"], mode="firearms",
          location=SIDON_HIGHWAY, date=TODAY),
        # ¶17, the funeral, is a paragraph of the main event; the factions' call for a general strike is
        # optional (planned PROTEST or REQUEST)
        E(False, ["PROTEST", "REQUEST"], [17], "دعت", ["planned"], mode="strike",
          source=CAMP_FACTIONS_ALL, location=AIN_HILWEH, date=None),
    ],
)
