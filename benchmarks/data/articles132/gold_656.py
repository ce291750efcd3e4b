"""Gold of article 656: the army's retaking of Souran after the factions' offensive towards Suqaylabiyah and
Mhardeh, the strikes on al-Lataminah and Kafr Zita and the field hospital hit (the Mhardeh countryside), a
Mhardeh-based local Christian community news page, 2017-04-03 (Mon)."""
from actors_places import (
    BACKERS_656,
    BATTLE_656,
    CHURCH_CHILDREN,
    CHURCH_RELIEF,
    CHURCH_SQUARE,
    FACTIONS_656,
    FIELD_HOSPITAL_656,
    FLEEING_656,
    FRONTS_656,
    INTL_ORGS_656,
    IZZA_COMMANDER,
    IZZA_GROUPS,
    KAFRZITA,
    LATAMINAH,
    LATAMINAH_GUNMEN,
    LATAMINAH_KAFRZITA,
    MAARDES,
    MHARDEH,
    MHARDEH_BRIDGE,
    MHARDEH_COUNCIL,
    MHARDEH_FIGURES,
    MHARDEH_IDPS,
    MHARDEH_PEOPLE,
    MHARDEH_SQUARE,
    MHARDEH_VICTIMS,
    MHARDEH_WEST,
    MHARDEH_WOUNDED,
    OFFENSIVE_656,
    RALLY_656,
    REBEL_SITES_656,
    SOURAN,
    SOURAN_TALKS,
    SOURAN_TAYBA,
    SUSPECTS_656,
    SY_AIR_656,
    SY_ARMY_656,
    SY_HELICOPTERS_656,
    SY_MIL_SECURITY,
    SY_MPS_656,
)
from common import AIR, ARREST, CLASH, SHELL, D, E, paras_of

