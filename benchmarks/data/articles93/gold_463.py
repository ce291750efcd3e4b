"""Gold of article 463: two military police officers shot dead by gunmen at dawn as they left a mosque in
al-Laithi (main event, told first in the lead; one toll), a witness, an IED under a judge's car in
al-Fuwaihat, the Joint Security Room's accusation and Ansar al-Sharia's denial, a protest and demand at Kish
Square, a civil disobedience called for Wednesday, the security director dismissed, Special Forces
checkpoints and no arrest announced, a rumoured third killing denied, the Special Forces' one-week deadline,
the city's tally of assassinations, a congress delegation due on Thursday, the funeral, the local council's
support, and a retired officer assassinated in Derna on 11 December 2013 (Benghazi, Libya), a Benghazi local
radio station's website, 2014-01-27 (Mon). Dateline: the town of the event, Benghazi."""
from actors_places import (
    ANSAR_LY,
    BENGHAZI,
    BG_COUNCIL,
    BG_GUNMEN,
    BG_JUDGE,
    BG_PROTESTERS,
    BG_SUSPECTS,
    BG_TRADERS,
    BRIGADES,
    BU_ATNI,
    CIVIL_MOVEMENT,
    DELEGATION_COUNCIL,
    DERNA,
    DERNA_GUNMEN,
    DERNA_OFFICER,
    DERNA_PROTESTERS,
    EXTREMISTS,
    FUWAIHAT,
    GNC_GOV,
    INTERIM_GOV,
    JOINT_ROOM,
    KISH,
    LAITHI,
    LY_SECURITY,
    MP_OFFICERS,
    SAIQA,
    SAIQA_COMMANDER,
    SECURITY_DIRECTOR,
    THIRD_OFFICER,
    THREE_DISTRICTS,
)
from common import ATTACK, MINE, PEACEFUL, D, E, paras_of

