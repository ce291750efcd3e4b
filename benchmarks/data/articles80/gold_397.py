"""Gold of article 397: Azaz, Tal Malid (Marea), Tal Rifaat, the Bab al-Salama crossing, al-Bab and the
Marea–Azaz road (the northern Aleppo countryside), a Syrian local radio station's news site, 2016-04-14
(Thu)."""
from actors_places import (
    AFAD,
    AL_BAB,
    AL_BAB_YOUTHS,
    AZAZ,
    AZAZ_CIVILIANS,
    AZAZ_COUNCIL_HEAD,
    AZAZ_DELEGATION,
    AZAZ_POLICE,
    AZAZ_SUSPECTS,
    BAB_SALAMA,
    BUS_VICTIMS,
    INTL_PARTIES,
    ISIS,
    ISIS_CELLS,
    ISIS_HISBA,
    KILIS,
    KILIS_GOVERNOR,
    LEVANT_FRONT,
    MAREA_ROAD,
    REBELS_ISIS,
    TAL_MALID,
    TAL_RIFAAT,
    TR_ARTILLERY,
    TR_AUTHORITIES,
    TR_GOV,
    TURKEY_ANKARA,
    YPG,
)
from common import ARREST, CLASH, MINE, SHELL, D, E, paras_of

SLUG = "azaz_2016_marea_tal_rifaat_al_bab"
TODAY = D("2016-04-14")
ARTICLE = dict(
    id="team80-397", slug=SLUG, published="2016-04-14",
    outlet="Nabd al-Shamal Syrian local radio station news site (fictional)",
    paras=paras_of(f"397_{SLUG}.txt"),
    events=[
        # the main event, first in the lead: a car bomb by the bakery of Azaz «صباح اليوم», left unattributed
        # (headline 0, lead 1, the tolls 2, a baker 3, the funeral 4, the Levant Front's «التفجير» 5, the car
        # «إدخال السيارة» 6, «موقع الانفجار» 9); the hospital's five against the Observatory's eight → 5
        E(True, ["ASSAULT"], [0, 1, 2, 3, 4, 5, 6, 9], "بانفجار سيارة مفخخة", ["asserted"], mode="explosives",
          recipient=AZAZ_CIVILIANS, location=AZAZ, date=TODAY, fatalities=5,
          attribution=["إدارة مستشفى أعزاز الوطني", "«المرصد السوري لحقوق الإنسان»"], acled=MINE, tpara=1),
        # ¶4: the factions' deployment and the market closed after the funeral (optional)
        E(False, ["MOBILIZE"], [4], "انتشار مكثف", ["asserted"], mode="troops", location=AZAZ, date=TODAY),
        E(False, ["COERCE"], [4], "أُغلق", ["asserted"], mode="restrict", location=AZAZ, date=TODAY),
        # ¶5: the Levant Front blames ISIS (ACCUSE) and vows to hunt its cells (THREATEN)
        E(True, ["ACCUSE"], [5], "واتهمت", ["asserted"],
          source=LEVANT_FRONT, recipient=ISIS, date=TODAY),
        E(True, ["THREATEN"], [5], "وتوعّدت", ["asserted"], mode="arrest",
          source=LEVANT_FRONT, recipient=ISIS_CELLS, date=TODAY, attribution=["بيان على «تويتر»"]),
        # ¶6: the Free Police detain three suspects (COERCE)
        E(True, ["COERCE"], [6], "توقيف", ["asserted", "reported"], mode="arrest",
          source=AZAZ_POLICE, recipient=AZAZ_SUSPECTS, location=AZAZ, date=TODAY, acled=ARREST),
        # ¶7: clashes between the factions and ISIS east of Marea since yesterday evening, told by a field
        # commander and by «أعماق» (both sides are sources); the mortar cover and the claimed hill optional
        E(True, ["ASSAULT"], [7], "اشتباكات عنيفة", ["asserted", "reported"], mode="firearms",
          source=REBELS_ISIS, location=TAL_MALID, date=D("2016-04-14", "day", ("2016-04-13", "2016-04-14")),
          attribution=["قائد ميداني", "وكالة «أعماق»"], acled=CLASH),
        E(False, ["ASSAULT"], [7], "قصف بقذائف الهاون", ["reported"], mode="heavy-weapons",
          source=ISIS, location=TAL_MALID, date=D("2016-04-14", "day", ("2016-04-13", "2016-04-14"))),
        E(False, ["COERCE"], [7], "سيطروا", ["reported"], mode="seize",
          source=ISIS, location=TAL_MALID, date=TODAY),
        # ¶8: Turkish artillery shells YPG positions around Tal Rifaat (a verb-subject-object sentence,
        # headline 0; the YPG statement in ¶14 retells it); the fire Turkey says provoked it is optional
        E(True, ["ASSAULT"], [0, 8, 14], "وقصفت", ["reported", "asserted"], mode="heavy-weapons",
          source=TR_ARTILLERY, recipient=YPG, location=TAL_RIFAAT, date=TODAY,
          attribution=["وسائل إعلام تركية", "مصادر عسكرية"], acled=SHELL, tpara=8),
        E(False, ["ASSAULT"], [8], "إطلاق نار", ["reported", "rumored"], mode="firearms",
          source=YPG, location=TAL_RIFAAT, date=TODAY),
        # ¶9: the council head's appeal to Turkey (a long parenthetical between subject and verb)
        E(True, ["REQUEST"], [9], "ناشد", ["asserted"],
          source=AZAZ_COUNCIL_HEAD, recipient=TR_GOV, date=TODAY),
        # ¶10: the crossing not opened to the displaced (core RETREAT, negated) and AFAD's convoy let through
        E(True, ["RETREAT"], [10], "ولم تفتح", ["negated"], mode="access",
          source=TR_AUTHORITIES, location=BAB_SALAMA, date=TODAY),
        E(True, ["AID"], [10], "قافلة", ["asserted"], mode="humanitarian",
          source=AFAD, location=BAB_SALAMA, date=TODAY),
        # paragraph 11 (the camps: description) holds no event
        # ¶12: arrests by ISIS's Hisba in al-Bab, rumoured on social media and unverifiable
        E(True, ["COERCE"], [12], "حملة اعتقالات", ["rumored", "reported"], mode="arrest",
          source=ISIS_HISBA, recipient=AL_BAB_YOUTHS, location=AL_BAB,
          date=D("2016-04-13", "day", ("2016-04-12", "2016-04-14")),
          attribution=["حسابات محلية على مواقع التواصل"]),
        # ¶13: the delegation to meet the governor of Kilis on Saturday (planned)
        E(True, ["CONSULT"], [13], "يلتقي", ["planned"], mode="visit",
          source=AZAZ_DELEGATION, recipient=KILIS_GOVERNOR, location=KILIS, date=D("2016-04-16"),
          attribution=["عضو في المجلس"]),
        # ¶14: the YPG denies firing (REJECT) and accuses Ankara (ACCUSE); its call optional
        E(True, ["REJECT"], [14], "نفت", ["asserted"], source=YPG, recipient=TURKEY_ANKARA, date=TODAY),
        E(True, ["ACCUSE"], [14], "واتهمت", ["asserted"], source=YPG, recipient=TURKEY_ANKARA, date=TODAY),
        E(False, ["REQUEST"], [14], "وداعية", ["asserted"], source=YPG, recipient=INTL_PARTIES, date=TODAY),
        # paragraphs 15 (the three-sided encirclement: analysis) and 16 (repeated bombings: generic) hold no
        # event
        # background at another place: a bus bombed on the Marea–Azaz road on 24 January, seven killed
        E(True, ["ASSAULT"], [17], "بانفجار عبوة ناسفة", ["historical", "asserted"], mode="explosives",
          recipient=BUS_VICTIMS, location=MAREA_ROAD, date=D("2016-01-24"), fatalities=7, acled=MINE),
    ],
)
