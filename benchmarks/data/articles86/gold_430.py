"""Gold of article 430: al-Bayda, Derna, al-Qubbah, Ajdabiya and Benghazi (eastern Libya), an eastern Libyan
government-run news agency, 2014-12-09 (Tue)."""
from actors_places import (
    AJDABIYA,
    AJDABIYA_SECURITY,
    AJDABIYA_SUSPECTS,
    ARMY_PATROL,
    ARMY_SPOKESMAN,
    BAYDA,
    BAYDA_ELDERS,
    BAYDA_GATE,
    BAYDA_NOTABLES,
    BAYDA_PROTESTERS,
    BENGHAZI,
    BENGHAZI_COLONEL,
    BENGHAZI_GUNMEN,
    BLOOD_DONORS,
    DERNA,
    DERNA_COMMANDER,
    DERNA_EXTREMISTS,
    DERNA_GROUPS,
    DERNA_REPS,
    GATE_COMMANDER,
    HEALTH_MINISTRY_LY,
    HOR_DEFENCE,
    INTERIM_GOV,
    JOINT_PATROLS,
    LIBYA_PM,
    LIBYAN_AIR_FORCE,
    QUBBAH,
    SEC_COMMITTEE,
    SHURA_YOUTH,
    THAWRA_HOSPITAL,
)
from common import AIR, ARREST, ATTACK, MINE, PEACEFUL, D, E, paras_of

