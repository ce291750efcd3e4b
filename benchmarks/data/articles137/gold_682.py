"""Gold of article 682: the Islamic State's dawn attack on the village of Aqarib al-Safiyah (main event, told
in ¶3 after the army's deployment and the air raids; thirty-one dead by the Hama health directorate,
thirty-six by the governor), the army's deployment in the village, air raids on Uqayribat, the foreign
ministry's accusation, leaflets scattered over Uqayribat with a threat, Red Crescent aid in Salamiyah, no
condemnation by the UN Secretariat (negated), the notables' demand, the attack on al-Mabouja in March 2015,
joint combing by the army and the National Defence Forces, a colonel said to have been relieved (rumoured),
the governor's meeting with the notables, the Baath branch's praise and a ministry delegation due in Salamiyah
on Sunday (planned) (Hama, Syria), a Hama-based Syrian state provincial daily newspaper's website, 2017-05-19
(Fri). No dateline: the lead names Aqarib al-Safiyah."""
from actors_places import (
    AQARIB,
    AQARIB_DEAL,
    AQARIB_EAST,
    AQARIB_NOTABLES,
    AQARIB_PEOPLE,
    AQARIB_VICTIMS,
    ARMY_HELICOPTERS_682,
    ARMY_NDF_682,
    BAATH_HAMA,
    CENTRAL_COMMAND,
    CIVILIANS_UQAYRIBAT,
    COLONEL,
    DISPLACED_682,
    HAMA_GOVERNOR,
    IS_682_HIST,
    IS_ATTACKERS,
    IS_FIGHTERS_682,
    IS_GATHERINGS,
    IS_PLANTERS_682,
    LOCAL_ADMIN_DELEGATION,
    MABOUJA,
    MABOUJA_VICTIMS,
    SALAMIYAH,
    SALAMIYAH_MP,
    SALAMIYAH_NOTABLES,
    SARC_SALAMIYAH,
    SY_AIR_FORCE_682,
    SY_ARMY_682,
    SY_MFA,
    TERROR_SPONSORS_682,
    UN_SECRETARIAT,
    UNSC,
    UQAYRIBAT,
)
from common import AIR, ATTACK, D, E, paras_of

