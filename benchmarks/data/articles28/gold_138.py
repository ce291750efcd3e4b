"""Gold of article 138: North Gaza (Jabalia al-Balad, Beit Lahia, Umm al-Nasr, Beit Hanoun, Jabalia camp) and Cairo, a
Palestinian Gaza news site, 2025-04-16 (Wed)."""
from actors_places import (
                           BEIT_HANOUN,
                           BEIT_LAHIA,
                           CAIRO,
                           EGYPT_GIS,
                           GAZA_CHILDREN,
                           GAZA_FISHERMEN,
                           HAMAS,
                           IL_ARMY,
                           IL_DEF_MIN,
                           IL_TANK,
                           JABALIA_BALAD,
                           JABALIA_CAMP,
                           JABALIA_TENT_IDPS,
                           JABALIA_VICTIMS,
                           LAHIA_COAST,
                           LAHIA_PROTESTERS,
                           MEDIATORS,
                           MEDIATORS_EGYPT,
                           NORTH_GAZA,
                           NORTH_GAZA_3,
                           NORTH_GAZA_RESIDENTS,
                           QASSAM,
                           SALATIN_YOUTHS,
                           SARAYA_COMMANDER,
                           SHEIKH_RADWAN,
                           UMM_NASR,
                           UMM_NASR_HOMES,
                           UNICEF,
)
from common import AIR, ATTACK, CLASH, PEACEFUL, SHELL, D, E, paras_of

