"""Gold of article 620: the checkpoints of Abu Rifai and al-Sidra around Sheikh Zuweid, the road between them,
al-Arish, Rafah, with the wounded taken to Ismailia (North Sinai), a Cairo-based private daily's website,
2015-07-02 (Thu)."""
from actors_places import (
    ABM,
    ABM_AND_ARMY,
    ABM_HIST,
    ARISH,
    ARISH_HIST,
    ARISH_TARGETS,
    AZHAR,
    CHECKPOINTS,
    CITIZENS_620,
    EG_AIR,
    EG_ARMY,
    EG_ARMY_MEDEVAC,
    EG_CABINET,
    EG_SECURITY,
    ISMAILIA,
    NDC,
    NORTH_SINAI,
    RAFAH,
    RAFAH_CHILDREN,
    SIDRA,
    SIDRA_SOLDIERS,
    SINAI,
    SOUTH_SZ_RAFAH,
    SOUTH_VILLAGES_ROADS,
    SUSPECTS_9,
    SZ_POLICE,
    SZ_POLICE_GUARD,
    SZ_RAFAH_VILLAGES,
    SZ_ROAD,
    TAKFIRI,
    UNSC_620,
    WOUNDED_EG,
)
from common import AIR, ARREST, CLASH, MINE, SHELL, D, E, paras_of

