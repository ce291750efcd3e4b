"""Gold of article 590: the border east of Khan Younis (the return camp in Khuza'a, Abasan al-Kabira,
al-Qarara), the Kerem Shalom crossing, Gaza city, al-Bureij and the Khan Younis coast, a Gaza-based
faction-affiliated Palestinian news agency's website, 2018-05-12 (Sat)."""
from actors_places import (
    ABASAN,
    ACTIVISTS_590,
    BUREIJ,
    BUREIJ_YOUTHS,
    EASTERN_BORDER,
    EG_DELEGATION,
    FACTIONS,
    FISHERMEN,
    GAZA_CITY,
    GAZA_MOH,
    HAMAS,
    HIGHER_COMMITTEE,
    ICRC,
    IL_AUTH,
    IL_DEF_MIN,
    IL_DRONE,
    IL_FORCES,
    IL_NAVY,
    IL_SNIPERS,
    IL_SPECIAL,
    IL_TANK,
    INTL_INSTITUTIONS,
    KEREM,
    KHUZAA,
    KITE_YOUTHS,
    KY_COAST,
    KY_VICTIMS,
    NASSER,
    NASSER_HOSPITAL,
    PROTESTERS,
    QARARA,
    QARARA_YOUTHS,
    QASSAM,
)
from common import AIR, ARREST, EXCESSIVE, SHELL, D, E, paras_of

