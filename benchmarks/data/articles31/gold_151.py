"""Gold of article 151: western Qalamoun (Yabroud, the Rima farms, Qara, Rankous/Sednaya, Flita, an-Nabk), an
opposition media network, 2014-02-19 (Wed)."""
from actors_places import (
                           FLITA,
                           FLITA_FARMS,
                           FLITA_IDPS,
                           FLITA_VICTIMS,
                           INTL_ORGS,
                           MIL_SEC,
                           NABK,
                           QAL_CLASH,
                           QAL_HIST,
                           QAL_RELIEF,
                           QARA,
                           RANKOUS,
                           RANKOUS_DELEGATION,
                           RANKOUS_FACTIONS,
                           RANKOUS_SEDNAYA,
                           REGIME_151,
                           REGIME_AFI,
                           REGIME_HEZB,
                           RIMA,
                           RIMA_QARA,
                           SNC,
                           SY_ARMY_151,
                           SY_REGIME_AIR,
                           SY_TOWNS_RESIDENTS,
                           YABROUD,
                           YABROUD_CIVILIANS,
                           YABROUD_FIGHTERS,
                           YABROUD_PROTESTERS,
                           YABROUD_SOUQ,
                           YABROUD_TANS,
                           YABROUD_YOUTHS,
)
from common import AIR, ARREST, CLASH, PEACEFUL, SHELL, D, E, paras_of

