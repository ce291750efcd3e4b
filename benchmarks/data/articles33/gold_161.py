"""Gold of article 161: the Yarmouk camp and al-Hajar al-Aswad (south of Damascus), a Palestinian refugee news site
of Syria, 2014-03-05 (Wed)."""
from actors_places import (
                           AKNAF,
                           ALL_PARTIES,
                           BATIKHA,
                           BRIGADE_ACTIVISTS,
                           HAJAR,
                           HAJAR_VICTIMS,
                           LUBYA_STREET,
                           NUSRA,
                           NUSRA_ALLIES,
                           PAL_DELEGATION,
                           PALESTINE_BRANCH,
                           PFLP_GC,
                           PLO,
                           PLO_SYRIA,
                           PLO_UNRWA,
                           REGIME_PFLP,
                           RIJA,
                           RIJA_QUEUE,
                           RIJA_WOMAN,
                           SY_HELI,
                           SY_REGIME,
                           SY_SECURITY,
                           SY_STATE,
                           UNRWA,
                           YARMOUK,
                           YARMOUK_BRIGADES,
                           YARMOUK_CLASH,
                           YARMOUK_DETAINEES,
                           YARMOUK_EAST,
                           YARMOUK_FAMILIES,
                           YARMOUK_HALL,
                           YARMOUK_PROTESTERS,
)
from common import AIR, ARREST, ATTACK, CLASH, PEACEFUL, SHELL, D, E, paras_of

