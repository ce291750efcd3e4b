"""Gold of article 296: Jisr al-Shughur (Idlib, Syria), al-Bara and Kansafra, Sarmin, Kafr Takharim,
Kafranbel, Idlib city, Darkush and al-Zuayniyah, a Syrian opposition news agency based in Turkey, 2023-11-21
(Tue). Mostly about air and drone strikes and shelling."""
from actors_places import (
    ALL_PARTIES,
    ANKARA,
    ASAD_296,
    ASAD_IRAN,
    ASTANA_GUARANTORS,
    BARA_KANSAFRA,
    DARKUSH,
    FATH_MUBIN,
    IDLIB_CITY,
    IDLIB_FACTIONS,
    JISR,
    JISR_MARKET_VICTIMS,
    KAFR_LUSIN,
    KAFR_TAKHARIM,
    KAFR_TAKHARIM_CAMP,
    KAFRANBEL,
    RU_AIR_296,
    RU_DELEGATION,
    RU_REGIME,
    RU_TR,
    SARMIN,
    SARMIN_WORKERS,
    SAWMILL_WORKERS,
    SSG,
    TR_ARMY_296,
    TR_DELEGATION,
    UN_HUMANITARIAN,
    ZUAYNIA,
    ZUAYNIA_FARMER,
)
from common import AGREEMENT, AIR, SHELL, D, E, paras_of

