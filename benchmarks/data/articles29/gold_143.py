"""Gold of article 143: Aleppo's besieged eastern neighbourhoods (al-Shaar, Tariq al-Bab, Masaken Hanano, Bustan
al-Qasr, al-Sakhour), an opposition news agency, 2016-11-24 (Thu)."""
from actors_places import (
    ALEPPO_CITY,
    ALEPPO_CIV,
    ALEPPO_COUNCIL,
    ALEPPO_EAST,
    ALEPPO_MILITANTS,
    ALEPPO_REBELS,
    ALEPPO_YOUTHS,
    ALL_PARTIES,
    ANKARA,
    ANKARA_REBELS,
    BUSTAN_PROTESTERS,
    BUSTAN_QASR,
    CIVILIANS,
    EAST_ALEPPO_CASTELLO,
    EAST_ALEPPO_CORRIDORS,
    FATEH_HALAB,
    FATEH_SHAM,
    MASAKEN,
    MILITIAS_AL,
    NEEDY_FAMILIES,
    OPP_TERR,
    RAMOUSEH,
    REBELS_REGIME_AL,
    REBELS_SANA,
    REGIME,
    REGIME_SNIPER,
    RU_MOD,
    RU_OFFICERS,
    SAKHOUR,
    SHAAR_TARIQ,
    SHEIKH_MAQSOUD,
    SHEIKH_SAEED,
    SY_HELIS,
    TIGER,
    TWO_CHILDREN,
    UN_HUM,
    WEST_ALEPPO,
    WEST_ALEPPO_CIV,
)
from common import AIR, ARREST, ATTACK, CLASH, PEACEFUL, SHELL, D, E, paras_of

