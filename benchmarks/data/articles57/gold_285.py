"""Gold of article 285: al-Mayadin (Deir ez-Zor, Syria), Mohassan, al-Quriyah, Deir ez-Zor city, al-Bukamal,
al-Ashara, Cairo and Geneva, a pan-Arab news channel's website, 2012-07-05 (Thu)."""
from actors_places import (
    ACTION_GROUP,
    ARAB_LEAGUE_SG,
    CAIRO,
    DEIR_EZ_ZOR,
    DZ_AIRPORT_ROAD,
    DZ_PROTEST_PLACES,
    DZ_PROTESTERS,
    DZ_SNIPER,
    DZ_TO_EAST,
    FSA_BATTALION,
    FSA_COMMANDER_DZ,
    GENEVA,
    HAMIDIYAH,
    JOURA,
    JOURA_CHILD,
    MAYADIN,
    MAYADIN_CIVILIANS,
    MOHASSAN,
    MOHASSAN_CHECKPOINT,
    QURIYAH,
    QURIYAH_YOUTHS,
    SNC,
    SY_ARMY_2012,
    SY_REGIME_2012,
    SY_SECURITY_2012,
    UNSC_2012,
    UNSMIS,
)
from common import AGREEMENT, ATTACK, CLASH, EXCESSIVE, PEACEFUL, SHELL, D, E, paras_of