SLUG = "mhardeh_2017_souran_lataminah_suqaylabiyah"
TODAY = D("2017-04-03")
YESTERDAY = D("2017-04-02")
SINCE_YESTERDAY = D("2017-04-02", "day", ("2017-04-02", "2017-04-03"))
LATELY = D("2017-04-03", "day", ("2017-04-02", "2017-04-03"))
LAST_TWO_DAYS = D("2017-04-03", "day", ("2017-04-01", "2017-04-03"))
ARTICLE = dict(
    id="team132-656", slug=SLUG, published="2017-04-03",
    outlet="Sada Mhardeh, a Mhardeh-based local Christian community news page on Facebook (fictional)",
    paras=paras_of(f"656_{SLUG}.txt"),
    events=[
        # the lead, after the dateline «محردة»: rockets on Mhardeh yesterday evening, a woman killed (core
        # ASSAULT, Shelling); the offensive the factions launched on 21 March is optional background
        E(True, ["ASSAULT"], [1], "قذائف صاروخية", ["asserted"], mode="heavy-weapons", source=FACTIONS_656,
          recipient=MHARDEH_VICTIMS, location=MHARDEH_WEST, date=YESTERDAY, fatalities=1, acled=SHELL),
        E(False, ["ASSAULT"], [1], "الهجوم", ["historical", "asserted"], mode="firearms", source=FACTIONS_656,
          location=OFFENSIVE_656, date=D("2017-03-21")),
        # ¶2: the air force's strikes on al-Lataminah and Kafr Zita (core ASSAULT, Air/drone strike); the
        # barrel bombs the factions' pages tell of are optional
        E(True, ["ASSAULT"], [2], "غارة", ["asserted", "reported"], mode="aerial", source=SY_AIR_656,
          recipient=REBEL_SITES_656, location=LATAMINAH_KAFRZITA, date=SINCE_YESTERDAY,
          attribution=["مصدر ميداني"], acled=AIR),
        E(False, ["ASSAULT"], [2], "ألقت", ["reported"], mode="aerial", source=SY_HELICOPTERS_656,
          location=LATAMINAH_KAFRZITA, date=SINCE_YESTERDAY, attribution=["صفحات الفصائل"]),
        # ¶3: a field hospital hit, told by the factions' pages (core ASSAULT, reported)
        E(True, ["ASSAULT"], [3], "غارة", ["reported"], mode="aerial", recipient=FIELD_HOSPITAL_656,
          location=KAFRZITA, date=YESTERDAY, attribution=["صفحات «الهيئة» على «فيسبوك»"], acled=AIR),
        # the main event, in ¶4 after the rockets, the strikes and the hospital: the army and the National
        # Defence Forces retake Souran at dawn, 27 killed per a military source; ¶5, a fighter's account
        # («السبعة والعشرين»), and the headline name it; the flight of the rest is optional
        E(True, ["ASSAULT"], [0, 4, 5], "واستعادت", ["asserted"], mode="firearms", source=BATTLE_656,
          location=SOURAN, date=TODAY, fatalities=27, attribution=["مصدر عسكري"], acled=CLASH, tpara=4),
        E(False, ["RETREAT"], [4], "فرّ", ["asserted"], mode="withdraw", source=FLEEING_656,
          location=LATAMINAH, date=TODAY),
        # ¶6: reinforcements to the fronts of Suqaylabiyah and Mhardeh (core MOBILIZE); the rocket launchers
        # set up on the hills are optional
        E(True, ["MOBILIZE"], [6], "واستقدم", ["asserted"], mode="troops", source=SY_ARMY_656,
          location=FRONTS_656, date=LAST_TWO_DAYS, attribution=["المصدر الميداني"]),
        E(False, ["ASSAULT"], [6], "الهجوم المعاكس", ["planned"], mode="firearms", source=SY_ARMY_656,
          date=None),
        E(False, ["MOBILIZE"], [6], "ونشر", ["asserted"], mode="weapons", source=SY_ARMY_656,
          date=LAST_TWO_DAYS),
        # ¶7: a Jaish al-Izza commander's threat, picked up over the radio, «كلما» the army advances (core
        # THREATEN)
        E(True, ["THREATEN"], [7], "يتوعد", ["asserted"], mode="violence", source=IZZA_COMMANDER,
          recipient=MHARDEH_PEOPLE, location=MHARDEH, date=LATELY),
        # ¶8: three young men held at the Mhardeh bridge checkpoint (core COERCE, Arrests)
        E(True, ["COERCE"], [8], "وأوقفت", ["asserted"], mode="arrest", source=SY_MIL_SECURITY,
          recipient=SUSPECTS_656, location=MHARDEH_BRIDGE, date=YESTERDAY, acled=ARREST),
        # paragraph 9 (Mhardeh: a description) holds no event; ¶10: Jaish al-Izza said to have left Maardes
        # (core RETREAT, rumored)
        E(True, ["RETREAT"], [10], "انسحاب", ["rumored"], mode="withdraw", source=IZZA_GROUPS,
          location=MAARDES, date=None, attribution=["صفحات موالية"]),
        # background in «وكانت … قد», at another place: rockets on the church square on 3 September 2016,
        # three children killed (core, historical, Shelling)
        E(True, ["ASSAULT"], [11], "قذائف", ["historical", "asserted"], mode="heavy-weapons",
          source=LATAMINAH_GUNMEN, recipient=CHURCH_CHILDREN, location=CHURCH_SQUARE, date=D("2016-09-03"),
          fatalities=3, acled=SHELL),
        # ¶12: no agreement to spare Souran and Taybat al-Imam (core AGREE, negated); the contacts themselves
        # are optional (CONSULT)
        E(True, ["AGREE"], [12], "اتفاق", ["negated"], source=SOURAN_TALKS, location=SOURAN_TAYBA, date=None),
        E(False, ["CONSULT"], [12], "الاتصالات", ["asserted"], mode="third-party", source=SOURAN_TALKS,
          date=None),
        # ¶13: food and blankets for some 320 displaced families in Mhardeh (core AID); the clinic opened in
        # the church hall is optional
        E(True, ["AID"], [13], "ووزعت", ["asserted"], mode="humanitarian", source=CHURCH_RELIEF,
          recipient=MHARDEH_IDPS, location=MHARDEH, date=YESTERDAY),
        E(False, ["AID"], [13], "وافتتحت", ["asserted"], mode="humanitarian", source=CHURCH_RELIEF,
          location=MHARDEH, date=YESTERDAY),
        # paragraph 14 (a farmer's words) holds no event; ¶15: the city council blames «الدول الداعمة
        # للإرهاب» (core ACCUSE); its demand on international organisations is optional
        E(True, ["ACCUSE"], [15], "واتهم", ["asserted"], source=MHARDEH_COUNCIL, recipient=BACKERS_656,
          date=LATELY),
        E(False, ["REQUEST"], [15], "مطالباً", ["asserted"], source=MHARDEH_COUNCIL, recipient=INTL_ORGS_656,
          date=LATELY),
        # ¶16: a march in support of the army «بعد ظهر غد الثلاثاء» (core PROTEST, planned)
        E(True, ["PROTEST"], [16], "مسيرة", ["planned"], mode="demo", source=RALLY_656,
          location=MHARDEH_SQUARE, date=D("2017-04-04"), attribution=["اللجنة المنظمة"]),
        # ¶17: a delegation of MPs meets the town's figures (core CONSULT); its visit to the wounded is
        # optional
        E(True, ["CONSULT"], [17], "والتقى", ["asserted"], mode="visit", source=SY_MPS_656,
          recipient=MHARDEH_FIGURES, location=MHARDEH, date=TODAY),
        E(False, ["CONSULT"], [17], "يتفقد", ["asserted"], mode="visit", source=SY_MPS_656,
          recipient=MHARDEH_WOUNDED, location=MHARDEH, date=TODAY),
    ],
)
