"""Gold of article 377: Dreikish, Safita and al-Sheikh Badr (Tartus), a Syrian state-run provincial daily,
2023-06-18 (Sun)."""
from actors_places import (
    BOTH_FAMILIES,
    CRIMINAL_SECURITY,
    DREIKISH,
    DREIKISH_EAST,
    DREIKISH_GUNMEN,
    DREIKISH_NOTABLES,
    DREIKISH_SUSPECTS,
    DREIKISH_VICTIMS,
    DREIKISH_WOUNDED,
    MUKHTAR,
    NEIGHBOUR,
    PAGE_ADMINS,
    RIVAL_FAMILY,
    RUMOURED_YOUTH,
    SAFITA,
    SHEIKH_BADR,
    SHEIKH_BADR_MAN,
    SHEIKH_BADR_ROAD,
    SY_AUTHORITIES,
    SY_INTERIOR,
    TARTUS_GOVERNOR,
    TARTUS_GOVERNORATE,
    TARTUS_HEALTH,
    TARTUS_MP,
    TARTUS_POLICE,
    VICTIM_HOUSEHOLD,
    VICTIMS_FAMILY,
)
from common import ABDUCTION, ARREST, ATTACK, D, E, paras_of

SLUG = "dreikish_2023_safita_sheikh_badr"
TODAY = D("2023-06-18")
YESTERDAY = D("2023-06-17")
SINCE_FRIDAY = D("2023-06-18", "day", ("2023-06-16", "2023-06-18"))
ARTICLE = dict(
    id="team76-377", slug=SLUG, published="2023-06-18",
    outlet="Al-Burj Tartus state-run provincial daily (fictional)",
    paras=paras_of(f"377_{SLUG}.txt"),
    events=[
        # ¶1: the governor chairs a meeting with the notables of Dreikish to contain the feud (CONSULT
        # third-party, headline 0); the lead does not tell the shooting
        E(True, ["CONSULT"], [0, 1], "اجتماعاً موسعاً", ["asserted"], mode="third-party",
          source=TARTUS_GOVERNOR, recipient=DREIKISH_NOTABLES, location=DREIKISH, date=TODAY,
          attribution=["مندوب «البرج»"], tpara=1),
        # the main event, first told in ¶2 in a «وكان … قد» clause after the meeting: a young man and his
        # uncle shot dead «مساء يوم الجمعة الماضي» (headline 0, ¶2, the police statement 3, a neighbour 4, the
        # funeral 9) → 2
        E(True, ["ASSAULT"], [0, 2, 3, 4, 9], "إطلاق نار", ["asserted"], mode="firearms",
          source=DREIKISH_GUNMEN, recipient=DREIKISH_VICTIMS, location=DREIKISH, date=D("2023-06-16"),
          fatalities=2, attribution=["قيادة شرطة المحافظة", "أحد سكان الحي"], acled=ATTACK, tpara=2),
        # ¶3: two suspects arrested near Safita (COERCE, headline 0); the rifles seized optional
        E(True, ["COERCE"], [0, 3], "ألقت القبض", ["asserted"], mode="arrest",
          source=TARTUS_POLICE, recipient=DREIKISH_SUSPECTS, location=SAFITA, date=SINCE_FRIDAY,
          attribution=["بيان قيادة شرطة المحافظة"], acled=ARREST, tpara=3),
        E(False, ["COERCE"], [3], "وضبطت", ["asserted"], mode="confiscate",
          source=TARTUS_POLICE, recipient=DREIKISH_SUSPECTS, location=SAFITA, date=SINCE_FRIDAY),
        # ¶5: police reinforcements (MOBILIZE) and a night curfew in the eastern quarter (COERCE curfew); the
        # two checkpoints optional
        E(True, ["MOBILIZE"], [5], "وعززت", ["asserted"], mode="police",
          source=TARTUS_POLICE, location=DREIKISH, date=SINCE_FRIDAY),
        E(True, ["COERCE"], [5], "منعت التجول", ["asserted"], mode="curfew",
          source=TARTUS_POLICE, location=DREIKISH_EAST, date=SINCE_FRIDAY,
          attribution=["مصدر في القيادة"]),
        E(False, ["COERCE", "MOBILIZE"], [5], "وأقامت حاجزين مؤقتين", ["asserted"], mode="restrict",
          source=TARTUS_POLICE, location=DREIKISH, date=SINCE_FRIDAY),
        # ¶6: the victims' family demands punishment (REQUEST) and threatens revenge (THREATEN); the revenge
        # itself optional, hypothetical
        E(True, ["REQUEST"], [6], "وطالب", ["asserted"],
          source=VICTIMS_FAMILY, recipient=SY_AUTHORITIES, location=DREIKISH, date=SINCE_FRIDAY),
        E(True, ["THREATEN"], [6], "ملوّحين", ["asserted"], mode="violence",
          source=VICTIMS_FAMILY, recipient=DREIKISH_GUNMEN, location=DREIKISH, date=SINCE_FRIDAY),
        E(False, ["ASSAULT"], [6], "بـ«أخذ الحق باليد»", ["hypothetical"], mode="firearms",
          source=VICTIMS_FAMILY, date=None),
        # paragraph 7 (Dreikish, its springs and quarrels over water: description) holds no event
        # ¶8: a revenge abduction on the al-Sheikh Badr road, rumoured and denied; the denial and the police
        # source's threat against the pages optional
        E(True, ["ASSAULT"], [8], "خطف شاب", ["rumored", "negated"], mode="abduct",
          recipient=RUMOURED_YOUTH, location=SHEIKH_BADR_ROAD, date=YESTERDAY,
          attribution=["صفحات على مواقع التواصل الاجتماعي"], acled=ABDUCTION),
        E(False, ["REJECT"], [8], "نفى", ["asserted"],
          source=TARTUS_POLICE, date=SINCE_FRIDAY),
        E(False, ["THREATEN"], [8], "ومتوعداً", ["asserted"], mode="arrest",
          source=TARTUS_POLICE, recipient=PAGE_ADMINS, date=SINCE_FRIDAY),
        # ¶9: the funeral belongs to the main event
        # ¶10: a reconciliation session in Safita «يوم الجمعة المقبل», on a condition (planned; hypothetical
        # accepted)
        E(True, ["CONSULT", "AGREE"], [10], "جلسة صلح", ["planned", "hypothetical"], mode="third-party",
          source=BOTH_FAMILIES, location=SAFITA, date=D("2023-06-23"),
          attribution=["عضو في لجنة المساعي الأهلية"]),
        # ¶11: no one of the victims' family came to today's meeting (core CONSULT, negated) and the family
        # refused to sit with the other side (REJECT); the other family's offer optional AGREE
        E(True, ["CONSULT"], [11], "ولم يحضر", ["negated"],
          source=VICTIMS_FAMILY, location=DREIKISH, date=TODAY),
        E(True, ["REJECT"], [11], "رفضت", ["asserted", "reported"],
          source=VICTIMS_FAMILY, recipient=RIVAL_FAMILY, location=DREIKISH, date=TODAY,
          attribution=["مصادر أهلية"]),
        E(False, ["AGREE"], [11], "أبدوا استعدادهم", ["asserted"],
          source=RIVAL_FAMILY, location=DREIKISH, date=TODAY),
        # ¶12: the governor praises the criminal security (SUPPORT) and dismisses the mukhtar, referring him
        # for investigation (SANCTION, COERCE accepted); the threats before the killing optional, historical
        E(True, ["SUPPORT"], [12], "وأشاد", ["asserted"],
          source=TARTUS_GOVERNOR, recipient=CRIMINAL_SECURITY, date=TODAY),
        E(True, ["SANCTION", "COERCE"], [12], "بإعفاء", ["asserted"],
          source=TARTUS_GOVERNOR, recipient=MUKHTAR, location=DREIKISH_EAST, date=TODAY),
        E(False, ["THREATEN"], [12], "تهديدات", ["historical"],
          location=DREIKISH_EAST, date=D("2023-06-14", "week", ("2023-06-09", "2023-06-16"))),
        # ¶13: cash aid to the young man's family, handed over «مساء أمس» (AID); the health directorate's care
        # optional
        E(True, ["AID"], [13], "إعانة مالية", ["asserted"], mode="economic",
          source=TARTUS_GOVERNORATE, recipient=VICTIM_HOUSEHOLD, location=DREIKISH, date=YESTERDAY),
        E(False, ["AID"], [13], "تتكفل", ["asserted"], mode="humanitarian",
          source=TARTUS_HEALTH, recipient=DREIKISH_WOUNDED, date=SINCE_FRIDAY),
        # paragraphs 14 (weapons in the countryside: analysis) and 15 (the exams: description) hold no event
        # ¶16: an MP asks the interior ministry to collect unlicensed weapons (REQUEST)
        E(True, ["REQUEST"], [16], "وطالب", ["asserted"],
          source=TARTUS_MP, recipient=SY_INTERIOR, date=SINCE_FRIDAY),
        # background at another place: a man shot dead by his neighbour near al-Sheikh Badr on 3 May
        E(True, ["ASSAULT"], [17], "قُتل برصاص جاره", ["historical", "asserted"], mode="firearms",
          source=NEIGHBOUR, recipient=SHEIKH_BADR_MAN, location=SHEIKH_BADR, date=D("2023-05-03"),
          fatalities=1, acled=ATTACK),
    ],
)
