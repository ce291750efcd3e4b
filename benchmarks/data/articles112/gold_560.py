"""Gold of article 560: the mountains of Kasserine (two army posts on Mount Salloum, its heights, Fériana,
Thala, Mounts Salloum and Mghila, Sbiba, Haidra and a rural road near it, the capital), a Tunis-based private
radio station's website, 2014-07-22 (Tue)."""
from actors_places import (
    CITIZENS,
    DEPLOYED_UNITS,
    FERIANA,
    FERIANA_PATROL,
    HAIDRA,
    HAIDRA_MOURNERS,
    HAIDRA_ROAD,
    KASSERINE_GOV,
    MILITARY_ZONE,
    NATIONAL_GUARD,
    NG_AGENT,
    NG_SOURCE,
    OKBA,
    POPULAR_FRONT,
    SALLOUM_CLASH,
    SALLOUM_HEIGHTS,
    SALLOUM_POSTS,
    SBIBA,
    SBIBA_GUNMEN,
    SHEPHERDS,
    TERRORIST_ELEMENTS,
    THALA,
    THALA_CELL,
    THALA_TRADERS,
    TN_ARTILLERY,
    TN_GOVERNMENT,
    TN_MOD,
    TN_PARTIES,
    TN_PM_VISIT,
    TN_SECURITY,
    TUNIS,
)
from common import ARREST, CLASH, MINE, PEACEFUL, SHELL, D, E, paras_of

