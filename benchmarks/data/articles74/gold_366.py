"""Gold of article 366: Mashara and Umm Batinah, Breiqa, Khan Arnabah, Bir Ajam, al-Ruwayhinah and
al-Hamidiyah (Quneitra, Syria), a Syrian opposition radio station's website, 2014-11-18 (Tue); mostly about
displacement and aid."""
from actors_places import (
    ALL_PARTIES,
    BAATH_CITY,
    BIR_AJAM,
    BIR_AJAM_PEOPLE,
    BREIQA,
    BREIQA_VICTIMS,
    CAMP_DISPLACED,
    CAMP_NOTABLES,
    CAMP_YOUTHS,
    FREE_QUNEITRA_COUNCIL,
    FURQAN,
    HAMIDIYAH,
    HAMIDIYAH_DEAL,
    HAMIDIYAH_FAMILIES,
    KHAN_ARNABAH_CP,
    KHAN_BAATH,
    MASHARA,
    MUTHALLATH_CP,
    NUSRA,
    OCHA,
    OTHER_FACTIONS,
    QUNEITRA_CS,
    QUNEITRA_GOVERNOR,
    REGIME_HELI,
    RELIEF_ORGS,
    RUWAYHINAH,
    RUWAYHINAH_CAMP,
    RUWAYHINAH_VICTIMS,
    SARC,
    SARC_CONVOY,
    SARC_QUNEITRA,
    SY_REGIME,
    UN_STAFF,
)
from common import AGREEMENT, AIR, ARREST, SHELL, D, E, paras_of

