"""Gold of article 317: Ariha, Maarat al-Numan and Kafr Rumah, Saraqib, Sarmin, the Idlib–Binnish road,
Jarjanaz and Tell Mannas, Maarat Misrin (Idlib, Syria), an opposition news site, 2020-01-23 (Thu). Mostly
about shelling, air and drone strikes, with disputed casualty counts and mass displacement."""
from actors_places import (
    ANKARA,
    ARIHA_MARKET,
    ARIHA_VICTIMS,
    ASSAD_FORCES,
    ASSAD_IRAN,
    DRONE_VICTIMS,
    HATAY,
    IDLIB_BINNISH_ROAD,
    IDLIB_MILITANTS,
    JARJANAZ_TELMANNAS,
    MAARAT_KAFR_RUMAH,
    MAARAT_MISRIN,
    MISRIN_WORKERS,
    MOSCOW,
    NFL,
    RU_AIR,
    RU_DELEGATION,
    RU_MOD,
    RU_RECON,
    RU_TR,
    SARAQIB,
    SARMIN,
    SARMIN_VICTIMS,
    SURMAN,
    SY_HELICOPTERS,
    TR_ARMY,
    TR_DEF_MIN,
    TR_OFFICIALS,
)
from common import AIR, SHELL, D, E, paras_of

