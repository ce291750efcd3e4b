"""Gold of article 653: the shelling of the great mosque of Dar al-Hadith in Dammaj (main event, told in ¶5
after the tightened siege, the threat and the tribes' gathering; twenty-four students dead by the centre's
administration), the siege tightened, a Houthi leader's threat at a funeral wake, tribal fighters gathering in
Kitaf, the centre's accusation, no ceasefire reached by the presidential mediators (negated), bodies
exchanged, an attack at Kitaf in November 2011, wounded taken out by the ICRC, a secret meeting in Dahyan
(rumoured), a march in Ibb, a UN convoy due on Saturday, foreign students to be deported and Amnesty's call
(Saada, Yemen), a Jeddah-based Yemeni Salafi news website, 2013-10-31 (Thu). No dateline: the lead names
Dammaj in its first sentence."""
from actors_places import (
    AMNESTY,
    DAHYAN,
    DAMMAJ,
    DAMMAJ_DAHYAN_ROAD,
    DAMMAJ_PARTIES,
    DAR_HADITH,
    DAR_HADITH_ADMIN,
    DAR_HADITH_MOSQUE,
    FOREIGN_FIGHTERS,
    FOREIGN_STUDENTS,
    HOUTHI_LEADER,
    HOUTHI_SPOKESMAN,
    HOUTHIS,
    IBB,
    IBB_PROTESTERS,
    ICRC_653,
    KITAF,
    KITAF_ATTACKERS,
    KITAF_CENTRE,
    KITAF_CENTRE_PLACE,
    MEDIATION_COMMITTEE,
    OCHA_653,
    SECRET_TALKS,
    SNIPERS,
    STUDENTS,
    TRIBES,
    YE_INTERIOR,
    YEMENI_ARMY,
    YEMENI_STATE,
)
from common import ATTACK, PEACEFUL, SHELL, D, E, paras_of