SLUG = "mayadin_2012_mohassan_quriyah_deir_ez_zor_cairo"
TODAY = D("2012-07-05")
YESTERDAY = D("2012-07-04")
SINCE_YESTERDAY = D("2012-07-04", "day", ("2012-07-04", "2012-07-05"))
ARTICLE = dict(
    id="team57-285", slug=SLUG, published="2012-07-05",
    outlet="Suhail pan-Arab news channel, website (fictional)",
    paras=paras_of(f"285_{SLUG}.txt"),
    events=[
        # the regular army's shelling of al-Mayadin «أمس الأربعاء»: headline 0 («at least eight»), lead 1 (the
        # LCC: eleven), the state agency's retelling 3 (a clash with «an armed terrorist group», no count) and
        # the follow-up 5 (a resident; the Observatory: eight civilians; a field doctor: nine bodies) → 11 vs
        # 8 vs 9 → 8
        E(True, ["ASSAULT"], [0, 1, 3, 5], "قصف مدفعي وصاروخي", ["asserted", "reported"],
          mode="heavy-weapons", source=SY_ARMY_2012, recipient=MAYADIN_CIVILIANS, location=MAYADIN,
          date=YESTERDAY, fatalities=8,
          attribution=["لجان التنسيق المحلية في سوريا", "ناشطون", "الوكالة العربية السورية للأنباء (سانا)",
                       "أحد سكان المدينة", "المرصد السوري لحقوق الإنسان", "طبيب في مستشفى ميداني"],
          acled=SHELL, tpara=1),
        # the FSA battalion's capture of the checkpoint at Mohassan after hours of fighting (headline «يعلن
        # السيطرة»; the Observatory's «defection» is another account of it); the soldiers taken prisoner
        # optional
        E(True, ["ASSAULT"], [0, 2], "سيطرتها", ["asserted", "reported"], mode="firearms",
          source=FSA_BATTALION, recipient=MOHASSAN_CHECKPOINT, location=MOHASSAN,
          date=D("2012-07-04", "day", ("2012-07-03", "2012-07-04")),
          attribution=["مقطع مصوّر", "المرصد السوري لحقوق الإنسان"], acled=CLASH, tpara=2),
        E(False, ["COERCE", "ASSAULT"], [2], "وأسر", ["asserted", "reported"], mode="abduct",
          source=FSA_BATTALION, recipient=MOHASSAN_CHECKPOINT, location=MOHASSAN, date=YESTERDAY),
        # paragraph 4 (al-Mayadin on the Euphrates, its castle and markets) holds no event
        # the Arab League secretary-general's talks with an SNC delegation in Cairo
        E(True, ["CONSULT"], [6], "بحث الأمين العام", ["asserted"],
          source=ARAB_LEAGUE_SG, recipient=SNC, location=CAIRO, date=YESTERDAY),
        # the SNC's renewed rejection of dialogue and its call on the Security Council
        E(True, ["REJECT"], [7], "رفضه", ["asserted"],
          source=SNC, recipient=SY_REGIME_2012, date=SINCE_YESTERDAY),
        E(True, ["REQUEST"], [7], "داعياً", ["asserted"],
          source=SNC, recipient=UNSC_2012, date=SINCE_YESTERDAY),
        # five young men executed after their arrest near al-Quriyah: rumoured on Facebook, unverified (not
        # denied); the arrest optional
        E(True, ["ASSAULT"], [8], "إعدام", ["rumored", "reported"], mode="execute",
          source=SY_ARMY_2012, recipient=QURIYAH_YOUTHS, location=QURIYAH, date=None,
          attribution=["ناشطون على صفحات «فيسبوك»"], acled=ATTACK),
        E(False, ["COERCE"], [8], "اعتقالهم", ["rumored", "reported"], mode="arrest",
          source=SY_ARMY_2012, recipient=QURIYAH_YOUTHS, location=QURIYAH, date=None),
        # the FSA commander's conditional threat (made: asserted; the strikes on convoys optional,
        # hypothetical); his claim that the supply road is cut optional
        E(True, ["THREATEN"], [9], "وهدّد", ["asserted"], mode="violence",
          source=FSA_COMMANDER_DZ, recipient=SY_ARMY_2012, location=MAYADIN, date=SINCE_YESTERDAY),
        E(False, ["ASSAULT"], [9], "باستهداف", ["hypothetical"], mode="firearms",
          source=FSA_BATTALION, recipient=SY_ARMY_2012, location=MAYADIN, date=None),
        E(False, ["COERCE"], [9], "قطعوا طريق الإمداد", ["reported", "asserted"], mode="restrict",
          source=FSA_COMMANDER_DZ, location=DZ_AIRPORT_ROAD, date=None),
        # a military convoy leaving Deir ez-Zor for the eastern countryside this morning (reported)
        E(True, ["MOBILIZE"], [10], "رتلاً عسكرياً", ["reported", "asserted"], mode="troops",
          source=SY_ARMY_2012, location=DZ_TO_EAST, date=TODAY, attribution=["وكالة أنباء غربية", "سكان"]),
        # paragraph 11 (months of intermittent fighting, shortages) holds no event background at another
        # place: a sniper kills a child in al-Joura «ظهر الأحد الماضي» (core, historical, 1); the Geneva
        # Action Group's understanding «السبت الماضي» optional, historical
        E(True, ["ASSAULT"], [12], "قتل", ["historical", "asserted"], mode="firearms",
          source=DZ_SNIPER, recipient=JOURA_CHILD, location=JOURA, date=D("2012-07-01"), fatalities=1,
          attribution=["ناشطين"], acled=ATTACK),
        E(False, ["AGREE"], [12], "توافقوا", ["historical"],
          source=ACTION_GROUP, location=GENEVA, date=D("2012-06-30"), acled=AGREEMENT),
        # the UN observers' visit to Deir ez-Zor on Saturday, if security allows (planned)
        E(True, ["CONSULT"], [13], "أن يزور", ["planned", "hypothetical"], mode="visit",
          source=UNSMIS, location=DEIR_EZ_ZOR, date=D("2012-07-07"), attribution=["متحدث باسم البعثة"]),
        # one sentence: the solidarity demonstrations in Deir ez-Zor, al-Bukamal and al-Ashara (one event) and
        # the security forces' fire on the al-Hamidiyah march (three wounded)
        E(True, ["PROTEST"], [14], "مظاهرات", ["asserted", "reported"], mode="demo",
          source=DZ_PROTESTERS, location=DZ_PROTEST_PLACES, date=YESTERDAY,
          attribution=["الهيئة العامة للثورة السورية"], acled=PEACEFUL),
        E(True, ["ASSAULT", "COERCE"], [14], "أطلقت النار", ["reported", "asserted"], mode="firearms",
          source=SY_SECURITY_2012, recipient=DZ_PROTESTERS, location=HAMIDIYAH, date=YESTERDAY,
          attribution=["الهيئة العامة للثورة السورية"], acled=EXCESSIVE),
        # paragraph 15 (the numbers could not be checked) holds no event
    ],
)
