"""Gold of article 271: Kadugli (South Kordofan, Sudan), Dilling, Talodi, Kauda and North Kordofan, a Khartoum
daily's news site, 2012-05-10 (Thu)."""
from actors_places import (
    DILLING,
    DILLING_STUDENTS,
    KADUGLI,
    KADUGLI_CIVILIANS,
    KADUGLI_DETAINEES,
    KADUGLI_DISPLACED,
    KADUGLI_EAST,
    KALBA_TILLO,
    KAUDA,
    KAUDA_MARKET,
    NA_SECURITY_COMMITTEE,
    NORTH_KORDOFAN,
    SAF,
    SAF_AIR,
    SAF_SPLMN,
    SD_BOTH_SIDES,
    SD_SECURITY,
    SK_GOVERNMENT,
    SK_HAC,
    SK_MOTORCYCLISTS,
    SK_SECURITY_COMMITTEE,
    SOUTH_KORDOFAN,
    SPLMN,
    SPLMN_POSITIONS,
    SPLMN_SPOKESMAN,
    TALODI,
    TALODI_HQ,
    UN_HC_SUDAN,
)
from common import AIR, ARREST, CLASH, PEACEFUL, SHELL, D, E, paras_of

SLUG = "kadugli_2012_dilling_talodi_kauda_north_kordofan"
TODAY = D("2012-05-10")
SINCE_YESTERDAY = D("2012-05-10", "day", ("2012-05-09", "2012-05-10"))
ARTICLE = dict(
    id="team55-271", slug=SLUG, published="2012-05-10",
    outlet="Maraya al-Khartoum daily, news site (fictional)",
    paras=paras_of(f"271_{SLUG}.txt"),
    events=[
        # the SPLM-N's Katyusha rockets on Kadugli's neighbourhoods «مساء أمس الأربعاء»: headline 0 (no
        # number), lead 1 (the state health ministry's director general: five), the follow-up 6 (a doctor at
        # the teaching hospital: seven bodies; a state MP: «no fewer than ten») and the SPLM-N's retelling 7
        # (its denial that it aimed at civilians negates nothing) → 5 vs 7 vs 10 → 5
        E(True, ["ASSAULT"], [0, 1, 6, 7], "سقوط قذائف صاروخية", ["asserted", "reported"],
          mode="heavy-weapons", source=SPLMN, recipient=KADUGLI_CIVILIANS, location=KADUGLI,
          date=D("2012-05-09"), fatalities=5,
          attribution=["المدير العام لوزارة الصحة بالولاية", "شهود عيان", "طبيب بقسم الحوادث",
                       "نائب في المجلس التشريعي للولاية", "الناطق الرسمي باسم الحركة الشعبية"],
          acled=SHELL, tpara=1),
        # the army's return fire on the hills east of the city (headline; told through SUNA)
        E(True, ["ASSAULT"], [0, 2], "بقصف مكثف", ["reported", "asserted"], mode="heavy-weapons",
          source=SAF, recipient=SPLMN_POSITIONS, location=KADUGLI_EAST, date=SINCE_YESTERDAY,
          attribution=["وكالة السودان للأنباء «سونا»", "الناطق الرسمي باسم القوات المسلحة"], acled=SHELL,
          tpara=2),
        # the search campaign and its arrests (passive «اعتُقل»: one event); the seizure of the satellite
        # phones (passive «وصودرت») optional; the security service's silence is no event
        E(True, ["COERCE"], [3], "اعتُقل", ["reported", "asserted"], mode="arrest",
          source=SD_SECURITY, recipient=KADUGLI_DETAINEES, location=KALBA_TILLO, date=TODAY,
          attribution=["ذوو عدد من المعتقلين"], acled=ARREST),
        E(False, ["COERCE"], [3], "وصودرت", ["reported", "asserted"], mode="confiscate",
          source=SD_SECURITY, location=KALBA_TILLO, date=TODAY),
        # paragraph 4 (where Kadugli lies) holds no event
        # the UN humanitarian coordinator's condemnation (no side named) and his call to both parties
        E(True, ["ACCUSE"], [5], "وأدان", ["asserted"],
          source=UN_HC_SUDAN, date=TODAY),
        E(True, ["REQUEST"], [5], "ودعا", ["asserted"],
          source=UN_HC_SUDAN, recipient=SD_BOTH_SIDES, date=TODAY),
        # the SPLM-N's accusation of the army (the guns among the houses are its content)
        E(True, ["ACCUSE"], [7], "واتهم", ["asserted"],
          source=SPLMN_SPOKESMAN, recipient=SAF, date=TODAY),
        # the SPLM-N's conditional threat (made); carrying the fighting into North Kordofan optional,
        # hypothetical
        E(True, ["THREATEN"], [8], "وتوعّد", ["asserted"], mode="violence",
          source=SPLMN_SPOKESMAN, recipient=SAF_AIR, location=NORTH_KORDOFAN, date=TODAY),
        E(False, ["ASSAULT"], [8], "بنقل المعارك", ["hypothetical"], mode="firearms",
          source=SPLMN, location=NORTH_KORDOFAN, date=None, acled=CLASH),
        # the rumoured attack on Talodi's locality headquarters, denied by an army source
        E(True, ["ASSAULT"], [9], "هجوم", ["rumored", "negated", "reported"], mode="firearms",
          source=SPLMN, recipient=TALODI_HQ, location=TALODI, date=SINCE_YESTERDAY,
          attribution=["مصدر عسكري في الفرقة الرابعة عشرة"], acled=CLASH),
        # the parliamentary delegation due in Kadugli tomorrow (planned; «للوقوف على آثار القصف» is a purpose)
        E(True, ["CONSULT"], [10], "أن يصل", ["planned"], mode="visit",
          source=NA_SECURITY_COMMITTEE, recipient=SK_GOVERNMENT, location=KADUGLI, date=D("2012-05-11"),
          attribution=["مقرر اللجنة"]),
        # the students' sit-in in Dilling (a back-reference «بما جرى في كادقلي»); the banners' demand optional
        E(True, ["PROTEST"], [11], "وقفة احتجاجية", ["asserted"], mode="demo",
          source=DILLING_STUDENTS, location=DILLING, date=TODAY, acled=PEACEFUL),
        E(False, ["REQUEST"], [11], "تطالب", ["asserted"],
          source=DILLING_STUDENTS, recipient=SD_BOTH_SIDES, date=TODAY),
        # background at another place: the air force's bombs on Kauda's weekly market «صباح السبت الماضي»
        # (core, historical, 3 per the SPLM-N); the outbreak of the fighting in June 2011 optional, historical
        E(True, ["ASSAULT"], [12], "ألقت", ["historical", "asserted"], mode="aerial",
          source=SAF_AIR, recipient=KAUDA_MARKET, location=KAUDA, date=D("2012-05-05"), fatalities=3,
          attribution=["الحركة الشعبية"], acled=AIR),
        E(False, ["ASSAULT"], [12], "القتال", ["historical"], mode="firearms",
          source=SAF_SPLMN, location=SOUTH_KORDOFAN,
          date=D("2011-06-15", "month", ("2011-06-01", "2011-06-30")), acled=CLASH),
        # the state security committee's night meeting (optional), its motorcycle ban from tomorrow evening
        # (planned) and the joint night patrols (optional, planned)
        E(False, ["CONSULT"], [13], "اجتماع طارئ", ["asserted"], mode="multilateral",
          source=SK_SECURITY_COMMITTEE, location=KADUGLI, date=D("2012-05-09")),
        E(True, ["COERCE"], [13], "حظر سير الدراجات النارية", ["planned"], mode="ban",
          source=SK_SECURITY_COMMITTEE, recipient=SK_MOTORCYCLISTS, location=KADUGLI, date=D("2012-05-11")),
        E(False, ["MOBILIZE"], [13], "ونشر دوريات", ["planned"], mode="police",
          source=SK_SECURITY_COMMITTEE, location=KADUGLI, date=None),
        # the Humanitarian Aid Commission's blankets and shelter (the families' flight is no event)
        E(True, ["AID"], [14], "ووزّعت", ["asserted"], mode="humanitarian",
          source=SK_HAC, recipient=KADUGLI_DISPLACED, location=KADUGLI, date=SINCE_YESTERDAY),
        # paragraph 15 (the intermittent shelling since last June, the displaced) is generic: no event
    ],
)
