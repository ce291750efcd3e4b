"""Gold of article 146: Madaya, Bqin and az-Zabadani under siege (western Rif Dimashq), a Syrian opposition local
news network, 2017-01-18 (Wed)."""
from actors_places import (
                           FOUR_TOWNS,
                           FOURTH_DIV,
                           FUAA_KAFRIYA,
                           FUAA_RESIDENTS,
                           HEZ_REGIME,
                           HEZBOLLAH,
                           IRAN,
                           JAYSH_FATH,
                           MADAYA,
                           MADAYA_BQIN,
                           MADAYA_CHILDREN,
                           MADAYA_COUNCIL,
                           MADAYA_MAN,
                           MADAYA_NEG_COMMITTEE,
                           MADAYA_PATIENTS,
                           MADAYA_PROTESTERS,
                           MADAYA_RESIDENTS,
                           MADAYA_YOUNG_MAN,
                           MADAYA_YOUTHS,
                           MADAYA_ZABADANI,
                           MEDIATORS_146,
                           OPPOSITION_FACTIONS,
                           UN,
                           UN_SARC,
                           ZABADANI,
                           ZABADANI_FIGHTERS,
                           ZABADANI_SIDES,
)
from common import ARREST, ATTACK, CLASH, MINE, PEACEFUL, SHELL, D, E, paras_of