SLUG = "north_sinai_2015_sheikh_zuweid_arish_rafah"
TODAY = D("2015-07-02")
YESTERDAY = D("2015-07-01")
LATELY = D("2015-07-02", "day", ("2015-07-01", "2015-07-02"))
LAST_NIGHT = D("2015-07-01", "day", ("2015-07-01", "2015-07-02"))
ARTICLE = dict(
    id="team124-620", slug=SLUG, published="2015-07-02",
    outlet="al-Masar, a Cairo-based private daily's website (fictional)",
    paras=paras_of(f"620_{SLUG}.txt"),
    events=[
        # the main event, first in the lead (no dateline; Sheikh Zuweid named in the first sentence): the
        # simultaneous attacks on five army checkpoints and the clashes until the afternoon (ASSAULT, Armed
        # clash, both sides as source); 21 per the military spokesman, 35 per medical sources in ¶3 → 21; ¶4
        # the group's claim, ¶16 the funerals of «شهداء كميني أبو رفاعي والسدرة»; the headline names it
        E(True, ["ASSAULT"], [0, 1, 3, 4, 16], "هجمات", ["asserted", "reported"], mode="firearms",
          source=ABM_AND_ARMY, location=CHECKPOINTS, date=YESTERDAY, fatalities=21,
          attribution=["المتحدث العسكري للقوات المسلحة", "مصادر طبية في مستشفى العريش العام"], acled=CLASH,
          tpara=1),
        # ¶2: F-16 strikes on the attackers' hideouts south of Sheikh Zuweid and Rafah, 23 killed (core
        # ASSAULT, Air/drone strike; the headline names it)
        E(True, ["ASSAULT"], [0, 2], "غارات", ["asserted", "reported"], mode="aerial", source=EG_AIR,
          recipient=TAKFIRI, location=SOUTH_SZ_RAFAH, date=YESTERDAY, fatalities=23,
          attribution=["القوات المسلحة"], acled=AIR, tpara=2),
        # ¶3, the medical sources' higher count, and ¶4, the claim, are paragraphs of the main event
        # ¶4: the group's conditional threat (core THREATEN)
        E(True, ["THREATEN"], [4], "وتوعّدت", ["asserted", "reported"], mode="violence", source=ABM,
          recipient=EG_ARMY, location=SZ_RAFAH_VILLAGES, date=LATELY),
        # ¶5: the attackers failed to take the Sheikh Zuweid police station (core COERCE, negated); their
        # siege, their rockets and their roadside bombs are optional
        E(True, ["COERCE"], [5], "السيطرة", ["negated"], mode="seize", source=ABM, recipient=SZ_POLICE_GUARD,
          location=SZ_POLICE, date=YESTERDAY, attribution=["مصدر أمني"]),
        E(False, ["COERCE"], [5], "محاصرتهم", ["asserted", "reported"], mode="restrict", source=ABM,
          recipient=SZ_POLICE_GUARD, location=SZ_POLICE, date=YESTERDAY),
        E(False, ["ASSAULT"], [5], "وإطلاقهم", ["asserted", "reported"], mode="heavy-weapons", source=ABM,
          recipient=SZ_POLICE_GUARD, location=SZ_POLICE, date=YESTERDAY),
        E(False, ["ASSAULT"], [5], "زرعوا", ["asserted", "reported"], mode="explosives", source=ABM,
          location=SZ_POLICE, date=YESTERDAY),
        # paragraph 6 (Sheikh Zuweid: a description) holds no event
        # ¶7: the cabinet extends the curfew for three months (core COERCE, curfew); its emergency meeting is
        # optional
        E(True, ["COERCE"], [7], "تمديد", ["asserted"], mode="curfew", source=EG_CABINET,
          location=NORTH_SINAI, date=YESTERDAY),
        E(False, ["CONSULT"], [7], "اجتماع", ["asserted"], source=EG_CABINET, date=YESTERDAY),
        # ¶8: the wounded flown to the military hospital in Ismailia (core AID); the blood donors are optional
        E(True, ["AID"], [8], "ونُقل", ["asserted"], mode="humanitarian", source=EG_ARMY_MEDEVAC,
          recipient=WOUNDED_EG, location=ISMAILIA, date=LATELY),
        E(False, ["AID"], [8], "للتبرع", ["asserted"], mode="humanitarian", source=CITIZENS_620,
          recipient=WOUNDED_EG, location=ISMAILIA, date=LATELY),
        # ¶9: three soldiers said by witnesses to have been abducted at al-Sidra, no comment from the army
        # (core ASSAULT, abduct, rumored; no ACLED label)
        E(True, ["ASSAULT"], [9], "اختطاف", ["rumored", "reported"], mode="abduct", source=ABM,
          recipient=SIDRA_SOLDIERS, location=SIDRA, date=YESTERDAY, attribution=["شهود من أبناء المنطقة"]),
        # ¶10: the Security Council condemns the attacks (core ACCUSE); al-Azhar's condemnation is optional
        E(True, ["ACCUSE"], [10], "ودان", ["asserted"], source=UNSC_620, location=SINAI, date=LAST_NIGHT),
        E(False, ["ACCUSE"], [10], "دان", ["asserted"], source=AZHAR, location=SINAI, date=LATELY, occ=1),
        # ¶11: the National Defence Council to meet this evening (core CONSULT, planned)
        E(True, ["CONSULT"], [11], "اجتماعاً", ["planned"], mode="multilateral", source=NDC, location=SINAI,
          date=TODAY, attribution=["مصدر رئاسي"]),
        # paragraph 12 (a conscript's mother's words) holds no event
        # ¶13: a mortar shell of unknown origin kills two children in Rafah (core ASSAULT, Shelling, no
        # source)
        E(True, ["ASSAULT"], [13], "قذيفة", ["asserted"], mode="heavy-weapons", recipient=RAFAH_CHILDREN,
          location=RAFAH, date=YESTERDAY, fatalities=2, acled=SHELL),
        # ¶14: nine suspects held in al-Arish at dawn (core COERCE, Arrests)
        E(True, ["COERCE"], [14], "وأوقفت", ["asserted"], mode="arrest", source=EG_SECURITY,
          recipient=SUSPECTS_9, location=ARISH, date=TODAY, attribution=["مصدر أمني"], acled=ARREST),
        # background at another place, in «وكان … قد»: the attacks on al-Arish on 29 January, 26 killed (core,
        # historical, Remote explosive: the car bomb is the highest type of the tactics)
        E(True, ["ASSAULT"], [15], "هجمات", ["historical", "asserted"], mode="explosives", source=ABM_HIST,
          recipient=ARISH_TARGETS, location=ARISH_HIST, date=D("2015-01-29"), fatalities=26, acled=MINE),
        # ¶16, the funerals, is a paragraph of the main event
        # ¶17: armour and special forces sent to Sheikh Zuweid (core MOBILIZE); the side roads closed
        # (optional)
        E(True, ["MOBILIZE"], [17], "ودفعت", ["asserted"], mode="troops", source=EG_ARMY, location=SZ_ROAD,
          date=LATELY),
        E(False, ["COERCE"], [17], "وأغلقت", ["asserted"], mode="restrict", source=EG_ARMY,
          location=SOUTH_VILLAGES_ROADS, date=LATELY),
    ],
)
