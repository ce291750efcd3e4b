"""Gold of article 554: government artillery on Jubata al-Khashab kills four civilians (main event, told first
in the lead; four per the Syrian Observatory against five per the Local Coordination Committees), an
activist's account, the state agency's version, a Free Syrian Army attack on a checkpoint at Khan Arnabah, the
local council's accusation and demand to UNDOF, government reinforcements to Madinat al-Baath, the Israeli
army's conditional warning, a siege of Bariqa rumoured, an UNDOF visit that did not happen, a two-hour truce
agreed at Khan Arnabah, the burial, a rebel meeting due on Monday, five young men arrested at a checkpoint,
the year's dead in Quneitra, and the storming of Bir Ajam on 17 September 2012 (Quneitra, Syria), a
Paris-based Syrian opposition news website, 2012-11-24 (Sat). Dateline «باريس» (a foreign capital)."""
from actors_places import (
    BAATH_CITY,
    BAATH_JUNCTION,
    BARIQA,
    BIR_AJAM,
    BIR_AJAM_YOUTHS,
    FSA_AND_REGIME,
    GOLAN_OCC,
    ISRAELI_ARMY,
    JUBATA,
    JUBATA_CIVILIANS,
    JUBATA_COUNCIL,
    JUBATA_YOUTHS,
    KHAN_ARNABAH,
    KHAN_ARNABAH_WOUNDED,
    KHAN_BAATH_ROAD,
    MIL_SECURITY_554,
    OPPOSITION_FIGHTERS,
    QUNEITRA_BATTALIONS,
    QUNEITRA_COUNTRYSIDE,
    QUNEITRA_GOV,
    REGIME_FORCES,
    TRUCE_PARTIES,
    UNDOF,
)
from common import AGREEMENT, ARREST, ATTACK, CLASH, SHELL, D, E, paras_of

