"""Gold of article 549: Saada (Dammaj and its Dar al-Hadith centre, Saada city, Kitaf, al-Buqa', Razih, and a
sit-in in the capital), a Yemeni party-affiliated weekly newspaper's website, 2013-11-12 (Tue)."""
from actors_places import (
    BUQA,
    BUQA_TRIBES,
    CAPITAL,
    DAMMAJ,
    DAMMAJ_AND_HOUTHI_REPS,
    DAMMAJ_CENTRE,
    DAMMAJ_CENTRE_ADMIN,
    DAMMAJ_MOSQUE,
    DAMMAJ_SAADA,
    DAMMAJ_STUDENTS,
    DAMMAJ_WOUNDED,
    HOUTHI_MEDIA,
    HOUTHI_RAZIH,
    HOUTHIS,
    ICRC,
    KITAF,
    KITAF_CLASH,
    KITAF_HILL,
    NDC_PARTIES,
    PRES_COMMITTEE,
    RAZIH,
    RAZIH_TRIBESMEN,
    SALAFI_SITIN,
    SALAFIS,
    TRIBAL_GUNMEN_549,
    TRUCE_PARTIES,
    UN_ENVOY,
    YE_PRESIDENCY,
)
from common import AGREEMENT, CLASH, PEACEFUL, SHELL, D, E, paras_of

