"""Gold of article 100: al-Zawiya (al-Harsha, the coastal road to Surman, the old market, the eastern entrance, the
municipal council, Judaim) and Tripoli (Souq al-Juma, the Presidential Council), a west Libya news site, 2024-09-21
(Sat)."""
from actors_places import (
                           ATTORNEY_GENERAL,
                           BOTH_SIDES_ZAW,
                           BRIGADE_111,
                           COASTAL_ROAD,
                           HARSHA,
                           HARSHA_COMMANDER,
                           JUDAIM,
                           PARAMEDIC,
                           PC_ELDERS,
                           PC_GNU,
                           PC_HEAD,
                           RADAA,
                           ROAD_USERS,
                           SIDES_REPS,
                           SOUQ_JUMA,
                           SSA_HARSHA,
                           STUDENT_FAMILY,
                           SURMAN,
                           SURMAN_MAYOR,
                           TRIPOLI_ACTIVIST,
                           TRIPOLI_LY,
                           UNKNOWN,
                           UNSMIL,
                           ZAWIYA,
                           ZAWIYA_EAST_ENTRANCE,
                           ZAWIYA_ELDERS,
                           ZAWIYA_MUNICIPAL,
                           ZAWIYA_OLD_MARKET,
                           ZAWIYA_SECURITY,
                           ZAWIYA_TRADERS,
)
from common import ABDUCTION, AGREEMENT, ARREST, ATTACK, CLASH, MINE, OTHER, PEACEFUL, D, E, paras_of

