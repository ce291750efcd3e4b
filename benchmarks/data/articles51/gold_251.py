"""Gold of article 251: Kabylie (Azazga, Larbaa Nath Irathen, Yakouren, Tizi Ouzou) and Bejaia (Amizour, El
Kseur), an Algerian daily, 2001-05-30 (Wed)."""
from actors_places import (
    AMIZOUR,
    AMIZOUR_MARCHERS,
    ARCH,
    AZAZGA,
    AZAZGA_CHIEF,
    AZAZGA_DETAINEES,
    AZAZGA_HOSPITAL,
    AZAZGA_LNI,
    AZAZGA_MARCHERS,
    AZAZGA_NOTABLES,
    AZAZGA_YAKOUREN,
    BENI_DOUALA,
    BENI_DOUALA_PUPIL,
    CHIEF_NOTABLES,
    DZ_ACCUSED,
    DZ_AUTHORITIES,
    DZ_GENDARMERIE,
    DZ_INTERIOR,
    DZ_RED_CRESCENT,
    DZ_RIOT_POLICE,
    EL_KSEUR,
    EL_KSEUR_PUPILS,
    LADDH,
    LNI,
    LNI_DAIRA,
    LNI_RIOTERS,
    NR12_YOUTHS,
    TIZI_AZAZGA_ROAD,
    TIZI_OUZOU,
    TIZI_WALI,
    YAKOUREN,
    YAKOUREN_MEMBER,
)
from common import ARREST, ATTACK, EXCESSIVE, PEACEFUL, RIOT, D, E, paras_of