SLUG = "kasserine_2014_salloum_feriana_thala_haidra_army_posts"
TODAY = D("2014-07-22")
LAST_NIGHT = D("2014-07-21", "day", ("2014-07-21", "2014-07-22"))
SINCE_YESTERDAY = D("2014-07-22", "day", ("2014-07-21", "2014-07-22"))
ARTICLE = dict(
    id="team112-560", slug=SLUG, published="2014-07-22",
    outlet="Radio al-Sanabil, a Tunis-based private radio station's website (fictional)",
    paras=paras_of(f"560_{SLUG}.txt"),
    events=[
        # the main event, first in the lead (no dateline; «جبل السلوم» in the first sentence): some twenty
        # gunmen attack two forward army posts on Mount Salloum last night and the soldiers return fire for an
        # hour (one ASSAULT, Armed clash, both sides as source); four soldiers killed per a military source
        # (one number); ¶2 the defence ministry spokesman's account, ¶3 the Okba Ibn Nafaa claim (no number),
        # ¶11 the funeral of one of «العسكريين الأربعة», ¶17 the strike in mourning for them
        E(True, ["ASSAULT"], [0, 1, 2, 3, 11, 17], "هجوم مسلح", ["asserted"], mode="firearms",
          source=SALLOUM_CLASH, location=SALLOUM_POSTS, date=LAST_NIGHT, fatalities=4,
          attribution=["مصدر عسكري", "الناطق الرسمي باسم وزارة الدفاع الوطني"], acled=CLASH, tpara=1),
        # ¶2: the attackers' withdrawal to the heights (optional RETREAT)
        E(False, ["RETREAT"], [2], "ينسحب", ["asserted", "reported"], mode="withdraw",
          source=OKBA, location=SALLOUM_HEIGHTS, date=LAST_NIGHT),
        # ¶4, one sentence, two events: army artillery and helicopters pound the heights of Mount Salloum
        # since dawn (core ASSAULT, *Shelling*; «بهدف» gives its purpose, no event) and special units are sent
        # as reinforcements (core MOBILIZE)
        E(True, ["ASSAULT"], [4], "وقصفت", ["asserted"], mode="heavy-weapons",
          source=TN_ARTILLERY, recipient=OKBA, location=SALLOUM_HEIGHTS, date=TODAY, acled=SHELL),
        E(True, ["MOBILIZE"], [4], "دفعت", ["asserted"], mode="troops",
          source=TN_MOD, location=SALLOUM_HEIGHTS, date=TODAY),
        # ¶5: a landmine under a joint patrol in Fériana, three wounded (core ASSAULT, *Remote
        # explosive/landmine/IED*, with 0; «زُرع من قبل عناصر إرهابية» is the security source's guess: the
        # source is reported); the track closed for the engineers is optional
        E(True, ["ASSAULT"], [5], "انفجر", ["asserted"], mode="explosives",
          source=TERRORIST_ELEMENTS, recipient=FERIANA_PATROL, location=FERIANA, date=TODAY, fatalities=0,
          attribution=["مصدر أمني"], acled=MINE),
        E(False, ["COERCE"], [5], "وأُغلق", ["asserted"], mode="restrict",
          location=FERIANA, date=TODAY),
        # ¶6: the National Guard dismantles a support cell in Thala and arrests five (core COERCE, *Arrests*);
        # the phones and money seized are optional
        E(True, ["COERCE"], [6], "واعتقلت", ["asserted", "reported"], mode="arrest",
          source=NATIONAL_GUARD, recipient=THALA_CELL, location=THALA, date=SINCE_YESTERDAY,
          attribution=["بلاغ وزارة الداخلية"], acled=ARREST),
        E(False, ["COERCE"], [6], "وحجزت", ["asserted", "reported"], mode="confiscate",
          source=NATIONAL_GUARD, recipient=THALA_CELL, location=THALA, date=SINCE_YESTERDAY),
        # paragraph 7 (Mount Salloum: a description) holds no event
        # ¶8 (and the headline): Mounts Salloum and Mghila declared a closed military zone (core COERCE
        # restrict); the ministry's call on citizens (optional REQUEST) and its warning that anyone found
        # there «سيُعامل معاملة العدو» (core THREATEN; the act threatened optional, hypothetical)
        E(True, ["COERCE"], [0, 8], "منطقتي عمليات عسكرية", ["asserted"], mode="restrict",
          source=TN_MOD, location=MILITARY_ZONE, date=TODAY, tpara=8),
        E(False, ["REQUEST"], [8], "ودعت", ["asserted"],
          source=TN_MOD, recipient=CITIZENS, location=MILITARY_ZONE, date=TODAY),
        E(True, ["THREATEN"], [8], "محذّرة", ["asserted"], mode="violence",
          source=TN_MOD, recipient=CITIZENS, location=MILITARY_ZONE, date=TODAY),
        E(False, ["ASSAULT"], [8], "سيُعامل", ["hypothetical"], mode="firearms",
          source=TN_MOD, location=MILITARY_ZONE, date=None),
        # ¶9: two shepherds abducted near Sbiba, rumoured on Facebook and denied by the National Guard (core
        # ASSAULT abduct, rumored; the denial optional REJECT)
        E(True, ["ASSAULT"], [9], "اختطاف", ["rumored"], mode="abduct",
          source=SBIBA_GUNMEN, recipient=SHEPHERDS, location=SBIBA, date=None,
          attribution=["صفحات على «فيسبوك»"]),
        E(False, ["REJECT"], [9], "نفى", ["asserted"],
          source=NG_SOURCE, location=SBIBA, date=TODAY),
        # ¶10: the prime minister and the ministers of defence and the interior due in Kasserine «يوم غد
        # الأربعاء» (core CONSULT visit, planned; the meeting with the regional authorities is part of it)
        E(True, ["CONSULT"], [10], "يزور", ["planned"], mode="visit",
          source=TN_PM_VISIT, recipient=DEPLOYED_UNITS, location=KASSERINE_GOV, date=D("2014-07-23"),
          attribution=["مصدر بالولاية"]),
        # ¶11: the funeral in Haidra (a paragraph of the main event): the mourners' chants (optional REQUEST)
        # and young men blocking the road to the Algerian border with burning tyres (core PROTEST obstruct,
        # *Peaceful protest*); «من دون أن تتدخل» negates nothing
        E(False, ["REQUEST"], [11], "تطالب", ["asserted"],
          source=HAIDRA_MOURNERS, location=HAIDRA, date=TODAY),
        E(True, ["PROTEST"], [11], "يغلق", ["asserted"], mode="obstruct",
          source=HAIDRA_MOURNERS, location=HAIDRA, date=TODAY, acled=PEACEFUL),
        # paragraph 12 (a mother's words) holds no event
        # ¶13: no one arrested among the attackers (core COERCE arrest, negated)
        E(True, ["COERCE"], [13], "القبض", ["negated"], mode="arrest",
          source=TN_SECURITY, recipient=OKBA, location=SALLOUM_POSTS, date=TODAY),
        # background at another place, in «وكان … قد»: a National Guard officer killed by a landmine near
        # Haidra on 14 April (core, historical, 1; Remote explosive/landmine/IED; no actor named)
        E(True, ["ASSAULT"], [14], "بانفجار", ["historical", "asserted"], mode="explosives",
          recipient=NG_AGENT, location=HAIDRA_ROAD, date=D("2014-04-14"), fatalities=1,
          attribution=["وزارة الداخلية"], acled=MINE),
        # ¶15, subject–verb–object with a long parenthetical: the Popular Front condemns the attack (core
        # ACCUSE, naming no one) and asks the government for the whole truth (core REQUEST); its call on the
        # other parties (optional REQUEST) and its central council's meeting in the capital (optional CONSULT)
        E(True, ["ACCUSE"], [15], "دانت", ["asserted"],
          source=POPULAR_FRONT, date=TODAY),
        E(True, ["REQUEST"], [15], "وطالبت", ["asserted"],
          source=POPULAR_FRONT, recipient=TN_GOVERNMENT, date=TODAY),
        E(False, ["REQUEST"], [15], "دعت", ["asserted"],
          source=POPULAR_FRONT, recipient=TN_PARTIES, date=TODAY),
        E(False, ["CONSULT"], [15], "اجتماعاً استثنائياً", ["asserted"], mode="multilateral",
          source=POPULAR_FRONT, location=TUNIS, date=TODAY),
        # paragraph 16 (operations in the mountains since 2012: aggregates and a generic statement) holds no
        # event
        # ¶17: Thala's shops shut in a general strike called by the local union (core PROTEST strike; no
        # label, no gathering), in mourning for «العسكريين الأربعة» (a paragraph of the main event); the
        # union's call is an optional REQUEST
        E(True, ["PROTEST"], [17], "إضراب", ["asserted"], mode="strike",
          source=THALA_TRADERS, location=THALA, date=TODAY),
        E(False, ["REQUEST"], [17], "دعا", ["asserted"],
          source=THALA_TRADERS, location=THALA, date=SINCE_YESTERDAY),
    ],
)
