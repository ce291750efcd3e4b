"""Gold of article 371: a rocket strike on Latamneh, a clash at a checkpoint between Morek and Souran, the
local council's condemnation, demand and refusal, barrel bombs on Qalaat al-Madiq, a rumoured column near
Mhardeh, a brigade's threat, a joint operations room, a Red Crescent convoy due on Saturday, students not
released, an air strike on Halfaya on 7 April and arrests in Hama (Hama, Syria), a Syrian opposition news
agency, 2013-04-18 (Thu). Dateline «حماة – «العاصي برس»:»; the main event is told first, in the lead,
with the state agency's version (¶2), a medic (¶4) and the coordination committee (¶11); one toll (7)."""
from actors_places import (
    FSA_RIF,
    HALFAYA,
    HALFAYA_VICTIMS,
    HAMA_CITY,
    HAMA_NBHD,
    HAMA_NORTH,
    HAMA_OPS_ROOM,
    HAMA_YOUTHS,
    LATAMNEH,
    LATAMNEH_CIVILIANS,
    LATAMNEH_COUNCIL,
    LATAMNEH_STUDENTS,
    MHARDEH,
    MHARDEH_MEDIATORS,
    MORAK_CP,
    MORAK_FIGHT,
    QALAAT_MADIQ,
    SARC,
    SY_COALITION_FOS,
    SY_MIL_SECURITY,
    SY_POL_SECURITY,
    SY_REGIME,
    SY_REGIME_AIR,
    SY_REGIME_COLUMN,
)
from common import AIR, ARREST, CLASH, SHELL, D, E, paras_of

