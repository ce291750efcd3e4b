"""Gold of article 551: residents of Shahba block the road to the capital over a young man's arrest, Islamic
State fighters attack a post of al-Faz'a volunteers on the eastern hill of al-Shbiki killing three (main
event, told in ¶2 after the road block; three per the Men of Dignity against five in the claim), a wounded
man's account, the claim, the Men of Dignity's accusation and demand, army reinforcements told by the state
agency, the Shahba notables' conditional threat, two shepherds' abduction near al-Mushannaf rumoured and
denied, the young man not released, the Druze sheikhs' meeting with the governor and their agreement, the
burial, Red Crescent aid due on Saturday, the year's toll of the eastern villages, and a notable of Salkhad
assassinated on 8 October 2016 (As-Suwayda, Syria), a Suwayda-based local news network's Facebook page,
2016-11-17 (Thu). No dateline: the lead names al-Suwayda in its first sentence."""
from actors_places import (
    BADIA_GUNMEN,
    DELEGATION_GOVERNOR,
    EAST_FAMILIES,
    EAST_VILLAGERS,
    EAST_VILLAGES,
    EAST_VILLAGES_AID,
    FAZAA,
    ISIS_551,
    KARAMA,
    MIL_SECURITY,
    MUSHANNAF,
    MUSHANNAF_SHEPHERDS,
    SALKHAD,
    SALKHAD_GUNMEN,
    SALKHAD_NOTABLE,
    SARC_SUWAYDA,
    SECURITY_AGENCIES,
    SHAHBA,
    SHAHBA_NOTABLES,
    SHAHBA_PROTESTERS,
    SHAHBA_ROAD,
    SHAHBA_YOUTH,
    SHBIKI,
    SUWAYDA_CITY,
    SUWAYDA_GOVERNOR,
    SYRIAN_ARMY,
)
from common import ARREST, ATTACK, CLASH, PEACEFUL, D, E, paras_of

