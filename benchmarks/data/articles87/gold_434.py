"""Gold of article 434: a punitive demolition in Jenin's eastern quarter at dawn, four arrests, then the fire
on stone-throwing youths at the quarter's entrance (main event, first told in ¶3; the toll only in ¶5: one),
the ambulance held back, the army's version, the governor's visit, blame and demand, the prime minister's
call, a strike due tomorrow, al-Quds Brigades' threat, a rumoured arrest by the Palestinian services denied,
detainees not released, aid to the family, al-Jalama's reopening announced, the prisoner's life sentence at
Salem on 8 September 2016 (Jenin, the northern West Bank), a Jenin local radio station's news website,
2016-10-26 (Wed). No dateline: the lead names Jenin in its first sentence."""
from actors_places import (
    ARAB_SHOPPERS,
    COGAT,
    EAST_ENTRANCE,
    EAST_QUARTER,
    FOUR_YOUTHS,
    IDF,
    IL_GOV,
    INTL_INST,
    JALAMA,
    JENIN,
    JENIN_CAMP,
    JENIN_CHAMBER,
    JENIN_GOVERNOR,
    JENIN_MUNI,
    JENIN_YOUTHS,
    MARTYR_FATHER,
    NIF,
    PA_PM,
    PA_SECURITY,
    PA_SOCIAL,
    PRCS,
    PRISONER_FAMILY,
    QUDS_BRIGADES,
    RAID_PLACES,
    SALEM,
    SALEM_COURT,
    SETTLERS_CAR,
    THE_PRISONER,
    THREE_YOUTHS,
    YABAD,
)
from common import ARREST, DESTRUCTION, RIOT, D, E, paras_of

