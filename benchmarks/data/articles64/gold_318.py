"""Gold of article 318: Jubata al-Khashab, Khan Arnabah and al-Baath, the occupied Golan, Tal al-Shaar and Bir
Ajam (Quneitra, Syria), a pan-Arab daily, 2016-10-20 (Thu)."""
from actors_places import (
    BAATH_CHECKPOINT,
    BIR_AJAM,
    BIR_AJAM_SHEPHERDS,
    HEZBOLLAH_IRGC,
    IDF,
    IL_DEF_MIN,
    IL_DRONE,
    ISRAEL,
    JUBATA,
    JUBATA_FAMILIES,
    JUBATA_VICTIMS,
    KHAN_ARNABAH_BAATH,
    KHAN_ARNABAH_CIVILIANS,
    KHAN_ARNABAH_YOUTHS,
    MIL_SECURITY_BAATH,
    NEW_YORK_UN,
    OCCUPIED_GOLAN,
    QUN_REBELS,
    QUNEITRA_COUNTRYSIDE,
    SAFED_BORDER,
    SY_ARMY_COMMAND,
    SY_ARMY_POSITIONS,
    SY_MOFA,
    SY_REGIME,
    SY_REGIME_HELI,
    SYRIAN_SIDE,
    SYRIAN_WOUNDED,
    TAL_SHAAR_BAATH,
    UN_DPKO,
    UNDOF,
    UNKNOWN,
    UNSC,
)
from common import ABDUCTION, AIR, ARREST, MINE, SHELL, D, E, paras_of

