"""Gold of article 286: the al-Waer quarter of Homs (Syria), al-Zahra, Talbiseh, Old Homs and the road to
Jarabulus, a London-based pan-Arab daily, 2017-03-09 (Thu). Mostly about politics: the evacuation talks."""
from actors_places import (
    AL_WAER,
    GOV_AND_RUSSIA,
    HOMS_GOV_BUILDING,
    HOMS_GOVERNOR,
    NORTH_ALEPPO,
    OLD_HOMS,
    OLD_HOMS_FIGHTERS,
    REGIME_286,
    REGIME_AND_RUSSIA,
    RUS_OFFICER,
    SY_COALITION,
    SY_GOV_SIDE,
    TALBISEH,
    TALBISEH_FAMILY,
    TALBISEH_WARPLANES,
    UN,
    UN_SARC,
    WAER_BLOCKS,
    WAER_CIVILIANS,
    WAER_COMMITTEE,
    WAER_FIGHTERS,
    WAER_TO_JARABULUS,
    ZAHRA,
    ZAHRA_CIVILIANS,
)
from common import AIR, SHELL, D, E, paras_of

SLUG = "al_waer_2017_homs_zahra_talbiseh_jarabulus"
YESTERDAY = D("2017-03-08")
LAST_NIGHT = D("2017-03-08", "day", ("2017-03-08", "2017-03-09"))
ARTICLE = dict(
    id="team58-286", slug=SLUG, published="2017-03-09",
    outlet="Al-Jusur London-based pan-Arab daily (fictional)",
    paras=paras_of(f"286_{SLUG}.txt"),
    events=[
        # the third round of talks between al-Waer's committee, the governor and a Russian colonel in the
        # governorate building «أمس الأربعاء» (headline 0, lead 1); the draft's content (the fighters' exit to
        # the northern Aleppo countryside) is optional, planned; the settlement of those who stay is no event
        E(True, ["CONSULT"], [0, 1], "جولة مفاوضات ثالثة", ["asserted", "reported"], mode="multilateral",
          source=WAER_COMMITTEE, recipient=GOV_AND_RUSSIA, location=HOMS_GOV_BUILDING, date=YESTERDAY,
          attribution=["عضو في اللجنة"], tpara=1),
        E(False, ["RETREAT"], [1], "خروج المقاتلين", ["planned"], mode="withdraw",
          source=WAER_FIGHTERS, location=NORTH_ALEPPO, date=None),
        # the regime's rocket and artillery fire on two blocks of al-Waer «صباح أمس»: headline 0 (no number),
        # ¶2 (Homs Media Centre: five), the follow-up ¶5 (a field-hospital doctor: four bodies; the
        # Observatory: seven) and the Russian officer's retelling ¶9 («ردّ على خروقات», no count) → 5 vs 4 vs
        # 7 → 4
        E(True, ["ASSAULT"], [0, 2, 5, 9], "قصف صاروخي ومدفعي", ["asserted", "reported"],
          mode="heavy-weapons",
          source=REGIME_286, recipient=WAER_CIVILIANS, location=WAER_BLOCKS, date=YESTERDAY, fatalities=4,
          attribution=["مركز حمص الإعلامي", "طبيب في المشفى الميداني", "المرصد السوري لحقوق الإنسان",
                       "الضابط الروسي"], acled=SHELL, tpara=2),
        # paragraph 3 (the quarter, its blocks, its people, the single checkpoint: a standing state) holds no
        # event
        # one sentence, two events: the residents' representatives' demand (the detainees' release is its
        # content) and the government side's rejection of the detainees clause
        E(True, ["REQUEST"], [4], "طالب ممثلو الأهالي", ["asserted", "reported"],
          source=WAER_COMMITTEE, recipient=GOV_AND_RUSSIA, location=HOMS_GOV_BUILDING, date=YESTERDAY,
          attribution=["عضو اللجنة"]),
        E(True, ["REJECT"], [4], "رفض الجانب الحكومي", ["asserted", "reported"],
          source=SY_GOV_SIDE, recipient=WAER_COMMITTEE, location=HOMS_GOV_BUILDING, date=YESTERDAY,
          attribution=["عضو اللجنة"]),
        # SANA's own story: two mortar shells on al-Zahra blamed on al-Waer's fighters (a separate event, told
        # only by the state agency; its silence about al-Waer negates nothing)
        E(True, ["ASSAULT"], [6], "بقذيفتي هاون", ["reported"], mode="heavy-weapons",
          source=WAER_FIGHTERS, recipient=ZAHRA_CIVILIANS, location=ZAHRA, date=YESTERDAY,
          attribution=["سانا", "مصدر في قيادة شرطة حمص"], acled=SHELL),
        # the governor's deadline with a conditional warning (a threat made: asserted)
        E(True, ["THREATEN"], [7], "وحذّر", ["asserted", "reported"], mode="violence",
          source=HOMS_GOVERNOR, recipient=WAER_FIGHTERS, date=YESTERDAY, attribution=["التلفزيون الرسمي"]),
        # a first batch of fighters leaving for Jarabulus, rumoured on loyalist pages and denied
        E(True, ["RETREAT"], [8], "مغادرة دفعة أولى", ["rumored", "negated", "reported"], mode="withdraw",
          source=WAER_FIGHTERS, location=WAER_TO_JARABULUS, date=LAST_NIGHT,
          attribution=["صفحات موالية على «فيسبوك»", "عضو لجنة التفاوض"]),
        # the Russian officer's offer (AGREE: «مستعدة»), told by the committee member; the military police
        # patrols are its content (optional, planned); his description of the shelling is a retelling
        E(True, ["AGREE"], [9], "مستعدة", ["reported", "asserted"],
          source=RUS_OFFICER, recipient=WAER_COMMITTEE, location=AL_WAER, date=YESTERDAY,
          attribution=["عضو اللجنة"]),
        E(False, ["MOBILIZE"], [9], "لنشر دوريات", ["planned", "hypothetical"], mode="police",
          source=RUS_OFFICER, location=AL_WAER, date=None),
        # the fourth round on Sunday (planned)
        E(True, ["CONSULT"], [10], "تلتقي", ["planned", "reported"], mode="multilateral",
          source=WAER_COMMITTEE, recipient=SY_GOV_SIDE, location=HOMS_GOV_BUILDING, date=D("2017-03-12"),
          attribution=["المصدر ذاته"]),
        # the Coalition's accusation of the regime and Russia and its appeal to the UN (the observers are its
        # content; «داريا أخرى» is a back-reference)
        E(True, ["ACCUSE"], [11], "اتهم", ["asserted"],
          source=SY_COALITION, recipient=REGIME_AND_RUSSIA, date=YESTERDAY),
        E(True, ["REQUEST"], [11], "وناشد", ["asserted"],
          source=SY_COALITION, recipient=UN, date=YESTERDAY),
        # paragraph 12 (the «local reconciliations» as seen by both sides: generic) holds no event
        # background at another place: two air strikes on Talbiseh «مساء الجمعة الماضي» (core, historical,
        # three of one family); the departure of the last fighters of Old Homs in May 2014 and the
        # UN-sponsored deal optional, historical
        E(True, ["ASSAULT"], [13], "غارتين", ["historical", "asserted", "reported"], mode="aerial",
          source=TALBISEH_WARPLANES, recipient=TALBISEH_FAMILY, location=TALBISEH, date=D("2017-03-03"),
          fatalities=3, attribution=["ناشطين من المدينة"], acled=AIR),
        E(False, ["RETREAT"], [13], "غادروها", ["historical"], mode="withdraw",
          source=OLD_HOMS_FIGHTERS, location=OLD_HOMS, date=D("2014-05-08", "month", ("2014-05-01",
                                                                                     "2014-05-31"))),
        E(False, ["AGREE"], [13], "اتفاق رعته", ["historical"],
          source=OLD_HOMS_FIGHTERS, location=OLD_HOMS, date=D("2014-05-08", "month", ("2014-05-01",
                                                                                      "2014-05-31"))),
        # the UN and Red Crescent convoy into al-Waer «ظهر أمس» (the «first in two months» is no event)
        E(True, ["AID"], [14], "قافلة مساعدات", ["asserted", "reported"], mode="humanitarian",
          source=UN_SARC, location=AL_WAER, date=YESTERDAY, attribution=["الهلال الأحمر"]),
        # paragraph 15 (the empty streets, a queue at the bakery) holds no event
    ],
)