SLUG = "suwayda_2016_shbiki_shahba"
YESTERDAY = D("2016-11-16")
TODAY = D("2016-11-17")
# a statement of the day whose hour the text does not give: today, or the evening before
TODAY_OR_EVE = D("2016-11-17", "day", ("2016-11-16", "2016-11-17"))
ARTICLE = dict(
    id="team111-551", slug=SLUG, published="2016-11-17",
    outlet="Hibr al-Jabal, a Suwayda-based local news network's Facebook page (fictional)",
    paras=paras_of(f"551_{SLUG}.txt"),
    events=[
        # ¶1 (no dateline; al-Suwayda in the first sentence): the road to the capital blocked by residents of
        # Shahba (PROTEST obstruct; the headline names it); the arrest four days before is optional and
        # historical (a back-story in a purpose phrase)
        E(True, ["PROTEST"], [0, 1], "قطع عشرات", ["asserted"], mode="obstruct",
          source=SHAHBA_PROTESTERS, location=SHAHBA_ROAD, date=YESTERDAY,
          attribution=["مراسل «حبر الجبل»"], acled=PEACEFUL, tpara=1),
        E(False, ["COERCE"], [1], "اعتقال شاب", ["historical", "asserted"], mode="arrest",
          source=MIL_SECURITY, recipient=SHAHBA_YOUTH, location=SHAHBA,
          date=D("2016-11-12", "day", ("2016-11-11", "2016-11-13")), acled=ARREST),
        # MAIN EVENT, told in ¶2 after the road block (verb first; «بعد ساعات من فتح الطريق» refers back to
        # ¶1; the hour told after the act in a clause of its own): Islamic State fighters attack the
        # volunteers' post at al-Shbiki; the wounded man ¶3, the claim ¶4 (five) and the burial ¶13 retell it.
        # Three per the Men of Dignity, five per the claim → 3
        E(True, ["ASSAULT"], [0, 2, 3, 4, 13], "هاجم مقاتلو", ["asserted"], mode="firearms",
          source=ISIS_551, recipient=FAZAA, location=SHBIKI, date=YESTERDAY, fatalities=3,
          attribution=["حركة «رجال الكرامة»", "أحد الجريحين", "وكالة «أعماق»"], acled=CLASH, tpara=2),
        # the attackers' withdrawal after the fight (optional RETREAT) and the weapons the claim says they
        # took (optional, reported; negated accepted)
        E(False, ["RETREAT"], [2], "انسحبوا", ["asserted"], mode="withdraw",
          source=ISIS_551, location=SHBIKI, date=YESTERDAY),
        E(False, ["COERCE"], [4], "واستولوا", ["reported", "negated"], mode="seize",
          source=ISIS_551, location=SHBIKI, date=YESTERDAY),
        # ¶5 (al-Shbiki) holds no event. ¶6 (subject, a long parenthesis, verb): the accusation and the
        # demand, two verbs joined with «و»
        E(True, ["ACCUSE"], [6], "اتهمت", ["asserted"],
          source=KARAMA, recipient=SECURITY_AGENCIES, date=TODAY_OR_EVE, attribution=["بيان"]),
        E(True, ["REQUEST"], [6], "وطالبت", ["asserted"],
          source=KARAMA, recipient=SUWAYDA_GOVERNOR, date=TODAY_OR_EVE),
        # ¶7: reinforcements told by the state agency's military source and doubted by the correspondent
        # (reported first); «لملاحقة …» is their purpose, no event
        E(True, ["MOBILIZE"], [7], "دفعت", ["reported", "asserted"], mode="troops",
          source=SYRIAN_ARMY, location=EAST_VILLAGES, date=TODAY,
          attribution=["وكالة «سانا» عن مصدر عسكري"]),
        # ¶8: the notables' conditional threat, made at yesterday's protest; the new road block and the
        # closing of the state's offices are optional and hypothetical
        E(True, ["THREATEN"], [8], "وهدّد", ["asserted"], mode="obstruct",
          source=SHAHBA_NOTABLES, location=SHAHBA, date=YESTERDAY),
        E(False, ["PROTEST"], [8], "بقطع الطريق", ["hypothetical"], mode="obstruct",
          source=SHAHBA_NOTABLES, location=SHAHBA, date=None),
        # ¶9: two shepherds' abduction told by local pages and denied by the mukhtar (rumoured)
        E(True, ["ASSAULT"], [9], "خطف راعيين", ["rumored", "negated"], mode="abduct",
          source=BADIA_GUNMEN, recipient=MUSHANNAF_SHEPHERDS, location=MUSHANNAF, date=YESTERDAY,
          attribution=["صفحات محلية على «فيسبوك»"]),
        # ¶10: the young man not released (RETREAT, negated); the branch's silence negates nothing
        E(True, ["RETREAT"], [10], "ولم تُفرج", ["negated"], mode="release",
          source=SECURITY_AGENCIES, recipient=SHAHBA_YOUTH, date=TODAY),
        # ¶11 (the power cuts) holds no event. ¶12, one sentence, two events: the delegation meets the
        # governor (CONSULT) and both agree on a committee (AGREE); both parties in either role
        E(True, ["CONSULT"], [12], "والتقى", ["asserted"], mode="visit",
          source=DELEGATION_GOVERNOR, recipient=DELEGATION_GOVERNOR, location=SUWAYDA_CITY, date=TODAY,
          attribution=["صفحة المحافظة الرسمية"]),
        E(True, ["AGREE"], [12], "واتفق", ["asserted"],
          source=DELEGATION_GOVERNOR, recipient=DELEGATION_GOVERNOR, location=SUWAYDA_CITY, date=TODAY),
        # ¶13: the burial belongs to the main event. ¶14: Red Crescent aid «يوم السبت المقبل» (planned AID)
        E(True, ["AID"], [14], "يوزّع", ["planned"], mode="humanitarian",
          source=SARC_SUWAYDA, recipient=EAST_FAMILIES, location=EAST_VILLAGES_AID, date=D("2016-11-19"),
          attribution=["الفرع"]),
        # ¶15 (the old men's memories) holds no event. ¶16: the year's toll, an aggregate (optional, generic)
        E(False, ["ASSAULT"], [16], "هجمات مماثلة", ["generic"], recipient=EAST_VILLAGERS, date=None),
        # ¶17, «وكان … قد» at another place: a notable of Salkhad assassinated on 8 October (core, historical)
        E(True, ["ASSAULT"], [17], "اغتالوا", ["historical", "asserted"], mode="assassinate",
          source=SALKHAD_GUNMEN, recipient=SALKHAD_NOTABLE, location=SALKHAD, date=D("2016-10-08"),
          fatalities=1, attribution=["ذووه"], acled=ATTACK),
    ],
)
