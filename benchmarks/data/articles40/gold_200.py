"""Gold of article 200: Tal Tamr and the Khabur valley (Tal Shamiram, Tal Hurmiz, Jabal Abd al-Aziz, al-Hasakah,
al-Shaddadi), an Assyrian local news network, 2015-05-20 (Wed)."""
from actors_places import (
                           ABDULAZIZ,
                           ASAYISH,
                           ASSYRIAN_ABDUCTEES,
                           ASSYRIAN_CHURCH,
                           COALITION,
                           HASAKAH,
                           INTL_ORGS,
                           ISIS_KHABUR,
                           ISIS_POSITIONS,
                           KHABUR_COLLABORATORS,
                           KHABUR_GUARD_FIGHTER,
                           KHABUR_PROTESTERS,
                           KHABUR_VILLAGES,
                           SHADDADI,
                           SHAMIRAM_FIGHT,
                           SOUTH_KHABUR,
                           TAL_HURMIZ,
                           TAL_SHAMIRAM,
                           TAL_TAMR,
                           TAL_TAMR_CIVILIANS,
                           TAL_TAMR_DETAINEES,
                           TAL_TAMR_FRONT,
                           TRIBAL_MEDIATORS,
                           YPG,
)
from common import ABDUCTION, AIR, ARREST, CLASH, MINE, PEACEFUL, SHELL, D, E, paras_of

