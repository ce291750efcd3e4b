"""Gold of article 648: the storming of Jurf al-Sakhar by the army, the federal police and the volunteer
units, with roadside bombs, a sniper and families kept from returning (northern Babil, Iraq), a Shiite
religious satellite channel's website based in Najaf, 2014-10-26 (Sun)."""
from actors_places import (
    AMIRIYAH,
    BABIL_COUNCIL,
    BABIL_GOVERNMENT,
    BABIL_GUESTS,
    BABIL_OPS,
    BABIL_TRIBES,
    BATTLE_648,
    COALITION_648,
    FADHILIYA,
    FED_POLICE_648,
    FIGHTERS_648,
    HILLA,
    HUSSEIN_SHRINE,
    IQ_FORCES_648,
    IQ_SECURITY_648,
    IQ_UNITS_648,
    ISIS_648,
    ISIS_GATHERING,
    ISIS_POSITIONS,
    ISIS_SNIPER,
    ISKANDARIYA,
    ISKANDARIYA_VICTIMS,
    JURF,
    JURF_FAMILIES,
    JURF_FRONTS,
    JURF_SHEIKHS,
    KARBALA,
    KARBALA_SECURITY,
    KARBALA_SHRINE,
    MARJA_REP,
    MUSAYYIB,
    MUSAYYIB_ROAD,
    PMF_COLUMNS,
    THREATENED_648,
    VOLUNTEERS_648,
)
from common import CLASH, MINE, D, E, paras_of