SLUG = "mashara_2014_umm_batinah_breiqa_khan_arnabah"
YESTERDAY = D("2014-11-17")
TODAY = D("2014-11-18")
SINCE_YESTERDAY = D("2014-11-18", "day", ("2014-11-17", "2014-11-18"))
ARTICLE = dict(
    id="team74-366", slug=SLUG, published="2014-11-18",
    outlet="Nasaem al-Golan Syrian opposition radio website (fictional)",
    paras=paras_of(f"366_{SLUG}.txt"),
    events=[
        # ¶1, no dateline: families flee Mashara and Umm Batinah under the regime's shelling «منذ صباح السبت»;
        # the flight itself is the consequence, the shelling the event (ASSAULT, dated by its three days)
        E(True, ["ASSAULT"], [1], "القصف المدفعي والصاروخي", ["asserted"], mode="heavy-weapons",
          source=SY_REGIME, location=MASHARA, date=D("2014-11-17", "week", ("2014-11-15", "2014-11-18")),
          attribution=["مراسل «نسائم الجولان»"], acled=SHELL),
        # the main event, first told in ¶2 after the shelling: two barrel bombs on a house of displaced
        # families in Breiqa «ظهر أمس الإثنين» (headline 0, ¶2, the doctor ¶7, the burial ¶15) → 5
        E(True, ["ASSAULT"], [0, 2, 7, 15], "ألقى", ["asserted"], mode="aerial",
          source=REGIME_HELI, recipient=BREIQA_VICTIMS, location=BREIQA, date=YESTERDAY, fatalities=5,
          attribution=["مراسل «نسائم الجولان»", "متطوعين في الدفاع المدني", "طبيب في المشفى الميداني ببريقة"],
          acled=AIR, tpara=2),
        # ¶3: the Red Crescent convoy held at the «المثلث» checkpoint (COERCE restrict, headline 0) then let
        # through (RETREAT access, headline 0); the UN staff's calls to the governor are an optional phone
        # CONSULT
        E(True, ["COERCE"], [0, 3], "احتجز", ["asserted"], mode="restrict",
          source=MUTHALLATH_CP, recipient=SARC_CONVOY, location=KHAN_ARNABAH_CP, date=YESTERDAY,
          attribution=["أحد سائقي الشاحنات"], tpara=3),
        E(True, ["RETREAT"], [0, 3], "يُسمح لها بالعبور", ["asserted"], mode="access",
          source=SY_REGIME, recipient=SARC_CONVOY, location=KHAN_ARNABAH_CP, date=YESTERDAY,
          attribution=["أحد سائقي الشاحنات"], tpara=3),
        E(False, ["CONSULT"], [3], "اتصالات", ["asserted"], mode="phone",
          source=UN_STAFF, recipient=QUNEITRA_GOVERNOR, location=QUNEITRA_CS, date=YESTERDAY),
        # ¶4: the convoy's load handed out in Bir Ajam (AID)
        E(True, ["AID"], [4], "وزّع", ["asserted"], mode="humanitarian",
          source=SARC, recipient=BIR_AJAM_PEOPLE, location=BIR_AJAM, date=YESTERDAY),
        # ¶5: OCHA's appeal to all parties (REQUEST); ¶6: the opposition provincial council's demand for tents
        E(True, ["REQUEST"], [5], "وناشد", ["asserted"],
          source=OCHA, recipient=ALL_PARTIES, location=QUNEITRA_CS, date=TODAY),
        E(True, ["REQUEST"], [6], "وطالب", ["asserted"],
          source=FREE_QUNEITRA_COUNCIL, recipient=RELIEF_ORGS, location=QUNEITRA_CS, date=YESTERDAY),
        # paragraph 8 (the central Quneitra countryside: description) holds no event
        # ¶9: a Nusra patrol raids a camp of displaced people and arrests four young men (one COERCE); the
        # phones taken are an optional COERCE confiscate
        E(True, ["COERCE"], [9], "داهمت", ["asserted"], mode="arrest",
          source=NUSRA, recipient=CAMP_YOUTHS, location=RUWAYHINAH_CAMP, date=TODAY,
          attribution=["ناشط من المخيم"], acled=ARREST),
        E(False, ["COERCE"], [9], "صادروا", ["asserted"], mode="confiscate",
          source=NUSRA, recipient=CAMP_DISPLACED, location=RUWAYHINAH_CAMP, date=TODAY),
        # ¶10: the four not released (core RETREAT, negated); the notables' demand optional
        E(True, ["RETREAT"], [10], "تُفرج", ["negated"], mode="release",
          source=NUSRA, recipient=CAMP_YOUTHS, date=TODAY),
        E(False, ["REQUEST"], [10], "مطالبة", ["asserted"],
          source=CAMP_NOTABLES, recipient=NUSRA, date=TODAY),
        # ¶11: a Furqan commander's conditional threat (THREATEN, asserted; the strikes on checkpoints
        # optional, hypothetical; his call on the other factions optional)
        E(True, ["THREATEN"], [11], "توعّد", ["asserted"], mode="violence",
          source=FURQAN, recipient=SY_REGIME, location=KHAN_BAATH, date=SINCE_YESTERDAY,
          attribution=["تسجيل صوتي تداوله ناشطون"]),
        E(False, ["ASSAULT"], [11], "باستهداف", ["hypothetical"], mode="firearms",
          source=FURQAN, recipient=SY_REGIME, location=KHAN_BAATH, date=None),
        E(False, ["REQUEST"], [11], "ومطالباً", ["asserted"],
          source=FURQAN, recipient=OTHER_FACTIONS, date=SINCE_YESTERDAY),
        # ¶12: reinforcements to Madinat al-Baath told only by loyalist pages, unconfirmed (rumored); the
        # ground operation they would prepare optional, hypothetical
        E(True, ["MOBILIZE"], [12], "وصول تعزيزات عسكرية", ["rumored", "reported"], mode="troops",
          source=SY_REGIME, location=BAATH_CITY, date=SINCE_YESTERDAY,
          attribution=["صفحات موالية للنظام على «فيسبوك»"]),
        E(False, ["ASSAULT"], [12], "لعملية برية", ["hypothetical", "rumored"], mode="firearms",
          source=SY_REGIME, location=MASHARA, date=None),
        # ¶13: sixty displaced families to return to al-Hamidiyah «يوم الخميس المقبل» (planned RETREAT
        # return); the understanding behind it optional
        E(True, ["RETREAT"], [13], "بالعودة", ["planned"], mode="return",
          source=HAMIDIYAH_FAMILIES, location=HAMIDIYAH, date=D("2014-11-20"),
          attribution=["المجلس المحلي للبلدة"]),
        E(False, ["AGREE"], [13], "تفاهم", ["asserted", "historical"],
          source=HAMIDIYAH_DEAL, location=HAMIDIYAH, date=None, acled=AGREEMENT),
        # ¶14: a second convoy «مطلع الأسبوع المقبل», on a condition (planned AID)
        E(True, ["AID"], [14], "إرسال قافلة ثانية", ["planned", "hypothetical"], mode="humanitarian",
          source=SARC_QUNEITRA, location=RUWAYHINAH,
          date=D("2014-11-24", "week", ("2014-11-22", "2014-11-26"))),
        # ¶15: the burial belongs to the main event; paragraph 16 (prices: economy) holds no event
        # background at another place: three civilians killed by shells on al-Ruwayhinah on 27 October
        # (historical)
        E(True, ["ASSAULT"], [17], "بقذائف مدفعية", ["historical", "asserted"], mode="heavy-weapons",
          source=SY_REGIME, recipient=RUWAYHINAH_VICTIMS, location=RUWAYHINAH, date=D("2014-10-27"),
          fatalities=3, acled=SHELL),
    ],
)
