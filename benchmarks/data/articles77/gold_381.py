"""Gold of article 381: a march in al-Houla on the third anniversary of its massacre, barrel bombs on
al-Rastan, the artillery shelling of Talbiseh's market (main event), the local council's accusation and
appeal, a rebel threat, rumoured reinforcements near Teir Maalla, a UN convoy due on Thursday, wounded
kept from Homs's hospitals, the Houla massacre of 25 May 2012, arrests at a Homs checkpoint and the
National Coalition's solidarity (northern Homs countryside, Syria), a Syrian opposition local news
network, 2015-05-26 (Tue). Dateline «الرستن – «شبكة الزعفرانة»:»; the main event comes first in ¶3, after
the march and the barrel bombs, and its toll conflicts (the local council's eight, the civil defence's
eleven → 8)."""
from actors_places import (
    HOMS_HIGHWAY,
    HOMS_NORTH_GATE,
    HOMS_WOUNDED,
    HOULA,
    HOULA_PERPETRATORS,
    HOULA_PROTESTERS,
    HOULA_VICTIMS,
    HOULA_YOUTHS,
    INTL_ORGS,
    MARKET_WOUNDED,
    NORTH_BRIGADES,
    RASTAN,
    RASTAN_TALBISEH,
    SANA_TERRORISTS,
    SNC,
    SY_CHECKPOINTS,
    SY_MIL_SECURITY,
    SY_REGIME,
    SY_REGIME_HELI,
    SY_REGIME_REINF,
    TALBISEH,
    TALBISEH_CIVILIANS,
    TALBISEH_COUNCIL,
    TALBISEH_FIELD_HOSPITAL,
    TALBISEH_HOULA_PEOPLE,
    TEIR_MAALLA,
    UN_COI,
    UN_SARC,
    UNSC,
)
from common import AIR, ARREST, ATTACK, PEACEFUL, SHELL, D, E, paras_of

