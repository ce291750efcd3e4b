"""Gold of article 621: mortar shells on a water-distribution point in al-Hamah (main event, told first in
the lead; three dead by the hospital's count, five by the police's: the lowest is kept), army reinforcements
towards the Barada valley, water handed out by the Red Crescent, a reconciliation meeting in Deir Qanun, the
governor's threat, the blast at the Ain al-Fijah spring in December 2016, an evacuation deal rumoured and left
unconfirmed, the foreign ministry's accusation and demand, the road to the spring not opened, the council's
support at the funeral, a protest, a UN convoy due on Thursday and the rebels' rejection (Rif Dimashq, Syria),
a Damascus-based pro-government radio station's website, 2017-01-09 (Mon). No dateline: the lead names
«وادي بردى» in its first sentence."""
from actors_places import (
    BARADA_DEAL,
    BARADA_GUNMEN,
    BARADA_MEDIA,
    BARADA_MEETING,
    BARADA_REPS,
    BARADA_TERROR_ORGS,
    BASIMA_HILLS,
    CONVOY_TOWNS,
    DEIR_MUQRIN,
    DEIR_QANUN,
    FIJEH,
    FIJEH_ROAD,
    HAMAH_POINT,
    HAMAH_PROTESTERS,
    HAMAH_QUEUE,
    HAMAH_TOWN_HALL,
    QUDSAYA,
    RECONCILIATION,
    RIF_COUNCIL_MEMBER,
    RIF_GOVERNOR,
    SAA,
    SYRIAN_AIR_FORCE,
    SYRIAN_MFA,
    UN_OFFICE,
    UNSC,
    WADI_BARADA,
    WATER_DISTRIBUTORS,
)
from common import DESTRUCTION, PEACEFUL, SHELL, D, E, paras_of