SLUG = "quneitra_2016_jubata_al_khashab_khan_arnabah_baath_bir_ajam"
TODAY = D("2016-10-20")
YESTERDAY = D("2016-10-19")
SINCE_YESTERDAY = D("2016-10-19", "day", ("2016-10-19", "2016-10-20"))
AUTUMN_2014 = D("2014-10-15", "month", ("2014-08-01", "2014-11-30"))
ARTICLE = dict(
    id="team64-318", slug=SLUG, published="2016-10-20",
    outlet="Al-Mashriq London-based pan-Arab daily (fictional)",
    paras=paras_of(f"318_{SLUG}.txt"),
    events=[
        # the regime's barrel bombs on Jubata al-Khashab «أمس الأربعاء»: headline 0 («يقتل ستة مدنيين»), lead
        # 1 (the Syrian Observatory: six), the follow-up 5 (the field hospital: five bodies; the local
        # council: seven), ¶7 (SANA's source leaves them out: «من دون أن تشير إلى البراميل التي أُلقيت», a
        # back-reference) and the quote 15 is a generic remark → 6 vs 5 vs 7 → 5
        E(True, ["ASSAULT"], [0, 1, 5, 7], "ألقت مروحيات", ["asserted", "reported"], mode="aerial",
          source=SY_REGIME_HELI, recipient=JUBATA_VICTIMS, location=JUBATA, date=YESTERDAY, fatalities=5,
          attribution=["المرصد السوري لحقوق الإنسان", "طبيب في المشفى الميداني بالبلدة", "المجلس المحلي"],
          acled=AIR, tpara=1),
        # one sentence, two events: the Israeli strikes on two regime artillery positions (headline «بغارات»;
        # told again in ¶4 as «العدوان» the Syrian army says it repelled) and, given as their cause, the two
        # shells from the Syrian side on an open area of the occupied Golan (no source: who fired is not said;
        # «من دون أن تسفرا عن إصابات» negates nothing)
        E(True, ["ASSAULT"], [0, 2, 4], "قصفت طائرات حربية إسرائيلية", ["asserted", "reported"],
          mode="aerial",
          source=IDF, recipient=SY_ARMY_POSITIONS, location=KHAN_ARNABAH_BAATH, date=YESTERDAY,
          attribution=["بيان للجيش الإسرائيلي"], acled=AIR, tpara=2),
        E(True, ["ASSAULT"], [0, 2], "سقوط قذيفتين", ["asserted", "reported"], mode="heavy-weapons",
          location=OCCUPIED_GOLAN, date=YESTERDAY, attribution=["بيان للجيش الإسرائيلي"], acled=SHELL,
          tpara=2),
        # paragraph 3 (the governorate, the strip along the line, its few remaining farmers) holds no event
        # the Syrian army's claim to have downed an Israeli drone, denied by an Israeli army spokesman, and
        # its accusation of Israel (ACCUSE; the fire support is its content)
        E(True, ["ASSAULT"], [4], "وأسقطت طائرة استطلاع", ["reported", "negated"], mode="heavy-weapons",
          source=SY_ARMY_COMMAND, recipient=IL_DRONE, location=QUNEITRA_COUNTRYSIDE, date=YESTERDAY,
          attribution=["القيادة العامة للجيش السوري", "ناطقاً باسم الجيش الإسرائيلي"]),
        E(True, ["ACCUSE"], [4], "متهمةً", ["asserted"],
          source=SY_ARMY_COMMAND, recipient=ISRAEL, date=YESTERDAY),
        # the families who left Jubata al-Khashab last evening (optional: flight, not a coerced act)
        E(False, ["RETREAT"], [5], "ونزحت", ["asserted"], source=JUBATA_FAMILIES, location=JUBATA,
          date=YESTERDAY),
        # one sentence, two events: the Israeli minister holds the regime responsible (ACCUSE) and warns
        # (THREATEN, made); the harder response he foresees optional, hypothetical
        E(True, ["ACCUSE"], [6], "وحمّل", ["asserted"],
          source=IL_DEF_MIN, recipient=SY_REGIME, date=SINCE_YESTERDAY),
        E(True, ["THREATEN"], [6], "محذراً", ["asserted", "reported"], mode="violence",
          source=IL_DEF_MIN, recipient=SY_REGIME, date=SINCE_YESTERDAY, attribution=["الإذاعة الإسرائيلية"]),
        E(False, ["ASSAULT"], [6], "سترد", ["hypothetical"], mode="aerial",
          source=IL_DEF_MIN, recipient=SY_REGIME, date=None),
        # the rebels' mortar shells on Khan Arnabah and al-Baath, told only by SANA's source (three wounded)
        E(True, ["ASSAULT"], [7], "استهدفت بقذائف الهاون", ["reported", "asserted"], mode="heavy-weapons",
          source=QUN_REBELS, recipient=KHAN_ARNABAH_CIVILIANS, location=KHAN_ARNABAH_BAATH, date=YESTERDAY,
          attribution=["سانا", "مصدر في محافظة القنيطرة"], acled=SHELL),
        # Hezbollah and IRGC reinforcements at Tal al-Shaar overnight: rumoured in opposition circles, not
        # confirmed; the attack they are said to prepare optional, hypothetical
        E(True, ["MOBILIZE"], [8], "وصول تعزيزات", ["rumored", "reported"], mode="troops",
          source=HEZBOLLAH_IRGC, location=TAL_SHAAR_BAATH, date=SINCE_YESTERDAY,
          attribution=["أوساط المعارضة في ريف القنيطرة"]),
        E(False, ["ASSAULT"], [8], "لهجوم", ["hypothetical"], mode="firearms",
          source=HEZBOLLAH_IRGC, date=None),
        # one sentence, two events: the Syrian foreign ministry's letters accuse Israel (ACCUSE; the
        # coordination with al-Nusra is its content) and ask the Council to condemn (REQUEST; «إدانة
        # العدوان» is content)
        E(True, ["ACCUSE"], [9], "اتهمت", ["asserted"], source=SY_MOFA, recipient=ISRAEL,
          date=SINCE_YESTERDAY),
        E(True, ["REQUEST"], [9], "وطالبت", ["asserted"], source=SY_MOFA, recipient=UNSC,
          date=SINCE_YESTERDAY),
        # the Israeli army's transfer of four wounded Syrians to a hospital in Safed overnight (AID; the
        # earlier transfers are generic; Damascus's charge is content)
        E(True, ["AID"], [10], "نقل", ["asserted", "reported"], mode="humanitarian",
          source=IDF, recipient=SYRIAN_WOUNDED, location=SAFED_BORDER, date=SINCE_YESTERDAY,
          attribution=["الإذاعة الإسرائيلية"]),
        # the Security Council's closed session on UNDOF next Tuesday (planned); in a relative clause, UNDOF's
        # pull-back from the Syrian side in autumn 2014 and the abductions before it (optional, historical)
        E(True, ["CONSULT"], [11], "جلسة مغلقة", ["planned"], mode="multilateral",
          source=UNSC, recipient=UN_DPKO, location=NEW_YORK_UN, date=D("2016-10-25")),
        E(False, ["RETREAT"], [11], "انسحب", ["historical"], mode="withdraw",
          source=UNDOF, location=SYRIAN_SIDE, date=AUTUMN_2014),
        E(False, ["ASSAULT"], [11], "خطف", ["historical"], mode="abduct",
          source=UNKNOWN, recipient=UNDOF, date=AUTUMN_2014, acled=ABDUCTION),
        # background at another place: two shepherds killed by a landmine near Bir Ajam «صباح الأحد الماضي»
        # (core, historical, 2; no one laid it that the text names)
        E(True, ["ASSAULT"], [12], "بانفجار لغم أرضي", ["historical", "asserted"], mode="explosives",
          recipient=BIR_AJAM_SHEPHERDS, location=BIR_AJAM, date=D("2016-10-16"), fatalities=2,
          attribution=["ناشطين"], acled=MINE),
        # paragraph 13 (two hundred barrel bombs since January: an aggregate) holds no event
        # three young men of Khan Arnabah arrested at the checkpoint at al-Baath's entrance (undated: today or
        # yesterday)
        E(True, ["COERCE"], [14], "اعتقل", ["asserted", "reported"], mode="arrest",
          source=MIL_SECURITY_BAATH, recipient=KHAN_ARNABAH_YOUTHS, location=BAATH_CHECKPOINT,
          date=SINCE_YESTERDAY, attribution=["شبكة إخبارية محلية مقربة من المعارضة"], acled=ARREST),
        # paragraph 15 (a resident's remark: nothing left to shell but empty houses) holds no event
    ],
)
