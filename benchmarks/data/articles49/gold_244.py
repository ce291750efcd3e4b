"""Gold of article 244: Amran (the city, al-Jannat and Jabal Dhin, Raydah, Khamer) before its fall, a Yemeni
news site, 2014-06-05 (Thu)."""
from actors_places import (
    AMRAN,
    AMRAN_AUTHORITY,
    AMRAN_CIVILIANS,
    AMRAN_HOSPITAL,
    AMRAN_SANAA_PROTESTERS,
    BRIGADE_HOUTHIS,
    BRIGADE_ISLAH,
    BRIGADE_POSITION,
    DAMMAJ,
    DAMMAJ_STUDENTS,
    DHIN,
    HOUTHI_POSITIONS,
    HOUTHI_REPS_AUTHORITY,
    HOUTHIS,
    HUTH_KHAMER,
    ICRC,
    JANNAT_DHIN,
    KHAMER,
    KHAMER_VICTIMS,
    MIL_POLICE,
    PRES_COMMITTEE,
    RAYDAH,
    SANAA,
    TRUCE_PARTIES,
    UN_ENVOY_YE,
    YE_AIRFORCE,
    YE_MOD,
    YE_STATE,
)
from common import AGREEMENT, AIR, ATTACK, CLASH, OVERTAKE, PEACEFUL, SHELL, D, E, paras_of

