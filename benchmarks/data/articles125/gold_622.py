"""Gold of article 622: an airdrop of flour and medicine over besieged Amerli, flown in coordination with the
Peshmerga, volunteers massing in Tuz Khurmatu, mortar shells on the bakery queue (main event, told in ¶4 after
three other acts; six dead, one count), a baker's account, the jihadists' threat, US strikes rumoured and not
confirmed, the Turkmen Front's blame and demand, a delegation received in Tuz Khurmatu, fuel not arrived, the
blast at Sulaiman Bek in June 2014, four men arrested, a council session due on Monday, the burial and the
deaths since the siege began, and the religious authority's praise (Salahuddin, Iraq), a Baghdad-based Turkmen
news agency's website, 2014-08-22 (Fri). Dateline «بغداد» (the country's capital)."""
from actors_places import (
    AIRLIFT_PARTNERS,
    AMERLI,
    AMERLI_BAKERY,
    AMERLI_NOTABLES,
    AMERLI_PEOPLE,
    AMERLI_VOLUNTEERS,
    BAKERY_QUEUE,
    FOUR_SUSPECTS,
    IRAQ_GOV,
    IRAQI_ARMY_AVIATION,
    ISIS_622,
    ITF,
    MARJAIYA,
    MIGRATION_MINISTRY,
    PMF,
    SALAHUDDIN_COUNCIL,
    SALAHUDDIN_OPS,
    SAMARRA,
    SULAIMAN_BEK,
    SULAIMAN_BEK_AREA,
    TUZ,
    TUZ_POLICE,
    US_AIRCRAFT,
)
from common import AIR, ARREST, DESTRUCTION, SHELL, D, E, paras_of