SLUG = "jisr_al_shughur_2023_bara_sarmin_darkush_idlib"
TODAY = D("2023-11-21")
NEXT_WEEK = D("2023-11-28", "week", ("2023-11-25", "2023-12-03"))
ARTICLE = dict(
    id="team60-296", slug=SLUG, published="2023-11-21",
    outlet="Bawabat al-Shamal Syrian opposition news agency based in Turkey (fictional)",
    paras=paras_of(f"296_{SLUG}.txt"),
    events=[
        # the rockets on Jisr al-Shughur's vegetable market «صباح اليوم»: headline 0 («مجزرة», no number),
        # lead 1 (the agency's correspondent: seven), the state agency's retelling 4 («ردّت على مصادر إطلاق
        # القذائف», silent on the market: the same act, not another), the follow-up 6 (the Civil Defence:
        # three Grad rockets, six bodies; the Idlib health directorate: eight) and 10 (the Observatory: five
        # by name, fired from Jurin) → 7 vs 6 vs 8 vs 5 → 5
        E(True, ["ASSAULT"], [0, 1, 4, 6, 10], "بقصف صاروخي", ["asserted", "reported"], mode="heavy-weapons",
          source=ASAD_296, recipient=JISR_MARKET_VICTIMS, location=JISR, date=TODAY, fatalities=5,
          attribution=["مراسل «بوابة الشمال» في المدينة", "مسؤول في الدفاع المدني السوري",
                       "مديرية صحة إدلب", "المرصد السوري لحقوق الإنسان"], acled=SHELL, tpara=1),
        # one sentence, two events: the Russian air raids on the edges of al-Bara and Kansafra (one event on
        # the two towns, headline «غارات روسية على جبل الزاوية») and the suicide drone on the farm workers'
        # car between Sarmin and al-Nayrab (headline «مسيّرة تلاحق عمالاً زراعيين»)
        E(True, ["ASSAULT"], [0, 2], "شنّ الطيران الحربي الروسي", ["asserted", "reported"], mode="aerial",
          source=RU_AIR_296, location=BARA_KANSAFRA, date=TODAY,
          attribution=["مراصد الطيران المحلية وفرق الدفاع المدني السوري"], acled=AIR, tpara=2),
        E(True, ["ASSAULT"], [0, 2], "استهدفت طائرة مسيّرة", ["asserted", "reported"], mode="aerial",
          source=ASAD_296, recipient=SARMIN_WORKERS, location=SARMIN, date=TODAY,
          attribution=["مراصد الطيران المحلية وفرق الدفاع المدني السوري"], acled=AIR, tpara=2),
        # paragraph 3 (Jisr al-Shughur on the Orontes, its exposure to the hills, the families who came to
        # it) holds no event
        # the military source's vow through SANA (made: asserted); «مواصلة ضرب الإرهابيين» optional,
        # hypothetical; «اعتداءاتهم على القرى الآمنة» is the content of an accusation
        E(True, ["THREATEN"], [4], "وتوعّد", ["asserted", "reported"], mode="violence",
          source=ASAD_296, recipient=IDLIB_FACTIONS, date=TODAY, attribution=["وكالة «سانا» التابعة للنظام"]),
        E(False, ["ASSAULT"], [4], "بـ«مواصلة ضرب", ["hypothetical"], mode="heavy-weapons",
          source=ASAD_296, recipient=IDLIB_FACTIONS, date=None),
        # the Salvation Government's statement: the condemnation of «the massacre» (optional: no actor named
        # in it), the blame on Russia and the regime (ACCUSE) and the demand to the Astana guarantors
        # (REQUEST)
        E(False, ["ACCUSE"], [5], "ودانت", ["asserted"],
          source=SSG, date=TODAY),
        E(True, ["ACCUSE"], [5], "وحمّلت", ["asserted"],
          source=SSG, recipient=RU_REGIME, date=TODAY,
          attribution=["بيان مقتضب نشرته على معرّفاتها الرسمية"]),
        E(True, ["REQUEST"], [5], "مطالبةً", ["asserted"],
          source=SSG, recipient=ASTANA_GUARANTORS, date=TODAY,
          attribution=["بيان مقتضب نشرته على معرّفاتها الرسمية"]),
        # a Russian strike on a displaced persons' camp near Kafr Takharim: rumoured on Telegram, denied by
        # the Civil Defence (the old pictures are no event)
        E(True, ["ASSAULT"], [7], "غارة روسية", ["rumored", "negated"], mode="aerial",
          source=RU_AIR_296, recipient=KAFR_TAKHARIM_CAMP, location=KAFR_TAKHARIM, date=TODAY,
          attribution=["حسابات على منصة «تلغرام»", "الدفاع المدني"], acled=AIR),
        # the Turkish and Russian military delegations due to meet in Ankara next week (planned); the
        # Turkish defence ministry's silence is no event
        E(True, ["CONSULT"], [8], "يلتقي", ["planned", "reported"], mode="third-party",
          source=TR_DELEGATION, recipient=RU_DELEGATION, location=ANKARA, date=NEXT_WEEK,
          attribution=["مصدر في «الجيش الوطني السوري»"]),
        # al-Fath al-Mubin's shelling of regime and Iranian-backed positions in Kafranbel and Hazarin (one
        # event); «من دون أن تنشر أي تفاصيل» negates nothing
        E(True, ["ASSAULT"], [9], "بقصف مدفعي", ["asserted", "reported"], mode="heavy-weapons",
          source=FATH_MUBIN, recipient=ASAD_IRAN, location=KAFRANBEL, date=TODAY,
          attribution=["بيان"], acled=SHELL),
        # paragraph 11 (the escalation since October: the Civil Defence's count of attacks, the dead and the
        # families who left: aggregates) holds no event
        # background at another place: a Russian strike on a sawmill at the edge of Idlib city «فجر الأحد
        # الماضي» (core, historical, 2); the Russian–Turkish ceasefire of March 2020 optional, historical
        # (its joint patrols are its content)
        E(True, ["ASSAULT"], [12], "غارة روسية", ["historical", "asserted", "reported"], mode="aerial",
          source=RU_AIR_296, recipient=SAWMILL_WORKERS, location=IDLIB_CITY, date=D("2023-11-19"),
          fatalities=2, attribution=["الدفاع المدني"], acled=AIR),
        E(False, ["AGREE", "CONCEDE"], [12], "توصلتا", ["historical"],
          source=RU_TR, date=D("2020-03-05", "month", ("2020-03-01", "2020-03-31")), acled=AGREEMENT),
        # one sentence, two events: shells on the edge of Darkush (no actor named, no one hurt: the act
        # stands) and the guided missile on a farmer's bulldozer near al-Zuayniyah (the driver's escape
        # negates nothing)
        E(True, ["ASSAULT"], [13], "سقطت قذائف مدفعية", ["asserted"], mode="heavy-weapons",
          location=DARKUSH, date=TODAY, acled=SHELL),
        E(True, ["ASSAULT"], [13], "استهدف صاروخ موجّه", ["asserted"], mode="heavy-weapons",
          source=ASAD_296, recipient=ZUAYNIA_FARMER, location=ZUAYNIA, date=TODAY, acled=SHELL),
        # a Turkish column of some thirty vehicles enters through Kafr Lusin towards the Turkish posts in
        # Jabal al-Zawiya
        E(True, ["MOBILIZE"], [14], "ودخل رتل عسكري تركي", ["asserted", "reported"], mode="troops",
          source=TR_ARMY_296, location=KAFR_LUSIN, date=TODAY,
          attribution=["مراسلنا في ريف إدلب الشمالي"]),
        # the UN deputy regional humanitarian coordinator's call on «all parties» (his shock at the pictures
        # of the victims points back at the market)
        E(True, ["REQUEST"], [15], "دعا", ["asserted"],
          source=UN_HUMANITARIAN, recipient=ALL_PARTIES, date=TODAY,
          attribution=["تغريدة على منصة «إكس»"]),
        # paragraph 16 (the empty streets at nightfall) holds no event
    ],
)