SLUG = "idlib_2020_ariha_maarat_al_numan_kafr_rumah_saraqib_sarmin"
TODAY = D("2020-01-23")
ARTICLE = dict(
    id="team64-317", slug=SLUG, published="2020-01-23",
    outlet="Minbar al-Zaytoun Idlib opposition news site (fictional)",
    paras=paras_of(f"317_{SLUG}.txt"),
    events=[
        # the Russian strikes on Ariha's market «ظهر اليوم الخميس»: headline 0 («مجزرة»), lead 1 (the Civil
        # Defence: nine), ¶3 (a flight observatory: the jets and their base, a retelling), the follow-up 6
        # (the surgical hospital: eight bodies), ¶9 (Moscow denies any sortie: optional REJECT) and ¶10 (the
        # activists' named list: eleven) → 9 vs 8 vs 11 → 8
        E(True, ["ASSAULT"], [0, 1, 3, 6, 9, 10], "مجزرة", ["asserted", "reported"], mode="aerial",
          source=RU_AIR, recipient=ARIHA_VICTIMS, location=ARIHA_MARKET, date=TODAY, fatalities=8,
          attribution=["الدفاع المدني السوري (الخوذ البيضاء)", "مرصد لحركة الطيران تديره المعارضة",
                       "مدير مشفى أريحا الجراحي", "ناشطون من أريحا"],
          acled=AIR, tpara=1),
        # one sentence, two events: fourteen barrel bombs on Maarat al-Numan and Kafr Rumah (one event on two
        # places; headline «براميل متفجرة») and the artillery on Saraqib's southern edge; «ولم تُسجَّل إصابات»
        # negates neither, and the displacement that emptied the towns is background
        E(True, ["ASSAULT"], [0, 2], "ألقت مروحيات النظام", ["asserted"], mode="aerial",
          source=SY_HELICOPTERS, location=MAARAT_KAFR_RUMAH, date=TODAY, acled=AIR, tpara=2),
        E(True, ["ASSAULT"], [2], "قصف مدفعي", ["asserted"], mode="heavy-weapons",
          source=ASSAD_FORCES, location=SARAQIB, date=TODAY, acled=SHELL),
        # paragraph 4 (Ariha, its Thursday market and the families who came to it: habits) holds no event the
        # Turkish minister's warning (THREATEN, made) and accusation of the regime's forces (ACCUSE) in one
        # sentence; his tour of the units in Hatay (optional CONSULT) and the response he threatens (optional,
        # hypothetical)
        E(False, ["CONSULT"], [5], "جولة", ["asserted"], mode="visit",
          source=TR_DEF_MIN, location=HATAY, date=TODAY),
        E(True, ["THREATEN"], [5], "وحذّر", ["asserted"], mode="violence",
          source=TR_DEF_MIN, recipient=ASSAD_FORCES, date=TODAY),
        E(False, ["ASSAULT"], [5], "سترد", ["hypothetical"], mode="heavy-weapons",
          source=TR_DEF_MIN, recipient=ASSAD_FORCES, date=None),
        E(True, ["ACCUSE"], [5], "متهماً", ["asserted"],
          source=TR_DEF_MIN, recipient=ASSAD_FORCES, date=TODAY),
        # the Turkish post at al-Surman said to be withdrawing: rumoured by pro-regime Telegram accounts,
        # denied by a National Army source
        E(True, ["RETREAT"], [7], "سحب نقطة المراقبة", ["rumored", "negated"], mode="withdraw",
          source=TR_ARMY, location=SURMAN, date=TODAY,
          attribution=["حسابات موالية للنظام على «تلغرام»", "مصدراً في «الجيش الوطني السوري»"]),
        # one sentence, two events: a woman and her daughter killed by the regime's rockets on Sarmin «مساء
        # أمس» (2) and an unidentified drone's strike on a car on the Idlib–Binnish road at dawn (2; no
        # source)
        E(True, ["ASSAULT"], [8], "بقذائف صاروخية", ["asserted", "reported"], mode="heavy-weapons",
          source=ASSAD_FORCES, recipient=SARMIN_VICTIMS, location=SARMIN, date=D("2020-01-22"),
          fatalities=2, attribution=["ناشطين من البلدة"], acled=SHELL),
        E(True, ["ASSAULT"], [8], "طائرة مسيّرة", ["asserted", "reported"], mode="aerial",
          recipient=DRONE_VICTIMS, location=IDLIB_BINNISH_ROAD, date=TODAY, fatalities=2,
          attribution=["صفحات محلية"], acled=AIR),
        # Moscow's denial of any sortie over Ariha (optional REJECT; the strike is G1) and the Russian
        # centre's accusation of «the militants» (ACCUSE; the sixteen rocket attacks on Aleppo are its
        # content, a tally)
        E(False, ["REJECT"], [9], "نفت", ["asserted", "reported"],
          source=RU_MOD, date=TODAY, attribution=["وكالة «تاس»"]),
        E(True, ["ACCUSE"], [9], "اتهم", ["asserted"],
          source=RU_RECON, recipient=IDLIB_MILITANTS, date=TODAY),
        # paragraph 11 (38,000 displaced in three days, 350,000 since December: an aggregate) holds no event
        # the National Front's rockets and shells on the regime's and Iran's militias near Jarjanaz and Tell
        # Mannas, with its unverified claim of seven killed
        E(True, ["ASSAULT"], [12], "استهدفت", ["reported", "asserted"], mode="heavy-weapons",
          source=NFL, recipient=ASSAD_IRAN, location=JARJANAZ_TELMANNAS,
          date=D("2020-01-23", "day", ("2020-01-22", "2020-01-23")), fatalities=7,
          attribution=["«الجبهة الوطنية للتحرير»"], acled=SHELL),
        # background at another place: three workers killed by a Russian strike on a poultry farm at Maarat
        # Misrin «مساء الإثنين الماضي» (core, historical, 3); the Moscow–Ankara ceasefire of the 12th, in a
        # relative clause (optional, historical; «ولم يصمد سوى ساعات»)
        E(True, ["ASSAULT"], [13], "بغارة روسية", ["historical", "asserted"], mode="aerial",
          source=RU_AIR, recipient=MISRIN_WORKERS, location=MAARAT_MISRIN, date=D("2020-01-20"),
          fatalities=3, acled=AIR),
        E(False, ["CONCEDE", "AGREE"], [13], "وقف إطلاق النار", ["historical"], mode="ceasefire",
          source=RU_TR, date=D("2020-01-12")),
        # a Russian military and security delegation due in Ankara early next week (planned; its purpose is
        # content), and talks to go on in Moscow if no understanding is reached (optional, planned and
        # conditional)
        E(True, ["CONSULT"], [14], "يصل", ["planned", "reported"], mode="visit",
          source=RU_DELEGATION, recipient=TR_OFFICIALS, location=ANKARA,
          date=D("2020-01-27", "week", ("2020-01-25", "2020-01-29")), attribution=["وكالة «الأناضول»"]),
        E(False, ["CONSULT"], [14], "تُستكمل المشاورات", ["planned", "hypothetical"], mode="multilateral",
          source=RU_DELEGATION, location=MOSCOW, date=None),
        # paragraphs 15 (the border camps, the cold: conditions) and 16 (reconnaissance flights) hold no event
    ],
)
