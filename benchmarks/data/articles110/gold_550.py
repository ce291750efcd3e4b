"""Gold of article 550: Fezzan (Murzuq, Ubari, the Sharara oil field, Sabha, Umm al-Aranib, the Tamanhint air
base), a Sabha-based local radio station's news page, 2019-08-20 (Tue)."""
from actors_places import (
    CHAD_FIGHTERS,
    DISPLACED_80,
    DISPLACEMENT,
    ELDERS_DELEGATION,
    LNA,
    LRC_SABHA,
    MURZUQ,
    MURZUQ_AIRPORT,
    MURZUQ_CLASH,
    MURZUQ_EAST,
    MURZUQ_FAMILIES,
    MURZUQ_GATHERING,
    MURZUQ_MAYOR,
    MURZUQ_NORTH,
    MURZUQ_OUTSKIRTS,
    MURZUQ_PARTIES,
    MURZUQ_SECURITY,
    NOC,
    SABHA,
    SHARARA,
    SHARARA_PROTESTERS,
    TAMANHINT,
    UBARI,
    UBARI_COUNCIL,
    UMM_ARANIB,
    UMM_ARANIB_CLASH,
    UNSMIL,
)
from common import AIR, CLASH, PEACEFUL, D, E, paras_of

SLUG = "murzuq_2019_sabha_sharara_ubari_drone_curfew"
TODAY = D("2019-08-20")
YESTERDAY = D("2019-08-19")
SINCE_YESTERDAY = D("2019-08-20", "day", ("2019-08-19", "2019-08-20"))
ARTICLE = dict(
    id="team110-550", slug=SLUG, published="2019-08-20",
    outlet="Wahat al-Janub, a Sabha-based local radio station's news page (fictional)",
    paras=paras_of(f"550_{SLUG}.txt"),
    events=[
        # the main event, first in the lead (no dateline; Murzuq in the first sentence): a drone strike on a
        # gathering of residents of an eastern quarter «مساء أمس الاثنين», six killed (one number) → 6
        # (Air/drone strike); the lead names no perpetrator, ¶3 the General Command owns the strike but says
        # it hit «mercenaries» (its denial of civilian deaths optional REJECT), ¶9 UNSMIL's condemnation,
        # ¶11 «منذ الغارة», ¶17 the burial of «القتلى الستة»; the headline 0 names it
        E(True, ["ASSAULT"], [0, 1, 3, 9, 11, 17], "بغارة لطائرة مسيّرة", ["asserted", "reported"],
          mode="aerial",
          source=LNA, recipient=MURZUQ_GATHERING, location=MURZUQ_EAST, date=YESTERDAY, fatalities=6,
          attribution=["مصدر في مستشفى مرزق العام", "المكتب الإعلامي لقوات القيادة العامة"], acled=AIR,
          tpara=1),
        E(False, ["REJECT"], [3], "نافياً", ["asserted"],
          source=LNA, location=MURZUQ, date=SINCE_YESTERDAY),
        # ¶2: renewed clashes between Tebu and Ahali armed men in northern Murzuq (core ASSAULT, Armed clash,
        # both sides as source; no toll known: «من دون أن» negates nothing)
        E(True, ["ASSAULT"], [2], "الاشتباكات", ["asserted"], mode="heavy-weapons",
          source=MURZUQ_CLASH, location=MURZUQ_NORTH, date=TODAY, attribution=["سكان"], acled=CLASH),
        # ¶4: Ubari's municipal council suspends its work in protest (core PROTEST, strike; a statement, no
        # gathering: no ACLED label); the emergency meeting before it is optional; «، وذلك بعد» tells the time
        E(True, ["PROTEST"], [4], "تعليق أعماله", ["asserted"], mode="strike",
          source=UBARI_COUNCIL, location=UBARI, date=SINCE_YESTERDAY),
        E(False, ["CONSULT"], [4], "اجتماع طارئ", ["asserted"],
          source=UBARI_COUNCIL, location=UBARI, date=YESTERDAY),
        # ¶5 (and the headline), one sentence, three events: young men close the Sharara field after a
        # sit-in at its gate (core PROTEST obstruct, Peaceful protest), demand jobs and fuel from the NOC
        # (core REQUEST) and threaten to shut the pipeline valve within a week (core THREATEN; the shutting
        # optional, hypothetical)
        E(True, ["PROTEST"], [0, 5], "وأغلق", ["asserted"], mode="obstruct",
          source=SHARARA_PROTESTERS, location=SHARARA, date=TODAY, acled=PEACEFUL, tpara=5),
        E(True, ["REQUEST"], [5], "مطالبين", ["asserted"],
          source=SHARARA_PROTESTERS, recipient=NOC, location=SHARARA, date=TODAY,
          attribution=["أحد المشاركين في الاعتصام"]),
        E(True, ["THREATEN"], [5], "وهدد", ["asserted"], mode="obstruct",
          source=SHARARA_PROTESTERS, recipient=NOC, location=SHARARA, date=TODAY),
        E(False, ["PROTEST"], [5], "بإغلاق صمام", ["hypothetical"], mode="obstruct",
          source=SHARARA_PROTESTERS, location=SHARARA, date=None),
        # ¶6, one sentence, two events: over two hundred families flee Murzuq (optional RETREAT: no actor's
        # concession) and the Red Crescent's Sabha branch hands out food to eighty of them (core AID)
        E(False, ["RETREAT"], [6], "ونزحت", ["asserted"], mode="withdraw",
          source=MURZUQ_FAMILIES, location=DISPLACEMENT,
          date=D("2019-08-19", "day", ("2019-08-18", "2019-08-20"))),
        E(True, ["AID"], [6], "وزّع", ["asserted"], mode="humanitarian",
          source=LRC_SABHA, recipient=DISPLACED_80, location=SABHA, date=TODAY),
        # paragraph 7 (Murzuq: a description) holds no event
        # ¶8 (and the headline): Murzuq's security directorate announces a night curfew from this evening
        # (core COERCE curfew); the ban on carrying arms and its threat to those who break it are optional
        E(True, ["COERCE"], [0, 8], "حظر التجوّل", ["asserted", "planned"], mode="curfew",
          source=MURZUQ_SECURITY, location=MURZUQ, date=TODAY, attribution=["بيان نشرته على صفحتها الرسمية"],
          tpara=8),
        E(False, ["COERCE"], [8], "ومنعت", ["asserted", "planned"], mode="ban",
          source=MURZUQ_SECURITY, location=MURZUQ, date=TODAY),
        E(False, ["THREATEN"], [8], "مهددةً", ["asserted"], mode="arrest",
          source=MURZUQ_SECURITY, location=MURZUQ, date=TODAY),
        # ¶9 (a paragraph of the main event too), two events joined with «و» and a second verb: UNSMIL
        # condemns the strike without naming anyone (core ACCUSE) and asks for an independent inquiry (core
        # REQUEST); its call on all sides is optional
        E(True, ["ACCUSE"], [9], "ودانت", ["asserted"],
          source=UNSMIL, location=MURZUQ, date=SINCE_YESTERDAY),
        E(True, ["REQUEST"], [9], "وطالبت", ["asserted"],
          source=UNSMIL, location=MURZUQ, date=SINCE_YESTERDAY),
        E(False, ["REQUEST"], [9], "ودعت", ["asserted"],
          source=UNSMIL, date=SINCE_YESTERDAY),
        # ¶10: Chadian opposition fighters arriving, rumoured on local pages and denied by Murzuq's mayor
        # (core MOBILIZE, rumored; the denial optional REJECT)
        E(True, ["MOBILIZE"], [10], "وصول مقاتلين", ["rumored", "reported"], mode="troops",
          source=CHAD_FIGHTERS, location=MURZUQ_OUTSKIRTS, date=None,
          attribution=["صفحات محلية على «فيسبوك»"]),
        E(False, ["REJECT"], [10], "نفى", ["asserted"],
          source=MURZUQ_MAYOR, location=MURZUQ, date=SINCE_YESTERDAY),
        # ¶11 (a paragraph of the main event too): no air ambulance has reached Murzuq's airport (core AID,
        # negated)
        E(True, ["AID"], [11], "طائرة إسعاف", ["negated"], mode="humanitarian",
          location=MURZUQ_AIRPORT, date=SINCE_YESTERDAY),
        # ¶12: a delegation of notables from Ghat and Ubari due in Murzuq «يوم الخميس المقبل» (core CONSULT,
        # planned); the proposal it will carry is optional, planned
        E(True, ["CONSULT"], [12], "يصل", ["planned"], mode="visit",
          source=ELDERS_DELEGATION, recipient=MURZUQ_PARTIES, location=MURZUQ, date=D("2019-08-22"),
          attribution=["عضو في المجلس الاجتماعي لقبائل الجنوب"]),
        E(False, ["AGREE"], [12], "مقترحاً", ["planned"],
          source=ELDERS_DELEGATION, recipient=MURZUQ_PARTIES, location=MURZUQ, date=None),
        # paragraph 13 (a shopkeeper's words) holds no event
        # background at another place, in «وكان … قد»: gunmen attack a security gate at Umm al-Aranib on 11
        # July (core, historical, 2; Armed clash with the guards)
        E(True, ["ASSAULT"], [14], "هاجموا", ["historical", "asserted"], mode="firearms",
          source=UMM_ARANIB_CLASH, location=UMM_ARANIB, date=D("2019-07-11"), fatalities=2, acled=CLASH),
        # ¶15: General Command reinforcements reach the Tamanhint air base (core MOBILIZE); columns to
        # follow are optional, planned
        E(True, ["MOBILIZE"], [15], "تعزيزات", ["asserted", "reported"], mode="troops",
          source=LNA, location=TAMANHINT, date=YESTERDAY, attribution=["مصدر عسكري"]),
        E(False, ["MOBILIZE"], [15], "ستلحق", ["planned"], mode="troops",
          source=LNA, date=None),
        # paragraph 16 (insecurity in the south for years: a generic statement) holds no event; ¶17, the
        # burial, is a paragraph of the main event
    ],
)
