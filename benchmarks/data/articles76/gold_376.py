"""Gold of article 376: Hajin, al-Baghuz, al-Susah and al-Sha'fah (Abu Kamal countryside, Deir ez-Zor), a
Syrian local activist news network, 2022-03-29 (Tue); mostly about mines and explosive remnants."""
from actors_places import (
    ARD_AMINA,
    BAGHUZ_SUSAH_ROAD,
    CHILDREN_FAMILY,
    COALITION,
    COALITION_SDF,
    DEZ_CIVIL_COUNCIL,
    DEZ_MIL_COUNCIL,
    HAJIN,
    HAJIN_ACTIVISTS,
    HAJIN_BAGHUZ_STRIP,
    HAJIN_CHILDREN,
    HAJIN_DESERT,
    HERDERS,
    INTL_ORGS,
    ISIS_CELLS,
    OMAR_FIELD,
    SDF,
    SDF_ENGINEERS,
    SHAFAH,
    SHAFAH_MEN,
    SUSAH,
    SUSAH_FAMILIES,
)
from common import MINE, OTHER, D, E, paras_of

SLUG = "hajin_2022_susah_baghuz_shafah"
TODAY = D("2022-03-29")
YESTERDAY = D("2022-03-28")
SINCE_YESTERDAY = D("2022-03-29", "day", ("2022-03-28", "2022-03-29"))
LAST_AUTUMN = D("2021-10-15", "month", ("2021-09-01", "2021-11-30"))
ARTICLE = dict(
    id="team76-376", slug=SLUG, published="2022-03-29",
    outlet="Sada al-Sharqiya local activist news network (fictional)",
    paras=paras_of(f"376_{SLUG}.txt"),
    events=[
        # ¶1: the SDF engineers defuse an IED on the al-Baghuz–al-Susah road «صباح اليوم» (headline 0): a
        # weapon taken out of use (COERCE seize; ASSAULT accepted for the planting; ACLED's «Disrupted weapons
        # use» has no goldkit label, so Strategic developments/Other)
        E(True, ["COERCE", "ASSAULT"], [0, 1], "فككت", ["asserted"], mode="seize",
          source=SDF_ENGINEERS, location=BAGHUZ_SUSAH_ROAD, date=TODAY,
          attribution=["مراسل «صدى الشرقية»"], acled=OTHER, tpara=1),
        # the main event, first told in ¶2 after the IED: three children killed by a landmine in the Hajin
        # desert «عصر أمس الإثنين», the time in its own clause (headline 0, ¶2, the tolls 3, the uncle 4, the
        # burial 10, the teacher 11); the civil council's three against the activists' four → 3; no planter is
        # named
        E(True, ["ASSAULT"], [0, 2, 3, 4, 10, 11], "بانفجار لغم أرضي", ["asserted"], mode="explosives",
          recipient=HAJIN_CHILDREN, location=HAJIN_DESERT, date=YESTERDAY, fatalities=3,
          attribution=["لجنة الصحة في مجلس دير الزور المدني", "ناشطون من هجين"], acled=MINE, tpara=2),
        # ¶5: two SDF engineering teams sent to the site «مساء أمس» (MOBILIZE)
        E(True, ["MOBILIZE"], [5], "ودفعت", ["asserted"], mode="troops",
          source=SDF_ENGINEERS, location=HAJIN_DESERT, date=YESTERDAY,
          attribution=["قيادي في مجلس دير الزور العسكري"]),
        # ¶6: the spokesman (a long parenthetical between subject and verb) blames ISIS cells for planting the
        # mines, and activists blame the SDF: two ACCUSE; the planting alleged (optional, reported) and the
        # condolence visit (optional CONSULT)
        E(True, ["ACCUSE"], [6], "اتهم", ["asserted"],
          source=DEZ_MIL_COUNCIL, recipient=ISIS_CELLS, location=HAJIN, date=SINCE_YESTERDAY),
        E(True, ["ACCUSE"], [6], "حمّل", ["asserted"],
          source=HAJIN_ACTIVISTS, recipient=SDF, date=SINCE_YESTERDAY),
        E(False, ["ASSAULT"], [6], "بزرع ألغام جديدة", ["reported"], mode="explosives",
          source=ISIS_CELLS, location=HAJIN, date=None),
        E(False, ["CONSULT"], [6], "قدّم التعازي", ["asserted"], mode="visit",
          source=DEZ_MIL_COUNCIL, recipient=CHILDREN_FAMILY, location=HAJIN, date=SINCE_YESTERDAY),
        # paragraph 7 (the Hajin desert, truffles: description) holds no event ¶8: the civil council's pledge
        # of compensation (AGREE); the phone call and the payment itself optional
        E(True, ["AGREE"], [8], "وتعهّد", ["asserted"],
          source=DEZ_CIVIL_COUNCIL, recipient=CHILDREN_FAMILY, date=SINCE_YESTERDAY),
        E(False, ["CONSULT"], [8], "اتصال هاتفي", ["asserted"], mode="phone",
          source=DEZ_CIVIL_COUNCIL, recipient=CHILDREN_FAMILY, date=SINCE_YESTERDAY),
        E(False, ["AID"], [8], "بصرف تعويض مالي", ["planned", "hypothetical"], mode="economic",
          source=DEZ_CIVIL_COUNCIL, recipient=CHILDREN_FAMILY, date=None),
        # ¶9: one sentence, two events: a ban on grazing (COERCE, headline 0) and a threat to seize the herds
        # and arrest their owners (THREATEN); the seizure itself optional, hypothetical
        E(True, ["COERCE"], [0, 9], "حظراً", ["asserted"], mode="ban",
          source=SDF, recipient=HERDERS, location=HAJIN_BAGHUZ_STRIP, date=SINCE_YESTERDAY, tpara=9),
        E(True, ["THREATEN"], [9], "وهددت", ["asserted"], mode="arrest",
          source=SDF, recipient=HERDERS, location=HAJIN_BAGHUZ_STRIP, date=SINCE_YESTERDAY),
        E(False, ["COERCE"], [9], "بمصادرة قطعان المخالفين", ["hypothetical"], mode="confiscate",
          source=SDF, recipient=HERDERS, location=HAJIN_BAGHUZ_STRIP, date=None),
        # ¶10 (the burial) and ¶11 (the teacher) belong to the main event ¶12: the NGO's warning and appeal
        # (REQUEST); its count of seventeen dead since January is an aggregate
        E(True, ["REQUEST"], [12], "وداعيةً", ["asserted"],
          source=ARD_AMINA, recipient=INTL_ORGS, date=TODAY, attribution=["بيان منظمة «أرض آمنة»"]),
        # ¶13: a mine under a tractor near al-Sha'fah, rumoured on Facebook, unconfirmed
        E(True, ["ASSAULT"], [13], "انفجار لغم بجرار زراعي", ["rumored", "reported"], mode="explosives",
          location=SHAFAH, date=TODAY, attribution=["صفحات محلية على «فيسبوك»"], acled=MINE),
        # ¶14: mine detectors to be handed over by the coalition «يوم الخميس المقبل» (planned AID); the joint
        # training programme optional COOPERATE
        E(True, ["AID"], [14], "يسلّم", ["planned"], mode="military",
          source=COALITION, recipient=SDF, location=OMAR_FIELD, date=D("2022-03-31"),
          attribution=["وكالة محلية نقلاً عن مصدر عسكري"]),
        E(False, ["COOPERATE"], [14], "برنامج تدريب مشترك", ["asserted", "generic"],
          source=COALITION_SDF, location=OMAR_FIELD, date=None),
        # ¶15: the families of last autumn's blast near al-Susah got no compensation (core AID, negated); the
        # blast and the promises of the time optional, historical
        E(True, ["AID"], [15], "ولم تتسلّم", ["negated"], mode="economic",
          source=DEZ_CIVIL_COUNCIL, recipient=SUSAH_FAMILIES, location=SUSAH, date=TODAY,
          attribution=["أحد أفراد تلك العائلات"]),
        E(False, ["ASSAULT"], [15], "انفجار مماثل", ["historical"], mode="explosives",
          location=SUSAH, date=LAST_AUTUMN, acled=MINE),
        E(False, ["AGREE"], [15], "وعود قطعها", ["historical"],
          source=DEZ_CIVIL_COUNCIL, recipient=SUSAH_FAMILIES, date=LAST_AUTUMN),
        # paragraph 16 (fallow land, ploughing fees, herds sold: economy) holds no event
        # background at another place: two truffle gatherers of al-Sha'fah killed by a landmine on 8 March
        E(True, ["ASSAULT"], [17], "بانفجار لغم أرضي", ["historical", "asserted"], mode="explosives",
          recipient=SHAFAH_MEN, location=SHAFAH, date=D("2022-03-08"), fatalities=2, acled=MINE),
    ],
)
