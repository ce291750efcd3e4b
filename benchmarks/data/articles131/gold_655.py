"""Gold of article 655: the dawn attack on the barracks and the security posts of Ben Guerdane (main event,
told first in the lead; forty-four dead by the interior and defence ministries against forty-nine by the
regional hospital of Medenine), the curfew, a joint sweep, an officer killed at his door, attackers said to
have fled to Libya (rumoured), the townspeople's rally, the Islamic State's threat on Telegram, the labour
union's praise, no arrest announced (negated), the prime minister's accusation, the Sousse hotel attack of
June 2015, the defence ministers' phone call, the president's visit due on Thursday and surgeons sent to
the local hospital (Medenine, Tunisia), a Sfax-based Tunisian private radio station's website, 2016-03-08
(Tue). Dateline from Djerba, an island off the coast of the event's governorate."""
from actors_places import (
    ASSASSINS,
    ATTACK_PARTICIPANTS,
    BEN_GUERDANE,
    BG_BATTLE,
    BG_EAST,
    BG_HOSPITAL,
    BG_PEOPLE,
    BG_RESIDENTS,
    CHECKPOINT_GUNMEN,
    CRISIS_CELL,
    FLEEING_GUNMEN,
    ISLAMIC_STATE,
    JOINT_SWEEP,
    NG_OFFICER,
    PHONE_655,
    RAS_JEDIR,
    SMUGGLING_ROUTES,
    SOUSSE,
    SOUSSE_GUNMAN,
    TN_ARMY_SECURITY,
    TN_AUTHORITIES,
    TN_HEALTH,
    TN_PM,
    TN_PRESIDENT,
    TN_SECURITY,
    TOURISTS,
    TUNISIA_TARGET,
    UGTT,
    VICTIMS_FAMILIES,
)
from common import ATTACK, CLASH, PEACEFUL, D, E, paras_of