SLUG = "khan_younis_2018_khuzaa_abasan_qarara_fence"
TODAY = D("2018-05-12")
FRIDAY = D("2018-05-11")
SINCE_YESTERDAY = D("2018-05-12", "day", ("2018-05-11", "2018-05-12"))
ARTICLE = dict(
    id="team118-590", slug=SLUG, published="2018-05-12",
    outlet="Naba al-Janub, a Gaza-based faction-affiliated Palestinian news agency's website (fictional)",
    paras=paras_of(f"590_{SLUG}.txt"),
    events=[
        # ¶1 (dateline «خان يونس», the town of the event) and the headline: the Israeli authorities reopen the
        # Kerem Shalom crossing for four days this morning (core RETREAT access); its closure since the start
        # of the week is optional (historical COERCE)
        E(True, ["RETREAT"], [0, 1], "فتح", ["asserted", "reported"], mode="access",
          source=IL_AUTH, location=KEREM, date=TODAY, attribution=["مسؤول في هيئة المعابر والحدود"], tpara=1),
        E(False, ["COERCE"], [1], "إغلاقه", ["historical", "asserted"], mode="restrict",
          source=IL_AUTH, location=KEREM, date=None),
        # the main event, in ¶2 after the crossing of ¶1 (not first in the lead): four young men shot dead by
        # Israeli snipers at the return march east of Khan Younis on Friday (ASSAULT firearms, Excessive force
        # against protesters; one number); ¶3 the army's version, ¶9 the factions' restraint after «مجزرة
        # الجمعة», ¶11 the health ministry's accusation about the bullets, ¶14 the funeral of «الشهداء
        # الأربعة»
        E(True, ["ASSAULT"], [0, 2, 3, 9, 11, 14], "برصاص", ["asserted", "reported"], mode="firearms",
          source=IL_SNIPERS, recipient=KY_VICTIMS, location=KHUZAA, date=FRIDAY, fatalities=4,
          attribution=["وزارة الصحة في غزة"], acled=EXCESSIVE, tpara=2),
        # ¶2: the march itself, with burning tyres and kites (core PROTEST; the ACLED view is carried by the
        # ASSAULT above), told again in the army's version of ¶3
        E(True, ["PROTEST"], [2, 3], "مسيرات", ["asserted"], mode="demo",
          source=PROTESTERS, location=KHUZAA, date=FRIDAY),
        # ¶4, verb–subject–object with a purpose clause: an Egyptian security delegation meets Hamas in Gaza
        # city (core CONSULT third-party); ¶9 refers back to the mediation («الوساطة المصرية»)
        E(True, ["CONSULT"], [4, 9], "لقاءات", ["asserted", "reported"], mode="third-party",
          source=EG_DELEGATION, recipient=HAMAS, location=GAZA_CITY,
          date=D("2018-05-11", "day", ("2018-05-10", "2018-05-12")), attribution=["مصدر فصائلي"]),
        # ¶5: the Israeli defence minister's conditional threat (core THREATEN); the «ردّ» is only threatened
        # (optional, hypothetical); his blaming Hamas is optional (ACCUSE)
        E(True, ["THREATEN"], [5], "وهدّد", ["asserted"], mode="violence",
          source=IL_DEF_MIN, recipient=HAMAS, date=SINCE_YESTERDAY),
        E(False, ["ASSAULT"], [5], "ردّ", ["hypothetical"], source=IL_DEF_MIN, date=None),
        E(False, ["ACCUSE"], [5], "ومحمّلاً", ["asserted"],
          source=IL_DEF_MIN, recipient=HAMAS, date=SINCE_YESTERDAY),
        # ¶6: three young men arrested by an Israeli special unit at dawn, rumoured and unconfirmed (core
        # COERCE arrest, rumored; dated, the rumour gives a time)
        E(True, ["COERCE"], [6], "اعتقال", ["rumored", "reported"], mode="arrest",
          source=IL_SPECIAL, recipient=QARARA_YOUTHS, location=QARARA, date=TODAY,
          attribution=["أنباء متداولة على مواقع التواصل"]),
        # paragraph 7 (the return camp: a description and habits) holds no event
        # ¶8: a new Friday of marches announced for next Friday (core planned PROTEST); the call to take part
        # is optional
        E(True, ["PROTEST"], [8], "فعاليات", ["planned"], mode="demo",
          source=HIGHER_COMMITTEE, location=EASTERN_BORDER, date=D("2018-05-18")),
        E(False, ["REQUEST"], [8], "داعية", ["asserted"], source=HIGHER_COMMITTEE, date=SINCE_YESTERDAY),
        # ¶9: no shells or rockets fired by the factions (core ASSAULT, negated); the activists' calls are
        # optional
        E(True, ["ASSAULT"], [9], "قذائف", ["negated"], mode="heavy-weapons",
          source=FACTIONS, date=SINCE_YESTERDAY,
          attribution=["مصدر في «الغرفة المشتركة لفصائل المقاومة»"]),
        E(False, ["REQUEST"], [9], "دعوات", ["asserted"], source=ACTIVISTS_590, date=None),
        # background at another place, in «وكانت … قد»: an Israeli drone fires a missile east of al-Bureij on
        # 14 April (core, historical, 2; Air/drone strike)
        E(True, ["ASSAULT"], [10], "أطلقت", ["historical", "asserted", "reported"], mode="aerial",
          source=IL_DRONE, recipient=BUREIJ_YOUTHS, location=BUREIJ, date=D("2018-04-14"), fatalities=2,
          attribution=["وزارة الصحة"], acled=AIR),
        # ¶11, subject–verb–object with a long parenthetical: the health ministry accuses the Israeli forces
        # (core ACCUSE) and asks international institutions for medicine and inquiries (core REQUEST)
        E(True, ["ACCUSE"], [11], "اتهمت", ["asserted"],
          source=GAZA_MOH, recipient=IL_FORCES, date=SINCE_YESTERDAY),
        E(True, ["REQUEST"], [11], "وطالبت", ["asserted"],
          source=GAZA_MOH, recipient=INTL_INSTITUTIONS, date=SINCE_YESTERDAY),
        # ¶12, verb–subject–object: a tank shells an al-Qassam observation post east of Abasan at dawn (core
        # ASSAULT heavy-weapons, Shelling; the time told after the act); the kites flown before it are
        # optional
        E(True, ["ASSAULT"], [12], "وقصفت", ["asserted", "reported"], mode="heavy-weapons",
          source=IL_TANK, recipient=QASSAM, location=ABASAN, date=TODAY, attribution=["شهود عيان"],
          acled=SHELL),
        E(False, ["PROTEST", "ASSAULT"], [12], "إطلاق", ["asserted"],
          source=KITE_YOUTHS, location=ABASAN, date=SINCE_YESTERDAY),
        # paragraph 13 (a wounded man's mother's words) holds no event
        # ¶14, the funeral of «الشهداء الأربعة», is a paragraph of the main event
        # ¶15, a passive with «من قبل»: two fishermen arrested off the Khan Younis coast (core COERCE arrest,
        # Arrests)
        E(True, ["COERCE"], [15], "واعتُقل", ["asserted", "reported"], mode="arrest",
          source=IL_NAVY, recipient=FISHERMEN, location=KY_COAST, date=TODAY,
          attribution=["مسؤول في نقابة الصيادين"], acled=ARREST),
        # paragraph 16 (the toll since 30 March and the hospitals: aggregates) holds no event
        # ¶17: the ICRC hands medicine to Nasser Hospital (core AID humanitarian)
        E(True, ["AID"], [17], "وسلّمت", ["asserted", "reported"], mode="humanitarian",
          source=ICRC, recipient=NASSER_HOSPITAL, location=NASSER, date=TODAY,
          attribution=["مسؤول في المستشفى"]),
    ],
)
