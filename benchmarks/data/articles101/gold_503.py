"""Gold of article 503: a vehicle curfew on the day of the provincial council elections, mortar shells on a
polling centre in al-Shirqat killing two voters (main event, told in ¶2 after the curfew; one toll), a voter's
account and a rival candidate's version, arrests in the orchards, a list's accusation of tampering and demand
for a recount, the commission's rejection and its recount announced, a protest in Samarra, the police chief's
conditional threat, ballot boxes burnt in al-Ishaqi rumoured and denied, a fine for breaching the electoral
silence and UNAMI's praise, the funeral, no meeting with the list's delegation, a sit-in due on Tuesday, the
campaign's toll, and a candidate assassinated in al-Alam on 27 March 2013 (Salah al-Din governorate, Iraq), a
Baghdad-based independent news agency's website, 2013-04-21 (Sun). No dateline: the lead names Salah al-Din
in its first sentence."""
from actors_places import (
    ALAM,
    ALAM_CANDIDATE,
    ALAM_GUNMEN,
    ALAM_SUSPECTS,
    ENTITIES,
    FED_POLICE,
    IHEC_BOARD,
    IHEC_SD,
    ISHAQI,
    ISHAQI_GUNMEN,
    PHOTOGRAPHERS,
    RIVAL_CANDIDATE,
    SAMARRA,
    SAMARRA_MEETING,
    SAMARRA_STAFF,
    SD_GOV,
    SD_POLICE,
    SD_POLICE_CHIEF,
    SHIRQAT,
    SHIRQAT_ORCHARDS,
    SHIRQAT_POLICE,
    SHIRQAT_SUSPECTS,
    SHIRQAT_VOTERS,
    TIKRIT,
    TWO_BANKS,
    TWO_BANKS_SUPPORTERS,
    TWO_ENTITIES,
    UNAMI,
    VOTERS,
)
from common import ARREST, ATTACK, PEACEFUL, SHELL, D, E, paras_of

