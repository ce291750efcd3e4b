"""Gold of article 311: al-Bab, Qabasin, the al-Bab–Bza'a road, Azaz and Jarablus (Aleppo, Syria), a northern
Aleppo opposition news site, 2017-10-17 (Tue). Mostly about car bombs, explosive devices, assassinations and
disputed claims of responsibility."""
from actors_places import (
    AFRIN,
    AZAZ,
    AZAZ_COMMANDER,
    BAB,
    BAB_BZAA_ROAD,
    BAB_COUNCIL,
    BAB_FACTIONS,
    BAB_MARKET,
    BAB_POLICE,
    BAB_VICTIMS,
    BZAA_YOUTH,
    EUPHRATES_SHIELD,
    ISIS,
    JARABLUS,
    JARABLUS_VICTIM,
    QABASIN,
    QABASIN_JUDGE,
    SIG,
    SLEEPER_CELLS,
    TURKEY,
    TURKISH_CONVOY,
    TURKISH_INTEL,
    UNKNOWN,
    YPG,
)
from common import ARREST, CLASH, MINE, D, E, paras_of

SLUG = "al_bab_2017_qabasin_azaz_jarablus_bzaa"
TODAY = D("2017-10-17")
YESTERDAY = D("2017-10-16")
LAST_MONTH = D("2017-09-15", "month", ("2017-09-01", "2017-09-30"))
FEB_2017 = D("2017-02-23", "month", ("2017-02-01", "2017-02-28"))
ARTICLE = dict(
    id="team63-311", slug=SLUG, published="2017-10-17",
    outlet="Nidaa al-Shamal northern Aleppo opposition news site (fictional)",
    paras=paras_of(f"311_{SLUG}.txt"),
    events=[
        # the car bomb by the vegetable market in al-Bab «صباح اليوم الثلاثاء»: headline 0 («قتلى وجرحى», no
        # number), lead 1 (the Civil Defence: five), ISIS's claim through Amaq 5 («أكثر من خمسة عشر»: a
        # retelling that adds a claimed perpetrator, not a new event), the follow-up 8 (the hospital: four
        # bodies) → 5 vs 15 vs 4 → 4. Who did it is disputed (ISIS claims it, the police blame the YPG in ¶4):
        # no source is scored. «ولم تعلن أي جهة مسؤوليتها … حتى ظهر اليوم» negates nothing
        E(True, ["ASSAULT"], [0, 1, 5, 8], "انفجار سيارة مفخخة", ["asserted", "reported"], mode="explosives",
          recipient=BAB_VICTIMS, location=BAB_MARKET, date=TODAY, fatalities=4,
          attribution=["مركز الدفاع المدني في المدينة", "وكالة «أعماق»", "مدير المشفى الوطني في الباب",
                       "أحد أصحاب المحال المجاورة"],
          acled=MINE, tpara=1),
        # the judge of Qabasin killed by a sticky bomb «ليل أمس الإثنين» (passive «اغتيل», «زُرعت»):
        # headline 0, ¶2 (a police source: killed, his son wounded), the follow-up 7 (a colleague; a claim by
        # «سرايا ثأر الشهباء» that the police think a front for ISIS: disputed, no source scored) → 1
        E(True, ["ASSAULT"], [0, 2, 7], "اغتيل", ["asserted", "reported"], mode="assassinate",
          recipient=QABASIN_JUDGE, location=QABASIN, date=YESTERDAY, fatalities=1,
          attribution=["مصدر في قيادة الشرطة والأمن العام", "أحد زملائه في محكمة قباسين",
                       "«سرايا ثأر الشهباء»"],
          acled=MINE, tpara=2),
        # the threatening messages the judge had received last month (optional, historical)
        E(False, ["THREATEN"], [7], "رسائل تهديد", ["historical"], mode="violence",
          recipient=QABASIN_JUDGE, date=LAST_MONTH),
        # paragraph 3 (the city, its people and its Tuesday market: a habit) holds no event
        # one sentence, two acts: the police's accusation of the YPG (its content, the car «entering from
        # al-Arima with forged papers», is no event) and the YPG's denial (optional REJECT)
        E(True, ["ACCUSE"], [4], "واتهمت", ["asserted"],
          source=BAB_POLICE, recipient=YPG, location=BAB, date=TODAY),
        E(False, ["REJECT"], [4], "نفى المكتب الإعلامي", ["asserted"],
          source=YPG, recipient=BAB_POLICE, date=TODAY),
        # an IED on a Turkish army convoy on the al-Bab–Bza'a road: rumoured by pro-YPG accounts, denied by a
        # Euphrates Shield commander
        E(True, ["ASSAULT"], [6], "استهداف رتل", ["rumored", "negated"], mode="explosives",
          recipient=TURKISH_CONVOY, location=BAB_BZAA_ROAD, date=TODAY,
          attribution=["صفحات مقرّبة من الوحدات الكردية على «تويتر»", "قيادياً في فصائل «درع الفرات»"],
          acled=MINE),
        # the Interim Government's condemnation (ACCUSE, no one named) and its demand to the factions (what it
        # asks, the security file handed to the police and an end to «فوضى السلاح», is content)
        E(True, ["ACCUSE"], [9], "ودانت", ["asserted"], source=SIG, date=TODAY),
        E(True, ["REQUEST"], [9], "وطالبت", ["asserted"], source=SIG, recipient=BAB_FACTIONS, date=TODAY),
        # one sentence, two events: the local council's parking ban from Thursday (planned; the exemption is a
        # condition, no event) and the police chief's vow (THREATEN, made); the fire he warns of optional,
        # hypothetical
        E(True, ["COERCE"], [10], "منع ركن السيارات", ["planned"], mode="ban",
          source=BAB_COUNCIL, location=BAB, date=D("2017-10-19")),
        E(True, ["THREATEN"], [10], "توعّد", ["asserted"], mode="violence",
          source=BAB_POLICE, recipient=SLEEPER_CELLS, location=BAB, date=TODAY),
        E(False, ["ASSAULT"], [10], "سيطلقون النار", ["hypothetical"], mode="firearms",
          source=BAB_POLICE, location=BAB, date=None),
        # a Sultan Murad commander escapes an IED near Azaz (the blast stands; his companion lightly hurt)
        E(True, ["ASSAULT"], [11], "محاولة اغتيال", ["asserted"], mode="explosives",
          recipient=AZAZ_COMMANDER, location=AZAZ, date=TODAY, acled=MINE),
        # background at another place: an al-Mu'tasim field commander killed by a bomb on a motorbike in
        # Jarablus «مساء السبت الماضي» (core, historical, 1); the takeover of al-Bab last February after
        # months of fighting with ISIS optional, historical
        E(True, ["ASSAULT"], [12], "بانفجار عبوة ناسفة", ["historical", "asserted"], mode="explosives",
          source=UNKNOWN, recipient=JARABLUS_VICTIM, location=JARABLUS, date=D("2017-10-14"), fatalities=1,
          acled=MINE),
        E(False, ["ASSAULT", "COERCE"], [12], "سيطرت", ["historical"], mode="seize",
          source=EUPHRATES_SHIELD, recipient=ISIS, location=BAB, date=FEB_2017, acled=CLASH),
        # paragraph 13 (the year's tally of bombings: an aggregate) holds no event
        # the YPG's counter-accusation of Turkish intelligence (the purpose it alleges is content); Ankara's
        # weeks of threats against Afrin (optional, generic) and the attack they announce (optional,
        # hypothetical)
        E(True, ["ACCUSE"], [14], "اتهمت", ["asserted"], source=YPG, recipient=TURKISH_INTEL, date=TODAY),
        E(False, ["THREATEN"], [14], "تلوّح", ["generic", "historical"], mode="territory",
          source=TURKEY, recipient=YPG, location=AFRIN, date=None),
        E(False, ["ASSAULT"], [14], "هجوم", ["hypothetical"], mode="heavy-weapons",
          source=TURKEY, location=AFRIN, date=None),
        # the police's late arrest of a young man of Bza'a said to have watched the parking spot (the referral
        # to a military court is part of it)
        E(True, ["COERCE"], [15], "القبض", ["asserted", "reported"], mode="arrest",
          source=BAB_POLICE, recipient=BZAA_YOUTH, date=TODAY, acled=ARREST),
    ],
)