SLUG = "zawiya_harsha_coastal_road_tripoli_souq_al_juma_surman"
ARTICLE = dict(
    id="team20-100", slug=SLUG, published="2024-09-21", outlet="Manarat al-Sahel news site (fictional)",
    paras=paras_of(f"100_{SLUG}.txt"),
    events=[
        # the two-sided clash at al-Harsha «مساء أمس الجمعة» (2): headline 0, lead 1, the witnesses' account 2 (the
        # families' temporary flight is a consequence, no event), the hospital's follow-up 8 (who the civilian was)
        E(True, ["ASSAULT"], [0, 1, 2, 8], "اشتباكات بالأسلحة المتوسطة", ["asserted", "reported"], mode="firearms",
          source=SSA_HARSHA, location=HARSHA, date=D("2024-09-20"), fatalities=2,
          attribution=["جهاز الإسعاف والطوارئ – فرع الزاوية", "شهود عيان", "مصدر في مستشفى الزاوية التعليمي"],
          acled=CLASH, tpara=1),
        # the security directorate closes the coastal road (COERCE restrict), announced after the clash
        E(True, ["COERCE"], [2], "إغلاق الطريق الساحلي", ["asserted"], mode="restrict",
          source=ZAWIYA_SECURITY, recipient=ROAD_USERS, location=COASTAL_ROAD,
          date=D("2024-09-21", "day", ("2024-09-20", "2024-09-21")), acled=OTHER),
        # Tripoli: the Radaa apparatus arrests an activist at dawn and takes him away (one COERCE)
        E(True, ["COERCE"], [3], "اعتقل", ["asserted", "reported"], mode="arrest",
          source=RADAA, recipient=TRIPOLI_ACTIVIST, location=SOUQ_JUMA, date=D("2024-09-21"),
          attribution=["منظمة رصد الجرائم في ليبيا"], acled=ARREST),
        # UNSMIL's call on «الطرفين» (its concern and its reminder «مذكّرةً» are no events)
        E(True, ["REQUEST"], [4], "ودعت", ["asserted"],
          source=UNSMIL, recipient=BOTH_SIDES_ZAW, date=D("2024-09-21")),
        # the traders' general strike (PROTEST) and their demand on the Presidential Council and the GNU
        E(True, ["PROTEST"], [5], "إضراباً عاماً", ["asserted"], mode="strike",
          source=ZAWIYA_TRADERS, location=ZAWIYA_OLD_MARKET, date=D("2024-09-21"), acled=PEACEFUL),
        E(True, ["REQUEST"], [5], "وطالبوا", ["asserted"],
          source=ZAWIYA_TRADERS, recipient=PC_GNU, location=ZAWIYA_OLD_MARKET, date=D("2024-09-21")),
        # the 111th Brigade's columns arrive at the eastern entrance (MOBILIZE); the prime minister's instructions they
        # carry out are no separate event
        E(True, ["MOBILIZE"], [6], "أرتال", ["asserted"], mode="troops",
          source=BRIGADE_111, location=ZAWIYA_EAST_ENTRANCE, date=D("2024-09-21")),
        # the Presidential Council head receives the elders (CONSULT) and the truce agreed there (AGREE, announced in
        # the headline as «يعلن هدنة»); the committee's monitoring «على أن تتولى» is its content
        E(True, ["CONSULT"], [7], "استقبل", ["asserted", "reported"], mode="visit",
          source=PC_HEAD, recipient=ZAWIYA_ELDERS, location=TRIPOLI_LY, date=D("2024-09-21"),
          attribution=["المكتب الإعلامي للمجلس"]),
        E(True, ["AGREE", "CONCEDE"], [0, 7], "واتفق الجانبان", ["asserted", "reported"],
          source=PC_ELDERS, location=ZAWIYA, date=D("2024-09-21"), attribution=["المكتب الإعلامي للمجلس"],
          acled=AGREEMENT, tpara=7),
        # in the follow-up of the clash, a new statement: the student's family blames both sides (ACCUSE); their
        # participle demand on the attorney general is optional
        E(True, ["ACCUSE"], [8], "حمّل", ["asserted"],
          source=STUDENT_FAMILY, recipient=BOTH_SIDES_ZAW, date=D("2024-09-21")),
        E(False, ["REQUEST"], [8], "مطالبين", ["asserted"],
          source=STUDENT_FAMILY, recipient=ATTORNEY_GENERAL, date=D("2024-09-21")),
        # the rumoured attempt on the brigade commander with a car bomb «ليل أمس» (unconfirmed)
        E(True, ["ASSAULT"], [9], "محاولة اغتيال", ["rumored"], mode="explosives",
          source=None, recipient=HARSHA_COMMANDER, location=ZAWIYA,
          date=D("2024-09-20", "day", ("2024-09-20", "2024-09-21")), acled=MINE),
        # the abduction of Surman's mayor, rumoured on social media and denied by the interior ministry
        E(True, ["ASSAULT"], [10], "اختطاف", ["rumored", "negated", "reported"], mode="abduct",
          source=UNKNOWN, recipient=SURMAN_MAYOR, location=SURMAN,
          date=D("2024-09-21", "day", ("2024-09-20", "2024-09-21")),
          attribution=["مواقع التواصل الاجتماعي", "وزارة الداخلية بحكومة الوحدة الوطنية"], acled=ABDUCTION),
        # paragraph 11 is a generic statement (years of intermittent clashes, fragile truces): deliberately NO event
        # ¶12: the elders' conditional threat (a social sanction, made: asserted) and the meeting of the two sides'
        # representatives with the committee «يوم الثلاثاء المقبل» (planned); the breach of the truce is hypothetical
        E(True, ["THREATEN"], [12], "وهدّد", ["asserted"], mode="sanction",
          source=ZAWIYA_ELDERS, recipient=BOTH_SIDES_ZAW, date=D("2024-09-21")),
        E(False, ["ASSAULT"], [12], "يخرق الهدنة", ["hypothetical"], mode="firearms",
          date=None),
        E(True, ["CONSULT"], [12], "سيلتقون", ["planned", "asserted"], mode="multilateral",
          source=SIDES_REPS, recipient=ZAWIYA_ELDERS, location=ZAWIYA_MUNICIPAL, date=D("2024-09-24")),
        # background «وكان … قد» with a day: a paramedic shot dead «مساء الإثنين الماضي» near Judaim (1)
        E(True, ["ASSAULT"], [13], "برصاص مسلحين مجهولين", ["historical", "asserted"], mode="firearms",
          source=UNKNOWN, recipient=PARAMEDIC, location=JUDAIM, date=D("2024-09-16"), fatalities=1, acled=ATTACK),
    ],
)
