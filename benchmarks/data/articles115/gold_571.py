"""Gold of article 571: Russian air strikes on Islamic State hideouts in the desert south of Deir ez-Zor,
gunmen on motorcycles kill truffle gatherers in the desert of al-Mayadin (main event, told in ¶2 after the
strikes; six per the hospital and the state agency, nine per a local network → 6), a survivor's account,
the notables' council's accusation and demand, the Islamic State's leaflets threatening the gatherers, the
security committee's ban on gathering truffles, four gatherers' abduction near al-Shoula rumoured and
denied, no patrol sent to the site, a meeting with Russian officers due on Thursday, a charity's aid to the
families, the truffle traders' rejection of the ban's condition, the gatherers killed since last year, and
gatherers ambushed near Kabajeb on 12 February 2021 (Deir ez-Zor, Syria), a Gaziantep-based Syrian
opposition news website, 2021-03-09 (Tue). No dateline: the lead names Deir ez-Zor in its first sentence."""
from actors_places import (
    DEZ_AIRPORT,
    DEZ_COMMITTEE,
    DEZ_GOV,
    EAST_COUNTRYSIDE,
    GATHERERS_KILLED,
    IRAN_MILITIAS,
    ISIS_DEZ,
    KABAJEB,
    KABAJEB_GUNMEN,
    KABAJEB_VICTIMS,
    MAYADIN,
    MAYADIN_CHARITY,
    MAYADIN_DESERT,
    MAYADIN_GUNMEN,
    MAYADIN_NOTABLES,
    MAYADIN_RUSSIANS,
    NDF,
    RUS_AIR,
    RUSSIA,
    SHOULA,
    SHOULA_GATHERERS,
    SOUTH_BADIA,
    SY_FORCES,
    THREATENED_GATHERERS,
    TRUFFLE_GATHERERS,
    TRUFFLE_TRADERS,
    VICTIM_FAMILIES,
    WOUNDED_FOUR,
)
from common import AIR, ATTACK, D, E, paras_of

