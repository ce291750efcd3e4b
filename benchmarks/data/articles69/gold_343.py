"""Gold of article 343: Seiyun, al-Qatn and Shibam, Tarim and al-Mukalla (Hadramawt, Yemen), a London-based
pan-Arab daily, 2022-11-19 (Sat)."""
from actors_places import (
    AQAP,
    COORD_BODY,
    DETAINED_YOUTHS,
    FIRST_MR,
    FIRST_MR_HQ,
    FIRST_MR_SOLDIERS,
    GENERAL_SECURITY_YE,
    HADRAMAWT_GOVERNOR,
    HADRAMI_PROTESTERS,
    INCITERS,
    MUKALLA,
    PLC,
    QATN_SHIBAM,
    SECURITY_FORCES_YE,
    SEIYUN,
    SEIYUN_ACTIVIST,
    SEIYUN_AUTHORITY,
    SEIYUN_GUNMEN,
    SEIYUN_HIST,
    SEIYUN_RESIDENTS,
    SEIYUN_WEST,
    STC,
    TARIM,
    WADI_SHEIKHS,
)
from common import ARREST, ATTACK, MINE, PEACEFUL, D, E, paras_of

SLUG = "seiyun_2022_qatn_shibam_tarim_mukalla"
FRIDAY = D("2022-11-18")
# statements with no day of their own, issued after Friday's events and before the Saturday report
STATEMENT = D("2022-11-18", "day", ("2022-11-18", "2022-11-19"))
ARTICLE = dict(
    id="team69-343", slug=SLUG, published="2022-11-19",
    outlet="Al-Ufuq London-based pan-Arab daily (fictional)",
    paras=paras_of(f"343_{SLUG}.txt"),
    events=[
        # the Friday demonstration in Seiyun (PROTEST, headline 0, lead 1); the demand it carries
        # («مطالبين برحيل») is optional REQUEST, the flags and pictures are part of the march
        E(True, ["PROTEST"], [0, 1], "تظاهر", ["asserted"], mode="demo",
          source=HADRAMI_PROTESTERS, location=SEIYUN, date=FRIDAY, acled=PEACEFUL, tpara=1),
        E(False, ["REQUEST"], [1], "مطالبين", ["asserted"],
          source=HADRAMI_PROTESTERS, location=SEIYUN, date=FRIDAY),
        # a night curfew on Seiyun for three days (COERCE curfew); the patrols deployed in the streets
        # are optional MOBILIZE, the shops closing early no event
        E(True, ["COERCE"], [2], "فرض حظر تجول", ["asserted"], mode="curfew",
          source=SEIYUN_AUTHORITY, recipient=SEIYUN_RESIDENTS, location=SEIYUN, date=FRIDAY),
        E(False, ["MOBILIZE"], [2], "انتشرت دوريات عسكرية", ["asserted"], mode="troops",
          location=SEIYUN, date=FRIDAY),
        # the roadside bomb on an army pick-up between al-Qatn and Shibam «صباح أمس»: headline 0 («تقتل
        # جنوداً»), ¶3 (a military source: four), ¶5 (the Seiyun hospital: three bodies; AQAP's claim:
        # seven) and the funeral of «the three» 16 → 4 vs 3 vs 7 → 3; AQAP is the source by its own
        # claim
        E(True, ["ASSAULT"], [0, 3, 5, 16], "بانفجار عبوة ناسفة", ["asserted", "reported"], mode="explosives",
          source=AQAP, recipient=FIRST_MR_SOLDIERS, location=QATN_SHIBAM, date=FRIDAY, fatalities=3,
          attribution=["مصدر عسكري", "مصدر طبي في مستشفى سيئون العام",
                       "بيان تنظيم «القاعدة في جزيرة العرب»"], acled=MINE, tpara=3),
        # paragraph 4 (the First Military Region and the Elite forces: background for a reader abroad)
        # holds no event
        # the First Military Region's statement: an accusation of unnamed inciters (ACCUSE) and a vow to
        # strike «with an iron fist» (THREATEN); linking the march and the bomb is the same accusation
        E(True, ["ACCUSE"], [6], "واتهمت", ["asserted"],
          source=FIRST_MR, recipient=INCITERS, date=STATEMENT, attribution=["بيان نشره موقعها الإلكتروني"]),
        E(True, ["THREATEN"], [6], "متوعّدة", ["asserted"], mode="violence",
          source=FIRST_MR, date=STATEMENT),
        # the Coordination Body's answer: it rejects «the language of treason» (REJECT) and demands of
        # the Presidential Leadership Council that local forces replace the region's (REQUEST); its call
        # on the people of the valley is part of the same statement
        E(True, ["REJECT"], [7], "برفض", ["asserted"],
          source=COORD_BODY, recipient=FIRST_MR, date=STATEMENT),
        E(True, ["REQUEST"], [7], "وطالبت", ["asserted"],
          source=COORD_BODY, recipient=PLC, date=STATEMENT),
        # told only by the Coordination Body: five young marchers detained at the western entrance «ليل
        # أمس» (COERCE) and three of them released «فجر اليوم» (RETREAT)
        E(True, ["COERCE"], [8], "اعتقلت", ["reported"], mode="arrest",
          source=SECURITY_FORCES_YE, recipient=DETAINED_YOUTHS, location=SEIYUN_WEST, date=FRIDAY,
          attribution=["«هيئة التنسيق»"], acled=ARREST),
        E(True, ["RETREAT"], [8], "تُفرج", ["reported"], mode="release",
          source=SECURITY_FORCES_YE, recipient=DETAINED_YOUTHS, location=SEIYUN_WEST, date=D("2022-11-19"),
          attribution=["«هيئة التنسيق»"]),
        # reinforcements from Marib to the region's headquarters overnight: rumoured by tribal sources,
        # denied
        E(True, ["MOBILIZE"], [9], "وصول تعزيزات عسكرية", ["rumored", "negated"], mode="troops",
          source=FIRST_MR, location=FIRST_MR_HQ, date=STATEMENT,
          attribution=["مصادر قبلية", "مصدر في إعلام المنطقة"]),
        # the governor receives the valley's sheikhs in al-Mukalla (CONSULT) and pledges to carry their
        # demands (AGREE); the Coordination Body's absence is a negated meeting (optional)
        E(True, ["CONSULT"], [10], "استقبل", ["asserted"], mode="visit",
          source=HADRAMAWT_GOVERNOR, recipient=WADI_SHEIKHS, location=MUKALLA, date=FRIDAY),
        E(True, ["AGREE"], [10], "متعهداً", ["asserted"],
          source=HADRAMAWT_GOVERNOR, recipient=WADI_SHEIKHS, location=MUKALLA, date=FRIDAY),
        E(False, ["CONSULT"], [10], "عدم حضور", ["negated"],
          source=COORD_BODY, recipient=HADRAMAWT_GOVERNOR, location=MUKALLA, date=FRIDAY),
        # the STC endorses the marchers' demands (SUPPORT)
        E(True, ["SUPPORT"], [11], "تأييده", ["asserted"],
          source=STC, recipient=HADRAMI_PROTESTERS, date=STATEMENT),
        # a «million-man» march called for next Friday, conditional on the authorities' answer
        # (planned); the call is optional REQUEST
        E(True, ["PROTEST"], [12], "مليونية", ["planned", "hypothetical"], mode="demo",
          source=COORD_BODY, location=SEIYUN, date=D("2022-11-25")),
        E(False, ["REQUEST"], [12], "ودعت", ["asserted"],
          source=COORD_BODY, location=SEIYUN, date=STATEMENT),
        # paragraph 13 (observers on oil, borders and rival camps: analysis) holds no event
        # the region's forces leave a checkpoint at Tarim's eastern entrance and hand it to General
        # Security «مساء أمس» (RETREAT, carried out); the residents' complaints are background, the
        # notables' welcome no event
        E(True, ["RETREAT"], [14], "أخلت", ["asserted"], mode="withdraw",
          source=FIRST_MR, recipient=GENERAL_SECURITY_YE, location=TARIM, date=FRIDAY),
        # background at another place: an activist assassinated in Seiyun «مساء السبت الماضي» (core,
        # historical, 1); AQAP's seizure of al-Mukalla in April 2015 and its withdrawal a year later
        # (optional, historical)
        E(True, ["ASSAULT"], [15], "اغتالا", ["historical", "asserted"], mode="assassinate",
          source=SEIYUN_GUNMEN, recipient=SEIYUN_ACTIVIST, location=SEIYUN_HIST, date=D("2022-11-12"),
          fatalities=1, acled=ATTACK),
        E(False, ["COERCE", "ASSAULT"], [15], "سيطر", ["historical"], mode="seize",
          source=AQAP, location=MUKALLA, date=D("2015-04-02", "month", ("2015-04-01", "2015-04-30"))),
        E(False, ["RETREAT"], [15], "ينسحب", ["historical"], mode="withdraw",
          source=AQAP, location=MUKALLA, date=D("2016-04-24", "month", ("2016-04-01", "2016-04-30"))),
        # ¶16: the funeral of the three soldiers in al-Qatn belongs to the bomb
    ],
)