SLUG = "quneitra_2012_jubata_khan_arnabah"
YESTERDAY = D("2012-11-23")
TODAY = D("2012-11-24")
# a statement of the day whose hour the text does not give: today, or the evening before
TODAY_OR_EVE = D("2012-11-24", "day", ("2012-11-23", "2012-11-24"))
ARTICLE = dict(
    id="team111-554", slug=SLUG, published="2012-11-24",
    outlet="Nawafidh al-Sham, a Paris-based Syrian opposition news website (fictional)",
    paras=paras_of(f"554_{SLUG}.txt"),
    events=[
        # MAIN EVENT, told first in the lead ¶1 (dateline «باريس – «نوافذ الشام»:»; the verb first): the
        # shelling of Jubata al-Khashab; the activist ¶2, the state agency's version ¶3 and the burial ¶13
        # retell it. Four per the Syrian Observatory, five per the Local Coordination Committees → 4
        E(True, ["ASSAULT"], [0, 1, 2, 3, 13], "قصف مدفعي", ["asserted"], mode="heavy-weapons",
          source=REGIME_FORCES, recipient=JUBATA_CIVILIANS, location=JUBATA, date=YESTERDAY, fatalities=4,
          attribution=["المرصد السوري لحقوق الإنسان", "لجان التنسيق المحلية", "ناشط من البلدة",
                       "وكالة «سانا»"],
          acled=SHELL, tpara=1),
        # ¶4: the Free Syrian Army's attack on a checkpoint and the two-hour clash make one fight (both sides
        # are sources; «قتلى وجرحى» without a number: no fatalities); the headline names it
        E(True, ["ASSAULT"], [0, 4], "هاجم مقاتلون", ["asserted", "reported"], mode="firearms",
          source=FSA_AND_REGIME, location=KHAN_ARNABAH, date=TODAY,
          attribution=["الهيئة العامة للثورة السورية"], acled=CLASH, tpara=4),
        # ¶5 (Jubata al-Khashab and the ceasefire line) holds no event. ¶6 (subject, a long parenthesis,
        # verb): the council's accusation and its demand to UNDOF, two verbs joined with «و»
        E(True, ["ACCUSE"], [6], "اتهم", ["asserted"],
          source=JUBATA_COUNCIL, recipient=REGIME_FORCES, date=TODAY_OR_EVE),
        E(True, ["REQUEST"], [6], "وطالب", ["asserted"],
          source=JUBATA_COUNCIL, recipient=UNDOF, date=TODAY_OR_EVE),
        # ¶7: reinforcements told by activists (reported first); the attack they guard against is optional,
        # hypothetical
        E(True, ["MOBILIZE"], [7], "واستقدمت", ["reported", "asserted"], mode="troops",
          source=REGIME_FORCES, location=BAATH_CITY, date=TODAY, attribution=["ناشطون"]),
        E(False, ["ASSAULT"], [7], "لهجوم جديد", ["hypothetical"], mode="firearms",
          source=OPPOSITION_FIGHTERS, location=KHAN_BAATH_ROAD, date=None),
        # ¶8: the Israeli army's conditional warning (THREATEN); the answer it names is optional,
        # hypothetical; the mortar shell that fell near its post yesterday without casualties is optional (no
        # actor named)
        E(True, ["THREATEN"], [8], "وحذّر", ["asserted"], mode="violence",
          source=ISRAELI_ARMY, location=GOLAN_OCC, date=TODAY_OR_EVE, attribution=["بيان"]),
        E(False, ["ASSAULT"], [8], "سيرد", ["hypothetical"], mode="heavy-weapons",
          source=ISRAELI_ARMY, date=None),
        E(False, ["ASSAULT"], [8], "قذيفة هاون", ["asserted"], mode="heavy-weapons",
          location=GOLAN_OCC, date=YESTERDAY, acled=SHELL),
        # UNDOF «in contact with both sides» (optional CONSULT, a standing state)
        E(False, ["CONSULT"], [8], "على تواصل", ["asserted", "generic"],
          source=UNDOF, date=TODAY_OR_EVE),
        # ¶9: a siege of Bariqa told by sources that could not be checked and doubted by another (rumoured)
        E(True, ["COERCE"], [9], "حصار", ["rumored", "reported"], mode="restrict",
          source=REGIME_FORCES, location=BARIQA, date=D("2012-11-22", "day", ("2012-11-21", "2012-11-23")),
          attribution=["مصادر محلية"]),
        # ¶10: the UNDOF team's visit that did not happen (CONSULT, negated); the force's silence negates
        # nothing
        E(True, ["CONSULT"], [10], "ولم يدخل", ["negated"], mode="visit",
          source=UNDOF, recipient=JUBATA_COUNCIL, location=JUBATA, date=TODAY),
        # ¶11: the two-hour truce (AGREE, both in either role; ACLED Agreement); the wounded let out optional
        E(True, ["AGREE"], [11], "واتفق", ["asserted"],
          source=TRUCE_PARTIES, recipient=TRUCE_PARTIES, location=KHAN_ARNABAH, date=TODAY,
          attribution=["أحد الوجهاء"], acled=AGREEMENT),
        E(False, ["RETREAT"], [11], "بإخراج", ["asserted"], mode="access",
          recipient=KHAN_ARNABAH_WOUNDED, location=KHAN_ARNABAH, date=TODAY),
        # ¶12 (the displaced) holds no event. ¶13: the burial belongs to the main event. ¶14: the rebels'
        # meeting «يوم الإثنين المقبل» (planned CONSULT; «لبحث …» is its purpose)
        E(True, ["CONSULT"], [14], "يجتمع", ["planned"],
          source=QUNEITRA_BATTALIONS, recipient=QUNEITRA_BATTALIONS, location=QUNEITRA_COUNTRYSIDE,
          date=D("2012-11-26"), attribution=["قائد ميداني"]),
        # ¶15: five young men arrested «من قبل» the checkpoint's men (COERCE arrest, passive)
        E(True, ["COERCE"], [15], "واعتُقل", ["asserted"], mode="arrest",
          source=MIL_SECURITY_554, recipient=JUBATA_YOUTHS, location=BAATH_JUNCTION, date=YESTERDAY,
          attribution=["ذووهم"], acled=ARREST),
        # ¶16: the year's dead in Quneitra, an aggregate (optional, generic)
        E(False, ["ASSAULT"], [16], "قُتلوا", ["generic"], location=QUNEITRA_GOV, date=None),
        # ¶17, «وكانت … قد» at another place: the storming of Bir Ajam on 17 September (core, historical, 3);
        # the withdrawal three days later and the burning of houses are optional and historical
        E(True, ["ASSAULT"], [17], "اقتحمت", ["historical", "asserted"], mode="firearms",
          source=REGIME_FORCES, recipient=BIR_AJAM_YOUTHS, location=BIR_AJAM, date=D("2012-09-17"),
          fatalities=3, attribution=["لجان التنسيق المحلية"], acled=ATTACK),
        E(False, ["RETREAT"], [17], "تنسحب", ["historical"], mode="withdraw",
          source=REGIME_FORCES, location=BIR_AJAM, date=D("2012-09-20", "day", ("2012-09-19", "2012-09-21"))),
        E(False, ["ASSAULT"], [17], "أحرقت", ["historical"], mode="destroy",
          source=REGIME_FORCES, location=BIR_AJAM, date=D("2012-09-20", "day", ("2012-09-17", "2012-09-21"))),
    ],
)