SLUG = "amran_2014_jannat_jabal_dhin_raydah_khamer_truce"
TODAY_OR_LAST_NIGHT = D("2014-06-05", "day", ("2014-06-04", "2014-06-05"))
ARTICLE = dict(
    id="team49-244", slug=SLUG, published="2014-06-05", outlet="Aiban Net news site, Sanaa (fictional)",
    paras=paras_of(f"244_{SLUG}.txt"),
    events=[
        # the Houthi mortar rounds on Amran's southern neighbourhoods «ليل أمس الأربعاء»: headline 0, lead 1
        # (a hospital source: 4) and ¶9 (the local authority: 6) → 4
        E(True, ["ASSAULT"], [0, 1, 9], "قذائف هاون", ["asserted", "reported"], mode="heavy-weapons",
          source=HOUTHIS, recipient=AMRAN_CIVILIANS, location=AMRAN, date=D("2014-06-04"), fatalities=4,
          attribution=["مصدر طبي في مستشفى عمران العام", "السلطة المحلية في محافظة عمران"], acled=SHELL,
          tpara=1),
        # the two-sided fight at al-Jannat and Jabal Dhin at dawn
        E(True, ["ASSAULT"], [2], "المواجهات", ["asserted", "reported"], mode="heavy-weapons",
          source=BRIGADE_HOUTHIS, location=JANNAT_DHIN, date=D("2014-06-05"), attribution=["سكان محليين"],
          acled=CLASH),
        # air strikes told only by the Houthis' channel (2 of their fighters); the ministry's silence is no
        # event
        E(True, ["ASSAULT"], [3], "شنّ أربع غارات", ["reported"], mode="aerial",
          source=YE_AIRFORCE, recipient=HOUTHI_POSITIONS, location=RAYDAH, date=TODAY_OR_LAST_NIGHT,
          fatalities=2, attribution=["قناة المسيرة"], acled=AIR),
        # ¶4 (where Amran lies) holds no event
        # Houthi reinforcements from Saada over three days, told by tribal sources
        E(True, ["MOBILIZE"], [5], "دفعت", ["reported", "asserted"], mode="troops",
          source=HOUTHIS, location=HUTH_KHAMER, date=D("2014-06-04", "day", ("2014-06-02", "2014-06-05")),
          attribution=["مصادر قبلية"]),
        # the Houthi political office accuses the brigade's command (the «self-defence» claim is no event)
        E(True, ["ACCUSE"], [6], "اتّهم", ["asserted"],
          source=HOUTHIS, recipient=BRIGADE_ISLAH, date=TODAY_OR_LAST_NIGHT),
        # the presidential committee's meetings (CONSULT) and the ceasefire agreement (headline 0: «تعلن
        # هدنة»; ¶8 «الهدنة الثالثة» retells it); the deployment of military police is due tomorrow (optional,
        # planned)
        E(True, ["CONSULT"], [7], "لقاءات", ["asserted"],
          source=PRES_COMMITTEE, recipient=HOUTHI_REPS_AUTHORITY, date=D("2014-06-05")),
        E(True, ["AGREE", "CONCEDE"], [0, 7, 8], "اتفاق لوقف إطلاق النار", ["asserted"],
          source=TRUCE_PARTIES, location=AMRAN, date=D("2014-06-05"), acled=AGREEMENT, tpara=7),
        E(False, ["MOBILIZE"], [7], "بانتشار وحدات من الشرطة العسكرية", ["planned"], mode="police",
          source=MIL_POLICE, location=AMRAN, date=D("2014-06-06")),
        # the UN envoy's welcome (SUPPORT) and his call (optional REQUEST); the two earlier truces that
        # collapsed (optional, historical)
        E(True, ["SUPPORT"], [8], "ورحّب", ["asserted"],
          source=UN_ENVOY_YE, date=D("2014-06-05")),
        E(False, ["REQUEST"], [8], "داعياً", ["asserted"],
          source=UN_ENVOY_YE, recipient=TRUCE_PARTIES, date=D("2014-06-05")),
        E(False, ["AGREE", "CONCEDE"], [8], "سابقتاها", ["historical", "negated"],
          source=TRUCE_PARTIES, location=AMRAN, date=None),
        # the local authority's blame in a participle (ACCUSE), in the follow-up of the shelling
        E(True, ["ACCUSE"], [9], "محمّلةً", ["asserted"],
          source=AMRAN_AUTHORITY, recipient=HOUTHIS, date=TODAY_OR_LAST_NIGHT),
        # the rumoured fall of a position on Jabal Dhin, denied by a military source
        E(True, ["ASSAULT", "COERCE"], [10], "سيطرة مسلحيها", ["rumored", "negated", "reported"],
          mode="seize",
          source=HOUTHIS, recipient=BRIGADE_POSITION, location=DHIN, date=D("2014-06-05"),
          attribution=["مواقع إخبارية مقرّبة من الجماعة", "مصدر عسكري", "26 سبتمبر نت"], acled=OVERTAKE),
        # the sit-in before the cabinet in Sanaa and its demand to the state
        E(True, ["PROTEST"], [11], "اعتصاماً", ["asserted"], mode="demo",
          source=AMRAN_SANAA_PROTESTERS, location=SANAA, date=D("2014-06-05"), acled=PEACEFUL),
        E(True, ["REQUEST"], [11], "طالبوا", ["asserted"],
          source=AMRAN_SANAA_PROTESTERS, recipient=YE_STATE, location=SANAA, date=D("2014-06-05")),
        # the defence ministry's warning (core); the return fire «فور استهدافها» is conditional (optional)
        E(True, ["THREATEN"], [12], "وحذّر", ["asserted", "reported"], mode="violence",
          source=YE_MOD, location=AMRAN, date=D("2014-06-05")),
        E(False, ["ASSAULT"], [12], "بالرد على مصادر النيران", ["hypothetical"], mode="heavy-weapons",
          source=YE_MOD, location=AMRAN, date=None),
        # ¶13 is a generic paragraph (displacement, power cuts, schools): deliberately NO gold event
        # background «وكان … قد»: the attack on a Hashid sheikh's house in Khamer on Sunday (the Sunday before
        # a Thursday), two guards killed; the blowing-up of the house is part of it (optional as a second
        # ASSAULT); Dammaj «في كانون الثاني/يناير الماضي» (optional, historical)
        E(True, ["ASSAULT"], [14], "هاجموا", ["historical", "asserted", "reported"], mode="firearms",
          source=HOUTHIS, recipient=KHAMER_VICTIMS, location=KHAMER, date=D("2014-06-01"), fatalities=2,
          attribution=["مصادر قبلية"], acled=ATTACK),
        E(False, ["ASSAULT"], [14], "فجّروا المنزل", ["historical", "asserted"], mode="destroy",
          source=HOUTHIS, recipient=KHAMER_VICTIMS, location=KHAMER, date=D("2014-06-01")),
        E(False, ["RETREAT"], [14], "أُخرج منها طلاب دار الحديث", ["historical"], mode="withdraw",
          source=DAMMAJ_STUDENTS, location=DAMMAJ, date=D("2014-01-15", "month", ("2014-01-01",
                                                                                  "2014-01-31"))),
        # the ICRC's surgical supplies yesterday (core) and a second shipment next week (optional, planned)
        E(True, ["AID"], [15], "وسلّمت", ["asserted"], mode="humanitarian",
          source=ICRC, recipient=AMRAN_HOSPITAL, location=AMRAN, date=D("2014-06-04")),
        E(False, ["AID"], [15], "شحنة ثانية", ["planned"], mode="humanitarian",
          source=ICRC, recipient=AMRAN_HOSPITAL, location=AMRAN,
          date=D("2014-06-10", "week", ("2014-06-07", "2014-06-14"))),
    ],
)
