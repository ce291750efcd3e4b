"""Gold of article 540: North Sinai (Sheikh Zuweid, Bir al-Abd, central Sinai, the al-Arish–Rafah road near
al-Kharruba, al-Arish, Rafah and its crossing), a Cairo-based state-aligned daily newspaper's website,
2018-02-19 (Mon)."""
from actors_places import (
    ARISH,
    ARISH_POLICE,
    ARISH_RING,
    ARISH_SOUTH,
    ARISH_SUSPECTS,
    BIR_ABD,
    CENTRAL_SINAI,
    EG_AIR,
    EG_ARMED_FORCES,
    EG_AUTHORITIES,
    EG_BOMB_SQUAD,
    EG_PM,
    EG_SECURITY,
    EG_SECURITY_FORCES,
    KHARRUBA,
    NORTH_SINAI,
    NS_EDUCATION,
    NS_SHEIKHS,
    RAFAH,
    RAFAH_CROSSING,
    RAID_CLASH,
    SECURITY_SOURCE_540,
    SHEIKH_ZUWEID,
    SINAI_COOPERATORS,
    SINAI_GUNMEN,
    SINAI_MILITANTS,
    SINAI_VEHICLES,
    SZ_CLASH,
    SZ_RAFAH,
    SZ_RAFAH_RESIDENTS,
    TRIBAL_SHEIKH,
    WILAYAT_SINAI,
)
from common import AIR, ARREST, CLASH, MINE, OTHER, D, E, paras_of