SLUG = "dammaj_2013_kitaf_dahyan"
YESTERDAY = D("2013-10-30")
TODAY_OR_EVE = D("2013-10-31", "day", ("2013-10-30", "2013-10-31"))
SINCE_DAWN = D("2013-10-30", "day", ("2013-10-30", "2013-10-31"))
ARTICLE = dict(
    id="team131-653", slug=SLUG, published="2013-10-31",
    outlet="al-Athar Net, a Jeddah-based Yemeni Salafi news website (fictional)",
    paras=paras_of(f"653_{SLUG}.txt"),
    events=[
        # ¶1 (verb first, no dateline): the siege tightened since dawn yesterday
        E(True, ["COERCE"], [1], "الحصار", ["asserted"], mode="restrict", source=HOUTHIS,
          recipient=DAR_HADITH, location=DAMMAJ, date=SINCE_DAWN, attribution=["متحدث باسم طلاب المركز"]),
        # ¶2 (the valley and its school) holds no event. ¶3 (adverbial first): the threat in a speech at a
        # funeral wake in the provincial capital; the demand to the state optional
        E(True, ["THREATEN"], [3], "توعّد", ["asserted"], mode="violence", source=HOUTHI_LEADER,
          recipient=FOREIGN_FIGHTERS, location=DAMMAJ, date=TODAY_OR_EVE),
        E(False, ["REQUEST"], [3], "مطالباً", ["asserted"], source=HOUTHI_LEADER, recipient=YEMENI_STATE,
          date=TODAY_OR_EVE),
        # ¶4 (verb first): tribal fighters gathering in Kitaf
        E(True, ["MOBILIZE"], [4], "وتجمّع", ["asserted"], mode="troops", source=TRIBES, location=KITAF,
          date=TODAY_OR_EVE, attribution=["زعماء قبليين"]),
        # MAIN EVENT, told in ¶5 after three other core events: tank and mortar rounds on the great mosque and
        # its lodgings; the headline and the doctor's account ¶6 (one count: 24)
        E(True, ["ASSAULT"], [0, 5, 6], "قذائف", ["asserted"], mode="heavy-weapons", source=HOUTHIS,
          recipient=STUDENTS, location=DAR_HADITH_MOSQUE, date=YESTERDAY, fatalities=24,
          attribution=["إدارة المركز"], acled=SHELL, tpara=5),
        # ¶6: the snipers firing on rescuers, told by the doctor, optional
        E(False, ["ASSAULT"], [6], "يطلقون", ["reported", "asserted"], mode="firearms", source=SNIPERS,
          location=DAMMAJ, date=YESTERDAY),
        # ¶7: the centre's accusation («ضد»); the movement's counter-charge (the other side's version)
        # optional
        E(True, ["ACCUSE"], [7], "واتهمت", ["asserted"], source=DAR_HADITH_ADMIN, recipient=HOUTHIS,
          date=TODAY_OR_EVE),
        E(False, ["ACCUSE"], [7], "اتهم", ["asserted"], source=HOUTHI_SPOKESMAN, recipient=DAR_HADITH,
          date=TODAY_OR_EVE, occ=1),
        # ¶8 (a student) holds no event. ¶9 (a verb of failure): no ceasefire deal reached (negated); the
        # mediators' contacts, the movement's condition and the centre's refusal optional
        E(True, ["AGREE"], [9], "اتفاق", ["negated"], source=DAMMAJ_PARTIES, recipient=DAMMAJ_PARTIES,
          location=DAMMAJ, date=D("2013-10-30", "day", ("2013-10-29", "2013-10-31")),
          attribution=["عضو في اللجنة"]),
        E(False, ["CONSULT"], [9], "الاتصالات", ["asserted"], source=MEDIATION_COMMITTEE,
          recipient=DAMMAJ_PARTIES, date=None),
        E(False, ["REQUEST"], [9], "اشترط", ["asserted"], source=HOUTHIS, recipient=DAR_HADITH, date=None),
        E(False, ["REJECT"], [9], "رفضت", ["asserted"], source=DAR_HADITH_ADMIN, recipient=HOUTHIS,
          date=None),
        # ¶10: bodies exchanged through tribal mediation (a back-reference closes it)
        E(True, ["COOPERATE"], [10], "وتبادل", ["asserted"], source=DAMMAJ_PARTIES, recipient=DAMMAJ_PARTIES,
          location=DAMMAJ_DAHYAN_ROAD, date=YESTERDAY),
        # ¶11, «وكان … قد» at another place: the attack on a Quran school in Kitaf on 8 November 2011 (core,
        # historical); the siege of that time optional, historical
        E(True, ["ASSAULT"], [11], "هاجموا", ["historical", "asserted"], mode="firearms",
          source=KITAF_ATTACKERS, recipient=KITAF_CENTRE, location=KITAF_CENTRE_PLACE, date=D("2011-11-08"),
          fatalities=4, acled=ATTACK),
        E(False, ["COERCE"], [11], "حصار", ["historical"], mode="restrict", location=DAMMAJ, date=None),
        # ¶12: the wounded let out with the ICRC; the medicines it brought in optional
        E(True, ["RETREAT"], [12], "وسمح", ["asserted"], mode="access", source=HOUTHIS, recipient=ICRC_653,
          location=DAMMAJ, date=YESTERDAY, attribution=["اللجنة الدولية للصليب الأحمر"]),
        E(False, ["AID"], [12], "وأدخل", ["asserted"], mode="humanitarian", source=ICRC_653, location=DAMMAJ,
          date=YESTERDAY),
        # ¶13: a secret meeting in Dahyan (rumoured; a silence follows)
        E(True, ["CONSULT"], [13], "لقاء", ["rumored"], source=SECRET_TALKS, recipient=SECRET_TALKS,
          location=DAHYAN, date=None, attribution=["وجهاء قبليون في صعدة"]),
        # ¶14: the march in Ibb; the protesters' demand optional
        E(True, ["PROTEST"], [14], "مسيرة", ["asserted"], mode="demo", source=IBB_PROTESTERS, location=IBB,
          date=TODAY_OR_EVE, acled=PEACEFUL),
        E(False, ["REQUEST"], [14], "تطالب", ["asserted"], source=IBB_PROTESTERS, recipient=YEMENI_ARMY,
          date=TODAY_OR_EVE),
        # ¶15 (a verb before a place, a time and its subject): a UN convoy due «يوم السبت المقبل» (planned);
        # the movement's consent optional
        E(True, ["AID"], [15], "قافلة", ["planned"], mode="humanitarian", source=OCHA_653, location=DAMMAJ,
          date=D("2013-11-02"), attribution=["مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية"]),
        E(False, ["AGREE"], [15], "وافق", ["asserted"], source=HOUTHIS, location=DAMMAJ, date=None),
        # ¶16: foreign students to be deported
        E(True, ["SANCTION", "COERCE"], [16], "ترحيل", ["asserted", "planned"], mode="expel",
          source=YE_INTERIOR, recipient=FOREIGN_STUDENTS, date=TODAY_OR_EVE),
        # ¶17 (the shortest): Amnesty's call
        E(True, ["REQUEST"], [17], "ودعت", ["asserted"], source=AMNESTY, location=DAMMAJ, date=TODAY_OR_EVE),
    ],
)