SLUG = "babil_2014_jurf_al_sakhar_musayyib_iskandariya"
TODAY = D("2014-10-26")
YESTERDAY = D("2014-10-25")
LATELY = D("2014-10-26", "day", ("2014-10-25", "2014-10-26"))
LAST_NIGHT = D("2014-10-25", "day", ("2014-10-25", "2014-10-26"))
SINCE_FRIDAY = D("2014-10-25", "day", ("2014-10-24", "2014-10-25"))
ARTICLE = dict(
    id="team130-648", slug=SLUG, published="2014-10-26",
    outlet="Manair al-Najaf, a Shiite religious satellite channel's website based in Najaf (fictional)",
    paras=paras_of(f"648_{SLUG}.txt"),
    events=[
        # the lead, after the dateline «كربلاء»: two roadside bombs on the road from al-Musayyib this
        # morning, three volunteers killed (core ASSAULT, Remote explosive)
        E(True, ["ASSAULT"], [1], "بانفجار", ["asserted", "reported"], mode="explosives", source=ISIS_648,
          recipient=VOLUNTEERS_648, location=MUSAYYIB_ROAD, date=TODAY, fatalities=3,
          attribution=["مصدر طبي في مستشفى الحسين التعليمي"], acled=MINE),
        # the main event, in ¶2 after the bombs: the army, the federal police and the volunteer units storm
        # Jurf al-Sakhar from Friday dawn to Saturday evening, about sixty killed per the Babil operations
        # command; ¶10, a company commander's account («القتلى الستين»), and the headline name it
        E(True, ["ASSAULT"], [0, 2, 10], "واقتحمت", ["asserted"], mode="firearms", source=BATTLE_648,
          location=JURF, date=SINCE_FRIDAY, fatalities=60, attribution=["قيادة عمليات بابل"], acled=CLASH,
          tpara=2),
        # ¶3: an Islamic State sniper kills two federal policemen at al-Fadhiliya (core ASSAULT, Armed clash);
        # the house surrounded by the volunteers is optional
        E(True, ["ASSAULT"], [3], "واستهدف", ["asserted"], mode="firearms", source=ISIS_SNIPER,
          recipient=FED_POLICE_648, location=FADHILIYA, date=YESTERDAY, fatalities=2,
          attribution=["ضابط في الشرطة الاتحادية"], acled=CLASH),
        E(False, ["COERCE"], [3], "تحاصر", ["asserted"], mode="restrict", source=VOLUNTEERS_648,
          location=FADHILIYA, date=YESTERDAY),
        # ¶4: the operations command keeps the displaced families from returning (core COERCE)
        E(True, ["COERCE"], [4], "ومنعت", ["asserted"], mode="restrict", source=BABIL_OPS,
          recipient=JURF_FAMILIES, location=JURF, date=LATELY),
        # ¶5: new columns of volunteers reach al-Musayyib overnight (core MOBILIZE); the storming units'
        # pull-back to their rear positions is optional
        E(True, ["MOBILIZE"], [5], "ووصلت", ["asserted"], mode="troops", source=PMF_COLUMNS,
          location=MUSAYYIB, date=LAST_NIGHT),
        E(False, ["RETREAT"], [5], "انسحاب", ["asserted"], mode="withdraw", source=IQ_UNITS_648,
          location=JURF, date=LAST_NIGHT),
        # ¶6: Islamic State fighters said on WhatsApp to gather near Amiriyat al-Fallujah (core MOBILIZE,
        # rumored); the counter-attack they would prepare is optional (hypothetical)
        E(True, ["MOBILIZE"], [6], "تجمع", ["rumored"], mode="troops", source=ISIS_GATHERING,
          location=AMIRIYAH, date=None, attribution=["ناشطون على «واتساب»"]),
        E(False, ["ASSAULT"], [6], "لهجوم", ["hypothetical"], source=ISIS_GATHERING, location=JURF,
          date=None),
        # ¶7: the Imam Hussein shrine sends a third convoy of food and clothes to the fighters (core AID)
        E(True, ["AID"], [7], "وسيّرت", ["asserted"], mode="military", source=HUSSEIN_SHRINE,
          recipient=FIGHTERS_648, location=JURF_FRONTS, date=YESTERDAY),
        # paragraph 8 (Jurf al-Sakhar: a description) holds no event; background in «وكانت … قد», at another
        # place: a car bomb in al-Iskandariya on 17 July, eleven civilians killed (core, historical, Remote
        # explosive)
        E(True, ["ASSAULT"], [9], "انفجرت", ["historical", "asserted"], mode="explosives", source=ISIS_648,
          recipient=ISKANDARIYA_VICTIMS, location=ISKANDARIYA, date=D("2014-07-17"), fatalities=11,
          acled=MINE),
        # ¶10 is a paragraph of the main event; ¶11: the Islamic State threatens Karbala and Najaf in a
        # YouTube recording «طالما بقي» the volunteers in Jurf al-Sakhar (core THREATEN); the security
        # measures tightened round the shrines are optional
        E(True, ["THREATEN"], [11], "وتوعدت", ["asserted"], mode="violence", source=ISIS_648,
          recipient=THREATENED_648, location=JURF, date=LATELY, attribution=["تسجيل صوتي بثته على «يوتيوب»"]),
        E(False, ["MOBILIZE"], [11], "شُددت", ["asserted"], mode="police", source=KARBALA_SECURITY,
          location=KARBALA, date=LAST_NIGHT),
        # ¶12: coalition aircraft took no part in the strikes (core ASSAULT, negated); the army aviation and
        # artillery relied on instead are optional
        E(True, ["ASSAULT"], [12], "تشارك", ["negated"], mode="aerial", source=COALITION_648,
          recipient=ISIS_POSITIONS, location=JURF, date=None),
        E(False, ["ASSAULT"], [12], "اعتمدت", ["asserted"], mode="aerial", source=IQ_FORCES_648,
          location=JURF, date=SINCE_FRIDAY),
        # ¶13: a car-bomb workshop and explosives stores seized (core COERCE)
        E(True, ["COERCE"], [13], "وضبطت", ["asserted"], mode="confiscate", source=IQ_SECURITY_648,
          location=JURF, date=LATELY, attribution=["قيادة عمليات بابل"]),
        # ¶14: tribal sheikhs ask the Babil government for a return date and compensation (core REQUEST)
        E(True, ["REQUEST"], [14], "وطالب", ["asserted"], source=JURF_SHEIKHS, recipient=BABIL_GOVERNMENT,
          date=LATELY),
        # ¶15: an extraordinary session of the Babil council in Hilla next Tuesday (core CONSULT, planned)
        E(True, ["CONSULT"], [15], "جلسة", ["planned"], mode="multilateral", source=BABIL_COUNCIL,
          recipient=BABIL_GUESTS, location=HILLA, date=D("2014-10-28"), attribution=["رئيس المجلس"]),
        # ¶16: the representative of the religious authority praises the fighters in the Friday sermon (core
        # SUPPORT); his urging of the fighters and his call on the tribes are optional
        E(True, ["SUPPORT"], [16], "وأشاد", ["asserted"], source=MARJA_REP, recipient=FIGHTERS_648,
          location=KARBALA_SHRINE, date=D("2014-10-24")),
        E(False, ["REQUEST"], [16], "وحثّهم", ["asserted"], source=MARJA_REP, recipient=FIGHTERS_648,
          date=D("2014-10-24")),
        E(False, ["REQUEST"], [16], "ودعا", ["asserted"], source=MARJA_REP, recipient=BABIL_TRIBES,
          date=D("2014-10-24")),
        # paragraph 17 (a volunteer's words) holds no event
    ],
)