SLUG = "deir_ez_zor_2021_mayadin_kabajeb"
YESTERDAY = D("2021-03-08")
TODAY = D("2021-03-09")
# a statement or an act without a time of day: the day of publication, or the day before
STATED = D("2021-03-09", "day", ("2021-03-08", "2021-03-09"))
ARTICLE = dict(
    id="team115-571", slug=SLUG, published="2021-03-09",
    outlet="Shahed al-Furat, a Gaziantep-based Syrian opposition news website (fictional)",
    paras=paras_of(f"571_{SLUG}.txt"),
    events=[
        # ¶1 (no dateline; Deir ez-Zor in the first sentence): Russian air strikes on the desert hideouts (the
        # headline names them); «من دون أن تُعرف حصيلة القصف» negates nothing
        E(True, ["ASSAULT"], [0, 1], "شنّت طائرات", ["asserted"], mode="aerial",
          source=RUS_AIR, recipient=ISIS_DEZ, location=SOUTH_BADIA, date=YESTERDAY,
          attribution=["مراسل «شاهد الفرات»"], acled=AIR, tpara=1),
        # MAIN EVENT, told in ¶2 after the strikes (verb first; the hour told after the act in a clause of its
        # own): gunmen fire on the truffle gatherers; a survivor ¶3, the state agency's version and a local
        # network's nine ¶4, the burial ¶13 → 6, the lowest count
        E(True, ["ASSAULT"], [0, 2, 3, 4, 13], "فتح مسلحون", ["asserted"], mode="firearms",
          source=MAYADIN_GUNMEN, recipient=TRUFFLE_GATHERERS, location=MAYADIN_DESERT, date=YESTERDAY,
          fatalities=6,
          attribution=["مصدر طبي في المشفى الوطني بالميادين", "وكالة «سانا»", "شبكة «عين الميادين»"],
          acled=ATTACK, tpara=2),
        # ¶5 (the truffle season and its prices) holds no event. ¶6 (subject, a long parenthesis, verb): the
        # accusation and the demand, two verbs joined with «و»; the fees taken on the desert roads are an
        # optional historical COERCE
        E(True, ["ACCUSE"], [6], "اتهم", ["asserted"],
          source=MAYADIN_NOTABLES, recipient=IRAN_MILITIAS, date=STATED, attribution=["بيان"]),
        E(False, ["COERCE"], [6], "قبضت", ["historical", "generic"], mode="confiscate",
          source=IRAN_MILITIAS, recipient=TRUFFLE_GATHERERS, date=None),
        E(True, ["REQUEST"], [6], "وطالب", ["asserted"],
          source=MAYADIN_NOTABLES, recipient=RUSSIA, date=STATED),
        # ¶7: the leaflets told by three residents (reported first); the killing they threaten is optional and
        # hypothetical
        E(True, ["THREATEN"], [7], "وتوعّد", ["reported", "asserted"], mode="violence",
          source=ISIS_DEZ, recipient=THREATENED_GATHERERS, location=EAST_COUNTRYSIDE, date=STATED,
          attribution=["ثلاثة من سكانها"]),
        E(False, ["ASSAULT"], [7], "بـ«قتل", ["hypothetical"], mode="firearms",
          source=ISIS_DEZ, recipient=THREATENED_GATHERERS, date=None),
        # ¶8: the security committee's ban on going out to gather truffles (COERCE ban); the seizure it names
        # and the escorted convoys it foresees are optional
        E(True, ["COERCE"], [8], "وأصدرت اللجنة", ["asserted"], mode="ban",
          source=DEZ_COMMITTEE, recipient=TRUFFLE_TRADERS, location=DEZ_GOV, date=TODAY,
          attribution=["صفحة المحافظة"]),
        E(False, ["COERCE"], [8], "مصادرتها", ["hypothetical"], mode="confiscate",
          source=DEZ_COMMITTEE, recipient=TRUFFLE_TRADERS, date=None),
        E(False, ["MOBILIZE", "COERCE"], [8], "ترافقها دوريات", ["planned", "hypothetical"], mode="troops",
          source=DEZ_COMMITTEE, date=None),
        # ¶9: four gatherers' abduction, told by local pages and denied by the mukhtar (rumoured)
        E(True, ["ASSAULT"], [9], "خطف", ["rumored", "negated"], mode="abduct",
          recipient=SHOULA_GATHERERS, location=SHOULA, date=YESTERDAY,
          attribution=["صفحات محلية على «فيسبوك»"]),
        # ¶10: no patrol sent to the site (MOBILIZE, negated; «موقع الهجوم» is a back-reference); the NDF's
        # temporary checkpoint is optional
        E(True, ["MOBILIZE"], [10], "ولم تُرسل", ["negated"], mode="troops",
          source=SY_FORCES, location=MAYADIN_DESERT, date=TODAY, attribution=["أقارب القتلى"]),
        E(False, ["COERCE", "MOBILIZE"], [10], "بإقامة حاجز", ["asserted"], mode="restrict",
          source=NDF, location=MAYADIN_DESERT, date=TODAY),
        # ¶11: the notables' meeting with Russian officers «يوم الخميس المقبل» (planned CONSULT; both parties
        # in either role); what they will ask for is optional
        E(True, ["CONSULT"], [11], "يلتقي", ["planned"],
          source=MAYADIN_RUSSIANS, recipient=MAYADIN_RUSSIANS, location=DEZ_AIRPORT, date=D("2021-03-11"),
          attribution=["أحد أعضاء الوفد"]),
        E(False, ["REQUEST"], [11], "سيطلبون", ["planned"], source=MAYADIN_RUSSIANS, date=D("2021-03-11")),
        # ¶12 (the families' livelihood) holds no event. ¶13: the burial belongs to the main event.
        # ¶14: the charity's aid to the families (AID); its pledge for the wounded is optional
        E(True, ["AID"], [14], "وقدّمت جمعية", ["asserted"], mode="economic",
          source=MAYADIN_CHARITY, recipient=VICTIM_FAMILIES, location=MAYADIN, date=TODAY),
        E(False, ["AGREE", "AID"], [14], "وتعهّد", ["asserted"],
          source=MAYADIN_CHARITY, recipient=WOUNDED_FOUR, date=TODAY),
        # ¶15: the traders reject the ban's condition (REJECT); keeping shops open despite it is optional
        E(True, ["REJECT"], [15], "ورفض تجار", ["asserted"],
          source=TRUFFLE_TRADERS, location=MAYADIN, date=TODAY, attribution=["بيان مشترك"]),
        E(False, ["PROTEST"], [15], "وأبقى بعضهم", ["asserted"], mode="strike",
          source=TRUFFLE_TRADERS, location=MAYADIN, date=TODAY),
        # ¶16: the gatherers and herders killed since last year, an aggregate (optional, generic)
        E(False, ["ASSAULT"], [16], "مقتل", ["generic"], recipient=GATHERERS_KILLED, date=None),
        # ¶17, «وكان … قد» at another place: gatherers ambushed near Kabajeb on 12 February (core, historical)
        E(True, ["ASSAULT"], [17], "هاجموا", ["historical", "asserted"], mode="firearms",
          source=KABAJEB_GUNMEN, recipient=KABAJEB_VICTIMS, location=KABAJEB, date=D("2021-02-12"),
          fatalities=3, attribution=["أهالي البلدة"], acled=ATTACK),
    ],
)