SLUG = "aqarib_2017_salamiyah_uqayribat"
YESTERDAY = D("2017-05-18")
TODAY = D("2017-05-19")
TODAY_OR_EVE = D("2017-05-19", "day", ("2017-05-18", "2017-05-19"))
ARTICLE = dict(
    id="team137-682", slug=SLUG, published="2017-05-19",
    outlet="Sada al-Nawaeer, a Hama-based Syrian state provincial daily newspaper's website (fictional)",
    paras=paras_of(f"682_{SLUG}.txt"),
    events=[
        # ¶1 (verb first; the place in the first sentence): army units deployed in the village this morning
        E(True, ["MOBILIZE"], [1], "انتشرت", ["asserted"], mode="troops", source=SY_ARMY_682, location=AQARIB,
          date=TODAY, attribution=["مراسل «صدى النواعير»"]),
        # ¶2: air raids on Islamic State positions in Uqayribat (a silence on the dead)
        E(True, ["ASSAULT"], [2], "غارات", ["asserted"], mode="aerial", source=SY_AIR_FORCE_682,
          recipient=IS_GATHERINGS, location=UQAYRIBAT, date=TODAY, attribution=["مصدر عسكري"], acled=AIR),
        # MAIN EVENT, told in ¶3 after two other core events: the dawn attack on the village, thirty-one dead
        # by the health directorate; the headline and the governor's thirty-six and a survivor ¶4 (31 against
        # 36: 31); the attackers' withdrawal optional
        E(True, ["ASSAULT"], [0, 3, 4], "وهاجم", ["asserted"], mode="firearms", source=IS_ATTACKERS,
          recipient=AQARIB_VICTIMS, location=AQARIB, date=YESTERDAY, fatalities=31,
          attribution=["مديرية صحة حماة", "محافظ حماة"], acled=ATTACK, tpara=3),
        E(False, ["RETREAT"], [3], "انسحبوا", ["asserted"], mode="withdraw", source=IS_ATTACKERS,
          location=AQARIB, date=YESTERDAY),
        # ¶5: the foreign ministry's letters hold the sponsors of terrorism responsible (a back-reference in a
        # quotation); its demand on the Council optional (a participle)
        E(True, ["ACCUSE"], [5], "وحمّلت", ["asserted"], source=SY_MFA, recipient=TERROR_SPONSORS_682,
          date=TODAY_OR_EVE),
        E(False, ["REQUEST"], [5], "مطالبةً", ["asserted"], source=SY_MFA, recipient=UNSC, date=TODAY_OR_EVE),
        # ¶6 (the village, a verbless sentence) holds no event. ¶7: the leaflets' threat, with a condition and
        # a passive; their call to the civilians optional
        E(True, ["THREATEN"], [7], "تتوعد", ["asserted"], mode="violence", source=ARMY_HELICOPTERS_682,
          recipient=IS_FIGHTERS_682, location=UQAYRIBAT, date=TODAY),
        E(False, ["REQUEST"], [7], "وتدعو", ["asserted"], source=ARMY_HELICOPTERS_682,
          recipient=CIVILIANS_UQAYRIBAT, location=UQAYRIBAT, date=TODAY),
        # ¶8: Red Crescent meals and blankets for the displaced in Salamiyah
        E(True, ["AID"], [8], "وقدّم", ["asserted"], mode="humanitarian", source=SARC_SALAMIYAH,
          recipient=DISPLACED_682, location=SALAMIYAH, date=YESTERDAY, attribution=["رئيس الفرع"]),
        # ¶9: no condemnation by the UN Secretariat (negated); the MP's reproach of that silence optional
        E(True, ["ACCUSE"], [9], "إدانة", ["negated"], source=UN_SECRETARIAT, date=TODAY),
        E(False, ["ACCUSE"], [9], "وصفه", ["asserted"], source=SALAMIYAH_MP, recipient=UN_SECRETARIAT,
          date=TODAY_OR_EVE),
        # ¶10: the notables' demand to arm the villages
        E(True, ["REQUEST"], [10], "وطالب", ["asserted"], source=SALAMIYAH_NOTABLES, location=SALAMIYAH,
          date=TODAY_OR_EVE),
        # ¶11, «وكان … قد» at another place: the attack on al-Mabouja in March 2015 (core, historical;
        # «عشرات»)
        E(True, ["ASSAULT"], [11], "هاجموا", ["historical", "asserted"], mode="firearms", source=IS_682_HIST,
          recipient=MABOUJA_VICTIMS, location=MABOUJA,
          date=D("2015-03-15", "month", ("2015-03-01", "2015-03-31")),
          fatalities=12, acled=ATTACK),
        # ¶12: joint combing by the army and the National Defence Forces («مع»); the bombs planted optional
        E(True, ["COOPERATE"], [12], "بالتعاون", ["asserted"], source=ARMY_NDF_682, recipient=ARMY_NDF_682,
          location=AQARIB_EAST, date=TODAY_OR_EVE),
        E(False, ["ASSAULT"], [12], "زرعها", ["asserted"], mode="explosives", source=IS_PLANTERS_682,
          location=AQARIB_EAST, date=None),
        # ¶13: a colonel said to have been relieved of his command (rumoured; a silence closes it)
        E(True, ["SANCTION", "COERCE"], [13], "أعفت", ["rumored", "reported"], source=CENTRAL_COMMAND,
          recipient=COLONEL, date=None, attribution=["أهالي القرى المجاورة"]),
        # ¶14: the governor meets the notables; their agreement on night guards optional
        E(True, ["CONSULT"], [14], "والتقى", ["asserted"], source=HAMA_GOVERNOR, recipient=AQARIB_NOTABLES,
          location=SALAMIYAH, date=TODAY_OR_EVE),
        E(False, ["AGREE"], [14], "واتفق", ["asserted"], source=AQARIB_DEAL, recipient=AQARIB_DEAL,
          location=SALAMIYAH, date=TODAY_OR_EVE),
        # ¶15 (a field of barley) holds no event. ¶16: the Baath branch's praise
        E(True, ["SUPPORT"], [16], "وأشادت", ["asserted"], source=BAATH_HAMA, recipient=AQARIB_PEOPLE,
          date=TODAY_OR_EVE),
        # ¶17 (the shortest): a ministry delegation «يوم الأحد المقبل» (planned; a present tense, a place and
        # a day before its subject, a purpose clause)
        E(True, ["CONSULT"], [17], "ويصل", ["planned"], mode="visit", source=LOCAL_ADMIN_DELEGATION,
          location=SALAMIYAH, date=D("2017-05-21")),
    ],
)
