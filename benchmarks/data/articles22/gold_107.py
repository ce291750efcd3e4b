"""Gold of article 107: Shabwa (al-Musaynaa in al-Said, Ataq, Usaylan and Ain in the Bayhan front, al-Nashima in Rudum)
and Aden (al-Mansoura, Sheikh Othman, Khor Maksar), a southern Yemeni news site, 2024-08-08 (Thu)."""
from actors_places import (
                           ADEN,
                           ADEN_POWER_UNION,
                           ADEN_PROTESTERS,
                           AIN_DISTRICT,
                           AIN_VICTIM,
                           AQAP,
                           ATAQ,
                           ATAQ_2022_SIDES,
                           ATAQ_DETAINEES,
                           ATAQ_SALAM,
                           GIANTS,
                           HOUTHIS,
                           ISLAH,
                           KHOR_MAKSAR,
                           MANSOURA,
                           MUSAYNAA,
                           NASHIMA,
                           PLC_GOV,
                           RIYADH,
                           SAID_SHEIKHS,
                           SECURITY_BELT,
                           SHABWA_DEF,
                           SHABWA_DEF_GUNMAN,
                           SHABWA_GOVERNOR,
                           SHABWA_SOLDIERS,
                           STC,
                           STC_ISLAH,
                           USAYLAN,
)
from common import AIR, ARREST, CLASH, SHELL, D, E, paras_of