SLUG = "madaya_bqin_zabadani_sniper_convoy_siege"
ARTICLE = dict(
    id="team30-146", slug=SLUG, published="2017-01-18", outlet="Nabd al-Wadi local news network (fictional)",
    paras=paras_of(f"146_{SLUG}.txt"),
    events=[
        # the sniper's killing of a young man «مساء أمس الثلاثاء»: headline 0, lead 1 (a Facebook page), retold in 9
        # with the name, the sniper's post and the body recovered after dark (one event)
        E(True, ["ASSAULT"], [0, 1, 9], "برصاص قناص", ["asserted", "reported"], mode="firearms",
          source=HEZBOLLAH, recipient=MADAYA_YOUNG_MAN, location=MADAYA, date=D("2017-01-17"), fatalities=1,
          attribution=["صفحة «عين على مضايا» على فيسبوك", "أحد أقاربه"], acled=ATTACK, tpara=1),
        # a landmine wounds two children this morning; activists say Hezbollah laid it (the laying itself is a
        # standing practice, not a new event); the siege's imposition recalled in a clause (optional, historical)
        E(True, ["ASSAULT"], [2], "انفجار لغم أرضي", ["asserted", "reported"], mode="explosives",
          source=HEZBOLLAH, recipient=MADAYA_CHILDREN, location=MADAYA, date=D("2017-01-18"),
          attribution=["ناشطون"], acled=MINE),
        E(False, ["COERCE"], [2], "إطباق الحصار", ["historical"], mode="restrict",
          source=HEZBOLLAH, location=MADAYA, date=None),
        # the UN/SARC convoy into Madaya and Bqin «بعد عصر أمس» (headline 0; its distribution still going on in 7)
        # and the matching convoy into Kafriya and al-Fuaa (a second AID event, other place); the factions' siege of
        # the two towns is a standing state (optional)
        E(True, ["AID"], [0, 3, 7], "قافلة مساعدات", ["asserted"], mode="humanitarian",
          source=UN_SARC, recipient=MADAYA_RESIDENTS, location=MADAYA_BQIN, date=D("2017-01-17"), tpara=3),
        E(True, ["AID"], [3], "قافلة مماثلة", ["asserted"], mode="humanitarian",
          source=UN_SARC, recipient=FUAA_RESIDENTS, location=FUAA_KAFRIYA, date=D("2017-01-17")),
        E(False, ["COERCE"], [3], "تحاصرهما", ["asserted", "generic"], mode="restrict",
          source=OPPOSITION_FACTIONS, recipient=FUAA_RESIDENTS, location=FUAA_KAFRIYA, date=None),
        # the local council's statement: accusation of the UN and demand to it (the demanded clinic and evacuation
        # are the demand's content)
        E(True, ["ACCUSE"], [4], "متهماً", ["asserted"],
          source=MADAYA_COUNCIL, recipient=UN, location=MADAYA, date=D("2017-01-17"),
          attribution=["بيان المجلس المحلي في مضايا"]),
        E(True, ["REQUEST"], [4], "وطالب", ["asserted"],
          source=MADAYA_COUNCIL, recipient=UN, location=MADAYA, date=D("2017-01-17"),
          attribution=["بيان المجلس المحلي في مضايا"]),
        # an arrest at the Fourth Division's checkpoint at Bqin; the checkpoints' habit of selling food and then
        # chasing the buyers is generic (no event)
        E(True, ["COERCE"], [5], "اعتقل", ["asserted", "reported"], mode="arrest",
          source=FOURTH_DIV, recipient=MADAYA_MAN, location=MADAYA_BQIN, date=D("2017-01-18"),
          attribution=["ناشطون"], acled=ARREST),
        # paragraph 6 describes living conditions and prices: deliberately NO gold event
        # the sit-in in the town square and the protesters' demand to the UN; the banner's slogan optional
        E(True, ["PROTEST"], [7], "وقفة احتجاجية", ["asserted"], mode="demo",
          source=MADAYA_PROTESTERS, location=MADAYA, date=D("2017-01-18"), acled=PEACEFUL),
        E(False, ["REQUEST"], [7], "لافتات", ["asserted"],
          source=MADAYA_PROTESTERS, location=MADAYA, date=D("2017-01-18")),
        E(True, ["REQUEST"], [7], "وطالبوا", ["asserted"],
          source=MADAYA_PROTESTERS, recipient=UN, location=MADAYA, date=D("2017-01-18")),
        # az-Zabadani at dawn: shelling, an attempted advance and a two-hour clash make one fight (both sides are
        # sources; two attackers killed per a source inside the city, unverified); the shelling alone is optional
        E(True, ["ASSAULT"], [8], "اشتباكات", ["asserted", "reported"], mode="firearms",
          source=ZABADANI_SIDES, location=ZABADANI, date=D("2017-01-18"), fatalities=2,
          attribution=["مصدر عسكري من داخل المدينة"], acled=CLASH),
        E(False, ["ASSAULT"], [8], "قصفت", ["asserted"], mode="heavy-weapons",
          source=HEZ_REGIME, recipient=ZABADANI_FIGHTERS, location=ZABADANI, date=D("2017-01-18"), acled=SHELL),
        # the rumoured round of talks between Jaysh al-Fatah and Iran, denied by a member of the town's negotiating
        # committee; the evacuation it would discuss (optional) and the committee's last contact a month ago
        # (optional, historical)
        E(True, ["CONSULT"], [10], "جولة مفاوضات", ["rumored", "negated", "reported"], mode="third-party",
          source=JAYSH_FATH, recipient=IRAN, date=None,
          attribution=["أحاديث في أوساط الأهالي", "عضو في لجنة التفاوض عن البلدة"]),
        E(False, ["RETREAT"], [10], "إخلاء مضايا", ["rumored", "planned"], mode="withdraw",
          location=MADAYA_ZABADANI, date=None),
        E(False, ["CONSULT"], [10], "آخر اتصال", ["historical", "asserted"],
          source=MADAYA_NEG_COMMITTEE, recipient=MEDIATORS_146,
          date=D("2016-12-10", "month", ("2016-11-15", "2016-12-18"))),
        # background: the four-towns agreement of September 2015 (named in 3 and 11) and the summer-2015 offensive
        # on az-Zabadani (both optional, historical)
        E(False, ["AGREE"], [3, 11], "اتفاق أُبرم", ["historical"],
          location=FOUR_TOWNS, date=D("2015-09-15", "month", ("2015-09-01", "2015-09-30")), tpara=11),
        E(False, ["ASSAULT"], [11], "هجوماً واسعاً", ["historical"], mode="heavy-weapons",
          source=HEZ_REGIME, location=ZABADANI, date=D("2015-08-01", "month", ("2015-06-21", "2015-09-22"))),
        # Hezbollah officers at the checkpoint keep four critical patients from leaving (COERCE, restrict)
        E(True, ["COERCE"], [12], "منعوا", ["asserted", "reported"], mode="restrict",
          source=HEZBOLLAH, recipient=MADAYA_PATIENTS, location=MADAYA_BQIN, date=D("2017-01-17"),
          attribution=["مصدر في الهيئة الطبية في مضايا"]),
        # loudspeaker messages a few hours after the convoy left: a conditional threat (made: asserted; the storming
        # itself only hypothetical, optional) and a call on the young men to surrender
        E(True, ["THREATEN"], [13], "توعدوا", ["asserted", "reported"], mode="violence",
          source=HEZBOLLAH, recipient=MADAYA_RESIDENTS, location=MADAYA,
          date=D("2017-01-17", "day", ("2017-01-17", "2017-01-18")), attribution=["ناشطون من داخل البلدة"]),
        E(False, ["ASSAULT"], [13], "اقتحام البلدة", ["hypothetical"],
          source=HEZBOLLAH, location=MADAYA, date=None),
        E(True, ["REQUEST"], [13], "ودعوا", ["asserted", "reported"],
          source=HEZBOLLAH, recipient=MADAYA_YOUTHS, location=MADAYA,
          date=D("2017-01-17", "day", ("2017-01-17", "2017-01-18")), attribution=["ناشطون من داخل البلدة"]),
        # paragraph 14 is a tally of deaths and cases over eighteen months: deliberately NO gold event
    ],
)