SLUG = "cyrenaica_2014_bayda_derna_ajdabiya_benghazi"
TODAY = D("2014-12-09")
MONDAY = D("2014-12-08")
# an evening, a night or a statement that the text does not date: Monday evening or Tuesday
SINCE = D("2014-12-09", "day", ("2014-12-08", "2014-12-09"))
ARTICLE = dict(
    id="team86-430", slug=SLUG, published="2014-12-09",
    outlet="Barqa News Agency, an eastern Libyan government-run news agency (fictional)",
    paras=paras_of(f"430_{SLUG}.txt"),
    events=[
        # ¶1 (dateline al-Bayda): the prime minister chairs the security committee's emergency meeting
        # (CONSULT) and imposes a curfew (COERCE), joined with «و» and a second verb
        E(True, ["CONSULT"], [1], "اجتماعاً طارئاً", ["asserted"],
          source=LIBYA_PM, recipient=SEC_COMMITTEE, location=BAYDA, date=MONDAY,
          attribution=["الناطق باسم الحكومة"]),
        E(True, ["COERCE"], [0, 1], "حظر للتجول", ["asserted"], mode="curfew",
          source=LIBYA_PM, location=BAYDA, date=D("2014-12-08", "day", ("2014-12-08", "2014-12-09")),
          tpara=1),
        # the main event, in ¶2 after the meeting: a parked car bomb at the eastern gate «عصر أمس», claimed by
        # no one; the security room's four against the hospital's six (¶4) → 4; a soldier's account 3, the
        # army's blame 5, the protest 7, the ultimatum 8 and the Derna council's statement 9 name it again
        E(True, ["ASSAULT"], [0, 2, 3, 4, 5, 7, 8, 9], "سيارة مفخخة", ["asserted", "reported"],
          mode="explosives", recipient=ARMY_PATROL, location=BAYDA_GATE, date=MONDAY, fatalities=4,
          attribution=["الغرفة الأمنية المشتركة في البيضاء", "مصدر في مستشفى الثورة التعليمي"], acled=MINE,
          tpara=2),
        # ¶4: the hospital's call for blood (optional)
        E(False, ["REQUEST"], [4], "نداءً", ["asserted"],
          source=THAWRA_HOSPITAL, recipient=BLOOD_DONORS, location=BAYDA, date=SINCE),
        # ¶5: the chief of staff's spokesman blames ISIS and the groups in Derna (ACCUSE)
        E(True, ["ACCUSE"], [5], "واتهم", ["asserted"],
          source=ARMY_SPOKESMAN, recipient=DERNA_EXTREMISTS, date=SINCE),
        # ¶6: air strikes on Derna at dawn (verb first: «وشنّت طائرات»)
        E(True, ["ASSAULT"], [6], "غارات", ["asserted"], mode="aerial",
          source=LIBYAN_AIR_FORCE, location=DERNA, date=TODAY, acled=AIR),
        # ¶7: the protest in al-Bayda and the protesters' demand to the government
        E(True, ["PROTEST"], [7], "واحتشد", ["asserted"], mode="demo",
          source=BAYDA_PROTESTERS, location=BAYDA, date=TODAY, acled=PEACEFUL),
        E(True, ["REQUEST"], [7], "ومطالبين", ["asserted"],
          source=BAYDA_PROTESTERS, recipient=INTERIM_GOV, location=BAYDA, date=TODAY),
        # ¶8: the 72-hour ultimatum (THREATEN); the offensive it announces optional, hypothetical
        E(True, ["THREATEN"], [8], "وأمهل", ["asserted"], mode="violence",
          source=DERNA_COMMANDER, recipient=DERNA_GROUPS, location=DERNA, date=SINCE),
        E(False, ["ASSAULT"], [8], "عملية عسكرية واسعة", ["hypothetical"], mode="aerial",
          source=DERNA_COMMANDER, recipient=DERNA_GROUPS, location=DERNA, date=None),
        # ¶9: the Derna council rejects the ultimatum, in a statement the agency could not verify (reported)
        E(True, ["REJECT"], [9], "رفض", ["reported"],
          source=SHURA_YOUTH, location=DERNA, date=SINCE, attribution=["حسابات مقربة منه على مواقع التواصل"]),
        # ¶10: a meeting in al-Qubbah, told by local sources and denied by al-Bayda's notables (rumored; the
        # denial optional)
        E(True, ["CONSULT"], [10], "لقاء", ["rumored", "reported"],
          source=BAYDA_NOTABLES, recipient=DERNA_REPS, location=QUBBAH,
          date=D("2014-12-08", "day", ("2014-12-08", "2014-12-09")), attribution=["مصادر محلية"]),
        E(False, ["REJECT"], [10], "نفى", ["asserted"], source=BAYDA_ELDERS, date=TODAY),
        # ¶11 (short): the parliamentary committee's visit on Thursday (planned)
        E(True, ["CONSULT"], [11], "تزور", ["planned"], mode="visit",
          source=HOR_DEFENCE, location=BAYDA, date=D("2014-12-11")),
        # ¶12: three suspects arrested in Ajdabiya; the detonators seized optional
        E(True, ["COERCE"], [12], "اعتقلت", ["asserted"], mode="arrest",
          source=AJDABIYA_SECURITY, recipient=AJDABIYA_SUSPECTS, location=AJDABIYA, date=MONDAY,
          attribution=["مصدر في مديرية أمن المدينة"], acled=ARREST),
        E(False, ["COERCE"], [12], "وضبطت", ["asserted"], mode="confiscate",
          source=AJDABIYA_SECURITY, location=AJDABIYA, date=MONDAY),
        # ¶13: joint army–police patrols (COOPERATE) and the gate commander suspended and referred to a
        # military inquiry (SANCTION, COERCE accepted)
        E(True, ["COOPERATE"], [13], "دوريات مشتركة", ["asserted"], source=JOINT_PATROLS, location=BAYDA,
          date=TODAY),
        E(True, ["SANCTION", "COERCE"], [13], "وأوقف", ["asserted"],
          source=LIBYA_PM, recipient=GATE_COMMANDER, location=BAYDA, date=SINCE),
        # ¶14: the ministry's medicines have not arrived (core AID, negated); their dispatch, announced last
        # week, optional
        E(True, ["AID"], [14], "لم تصل", ["negated"], mode="humanitarian",
          source=HEALTH_MINISTRY_LY, recipient=THAWRA_HOSPITAL, location=BAYDA, date=TODAY,
          attribution=["مدير مستشفى الثورة"]),
        E(False, ["AID"], [14], "إرسالها", ["reported"], mode="humanitarian",
          source=HEALTH_MINISTRY_LY, recipient=THAWRA_HOSPITAL,
          date=D("2014-12-04", "week", ("2014-11-30", "2014-12-07"))),
        # paragraph 15 (al-Bayda: description) holds no event
        # background at another place, in «وكان … قد»: a colonel shot dead in Benghazi on 19 November (1)
        E(True, ["ASSAULT"], [16], "اغتالوا", ["historical", "asserted"], mode="assassinate",
          source=BENGHAZI_GUNMEN, recipient=BENGHAZI_COLONEL, location=BENGHAZI, date=D("2014-11-19"),
          fatalities=1, acled=ATTACK),
        # paragraph 17 (assassinations since 2012: generic, aggregates) holds no event
    ],
)