SLUG = "shabwa_musaynaa_ataq_aden_mansoura_bayhan_stc"
YESTERDAY = D("2024-08-07")
TODAY = D("2024-08-08")
ARTICLE = dict(
    id="team22-107", slug=SLUG, published="2024-08-08", outlet="Bawwabat Shabwa news site (fictional)",
    paras=paras_of(f"107_{SLUG}.txt"),
    events=[
        # the explosive drone on the Shabwa Defence post at al-Musaynaa «مساء أمس الأربعاء» (3 soldiers killed):
        # headline 0, lead 1, the forces' statement 2 («استهدفت … في عمل جبان» retells it; «مواصلة تطهير الوديان» is
        # no event), and the follow-up 7 in which AQAP claims it (the perpetrator; «يرتفع عدد القتلى … منذ مطلع
        # العام» is a tally)
        E(True, ["ASSAULT"], [0, 1, 2, 7], "هجوم بطائرة مسيّرة مفخخة", ["asserted", "reported"], mode="aerial",
          source=AQAP, recipient=SHABWA_SOLDIERS, location=MUSAYNAA, date=YESTERDAY, fatalities=3,
          attribution=["مصدر عسكري", "المركز الإعلامي لقوات دفاع شبوة", "مؤسسة «الملاحم»"], acled=AIR, tpara=1),
        # the statement blames the Islah party
        E(True, ["ACCUSE"], [2], "واتهم", ["asserted"],
          source=SHABWA_DEF, recipient=ISLAH, date=D("2024-08-08", "day", ("2024-08-07", "2024-08-08"))),
        # Ataq, one sentence, two events: the raid with four arrests (COERCE) and the exchange of fire with the
        # holed-up gunman (two-sided; the gunman killed, a soldier wounded)
        E(True, ["COERCE"], [3], "داهمت", ["asserted"], mode="arrest",
          source=SHABWA_DEF, recipient=ATAQ_DETAINEES, location=ATAQ_SALAM, date=TODAY,
          attribution=["إدارة أمن محافظة شبوة"], acled=ARREST),
        E(True, ["ASSAULT"], [3], "اشتباك", ["asserted"], mode="firearms",
          source=SHABWA_DEF_GUNMAN, location=ATAQ_SALAM, date=TODAY, fatalities=1,
          attribution=["إدارة أمن محافظة شبوة"], acled=CLASH),
        # Aden, one sentence, two events: the protests over power cuts with burnt tyres and a blocked road (PROTEST,
        # headline 0 too) and the Security Belt's dispersal with shots in the air and arrests (COERCE)
        E(True, ["PROTEST"], [0, 4], "احتجاجات", ["asserted", "reported"], mode="demo",
          source=ADEN_PROTESTERS, location=MANSOURA, date=YESTERDAY, attribution=["شهود عيان"], tpara=4),
        E(True, ["COERCE"], [4], "تعتقل", ["asserted", "reported"], mode="arrest",
          source=SECURITY_BELT, recipient=ADEN_PROTESTERS, location=MANSOURA, date=YESTERDAY,
          attribution=["شهود عيان"], acled=ARREST),
        # the protesters' demand on the Presidential Council and the government (REQUEST; the 16-hour cuts are a
        # standing complaint), and the STC's rally due «يوم الخميس المقبل», through a chain (channel ← source)
        E(True, ["REQUEST"], [5], "وطالب", ["asserted"],
          source=ADEN_PROTESTERS, recipient=PLC_GOV, location=ADEN, date=YESTERDAY),
        E(True, ["PROTEST"], [5], "فعالية جماهيرية حاشدة", ["planned", "reported"], mode="demo",
          source=STC, location=KHOR_MAKSAR, date=D("2024-08-15"),
          attribution=["قناة «عدن المستقلة»", "مصدر في الأمانة العامة لهيئة رئاسة المجلس الانتقالي الجنوبي"]),
        # the Bayhan front, one sentence, two events: a Houthi drone launched at the Giants' positions in Usaylan
        # and shot down (an attempted drone strike, no one hurt) and Houthi shelling of villages in Ain (a woman
        # wounded); undated in the text: the report's day or the day before
        E(True, ["ASSAULT"], [6], "طائرة مسيّرة أطلقتها", ["asserted", "reported"], mode="aerial",
          source=HOUTHIS, recipient=GIANTS, location=USAYLAN,
          date=D("2024-08-08", "day", ("2024-08-07", "2024-08-08")), attribution=["الإعلام العسكري للألوية"],
          acled=AIR),
        E(True, ["ASSAULT"], [6], "قصفت", ["asserted", "reported"], mode="heavy-weapons",
          source=HOUTHIS, recipient=AIN_VICTIM, location=AIN_DISTRICT,
          date=D("2024-08-08", "day", ("2024-08-07", "2024-08-08")), attribution=["الإعلام العسكري للألوية"],
          acled=SHELL),
        # a leaked, unconfirmed meeting of STC and Islah leaders in Riyadh «الأسبوع الماضي» (rumoured CONSULT)
        E(True, ["CONSULT"], [8], "لقاء", ["rumored"], mode="third-party",
          source=STC_ISLAH, location=RIYADH, date=D("2024-07-31", "week", ("2024-07-27", "2024-08-04")),
          attribution=["أنباء غير مؤكدة"]),
        # a Houthi drone strike on al-Nashima oil port told by local media and denied by a local official
        E(True, ["ASSAULT"], [9], "استهداف", ["negated", "rumored", "reported"], mode="aerial",
          source=HOUTHIS, location=NASHIMA, date=D("2024-08-08", "day", ("2024-08-06", "2024-08-08")),
          attribution=["مصدر في السلطة المحلية بمديرية رضوم", "وسائل إعلام محلية"], acled=AIR),
        # the governor receives al-Said's sheikhs (CONSULT) and urges them to cooperate (REQUEST); his praise of the
        # district's sacrifices is optional (SUPPORT)
        E(True, ["CONSULT"], [10], "واستقبل", ["asserted"], mode="visit",
          source=SHABWA_GOVERNOR, recipient=SAID_SHEIKHS, location=ATAQ, date=TODAY),
        E(True, ["REQUEST"], [10], "وحثّهم", ["asserted"],
          source=SHABWA_GOVERNOR, recipient=SAID_SHEIKHS, location=ATAQ, date=TODAY),
        E(False, ["SUPPORT"], [10], "مشيداً", ["asserted"],
          source=SHABWA_GOVERNOR, recipient=SAID_SHEIKHS, location=ATAQ, date=TODAY),
        # paragraph 11 is generic (recurring AQAP attacks for two years, summer power collapse): NO gold event
        # the electricity workers' union threatens a general strike if wages are not paid (THREATEN asserted); the
        # strike itself is only hypothetical (optional); the stations' shutdown «إذا لم تصل» is no event
        E(True, ["THREATEN"], [12], "ملوّحةً", ["asserted"],
          source=ADEN_POWER_UNION, location=ADEN, date=TODAY),
        E(False, ["PROTEST"], [12], "إضراب شامل", ["hypothetical"], mode="strike",
          source=ADEN_POWER_UNION, location=ADEN, date=None),
        # background in an anniversary: the August 2022 fighting in Ataq between Shabwa Defence (with the Giants)
        # and Islah-aligned forces, which ended with the former taking the city (historical, month)
        E(True, ["ASSAULT"], [13], "اندلعت", ["historical"], mode="firearms",
          source=ATAQ_2022_SIDES, location=ATAQ, date=D("2022-08-10", "month", ("2022-08-01", "2022-08-31")),
          acled=CLASH),
    ],
)