SLUG = "tal_tamr_2015_khabur_shelling_tal_shamiram_abductees"
ARTICLE = dict(
    id="team40-200", slug=SLUG, published="2015-05-20", outlet="Difaf al-Khabur Assyrian news network (fictional)",
    paras=paras_of(f"200_{SLUG}.txt"),
    events=[
        # ISIS mortar fire on Tal Tamr yesterday evening: headline 0, lead 1, the correspondent's details 4 (the
        # school yard, the wounded woman and child among the displaced); no one killed; the families' flight is no
        # event
        E(True, ["ASSAULT"], [0, 1, 4], "قذائف هاون", ["asserted"], mode="heavy-weapons",
          source=ISIS_KHABUR, recipient=TAL_TAMR_CIVILIANS, location=TAL_TAMR, date=D("2015-05-19"),
          attribution=["مراسلنا في البلدة"], acled=SHELL, tpara=1),
        # the dawn attack on the YPG–Khabur Guards posts at Tal Shamiram and the two-hour clash (headline 0): one
        # two-sided battle, four ISIS dead per the Guards; the attackers' falling back is part of it (optional)
        E(True, ["ASSAULT"], [0, 2], "هجوماً", ["asserted", "reported"], mode="firearms",
          source=SHAMIRAM_FIGHT, location=TAL_SHAMIRAM, date=D("2015-05-20"), fatalities=4,
          attribution=["المكتب الإعلامي لحرس الخابور"], acled=CLASH, tpara=2),
        E(False, ["RETREAT"], [2], "بتراجع المهاجمين", ["asserted", "reported"], mode="withdraw",
          source=ISIS_KHABUR, location=TAL_SHAMIRAM, date=D("2015-05-20")),
        # coalition strikes around Jabal Abd al-Aziz at the same time, and the YPG's claim that it gave the
        # coalition the coordinates (COOPERATE: intelligence sharing, reported)
        E(True, ["ASSAULT"], [3], "ثلاث غارات", ["asserted", "reported"], mode="aerial",
          source=COALITION, recipient=ISIS_POSITIONS, location=ABDULAZIZ, date=D("2015-05-20"),
          attribution=["ناشطون آشوريون"], acled=AIR),
        E(True, ["COOPERATE"], [3], "زوّدت التحالف", ["reported"],
          source=YPG, recipient=COALITION, location=ABDULAZIZ, date=D("2015-05-20"),
          attribution=["مصدر في وحدات حماية الشعب"]),
        # paragraph 4 retells the shelling (G1)
        # the diocese's demand for the abductees' release; its «stain of shame» remark is an optional ACCUSE; the
        # February attack and abduction, named in 5 and recalled in 12, are one optional historical event
        E(True, ["REQUEST"], [5], "وطالبت", ["asserted"],
          source=ASSYRIAN_CHURCH, recipient=INTL_ORGS, location=HASAKAH, date=D("2015-05-20")),
        E(False, ["ACCUSE"], [5], "«وصمة عار»", ["asserted"],
          source=ASSYRIAN_CHURCH, recipient=INTL_ORGS, date=D("2015-05-20")),
        E(False, ["ASSAULT"], [5, 12], "واختطف خلاله", ["historical"], mode="abduct",
          source=ISIS_KHABUR, recipient=ASSYRIAN_ABDUCTEES, location=KHABUR_VILLAGES, date=D("2015-02-23"),
          acled=ABDUCTION, tpara=12),
        # the rumoured release of a new group of abductees (unconfirmed by a church source), and the ongoing talks of
        # Arab tribal mediators from al-Shaddadi with ISIS; «no result yet» is an optional negated AGREE
        E(True, ["RETREAT"], [6], "إفراج التنظيم", ["rumored"], mode="release",
          source=ISIS_KHABUR, recipient=ASSYRIAN_ABDUCTEES, date=None,
          attribution=["أوساط آشورية في الحسكة", "مصدر كنسي"]),
        E(True, ["CONSULT"], [6], "المفاوضات", ["reported", "asserted"], mode="third-party",
          source=TRIBAL_MEDIATORS, recipient=ISIS_KHABUR, location=SHADDADI, date=None,
          attribution=["مصدر كنسي"]),
        E(False, ["AGREE"], [6], "لم تصل إلى نتيجة", ["negated"],
          source=TRIBAL_MEDIATORS, recipient=ISIS_KHABUR, date=None),
        # paragraph 7 is background on the Khabur villages (founded in the 1930s, emptied): NO gold event
        # the Asayish arrest three young Arab men in Tal Tamr yesterday evening; the notable's demand for their
        # release is a participle clause (optional)
        E(True, ["COERCE"], [8], "اعتقلت", ["asserted"], mode="arrest",
          source=ASAYISH, recipient=TAL_TAMR_DETAINEES, location=TAL_TAMR, date=D("2015-05-19"), acled=ARREST),
        E(False, ["REQUEST"], [8], "مطالباً", ["asserted"],
          source=TAL_TAMR_DETAINEES, recipient=ASAYISH, location=TAL_TAMR, date=D("2015-05-20")),
        # YPG reinforcements to the Tal Tamr front over the past two days; the offensive they prepare is optional
        # (planned)
        E(True, ["MOBILIZE"], [9], "استقدمت", ["reported", "asserted"], mode="troops",
          source=YPG, location=TAL_TAMR_FRONT, date=D("2015-05-19", "day", ("2015-05-18", "2015-05-20")),
          attribution=["مصادر ميدانية"]),
        E(False, ["ASSAULT"], [9], "لهجوم مرتقب", ["planned"],
          source=YPG, recipient=ISIS_KHABUR, location=SOUTH_KHABUR, date=None),
        # the candle vigil of displaced Khabur villagers in al-Hasakah yesterday evening; the banner's plea optional
        E(True, ["PROTEST"], [10], "وقفة بالشموع", ["asserted"], mode="demo",
          source=KHABUR_PROTESTERS, location=HASAKAH, date=D("2015-05-19"), acled=PEACEFUL),
        E(False, ["REQUEST"], [10], "«أعيدوا لنا أهلنا»", ["asserted"],
          source=KHABUR_PROTESTERS, location=HASAKAH, date=D("2015-05-19")),
        # ISIS leaflets last week threatening death to anyone dealing with the coalition and the YPG; the killing
        # threatened is hypothetical (optional)
        E(True, ["THREATEN"], [11], "هدّد", ["reported", "asserted", "historical"], mode="violence",
          source=ISIS_KHABUR, recipient=KHABUR_COLLABORATORS, location=SOUTH_KHABUR,
          date=D("2015-05-14", "week", ("2015-05-11", "2015-05-17")), attribution=["ناشطون من المنطقة"]),
        E(False, ["ASSAULT"], [11], "بـ«قتل»", ["hypothetical"],
          source=ISIS_KHABUR, recipient=KHABUR_COLLABORATORS, location=SOUTH_KHABUR, date=None),
        # background with a day: a Khabur Guards fighter killed by an ISIS landmine last Thursday
        E(True, ["ASSAULT"], [12], "بانفجار لغم أرضي", ["historical", "asserted"], mode="explosives",
          source=ISIS_KHABUR, recipient=KHABUR_GUARD_FIGHTER, location=TAL_HURMIZ, date=D("2015-05-14"),
          fatalities=1, acled=MINE),
    ],
)