SLUG = "amerli_2014_tuz_sulaiman_bek"
YESTERDAY = D("2014-08-21")
TODAY = D("2014-08-22")
TODAY_OR_EVE = D("2014-08-22", "day", ("2014-08-21", "2014-08-22"))
ARTICLE = dict(
    id="team125-622", slug=SLUG, published="2014-08-22",
    outlet="Yurt, a Baghdad-based Turkmen news agency's website (fictional)",
    paras=paras_of(f"622_{SLUG}.txt"),
    events=[
        # ¶1 (dateline «بغداد», the country's capital): the airdrop (AID); the siege named in passing optional
        E(True, ["AID"], [0, 1], "ألقت", ["asserted"], mode="humanitarian", source=IRAQI_ARMY_AVIATION,
          location=AMERLI, date=YESTERDAY, attribution=["قيادة طيران الجيش"], tpara=1),
        E(False, ["COERCE"], [1], "تحاصرها", ["asserted", "generic"], mode="restrict", source=ISIS_622,
          location=AMERLI, date=None),
        # ¶2: the flight coordinated with the Peshmerga (COOPERATE); the wounded flown out optional
        E(True, ["COOPERATE"], [2], "بالتنسيق", ["asserted"], source=AIRLIFT_PARTNERS,
          recipient=AIRLIFT_PARTNERS, location=TUZ, date=YESTERDAY),
        E(False, ["AID"], [2], "أقلّت", ["asserted"], mode="humanitarian", source=IRAQI_ARMY_AVIATION,
          date=YESTERDAY),
        # ¶3 (verb first, the subject after a place and a time): columns of volunteers; the ground operation
        # they announce optional
        E(True, ["MOBILIZE"], [3], "أرتال", ["asserted"], mode="troops", source=PMF, location=TUZ,
          date=D("2014-08-20", "day", ("2014-08-20", "2014-08-22"))),
        E(False, ["ASSAULT"], [3], "لعملية برية", ["planned", "hypothetical"], source=PMF, date=None),
        # MAIN EVENT, told in ¶4 after three other acts («وبعد ساعات من الإنزال» refers back to ¶1): mortar
        # shells on the bakery queue; the baker ¶5, the burial ¶15 → 6
        E(True, ["ASSAULT"], [0, 4, 5, 15], "قذائف هاون", ["asserted"], mode="heavy-weapons", source=ISIS_622,
          recipient=BAKERY_QUEUE, location=AMERLI_BAKERY, date=YESTERDAY, fatalities=6,
          attribution=["مدير المركز الصحي في الناحية"], acled=SHELL, tpara=4),
        # ¶6: the jihadists' threat in their own statement (asserted); the storming optional, hypothetical;
        # the volunteers' answer optional
        E(True, ["THREATEN"], [6], "وتوعدت", ["asserted"], mode="violence", source=ISIS_622,
          recipient=AMERLI_PEOPLE, location=AMERLI, date=TODAY_OR_EVE),
        E(False, ["ASSAULT"], [6], "باقتحام", ["hypothetical"], source=ISIS_622, date=None),
        E(False, ["REJECT"], [6], "وردّ", ["asserted"], source=AMERLI_VOLUNTEERS, recipient=ISIS_622,
          date=TODAY_OR_EVE),
        # ¶7: US strikes told by Turkmen activists on Facebook, not confirmed (rumoured)
        E(True, ["ASSAULT"], [7], "غارات", ["rumored"], mode="aerial", source=US_AIRCRAFT,
          location=SULAIMAN_BEK_AREA, date=None, attribution=["ناشطون تركمان على «فيسبوك»"], acled=AIR),
        # ¶8 (subject, a parenthesis, then the verb): the blame and the demand, two verbs joined with «و»
        E(True, ["ACCUSE"], [8], "حمّلت", ["asserted"], source=ITF, recipient=IRAQ_GOV, date=TODAY),
        E(True, ["REQUEST"], [8], "وطالبت", ["asserted"], source=ITF, recipient=IRAQ_GOV, date=TODAY),
        # ¶9 (the town, its plain and its road) holds no event. ¶10: the delegation received; the promise and
        # the delegation's request optional
        E(True, ["CONSULT"], [10], "واستقبل", ["asserted"], mode="visit", source=SALAHUDDIN_OPS,
          recipient=AMERLI_NOTABLES, location=TUZ, date=TODAY_OR_EVE),
        E(False, ["AGREE"], [10], "ووعد", ["asserted"], source=SALAHUDDIN_OPS, date=TODAY_OR_EVE),
        E(False, ["REQUEST"], [10], "وطلب", ["asserted"], source=AMERLI_NOTABLES, recipient=SALAHUDDIN_OPS,
          date=TODAY_OR_EVE),
        # ¶11 (the shortest): the fuel tankers not arrived (AID, negated)
        E(True, ["AID"], [11], "ولم تبلغ", ["negated"], mode="humanitarian", source=MIGRATION_MINISTRY,
          location=AMERLI, date=TODAY),
        # ¶12, «وكان … قد» at another place: the blast at Sulaiman Bek on 17 June 2014 (core, historical); the
        # families driven out optional
        E(True, ["ASSAULT"], [12], "فجّروا", ["historical", "asserted"], mode="destroy", source=ISIS_622,
          location=SULAIMAN_BEK, date=D("2014-06-17"), acled=DESTRUCTION),
        E(False, ["COERCE", "ASSAULT"], [12], "وهجّروا", ["historical", "asserted"], mode="deport",
          source=ISIS_622, date=None),
        # ¶13 (verb first): four men arrested
        E(True, ["COERCE"], [13], "واعتقلت", ["asserted"], mode="arrest", source=TUZ_POLICE,
          recipient=FOUR_SUSPECTS, location=TUZ, date=TODAY, acled=ARREST),
        # ¶14: the council's session «يوم الإثنين المقبل» (planned CONSULT)
        E(True, ["CONSULT"], [14], "جلسة استثنائية", ["planned"], mode="multilateral",
          source=SALAHUDDIN_COUNCIL, location=SAMARRA, date=D("2014-08-25")),
        # ¶15 is the burial of the main event; the deaths since the siege began optional, generic
        E(False, ["ASSAULT"], [15], "بنيران", ["generic"], source=ISIS_622, location=AMERLI, date=None),
        # ¶16 (a mother under siege) holds no event. ¶17: the praise; the call to arms optional
        E(True, ["SUPPORT"], [17], "وأشاد", ["asserted"], source=MARJAIYA, recipient=AMERLI_PEOPLE,
          date=TODAY),
        E(False, ["REQUEST"], [17], "ودعا", ["asserted"], source=MARJAIYA, date=TODAY),
    ],
)