SLUG = "east_aleppo_shaar_masaken_hanano_bustan_al_qasr"
ARTICLE = dict(
    id="team29-143", slug=SLUG, published="2016-11-24", outlet="Bab al-Nairab news agency (fictional)",
    paras=paras_of(f"143_{SLUG}.txt"),
    events=[
        # barrel bombs on al-Shaar and Tariq al-Bab today: headline 0, lead 1 (civil defence: 11), the volunteer's
        # details 9 (six barrels; the health directorate's 14) → 11
        E(True, ["ASSAULT"], [0, 1, 9], "براميل متفجرة", ["asserted", "reported"], mode="aerial",
          source=SY_HELIS, recipient=ALEPPO_CIV, location=SHAAR_TARIQ, date=D("2016-11-24"), fatalities=11,
          attribution=["الدفاع المدني السوري", "مديرية صحة حلب الحرة"], acled=AIR, tpara=1),
        # the fight on the Masaken Hanano front since dawn (headline 0: the third day); the shelling that goes with
        # it is part of the same battle; seven attackers killed per the Levant Front commander
        E(True, ["ASSAULT"], [0, 2], "اشتباكات عنيفة", ["asserted", "reported"], mode="firearms",
          source=REBELS_REGIME_AL, location=MASAKEN, date=D("2016-11-24"), fatalities=7,
          attribution=["قيادي في «الجبهة الشامية»"], acled=CLASH, tpara=2),
        # ¶3 (population, bakeries, shelters) is descriptive: deliberately NO gold event
        # Russia's announcement of two more corridors (announced: CONCEDE) and its call on the fighters to leave;
        # its claim of no flights over Aleppo is a negated strike (optional)
        E(True, ["CONCEDE", "RETREAT"], [4], "فتح ممرين", ["asserted"], mode="access",
          source=RU_MOD, location=EAST_ALEPPO_CORRIDORS, date=D("2016-11-23")),
        E(True, ["REQUEST"], [4], "ودعت", ["asserted"],
          source=RU_MOD, recipient=ALEPPO_MILITANTS, location=ALEPPO_EAST, date=D("2016-11-23")),
        E(False, ["ASSAULT"], [4], "لم تنفذ أي طلعة", ["negated"], mode="aerial",
          source=RU_MOD, location=ALEPPO_CITY, date=None),
        # the operations room's rejection of the offer and its participle accusation of Moscow
        E(True, ["REJECT"], [5], "ورفضت", ["asserted"],
          source=FATEH_HALAB, recipient=RU_MOD, location=ALEPPO_CITY, date=D("2016-11-23"),
          attribution=["بيان «غرفة عمليات فتح حلب»"]),
        E(True, ["ACCUSE"], [5], "متهمةً", ["asserted"],
          source=FATEH_HALAB, recipient=RU_MOD, date=D("2016-11-23"), attribution=["بيان «غرفة عمليات فتح حلب»"]),
        # arrests of young men who left through Sheikh Maqsoud over the last two days; their conscription is an
        # unverified rumour (optional)
        E(True, ["COERCE"], [6], "اعتقلت", ["reported", "asserted"], mode="arrest",
          source=REGIME, recipient=ALEPPO_YOUTHS, location=SHEIKH_MAQSOUD,
          date=D("2016-11-23", "day", ("2016-11-22", "2016-11-24")), attribution=["مصادر محلية"], acled=ARREST),
        E(False, ["COERCE"], [6], "سوق عدد منهم", ["rumored"], mode="arrest",
          recipient=ALEPPO_YOUTHS, date=None),
        # the UN coordinator's call for a humanitarian truce (the truce itself is its content)
        E(True, ["REQUEST"], [7], "وطالب", ["asserted"],
          source=UN_HUM, recipient=ALL_PARTIES, location=ALEPPO_EAST, date=D("2016-11-23"),
          attribution=["بيان المنسق الإقليمي للأمم المتحدة"]),
        # background in one sentence: the last UN convoy in early July and the siege closed by the Castello road's
        # capture (both optional, historical)
        E(False, ["AID"], [8], "قافلة مساعدات أممية", ["historical"], mode="humanitarian",
          location=ALEPPO_EAST, date=D("2016-07-03", "week", ("2016-07-01", "2016-07-10"))),
        E(False, ["COERCE", "ASSAULT"], [8], "إطباق الحصار", ["historical"], mode="restrict",
          source=REGIME, location=EAST_ALEPPO_CASTELLO, date=D("2016-07-15", "month", ("2016-07-01", "2016-07-31"))),
        # a chlorine barrel on al-Sakhour this afternoon, told by activists and not verified (a separate strike)
        E(True, ["ASSAULT"], [9], "غاز الكلور", ["reported", "rumored"], mode="aerial",
          recipient=CIVILIANS, location=SAKHOUR, date=D("2016-11-24"), attribution=["ناشطون"], acled=AIR),
        # rockets on western Aleppo, told only by SANA (3 killed); the factions' silence is no event
        E(True, ["ASSAULT"], [10], "استهدفت", ["reported"], mode="heavy-weapons",
          source=REBELS_SANA, recipient=WEST_ALEPPO_CIV, location=WEST_ALEPPO,
          date=D("2016-11-24", "day", ("2016-11-23", "2016-11-24")), fatalities=3, attribution=["سانا"],
          acled=SHELL),
        # the Bustan al-Qasr demonstration and its demand to the factions (the banner is no event)
        E(True, ["PROTEST"], [11], "مظاهرة", ["asserted", "reported"], mode="demo",
          source=BUSTAN_PROTESTERS, location=BUSTAN_QASR, date=D("2016-11-24"),
          attribution=["تسجيلات مصورة نشرها ناشطون"], acled=PEACEFUL),
        E(True, ["REQUEST"], [11], "طالب", ["asserted"],
          source=BUSTAN_PROTESTERS, recipient=ALEPPO_REBELS, location=BUSTAN_QASR, date=D("2016-11-24")),
        # ¶12 (winter, fuel, fear) is generic: deliberately NO gold event
        # background of 2012 and of last August and September (optional, historical)
        E(False, ["ASSAULT"], [13], "سيطرت", ["historical"], mode="firearms",
          source=ALEPPO_REBELS, location=ALEPPO_EAST, date=D("2012-07-20", "month", ("2012-06-21", "2012-09-22"))),
        E(False, ["ASSAULT"], [13], "كسر الحصار", ["historical"], mode="firearms",
          source=ALEPPO_REBELS, location=RAMOUSEH, date=D("2016-08-05", "week", ("2016-08-01", "2016-08-10"))),
        E(False, ["ASSAULT"], [13], "تستعيد", ["historical"], mode="firearms",
          source=REGIME, location=RAMOUSEH, date=D("2016-09-15", "month", ("2016-09-01", "2016-09-30"))),
        # talk of Ankara negotiations, denied by a faction official; the exit of Fateh al-Sham is the deal's
        # content (optional)
        E(True, ["CONSULT"], [14], "مفاوضات", ["rumored", "negated"],
          source=ANKARA_REBELS, recipient=RU_OFFICERS, location=ANKARA, date=None,
          attribution=["أوساط المعارضة", "مسؤول في المكتب السياسي لأحد الفصائل"]),
        E(False, ["RETREAT"], [14], "بخروج مقاتلي", ["hypothetical", "planned"], mode="withdraw",
          source=FATEH_SHAM, location=ALEPPO_EAST, date=None),
        # the Tiger Forces commander's threat (his call to civilians optional)
        E(True, ["THREATEN"], [15], "وتوعّد", ["asserted", "reported"], mode="violence",
          source=TIGER, recipient=OPP_TERR, location=ALEPPO_EAST, date=D("2016-11-23"),
          attribution=["صفحات موالية"]),
        E(False, ["REQUEST"], [15], "داعياً المدنيين", ["asserted", "reported"],
          source=TIGER, recipient=CIVILIANS, date=D("2016-11-23")),
        # militia reinforcements to Sheikh Saeed and al-Amiriyah over the past days (the intent is no event)
        E(True, ["MOBILIZE"], [16], "تعزيزات عسكرية", ["asserted", "reported"], mode="troops",
          source=MILITIAS_AL, location=SHEIKH_SAEED, date=D("2016-11-21", "week", ("2016-11-17", "2016-11-24")),
          attribution=["مراسل «باب النيرب»"]),
        # two children wounded by a sniper in Bustan al-Qasr
        E(True, ["ASSAULT"], [17], "برصاص قناص", ["asserted", "reported"], mode="firearms",
          source=REGIME_SNIPER, recipient=TWO_CHILDREN, location=BUSTAN_QASR, date=D("2016-11-24"),
          attribution=["مصدر طبي في المشفى الميداني"], acled=ATTACK),
        # the local council's planned flour distribution early next week
        E(True, ["AID"], [18], "توزيع", ["planned"], mode="humanitarian",
          source=ALEPPO_COUNCIL, recipient=NEEDY_FAMILIES, location=ALEPPO_CITY,
          date=D("2016-11-27", "week", ("2016-11-26", "2016-11-29")),
          attribution=["بيان المجلس المحلي لمدينة حلب"]),
    ],
)