SLUG = "salahuddin_2013_shirqat_samarra"
YESTERDAY = D("2013-04-20")
TODAY = D("2013-04-21")
# a statement or an act of the day whose hour the text does not give: today, or the evening before
TODAY_OR_EVE = D("2013-04-21", "day", ("2013-04-20", "2013-04-21"))
ARTICLE = dict(
    id="team101-503", slug=SLUG, published="2013-04-21",
    outlet="Nakheel Dijla, a Baghdad-based independent news agency's website (fictional)",
    paras=paras_of(f"503_{SLUG}.txt"),
    events=[
        # ¶1 (no dateline; Salah al-Din in the first sentence): the police command's curfew on vehicles on
        # polling day (COERCE curfew)
        E(True, ["COERCE"], [1], "فرضت", ["asserted"], mode="curfew",
          source=SD_POLICE, location=SD_GOV, date=YESTERDAY, attribution=["مراسل «نخيل دجلة»"]),
        # the bridges and entrances closed belong to the curfew; a second verb, kept optional
        E(False, ["COERCE"], [1], "وأغلقت", ["asserted"], mode="restrict",
          source=SD_POLICE, location=SD_GOV, date=YESTERDAY),
        # MAIN EVENT, told in ¶2 after the curfew (verb first; the hour told after the act in a clause of its
        # own): mortar shells on a polling centre in al-Shirqat, no author named; a wounded voter ¶3, a rival
        # candidate's version with «من قبل» ¶4 and the funeral ¶13 retell it; the headline names it. One toll:
        # 2
        E(True, ["ASSAULT"], [0, 2, 3, 4, 13], "سقطت ثلاث قذائف هاون", ["asserted"], mode="heavy-weapons",
          recipient=SHIRQAT_VOTERS, location=SHIRQAT, date=YESTERDAY, fatalities=2,
          attribution=["قيادة الشرطة", "ناخب أصيب بشظية في ذراعه", "مرشح عن إحدى القوائم المتنافسة"],
          acled=SHELL, tpara=2),
        # ¶3: the police keeping photographers away (optional COERCE); ¶4: the candidate's veiled accusation
        # (optional ACCUSE, no one named)
        E(False, ["COERCE"], [3], "ومنعوا", ["asserted", "reported"], mode="restrict",
          source=SHIRQAT_POLICE, recipient=PHOTOGRAPHERS, location=SHIRQAT, date=YESTERDAY),
        E(False, ["ACCUSE"], [4], "رأى", ["asserted"], source=RIVAL_CANDIDATE, date=TODAY_OR_EVE),
        # ¶5: the federal police's search of the orchards and five arrests («بالهجوم على مركز الاقتراع» is a
        # definite back-reference, not added)
        E(True, ["COERCE"], [5], "اعتقلت", ["asserted", "reported"], mode="arrest",
          source=FED_POLICE, recipient=SHIRQAT_SUSPECTS, location=SHIRQAT_ORCHARDS, date=YESTERDAY,
          attribution=["ضابط في الشرطة"], acled=ARREST),
        # ¶6: the list accuses commission staff of moving ballot boxes (the headline names its challenge) and
        # asks for a manual recount
        E(True, ["ACCUSE"], [0, 6], "واتهم", ["asserted"],
          source=TWO_BANKS, recipient=SAMARRA_STAFF, location=SAMARRA, date=TODAY_OR_EVE, tpara=6),
        E(True, ["REQUEST"], [6], "وطالب", ["asserted"],
          source=TWO_BANKS, recipient=IHEC_BOARD, date=TODAY_OR_EVE),
        # ¶7, subject, a long parenthesis, then the verb: the commission's provincial office rejects the
        # accusation (REJECT) and announces a recount of the eight stations (CONCEDE, announced); the list is
        # not named in the paragraph, so no recipient
        E(True, ["REJECT"], [7], "رفض", ["asserted"],
          source=IHEC_SD, location=TIKRIT, date=YESTERDAY),
        E(True, ["CONCEDE", "AGREE"], [7], "سيعيد فرز", ["asserted", "planned"],
          source=IHEC_SD, location=TIKRIT, date=YESTERDAY),
        # ¶8 (the governorate and its race described) holds no event. ¶9: the protest in Samarra (PROTEST);
        # the police keeping the protesters from the gate is optional
        E(True, ["PROTEST"], [9], "وتظاهر", ["asserted"], mode="demo",
          source=TWO_BANKS_SUPPORTERS, location=SAMARRA, date=TODAY, acled=PEACEFUL),
        E(False, ["COERCE"], [9], "أبعدوا", ["asserted"], mode="restrict",
          recipient=TWO_BANKS_SUPPORTERS, location=SAMARRA, date=TODAY),
        # ¶10: the police chief's threat; the curfew it announces is conditional (optional, hypothetical)
        E(True, ["THREATEN"], [10], "وهدّد", ["asserted"], mode="curfew",
          source=SD_POLICE_CHIEF, location=SAMARRA, date=TODAY_OR_EVE, attribution=["تصريح لـ«نخيل دجلة»"]),
        E(False, ["COERCE"], [10], "بإعادة فرض حظر التجوال", ["hypothetical"], mode="curfew",
          source=SD_POLICE_CHIEF, location=SAMARRA, date=None),
        # ¶11: ballot boxes burnt in al-Ishaqi, told on social media and denied by the commission (rumoured)
        E(True, ["ASSAULT"], [11], "إحراق", ["rumored", "negated"], mode="destroy",
          source=ISHAQI_GUNMEN, location=ISHAQI, date=None, attribution=["حسابات على مواقع التواصل"]),
        # ¶12: the board fines two entities (SANCTION) and UNAMI praises the turnout (SUPPORT); its call on
        # the entities is optional
        E(True, ["SANCTION"], [12], "غرامة مالية", ["asserted"],
          source=IHEC_BOARD, recipient=TWO_ENTITIES, date=TODAY_OR_EVE),
        E(True, ["SUPPORT"], [12], "أشادت", ["asserted"],
          source=UNAMI, recipient=VOTERS, date=TODAY_OR_EVE),
        E(False, ["REQUEST"], [12], "ودعت", ["asserted"],
          source=UNAMI, recipient=ENTITIES, date=TODAY_OR_EVE),
        # ¶13: the funeral belongs to the main event. ¶14 (analysis) holds no event. ¶15: the Samarra office
        # does not receive the list's delegation (negated CONSULT)
        E(True, ["CONSULT"], [15], "يستقبل", ["negated"],
          source=SAMARRA_MEETING, recipient=SAMARRA_MEETING, location=SAMARRA, date=TODAY,
          attribution=["أحد أعضاء الوفد"]),
        # ¶16: the sit-in called for Tuesday (planned PROTEST; the call itself is not a separate event) and
        # the campaign's toll (optional, generic)
        E(True, ["PROTEST"], [16], "اعتصام", ["planned"], mode="demo",
          source=TWO_BANKS, location=TIKRIT, date=D("2013-04-23")),
        E(False, ["ASSAULT"], [16], "قُتل", ["generic"], mode="firearms", location=SD_GOV, date=None),
        # ¶17, «وكان … قد» at another place: a candidate shot dead in al-Alam on 27 March (core, historical;
        # 1); the arrests of suspects and their release later are optional, historical
        E(True, ["ASSAULT"], [17], "اغتالوا", ["historical", "asserted"], mode="assassinate",
          source=ALAM_GUNMEN, recipient=ALAM_CANDIDATE, location=ALAM, date=D("2013-03-27"), fatalities=1,
          acled=ATTACK),
        E(False, ["COERCE"], [17], "اعتقال", ["historical"], mode="arrest",
          recipient=ALAM_SUSPECTS, location=ALAM, date=None),
        E(False, ["RETREAT"], [17], "وإطلاق سراحهم", ["historical"], mode="release",
          recipient=ALAM_SUSPECTS, location=ALAM, date=None),
    ],
)
