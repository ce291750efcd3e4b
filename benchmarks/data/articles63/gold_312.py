"""Gold of article 312: Yabroud, Rankous, al-Tall, al-Nabk, al-Qutayfah and Deir Atiyah (Rif Dimashq,
Syria), a Qalamoun local news page of the opposition, 2013-04-17 (Wed)."""
from actors_places import (
    AL_TALL,
    ASSAD_FORCES,
    COUNCIL_FSA,
    DEIR_ATIYAH,
    MIL_SECURITY_TALL,
    NABK,
    QALAMOUN_HIGHWAY,
    QALAMOUN_MC,
    QARA_VICTIMS,
    QUTAYFAH,
    RANKOUS,
    RANKOUS_BESIEGED,
    RANKOUS_EAST,
    RANKOUS_FIGHT,
    RANKOUS_GUNMEN,
    RANKOUS_NOTABLES,
    RANKOUS_PEOPLE,
    SNIPER,
    SY_AIR_2013,
    SY_REGIME_2011,
    YABROUD,
    YABROUD_COUNCIL,
    YABROUD_MARKET,
    YABROUD_MOSQUE,
    YABROUD_PROTESTERS,
    YABROUD_STUDENTS,
    YABROUD_VICTIMS,
)
from common import AGREEMENT, AIR, ARREST, ATTACK, CLASH, PEACEFUL, SHELL, D, E, paras_of

