"""Gold of article 139: Ibb, Yemen (al-Qafr/Yarim, Ibb city, al-Udain, Jiblah, al-Sayyani), a Yemeni local news site,
2024-09-23 (Mon)."""
from actors_places import (
                           COALITION,
                           HOUTHI_SECURITY,
                           HOUTHI_SUPERVISOR,
                           HOUTHIS,
                           IBB_ACTIVISTS,
                           IBB_CITY,
                           IBB_COURT,
                           IBB_DEFENDANTS,
                           IBB_DEPUTY_GOV,
                           IBB_DETAINEES,
                           IBB_GOV,
                           IBB_RESIDENTS,
                           IBB_SEC_CHIEF,
                           IBB_TEACHERS,
                           IBB_UDAIN_JIBLAH,
                           IBB_YOUTHS,
                           ICRC,
                           QAFR,
                           QAFR_GUNMEN,
                           SAYYANI,
                           SAYYANI_SIDES,
                           TEACHERS_CLUB,
                           UDAIN,
                           UDAIN_DETAINEES,
)
from common import ARREST, CLASH, PEACEFUL, D, E, paras_of

SLUG = "ibb_qafr_udain_jiblah_teachers_strike"
ARTICLE = dict(
    id="team28-139", slug=SLUG, published="2024-09-23", outlet="Sawt al-Liwa al-Akhdar news site (fictional)",
    paras=paras_of(f"139_{SLUG}.txt"),
    events=[
        # the ambush on a Houthi security supervisor's car near al-Qafr «مساء أمس الأحد»: headline 0, lead 1 (attackers
        # unidentified), the follow-up 8 where tribal sources name them as local gunmen settling a feud (the Houthi
        # media's obituary is no new event) → 4; armed escorts: ACLED would code a clash
        E(True, ["ASSAULT"], [0, 1, 8], "بكمين نصبه", ["asserted", "reported"], mode="firearms",
          source=QAFR_GUNMEN, recipient=HOUTHI_SUPERVISOR, location=QAFR, date=D("2024-09-22"), fatalities=4,
          attribution=["مصادر محلية", "مصادر قبلية"], acled=CLASH, tpara=1),
        # the Houthi «abduction» campaign in Ibb city, al-Udain and Jiblah under one verb (one event; headline 0): the
        # de facto authority's detentions, which the outlet calls abductions
        E(True, ["COERCE", "ASSAULT"], [0, 2], "حملة اختطافات", ["asserted", "reported"], mode="arrest",
          source=HOUTHIS, recipient=IBB_DETAINEES, location=IBB_UDAIN_JIBLAH,
          date=D("2024-09-22", "day", ("2024-09-21", "2024-09-23")),
          attribution=["منظمة سام للحقوق والحريات عن ذوي المختطفين"], acled=ARREST, tpara=2),
        # one sentence, two events in Ibb city: the young men's flag-raising gathering (a political demonstration)
        # and the Houthi gunmen's beating of two of them after firing in the air to disperse it (ACLED would code one
        # protest with intervention, a sub-type the kit has no label for); taking the two away is optional
        E(True, ["PROTEST"], [3], "تجمّع", ["asserted", "reported"], mode="demo",
          source=IBB_YOUTHS, location=IBB_CITY, date=D("2024-09-22"), attribution=["شهود عيان"]),
        E(True, ["ASSAULT"], [3], "اعتدوا بالضرب", ["asserted", "reported"], mode="beat",
          source=HOUTHIS, recipient=IBB_YOUTHS, location=IBB_CITY, date=D("2024-09-22"),
          attribution=["شهود عيان"]),
        E(False, ["ASSAULT", "COERCE"], [3], "واقتادوهما", ["asserted", "reported"], mode="abduct",
          source=HOUTHIS, recipient=IBB_YOUTHS, location=IBB_CITY, date=D("2024-09-22")),
        # the Houthi security source's accusation through the Houthi-run Saba; «ضبطت عدداً من عناصرها» retells the
        # arrests
        E(True, ["ACCUSE"], [4], "اتهم", ["asserted", "reported"],
          source=HOUTHI_SECURITY, recipient=COALITION, date=D("2024-09-23", "day", ("2024-09-22", "2024-09-23")),
          attribution=["وكالة سبأ بنسختها الخاضعة للحوثيين"]),
        # the teachers' open strike (the Teachers Club's earlier call is a back-reference) and the Club's demand
        E(True, ["PROTEST"], [5], "إضراباً مفتوحاً", ["asserted"], mode="strike",
          source=IBB_TEACHERS, location=IBB_CITY, date=D("2024-09-23"), acled=PEACEFUL),
        E(True, ["REQUEST"], [5], "طالب النادي", ["asserted"],
          source=TEACHERS_CLUB, recipient=HOUTHIS, date=D("2024-09-23", "day", ("2024-09-22", "2024-09-23")),
          attribution=["بيان نادي المعلمين اليمنيين"]),
        # the Houthi-appointed deputy governor meets the strikers' representatives (host as source) and refuses to
        # pay; his call to return to class is an optional REQUEST
        E(True, ["CONSULT"], [6], "والتقى", ["asserted"], mode="visit",
          source=IBB_DEPUTY_GOV, recipient=IBB_TEACHERS, location=IBB_CITY, date=D("2024-09-23")),
        E(True, ["REJECT"], [6], "ورفض", ["asserted", "reported"],
          source=IBB_DEPUTY_GOV, recipient=IBB_TEACHERS, location=IBB_CITY, date=D("2024-09-23"),
          attribution=["أحد الحاضرين"]),
        E(False, ["REQUEST"], [6], "داعياً", ["asserted"],
          source=IBB_DEPUTY_GOV, recipient=IBB_TEACHERS, location=IBB_CITY, date=D("2024-09-23")),
        # the ICRC's shipment due on Wednesday (planned); the activists' call to light the revolution's torch on the
        # rooftops on Wednesday evening: the call (optional REQUEST) and the planned act (optional PROTEST)
        E(True, ["AID"], [7], "شحنة", ["planned", "reported"], mode="humanitarian",
          source=ICRC, recipient=IBB_RESIDENTS, location=IBB_CITY, date=D("2024-09-25"),
          attribution=["مصدر في مكتب الصحة"]),
        E(False, ["REQUEST"], [7], "دعا ناشطون", ["asserted"],
          source=IBB_ACTIVISTS, location=IBB_GOV, date=D("2024-09-23", "day", ("2024-09-22", "2024-09-23"))),
        E(False, ["PROTEST"], [7], "إيقاد شعلة الثورة", ["planned"], mode="demo",
          source=IBB_ACTIVISTS, location=IBB_GOV, date=D("2024-09-25")),
        # the rumoured release of twelve abductees in al-Udain, denied by the Abductees' Mothers Association (the ban
        # on visits is a standing condition, no event)
        E(True, ["RETREAT"], [9], "إفراج", ["rumored", "negated", "reported"], mode="release",
          source=HOUTHIS, recipient=UDAIN_DETAINEES, location=UDAIN,
          date=D("2024-09-22", "day", ("2024-09-21", "2024-09-22")),
          attribution=["مواقع محلية", "رابطة أمهات المختطفين"]),
        # the Houthi security chief's threat at a rally in Ibb (made: asserted); the new arrest campaign activists read
        # into it is hypothetical (optional)
        E(True, ["THREATEN"], [10], "وتوعّد", ["asserted"], mode="violence",
          source=IBB_SEC_CHIEF, location=IBB_CITY, date=D("2024-09-23", "day", ("2024-09-22", "2024-09-23"))),
        E(False, ["COERCE"], [10], "بحملة اعتقالات جديدة", ["hypothetical"], mode="arrest",
          source=HOUTHIS, location=IBB_CITY, date=None),
        # paragraph 11 is a generic statement: deliberately NO gold event
        # a Houthi-controlled court's death sentences for three defendants «أمس الأحد» (SANCTION); their arrest in 2021
        # and enforced disappearance, recalled by the lawyer (optional, historical)
        E(True, ["SANCTION"], [12], "حكماً بإعدام", ["asserted", "reported"], mode="convict",
          source=IBB_COURT, recipient=IBB_DEFENDANTS, location=IBB_CITY, date=D("2024-09-22"),
          attribution=["أحد محامي الدفاع"]),
        E(False, ["COERCE"], [12], "اعتُقلوا", ["historical"], mode="arrest",
          source=HOUTHIS, recipient=IBB_DEFENDANTS, date=D("2021-06-15", "year", ("2021-01-01", "2021-12-31"))),
        # background: Thursday before a Monday, three killed in clashes between tribesmen and Houthi members over land
        # in al-Sayyani (two-sided: both are sources)
        E(True, ["ASSAULT"], [13], "اشتباكات", ["historical", "asserted", "reported"], mode="firearms",
          source=SAYYANI_SIDES, location=SAYYANI, date=D("2024-09-19"), fatalities=3,
          attribution=["مصادر محلية"], acled=CLASH),
    ],
)
