"""Gold of article 293: al-Karamah (Raqqa, Syria), Raqqa city, al-Tabqa and the villages round Ain Issa, a
local news network of Raqqa, 2021-11-10 (Wed)."""
from actors_places import (
    AIN_ISSA,
    AIN_ISSA_VILLAGERS,
    ASAYISH_RAQQA,
    CC_AND_NOTABLES,
    EAST_RAQQA,
    KARAMAH,
    KARAMAH_ATTACKERS,
    KARAMAH_CHECKPOINT,
    KARAMAH_DETAINEE,
    KARAMAH_DETAINEES,
    KARAMAH_NOTABLES,
    KARAMAH_RESIDENTS,
    RAQQA_CC,
    RAQQA_CITY,
    RAQQA_TRIBES,
    SANA_GOV,
    SDF_293,
    SDF_COALITION,
    SDF_RAQQA_2017,
    SDF_US,
    TABQA,
    TABQA_TEACHER,
    TR_SNA,
    UNKNOWN,
)
from common import ARREST, ATTACK, CLASH, PEACEFUL, SHELL, D, E, paras_of

SLUG = "karamah_2021_raqqa_tabqa_ain_issa_saida"
TODAY = D("2021-11-10")
YESTERDAY = D("2021-11-09")
ARTICLE = dict(
    id="team59-293", slug=SLUG, published="2021-11-10",
    outlet="Rasif al-Raqqa local news network (fictional)",
    paras=paras_of(f"293_{SLUG}.txt"),
    events=[
        # the attack on the SDF checkpoint at al-Karamah's western entrance «مساء أمس الثلاثاء»: headline 0,
        # lead 1 (the network's correspondent: three; the exchange of fire and the flight are the same
        # fight), the follow-up 4 (the SDF media centre: «two martyrs»; a medical source: three bodies), the
        # IS claim 9 (five) and the correction 15 (a back-reference) → 3 vs 2 vs 5 → 2
        E(True, ["ASSAULT"], [0, 1, 4, 9, 15], "بهجوم نفّذه", ["asserted", "reported"], mode="firearms",
          source=KARAMAH_ATTACKERS, recipient=KARAMAH_CHECKPOINT, location=KARAMAH, date=YESTERDAY,
          fatalities=2,
          attribution=["مراسل «رصيف الرقة»", "المركز الإعلامي لـ«قسد»", "مصدر طبي في مشفى الرقة الوطني",
                       "وكالة «أعماق»"], acled=CLASH, tpara=1),
        # the reinforcements that came too late are no new event (optional)
        E(False, ["MOBILIZE"], [1], "وصول التعزيزات", ["asserted"], mode="troops",
          source=SDF_293, location=KARAMAH, date=YESTERDAY),
        # one sentence, two events: the dawn raids and arrests (with Coalition helicopters) and the curfew
        E(True, ["COERCE"], [0, 2], "اعتقلت", ["asserted", "reported"], mode="arrest",
          source=SDF_COALITION, recipient=KARAMAH_DETAINEES, location=KARAMAH, date=TODAY,
          attribution=["مصادر محلية"], acled=ARREST, tpara=2),
        E(True, ["COERCE"], [0, 2], "حظراً للتجوال", ["asserted", "reported"], mode="curfew",
          source=SDF_293, location=KARAMAH, date=TODAY, attribution=["مصادر محلية"], tpara=2),
        # paragraph 3 (al-Karamah on the Euphrates, its farms and returnees) holds no event
        # the demonstration in spite of the curfew, its banners' demand (optional) and the SDF's shots in the
        # air to disperse it
        E(True, ["PROTEST"], [5], "مظاهرة", ["asserted", "reported"], mode="demo",
          source=KARAMAH_RESIDENTS, location=KARAMAH, date=TODAY, attribution=["مقاطع مصوّرة"],
          acled=PEACEFUL),
        E(False, ["REQUEST"], [5], "تطالب", ["asserted"],
          source=KARAMAH_RESIDENTS, recipient=SDF_293, location=KARAMAH, date=TODAY),
        E(True, ["COERCE", "ASSAULT"], [5], "يطلق عناصر", ["asserted", "reported"], mode="restrict",
          source=SDF_293, recipient=KARAMAH_RESIDENTS, location=KARAMAH, date=TODAY,
          attribution=["مقاطع مصوّرة"]),
        # the notables' meeting at the Raqqa Civil Council, their demand and the commander's pledge (AGREE);
        # the release he promises optional, planned
        E(True, ["CONSULT"], [6], "التقى", ["asserted"], mode="visit",
          source=KARAMAH_NOTABLES, recipient=RAQQA_CC, location=RAQQA_CITY, date=TODAY),
        E(True, ["REQUEST"], [6], "وطالبوا", ["asserted"],
          source=KARAMAH_NOTABLES, recipient=RAQQA_CC, location=RAQQA_CITY, date=TODAY),
        E(True, ["AGREE"], [6], "تعهّد", ["asserted", "reported"],
          source=SDF_293, recipient=KARAMAH_NOTABLES, location=RAQQA_CITY, date=TODAY,
          attribution=["أحد أعضاء الوفد"]),
        E(False, ["RETREAT"], [6], "بإطلاق سراح", ["planned"], mode="release",
          source=SDF_293, recipient=KARAMAH_DETAINEES, date=None),
        # a detainee's death under torture: rumoured on Facebook, denied by the Asayish
        E(True, ["ASSAULT"], [7], "وفاة", ["rumored", "negated"], mode="torture",
          source=ASAYISH_RAQQA, recipient=KARAMAH_DETAINEE, location=RAQQA_CITY, date=TODAY,
          attribution=["حسابات محلية على «فيسبوك»", "مسؤول في المكتب الإعلامي للأسايش"], acled=ATTACK),
        # the state agency's accusation (its content, the «kidnapping» for conscription, is the raid of ¶2 in
        # other words) and its call on the tribes (optional)
        E(True, ["ACCUSE"], [8], "واتهمت", ["asserted", "reported"],
          source=SANA_GOV, recipient=SDF_US, date=TODAY, attribution=["«مصادر أهلية»"]),
        E(False, ["REQUEST"], [8], "ودعت", ["asserted"],
          source=SANA_GOV, recipient=RAQQA_TRIBES, date=TODAY),
        # a tribal sheikh's conditional warning (made: asserted); the «civil disobedience» optional,
        # hypothetical
        E(True, ["THREATEN"], [10], "وحذّر", ["asserted", "reported"], mode="boycott",
          source=RAQQA_TRIBES, recipient=SDF_293, location=EAST_RAQQA, date=TODAY,
          attribution=["تسجيل صوتي"]),
        E(False, ["PROTEST"], [10], "«عصيان مدني»", ["hypothetical"], mode="strike",
          source=RAQQA_TRIBES, location=EAST_RAQQA, date=None),
        # the joint committee's first session on Saturday (planned; reviewing the names is its purpose)
        E(True, ["CONSULT"], [11], "أولى جلساتها", ["planned"], mode="multilateral",
          source=CC_AND_NOTABLES, date=D("2021-11-13"), attribution=["المجلس على معرّفاته"]),
        # paragraph 12 (repeated attacks since the start of the year: an aggregate) holds no event
        # background at another place: a teacher assassinated in al-Tabqa «مساء الأحد الماضي» (core,
        # historical, 1); the SDF's capture of Raqqa in October 2017 optional, historical
        E(True, ["ASSAULT"], [13], "اغتالوا", ["historical", "asserted"], mode="assassinate",
          source=UNKNOWN, recipient=TABQA_TEACHER, location=TABQA, date=D("2021-11-07"), fatalities=1,
          acled=ATTACK),
        E(False, ["ASSAULT"], [13], "سيطرت", ["historical"], mode="firearms",
          source=SDF_RAQQA_2017, location=RAQQA_CITY, date=D("2017-10-15", "month", ("2017-10-01",
                                                                                    "2017-10-31")),
          acled=CLASH),
        # the Turkish and SNA shelling of two villages near Ain Issa «ليل أمس» (no one hurt: the shelling is
        # not negated)
        E(True, ["ASSAULT"], [14], "قصفت", ["asserted", "reported"], mode="heavy-weapons",
          source=TR_SNA, recipient=AIN_ISSA_VILLAGERS, location=AIN_ISSA, date=YESTERDAY,
          attribution=["مصادر محلية"], acled=SHELL),
        # paragraph 15 (the correction) only points back at the checkpoint attack
    ],
)