SLUG = "jenin_2016_salem_jalama"
TODAY = D("2016-10-26")
ARTICLE = dict(
    id="team87-434", slug=SLUG, published="2016-10-26",
    outlet="Sawt al-Marj, a Jenin local radio station, news website (fictional)",
    paras=paras_of(f"434_{SLUG}.txt"),
    events=[
        # ¶1 (an acronym in quotes «وفا»): the army demolishes a prisoner's family home at dawn (the headline
        # names it); the year's count of demolished homes is an aggregate (optional, generic)
        E(True, ["ASSAULT"], [0, 1], "هدمت", ["asserted"], mode="destroy",
          source=IDF, recipient=PRISONER_FAMILY, location=EAST_QUARTER, date=TODAY,
          attribution=["وكالة الأنباء الرسمية «وفا»"], acled=DESTRUCTION, tpara=1),
        E(False, ["ASSAULT"], [1], "هدمتها", ["generic"], mode="destroy",
          source=IDF, location=JENIN, date=None),
        # ¶2: four arrests in the quarter and the camp (the car seized optional)
        E(True, ["COERCE"], [2], "واعتقلت", ["asserted"], mode="arrest",
          source=IDF, recipient=FOUR_YOUTHS, location=RAID_PLACES, date=TODAY,
          attribution=["نادي الأسير الفلسطيني"], acled=ARREST),
        E(False, ["COERCE"], [2], "وصادرت", ["asserted"], mode="confiscate", source=IDF, location=JENIN_CAMP,
          date=TODAY),
        # MAIN EVENT, first told in ¶3 («بين … و…», passive «أُطلق»): soldiers fire live rounds on the
        # youths at the quarter's entrance, a young man hit in the chest; the paramedic ¶4, his death
        # announced ¶5 (the only toll: one), the army's version ¶6; the headline names it. Stones against
        # live fire: ACLED Violent demonstration; the stone-throwing itself optional
        E(True, ["ASSAULT"], [0, 3, 4, 5, 6], "وأُطلق", ["asserted"], mode="firearms",
          source=IDF, recipient=JENIN_YOUTHS, location=EAST_ENTRANCE, date=TODAY, fatalities=1,
          attribution=["مسعف في جمعية الهلال الأحمر الفلسطيني", "وزارة الصحة الفلسطينية", "جيش الاحتلال"],
          acled=RIOT, tpara=3),
        E(False, ["PROTEST"], [3], "رشق", ["asserted"], mode="riot",
          source=JENIN_YOUTHS, recipient=IDF, location=EAST_ENTRANCE, date=TODAY, acled=RIOT),
        # ¶4: the ambulance crew held back for twenty minutes
        E(True, ["COERCE"], [4], "منعوا", ["asserted", "reported"], mode="restrict",
          source=IDF, recipient=PRCS, location=EAST_QUARTER, date=TODAY,
          attribution=["مسعف في جمعية الهلال الأحمر الفلسطيني"]),
        # ¶7 (subject, a long parenthesis, its verb; two events joined with «و» and a second verb): the
        # governor visits the ruins and the family, blames Israel's government and asks for international
        # protection
        E(True, ["CONSULT"], [7], "تفقّد", ["asserted"], mode="visit",
          source=JENIN_GOVERNOR, recipient=PRISONER_FAMILY, location=EAST_QUARTER, date=TODAY),
        E(True, ["ACCUSE"], [7], "حمّل", ["asserted"], source=JENIN_GOVERNOR, recipient=IL_GOV, date=TODAY),
        E(True, ["REQUEST"], [7], "وطالب", ["asserted"],
          source=JENIN_GOVERNOR, recipient=INTL_INST, date=TODAY),
        # ¶8: the prime minister's phone call to the father (the funeral costs pledged optional, planned)
        E(True, ["CONSULT"], [8], "اتصالاً هاتفياً", ["asserted"], mode="phone",
          source=PA_PM, recipient=MARTYR_FATHER, date=TODAY),
        E(False, ["AID"], [8], "ستتكفل", ["planned"], mode="economic", source=PA_PM, recipient=MARTYR_FATHER,
          date=None),
        E(False, ["REQUEST"], [8], "طلبت", ["asserted", "reported"], source=PA_PM, date=TODAY),
        # ¶9 (the eastern quarter described) holds no event. ¶10: a general strike tomorrow (planned; the
        # call optional); an anniversary recalls a young man killed near al-Jalama a year ago (optional,
        # historical)
        E(True, ["PROTEST"], [10], "إضراب", ["planned"], mode="strike",
          source=NIF, location=JENIN, date=D("2016-10-27")),
        E(False, ["REQUEST"], [10], "ودعت", ["asserted"], source=NIF, date=TODAY),
        E(False, ["ASSAULT"], [10], "لمقتل شاب", ["historical"], mode="firearms",
          source=IDF, location=JALAMA, date=D("2015-10-27"), fatalities=1),
        # ¶11: al-Quds Brigades' threat (the response itself hypothetical, the call to the youths optional)
        E(True, ["THREATEN"], [11], "وتوعّدت", ["asserted"], mode="violence",
          source=QUDS_BRIGADES, location=JENIN_CAMP, date=TODAY),
        E(False, ["ASSAULT"], [11], "ردّها", ["hypothetical"], source=QUDS_BRIGADES, date=None),
        E(False, ["REQUEST"], [11], "داعيةً", ["asserted"], source=QUDS_BRIGADES, date=TODAY),
        # ¶12: an arrest by the Palestinian services, told by local pages and denied (rumoured; no time)
        E(True, ["COERCE"], [12], "اعتقال", ["rumored"], mode="arrest",
          source=PA_SECURITY, recipient=THREE_YOUTHS, location=JENIN, date=None,
          attribution=["صفحات محلية على مواقع التواصل"]),
        # ¶13: none of the four released (negated)
        E(True, ["RETREAT"], [13], "تُفرج", ["negated"], mode="release",
          source=IDF, recipient=FOUR_YOUTHS, date=TODAY),
        # ¶14: a tent and cash for the family (the municipality's pledge optional)
        E(True, ["AID"], [14], "وقدّمت", ["asserted"], mode="humanitarian",
          source=PA_SOCIAL, recipient=PRISONER_FAMILY, location=JENIN, date=TODAY),
        E(False, ["AGREE"], [14], "تعهدت", ["asserted"], source=JENIN_MUNI, recipient=PRISONER_FAMILY,
          date=TODAY),
        # ¶15: al-Jalama's reopening announced for Saturday (CONCEDE: an easing announced); the three-day
        # closure and the chamber's welcome optional
        E(True, ["CONCEDE"], [15], "إعادة فتح", ["asserted", "planned"],
          source=COGAT, recipient=ARAB_SHOPPERS, location=JALAMA, date=TODAY,
          attribution=["وسائل إعلام عبرية"]),
        E(False, ["COERCE"], [15], "إغلاقه", ["asserted", "historical"], mode="restrict",
          source=COGAT, location=JALAMA, date=None),
        E(False, ["SUPPORT"], [15], "ورحّبت", ["asserted"],
          source=JENIN_CHAMBER, recipient=COGAT, date=TODAY),
        # ¶16 (the town's trade analysed) holds no event. ¶17, «وكانت … قد» at another place: the military
        # court at Salem sentenced the prisoner on 8 September; the shooting he was convicted of optional,
        # historical
        E(True, ["SANCTION"], [17], "حكمت", ["historical", "asserted"], mode="convict",
          source=SALEM_COURT, recipient=THE_PRISONER, location=SALEM, date=D("2016-09-08"),
          attribution=["محامي هيئة شؤون الأسرى"]),
        E(False, ["ASSAULT"], [17], "بإطلاق النار", ["historical"], mode="firearms",
          source=THE_PRISONER, recipient=SETTLERS_CAR, location=YABAD, date=None),
    ],
)
