"""Gold of article 335: al-Kud, Zinjibar, Jaar, Shuqra, al-Arqoub and Lawdar (Abyan, Yemen), al-Alam and
Aden, a local news site of Abyan, 2019-08-26 (Mon)."""
from actors_places import (
    ABYAN_SECURITY_DIRECTOR,
    ADEN,
    ALAM,
    ARQOUB,
    BOTH_SIDES,
    COALITION,
    GOV_SIDE,
    JAAR,
    KUD,
    KUD_FIGHT,
    LAWDAR,
    LAWDAR_OFFICER,
    NORTHERN_SOLDIERS,
    SAUDI_COMMITTEE,
    SHUQRA,
    STC_BELT_COMMANDER,
    STC_SIDE,
    STC_SPOKESMAN,
    YE_GOV_2019,
    ZINJIBAR,
)
from common import ARREST, CLASH, D, E, paras_of

SLUG = "zinjibar_2019_al_kud_jaar_shuqra_lawdar"
TODAY = D("2019-08-26")
YESTERDAY = D("2019-08-25")
RECENT = D("2019-08-26", "day", ("2019-08-25", "2019-08-26"))
ARTICLE = dict(
    id="team67-335", slug=SLUG, published="2019-08-26",
    outlet="Bawwabat Zinjibar Abyan local news site (fictional)",
    paras=paras_of(f"335_{SLUG}.txt"),
    events=[
        # the fight at al-Kud «فجر أمس الأحد», two-sided (the Security Belt and the Presidential Protection
        # brigades are both sources, no recipient): headline 0, lead 1 (local sources: «ثمانية قتلى على
        # الأقل من الطرفين»), the STC's version 2 (more than twenty of the attackers: one side's dead,
        # claimed by the other), the government's version 3 (four of its own: one side's dead), the
        # follow-up 6 (al-Razi hospital: seven bodies of both sides; the mortar rounds are part of the
        # fight; the families leaving are no event) and 14 (a tribal source: eleven). The totals are 8 vs 7
        # vs 11 → 7; the one-sided figures (twenty, four) count one side only and are not totals
        E(True, ["ASSAULT"], [0, 1, 2, 3, 6, 14], "اشتباكات عنيفة", ["asserted", "reported"], mode="firearms",
          source=KUD_FIGHT, location=KUD, date=YESTERDAY, fatalities=7,
          attribution=["مصادر محلية متطابقة", "المتحدث الرسمي باسم المجلس الانتقالي الجنوبي",
                       "مدير أمن محافظة أبين", "مصدر طبي في مستشفى الرازي بمدينة جعار", "مصدر قبلي في الكود"],
          acled=CLASH, tpara=1),
        # mutual accusations (headline 0: «اتهامات متبادلة»): the STC spokesman blames «the Brotherhood
        # militias» (the government's forces) for starting the fight (the attack he names is the fight
        # itself; the vehicles taken are part of it) ...
        E(True, ["ACCUSE"], [0, 2], "واتهم", ["asserted"],
          source=STC_SPOKESMAN, recipient=GOV_SIDE, date=RECENT, attribution=["بيان نشره على صفحته"],
          tpara=2),
        # ... and Abyan's security director blames the STC's forces (his denial of heavy losses retells the
        # fight; «الانقلاب على الدولة» is the accusation's content)
        E(True, ["ACCUSE"], [0, 3], "حمّل", ["asserted"],
          source=ABYAN_SECURITY_DIRECTOR, recipient=STC_SIDE, date=RECENT, tpara=3),
        # paragraph 4 (al-Kud, its orchards and its unmarked front line) holds no event
        # the Security Belt's withdrawal from Jaar and handover of its camps: rumoured by pro-government
        # activists, denied by a Belt field commander
        E(True, ["RETREAT"], [5], "انسحاب قوات الحزام", ["rumored", "negated"], mode="withdraw",
          source=STC_SIDE, location=JAAR, date=RECENT,
          attribution=["ناشطون موالون للحكومة", "قائداً ميدانياً في الحزام"]),
        # an exchange of fire at Shuqra «مساء أمس», nobody hurt (two-sided; «من دون أن تُسجَّل إصابات»
        # negates nothing)
        E(True, ["ASSAULT"], [7], "تبادلت", ["asserted"], mode="firearms",
          source=BOTH_SIDES, location=SHUQRA, date=YESTERDAY, acled=CLASH),
        # one sentence, two deployments: a government column reaching al-Arqoub from Shabwa and STC
        # reinforcements from Aden to Zinjibar's edge
        E(True, ["MOBILIZE"], [8], "رتل عسكري حكومي", ["asserted", "reported"], mode="troops",
          source=GOV_SIDE, location=ARQOUB, date=RECENT, attribution=["شهود عيان"]),
        E(True, ["MOBILIZE"], [8], "بتعزيزات", ["asserted", "reported"], mode="troops",
          source=STC_SIDE, location=ZINJIBAR, date=RECENT, attribution=["شهود عيان"]),
        # the Belt commander's 24-hour deadline (THREATEN, made); the «military resolution» is hypothetical
        # (optional); «خطوط العاشر من آب» is a back-reference
        E(True, ["THREATEN"], [9], "وأمهل", ["asserted"], mode="violence",
          source=STC_BELT_COMMANDER, recipient=GOV_SIDE, location=ZINJIBAR, date=TODAY),
        E(False, ["ASSAULT"], [9], "الحسم العسكري", ["hypothetical"], mode="firearms",
          source=STC_SIDE, recipient=GOV_SIDE, location=ZINJIBAR, date=None),
        # one sentence, two events: the coalition's call on both sides (REQUEST; a ceasefire and the Jeddah
        # talks are its content) and a Saudi military committee due in Zinjibar «يوم غدٍ الثلاثاء» to meet
        # both sides' commanders (planned CONSULT)
        E(True, ["REQUEST"], [10], "ودعا", ["asserted"],
          source=COALITION, recipient=BOTH_SIDES, date=TODAY),
        E(True, ["CONSULT"], [10], "للقاء", ["planned", "reported"], mode="visit",
          source=SAUDI_COMMITTEE, recipient=BOTH_SIDES, location=ZINJIBAR, date=D("2019-08-27"),
          attribution=["مصدر في السلطة المحلية"]),
        # paragraph 11 (Abyan's rounds of tension: a generic statement) holds no event
        # background at another place: a Security Belt officer shot dead by a sniper in Lawdar «مساء الخميس
        # الماضي» (core, historical, 1; «ولم تعلن أي جهة مسؤوليتها» negates nothing); the STC's takeover of
        # Aden's camps on 10 August (optional, historical)
        E(True, ["ASSAULT"], [12], "برصاص قناص", ["historical", "asserted"], mode="firearms",
          recipient=LAWDAR_OFFICER, location=LAWDAR, date=D("2019-08-22"), fatalities=1),
        E(False, ["ASSAULT", "COERCE"], [12], "سيطرت", ["historical"], mode="seize",
          source=KUD_FIGHT, location=ADEN, date=D("2019-08-10", "day", ("2019-08-07", "2019-08-10")),
          acled=CLASH),
        # the Belt holds fifteen soldiers at al-Alam (COERCE); the government's «arrest by identity» is its
        # description (optional ACCUSE)
        E(True, ["COERCE"], [13], "واحتجزت", ["asserted"], mode="arrest",
          source=STC_SIDE, recipient=NORTHERN_SOLDIERS, location=ALAM, date=RECENT, acled=ARREST),
        E(False, ["ACCUSE"], [13], "وصفته", ["asserted"],
          source=YE_GOV_2019, recipient=STC_SIDE, date=RECENT),
        # paragraph 15 (Abu Dhabi's and the presidency's silence) holds no event
    ],
)