SLUG = "yabroud_2013_rankous_nabk_qutayfah_deir_atiyah"
TODAY = D("2013-04-17")
YESTERDAY = D("2013-04-16")
SPRING_2011 = D("2011-04-15", "month", ("2011-03-15", "2011-06-20"))
ARTICLE = dict(
    id="team63-312", slug=SLUG, published="2013-04-17",
    outlet="Nabd al-Qalamoun Yabroud local news page (fictional)",
    paras=paras_of(f"312_{SLUG}.txt"),
    events=[
        # the air strike on Yabroud's market «ظهر اليوم»: headline 0 («شهداء», no number), lead 1 (the page's
        # correspondent: seven; the two missiles are one strike), the follow-up 5 (the field hospital: six
        # bodies; the local committee: nine by evening) and the state television's retelling 9 («أوكار
        # الإرهابيين», no number; it names neither the market nor the dead) → 7 vs 6 vs 9 → 6
        E(True, ["ASSAULT"], [0, 1, 5, 9], "غارة", ["asserted", "reported"], mode="aerial",
          source=SY_AIR_2013, recipient=YABROUD_VICTIMS, location=YABROUD_MARKET, date=TODAY, fatalities=6,
          attribution=["مراسل الصفحة في المدينة", "طبيب في المشفى الميداني بيبرود", "التنسيقية المحلية",
                       "التلفزيون الرسمي التابع للنظام"],
          acled=AIR, tpara=1),
        # the fighting at Rankous's entrances since dawn (two-sided: both are sources; the regime's push from
        # the Saydnaya road is the same fight; two FSA fighters killed), headline 0, retold by state TV 9
        E(True, ["ASSAULT"], [0, 2, 9], "اشتباكات عنيفة", ["asserted"], mode="firearms",
          source=RANKOUS_FIGHT, location=RANKOUS, date=TODAY, fatalities=2, acled=CLASH, tpara=2),
        # the regime's two-day ultimatum to Rankous (headline «تمهل»), carried by notables back from a
        # meeting with a Military Security officer in al-Tall «مساء أمس» (the meeting optional); the expulsion
        # it demands (optional) and the storming it waves (optional, hypothetical)
        E(True, ["THREATEN"], [0, 3], "أمهلت", ["asserted", "reported"], mode="violence",
          source=ASSAD_FORCES, recipient=RANKOUS_PEOPLE, location=RANKOUS,
          date=D("2013-04-16", "day", ("2013-04-16", "2013-04-17")), attribution=["أحد هؤلاء الوجهاء"],
          tpara=3),
        E(False, ["CONSULT"], [3], "اجتماع", ["asserted", "historical"], mode="visit",
          source=RANKOUS_NOTABLES, recipient=MIL_SECURITY_TALL, location=AL_TALL, date=YESTERDAY),
        E(False, ["REQUEST"], [3], "لإخراج", ["asserted"],
          source=ASSAD_FORCES, recipient=RANKOUS_PEOPLE, location=RANKOUS, date=None),
        E(False, ["ASSAULT"], [3], "ستدخلها بالقوة", ["hypothetical"], mode="firearms",
          source=ASSAD_FORCES, recipient=RANKOUS_GUNMEN, location=RANKOUS, date=None),
        # regime reinforcements at al-Nabk: rumoured by activists, denied by an activist of al-Nabk («a
        # passing fuel convoy»)
        E(True, ["MOBILIZE"], [4], "وصول تعزيزات عسكرية", ["rumored", "negated"], mode="troops",
          source=ASSAD_FORCES, location=NABK, date=TODAY,
          attribution=["ناشطون على مواقع التواصل", "ناشطاً من النبك"]),
        # five students of Yabroud arrested at the al-Qutayfah checkpoint
        E(True, ["COERCE"], [6], "واعتقلت", ["asserted", "reported"], mode="arrest",
          source=ASSAD_FORCES, recipient=YABROUD_STUDENTS, location=QUTAYFAH, date=TODAY,
          attribution=["ذووهم"], acled=ARREST),
        # paragraph 7 (Yabroud, its guests, bakeries and market) holds no event
        # one sentence, two events: the council's emergency meeting with the FSA commanders and what was
        # agreed (a joint operations room; the blood drive is its content) (passive «اتُّفق»)
        E(True, ["CONSULT"], [8], "اجتماعاً طارئاً", ["asserted"], mode="multilateral",
          source=COUNCIL_FSA, location=YABROUD, date=TODAY),
        E(True, ["AGREE"], [8], "اتُّفق", ["asserted"], source=COUNCIL_FSA, location=YABROUD, date=TODAY,
          acled=AGREEMENT),
        # a convoy of flour and medicine from Yabroud to Rankous «صباح يوم غدٍ الخميس», if the fighting calms
        # (planned)
        E(True, ["AID"], [10], "قافلة", ["planned", "reported"], mode="humanitarian",
          source=YABROUD_COUNCIL, recipient=RANKOUS_BESIEGED, location=RANKOUS, date=D("2013-04-18"),
          attribution=["عضو في المجلس المحلي"]),
        # one sentence, two acts: the Qalamoun Military Council's blame on the regime and its conditional vow
        # (THREATEN, made); the strikes on checkpoints it vows optional, hypothetical
        E(True, ["ACCUSE"], [11], "وحمّل", ["asserted"],
          source=QALAMOUN_MC, recipient=ASSAD_FORCES, date=TODAY),
        E(True, ["THREATEN"], [11], "وتوعّد", ["asserted"], mode="violence",
          source=QALAMOUN_MC, recipient=ASSAD_FORCES, date=TODAY),
        E(False, ["ASSAULT"], [11], "بضرب حواجز", ["hypothetical"], mode="firearms",
          source=QALAMOUN_MC, location=QALAMOUN_HIGHWAY, date=None),
        # background at another place: two young men of Qara shot dead by a sniper near Deir Atiyah «مساء
        # السبت الماضي» (core, historical, 2); Yabroud's first protests in spring 2011 optional, historical
        E(True, ["ASSAULT"], [12], "قُتلا", ["historical", "asserted"], mode="firearms",
          source=SNIPER, recipient=QARA_VICTIMS, location=DEIR_ATIYAH, date=D("2013-04-13"), fatalities=2,
          acled=ATTACK),
        E(False, ["PROTEST"], [12], "مظاهرات", ["historical"], mode="demo",
          location=YABROUD, date=SPRING_2011, source=None, recipient=SY_REGIME_2011, acled=PEACEFUL),
        # the evening march from the great mosque after the funeral (the funeral is no event); its demand
        # optional
        E(True, ["PROTEST"], [13], "مظاهرة حاشدة", ["asserted"], mode="demo",
          source=YABROUD_PROTESTERS, location=YABROUD_MOSQUE, date=TODAY, acled=PEACEFUL),
        E(False, ["REQUEST"], [13], "وطالبوا", ["asserted"],
          source=YABROUD_PROTESTERS, location=YABROUD_MOSQUE, date=TODAY),
        # paragraph 14 (generators, diesel prices, long walks to school: habits) holds no event
        # the last update: renewed shelling of eastern Rankous at night, no word of casualties (the shelling
        # stands)
        E(True, ["ASSAULT"], [15], "قصف مدفعي", ["asserted"], mode="heavy-weapons",
          location=RANKOUS_EAST, date=TODAY, acled=SHELL),
    ],
)