SLUG = "talbiseh_2015_rastan_houla_taldou"
TODAY = D("2015-05-26")
YDAY = D("2015-05-25")
TODAY_OPEN = D("2015-05-26", "day", ("2015-05-25", "2015-05-26"))
ARTICLE = dict(
    id="team77-381", slug=SLUG, published="2015-05-26",
    outlet="Shabakat al-Zaafarana, Syrian opposition local news network (fictional)",
    paras=paras_of(f"381_{SLUG}.txt"),
    events=[
        # ¶1: the anniversary march in Taldou «مساء أمس الاثنين» (headline 0); the banners' demand is optional
        E(True, ["PROTEST"], [0, 1], "مظاهرة", ["asserted"], mode="demo",
          source=HOULA_PROTESTERS, location=HOULA, date=YDAY, acled=PEACEFUL, tpara=1),
        E(False, ["REQUEST"], [1], "تطالب", ["asserted"],
          source=HOULA_PROTESTERS, location=HOULA, date=YDAY),
        # ¶2: barrel bombs on al-Rastan without casualties (still asserted)
        E(True, ["ASSAULT"], [2], "ألقت", ["asserted"], mode="aerial",
          source=SY_REGIME_HELI, location=RASTAN, date=YDAY, attribution=["مراسل الشبكة في المدينة"],
          acled=AIR),
        # MAIN EVENT, first told in ¶3: the shelling of Talbiseh's market before sunset yesterday (headline
        # 0; ¶3: the council's eight; ¶4: a trader's account; ¶6: the field hospital; ¶7: the civil
        # defence's eleven; ¶8: SANA's version of the same strike) → 8. The council's «المجزرة» in ¶9 is a
        # back-reference.
        E(True, ["ASSAULT"], [0, 3, 4, 6, 7, 8], "قصف مدفعي", ["asserted", "reported"], mode="heavy-weapons",
          source=SY_REGIME, recipient=TALBISEH_CIVILIANS, location=TALBISEH, date=YDAY, fatalities=8,
          attribution=["«المجلس المحلي لمدينة تلبيسة»", "مركز «الدفاع المدني» في ريف حمص الشمالي",
                       "«سانا» عن مصدر عسكري"],
          acled=SHELL, tpara=3),
        # ¶6: the field hospital's call for blood donors (optional)
        E(False, ["REQUEST"], [6], "نداء", ["asserted"],
          source=TALBISEH_FIELD_HOSPITAL, date=TODAY_OPEN),
        # ¶8: SANA's source claims the «gatherings» were preparing to strike villages (optional, hypothetical)
        E(False, ["ASSAULT"], [8], "لاستهداف", ["hypothetical", "reported"], mode="firearms",
          source=SANA_TERRORISTS, date=None),
        # ¶9: one sentence, two events: the council blames the regime and appeals to aid organisations
        E(True, ["ACCUSE"], [9], "وحمّل", ["asserted"],
          source=TALBISEH_COUNCIL, recipient=SY_REGIME, date=TODAY_OPEN,
          attribution=["بيان نشره على معرّفاته الرسمية"]),
        E(True, ["REQUEST"], [9], "وناشد", ["asserted"],
          source=TALBISEH_COUNCIL, recipient=INTL_ORGS, location=TALBISEH, date=TODAY_OPEN,
          attribution=["بيان نشره على معرّفاته الرسمية"]),
        # ¶10: the rebel gathering's threat; the threatened strikes on checkpoints are optional, hypothetical
        E(True, ["THREATEN"], [10], "وتوعّد", ["asserted"], mode="violence",
          source=NORTH_BRIGADES, recipient=SY_REGIME, date=TODAY_OPEN, attribution=["بيان مقتضب"]),
        E(False, ["ASSAULT"], [10], "باستهداف", ["hypothetical"], mode="firearms",
          source=NORTH_BRIGADES, recipient=SY_REGIME, location=HOMS_HIGHWAY, date=None),
        # ¶11: reinforcements near Teir Maalla, told by local sources, unconfirmed (rumoured); the feared
        # storming of Talbiseh is optional, hypothetical
        E(True, ["MOBILIZE"], [11], "تعزيزات", ["rumored", "reported"], mode="troops",
          source=SY_REGIME_REINF, location=TEIR_MAALLA,
          date=D("2015-05-25", "day", ("2015-05-24", "2015-05-26")),
          attribution=["مصادر محلية"]),
        E(False, ["ASSAULT"], [11], "اقتحام", ["hypothetical", "rumored"], mode="firearms",
          source=SY_REGIME, location=TALBISEH, date=None),
        # ¶12: a UN and SARC convoy due «يوم الخميس المقبل» (planned AID)
        E(True, ["AID"], [12], "قافلة مساعدات", ["planned"], mode="humanitarian",
          source=UN_SARC, location=RASTAN_TALBISEH, date=D("2015-05-28"), attribution=["منسقو القافلة"]),
        # ¶13: the checkpoints did not let five wounded out to Homs (RETREAT access, negated; COERCE accepted)
        E(True, ["RETREAT", "COERCE"], [13], "ولم تسمح", ["negated", "asserted"], mode="access",
          source=SY_CHECKPOINTS, recipient=MARKET_WOUNDED, location=HOMS_WOUNDED, date=TODAY,
          attribution=["المشفى الميداني"]),
        # Background at another place, in «وكانت … قد»: the Houla massacre of 25 May 2012 (headline 0 and the
        # lead's relative clause 1) → «أكثر من مئة» = 100; the UN inquiry's blame is optional, historical
        E(True, ["ASSAULT"], [0, 1, 14], "مجزرة", ["historical", "asserted"], mode="firearms",
          source=HOULA_PERPETRATORS, recipient=HOULA_VICTIMS, location=HOULA, date=D("2012-05-25"),
          fatalities=100, acled=ATTACK, tpara=14),
        E(False, ["ACCUSE"], [14], "وحمّلت", ["historical", "asserted"],
          source=UN_COI, recipient=HOULA_PERPETRATORS, date=None),
        # ¶15 (numbers, prices, fuel) holds no event. ¶16: six students arrested at a Homs checkpoint
        E(True, ["COERCE"], [16], "واعتقلت", ["asserted", "reported"], mode="arrest",
          source=SY_MIL_SECURITY, recipient=HOULA_YOUTHS, location=HOMS_NORTH_GATE, date=TODAY,
          attribution=["ذووهم"], acled=ARREST),
        # ¶17: the National Coalition's solidarity (SUPPORT); its call on the Security Council is optional
        E(True, ["SUPPORT"], [17], "تضامنه", ["asserted"],
          source=SNC, recipient=TALBISEH_HOULA_PEOPLE, date=TODAY_OPEN),
        E(False, ["REQUEST"], [17], "داعياً", ["asserted"],
          source=SNC, recipient=UNSC, date=TODAY_OPEN),
    ],
)
