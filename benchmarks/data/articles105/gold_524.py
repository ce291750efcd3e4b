"""Gold of article 524: young men blocking Sabha's main road over the petrol shortage, a clash at the
Brega fuel depot in Sabha between its guards and gunmen trying to take two tankers, three killed
(main event, told in ¶2 after the protest; one toll), a driver's account and a notable's version,
three tankers seized and their drivers arrested on the Ubari road, the municipal council's
accusation and demand, Brega's meeting and agreement with the council and the station owners, twelve
tankers delivered, the security chief's threat to roadside fuel sellers, a station's burning in
Ubari rumoured and denied, the rest of the shipment not delivered, the burial, a civil strike called
for Sunday, the tankers robbed since January, and a tanker driver and his companion killed near Brak
al-Shati on 9 October 2018 (Sabha and the Fezzan, Libya), a Tunis-based Libyan satellite TV
channel's website, 2018-11-22 (Thu). Dateline «تونس – «رمال»:» (a foreign capital)."""
from actors_places import (
    BRAK,
    BRAK_GUNMEN,
    BRAK_VICTIMS,
    BREGA,
    BREGA_MEETING,
    DEPOT_ADMIN,
    DEPOT_FIGHT,
    DEPOT_GUARDS,
    FUEL_SELLERS,
    GNA,
    NOC,
    SABHA,
    SABHA_ACTIVISTS,
    SABHA_CENTRE,
    SABHA_COUNCIL,
    SABHA_DEPOT,
    SABHA_NOTABLE,
    SABHA_SEC_CHIEF,
    SABHA_SECURITY,
    SABHA_UBARI_ROAD,
    SABHA_YOUTHS,
    SOUTH_ROADS,
    STATION_OWNERS,
    TANKER_DRIVERS,
    TRADERS_UNION,
    UBARI,
    UBARI_RIOTERS,
)
from common import ARREST, ATTACK, CLASH, PEACEFUL, RIOT, D, E, paras_of

