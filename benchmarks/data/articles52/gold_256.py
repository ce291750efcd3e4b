"""Gold of article 256: Randa and Tadjourah, Obock, the Mabla mountains, Dikhil and the capital's quarters
(Djibouti), a Yemeni daily of Aden, 1992-01-22 (Wed)."""
from actors_places import (
    AFAR_DETAINEES,
    AFAR_NOTABLES,
    DETAINEES_WOMEN,
    DIKHIL_ROAD,
    DIKHIL_TRUCK,
    DJ_ARMY,
    DJ_DISPLACED,
    DJ_GOV,
    DJ_INTL_ROAD,
    DJ_PM,
    DJ_POLICE_HQ,
    DJ_PORT,
    DJ_RED_CRESCENT,
    DJ_SECURITY,
    DJ_TRUCK_DRIVERS,
    DJIBOUTI_CITY,
    FOREIGN_PARTIES,
    FR_FORCES,
    FRUD,
    MABLA,
    MABLA_VILLAGERS,
    OAU,
    OBOCK,
    OBOCK_GENDARMERIE,
    RANDA,
    RANDA_FIGHT,
    TADJOURAH,
    YEMEN_GOV,
)
from common import ARREST, CLASH, PEACEFUL, SHELL, D, E, paras_of

SLUG = "randa_1992_tadjourah_obock_mabla_dikhil_arhiba"
TODAY = D("1992-01-22")
YESTERDAY = D("1992-01-21")
SINCE_YESTERDAY = D("1992-01-22", "day", ("1992-01-21", "1992-01-22"))
ARTICLE = dict(
    id="team52-256", slug=SLUG, published="1992-01-22",
    outlet="Sada al-Mandab daily, Aden (fictional)",
    paras=paras_of(f"256_{SLUG}.txt"),
    events=[
        # the FRUD attack on the army post above Randa and the three-hour fight «فجر أمس الثلاثاء»: headline
        # 0, lead 1 (the defence ministry on the state radio: three soldiers), the follow-up 9 (FRUD's fax:
        # seventeen soldiers, two of its own; a nurse at Tadjourah hospital: five bodies) → 3. Two-sided: both
        # are sources
        E(True, ["ASSAULT"], [0, 1, 9], "اشتباكات", ["asserted", "reported"], mode="firearms",
          source=RANDA_FIGHT, location=RANDA, date=YESTERDAY, fatalities=3,
          attribution=["بيان وزارة الدفاع عبر إذاعة جيبوتي الرسمية", "بيان الجبهة بالفاكس",
                       "ممرض في مستشفى تاجورة"], acled=CLASH, tpara=1),
        # arrests in the capital's Afar quarters overnight, told by opposition sources (the authorities'
        # silence negates nothing); the release of six this morning (carried out: optional RETREAT)
        E(True, ["COERCE"], [0, 2], "اعتقلت", ["reported"], mode="arrest",
          source=DJ_SECURITY, recipient=AFAR_DETAINEES, location=DJIBOUTI_CITY, date=SINCE_YESTERDAY,
          attribution=["مصادر في المعارضة"], acled=ARREST, tpara=2),
        E(False, ["RETREAT"], [2], "أُطلق سراحهم", ["reported"], mode="release",
          source=DJ_SECURITY, recipient=AFAR_DETAINEES, location=DJIBOUTI_CITY, date=TODAY),
        # the army's shelling of villages in the Mabla mountains, told by displaced people in Obock (2 killed)
        E(True, ["ASSAULT"], [3], "قصفت", ["reported", "asserted"], mode="heavy-weapons",
          source=DJ_ARMY, recipient=MABLA_VILLAGERS, location=MABLA, date=YESTERDAY, fatalities=2,
          attribution=["نازحون وصلوا إلى أوبوك"], acled=SHELL),
        # paragraph 4 (the Tadjourah region and the Afars' standing grievances) holds no event the government
        # spokesman's accusation of unnamed foreign parties and his threat to hunt the fighters; the press
        # conference itself is no event
        E(True, ["ACCUSE"], [5], "اتهم", ["asserted"],
          source=DJ_GOV, recipient=FOREIGN_PARTIES, date=TODAY),
        E(True, ["THREATEN"], [5], "وتوعّد", ["asserted"], mode="violence",
          source=DJ_GOV, recipient=FRUD, location=MABLA, date=TODAY),
        # the French forces' alert and the paratroop company moved to Tadjourah airport (reported by
        # diplomats); the embassy's «لن تتدخل» is a pledge not to act (optional, negated)
        E(True, ["MOBILIZE"], [6], "رفعت درجة استنفارها", ["reported"], mode="troops",
          source=FR_FORCES, location=TADJOURAH, date=D("1992-01-22", "day", ("1992-01-20", "1992-01-22")),
          attribution=["مصادر دبلوماسية غربية في العاصمة"]),
        E(False, ["MOBILIZE", "ASSAULT"], [6], "لن تتدخل", ["negated"],
          source=FR_FORCES, date=None),
        # the rumoured takeover of a gendarmerie post near Obock, denied by the district commissioner
        E(True, ["ASSAULT", "COERCE"], [7], "سيطرة", ["rumored", "negated", "reported"], mode="seize",
          source=FRUD, recipient=OBOCK_GENDARMERIE, location=OBOCK, date=SINCE_YESTERDAY,
          attribution=["أوساط شعبية في العاصمة", "مفوض منطقة أوبوك"], acled=CLASH),
        # the detainees' women relatives gather at police headquarters and demand their release; the police
        # disperse them without injuries (optional COERCE)
        E(True, ["PROTEST"], [8], "تجمعت", ["asserted"], mode="demo",
          source=DETAINEES_WOMEN, location=DJ_POLICE_HQ, date=TODAY, acled=PEACEFUL),
        E(True, ["REQUEST"], [8], "وطالبن", ["asserted"],
          source=DETAINEES_WOMEN, location=DJ_POLICE_HQ, date=TODAY),
        E(False, ["COERCE"], [8], "تفرّقهن", ["asserted"], mode="restrict",
          source=DJ_SECURITY, recipient=DETAINEES_WOMEN, location=DJ_POLICE_HQ, date=TODAY),
        # in the follow-up, the claimed seizure of two heavy machine guns and the fighters' withdrawal are
        # part of the Randa fight (optional)
        E(False, ["COERCE"], [9], "واستولوا", ["reported"], mode="seize",
          source=FRUD, recipient=DJ_ARMY, location=RANDA, date=YESTERDAY),
        E(False, ["RETREAT"], [9], "ينسحبوا", ["reported"], mode="withdraw",
          source=FRUD, location=RANDA, date=YESTERDAY),
        # the OAU envoy due on Saturday (planned) and FRUD's conditional offer of dialogue (AGREE); the
        # release it asks for is only a condition (optional, hypothetical)
        E(True, ["CONSULT"], [10], "يصل", ["planned"], mode="visit",
          source=OAU, recipient=DJ_GOV, location=DJIBOUTI_CITY, date=D("1992-01-25")),
        E(True, ["AGREE"], [10], "استعدادها", ["asserted"],
          source=FRUD, recipient=DJ_GOV, date=SINCE_YESTERDAY),
        E(False, ["RETREAT", "CONCEDE"], [10], "الإفراج", ["hypothetical"], mode="release",
          source=DJ_GOV, recipient=AFAR_DETAINEES, date=None),
        # the Yemeni aid ship docked yesterday afternoon; the Red Crescent's distribution in the coming days
        # (optional, planned)
        E(True, ["AID"], [11], "رست", ["asserted"], mode="humanitarian",
          source=YEMEN_GOV, recipient=DJ_DISPLACED, location=DJ_PORT, date=YESTERDAY),
        E(False, ["AID"], [11], "توزيعها", ["planned"], mode="humanitarian",
          source=DJ_RED_CRESCENT, recipient=DJ_DISPLACED, date=None),
        # paragraph 12 (prices, the displaced in schools and mosques: an aggregate) holds no event
        # FRUD's conditional threat against the international road (made); the attack on the road optional,
        # hypothetical; the warning to truck drivers optional REQUEST
        E(True, ["THREATEN"], [13], "هددت", ["asserted"], mode="violence",
          source=FRUD, recipient=DJ_ARMY, location=DJ_INTL_ROAD, date=SINCE_YESTERDAY),
        E(False, ["ASSAULT"], [13], "نقل المعركة", ["hypothetical"], mode="firearms",
          source=FRUD, location=DJ_INTL_ROAD, date=None),
        E(False, ["REQUEST"], [13], "داعيةً", ["asserted"],
          source=FRUD, recipient=DJ_TRUCK_DRIVERS, date=SINCE_YESTERDAY),
        # background: Thursday before a Wednesday, the ambush on an army truck between Dikhil and As Eyla (2);
        # FRUD's taking up arms «في نوفمبر الماضي» is a relative-clause background (optional, historical)
        E(True, ["ASSAULT"], [14], "كميناً", ["historical", "asserted"], mode="firearms",
          source=FRUD, recipient=DIKHIL_TRUCK, location=DIKHIL_ROAD, date=D("1992-01-16"), fatalities=2,
          acled=CLASH),
        E(False, ["ASSAULT", "THREATEN"], [14], "حمل السلاح", ["historical"], mode="firearms",
          source=FRUD, date=D("1991-11-15", "month", ("1991-11-01", "1991-11-30"))),
        # the prime minister receives the Afar notables (host as source)
        E(True, ["CONSULT"], [15], "استقبل", ["asserted", "reported"], mode="visit",
          source=DJ_PM, recipient=AFAR_NOTABLES, location=DJIBOUTI_CITY, date=YESTERDAY,
          attribution=["الإذاعة الرسمية"]),
    ],
)