SLUG = "yarmouk_rija_square_sniper_hajar_al_aswad_neutrality"
ARTICLE = dict(
    id="team33-161", slug=SLUG, published="2014-03-05", outlet="Nidaa al-Yarmouk news site (fictional)",
    paras=paras_of(f"161_{SLUG}.txt"),
    events=[
        # the sniper fire on the aid queue at al-Rija square «صباح يوم أمس الثلاثاء 4 آذار»: headline 0, lead 1 (three
        # wounded, no shooter named), the hospital's follow-up 9 (one of the three died → 1). The blame traded in 8
        # (the PFLP-GC names al-Nusra, the activists name the regime) leaves the shooter open: no source
        E(True, ["ASSAULT"], [0, 1, 9], "برصاص قناص", ["asserted", "reported"], mode="firearms",
          recipient=RIJA_QUEUE, location=RIJA, date=D("2014-03-04"), fatalities=1,
          attribution=["ناشطون من داخل المخيم", "مصادر طبية في مشفى فلسطين", "مراسلنا عن أحد المسعفين"],
          acled=ATTACK, tpara=1),
        # UNRWA's distribution before the halt (AID carried out) and its call on all parties; the tally since January
        # is an aggregate (no event)
        E(True, ["AID"], [2], "توزيع 460 سلة غذائية", ["asserted", "reported"], mode="humanitarian",
          source=UNRWA, recipient=YARMOUK_FAMILIES, location=YARMOUK, date=D("2014-03-04"),
          attribution=["بيان الأونروا"]),
        E(True, ["REQUEST"], [2], "وداعيةً", ["asserted"],
          source=UNRWA, recipient=ALL_PARTIES, location=YARMOUK, date=D("2014-03-04")),
        # the meeting due last Sunday in the municipality building did not take place (negated; headline 0), because
        # al-Nusra refused to send a delegate (REJECT; headline 0); its condition is a demand (optional); «إخراج
        # مقاتليها» is the condition's content
        E(True, ["CONSULT"], [0, 3], "الاجتماع", ["negated"],
          source=PAL_DELEGATION, recipient=YARMOUK_BRIGADES, location=YARMOUK_HALL, date=D("2014-03-02"),
          attribution=["مراسلنا عن عضو في الهيئة الأهلية"], tpara=3),
        E(True, ["REJECT"], [0, 3], "رفضت", ["asserted", "reported"],
          source=NUSRA, recipient=PAL_DELEGATION, location=YARMOUK,
          date=D("2014-03-02", "day", ("2014-02-27", "2014-03-02")),
          attribution=["مراسلنا عن عضو في الهيئة الأهلية"], tpara=3),
        E(False, ["REQUEST"], [3], "مشترطةً", ["asserted", "reported"],
          source=NUSRA, location=YARMOUK, date=None),
        # paragraph 4 (prices, herbs, malnutrition) holds no event
        # al-Hajar al-Aswad: regime mortar and artillery fire from as-Sbeineh (2 killed) and, at the same time, two
        # barrel bombs from helicopters without casualties: two events (two tactics the Tansiqiya tells apart)
        E(True, ["ASSAULT"], [5], "قصف بقذائف الهاون", ["asserted", "reported"], mode="heavy-weapons",
          source=SY_REGIME, recipient=HAJAR_VICTIMS, location=HAJAR, date=D("2014-03-04"), fatalities=2,
          attribution=["تنسيقية الحجر الأسود"], acled=SHELL),
        E(True, ["ASSAULT"], [5], "ألقى برميلين متفجرين", ["reported", "asserted"], mode="aerial",
          source=SY_HELI, location=HAJAR, date=D("2014-03-04"), attribution=["تنسيقية الحجر الأسود"], acled=AIR),
        # dawn clash on the camp's eastern edge by Tadamon: both sides are sources; one Aknaf fighter killed per the
        # correspondent, «عدد من المسلحين» per loyalist pages → 1
        E(True, ["ASSAULT"], [6], "اشتباكات عنيفة", ["asserted", "reported"], mode="firearms",
          source=YARMOUK_CLASH, location=YARMOUK_EAST, date=D("2014-03-05"), fatalities=1,
          attribution=["مراسلنا", "صفحات موالية"], acled=CLASH),
        # the sit-in in Lubya street and its demand to the PLO and UNRWA; the chants denounce nobody by name (optional)
        E(True, ["PROTEST"], [7], "وقفة احتجاجية", ["asserted", "reported"], mode="demo",
          source=YARMOUK_PROTESTERS, location=LUBYA_STREET, date=D("2014-03-04"),
          attribution=["صفحة «يوميات مخيم اليرموك» على فيسبوك"], acled=PEACEFUL),
        E(True, ["REQUEST"], [7], "وطالبوا", ["asserted", "reported"],
          source=YARMOUK_PROTESTERS, recipient=PLO_UNRWA, location=LUBYA_STREET, date=D("2014-03-04"),
          attribution=["صفحة «يوميات مخيم اليرموك» على فيسبوك"]),
        E(False, ["ACCUSE"], [7], "تندد", ["asserted", "reported"],
          source=YARMOUK_PROTESTERS, location=LUBYA_STREET, date=D("2014-03-04")),
        # two accusations over the sniping: the PFLP-GC blames al-Nusra «ليل أمس», activists close to the brigades
        # blame the regime and the PFLP-GC
        E(True, ["ACCUSE"], [8], "حمّلت", ["asserted", "reported"],
          source=PFLP_GC, recipient=NUSRA_ALLIES, date=D("2014-03-04", "day", ("2014-03-04", "2014-03-05")),
          attribution=["الموقع الرسمي للجبهة الشعبية – القيادة العامة"]),
        E(True, ["ACCUSE"], [8], "متهمين", ["asserted"],
          source=BRIGADE_ACTIVISTS, recipient=REGIME_PFLP,
          date=D("2014-03-04", "day", ("2014-03-04", "2014-03-05"))),
        # paragraph 9 is the follow-up of the sniping (in the first event)
        # the rumoured approval for a new aid batch on Saturday (AID rumoured and planned), the approval itself
        # (optional AGREE) and the PLO's contacts with the Syrian side that preceded it (optional CONSULT)
        E(True, ["AID"], [10], "إدخال دفعة جديدة من المساعدات", ["rumored", "planned"], mode="humanitarian",
          location=YARMOUK, date=D("2014-03-08"), attribution=["أوساط في المخيم"]),
        E(False, ["AGREE"], [10], "موافقة الجهات الأمنية", ["rumored"],
          source=SY_SECURITY, location=YARMOUK, date=None),
        E(False, ["CONSULT"], [10], "اتصالات", ["rumored", "reported"],
          source=PLO, recipient=SY_STATE, date=D("2014-03-03", "week", ("2014-02-26", "2014-03-05"))),
        # four young men arrested at al-Batikha checkpoint «صباح الإثنين الماضي» (3 March)
        E(True, ["COERCE"], [11], "اعتقل", ["asserted", "reported"], mode="arrest",
          source=PALESTINE_BRANCH, recipient=YARMOUK_DETAINEES, location=BATIKHA, date=D("2014-03-03"),
          attribution=["ذوو المعتقلين"], acled=ARREST),
        # background: the siege since July 2013 and the brigades' entry late in 2012 (optional, historical); the
        # displacement is no event
        E(False, ["COERCE"], [12], "لحصار مشدد", ["historical", "asserted"], mode="restrict",
          location=YARMOUK, date=D("2013-07-15", "month", ("2013-07-01", "2013-07-31"))),
        E(False, ["ASSAULT", "COERCE"], [12], "دخول كتائب من الجيش الحر", ["historical"],
          source=YARMOUK_BRIGADES, location=YARMOUK, date=D("2012-12-15", "month", ("2012-10-01", "2012-12-31"))),
        # the «تحييد المخيم» initiative: proposed late last year after PLO–government consultations, accepted in
        # principle by most brigades (all optional, historical); its clauses are content
        E(False, ["AGREE"], [13], "طُرحت", ["historical"],
          source=PLO_SYRIA, location=YARMOUK, date=D("2013-12-15", "month", ("2013-11-15", "2013-12-31"))),
        E(False, ["CONSULT"], [13], "مشاورات", ["historical"],
          source=PLO, recipient=SY_STATE, date=D("2013-12-15", "month", ("2013-11-15", "2013-12-31"))),
        E(False, ["AGREE"], [13], "وافقت", ["historical", "asserted"],
          source=YARMOUK_BRIGADES, location=YARMOUK, date=None),
        # the Aknaf commander's conditional threat (made: asserted), his pledge to the initiative (optional SUPPORT)
        # and the threatened reply (hypothetical, optional)
        E(True, ["THREATEN"], [14], "هدّد", ["asserted", "reported"], mode="violence",
          source=AKNAF, date=D("2014-03-04"), attribution=["تسجيل صوتي تداولته صفحات معارضة"]),
        E(False, ["SUPPORT", "AGREE"], [14], "ملتزم بالمبادرة", ["asserted"],
          source=AKNAF, date=D("2014-03-04")),
        E(False, ["ASSAULT"], [14], "الرد على مصادر القنص", ["hypothetical"], mode="firearms",
          source=AKNAF, date=None),
        # background: a woman in her sixties shot dead by a sniper at the same square early in February
        E(True, ["ASSAULT"], [15], "برصاص قناص", ["historical", "asserted", "reported"], mode="firearms",
          recipient=RIJA_WOMAN, location=RIJA, date=D("2014-02-03", "week", ("2014-02-01", "2014-02-10")),
          fatalities=1, attribution=["ناشطون"], acled=ATTACK),
    ],
)
