"""Gold of article 396: Jubata al-Khashab, Khan Arnabah, al-Baath city and al-Hamidiyah (Quneitra), a Syrian
opposition news agency, 2014-11-19 (Wed)."""
from actors_places import (
    AL_BAATH,
    ALWIYA,
    ALWIYA_COMMANDER,
    ALWIYA_MEDIA,
    ALWIYA_REPS,
    ALWIYA_SPOKESMAN,
    BOTH_PARTIES_396,
    EXCHANGE_PARTIES,
    FIVE_DETAINEES,
    HAMIDIYAH,
    ICRC,
    JUBATA,
    JUBATA_BAATH,
    JUBATA_FIGHTERS,
    JUBATA_RESIDENTS,
    KHAN_ARNABAH,
    KHAN_JUBATA,
    MEDIATION,
    MEDIATION_HEAD,
    OLD_MEDIATORS,
    REBEL_GUNMEN,
    REGIME_MIL_SOURCE,
    REGIME_TERRORISTS,
    SY_BAATH_FORCES,
    SY_GOV_FORCES,
    SY_MIL_SECURITY,
    SY_REGIME,
    TRUCE_PARTIES,
)
from common import AGREEMENT, ARREST, ATTACK, SHELL, D, E, paras_of

SLUG = "quneitra_2014_jubata_al_khashab_khan_arnabah_hamidiyah"
TODAY = D("2014-11-19")
SINCE_SUNDAY = D("2014-11-16", "week", ("2014-11-16", "2014-11-19"))
ARTICLE = dict(
    id="team80-396", slug=SLUG, published="2014-11-19",
    outlet="al-Jawlan al-Hurr Syrian opposition news agency (fictional)",
    paras=paras_of(f"396_{SLUG}.txt"),
    events=[
        # ¶1: the delayed exchange carried out «ظهر اليوم» (headline 0; «إتمام الصفقة» 2, the released
        # detainees 10 and the bodies handed over 11 belong to it): one COOPERATE, RETREAT accepted; the
        # regime's release is optional
        E(True, ["COOPERATE", "RETREAT"], [0, 1, 2, 10, 11], "صفقة التبادل", ["asserted"],
          source=EXCHANGE_PARTIES, location=KHAN_JUBATA, date=TODAY, acled=AGREEMENT, tpara=1),
        E(False, ["RETREAT"], [1], "إفراج النظام", ["asserted"], mode="release",
          source=SY_GOV_FORCES, location=KHAN_JUBATA, date=TODAY),
        # the main event, in ¶2 after the exchange, in «إذ كان … قد»: the shelling of a rebel post at Jubata
        # al-Khashab «فجر الأحد الماضي» (headline 0, the medic 3, the regime's «ردّت على مصادر النيران» 4, the
        # funeral in the threat 8) → 3
        E(True, ["ASSAULT"], [0, 2, 3, 4, 8], "بقصف مدفعي", ["asserted", "historical"], mode="heavy-weapons",
          source=SY_BAATH_FORCES, recipient=JUBATA_FIGHTERS, location=JUBATA, date=D("2014-11-16"),
          fatalities=3, attribution=["المكتب الإعلامي للألوية"], acled=SHELL, tpara=2),
        # ¶4: mutual accusations: the regime's military source (quoted by loyalist pages) and the rebels'
        # spokesman; the rebel fire the regime claims and the spokesman's denial are optional
        E(True, ["ACCUSE"], [4], "متهماً", ["reported", "asserted"],
          source=REGIME_MIL_SOURCE, recipient=REGIME_TERRORISTS, date=SINCE_SUNDAY,
          attribution=["صفحات موالية للنظام", "مصدر عسكري"]),
        E(True, ["ACCUSE"], [4], "اتهم بدوره", ["asserted"],
          source=ALWIYA_SPOKESMAN, recipient=SY_GOV_FORCES, date=SINCE_SUNDAY),
        E(False, ["ASSAULT"], [4], "استهدف مسلحون", ["reported"], mode="firearms",
          source=REBEL_GUNMEN, location=AL_BAATH, date=D("2014-11-16")),
        E(False, ["REJECT"], [4], "نفاه", ["asserted"], source=ALWIYA_SPOKESMAN, date=SINCE_SUNDAY),
        # ¶5: the mediated meeting «مساء أمس الثلاثاء» (CONSULT, third party) and what the two sides settled
        # in it (optional AGREE), joined with «و» and a second verb
        E(True, ["CONSULT"], [5], "واجتمع", ["asserted"], mode="third-party",
          source=ALWIYA_REPS, recipient=SY_MIL_SECURITY, location=HAMIDIYAH, date=D("2014-11-18")),
        E(False, ["AGREE"], [5], "وأقرّ الطرفان", ["asserted"],
          source=BOTH_PARTIES_396, location=HAMIDIYAH, date=D("2014-11-18")),
        # paragraph 6 (Jubata al-Khashab and its oak forest: description) holds no event
        # ¶7: the truce declared on the 3rd (core AGREE, historical; CONCEDE accepted); ¶2 names it
        E(True, ["AGREE", "CONCEDE"], [2, 7], "الهدنة", ["historical", "asserted"],
          source=TRUCE_PARTIES, location=JUBATA_BAATH, date=D("2014-11-03"), acled=AGREEMENT, tpara=7),
        # ¶8: the commander threatens to resume fighting (headline 0); the fighting itself is hypothetical and
        # his call to the residents optional
        E(True, ["THREATEN"], [0, 8], "وتوعّد", ["asserted"], mode="violence",
          source=ALWIYA_COMMANDER, recipient=SY_REGIME, date=D("2014-11-16"), tpara=8),
        E(False, ["ASSAULT"], [8], "باستئناف المعارك", ["hypothetical"], mode="firearms",
          source=ALWIYA, location=KHAN_ARNABAH, date=None),
        E(False, ["REQUEST"], [8], "داعياً", ["asserted"],
          source=ALWIYA_COMMANDER, recipient=JUBATA_RESIDENTS, date=D("2014-11-16")),
        # ¶9: regime reinforcements near Khan Arnabah, leaked and unverified (rumoured)
        E(True, ["MOBILIZE"], [9], "وصول تعزيزات", ["rumored", "reported"], mode="troops",
          source=SY_GOV_FORCES, location=KHAN_ARNABAH,
          date=D("2014-11-18", "day", ("2014-11-17", "2014-11-19")),
          attribution=["أنباء لم يتسنَّ التحقق منها"]),
        # ¶10: the arrests of those now released, a year and more ago (optional, historical; «من قبل»)
        E(False, ["COERCE"], [10], "اعتُقلن", ["historical"], mode="arrest",
          source=SY_MIL_SECURITY, date=D("2013-11-19", "year", ("2013-06-01", "2013-12-31")), acled=ARREST),
        # ¶12: five detainees on the list not released (core RETREAT, negated)
        E(True, ["RETREAT"], [12], "ولم يُفرج", ["negated"], mode="release",
          source=SY_REGIME, recipient=FIVE_DETAINEES, date=TODAY, attribution=["عضو في لجنة الوساطة"]),
        # ¶13: the head of the mediation committee praises both sides (SUPPORT)
        E(True, ["SUPPORT"], [13], "وأشاد", ["asserted"],
          source=MEDIATION_HEAD, recipient=BOTH_PARTIES_396, date=TODAY),
        # ¶14: the committee's next meeting on Saturday (planned CONSULT) and the rebels' demand to the ICRC
        E(True, ["CONSULT"], [14], "تلتقي", ["planned"], mode="third-party",
          source=MEDIATION, recipient=BOTH_PARTIES_396, location=HAMIDIYAH, date=D("2014-11-22")),
        E(True, ["REQUEST"], [14], "طالب", ["asserted"],
          source=ALWIYA_MEDIA, recipient=ICRC, date=TODAY),
        # paragraphs 15 (the population left: a generic statement) and 16 (analysis) hold no event
        # background at another place: two mediators shot by a sniper near al-Hamidiyah on 11 August; the
        # failed exchange of bodies of the time is optional (negated, historical)
        E(True, ["ASSAULT"], [17], "برصاص قناص", ["historical", "asserted"], mode="firearms",
          recipient=OLD_MEDIATORS, location=HAMIDIYAH, date=D("2014-08-11"), fatalities=2, acled=ATTACK),
        E(False, ["COOPERATE"], [17], "لتبادل الجثث", ["negated", "historical"],
          location=HAMIDIYAH, date=D("2014-08-11")),
    ],
)
