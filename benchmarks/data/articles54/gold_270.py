"""Gold of article 270: Hadibu (the eastern entrance, the security administration, the local authority's
building, the Saudi command), Socotra airport, Hawlaf and its port, and Qalansiyah (the Socotra archipelago,
Yemen), an Aden news site, 2020-05-16 (Sat)."""
from actors_places import (
    ARAB_COALITION,
    BELT_COMMANDER,
    BRIGADE_GUARDS,
    BRIGADE_POST,
    BRIGADE_TEN,
    HADIBU,
    HADIBU_EAST,
    HADIBU_FAMILIES,
    HADIBU_SECURITY_HQ,
    HAWLAF,
    QALANSIYAH,
    QALANSIYAH_DIRECTORATE,
    QALANSIYAH_FISHERMEN,
    SAUDI_COMMITTEE,
    SAUDI_HQ_HADIBU,
    SECURITY_BELT,
    SOCOTRA_AIRPORT,
    SOCOTRA_FIGHT,
    SOCOTRA_GOV_BUILDING,
    SOCOTRA_GOVERNOR,
    SOCOTRA_GUNMEN,
    SOCOTRA_PARTIES,
    SOCOTRA_SECURITY_HQ,
    SOCOTRA_SHEIKHS,
    SOCOTRA_TRUCE,
    STC,
    STC_SPOKESMAN,
    UAE,
    UAE_RC,
)
from common import AGREEMENT, ARREST, CLASH, PEACEFUL, TRANSFER, D, E, paras_of