SLUG = "north_sinai_2018_sheikh_zuweid_arish_checkpoint_curfew"
TODAY = D("2018-02-19")
YESTERDAY = D("2018-02-18")
SINCE_YESTERDAY = D("2018-02-19", "day", ("2018-02-18", "2018-02-19"))
STATEMENT = D("2018-02-18", "day", ("2018-02-16", "2018-02-18"))
ARTICLE = dict(
    id="team108-540", slug=SLUG, published="2018-02-19",
    outlet="al-Midan al-Masri, a Cairo-based state-aligned daily newspaper's website (fictional)",
    paras=paras_of(f"540_{SLUG}.txt"),
    events=[
        # the main event, first in the lead ¶1 (no dateline; Sheikh Zuweid in the first sentence): militants
        # attack a checkpoint south of Sheikh Zuweid at dawn and the post's force fights back; two
        # conscripts and three attackers killed per a security source → 5 (Armed clash, both sides as
        # source); ¶3 the ISIS branch's claim, ¶17 the funerals of «المجندَين الشهيدين»
        E(True, ["ASSAULT"], [0, 1, 3, 17], "هجوم شنّته", ["asserted", "reported"], mode="firearms",
          source=SZ_CLASH, location=SHEIKH_ZUWEID, date=TODAY, fatalities=5, attribution=["مصدر أمني"],
          acled=CLASH, tpara=1),
        # ¶2, the army spokesman's statement «مساء أمس», one sentence, two events: eight militants killed in
        # an exchange of fire with raiding forces south of Bir al-Abd (core ASSAULT, Armed clash, 8) and an
        # air strike on four-wheel-drive vehicles in central Sinai (core ASSAULT, Air/drone strike); both
        # undated within the statement (a three-day range); four depots destroyed are an optional ASSAULT
        E(True, ["ASSAULT"], [2], "تبادل لإطلاق النار", ["asserted", "reported"], mode="firearms",
          source=RAID_CLASH, location=BIR_ABD, date=STATEMENT, fatalities=8,
          attribution=["المتحدث العسكري للقوات المسلحة"], acled=CLASH),
        E(True, ["ASSAULT"], [2], "واستهداف القوات الجوية", ["asserted", "reported"], mode="aerial",
          source=EG_AIR, recipient=SINAI_VEHICLES, location=CENTRAL_SINAI, date=STATEMENT,
          attribution=["المتحدث العسكري للقوات المسلحة"], acled=AIR),
        E(False, ["ASSAULT"], [2], "دمّرت", ["asserted", "reported"], mode="destroy",
          source=EG_ARMED_FORCES, location=CENTRAL_SINAI, date=STATEMENT),
        # ¶3 (the other side's version of the main event): «ولاية سيناء» claims through «أعماق» to have
        # caused casualties, without a number; «من دون أن» negates nothing
        # ¶4: the bomb squad defuses three IEDs planted «من قبل العناصر التكفيرية» on the international road
        # near al-Kharruba (core COERCE confiscate, ASSAULT also accepted; Strategic developments/Other)
        E(True, ["COERCE", "ASSAULT"], [4], "تفكيك", ["asserted"], mode="confiscate",
          source=EG_BOMB_SQUAD, recipient=SINAI_MILITANTS, location=KHARRUBA, date=TODAY, acled=OTHER),
        # ¶5: the prime minister's decree extending the curfew for three months (core COERCE curfew; the
        # headline 0 names it)
        E(True, ["COERCE"], [0, 5], "بمدّ حظر التجوال", ["asserted"], mode="curfew",
          source=EG_PM, location=NORTH_SINAI, date=TODAY, tpara=5),
        # ¶6: the education directorate postpones the second term in the schools of Sheikh Zuweid and Rafah
        # (an authority's order: optional COERCE restrict)
        E(False, ["COERCE"], [6], "تأجيل", ["asserted"], mode="restrict",
          source=NS_EDUCATION, location=SZ_RAFAH, date=TODAY),
        # paragraph 7 (Sheikh Zuweid: a description) holds no event
        # ¶8 (verb–subject–object): eleven suspects arrested in raids in southern al-Arish «مساء أمس» (core
        # COERCE, Arrests); the weapons seized and the remand order are optional
        E(True, ["COERCE"], [8], "وألقت", ["asserted", "reported"], mode="arrest",
          source=EG_SECURITY, recipient=ARISH_SUSPECTS, location=ARISH_SOUTH, date=YESTERDAY,
          attribution=["بيان وزارة الداخلية"], acled=ARREST),
        E(False, ["COERCE"], [8], "وضبطت", ["asserted"], mode="confiscate",
          source=EG_SECURITY, location=ARISH_SOUTH, date=YESTERDAY),
        E(False, ["COERCE"], [8], "بحبسهم", ["asserted"], mode="arrest",
          recipient=ARISH_SUSPECTS, date=SINCE_YESTERDAY),
        # ¶9: a tribal sheikh's abduction rumoured on social media and denied by a security source (core
        # ASSAULT abduct, rumored; no time → no date; the denial optional)
        E(True, ["ASSAULT"], [9], "اختطاف", ["rumored", "reported"], mode="abduct",
          source=SINAI_GUNMEN, recipient=TRIBAL_SHEIKH, location=BIR_ABD, date=None,
          attribution=["صفحات على مواقع التواصل الاجتماعي"]),
        E(False, ["REJECT"], [9], "نفى", ["asserted"],
          source=SECURITY_SOURCE_540, date=TODAY),
        # ¶10: «ولاية سيناء»'s conditional threat against tribesmen who help the army (core THREATEN; the
        # targeting optional, hypothetical)
        E(True, ["THREATEN"], [10], "وهدد", ["asserted", "reported"], mode="violence",
          source=WILAYAT_SINAI, recipient=SINAI_COOPERATORS, date=SINCE_YESTERDAY),
        E(False, ["ASSAULT"], [10], "باستهداف", ["hypothetical"], mode="firearms",
          source=WILAYAT_SINAI, recipient=SINAI_COOPERATORS, date=None),
        # ¶11: the Rafah crossing to open «اعتباراً من يوم الأربعاء المقبل» (core RETREAT access, planned)
        E(True, ["RETREAT"], [11], "تفتح", ["planned"], mode="access",
          source=EG_AUTHORITIES, location=RAFAH_CROSSING, date=D("2018-02-21"),
          attribution=["السفارة الفلسطينية في القاهرة"]),
        # ¶12, one sentence, two events: vegetable and fuel lorries still kept out of Sheikh Zuweid and
        # Rafah (core RETREAT access, negated) while the armed forces hand out food parcels (core AID,
        # undated: a three-day range)
        E(True, ["RETREAT"], [12], "تسمح", ["negated"], mode="access",
          source=EG_SECURITY_FORCES, location=SZ_RAFAH, date=TODAY),
        E(True, ["AID"], [12], "وزّعت", ["asserted"], mode="humanitarian",
          source=EG_ARMED_FORCES, recipient=SZ_RAFAH_RESIDENTS, location=SZ_RAFAH,
          date=D("2018-02-19", "day", ("2018-02-17", "2018-02-19"))),
        # paragraph 13 (the roads since 2013 and the civilians killed since: a generic statement and an
        # aggregate) holds no event
        # background at another place, in «وكان … قد»: an IED on a police armoured vehicle on al-Arish's
        # ring road on 28 January, claimed by the ISIS branch (core, historical, 4)
        E(True, ["ASSAULT"], [14], "لانفجار عبوة ناسفة", ["historical", "asserted"], mode="explosives",
          source=WILAYAT_SINAI, recipient=ARISH_POLICE, location=ARISH_RING, date=D("2018-01-28"),
          fatalities=4, acled=MINE),
        # ¶15, one sentence, two events: the North Sinai tribal elders' support for the operation at a
        # conference in al-Arish (core SUPPORT; the conference optional CONSULT) and armed forces
        # reinforcements sent to Rafah (core MOBILIZE; «تمهيداً» gives its purpose)
        E(True, ["SUPPORT"], [15], "دعمهم", ["asserted"],
          source=NS_SHEIKHS, recipient=EG_ARMED_FORCES, location=ARISH, date=TODAY),
        E(False, ["CONSULT"], [15], "مؤتمر", ["asserted"], mode="multilateral",
          source=NS_SHEIKHS, location=ARISH, date=TODAY),
        E(True, ["MOBILIZE"], [15], "بتعزيزات", ["asserted", "reported"], mode="troops",
          source=EG_ARMED_FORCES, location=RAFAH, date=SINCE_YESTERDAY, attribution=["مصدر عسكري"]),
        # paragraph 16 (a shopkeeper's words) holds no event; ¶17, the funerals, is a paragraph of the main
        # event
    ],
)
