"""Gold of article 342: Salamiyah, Tal al-Dara, Barri al-Sharqi, al-Saan, al-Kafat and the Salamiyah–Homs road
(Hama, Syria), a local news page of Salamiyah, 2016-10-10 (Mon)."""
from actors_places import (
    BARRI,
    BARRI_SUSPECTS,
    CLAN_YOUTHS,
    FUNERAL_CROWD,
    HAMA,
    HAMA_GOV_SEC,
    HAMA_GOVERNOR,
    KAFAT_DRIVER,
    KAFAT_KIDNAPPERS,
    MANTIQA_BUILDING,
    NDF,
    NDF_CMDR,
    NDF_LEADER,
    NOTABLES_DELEGATION,
    PHARM_KIDNAPPERS,
    PHARMACIST,
    RELEASE_ROAD,
    SAAN,
    SAAN_EXCHANGE,
    SAAN_VILLAGERS,
    SALAMIYAH,
    SALAMIYAH_HOMS_ROAD,
    SALAMIYAH_NOTABLE,
    SALAMIYAH_POLICE,
    SALAMIYAH_PROTESTERS,
    TAL_DARA,
    TAL_DARA_KILLERS,
    TAL_DARA_VICTIM,
    TRUCK_DRIVER,
    TRUCK_FAMILY,
    TRUCK_KIDNAPPERS,
    VICTIM_FAMILY,
)
from common import ABDUCTION, ARREST, ATTACK, PEACEFUL, D, E, paras_of