SLUG = "socotra_2020_hadibu_hawlaf_qalansiyah_airport"
TODAY = D("2020-05-16")
YESTERDAY = D("2020-05-15")
SINCE_YESTERDAY = D("2020-05-16", "day", ("2020-05-15", "2020-05-16"))
ARTICLE = dict(
    id="team54-270", slug=SLUG, published="2020-05-16",
    outlet="Marafi' Aden news site, Aden, Socotra report (fictional)",
    paras=paras_of(f"270_{SLUG}.txt"),
    events=[
        # the fighting at Hadibu's eastern entrance «مساء أمس الجمعة» between the STC's Security Belt and the
        # government's 1st Marine Infantry Brigade: headline 0 (no number), lead 1 (Hadibu general hospital:
        # three), the follow-up 10 (the STC spokesman: seven from both sides; the local authority: «only
        # two») → 2. Two-sided: both are sources
        E(True, ["ASSAULT"], [0, 1, 10], "مواجهات", ["asserted", "reported"], mode="firearms",
          source=SOCOTRA_FIGHT, location=HADIBU_EAST, date=YESTERDAY, fatalities=2,
          attribution=["مصدر طبي في مستشفى حديبو العام", "متحدث باسم «الانتقالي» في الأرخبيل",
                       "مصدر في السلطة المحلية"], acled=CLASH, tpara=1),
        # the Security Belt takes the provincial security building «without fighting» at dawn (headline 0; a
        # non-violent transfer; the negation negates nothing); the guards' withdrawal and the flag raised on
        # it are part of it (optional)
        E(True, ["COERCE"], [0, 2], "وسيطرت", ["asserted", "reported"], mode="seize",
          source=SECURITY_BELT, recipient=SOCOTRA_SECURITY_HQ, location=HADIBU_SECURITY_HQ, date=TODAY,
          attribution=["شهود عيان"], acled=TRANSFER, tpara=2),
        E(False, ["RETREAT"], [2], "انسحاب", ["asserted", "reported"], mode="withdraw",
          source=BRIGADE_GUARDS, location=HADIBU_SECURITY_HQ, date=TODAY),
        E(False, ["COERCE"], [2], "ورفعت", ["asserted", "reported"], mode="seize",
          source=SECURITY_BELT, location=HADIBU_SECURITY_HQ, date=TODAY),
        # the Security Belt commander's 24-hour ultimatum to the governor (THREATEN); entering the building
        # «by force» is hypothetical (optional)
        E(True, ["THREATEN"], [3], "وأمهل", ["asserted"], mode="violence",
          source=BELT_COMMANDER, recipient=SOCOTRA_GOVERNOR, location=SOCOTRA_GOV_BUILDING,
          date=SINCE_YESTERDAY),
        E(False, ["COERCE", "ASSAULT"], [3], "ستدخله", ["hypothetical"], mode="seize",
          source=SECURITY_BELT, location=SOCOTRA_GOV_BUILDING, date=None),
        # the governor's accusation of the UAE and his call on the coalition's command (the «tampering» is
        # its content)
        E(True, ["ACCUSE"], [4], "واتهم", ["asserted"],
          source=SOCOTRA_GOVERNOR, recipient=UAE, date=SINCE_YESTERDAY,
          attribution=["السلطة المحلية على صفحتها في «فيسبوك»"]),
        E(True, ["REQUEST"], [4], "داعياً", ["asserted"],
          source=SOCOTRA_GOVERNOR, recipient=ARAB_COALITION, date=SINCE_YESTERDAY),
        # paragraph 5 (fishing and palms, months cut off by the monsoon, «the last place the war would reach»)
        # holds no event
        # the rumoured takeover of Socotra airport, denied by the airport administration
        E(True, ["COERCE"], [6], "سيطرة", ["rumored", "negated", "reported"], mode="seize",
          source=STC, location=SOCOTRA_AIRPORT, date=SINCE_YESTERDAY,
          attribution=["ناشطون على مواقع التواصل الاجتماعي", "مصدر في إدارة المطار"], acled=TRANSFER),
        # a Saudi committee hosts both sides (CONSULT) and announces a truce (AGREE; as an announced calm also
        # CONCEDE); pulling the gunmen out
        # and handing the checkpoints to the police are its terms (optional, planned); the coalition's silence
        # negates nothing
        E(True, ["CONSULT"], [7], "وعقدت", ["asserted"], mode="third-party",
          source=SAUDI_COMMITTEE, recipient=SOCOTRA_PARTIES, location=SAUDI_HQ_HADIBU, date=YESTERDAY),
        E(True, ["AGREE", "CONCEDE"], [7], "التوصل", ["asserted"],
          source=SOCOTRA_TRUCE, location=SAUDI_HQ_HADIBU, date=YESTERDAY, acled=AGREEMENT),
        E(False, ["RETREAT"], [7], "بسحب المسلحين", ["planned"], mode="withdraw",
          source=SOCOTRA_FIGHT, location=HADIBU, date=None),
        E(False, ["RETREAT"], [7], "وتسليم نقاط التفتيش", ["planned"], mode="withdraw",
          source=SOCOTRA_FIGHT, location=HADIBU, date=None),
        # ten of the brigade's men arrested at Hawlaf (a government military source); the STC's version that
        # they «surrendered willingly» is optional
        E(True, ["COERCE"], [8], "واعتقلت", ["reported", "asserted"], mode="arrest",
          source=SECURITY_BELT, recipient=BRIGADE_TEN, location=HAWLAF, date=SINCE_YESTERDAY,
          attribution=["مصدر عسكري حكومي"], acled=ARREST),
        E(False, ["RETREAT"], [8], "سلّموا أنفسهم", ["reported"], mode="disarm",
          source=BRIGADE_TEN, recipient=SECURITY_BELT, location=HAWLAF, date=SINCE_YESTERDAY),
        # the governor's meeting with the sheikhs in Qalansiyah tomorrow (planned; one line)
        E(True, ["CONSULT"], [9], "يلتقي", ["planned"],
          source=SOCOTRA_GOVERNOR, recipient=SOCOTRA_SHEIKHS, location=QALANSIYAH, date=D("2020-05-17")),
        # the follow-up (10) belongs to the first event; the child hit by a stray bullet is one of its wounded
        # paragraph 11 (no fighting of this kind in the war years, «only the cyclones scare us», the UNESCO
        # listing after «يُذكر أن») holds no event
        # the Emirati Red Crescent's food handed out in Hadibu (the ship's arrival at Hawlaf optional; a
        # second ship expected next week optional, planned)
        E(True, ["AID"], [12], "ووزّعت", ["asserted"], mode="humanitarian",
          source=UAE_RC, recipient=HADIBU_FAMILIES, location=HADIBU, date=SINCE_YESTERDAY),
        E(False, ["AID"], [12], "سفينة", ["asserted"], mode="humanitarian",
          source=UAE_RC, location=HAWLAF, date=YESTERDAY),
        E(False, ["AID"], [12], "يُنتظر", ["planned"], mode="humanitarian",
          location=HAWLAF, date=D("2020-05-18", "week", ("2020-05-17", "2020-05-23"))),
        # the fishermen's demonstration in Qalansiyah; their demand to both sides optional
        E(True, ["PROTEST"], [13], "تظاهر", ["asserted"], mode="demo",
          source=QALANSIYAH_FISHERMEN, location=QALANSIYAH_DIRECTORATE, date=SINCE_YESTERDAY, acled=PEACEFUL),
        E(False, ["REQUEST"], [13], "مطالبين", ["asserted"],
          source=QALANSIYAH_FISHERMEN, recipient=SOCOTRA_PARTIES, location=QALANSIYAH, date=SINCE_YESTERDAY),
        # the STC spokesman's accusation of the governor; his denial that the UAE armed the STC (optional,
        # negated)
        E(True, ["ACCUSE"], [14], "واتهم", ["asserted"],
          source=STC_SPOKESMAN, recipient=SOCOTRA_GOVERNOR, date=SINCE_YESTERDAY),
        E(False, ["AID"], [14], "زوّدت", ["negated"], mode="military",
          source=UAE, recipient=STC, date=None),
        # background: Monday before a Saturday, gunmen attacked a brigade post near Qalansiyah (core,
        # historical, 1); the local authority's blaming of «rebel elements» optional; the STC's silence
        # negates nothing
        E(True, ["ASSAULT"], [15], "هاجموا", ["historical", "asserted"], mode="firearms",
          source=SOCOTRA_GUNMEN, recipient=BRIGADE_POST, location=QALANSIYAH, date=D("2020-05-11"),
          fatalities=1, acled=CLASH),
        E(False, ["ACCUSE"], [15], "نسبته", ["historical"],
          source=SOCOTRA_GOVERNOR, recipient=SOCOTRA_GUNMEN, date=D("2020-05-11", "day",
                                                                  ("2020-05-11", "2020-05-15"))),
    ],
)