SLUG = "barada_2017_fija_hameh"
YESTERDAY = D("2017-01-08")
TODAY = D("2017-01-09")
TODAY_OR_EVE = D("2017-01-09", "day", ("2017-01-08", "2017-01-09"))
ARTICLE = dict(
    id="team125-621", slug=SLUG, published="2017-01-09",
    outlet="Nabd Qasioun, a Damascus-based pro-government radio station's website (fictional)",
    paras=paras_of(f"621_{SLUG}.txt"),
    events=[
        # MAIN EVENT, told first in the lead ¶1 (no dateline; «وادي بردى» in the first sentence): mortar
        # shells on a water-distribution point; the tanker driver ¶3, the official agency's count ¶4 (five),
        # the funeral ¶14; the hospital's three against the police's five → 3
        E(True, ["ASSAULT"], [0, 1, 3, 4, 14], "بقذائف هاون", ["asserted"], mode="heavy-weapons",
          source=BARADA_GUNMEN, recipient=HAMAH_QUEUE, location=HAMAH_POINT, date=YESTERDAY, fatalities=3,
          attribution=["مصدر طبي في مشفى قدسيا الوطني", "قيادة شرطة ريف دمشق"], acled=SHELL, tpara=1),
        # ¶2 (verb first): reinforcements; the artillery fire on Deir Muqrin optional
        E(True, ["MOBILIZE"], [2], "ودفع", ["asserted"], mode="troops", source=SAA, location=BASIMA_HILLS,
          date=TODAY),
        E(False, ["ASSAULT"], [2], "استهدفت", ["asserted"], mode="heavy-weapons", source=SAA,
          location=DEIR_MUQRIN, date=TODAY, acled=SHELL),
        # ¶5: water handed out (AID), with the governorate
        E(True, ["AID"], [5], "وزّعت", ["asserted"], mode="humanitarian", source=WATER_DISTRIBUTORS,
          location=QUDSAYA, date=TODAY_OR_EVE),
        # ¶6 (the spring and its villages) holds no event. ¶7 (adverbial first): the meeting; the offer and
        # the rebels' condition optional
        E(True, ["CONSULT"], [7], "اجتماعاً", ["asserted"], mode="multilateral", source=BARADA_MEETING,
          recipient=BARADA_MEETING, location=DEIR_QANUN, date=TODAY, attribution=["أحد الوجهاء المشاركين"]),
        E(False, ["AGREE"], [7], "وعرض", ["asserted"], source=RECONCILIATION, recipient=BARADA_REPS,
          date=TODAY),
        E(False, ["REQUEST"], [7], "اشترط", ["asserted"], source=BARADA_REPS, date=TODAY),
        # ¶8: the governor's threat in his own words (asserted); the military solution optional, hypothetical
        E(True, ["THREATEN"], [8], "وهدد", ["asserted"], mode="violence", source=RIF_GOVERNOR,
          recipient=BARADA_GUNMEN, date=TODAY_OR_EVE),
        E(False, ["ASSAULT"], [8], "«سيحسم", ["hypothetical"], source=SAA, date=None),
        # ¶9, «وكانت … قد» at another place: the blast at the spring on 23 December 2016 (core, historical)
        E(True, ["ASSAULT"], [9], "فجّرت", ["historical", "asserted"], mode="destroy", source=BARADA_GUNMEN,
          location=FIJEH, date=D("2016-12-23"), attribution=["مؤسسة مياه الشرب"], acled=DESTRUCTION),
        # ¶10: an evacuation deal told by Facebook pages, called premature (rumoured); the departure optional
        E(True, ["AGREE"], [10], "اتفاق", ["rumored"], source=BARADA_DEAL, recipient=BARADA_DEAL,
          location=WADI_BARADA, date=None, attribution=["صفحات إخبارية موالية على «فيسبوك»"]),
        E(False, ["RETREAT"], [10], "بخروج", ["hypothetical", "planned"], mode="withdraw",
          source=BARADA_GUNMEN, date=None),
        # ¶11: the accusation and the demand, two verbs joined with «و»
        E(True, ["ACCUSE"], [11], "واتهمت", ["asserted"], source=SYRIAN_MFA, recipient=BARADA_TERROR_ORGS,
          date=TODAY_OR_EVE),
        E(True, ["REQUEST"], [11], "وطالبت", ["asserted"], source=SYRIAN_MFA, recipient=UNSC,
          date=TODAY_OR_EVE),
        # ¶12: the road to the spring not opened (RETREAT access, negated)
        E(True, ["RETREAT"], [12], "ولم يفتح", ["negated"], mode="access", source=BARADA_GUNMEN,
          location=FIJEH_ROAD, date=TODAY),
        # ¶13 (a housewife in a city quarter) holds no event. ¶14 is the funeral of the main event and the
        # council member's support
        E(True, ["SUPPORT"], [14], "دعم", ["asserted"], source=RIF_COUNCIL_MEMBER, recipient=SAA,
          location=HAMAH_POINT, date=TODAY),
        # ¶15 (the shortest paragraph): the protest
        E(True, ["PROTEST"], [15], "وقفة احتجاجية", ["asserted"], mode="demo", source=HAMAH_PROTESTERS,
          location=HAMAH_TOWN_HALL, date=TODAY_OR_EVE, acled=PEACEFUL),
        # ¶16: a UN convoy «يوم الخميس المقبل» (planned AID)
        E(True, ["AID"], [16], "قافلة مساعدات أممية", ["planned"], mode="humanitarian", source=UN_OFFICE,
          location=CONVOY_TOWNS, date=D("2017-01-12")),
        # ¶17: the rebels' rejection; their counter-charge, the air strikes it names and their offer optional
        E(True, ["REJECT"], [17], "رفضت", ["asserted"], source=BARADA_MEDIA, date=TODAY_OR_EVE),
        E(False, ["ACCUSE"], [17], "ونسبت", ["asserted"], source=BARADA_MEDIA, recipient=SYRIAN_AIR_FORCE,
          date=TODAY_OR_EVE),
        E(False, ["ASSAULT"], [17], "غارات", ["historical", "reported"], mode="aerial",
          source=SYRIAN_AIR_FORCE, date=None),
        E(False, ["AGREE"], [17], "وأبدت", ["asserted"], source=BARADA_MEDIA, date=TODAY_OR_EVE),
    ],
)
