"""Gold of article 483: a curfew in al-Majar al-Kabir, an armed fight between two clans over farmland
(main event, told in ¶2 after the curfew; one toll), a resident's account and the other clan's version,
police reinforcements with arrests, the mediators' meeting and a thirty-day truce («عطوة»), three suspects
handed over by one clan and none by the other, the provincial council's praise, the police's threat, a
rumoured shooting at a house in Amarah denied, the funeral, blood money rejected, an interior ministry
delegation due tomorrow, and a clan fight at al-Kahla on 23 January 2019 (Maysan, Iraq), a Maysan local news
agency's website, 2019-02-17 (Sun). Dateline «العمارة» (the provincial capital; the events happen in its
districts)."""
from actors_places import (
    AMARAH,
    AMARAH_CITY,
    AMARAH_RELATIVE,
    CLAN_NOTABLES,
    CLAN_SHEIKH,
    ELEVEN_WANTED,
    FEUD_SHOOTERS,
    KAHLA,
    KAHLA_FAMILIES,
    KAHLA_POLICE,
    MAJAR,
    MAJAR_EAST,
    MAJAR_POLICE,
    MAJAR_POLICE_STATION,
    MAYSAN_CLANS,
    MAYSAN_COUNCIL,
    MAYSAN_EMERGENCY,
    MAYSAN_GOV,
    MAYSAN_LEADERS,
    MAYSAN_MPS,
    MAYSAN_POLICE,
    MEDIATORS,
    MOI,
    NOTABLES_AND_SECURITY,
    OTHER_CLAN,
    OTHER_SIDE,
    TRUCE_PARTIES,
    TWO_CLANS,
    VICTIM_FAMILY,
)
from common import AGREEMENT, ARREST, CLASH, OTHER, D, E, paras_of