SLUG = "benghazi_2014_laithi_fuwaihat_derna"
TODAY = D("2014-01-27")
ARTICLE = dict(
    id="team93-463", slug=SLUG, published="2014-01-27",
    outlet="Idhaat al-Madina, a Benghazi local radio station's website (fictional)",
    paras=paras_of(f"463_{SLUG}.txt"),
    events=[
        # MAIN EVENT, told first in the lead ¶1 (dateline of the town of the event): the two officers shot
        # dead at dawn; the witness ¶2 and the funeral ¶14 retell it; the headline names it. Off-duty
        # officers leaving a mosque, no fire returned: ACLED Attack. One toll: 2
        E(True, ["ASSAULT"], [0, 1, 2, 14], "قُتل", ["asserted"], mode="assassinate",
          source=BG_GUNMEN, recipient=MP_OFFICERS, location=LAITHI, date=TODAY, fatalities=2,
          attribution=["مصدر في مستشفى الجلاء"], acled=ATTACK, tpara=1),
        # ¶3: the IED under the judge's car an hour later (the headline names it); «من دون أن يسفر الانفجار عن
        # قتلى» negates no act
        E(True, ["ASSAULT"], [0, 3], "عبوة ناسفة", ["asserted", "reported"], mode="explosives",
          recipient=BG_JUDGE, location=FUWAIHAT, date=TODAY, attribution=["مديرية أمن بنغازي"], acled=MINE,
          tpara=3),
        # ¶4: the Joint Security Room's accusation; Ansar al-Sharia's denial is optional
        E(True, ["ACCUSE"], [4], "واتهمت", ["asserted"],
          source=JOINT_ROOM, recipient=EXTREMISTS, date=TODAY, attribution=["بيان نشرته على صفحتها"]),
        E(False, ["REJECT", "ACCUSE"], [4], "نفت", ["asserted"],
          source=ANSAR_LY, recipient=JOINT_ROOM, date=TODAY),
        # ¶5: the gathering at Kish Square and its demand; the chants are optional
        E(True, ["PROTEST"], [5], "وتجمّع", ["asserted"], mode="demo",
          source=BG_PROTESTERS, location=KISH, date=TODAY, acled=PEACEFUL),
        E(True, ["REQUEST"], [5], "وطالبوا", ["asserted"],
          source=BG_PROTESTERS, recipient=GNC_GOV, location=KISH, date=TODAY),
        E(False, ["ACCUSE"], [5], "تندد", ["asserted"], source=BG_PROTESTERS, date=TODAY),
        E(False, ["MOBILIZE"], [5], "انتشار", ["asserted"], mode="police", location=KISH, date=TODAY),
        # ¶6: the civil disobedience «صباح الأربعاء المقبل» (planned PROTEST); the call itself is optional
        E(True, ["PROTEST"], [6], "عصيان مدني شامل", ["planned"], mode="strike",
          source=CIVIL_MOVEMENT, location=BENGHAZI, date=D("2014-01-29")),
        E(False, ["REQUEST"], [6], "ودعا", ["asserted"], source=CIVIL_MOVEMENT, date=TODAY),
        # ¶7: the director dismissed and referred to an inquiry (SANCTION, COERCE accepted)
        E(True, ["SANCTION", "COERCE"], [7], "وأقالت", ["asserted"],
          source=INTERIM_GOV, recipient=SECURITY_DIRECTOR, location=BENGHAZI, date=TODAY,
          attribution=["قرار نشرته على موقعها الإلكتروني"]),
        # ¶8: checkpoints and night patrols (MOBILIZE) and no arrest announced (COERCE, negated)
        E(True, ["MOBILIZE"], [8], "ونشرت", ["asserted"], mode="troops",
          source=SAIQA, location=THREE_DISTRICTS, date=TODAY),
        E(True, ["COERCE"], [8], "اعتقال", ["negated"], mode="arrest",
          source=LY_SECURITY, recipient=BG_SUSPECTS, date=TODAY),
        # ¶9: a third killing told by local pages and denied by the hospital (rumoured, undated)
        E(True, ["ASSAULT"], [9], "اغتيال", ["rumored", "negated"], mode="assassinate",
          recipient=THIRD_OFFICER, location=BU_ATNI, date=None, attribution=["صفحات محلية"]),
        # ¶10: the one-week deadline (THREATEN, «وأمهل» verb-subject-object); the raids it announces are
        # hypothetical (optional)
        E(True, ["THREATEN"], [10], "وأمهل", ["asserted"], mode="violence",
          source=SAIQA_COMMANDER, recipient=BRIGADES, date=TODAY),
        E(False, ["ASSAULT"], [10], "ستدهم", ["hypothetical"], mode="firearms",
          source=SAIQA, recipient=BRIGADES, date=None),
        # ¶11 (al-Laithi described) holds no event. ¶12: the city's tally since last year (optional, generic)
        E(False, ["ASSAULT"], [12], "اغتيل", ["generic"], mode="assassinate", location=BENGHAZI, date=None),
        # ¶13: the congress delegation due on Thursday (planned CONSULT); last month's visit cancelled is
        # optional
        E(True, ["CONSULT"], [13], "للقاء", ["planned"], mode="visit",
          source=DELEGATION_COUNCIL, recipient=DELEGATION_COUNCIL, location=BENGHAZI, date=D("2014-01-30"),
          attribution=["عضو في المؤتمر عن المدينة"]),
        E(False, ["CONSULT"], [13], "أُلغيت", ["negated", "historical"], mode="visit",
          date=D("2013-12-15", "month", ("2013-12-01", "2013-12-31"))),
        # ¶14: the funeral belongs to the main event. ¶15 (analysis) holds no event. ¶16: the local council's
        # support for the call (SUPPORT); its appeal to traders is optional
        E(True, ["SUPPORT"], [16], "تأييده", ["asserted"],
          source=BG_COUNCIL, location=BENGHAZI, date=TODAY),
        E(False, ["REQUEST"], [16], "وداعياً", ["asserted"],
          source=BG_COUNCIL, recipient=BG_TRADERS, date=TODAY),
        # ¶17, «وكان … قد» at another place: a retired officer assassinated in Derna on 11 December (core,
        # historical, 1); the demonstration then and its dispersal are optional
        E(True, ["ASSAULT"], [17], "اغتالوا", ["historical", "asserted"], mode="assassinate",
          source=DERNA_GUNMEN, recipient=DERNA_OFFICER, location=DERNA, date=D("2013-12-11"), fatalities=1,
          acled=ATTACK),
        E(False, ["PROTEST"], [17], "مظاهرة", ["historical"], mode="demo",
          source=DERNA_PROTESTERS, location=DERNA, date=D("2013-12-11", "day", ("2013-12-11", "2013-12-12"))),
        E(False, ["COERCE", "ASSAULT"], [17], "تُفرَّق", ["historical"], mode="restrict",
          location=DERNA, date=D("2013-12-11", "day", ("2013-12-11", "2013-12-12"))),
    ],
)