SLUG = "saada_2013_dammaj_kitaf_buqa_razih_siege_truce"
TODAY = D("2013-11-12")
YESTERDAY = D("2013-11-11")
AFTER_MIDNIGHT = D("2013-11-12", "day", ("2013-11-11", "2013-11-12"))
SINCE_YESTERDAY = D("2013-11-12", "day", ("2013-11-11", "2013-11-12"))
ARTICLE = dict(
    id="team110-549", slug=SLUG, published="2013-11-12",
    outlet="Minbar al-Watan, a Yemeni party-affiliated weekly newspaper's website (fictional)",
    paras=paras_of(f"549_{SLUG}.txt"),
    events=[
        # the main event, first in the lead (no dateline; Dammaj in the first sentence): Houthi shells on
        # the main mosque of the Dar al-Hadith centre during the noon prayer «ظهر أمس الاثنين», five
        # students killed (one number) → 5 (Shelling/artillery/missile attack); ¶3 the Houthi version, ¶17
        # the burial of «الطلاب الخمسة»; the headline 0 names it
        E(True, ["ASSAULT"], [0, 1, 3, 17], "قذائف أطلقها", ["asserted", "reported"], mode="heavy-weapons",
          source=HOUTHIS, recipient=DAMMAJ_STUDENTS, location=DAMMAJ_MOSQUE, date=YESTERDAY, fatalities=5,
          attribution=["مصدر طبي في العيادة الملحقة بالمركز"], acled=SHELL, tpara=1),
        # ¶2: the Houthi siege of Dammaj and its schools for some four weeks (core COERCE, a standing act told
        # today); the snipers' habit of firing on anyone moving is optional, generic
        E(True, ["COERCE"], [2], "حصاراً", ["asserted"], mode="restrict",
          source=HOUTHIS, recipient=DAMMAJ_CENTRE, location=DAMMAJ,
          date=D("2013-11-12", "day", ("2013-10-14", "2013-11-12"))),
        E(False, ["ASSAULT"], [2], "ويستهدف", ["generic"], mode="firearms",
          source=HOUTHIS, location=DAMMAJ, date=None),
        # ¶3 (a paragraph of the main event): the Houthi media office says its men returned fire and accuses
        # «التكفيريين الأجانب» (core ACCUSE); its warning not to let Saada become a refuge is optional
        E(True, ["ACCUSE"], [3], "متهماً", ["asserted"],
          source=HOUTHI_MEDIA, recipient=SALAFIS, date=SINCE_YESTERDAY),
        E(False, ["THREATEN"], [3], "لن تسمح", ["asserted"], mode="violence",
          source=HOUTHI_MEDIA, recipient=SALAFIS, date=SINCE_YESTERDAY),
        # ¶4: the presidential mediation committee reaches Dammaj and meets the centre's leaders, then the
        # Houthis' representatives in Saada city (core CONSULT, third-party; one event)
        E(True, ["CONSULT"], [4], "والتقت", ["asserted"], mode="third-party",
          source=PRES_COMMITTEE, recipient=DAMMAJ_AND_HOUTHI_REPS, location=DAMMAJ_SAADA, date=YESTERDAY),
        # ¶5, one sentence, two events: the truce signed in the committee's presence (core AGREE, Agreement)
        # and the clashes after midnight in Kitaf between tribal fighters backing the Salafis and the
        # Houthis (core ASSAULT, Armed clash, both sides as source); the headline 0 names both («هدنة …
        # تنهار»); the mutual blame for the breach is optional
        E(True, ["AGREE"], [0, 5], "ووقّع", ["asserted"],
          source=TRUCE_PARTIES, location=DAMMAJ, date=YESTERDAY, acled=AGREEMENT, tpara=5),
        E(True, ["ASSAULT"], [0, 5], "الاشتباكات", ["asserted"], mode="firearms",
          source=KITAF_CLASH, location=KITAF, date=AFTER_MIDNIGHT, acled=CLASH, tpara=5),
        E(False, ["ACCUSE"], [5], "الاتهام", ["asserted"],
          source=TRUCE_PARTIES, date=AFTER_MIDNIGHT),
        # ¶6: the ICRC moves eighteen wounded from Dammaj to Saada city's hospitals (core AID, humanitarian;
        # RETREAT also accepted); «، وذلك بعد» tells the time after the act
        E(True, ["AID", "RETREAT"], [6], "ونقلت", ["asserted"], mode="humanitarian",
          source=ICRC, recipient=DAMMAJ_WOUNDED, location=DAMMAJ_SAADA, date=TODAY),
        # paragraph 7 (Dammaj and its valley: a description) holds no event
        # ¶8: a Houthi takeover of a hill on the Kitaf road, rumoured by tribal sources and neither
        # confirmed nor denied (core ASSAULT, rumored); the tribesmen's withdrawal under fire is optional,
        # rumored
        E(True, ["ASSAULT", "COERCE"], [8], "سيطرة", ["rumored", "reported"], mode="firearms",
          source=HOUTHIS, location=KITAF_HILL, date=D("2013-11-11", "day", ("2013-11-10", "2013-11-11")),
          attribution=["مصادر قبلية"]),
        E(False, ["RETREAT"], [8], "انسحاب", ["rumored"], mode="withdraw",
          source=TRIBAL_GUNMEN_549, location=KITAF_HILL, date=None),
        # ¶9, one sentence, two events: the al-Buqa' tribes' conditional warning (core THREATEN; the new
        # fronts optional, hypothetical) and the mobilisation of hundreds of their men (core MOBILIZE); the
        # blame laid on the presidency for what may follow is optional
        E(True, ["THREATEN"], [9], "وحذّرت", ["asserted"], mode="violence",
          source=BUQA_TRIBES, location=BUQA, date=SINCE_YESTERDAY),
        E(False, ["ASSAULT"], [9], "ستفتح جبهات جديدة", ["hypothetical"], mode="firearms",
          source=BUQA_TRIBES, location=BUQA, date=None),
        E(True, ["MOBILIZE"], [9], "حشد", ["asserted"], mode="troops",
          source=BUQA_TRIBES, location=BUQA, date=SINCE_YESTERDAY),
        E(False, ["ACCUSE"], [9], "حمّل", ["asserted"],
          source=BUQA_TRIBES, recipient=YE_PRESIDENCY, date=SINCE_YESTERDAY),
        # ¶10: the Salafi sit-in in the capital in its fifth day (core PROTEST, Peaceful protest) and its
        # demand to the presidency (core REQUEST); «من دون أن» negates nothing
        E(True, ["PROTEST"], [10], "اعتصامهم", ["asserted"], mode="demo",
          source=SALAFI_SITIN, location=CAPITAL, date=D("2013-11-12", "day", ("2013-11-08", "2013-11-12")),
          acled=PEACEFUL),
        E(True, ["REQUEST"], [10], "مطالبين", ["asserted"],
          source=SALAFI_SITIN, recipient=YE_PRESIDENCY, location=CAPITAL, date=TODAY),
        # ¶11: the committee due back in Dammaj «يوم الخميس المقبل» (core CONSULT, planned)
        E(True, ["CONSULT"], [11], "تعود", ["planned"], mode="third-party",
          source=PRES_COMMITTEE, location=DAMMAJ, date=D("2013-11-14")),
        # ¶12: the Houthis have not withdrawn from the positions above Dammaj (core RETREAT, negated); their
        # condition and the centre's refusal are optional
        E(True, ["RETREAT"], [12], "ينسحب", ["negated"], mode="withdraw",
          source=HOUTHIS, location=DAMMAJ, date=TODAY),
        E(False, ["REQUEST"], [12], "اشترطت", ["asserted", "reported"],
          source=HOUTHIS, recipient=DAMMAJ_CENTRE_ADMIN, date=SINCE_YESTERDAY),
        E(False, ["REJECT"], [12], "ترفضه", ["asserted"],
          source=DAMMAJ_CENTRE_ADMIN, recipient=HOUTHIS, date=SINCE_YESTERDAY),
        # paragraph 13 (a student's words) holds no event
        # background at another place, in «وكان … قد»: a Houthi attack on a tribal post in Razih on 26
        # October (core, historical, 4; Armed clash)
        E(True, ["ASSAULT"], [14], "هاجموا", ["historical", "asserted", "reported"], mode="firearms",
          source=HOUTHI_RAZIH, recipient=RAZIH_TRIBESMEN, location=RAZIH, date=D("2013-10-26"), fatalities=4,
          attribution=["مصادر قبلية"], acled=CLASH),
        # ¶15, subject–verb–object with a long parenthetical: the UN envoy welcomes the truce (core SUPPORT)
        # and calls on both sides to keep it (optional REQUEST); his meetings in the relative clause are
        # optional
        E(True, ["SUPPORT"], [15], "رحّب", ["asserted"],
          source=UN_ENVOY, date=SINCE_YESTERDAY),
        E(False, ["REQUEST"], [15], "ودعا", ["asserted"],
          source=UN_ENVOY, recipient=TRUCE_PARTIES, date=SINCE_YESTERDAY),
        E(False, ["CONSULT"], [15], "والتقى", ["historical", "asserted"],
          source=UN_ENVOY, recipient=NDC_PARTIES, date=None),
        # paragraph 16 (deaths and flight since late October: aggregates) holds no event; ¶17, the burial,
        # is a paragraph of the main event
    ],
)
