"""Gold of article 419: al-Arish, Rafah, Sheikh Zuweid and Bir al-Abd (North Sinai), an Egyptian private daily
newspaper's website, 2017-08-15 (Tue)."""
from actors_places import (
    ARISH,
    ARISH_CHECKPOINT,
    ARISH_CLASH,
    ARISH_MILITANTS,
    ARISH_RAFAH,
    ARISH_SOUTH,
    ARISH_SOUTH_ROADS,
    ARISH_SUSPECTS,
    ARISH_WEST_ROAD,
    ATTACK_WOUNDED,
    BIR_AL_ABD,
    BIR_POLICE,
    BUFFER_ZONE,
    EG_ARMY_POLICE,
    EG_AUTHORITIES,
    EG_CABINET,
    EG_GOVT,
    EG_SECURITY,
    HOUSE_DEFENCE_CMTE,
    LAW_ENFORCEMENT,
    NS_GOVERNOR,
    NS_MPS,
    PALESTINIAN_EMBASSY,
    RAFAH_CROSSING,
    RAFAH_SZ,
    ROAD_GUNMEN,
    SINAI_PROVINCE,
    SINAI_TRIBES,
    SOUTH_SZ,
    STRANDED,
    SZ_RAFAH,
    SZ_VILLAGERS,
    TAKFIRI,
    TAXI_DRIVER,
)
from common import ARREST, CLASH, MINE, D, E, paras_of