SLUG = "salamiyah_2016_tal_al_dara_barri_sharqi_saan_kafat"
TODAY = D("2016-10-10")
YESTERDAY = D("2016-10-09")
ARTICLE = dict(
    id="team69-342", slug=SLUG, published="2016-10-10",
    outlet="Akhbar al-Salamiyah local news page (fictional)",
    paras=paras_of(f"342_{SLUG}.txt"),
    events=[
        # the pharmacist released «مساء أمس الأحد» after a ransom (RETREAT, passive «أُطلق سراح»):
        # headline 0, lead 1 and the relative's account 2 (left blindfolded on the Salamiyah–Hama road
        # near al-Kafat); the ransom is part of the release. His abduction «مساء الثلاثاء الماضي», told
        # in a relative clause, is optional (historical)
        E(True, ["RETREAT"], [0, 1, 2], "أُطلق سراح", ["asserted"], mode="release",
          source=PHARM_KIDNAPPERS, recipient=PHARMACIST, location=RELEASE_ROAD, date=YESTERDAY,
          attribution=["أحد أقاربه"], tpara=1),
        E(False, ["ASSAULT"], [2], "اقتادوا", ["historical", "asserted"], mode="abduct",
          source=PHARM_KIDNAPPERS, recipient=PHARMACIST, location=SALAMIYAH, date=D("2016-10-04"),
          acled=ABDUCTION),
        # the kidnappers of a truck driver threaten by phone to kill him unless twenty million are paid
        # (THREATEN, made this morning); the killing is hypothetical, his abduction three weeks ago
        # historical (both optional); the earlier demands in «وكان … قد» are background to the same
        # captivity
        E(True, ["THREATEN"], [3], "هدّد", ["asserted", "reported"], mode="violence",
          source=TRUCK_KIDNAPPERS, recipient=TRUCK_FAMILY, location=SALAMIYAH, date=TODAY,
          attribution=["شقيقه"]),
        E(False, ["ASSAULT"], [3], "بتصفيته", ["hypothetical"], mode="execute",
          source=TRUCK_KIDNAPPERS, recipient=TRUCK_DRIVER, date=None),
        E(False, ["ASSAULT"], [3], "مخطوف", ["historical"], mode="abduct",
          recipient=TRUCK_DRIVER, date=D("2016-09-19", "week", ("2016-09-15", "2016-09-23")),
          acled=ABDUCTION),
        # a young man of Tal al-Dara killed by his kidnappers (hands tied, shot in the head and chest: a
        # hostage executed), found this morning: headline 0, ¶4 (the mukhtar), the follow-up 6 (the
        # forensic doctor: dead two days at least) and the funeral 15 → 1; killed between his abduction
        # six days ago and two days ago. The abduction itself is optional (historical)
        E(True, ["ASSAULT"], [0, 4, 6, 15], "قتله خاطفوه", ["asserted", "reported"], mode="execute",
          source=TAL_DARA_KILLERS, recipient=TAL_DARA_VICTIM, location=TAL_DARA,
          date=D("2016-10-07", "week", ("2016-10-04", "2016-10-08")), fatalities=1,
          attribution=["مختار تل الدرة", "مصدر طبي في المشفى الوطني بالسلمية"], acled=ATTACK, tpara=4),
        E(False, ["ASSAULT"], [4], "اختطافه", ["historical"], mode="abduct",
          recipient=TAL_DARA_VICTIM, location=TAL_DARA, date=D("2016-10-04"), acled=ABDUCTION),
        # paragraph 5 (kidnapping for ransom since 2013, silence of families, brokers: generic) holds no
        # event
        # three suspects held in Barri al-Sharqi after a dawn raid (one COERCE: the raid and the seizure
        # of arms are part of it); the police's pledge is optional
        E(True, ["COERCE"], [7], "توقيف", ["asserted", "reported"], mode="arrest",
          source=SALAMIYAH_POLICE, recipient=BARRI_SUSPECTS, location=BARRI, date=TODAY,
          attribution=["قيادة شرطة منطقة السلمية"], acled=ARREST),
        E(False, ["AGREE", "THREATEN"], [7], "ومتعهدة", ["asserted"],
          source=SALAMIYAH_POLICE, date=TODAY),
        # the arrest of an NDF group commander: rumoured by local pages, denied by the police
        E(True, ["COERCE"], [8], "اعتقال", ["rumored", "negated"], mode="arrest",
          recipient=NDF_LEADER, location=SALAMIYAH, date=D("2016-10-09", "day", ("2016-10-08", "2016-10-09")),
          attribution=["صفحات محلية", "مصدر في قيادة الشرطة"]),
        # the sit-in in front of the area building (PROTEST; the banners are part of it) and its demands
        # to the governor and the security committee (REQUEST); «من دون أن تُسجَّل أي احتكاكات» and the
        # governorate's silence negate nothing
        E(True, ["PROTEST"], [9], "اعتصم", ["asserted"], mode="demo",
          source=SALAMIYAH_PROTESTERS, location=MANTIQA_BUILDING, date=TODAY, acled=PEACEFUL),
        E(True, ["REQUEST"], [9], "ومطالبين", ["asserted"],
          source=SALAMIYAH_PROTESTERS, recipient=HAMA_GOV_SEC, location=MANTIQA_BUILDING, date=TODAY),
        # a notable accuses «influential men of the NDF» of covering the gangs (ACCUSE); the NDF
        # commander refuses the demand to hand his men over (REJECT of the protesters' demand)
        E(True, ["ACCUSE"], [10], "واتهم", ["asserted"],
          source=SALAMIYAH_NOTABLE, recipient=NDF, location=MANTIQA_BUILDING, date=TODAY),
        E(True, ["REJECT"], [10], "رفض قائد", ["asserted"],
          source=NDF_CMDR, recipient=SALAMIYAH_PROTESTERS, location=SALAMIYAH, date=TODAY,
          attribution=["اتصال مع «أخبار السلمية»"]),
        # a tribal mediation completes an exchange at al-Saan «عصر أمس»: three villagers freed for two
        # young men of the clan (an exchange carried out: COOPERATE, RETREAT also accepted); the
        # villagers' detention of the two two weeks ago is optional (historical)
        E(True, ["COOPERATE", "RETREAT"], [11], "صفقة تبادل", ["asserted", "reported"],
          source=SAAN_EXCHANGE, location=SAAN, date=YESTERDAY, attribution=["أحد أبناء السعن"]),
        E(False, ["ASSAULT"], [11], "احتجزهما", ["historical"], mode="abduct",
          source=SAAN_VILLAGERS, recipient=CLAN_YOUTHS, location=SAAN,
          date=D("2016-09-26", "week", ("2016-09-22", "2016-09-30")), acled=ABDUCTION),
        # paragraph 12 (the road to Aleppo, checkpoints, the mixed population: description) holds no
        # event
        # background at another place: a taxi driver of al-Kafat abducted on the Salamiyah–Homs road
        # «مساء الخميس الماضي» (core, historical); finding his car is no event
        E(True, ["ASSAULT"], [13], "اختطفوا", ["historical", "asserted"], mode="abduct",
          source=KAFAT_KIDNAPPERS, recipient=KAFAT_DRIVER, location=SALAMIYAH_HOMS_ROAD, date=D("2016-10-06"),
          attribution=["أحد أقاربه"], acled=ABDUCTION),
        # a delegation of notables to meet the governor of Hama «يوم الأربعاء المقبل» (planned)
        E(True, ["CONSULT"], [14], "يلتقي", ["planned"], mode="visit",
          source=NOTABLES_DELEGATION, recipient=HAMA_GOVERNOR, location=HAMA, date=D("2016-10-12")),
        # ¶15: the funeral (part of the killing); the family's vow of revenge is optional THREATEN, the
        # mourners' chants for retribution optional PROTEST
        E(False, ["THREATEN"], [15], "وتوعّد", ["asserted"], mode="violence",
          source=VICTIM_FAMILY, recipient=TAL_DARA_KILLERS, location=TAL_DARA, date=TODAY),
        E(False, ["PROTEST"], [15], "هتافات", ["asserted"], mode="demo",
          source=FUNERAL_CROWD, location=TAL_DARA, date=TODAY),
    ],
)
