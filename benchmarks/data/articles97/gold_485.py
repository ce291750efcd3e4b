"""Gold of article 485: an Israeli drone strike on a house in Habboush (main event, told first in the lead;
one toll), a neighbour's account and the Israeli army's version, Hezbollah's rockets on a barracks in Metula,
Israeli shelling of al-Khiam and Kfar Kila, the foreign ministry's complaint and demand, a UNIFIL visit, aid
to displaced families in Nabatieh, the Israeli defence minister's conditional threat, a rumoured abduction of
a shepherd denied, talks that reached no agreement, the funeral, medicines due tomorrow, the tally since
October, and a drone strike near Jibchit on 24 February 2024 (Nabatieh, South Lebanon), a Lebanese TV
channel's news website, 2024-03-14 (Thu). No dateline: the lead names Habboush in its first sentence."""
from actors_places import (
    ENVOYS_OFFICIALS,
    HABBOUSH,
    HABBOUSH_HOSTS,
    HABBOUSH_VICTIMS,
    HEZ_FIGHTERS,
    HEZBOLLAH,
    IDF,
    IDF_ARTILLERY,
    IDF_METULA,
    IL_DEFENCE_MINISTER,
    IL_FORCE,
    ISRAEL,
    JIBCHIT,
    JIBCHIT_VICTIMS,
    KFARSHOUBA,
    KHIAM_KFAR_KILA,
    LB_MOFA,
    METULA,
    NABATIEH_CITY,
    NABATIEH_DISPLACED,
    NABATIEH_HOSPITAL,
    NABATIEH_HOSPITAL_PLACE,
    SHEPHERD,
    SHQIF_UNION,
    SOUTH_LEBANON,
    UNIFIL,
    UNSC_485,
    WHO,
)
from common import AIR, SHELL, D, E, paras_of

SLUG = "habboush_2024_khiam_jibchit"
TODAY = D("2024-03-14")
ARTICLE = dict(
    id="team97-485", slug=SLUG, published="2024-03-14",
    outlet="al-Difaf, a Lebanese TV channel's news website (fictional)",
    paras=paras_of(f"485_{SLUG}.txt"),
    events=[
        # MAIN EVENT, told first in the lead (no dateline; Habboush in the first sentence;
        # verb-subject-object): the drone strike on the house at dawn; a neighbour ¶2 (the hour after the act,
        # in a clause of its own), the Israeli army's version ¶3 and the funeral ¶13 retell it; the headline
        # names it. One toll: 3
        E(True, ["ASSAULT"], [0, 1, 2, 3, 13], "استهدفت", ["asserted"], mode="aerial",
          source=IDF, recipient=HABBOUSH_VICTIMS, location=HABBOUSH, date=TODAY, fatalities=3,
          attribution=["وزارة الصحة العامة", "أحد جيران العائلة", "الجيش الإسرائيلي"], acled=AIR, tpara=1),
        # ¶4: Hezbollah's rockets on a barracks in Metula (the headline names it; «ردّاً على الاعتداء على
        # حبوش» is a back-reference)
        E(True, ["ASSAULT"], [0, 4], "استهدفوا", ["asserted", "reported"], mode="heavy-weapons",
          source=HEZBOLLAH, recipient=IDF_METULA, location=METULA, date=TODAY,
          attribution=["«حزب الله»"], acled=SHELL, tpara=4),
        # ¶5: Israeli shelling of two border towns («من دون أن يُبلَّغ عن إصابات» negates nothing)
        E(True, ["ASSAULT"], [5], "وقصفت", ["asserted"], mode="heavy-weapons",
          source=IDF_ARTILLERY, location=KHIAM_KFAR_KILA, date=TODAY, acled=SHELL),
        # ¶6: the foreign ministry's complaint accusing Israel and its demand to the Security Council
        E(True, ["ACCUSE"], [6], "اتهمت", ["asserted"],
          source=LB_MOFA, recipient=ISRAEL, date=TODAY),
        E(True, ["REQUEST"], [6], "وطالبت", ["asserted"],
          source=LB_MOFA, recipient=UNSC_485, date=TODAY),
        # ¶7: the UNIFIL delegation's visit to Habboush (quoted acronym)
        E(True, ["CONSULT"], [7], "وزار", ["asserted"], mode="visit",
          source=UNIFIL, recipient=HABBOUSH_HOSTS, location=HABBOUSH, date=TODAY),
        # ¶8: food parcels for displaced families in Nabatieh (AID)
        E(True, ["AID"], [8], "ووزّع", ["asserted"], mode="humanitarian",
          source=SHQIF_UNION, recipient=NABATIEH_DISPLACED, location=NABATIEH_CITY, date=TODAY,
          attribution=["مسؤول في الاتحاد"]),
        # ¶9 (the schools turned into shelters) holds no event. ¶10: the defence minister's conditional threat
        # (asserted); the wider operations are hypothetical (optional)
        E(True, ["THREATEN"], [10], "وهدّد", ["asserted"], mode="violence",
          source=IL_DEFENCE_MINISTER, recipient=HEZ_FIGHTERS, date=TODAY,
          attribution=["الإذاعة العسكرية الإسرائيلية"]),
        E(False, ["ASSAULT"], [10], "بتوسيع العمليات", ["hypothetical"], mode="aerial",
          source=IL_DEFENCE_MINISTER, date=None),
        # ¶11: a shepherd's abduction told on social media and denied by an army source (rumoured)
        E(True, ["ASSAULT", "COERCE"], [11], "خطف", ["rumored", "negated"], mode="abduct",
          source=IL_FORCE, recipient=SHEPHERD, location=KFARSHOUBA, date=TODAY,
          attribution=["حسابات على مواقع التواصل"]),
        # ¶12: the envoys' contacts reached no agreement (negated AGREE; the contacts themselves optional)
        E(True, ["AGREE"], [12], "اتفاق", ["negated"],
          source=ENVOYS_OFFICIALS, recipient=ENVOYS_OFFICIALS, date=TODAY,
          attribution=["مصدر رسمي"]),
        E(False, ["CONSULT"], [12], "الاتصالات", ["asserted"],
          source=ENVOYS_OFFICIALS, recipient=ENVOYS_OFFICIALS, date=None),
        # ¶13: the funeral belongs to the main event. ¶14 (analysis) holds no event. ¶15: medicines due
        # tomorrow (planned AID)
        E(True, ["AID"], [15], "شحنة", ["planned"], mode="humanitarian",
          source=WHO, recipient=NABATIEH_HOSPITAL, location=NABATIEH_HOSPITAL_PLACE, date=D("2024-03-15"),
          attribution=["إدارة المستشفى"]),
        # ¶16: the tally since October, an aggregate (optional, generic)
        E(False, ["ASSAULT"], [16], "قُتل", ["generic"],
          location=SOUTH_LEBANON, date=None),
        # ¶17, «وكانت … قد» at another place: a drone strike on a car near Jibchit on 24 February (core,
        # historical; two dead)
        E(True, ["ASSAULT"], [17], "استهدفت", ["historical", "asserted"], mode="aerial",
          source=IDF, recipient=JIBCHIT_VICTIMS, location=JIBCHIT, date=D("2024-02-24"), fatalities=2,
          acled=AIR),
    ],
)
