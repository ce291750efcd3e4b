"""Gold of article 482: army shelling of al-Bara in Jabal al-Zawiya (main event, told first in the lead; six
dead per the Observatory, nine per the coordination committees), the state channel's version, a rebel ambush
on a convoy near Ariha, UN observers touring Ariha, the SNC's accusation and demand, arrests in Idlib city,
protests called for Friday, a rebel commander's conditional threat, rumoured reinforcements, heavy weapons not
withdrawn, the burial, the GCC's support, the month's tally, and three drivers abducted near Saraqib on 24 May
2012 (Idlib, Syria), a Qatari daily newspaper's website, 2012-06-06 (Wed). Dateline «الدوحة» (a foreign
capital)."""
from actors_places import (
    AMBUSH_SIDES,
    ARIHA,
    ARIHA_NOTABLES,
    ARIHA_ROAD,
    BARA,
    BARA_CIVILIANS,
    FSA,
    FSA_COMMANDER,
    GCC,
    IDLIB_CITY,
    IDLIB_COMMITTEES,
    IDLIB_GOV,
    IDLIB_PROTESTERS,
    IDLIB_TOWNS,
    IDLIB_YOUTHS,
    MASTUMAH,
    SARAQIB_DRIVERS,
    SARAQIB_KIDNAPPERS,
    SARAQIB_ROAD,
    SNC,
    SY_ARMY,
    SY_CHECKPOINTS,
    SY_PEOPLE,
    SY_REGIME,
    SY_SECURITY,
    UNSC,
    UNSMIS,
    ZAWIYA_ALL,
    ZAWIYA_TOWNS,
)
from common import ABDUCTION, ARREST, CLASH, PEACEFUL, SHELL, D, E, paras_of