SLUG = "qalamoun_yabroud_rima_farms_rankous_flita"
YESTERDAY_OR_TODAY = D("2014-02-19", "day", ("2014-02-18", "2014-02-19"))
ARTICLE = dict(
    id="team31-151", slug=SLUG, published="2014-02-19", outlet="Mir'at al-Qalamoun opposition media network (fictional)",
    paras=paras_of(f"151_{SLUG}.txt"),
    events=[
        # the barrel bombs on Yabroud this morning: headline 0, lead 1 (the coordination page: 4 killed), and the
        # field doctor's account nine paragraphs later (10: five bodies, the two helicopters) → one event, 4 killed
        E(True, ["ASSAULT"], [0, 1, 10], "إلقاء", ["asserted", "reported"], mode="aerial",
          source=SY_REGIME_AIR, recipient=YABROUD_CIVILIANS, location=YABROUD, date=D("2014-02-19"), fatalities=4,
          attribution=["صفحة تنسيقية مدينة يبرود على فيسبوك", "طبيب في المشفى الميداني بيبرود"], acled=AIR,
          tpara=1),
        # the fight at the Rima farms since dawn yesterday, two-sided (headline 0): at least ten Hezbollah fighters
        # per the rebel commander plus three rebels per activists → 13; the artillery cover is the same battle
        # (optional as a separate shelling)
        E(True, ["ASSAULT"], [0, 2], "اشتباكات", ["asserted", "reported"], mode="firearms",
          source=QAL_CLASH, location=RIMA, date=D("2014-02-18", "day", ("2014-02-18", "2014-02-19")), fatalities=13,
          attribution=["قائد ميداني لمرآة القلمون", "ناشطون"], acled=CLASH, tpara=2),
        E(False, ["ASSAULT"], [2], "غطاء مدفعي", ["asserted"], mode="heavy-weapons",
          source=REGIME_HEZB, location=RIMA_QARA, date=D("2014-02-18", "day", ("2014-02-18", "2014-02-19")),
          acled=SHELL),
        # reinforcements to Qara (told by field sources only) and the 48-hour ultimatum told by Hezbollah-close media
        # (the threat is made; the «decisive operation» it announces is only hypothetical: optional)
        E(True, ["MOBILIZE"], [3], "تعزيزات", ["reported", "asserted"], mode="troops",
          source=REGIME_HEZB, location=QARA, date=YESTERDAY_OR_TODAY, attribution=["مصادر ميدانية"]),
        E(True, ["THREATEN"], [3], "أمهل", ["reported", "asserted"], mode="violence",
          source=SY_ARMY_151, recipient=YABROUD_FIGHTERS, location=YABROUD, date=YESTERDAY_OR_TODAY,
          attribution=["وسائل إعلام مقربة من الحزب عن مصدر عسكري"]),
        E(False, ["ASSAULT"], [3], "عملية الحسم", ["hypothetical", "planned"], mode="heavy-weapons",
          source=SY_ARMY_151, location=YABROUD, date=None),
        # paragraph 4 (the town's population and its only road to Arsal) holds no event
        # Monday's meeting of the Rankous notables with Military Security officers in Sednaya (headline 0), the
        # officers' demand, the offered halt to shelling in exchange (an offer: optional), and the second meeting
        # due on Saturday (planned)
        E(True, ["CONSULT"], [0, 5], "التقى", ["asserted", "reported"],
          source=RANKOUS_DELEGATION, recipient=MIL_SEC, location=RANKOUS_SEDNAYA, date=D("2014-02-17"),
          attribution=["صفحة رنكوس الحرة على فيسبوك"], tpara=5),
        E(True, ["REQUEST"], [5], "طالب الضباط", ["reported", "asserted"],
          source=MIL_SEC, recipient=RANKOUS_DELEGATION, location=RANKOUS_SEDNAYA, date=D("2014-02-17"),
          attribution=["صفحة رنكوس الحرة على فيسبوك"]),
        E(False, ["AGREE"], [5], "مقابل وقف القصف", ["hypothetical", "reported"],
          source=MIL_SEC, recipient=RANKOUS_DELEGATION, location=RANKOUS_SEDNAYA, date=None),
        E(True, ["CONSULT"], [5], "لقاء ثانٍ", ["planned"],
          source=RANKOUS_DELEGATION, recipient=MIL_SEC, location=RANKOUS_SEDNAYA, date=D("2014-02-22")),
        # the Rankous factions' video statement last night: rejection of any settlement with the regime and the
        # accusation of the delegation; «شيئاً لم يوقَّع» negates an agreement (optional)
        E(True, ["REJECT"], [6], "رفض", ["asserted"],
          source=RANKOUS_FACTIONS, recipient=REGIME_151, location=RANKOUS, date=D("2014-02-18"),
          attribution=["بيان مصور على يوتيوب"]),
        E(True, ["ACCUSE"], [6], "واتهم", ["asserted"],
          source=RANKOUS_FACTIONS, recipient=RANKOUS_DELEGATION, location=RANKOUS, date=D("2014-02-18")),
        E(False, ["AGREE"], [6], "لم يوقَّع", ["negated"],
          source=RANKOUS_DELEGATION, recipient=MIL_SEC, location=RANKOUS, date=None),
        # two air strikes near Flita at noon (seven wounded, nobody killed); the 1,200 families who left since the
        # campaign began are an aggregate (no event)
        E(True, ["ASSAULT"], [7], "غارتين", ["asserted", "reported"], mode="aerial",
          source=SY_REGIME_AIR, recipient=FLITA_VICTIMS, location=FLITA, date=D("2014-02-19"),
          attribution=["ناشطون من البلدة"], acled=AIR),
        # arrest of three students at the Air Force Intelligence checkpoint of an-Nabk last night (the brokers'
        # offer is no event)
        E(True, ["COERCE"], [8], "اعتقلت", ["asserted", "reported"], mode="arrest",
          source=REGIME_AFI, recipient=YABROUD_YOUTHS, location=NABK, date=D("2014-02-18"),
          attribution=["أحد أقاربهم"], acled=ARREST),
        # last night's demonstration in the old market («وكان … قد» for a recent act: asserted), the condemnation of
        # the world's silence (optional) and the demand to the Coalition and the interim government
        E(True, ["PROTEST"], [9], "مظاهرة ليلية", ["asserted"], mode="demo",
          source=YABROUD_PROTESTERS, location=YABROUD_SOUQ, date=D("2014-02-18"), acled=PEACEFUL),
        E(False, ["ACCUSE"], [9], "ونددوا", ["asserted"],
          source=YABROUD_PROTESTERS, location=YABROUD, date=D("2014-02-18")),
        E(True, ["REQUEST"], [9], "مطالبين", ["asserted"],
          source=YABROUD_PROTESTERS, recipient=SNC, location=YABROUD, date=D("2014-02-18")),
        # loyalist pages' claim that the army broke through at Rima and entered Yabroud's eastern outskirts,
        # denied by activists: a distinct claimed act (a takeover), rumoured and negated
        E(True, ["ASSAULT", "COERCE"], [11], "ودخول «الجيش»", ["rumored", "negated", "reported"], mode="seize",
          source=SY_ARMY_151, recipient=YABROUD_FIGHTERS, location=RIMA,
          date=D("2014-02-18", "day", ("2014-02-18", "2014-02-19")),
          attribution=["صفحات موالية للنظام على فيسبوك", "ناشطون من داخل المدينة"], acled=CLASH),
        # background: the takeover of Qara, Deir Atiyah and an-Nabk from mid-November (optional, historical); the
        # hundreds killed and tens of thousands displaced are aggregates
        E(False, ["ASSAULT", "COERCE"], [12], "سيطرة", ["historical"], mode="seize",
          source=REGIME_HEZB, location=QAL_HIST, date=D("2013-12-01", "month", ("2013-11-15", "2013-12-31")),
          acled=CLASH),
        # the relief union's distribution yesterday in the Flita farms and its appeal to the organisations in Arsal
        E(True, ["AID"], [13], "وزّع", ["asserted", "reported"], mode="humanitarian",
          source=QAL_RELIEF, recipient=FLITA_IDPS, location=FLITA_FARMS, date=D("2014-02-18"),
          attribution=["اتحاد الإغاثة في القلمون"]),
        E(True, ["REQUEST"], [13], "وناشد", ["asserted"],
          source=QAL_RELIEF, recipient=INTL_ORGS, date=YESTERDAY_OR_TODAY),
        # the FSA's silence is no event; the demonstrations called for next Friday (planned) and the call itself
        # (optional)
        E(True, ["PROTEST"], [14], "مظاهرات", ["planned"], mode="demo",
          source=SY_TOWNS_RESIDENTS, date=D("2014-02-21")),
        E(False, ["REQUEST"], [14], "دعت", ["asserted"],
          source=YABROUD_TANS, recipient=SY_TOWNS_RESIDENTS, date=D("2014-02-19")),
    ],
)