SLUG = "sabha_2018_ubari_brak"
YESTERDAY = D("2018-11-21")
TODAY = D("2018-11-22")
# a statement of the day whose hour the text does not give: today, or the evening before
TODAY_OR_EVE = D("2018-11-22", "day", ("2018-11-21", "2018-11-22"))
ARTICLE = dict(
    id="team105-524", slug=SLUG, published="2018-11-22",
    outlet="Rimal, a Tunis-based Libyan satellite TV channel's website (fictional)",
    paras=paras_of(f"524_{SLUG}.txt"),
    events=[
        # ¶1 (dateline Tunis, a foreign capital): young men block Sabha's main road over the petrol
        # shortage (PROTEST obstruct; the headline names it)
        E(True, ["PROTEST"], [0, 1], "أغلق", ["asserted"], mode="obstruct",
          source=SABHA_YOUTHS, location=SABHA_CENTRE, date=YESTERDAY, attribution=["مراسل القناة في الجنوب"],
          acled=PEACEFUL, tpara=1),
        # MAIN EVENT, told in ¶2 after the protest (verb first; a fight «بين» the guards and the
        # gunmen, both sources; the hour told after the act in a clause of its own): a tanker driver
        # ¶3, the attackers' notable's version with its purpose clause ¶4 and the burial ¶13 retell
        # it. One toll: 3
        E(True, ["ASSAULT"], [0, 2, 3, 4, 13], "اشتباك مسلح", ["asserted"], mode="firearms",
          source=DEPOT_FIGHT, location=SABHA_DEPOT, date=YESTERDAY, fatalities=3,
          attribution=["مركز سبها الطبي", "سائق أحد الصهريجين", "أحد أعيان الحي الذي ينحدر منه المهاجمون"],
          acled=CLASH, tpara=2),
        # ¶4: the notable's blame of the guards and the depot's denial retell the main event
        # (optional)
        E(False, ["ACCUSE"], [4], "متهماً", ["asserted"],
          source=SABHA_NOTABLE, recipient=DEPOT_GUARDS, date=TODAY_OR_EVE),
        E(False, ["REJECT"], [4], "نفته", ["asserted"],
          source=DEPOT_ADMIN, recipient=SABHA_NOTABLE, date=TODAY_OR_EVE),
        # ¶5: three tankers seized on the Ubari road and their drivers arrested (two verbs joined
        # with «و»; the seizure optional)
        E(False, ["COERCE"], [5], "وضبطت", ["asserted"], mode="confiscate",
          source=SABHA_SECURITY, location=SABHA_UBARI_ROAD, date=TODAY),
        E(True, ["COERCE"], [5], "واعتقلت", ["asserted"], mode="arrest",
          source=SABHA_SECURITY, recipient=TANKER_DRIVERS, location=SABHA_UBARI_ROAD, date=TODAY,
          attribution=["بيان للمديرية"], acled=ARREST),
        # ¶6 (subject, a long parenthesis, verb): the municipal council's accusation of the GNA and
        # its demand to the National Oil Corporation
        E(True, ["ACCUSE"], [6], "اتهم", ["asserted"],
          source=SABHA_COUNCIL, recipient=GNA, date=TODAY_OR_EVE, attribution=["بيان"]),
        E(True, ["REQUEST"], [6], "وطالب", ["asserted"],
          source=SABHA_COUNCIL, recipient=NOC, date=TODAY_OR_EVE),
        # ¶7: Brega's branch manager meets the council and the station owners, and they agree on
        # rationing (both parties in either role)
        E(True, ["CONSULT"], [7], "واجتمع", ["asserted"],
          source=BREGA_MEETING, recipient=BREGA_MEETING, location=SABHA, date=TODAY),
        E(True, ["AGREE"], [7], "واتفق", ["asserted"],
          source=BREGA_MEETING, recipient=BREGA_MEETING, location=SABHA, date=TODAY),
        # ¶8 (short): twelve tankers of petrol sent by Brega arrive (AID economic)
        E(True, ["AID"], [8], "ووصل", ["asserted"], mode="economic",
          source=BREGA, location=SABHA, date=TODAY),
        # ¶9 (the black market) holds no event. ¶10: the security chief's conditional threat to the
        # roadside sellers; the seizure is optional and hypothetical, his call to the station owners
        # optional
        E(True, ["THREATEN"], [10], "وتوعّد", ["asserted"], mode="arrest",
          source=SABHA_SEC_CHIEF, recipient=FUEL_SELLERS, location=SABHA, date=TODAY_OR_EVE,
          attribution=["كلمة مصوّرة"]),
        E(False, ["COERCE"], [10], "بمصادرة", ["hypothetical"], mode="confiscate",
          source=SABHA_SEC_CHIEF, recipient=FUEL_SELLERS, date=None),
        E(False, ["REQUEST"], [10], "داعياً", ["asserted"],
          source=SABHA_SEC_CHIEF, recipient=STATION_OWNERS, date=TODAY_OR_EVE),
        # ¶11: a petrol station burnt by protesters in Ubari, told on local pages and denied by a
        # council member (rumoured; a riot, ASSAULT accepted)
        E(True, ["PROTEST", "ASSAULT"], [11], "إحراق", ["rumored", "negated"], mode="riot",
          source=UBARI_RIOTERS, location=UBARI, date=None, attribution=["صفحات محلية"], acled=RIOT),
        # ¶12: the rest of the shipment not delivered (negated AID); «من دون أن توضح» negates
        # nothing
        E(True, ["AID"], [12], "تصل", ["negated"], mode="economic",
          source=BREGA, location=SABHA, date=TODAY, attribution=["عضو في المجلس البلدي"]),
        # ¶13: the burial belongs to the main event. ¶14: a civil strike called for «يوم الأحد
        # المقبل» (planned PROTEST); the call, the traders' backing and the council's request are
        # optional
        E(True, ["PROTEST"], [14], "عصيان مدني", ["planned"], mode="strike",
          source=SABHA_ACTIVISTS, location=SABHA, date=D("2018-11-25")),
        E(False, ["REQUEST"], [14], "ودعا", ["asserted"],
          source=SABHA_ACTIVISTS, date=TODAY_OR_EVE),
        E(False, ["SUPPORT"], [14], "تأييدها", ["asserted"],
          source=TRADERS_UNION, recipient=SABHA_ACTIVISTS, date=TODAY_OR_EVE),
        E(False, ["REQUEST"], [14], "طالب", ["asserted"],
          source=SABHA_COUNCIL, recipient=SABHA_ACTIVISTS, date=TODAY_OR_EVE),
        # ¶15 (the supply roads of the south) holds no event. ¶16: the tankers robbed since January,
        # an aggregate (optional, generic)
        E(False, ["ASSAULT", "COERCE"], [16], "للسلب", ["generic"],
          location=SOUTH_ROADS, date=None),
        # ¶17, «وكان … قد» at another place: a tanker driver and his companion killed near Brak
        # al-Shati on 9 October (core, historical; 2 killed); the load taken is optional
        E(True, ["ASSAULT"], [17], "قتلوا", ["historical", "asserted"], mode="firearms",
          source=BRAK_GUNMEN, recipient=BRAK_VICTIMS, location=BRAK, date=D("2018-10-09"), fatalities=2,
          acled=ATTACK),
        E(False, ["COERCE"], [17], "واستولوا", ["historical"], mode="seize",
          source=BRAK_GUNMEN, location=BRAK, date=D("2018-10-09")),
    ],
)