SLUG = "north_gaza_jabalia_beit_lahia_beit_hanoun_fishermen"
ARTICLE = dict(
    id="team28-138", slug=SLUG, published="2025-04-16", outlet="Nabd al-Shamal news site (fictional)",
    paras=paras_of(f"138_{SLUG}.txt"),
    events=[
        # the air strike on a house in Jabalia al-Balad «فجر اليوم»: headline 0, lead 1 («استُشهد وأصيب عدد من
        # المواطنين»: no number yet), the follow-up 8 where the civil defence gives the toll → 6 (the headline's figure)
        E(True, ["ASSAULT"], [0, 1, 8], "غارة شنّتها", ["asserted"], mode="aerial",
          source=IL_ARMY, recipient=JABALIA_VICTIMS, location=JABALIA_BALAD, date=D("2025-04-16"), fatalities=6,
          attribution=["مراسلنا", "الناطق باسم الدفاع المدني في غزة"], acled=AIR, tpara=1),
        # new evacuation orders for three areas under one verb (one COERCE; headline 0); «مطالباً إياهم بالتوجه» is
        # the order's content, no separate demand
        E(True, ["COERCE"], [0, 2], "أوامر إخلاء", ["asserted"], mode="restrict",
          source=IL_ARMY, recipient=NORTH_GAZA_RESIDENTS, location=NORTH_GAZA_3, date=D("2025-04-16"),
          attribution=["منشور المتحدث باسم جيش الاحتلال باللغة العربية على إكس"], tpara=2),
        # one sentence, two events in Beit Lahia: a drone strike on a group (2 killed) and artillery on houses near
        # Umm al-Nasr («من دون أن يُبلَغ عن إصابات» negates nothing)
        E(True, ["ASSAULT"], [3], "استهداف مسيّرة", ["asserted", "reported"], mode="aerial",
          source=IL_ARMY, recipient=SALATIN_YOUTHS, location=BEIT_LAHIA, date=D("2025-04-16"), fatalities=2,
          attribution=["مصادر محلية"], acled=AIR),
        E(True, ["ASSAULT"], [3], "قصفت مدفعية الاحتلال", ["asserted", "reported"], mode="heavy-weapons",
          source=IL_ARMY, recipient=UMM_NASR_HOMES, location=UMM_NASR, date=D("2025-04-16"),
          attribution=["مصادر محلية"], acled=SHELL),
        # the Qassam Brigades' claimed anti-tank strike near Beit Hanoun «مساء أمس» (told only by the claimant; «بين
        # قتيل وجريح» gives no number; the army's silence negates nothing)
        E(True, ["ASSAULT"], [4], "استهدفوا دبابة", ["reported"], mode="heavy-weapons",
          source=QASSAM, recipient=IL_TANK, location=BEIT_HANOUN, date=D("2025-04-15"),
          attribution=["بيان كتائب القسام على تلغرام"], acled=CLASH),
        # the protest among the tents in Beit Lahia «عصر أمس» and its demand to the mediators and the international
        # community; the slogans «تطالب بوقف الحرب» are an optional REQUEST
        E(True, ["PROTEST"], [5], "تظاهرة", ["asserted", "reported"], mode="demo",
          source=LAHIA_PROTESTERS, location=BEIT_LAHIA, date=D("2025-04-15"),
          attribution=["مقاطع مصوّرة تداولها ناشطون"], acled=PEACEFUL),
        E(False, ["REQUEST"], [5], "شعارات تطالب", ["asserted"],
          source=LAHIA_PROTESTERS, location=BEIT_LAHIA, date=D("2025-04-15")),
        E(True, ["REQUEST"], [5], "وطالبوا", ["asserted", "reported"],
          source=LAHIA_PROTESTERS, recipient=MEDIATORS, location=BEIT_LAHIA, date=D("2025-04-15")),
        # Hamas's delegation in talks with Egyptian intelligence in Cairo yesterday, and its rejection of any text
        # that includes disarmament (both through Al Jazeera, quoting a source in the movement)
        E(True, ["CONSULT"], [6], "مباحثات", ["asserted", "reported"], mode="visit",
          source=HAMAS, recipient=EGYPT_GIS, location=CAIRO, date=D("2025-04-15"),
          attribution=["قناة الجزيرة نقلاً عن مصدر مطّلع في حماس"]),
        E(True, ["REJECT"], [6], "رفضه", ["reported", "asserted"],
          source=HAMAS, recipient=MEDIATORS_EGYPT, location=CAIRO, date=D("2025-04-15"),
          attribution=["قناة الجزيرة نقلاً عن مصدر مطّلع في حماس"]),
        # the delegation's return to Cairo early next week (planned); UNICEF's trucks «ستدخل … فور السماح بفتح
        # المعابر»: an aid conditional on the crossings opening (optional, hypothetical)
        E(True, ["CONSULT"], [7], "يعود الوفد", ["planned", "reported"], mode="visit",
          source=HAMAS, location=CAIRO, date=D("2025-04-20", "week", ("2025-04-19", "2025-04-23"))),
        E(False, ["AID"], [7], "شاحنات محمّلة", ["hypothetical", "planned"], mode="humanitarian",
          source=UNICEF, recipient=GAZA_CHILDREN, location=NORTH_GAZA, date=None),
        # the rumoured assassination of a Saraya al-Quds commander in Sheikh Radwan, denied by Islamic Jihad
        E(True, ["ASSAULT"], [9], "اغتيال", ["rumored", "negated", "reported"], mode="assassinate",
          recipient=SARAYA_COMMANDER, location=SHEIKH_RADWAN, date=D("2025-04-15"),
          attribution=["حسابات إسرائيلية على تلغرام", "مصدر في حركة الجهاد الإسلامي"], acled=AIR),
        # the Israeli defence minister's conditional threat (made: asserted); the annexation of buffer zones it
        # threatens is hypothetical (optional)
        E(True, ["THREATEN"], [10], "هدّد", ["asserted"], mode="territory",
          source=IL_DEF_MIN, recipient=HAMAS, location=NORTH_GAZA,
          date=D("2025-04-16", "day", ("2025-04-15", "2025-04-16")), attribution=["منشور على منصة إكس"]),
        E(False, ["COERCE", "ASSAULT"], [10], "توسيع المناطق العازلة", ["hypothetical"], mode="seize",
          source=IL_ARMY, location=NORTH_GAZA, date=None),
        # paragraph 11 is a generic statement: deliberately NO gold event
        # gunboat fire at fishing boats off Beit Lahia «صباح اليوم» («من قبل زوارق حربية إسرائيلية»); three fishermen
        # killed at the same spot last November, recalled (optional, historical)
        E(True, ["ASSAULT"], [12], "لإطلاق نار كثيف", ["asserted", "reported"], mode="firearms",
          source=IL_ARMY, recipient=GAZA_FISHERMEN, location=LAHIA_COAST, date=D("2025-04-16"),
          attribution=["نقابة الصيادين في غزة"], acled=ATTACK),
        E(False, ["ASSAULT"], [12], "قُتلوا", ["historical"], mode="firearms",
          source=IL_ARMY, recipient=GAZA_FISHERMEN, location=LAHIA_COAST,
          date=D("2024-11-15", "month", ("2024-11-01", "2024-11-30")), fatalities=3, acled=ATTACK),
        # background: Sunday before a Wednesday, three displaced people killed by shelling near Jabalia camp
        E(True, ["ASSAULT"], [13], "بقصف مدفعي", ["historical", "asserted", "reported"], mode="heavy-weapons",
          source=IL_ARMY, recipient=JABALIA_TENT_IDPS, location=JABALIA_CAMP, date=D("2025-04-13"), fatalities=3,
          attribution=["وزارة الصحة"], acled=SHELL),
    ],
)