SLUG = "north_sinai_2017_arish_rafah_sheikh_zuweid_bir_al_abd"
TODAY = D("2017-08-15")
ARTICLE = dict(
    id="team84-419", slug=SLUG, published="2017-08-15",
    outlet="al-Midan, an Egyptian private daily newspaper's website (fictional)",
    paras=paras_of(f"419_{SLUG}.txt"),
    events=[
        # the main event, first in the lead: gunmen attack a checkpoint on the ring road south of al-Arish
        # «فجر اليوم» and fight its force for an hour: one two-sided fight (both sides are sources). Its toll
        # comes only in ¶3 (three conscripts). Headline 0; the attackers' approach 2; a resident 4; the army
        # statement's «هجوم العريش» 5; arrests «عقب الهجوم» 7; the governor's visit to «مصابي الهجوم» 11; the
        # audio recording 12; the committee's condemnation 17
        E(True, ["ASSAULT"], [0, 1, 2, 3, 4, 5, 7, 11, 12, 17], "هاجمت", ["asserted"], mode="firearms",
          source=ARISH_CLASH, location=ARISH_SOUTH, date=TODAY, fatalities=3,
          attribution=["مصدر أمني لـ«الميدان»", "مصدر طبي بمستشفى العريش العام"], acled=CLASH, tpara=1),
        # ¶2: the attackers forced to withdraw (optional RETREAT, part of the fight)
        E(False, ["RETREAT"], [2], "الانسحاب", ["asserted"], mode="withdraw",
          source=ARISH_MILITANTS, location=ARISH_SOUTH, date=TODAY),
        # ¶4: the ring road kept closed until noon, in a resident's words (optional COERCE, no actor named)
        E(False, ["COERCE"], [4], "مغلقاً", ["asserted"], mode="restrict", location=ARISH_SOUTH, date=TODAY),
        # ¶5: the army's raids with air support south of Rafah and Sheikh Zuweid «خلال الأيام الماضية»
        # (headline 0): seven militants killed per the military spokesman
        E(True, ["ASSAULT"], [0, 5], "عمليات دهم وملاحقة", ["asserted", "reported"], mode="firearms",
          source=LAW_ENFORCEMENT, recipient=TAKFIRI, location=RAFAH_SZ,
          date=D("2017-08-15", "week", ("2017-08-08", "2017-08-15")), fatalities=7,
          attribution=["المتحدث العسكري للقوات المسلحة"], acled=CLASH, tpara=5),
        # ¶6: the cabinet extends the curfew for three months (COERCE, curfew)
        E(True, ["COERCE"], [6], "تمديد حظر التجوال", ["asserted"], mode="curfew",
          source=EG_CABINET, location=ARISH_RAFAH, date=TODAY),
        # ¶7: eleven suspects arrested in al-Arish after the attack, told through the governorate's page
        # «نقلاً عن مصدر أمني»
        E(True, ["COERCE"], [7], "القبض", ["asserted"], mode="arrest",
          source=EG_SECURITY, recipient=ARISH_SUSPECTS, location=ARISH, date=TODAY,
          attribution=["الصفحة الرسمية لمحافظة شمال سيناء نقلاً عن مصدر أمني"], acled=ARREST),
        # ¶8: the Union of Sinai Tribes deploys its men south of al-Arish (MOBILIZE); the coordination with
        # the army and its call optional
        E(True, ["MOBILIZE"], [8], "نشر مجموعات", ["asserted"], mode="troops",
          source=SINAI_TRIBES, location=ARISH_SOUTH_ROADS, date=TODAY),
        E(False, ["COOPERATE"], [8], "«بالتنسيق الكامل»", ["asserted"],
          source=SINAI_TRIBES, location=ARISH_SOUTH_ROADS, date=TODAY),
        E(False, ["REQUEST"], [8], "وداعياً", ["asserted"], source=SINAI_TRIBES, date=TODAY),
        # ¶9: a taxi driver from Bir al-Abd abducted «من قبل مسلحين» west of al-Arish, rumoured and
        # unconfirmed
        E(True, ["ASSAULT"], [9], "اختطاف", ["rumored", "reported"], mode="abduct",
          source=ROAD_GUNMEN, recipient=TAXI_DRIVER, location=ARISH_WEST_ROAD, date=D("2017-08-14"),
          attribution=["صفحات محلية"]),
        # paragraph 10 (the ring road: description) holds no event
        # ¶11: the governor to visit the wounded tomorrow (planned CONSULT)
        E(True, ["CONSULT"], [11], "يزور", ["planned"], mode="visit",
          source=NS_GOVERNOR, recipient=ATTACK_WOUNDED, location=ARISH, date=D("2017-08-16")),
        # ¶12: Sinai Province's threats in an audio recording attributed to it (reported): to the army and
        # police (core) and to the villagers who work with the army (optional)
        E(True, ["THREATEN"], [12], "توعّد", ["reported", "asserted"], mode="violence",
          source=SINAI_PROVINCE, recipient=EG_ARMY_POLICE, date=TODAY,
          attribution=["تسجيل صوتي منسوب إليه"]),
        E(False, ["THREATEN"], [12], "وهدّد", ["reported", "asserted"], mode="violence",
          source=SINAI_PROVINCE, recipient=SZ_VILLAGERS, location=SOUTH_SZ, date=TODAY),
        # ¶13: the Rafah crossing not opened (core RETREAT, access, negated); the embassy's announcement last
        # week optional CONCEDE
        E(True, ["RETREAT"], [13], "ولم تفتح", ["negated"], mode="access",
          source=EG_AUTHORITIES, recipient=STRANDED, location=RAFAH_CROSSING, date=TODAY),
        E(False, ["CONCEDE"], [13], "إعلان", ["historical", "asserted"],
          source=PALESTINIAN_EMBASSY, location=RAFAH_CROSSING,
          date=D("2017-08-09", "week", ("2017-08-06", "2017-08-12"))),
        # ¶14: North Sinai MPs' demand to the government (REQUEST); the bulldozed farmland optional,
        # historical
        E(True, ["REQUEST"], [14], "وطالب", ["asserted"],
          source=NS_MPS, recipient=EG_GOVT, location=SZ_RAFAH, date=TODAY),
        E(False, ["ASSAULT", "COERCE"], [14], "جُرّفت", ["historical"], mode="destroy",
          location=BUFFER_ZONE, date=None),
        # background at another place, in «وكان … قد»: an IED on a police vehicle near Bir al-Abd on 21 July
        # (2 killed), claimed by the group; an earlier attack on the same road optional
        E(True, ["ASSAULT"], [15], "بانفجار عبوة ناسفة", ["historical", "asserted"], mode="explosives",
          source=SINAI_PROVINCE, recipient=BIR_POLICE, location=BIR_AL_ABD, date=D("2017-07-21"),
          fatalities=2, acled=MINE),
        E(False, ["ASSAULT"], [15], "هجوم مماثل", ["historical"], location=BIR_AL_ABD, date=None),
        # paragraph 16 (the fighting in North Sinai since 2013: generic, aggregates) holds no event
        # ¶17: the defence committee's condemnation (no actor condemned by name) and its praise of the
        # checkpoint's men
        E(True, ["ACCUSE"], [17], "ودانت", ["asserted"], source=HOUSE_DEFENCE_CMTE, date=TODAY),
        E(True, ["SUPPORT"], [17], "مشيدةً", ["asserted"],
          source=HOUSE_DEFENCE_CMTE, recipient=ARISH_CHECKPOINT, date=TODAY),
    ],
)