SLUG = "azazga_2001_tizi_ouzou_larbaa_nath_irathen_amizour_el_kseur"
TODAY = D("2001-05-30")
STATEMENT_DAY = D("2001-05-30", "day", ("2001-05-29", "2001-05-30"))
ARTICLE = dict(
    id="team51-251", slug=SLUG, published="2001-05-30", outlet="Sada Djurdjura daily (fictional)",
    paras=paras_of(f"251_{SLUG}.txt"),
    events=[
        # the gendarmerie's fire on the march in Azazga «مساء أمس الثلاثاء»: headline 0, lead 1 (a medical
        # source at Azazga hospital: two dead), the follow-up 6 (the village committees: three; the official
        # agency, quoting a security source: «one person») → 2 vs 3 vs 1 → 1. The march itself is a separate
        # PROTEST (1, 6: the official account retells it as an attempt to storm the brigade)
        E(True, ["ASSAULT"], [0, 1, 6], "فتح أعوان فرقة الدرك الوطني بعزازقة النار", ["asserted", "reported"],
          mode="firearms", source=DZ_GENDARMERIE, recipient=AZAZGA_MARCHERS, location=AZAZGA,
          date=D("2001-05-29"), fatalities=1,
          attribution=["مصدر طبي بمستشفى عزازقة", "لجان القرى", "وكالة الأنباء الجزائرية عن مصدر أمني",
                       "أحد المشاركين في المسيرة"], acled=EXCESSIVE, tpara=1),
        E(True, ["PROTEST"], [1, 6], "مسيرة شعبية", ["asserted"], mode="demo",
          source=AZAZGA_MARCHERS, location=AZAZGA, date=D("2001-05-29"), acled=EXCESSIVE),
        # one sentence, three acts: the national road blocked (headline), the daira building set on fire
        # in Larbaa Nath Irathen (headline; a riot) and the riot police's cordon of the town hall
        # (optional); «ولم تتدخل» negates only an intervention that is not an event
        E(True, ["PROTEST"], [0, 2], "أغلق مئات الشبان", ["asserted"], mode="obstruct",
          source=NR12_YOUTHS, location=TIZI_AZAZGA_ROAD, date=TODAY, acled=PEACEFUL, tpara=2),
        E(True, ["PROTEST", "ASSAULT"], [0, 2], "أضرم محتجون النار", ["asserted"], mode="riot",
          source=LNI_RIOTERS, recipient=LNI_DAIRA, location=LNI, date=TODAY, acled=RIOT, tpara=2),
        E(False, ["COERCE"], [2], "بتطويق", ["asserted"], mode="restrict",
          source=DZ_RIOT_POLICE, location=LNI, date=TODAY),
        # the night's arrests (local sources); the release of six this morning (passive) optional
        E(True, ["COERCE"], [3], "اعتقلت", ["reported", "asserted"], mode="arrest",
          source=DZ_GENDARMERIE, recipient=AZAZGA_DETAINEES, location=AZAZGA_YAKOUREN,
          date=D("2001-05-29", "day", ("2001-05-29", "2001-05-30")), attribution=["مصادر محلية"],
          acled=ARREST),
        E(False, ["RETREAT"], [3], "يُطلق سراح", ["reported", "asserted"], mode="release",
          source=DZ_GENDARMERIE, recipient=AZAZGA_DETAINEES, location=TIZI_OUZOU, date=TODAY),
        # paragraph 4 (where Azazga lies) holds no event
        # the human rights league's condemnation and demand (the withdrawal of the brigades is the demand's
        # content)
        E(True, ["ACCUSE"], [5], "وأدانت", ["asserted"],
          source=LADDH, recipient=DZ_GENDARMERIE, date=TODAY),
        E(True, ["REQUEST"], [5], "وطالبت", ["asserted"],
          source=LADDH, recipient=DZ_AUTHORITIES, date=TODAY),
        # the interior ministry's statement on national radio: an accusation (the attacks on state buildings
        # are its content) and a pledge of an inquiry (optional)
        E(True, ["ACCUSE"], [7], "اتهمت", ["asserted", "reported"],
          source=DZ_INTERIOR, recipient=DZ_ACCUSED, date=D("2001-05-29"), attribution=["الإذاعة الوطنية"]),
        E(False, ["AGREE"], [7], "وتعهّدت", ["asserted"],
          source=DZ_INTERIOR, date=D("2001-05-29")),
        # the rumoured arrest of a Yakouren village committee member, denied by the gendarmerie
        E(True, ["COERCE"], [8], "اعتقال", ["rumored", "negated", "reported"], mode="arrest",
          recipient=YAKOUREN_MEMBER, location=YAKOUREN, date=TODAY,
          attribution=["سكان عزازقة", "مصدر في قيادة المجموعة الولائية للدرك"], acled=ARREST),
        # the march on the wilaya's seat on Saturday (planned); the call itself and the shop closure that day
        # optional
        E(True, ["PROTEST"], [9], "إلى مسيرة كبرى", ["planned"], mode="demo",
          source=ARCH, location=TIZI_OUZOU, date=D("2001-06-02")),
        E(False, ["REQUEST"], [9], "ودعت", ["asserted"],
          source=ARCH, date=TODAY),
        E(False, ["PROTEST"], [9], "غلق المحلات التجارية", ["planned"], mode="strike",
          source=ARCH, location=TIZI_OUZOU, date=D("2001-06-02")),
        # the wali's conditional threat (made); the curfew itself optional, hypothetical
        E(True, ["THREATEN"], [10], "ولوّح", ["asserted"], mode="restrict",
          source=TIZI_WALI, location=AZAZGA_LNI, date=STATEMENT_DAY),
        E(False, ["COERCE"], [10], "بفرض حظر للتجول", ["hypothetical"], mode="curfew",
          source=TIZI_WALI, location=AZAZGA_LNI, date=None),
        # paragraph 11 (the young men's standing grievances) is generic: no event
        # the march in Amizour (Bejaia), which ends without incident
        E(True, ["PROTEST"], [12], "مسيرة سلمية", ["asserted"], mode="demo",
          source=AMIZOUR_MARCHERS, location=AMIZOUR, date=TODAY, acled=PEACEFUL),
        # the daira chief receives the notables and the families (CONSULT); the agreement on handing over the
        # bodies (passive «واتُّفق»)
        E(True, ["CONSULT"], [13], "واستقبل", ["asserted"], mode="visit",
          source=AZAZGA_CHIEF, recipient=AZAZGA_NOTABLES, location=AZAZGA, date=TODAY),
        E(True, ["AGREE"], [13], "واتُّفق", ["asserted"],
          source=CHIEF_NOTABLES, location=AZAZGA, date=TODAY),
        # background at another place: the riot police break up a pupils' sit-in in El Kseur «ظهر السبت
        # الماضي» (core, historical); the sit-in itself and the April death in Beni Douala optional,
        # historical
        E(True, ["ASSAULT"], [14], "فرّقت", ["historical", "asserted"], mode="beat",
          source=DZ_RIOT_POLICE, recipient=EL_KSEUR_PUPILS, location=EL_KSEUR, date=D("2001-05-26"),
          acled=EXCESSIVE),
        E(False, ["PROTEST"], [14], "اعتصاماً", ["historical"], mode="demo",
          source=EL_KSEUR_PUPILS, location=EL_KSEUR, date=D("2001-05-26"), acled=PEACEFUL),
        E(False, ["ASSAULT"], [14], "وفاة تلميذ ثانوي", ["historical"],
          source=DZ_GENDARMERIE, recipient=BENI_DOUALA_PUPIL, location=BENI_DOUALA,
          date=D("2001-04-15", "month", ("2001-04-01", "2001-04-30")), fatalities=1, acled=ATTACK),
        # the Red Crescent's blood and antibiotics for Azazga hospital
        E(True, ["AID"], [15], "نقلت شاحنات", ["asserted"], mode="humanitarian",
          source=DZ_RED_CRESCENT, recipient=AZAZGA_HOSPITAL, location=AZAZGA, date=TODAY),
    ],
)