SLUG = "latamneh_2013_morek_halfaya_mhardeh"
TODAY = D("2013-04-18")
TODAY_OPEN = D("2013-04-18", "day", ("2013-04-17", "2013-04-18"))
LAST_NIGHT = D("2013-04-17", "day", ("2013-04-17", "2013-04-18"))
ARTICLE = dict(
    id="team75-371", slug=SLUG, published="2013-04-18",
    outlet="al-Aasi Press, Syrian opposition news agency (fictional)",
    paras=paras_of(f"371_{SLUG}.txt"),
    events=[
        # MAIN EVENT, told first in the lead: the rocket strike on Latamneh «صباح اليوم» (headline 0; lead 1:
        # seven; the state agency's version 2; a medic 4: five and two children; the coordination committee's
        # list 11: seven) → 7
        E(True, ["ASSAULT"], [0, 1, 2, 4, 11], "قصف صاروخي", ["asserted", "reported"], mode="heavy-weapons",
          source=SY_REGIME, recipient=LATAMNEH_CIVILIANS, location=LATAMNEH, date=TODAY, fatalities=7,
          attribution=["مراسل الوكالة في البلدة", "«سانا» نقلاً عن مصدر عسكري", "مسعف في النقطة الطبية",
                       "«تنسيقية اللطامنة»"],
          acled=SHELL, tpara=1),
        # ¶2: the brigades' withdrawal from the district early in the winter, recalled (optional, historical)
        E(False, ["RETREAT"], [2], "انسحاب", ["historical"], mode="withdraw",
          source=FSA_RIF, location=LATAMNEH, date=None),
        # ¶3: the FSA attack on the checkpoint and the three-hour clash are one two-sided fight (headline 0):
        # four rebels killed; the rebels' pull-back at sunrise is optional
        E(True, ["ASSAULT"], [0, 3], "هاجمت", ["asserted", "reported"], mode="firearms",
          source=MORAK_FIGHT, location=MORAK_CP, date=TODAY, fatalities=4,
          attribution=["ناطق باسم «لواء شهداء الريف»"], acled=CLASH, tpara=3),
        E(False, ["RETREAT"], [3], "ينسحبوا", ["asserted", "reported"], mode="withdraw",
          source=FSA_RIF, location=MORAK_CP, date=TODAY),
        # ¶5 (Latamneh described) holds no event. ¶6: the local council's condemnation and its demand
        E(True, ["ACCUSE"], [6], "ودان", ["asserted"],
          source=LATAMNEH_COUNCIL, recipient=SY_REGIME, date=TODAY, attribution=["بيان المجلس المحلي"]),
        E(True, ["REQUEST"], [6], "وطالب", ["asserted"],
          source=LATAMNEH_COUNCIL, recipient=SY_COALITION_FOS, date=TODAY,
          attribution=["بيان المجلس المحلي"]),
        # ¶7: the council refuses the mediators' offer (REJECT); the offer itself is optional
        E(True, ["REJECT"], [7], "ورفض", ["asserted"],
          source=LATAMNEH_COUNCIL, recipient=MHARDEH_MEDIATORS, location=LATAMNEH, date=TODAY),
        E(False, ["AGREE"], [7], "عرضاً", ["asserted", "reported"],
          source=MHARDEH_MEDIATORS, recipient=LATAMNEH_COUNCIL, date=TODAY),
        # ¶8: two barrel bombs on Qalaat al-Madiq without casualties (still an event: asserted)
        E(True, ["ASSAULT"], [8], "ألقت", ["asserted"], mode="aerial",
          source=SY_REGIME, location=QALAAT_MADIQ, date=TODAY, attribution=["ناشط من البلدة"], acled=AIR),
        # ¶9: a column near Mhardeh, told by local sources and unconfirmed (rumoured); the feared storming is
        # optional, hypothetical; the checkpoints set up in the summer are optional, historical
        E(True, ["MOBILIZE"], [9], "وصول رتل", ["rumored", "reported"], mode="troops",
          source=SY_REGIME_COLUMN, location=MHARDEH, date=LAST_NIGHT, attribution=["مصادر محلية"]),
        E(False, ["ASSAULT"], [9], "لاقتحام", ["hypothetical"], mode="firearms",
          source=SY_REGIME_COLUMN, date=None),
        E(False, ["MOBILIZE", "COERCE"], [9], "نُصبت الحواجز", ["historical"], mode="troops",
          source=SY_REGIME, date=None),
        # ¶10: the brigade commander's conditional threat; the «painful response» itself is hypothetical
        E(True, ["THREATEN"], [10], "وتوعّد", ["asserted"], mode="violence",
          source=FSA_RIF, recipient=SY_REGIME, location=MHARDEH, date=TODAY),
        E(False, ["ASSAULT"], [10], "ردّ موجع", ["hypothetical"], mode="firearms",
          source=FSA_RIF, recipient=SY_REGIME, date=None),
        # ¶11 is a short retelling of the main event (the list of the seven victims)
        # ¶12: four brigades unite in a joint operations room (COOPERATE, AGREE accepted)
        E(True, ["COOPERATE", "AGREE"], [12], "توحيد صفوفها", ["asserted"],
          source=HAMA_OPS_ROOM, location=HAMA_NORTH, date=TODAY_OPEN, attribution=["بيان تأسيسي"]),
        # ¶13 (prices, power cuts, fuel) holds no event. ¶14: a Red Crescent convoy due «يوم السبت المقبل»
        # (planned AID); the earlier convoy held at a checkpoint is optional, historical
        E(True, ["AID"], [14], "قافلة", ["planned"], mode="humanitarian",
          source=SARC, location=LATAMNEH, date=D("2013-04-20"), attribution=["عضو في المجلس المحلي"]),
        E(False, ["COERCE"], [14], "احتُجزت", ["historical"], mode="restrict",
          date=None),
        # ¶15: students not released (RETREAT, negated); their arrest two weeks ago is optional, historical
        E(True, ["RETREAT"], [15], "ولم يُفرج", ["negated"], mode="release",
          source=SY_MIL_SECURITY, recipient=LATAMNEH_STUDENTS, location=HAMA_CITY, date=TODAY,
          attribution=["والد أحدهم"]),
        E(False, ["COERCE"], [15], "اعتُقلوا", ["historical"], mode="arrest",
          recipient=LATAMNEH_STUDENTS, date=D("2013-04-04", "week", ("2013-04-01", "2013-04-07"))),
        # background at another place: an air strike on Halfaya's market on Sunday 7 April (5)
        E(True, ["ASSAULT"], [16], "أغارت", ["historical", "asserted"], mode="aerial",
          source=SY_REGIME_AIR, recipient=HALFAYA_VICTIMS, location=HALFAYA, date=D("2013-04-07"),
          fatalities=5, acled=AIR),
        # ¶17: raids and arrests in two districts of Hama since yesterday evening (one COERCE event); the
        # seized phones and computers are optional
        E(True, ["COERCE"], [17], "واعتقلت", ["asserted", "reported"], mode="arrest",
          source=SY_POL_SECURITY, recipient=HAMA_YOUTHS, location=HAMA_NBHD, date=LAST_NIGHT,
          attribution=["ناشطين من المدينة"], acled=ARREST),
        E(False, ["COERCE"], [17], "صادروا", ["asserted", "reported"], mode="confiscate",
          source=SY_POL_SECURITY, location=HAMA_NBHD, date=LAST_NIGHT),
    ],
)