SLUG = "bara_2012_ariha_saraqib"
TODAY = D("2012-06-06")
# a statement or an act of the day whose hour the text does not give: today, or the evening before
TODAY_OR_EVE = D("2012-06-06", "day", ("2012-06-05", "2012-06-06"))
ARTICLE = dict(
    id="team97-482", slug=SLUG, published="2012-06-06",
    outlet="al-Marfa, a Qatari daily newspaper's website (fictional)",
    paras=paras_of(f"482_{SLUG}.txt"),
    events=[
        # MAIN EVENT, told first in the lead after the dateline (passive «قُتل»): the army's shelling of
        # al-Bara at dawn; the committees' count and an activist ¶2, the state channel's version ¶3 and the
        # burial ¶13 retell it; the headline names it. Six per the Observatory against nine per the
        # committees → 6
        E(True, ["ASSAULT"], [0, 1, 2, 3, 13], "قصف مدفعي", ["asserted"], mode="heavy-weapons",
          source=SY_ARMY, recipient=BARA_CIVILIANS, location=BARA, date=TODAY, fatalities=6,
          attribution=["المرصد السوري لحقوق الإنسان", "لجان التنسيق المحلية", "«الإخبارية السورية»"],
          acled=SHELL, tpara=1),
        # ¶4, verb-subject-object with a possessive subject: the rebel ambush and the clash with the convoy
        # (one fight, both sides sources; four soldiers dead per the rebels' video)
        E(True, ["ASSAULT"], [4], "وهاجم", ["reported", "asserted"], mode="firearms",
          source=AMBUSH_SIDES, location=ARIHA_ROAD, date=TODAY, fatalities=4,
          attribution=["«المجلس العسكري في إدلب»"], acled=CLASH),
        # ¶5: the observers' tour of Ariha and their meeting (the headline names it; «قصف البارة» is a
        # back-reference; «من دون أن يتمكن» negates nothing)
        E(True, ["CONSULT"], [0, 5], "وجال", ["asserted"], mode="visit",
          source=UNSMIS, recipient=ARIHA_NOTABLES, location=ARIHA, date=TODAY,
          attribution=["ناشطون رافقوا الفريق"], tpara=5),
        # ¶6: the SNC's accusation and its demand, two events joined with «و» and a second verb
        E(True, ["ACCUSE"], [6], "وحمّل", ["asserted"],
          source=SNC, recipient=SY_REGIME, date=TODAY, attribution=["بيان أصدره من إسطنبول"]),
        E(True, ["REQUEST"], [6], "وطالب", ["asserted"],
          source=SNC, recipient=UNSC, date=TODAY),
        # ¶7: arrests in Idlib city told by activists (reported); the night demonstration of the day before is
        # optional (historical)
        E(True, ["COERCE"], [7], "اعتقلت", ["reported"], mode="arrest",
          source=SY_SECURITY, recipient=IDLIB_YOUTHS, location=IDLIB_CITY, date=TODAY_OR_EVE,
          attribution=["ناشطون"], acled=ARREST),
        E(False, ["PROTEST"], [7], "تظاهرة ليلية", ["historical", "asserted"], mode="demo",
          source=IDLIB_PROTESTERS, location=IDLIB_CITY,
          date=D("2012-06-05", "day", ("2012-06-04", "2012-06-05")), acled=PEACEFUL),
        # ¶8: the protests called for Friday (planned); the call itself is optional
        E(True, ["PROTEST"], [8], "تظاهرات حاشدة", ["planned"], mode="demo",
          source=IDLIB_COMMITTEES, location=IDLIB_TOWNS, date=D("2012-06-08")),
        E(False, ["REQUEST"], [8], "ودعت", ["asserted"],
          source=IDLIB_COMMITTEES, location=IDLIB_TOWNS, date=TODAY),
        # ¶9 (Jabal al-Zawiya described) holds no event. ¶10: the commander's conditional threat (asserted);
        # the attack on the checkpoints is hypothetical (optional)
        E(True, ["THREATEN"], [10], "وتوعّد", ["asserted"], mode="violence",
          source=FSA_COMMANDER, recipient=SY_CHECKPOINTS, location=ZAWIYA_ALL, date=TODAY,
          attribution=["«المرفأ»"]),
        E(False, ["ASSAULT"], [10], "باستهداف", ["hypothetical"], mode="firearms",
          source=FSA, recipient=SY_CHECKPOINTS, date=None),
        # ¶11: reinforcements told by opposition sources and not confirmed (rumoured, no actor named in the
        # paragraph); the storming they may prepare is optional (hypothetical)
        E(True, ["MOBILIZE"], [11], "وصول تعزيزات", ["rumored", "reported"], mode="troops",
          location=MASTUMAH, date=TODAY_OR_EVE, attribution=["مصادر معارضة"]),
        E(False, ["ASSAULT"], [11], "لاقتحام", ["hypothetical"],
          location=ZAWIYA_TOWNS, date=None),
        # ¶12: the heavy weapons not withdrawn (negated RETREAT)
        E(True, ["RETREAT"], [12], "تسحب", ["negated"], mode="withdraw",
          source=SY_ARMY, location=ZAWIYA_TOWNS, date=TODAY, attribution=["ناشطون"]),
        # ¶13: the burial belongs to the main event. ¶14 (analysis) holds no event. ¶15: the GCC's support
        # (its renewed call optional)
        E(True, ["SUPPORT"], [15], "تأييده", ["asserted"],
          source=GCC, recipient=SY_PEOPLE, date=TODAY_OR_EVE),
        E(False, ["REQUEST"], [15], "دعوته", ["asserted"],
          source=GCC, recipient=UNSMIS, date=TODAY_OR_EVE),
        # ¶16: the committees' tally since early May, an aggregate (optional, generic)
        E(False, ["ASSAULT"], [16], "مقتل", ["generic"],
          location=IDLIB_GOV, date=None),
        # ¶17, «وكان … قد» at another place: three drivers abducted on 24 May (core, historical)
        E(True, ["ASSAULT"], [17], "اختطفوا", ["historical", "asserted"], mode="abduct",
          source=SARAQIB_KIDNAPPERS, recipient=SARAQIB_DRIVERS, location=SARAQIB_ROAD, date=D("2012-05-24"),
          acled=ABDUCTION),
    ],
)