SLUG = "ben_guerdane_2016_djerba_sousse"
YESTERDAY = D("2016-03-07")
TODAY_OR_EVE = D("2016-03-08", "day", ("2016-03-07", "2016-03-08"))
ARTICLE = dict(
    id="team131-655", slug=SLUG, published="2016-03-08",
    outlet="al-Chehili FM, a Sfax-based Tunisian private radio station's website (fictional)",
    paras=paras_of(f"655_{SLUG}.txt"),
    events=[
        # MAIN EVENT, told first in the lead ¶1 (dateline from Djerba): the simultaneous attack on the
        # barracks and the security posts, repelled, both sides as source; the headline and the hospital's
        # count ¶3 (44 against 49 → 44, the lowest)
        E(True, ["ASSAULT"], [0, 1, 3], "لهجوم", ["asserted"], mode="firearms", source=BG_BATTLE,
          location=BEN_GUERDANE, date=YESTERDAY, fatalities=44,
          attribution=["وزارتا الداخلية والدفاع", "المستشفى الجهوي بمدنين"], acled=CLASH, tpara=1),
        # ¶2: the curfew; the border crossing closed optional
        E(True, ["COERCE"], [2], "حظر التجول", ["asserted"], mode="curfew", source=CRISIS_CELL,
          location=BEN_GUERDANE, date=YESTERDAY),
        E(False, ["COERCE"], [2], "وأغلقت", ["asserted"], mode="restrict", source=TN_AUTHORITIES,
          location=RAS_JEDIR, date=YESTERDAY),
        # ¶3: the attackers' checkpoint in the main street, told by a taxi driver, optional
        E(False, ["COERCE"], [3], "حاجزاً", ["reported", "asserted"], mode="restrict",
          source=CHECKPOINT_GUNMEN, location=BEN_GUERDANE, date=YESTERDAY),
        # ¶4: the joint sweep by the army and the National Guard (purpose clause, back-reference); the arms
        # cache found optional
        E(True, ["COOPERATE"], [4], "تمشيط", ["asserted"], source=JOINT_SWEEP, recipient=JOINT_SWEEP,
          location=BG_EAST, date=TODAY_OR_EVE),
        E(False, ["COERCE"], [4], "وعثرت", ["asserted"], mode="confiscate", source=JOINT_SWEEP,
          location=BG_EAST, date=TODAY_OR_EVE),
        # ¶5 (verb first): an officer killed at his door minutes before the attack
        E(True, ["ASSAULT"], [5], "واغتال", ["asserted"], mode="assassinate", source=ASSASSINS,
          recipient=NG_OFFICER, location=BEN_GUERDANE, date=YESTERDAY, fatalities=1, attribution=["جيرانه"],
          acled=ATTACK),
        # ¶6: attackers said to have fled towards Libya (rumoured; the ministry's version follows)
        E(True, ["RETREAT"], [6], "فرار", ["rumored"], mode="withdraw", source=FLEEING_GUNMEN,
          location=SMUGGLING_ROUTES, date=None, attribution=["مواقع التواصل في الجنوب"]),
        # ¶7 (the town) holds no event. ¶8: the townspeople's rally; their cheers for the soldiers optional
        E(True, ["PROTEST"], [8], "وخرج", ["asserted"], mode="demo", source=BG_RESIDENTS,
          location=BEN_GUERDANE, date=YESTERDAY, acled=PEACEFUL),
        E(False, ["SUPPORT"], [8], "وهتفوا", ["asserted"], source=BG_RESIDENTS, recipient=TN_ARMY_SECURITY,
          date=YESTERDAY),
        # ¶9: the Islamic State's threat posted on its Telegram channel (a silence closes it)
        E(True, ["THREATEN"], [9], "وتوعّد", ["asserted"], mode="violence", source=ISLAMIC_STATE,
          recipient=TUNISIA_TARGET, date=TODAY_OR_EVE),
        # ¶10: the labour union's praise; its call optional
        E(True, ["SUPPORT"], [10], "وأشاد", ["asserted"], source=UGTT, recipient=BG_PEOPLE,
          location=BEN_GUERDANE, date=TODAY_OR_EVE),
        E(False, ["REQUEST"], [10], "داعياً", ["asserted"], source=UGTT, date=TODAY_OR_EVE),
        # ¶11: no arrest announced (negated)
        E(True, ["COERCE"], [11], "القبض", ["negated"], mode="arrest", source=TN_AUTHORITIES,
          recipient=ATTACK_PARTICIPANTS, location=BEN_GUERDANE, date=TODAY_OR_EVE),
        # ¶12 («أما … ف»): the prime minister's accusation; his threat (a participle) optional
        E(True, ["ACCUSE"], [12], "فاتهم", ["asserted"], source=TN_PM, recipient=ISLAMIC_STATE,
          date=TODAY_OR_EVE),
        E(False, ["THREATEN"], [12], "ومتوعداً", ["asserted"], source=TN_PM, date=TODAY_OR_EVE),
        # ¶13, «وكان … قد» at another place: the hotel attack at Port El Kantaoui on 26 June 2015 (core,
        # historical; «عشرات» → 12); the gunman shot dead optional, historical
        E(True, ["ASSAULT"], [13], "فتح النار", ["historical", "asserted"], mode="firearms",
          source=SOUSSE_GUNMAN, recipient=TOURISTS, location=SOUSSE, date=D("2015-06-26"), fatalities=12,
          acled=ATTACK),
        E(False, ["ASSAULT"], [13], "ترديه", ["historical"], mode="firearms", source=TN_SECURITY,
          recipient=SOUSSE_GUNMAN, location=SOUSSE, date=D("2015-06-26")),
        # ¶14 (a baker) holds no event. ¶15: the defence ministers' phone call; their agreement to meet
        # optional
        E(True, ["CONSULT"], [15], "وبحث", ["asserted"], mode="phone", source=PHONE_655, recipient=PHONE_655,
          date=TODAY_OR_EVE),
        E(False, ["AGREE"], [15], "واتفقا", ["asserted"], source=PHONE_655, recipient=PHONE_655,
          date=TODAY_OR_EVE),
        # ¶16: the president's visit due «يوم الخميس المقبل» (planned)
        E(True, ["CONSULT"], [16], "زيارة", ["planned"], mode="visit", source=TN_PRESIDENT,
          recipient=VICTIMS_FAMILIES, location=BEN_GUERDANE, date=D("2016-03-10"), attribution=["الرئاسة"]),
        # ¶17 (verb first, the shortest): surgeons and blood sent to the local hospital
        E(True, ["AID"], [17], "وأرسلت", ["asserted"], mode="humanitarian", source=TN_HEALTH,
          location=BG_HOSPITAL, date=TODAY_OR_EVE),
    ],
)