SLUG = "majar_kabir_2019_maimouna_kahla"
YESTERDAY = D("2019-02-16")
TODAY = D("2019-02-17")
# a statement or an act of the day whose hour the text does not give: today, or the evening before
TODAY_OR_EVE = D("2019-02-17", "day", ("2019-02-16", "2019-02-17"))
# an act that ran from last evening late into the night
LAST_NIGHT = D("2019-02-16", "day", ("2019-02-16", "2019-02-17"))
ARTICLE = dict(
    id="team97-483", slug=SLUG, published="2019-02-17",
    outlet="al-Mashhuf, a Maysan local news agency's website (fictional)",
    paras=paras_of(f"483_{SLUG}.txt"),
    events=[
        # ¶1 (dateline «العمارة»): the curfew and the roads closed with it (one COERCE event; the headline
        # names it)
        E(True, ["COERCE"], [0, 1], "حظراً شاملاً للتجوال", ["asserted"], mode="curfew",
          source=MAYSAN_POLICE, location=MAJAR, date=YESTERDAY, attribution=["إعلام القيادة"],
          acled=OTHER, tpara=1),
        # MAIN EVENT, told in ¶2 after the curfew (the hour after the act, in a clause of its own): the armed
        # fight between two clans, both sides sources; a resident ¶3, the other clan's version ¶4 and the
        # funeral ¶13 retell it; the headline names it. One toll: 2
        E(True, ["ASSAULT"], [0, 2, 3, 4, 13], "نزاع مسلح", ["asserted"], mode="firearms",
          source=TWO_CLANS, location=MAJAR_EAST, date=YESTERDAY, fatalities=2,
          attribution=["دائرة صحة ميسان", "أحد سكان المنطقة"], acled=CLASH, tpara=2),
        # ¶4: one clan's notables blame the other (optional; a retelling of the fight)
        E(False, ["ACCUSE"], [4], "حمّل", ["asserted"],
          source=CLAN_NOTABLES, recipient=OTHER_SIDE, date=TODAY_OR_EVE),
        # ¶5, two events joined with «و» and a second verb: the emergency regiment arrives and arrests eleven
        # men (the weapons seized with them optional)
        E(True, ["MOBILIZE"], [5], "ووصلت", ["asserted"], mode="police",
          source=MAYSAN_EMERGENCY, location=MAJAR, date=TODAY, attribution=["مصدر أمني"]),
        E(True, ["COERCE"], [5], "واعتقلت", ["asserted"], mode="arrest",
          source=MAYSAN_EMERGENCY, recipient=ELEVEN_WANTED, location=MAJAR, date=TODAY, acled=ARREST),
        E(False, ["COERCE"], [5], "وضبطت", ["asserted"], mode="confiscate",
          source=MAYSAN_EMERGENCY, recipient=ELEVEN_WANTED, location=MAJAR, date=TODAY),
        # ¶6: the mediators' meeting and the thirty-day truce (the headline names the truce)
        E(True, ["CONSULT"], [6], "اجتماع", ["asserted"],
          source=TRUCE_PARTIES, recipient=TRUCE_PARTIES, location=MAJAR, date=LAST_NIGHT),
        E(True, ["AGREE", "CONCEDE"], [0, 6], "انتزاع «عطوة»", ["asserted"],
          source=TRUCE_PARTIES, recipient=TRUCE_PARTIES, location=MAJAR, date=LAST_NIGHT,
          acled=AGREEMENT, tpara=6),
        # ¶7: three suspects handed over, as the sheikh announces (CONCEDE, RETREAT accepted); the
        # settlement session after the truce is optional (planned)
        E(True, ["CONCEDE", "RETREAT"], [7], "تسليم", ["asserted"],
          source=CLAN_SHEIKH, recipient=MAJAR_POLICE_STATION, location=MAJAR_POLICE, date=TODAY_OR_EVE,
          attribution=["شيخ إحدى العشيرتين"]),
        E(False, ["CONSULT", "AGREE"], [7], "جلسة", ["planned"],
          source=TWO_CLANS, location=MAJAR, date=None),
        # ¶8, subject, long parenthesis, verb: the provincial council's praise (its call optional)
        E(True, ["SUPPORT"], [8], "أشاد", ["asserted"],
          source=MAYSAN_COUNCIL, recipient=NOTABLES_AND_SECURITY, date=TODAY,
          attribution=["بيان صدر ظهر اليوم"]),
        E(False, ["REQUEST"], [8], "داعياً", ["asserted"],
          source=MAYSAN_COUNCIL, recipient=MAYSAN_CLANS, date=TODAY),
        # ¶9 (al-Majar al-Kabir described) holds no event. ¶10: the police's threat against anyone who fires
        # (asserted); the prosecution it announces is conditional (optional, hypothetical)
        E(True, ["THREATEN"], [10], "وتوعّدت", ["asserted"], mode="arrest",
          source=MAYSAN_POLICE, recipient=FEUD_SHOOTERS, location=MAYSAN_GOV, date=YESTERDAY),
        E(False, ["COERCE"], [10], "بالملاحقة", ["hypothetical"], mode="arrest",
          source=MAYSAN_POLICE, recipient=FEUD_SHOOTERS, date=None),
        # ¶11: a shooting at a house («دكة») told by local pages and denied by the police (rumoured)
        E(True, ["ASSAULT"], [11], "استهدفت", ["rumored", "negated"], mode="firearms",
          recipient=AMARAH_RELATIVE, location=AMARAH, date=TODAY,
          attribution=["صفحات محلية على مواقع التواصل"]),
        # ¶12: the other clan has handed over no one (negated); the condition it is said to reject is optional
        E(True, ["CONCEDE", "RETREAT"], [12], "تسلّم", ["negated"],
          source=OTHER_CLAN, location=MAJAR, date=TODAY),
        E(False, ["REJECT"], [12], "يرفضه", ["asserted"],
          source=OTHER_SIDE, date=TODAY),
        # ¶13: the funeral belongs to the main event. ¶14: blood money rejected (REJECT); the mediators' offer
        # and the family's demand are optional
        E(True, ["REJECT"], [14], "ورفضت", ["asserted"],
          source=VICTIM_FAMILY, recipient=MEDIATORS, location=MAJAR, date=TODAY_OR_EVE),
        E(False, ["AGREE"], [14], "عرضه", ["asserted"],
          source=MEDIATORS, recipient=VICTIM_FAMILY, date=TODAY_OR_EVE),
        E(False, ["REQUEST"], [14], "مطالبةً", ["asserted"],
          source=VICTIM_FAMILY, date=TODAY_OR_EVE),
        # ¶15 (analysis of tribal disputes) holds no event. ¶16: the interior ministry delegation due tomorrow
        # (planned); last year's dead in clan disputes and the MPs' demands are aggregates (optional, generic)
        E(True, ["CONSULT"], [16], "يصل", ["planned"], mode="visit",
          source=MOI, recipient=MAYSAN_LEADERS, location=AMARAH_CITY, date=D("2019-02-18"),
          attribution=["مكتب المحافظ"]),
        E(False, ["ASSAULT"], [16], "نزاعات عشائرية", ["generic"],
          location=MAYSAN_GOV, date=None),
        E(False, ["REQUEST"], [16], "مطالبات نيابية", ["generic"],
          source=MAYSAN_MPS, date=None),
        # ¶17, «وكان … قد» at another place: the clan fight at al-Kahla on 23 January (core, historical; one
        # dead); the arrests after it are optional
        E(True, ["ASSAULT"], [17], "نزاع عشائري", ["historical", "asserted"], mode="firearms",
          source=KAHLA_FAMILIES, location=KAHLA, date=D("2019-01-23"), fatalities=1, acled=CLASH),
        E(False, ["COERCE"], [17], "وتعتقل", ["historical"], mode="arrest",
          source=KAHLA_POLICE, location=KAHLA, date=None),
    ],
)
