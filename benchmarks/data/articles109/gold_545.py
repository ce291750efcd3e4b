"""Gold of article 545: the Algerian and Tunisian interior ministers meet in Algiers and agree on joint border
patrols, an ambush on a National Guard patrol at the foot of Mount Semmama west of Kasserine (main event, told
in ¶2 after the talks; two dead per the Tunisian interior ministry, five per the Okba Ibn Nafaa Brigade's
claim → 2), a shepherd's account and the claim, the police union's accusation and demand, army shelling of
Mount Semmama, the regional authorities' conditional warning, two shepherds' abduction rumoured and
unconfirmed, a hamlet's residents not let back, a joint operation and four arrests in Sbeitla, the burial, a
protest called for Thursday, the farmers' union's refusal of the grazing ban, the count of soldiers and guards
killed since 2013, and a mine on Mount Chaambi on 24 January 2019 (Kasserine, Tunisia), an Algiers-based
Maghreb news agency's website, 2019-02-11 (Mon). Dateline «الجزائر»: a foreign capital."""
from actors_places import (
    ALGIERS,
    AMBUSH_HAMLET,
    CHAAMBI,
    CHAAMBI_SOLDIER,
    FARMERS_UNION,
    FOUSSANA,
    FOUSSANA_SHEPHERDS,
    GOVERNORATE_HQ,
    GUARD_AND_ARMY,
    HAMLET_PEOPLE,
    INTERIOR_MINISTERS,
    KASSERINE_AUTHORITIES,
    KASSERINE_GOV,
    OKBA,
    OKBA_FIGHTERS,
    POLICE_UNION,
    SBEITLA,
    SBEITLA_SUSPECTS,
    SEMMAMA,
    SEMMAMA_GUARDS,
    SEMMAMA_HEIGHTS,
    SEMMAMA_ZONE,
    TEBESSA_BORDER,
    TUNISIAN_ARMY,
    TUNISIAN_GOVERNMENT,
    TUNISIAN_PARLIAMENT,
    UGTT_KASSERINE,
)
from common import ARREST, CLASH, MINE, SHELL, D, E, paras_of

SLUG = "kasserine_2019_semmama_sbeitla"
YESTERDAY = D("2019-02-10")
TODAY = D("2019-02-11")
# a statement of the day whose hour the text does not give: today, or the evening before
TODAY_OR_EVE = D("2019-02-11", "day", ("2019-02-10", "2019-02-11"))
ARTICLE = dict(
    id="team109-545", slug=SLUG, published="2019-02-11",
    outlet="Riwaq al-Magharib, an Algiers-based Maghreb news agency's website (fictional)",
    paras=paras_of(f"545_{SLUG}.txt"),
    events=[
        # ¶1 (dateline «الجزائر», a foreign capital), one sentence, two events: the ministers' meeting
        # (CONSULT) and their agreement (AGREE; the headline names it); the joint patrols agreed on and the
        # quarterly meetings are optional (planned, generic)
        E(True, ["AGREE"], [0, 1], "اتفق", ["asserted"],
          source=INTERIOR_MINISTERS, recipient=INTERIOR_MINISTERS, location=ALGIERS, date=YESTERDAY,
          attribution=["بيان مشترك وزّعته وزارة الداخلية الجزائرية"], tpara=1),
        E(True, ["CONSULT"], [1], "اجتماع", ["asserted"],
          source=INTERIOR_MINISTERS, recipient=INTERIOR_MINISTERS, location=ALGIERS, date=YESTERDAY),
        E(False, ["COOPERATE"], [1], "دوريات مشتركة", ["planned"],
          source=INTERIOR_MINISTERS, location=TEBESSA_BORDER, date=None),
        E(False, ["CONSULT"], [1], "لقاء تقييمي", ["generic", "planned"],
          source=INTERIOR_MINISTERS, date=None),
        # MAIN EVENT, told in ¶2 after the talks (a passive verb first; the hour told after the act in a
        # clause of its own; «بعد ساعات من انتهاء الاجتماع» is a back-reference): an ambush with a mine and
        # gunfire on a National Guard patrol; a shepherd ¶3, the brigade's claim ¶4 and the burial ¶12 retell
        # it. The ministry's two against the claim's five → 2
        E(True, ["ASSAULT"], [0, 2, 3, 4, 12], "كمين نصبه", ["asserted"], mode="explosives",
          source=OKBA, recipient=SEMMAMA_GUARDS, location=SEMMAMA, date=TODAY, fatalities=2,
          attribution=["وزارة الداخلية التونسية", "راعٍ من سكان دوار قريب", "«كتيبة عقبة بن نافع»"],
          acled=CLASH, tpara=2),
        # ¶4: the weapons the brigade claims it took, denied by the ministry (optional)
        E(False, ["COERCE"], [4], "واستولوا", ["reported", "negated"], mode="seize",
          source=OKBA, recipient=SEMMAMA_GUARDS, date=TODAY),
        # ¶5 (subject, a long parenthesis, verb): the union's accusation and demand, two verbs joined with
        # «و»; the members «سقطوا في تلك الجبال» over the years are optional and generic
        E(True, ["ACCUSE"], [5], "اتهمت", ["asserted"],
          source=POLICE_UNION, recipient=TUNISIAN_GOVERNMENT, date=TODAY_OR_EVE, attribution=["بيان"]),
        E(True, ["REQUEST"], [5], "وطالبت", ["asserted"],
          source=POLICE_UNION, recipient=TUNISIAN_PARLIAMENT, date=TODAY_OR_EVE),
        E(False, ["ASSAULT"], [5], "سقطوا", ["generic"], recipient=POLICE_UNION, date=None),
        # ¶6: army artillery on the heights of Mount Semmama since the morning (a possessive actor «مقاتلي
        # «كتيبة عقبة بن نافع»»; «لتعقّب المهاجمين» is a purpose)
        E(True, ["ASSAULT"], [6], "وقصفت", ["asserted"], mode="heavy-weapons",
          source=TUNISIAN_ARMY, recipient=OKBA_FIGHTERS, location=SEMMAMA_HEIGHTS, date=TODAY,
          attribution=["مصدر عسكري"], acled=SHELL),
        # ¶7 (the mountains and the people on their edges) holds no event. ¶8: the regional authorities'
        # conditional warning (THREATEN arrest; the arrests optional, hypothetical); their call to the
        # shepherds and the mines they recall are optional
        E(True, ["THREATEN"], [8], "وحذّرت", ["asserted"], mode="arrest",
          source=KASSERINE_AUTHORITIES, location=SEMMAMA_ZONE, date=TODAY_OR_EVE, attribution=["بلاغ"]),
        E(False, ["COERCE"], [8], "ستوقف", ["hypothetical"], mode="arrest",
          source=KASSERINE_AUTHORITIES, location=SEMMAMA_ZONE, date=None),
        E(False, ["REQUEST"], [8], "داعية", ["asserted"], source=KASSERINE_AUTHORITIES, date=TODAY_OR_EVE),
        E(False, ["ASSAULT"], [8], "الألغام المزروعة", ["generic"], mode="explosives",
          location=SEMMAMA_ZONE, date=None),
        # ¶9: two shepherds' abduction near Foussana, told by local pages and confirmed by no one (rumoured;
        # the night before is given)
        E(True, ["ASSAULT", "COERCE"], [9], "اختطاف", ["rumored"], mode="abduct",
          recipient=FOUSSANA_SHEPHERDS, location=FOUSSANA, date=YESTERDAY,
          attribution=["صفحات محلية على «فيسبوك»"]),
        # ¶10: the hamlet's residents not let back (RETREAT access, negated); their evacuation in the morning
        # is optional
        E(True, ["RETREAT"], [10], "بالعودة", ["negated"], mode="access",
          source=TUNISIAN_ARMY, recipient=HAMLET_PEOPLE, location=AMBUSH_HAMLET, date=TODAY,
          attribution=["أحدهم"]),
        E(False, ["COERCE", "RETREAT"], [10], "أُخليت", ["asserted"], mode="restrict",
          source=TUNISIAN_ARMY, recipient=HAMLET_PEOPLE, location=AMBUSH_HAMLET, date=TODAY),
        # ¶11, one sentence, two events: a joint operation of the guard and the army in Sbeitla (COOPERATE)
        # and the arrest of four suspects (COERCE arrest); their referral to the courts is optional
        E(True, ["COOPERATE"], [11], "عملية مشتركة", ["asserted"],
          source=GUARD_AND_ARMY, recipient=GUARD_AND_ARMY, location=SBEITLA, date=TODAY_OR_EVE,
          attribution=["وزارة الداخلية التونسية"]),
        E(True, ["COERCE"], [11], "إيقاف", ["asserted"], mode="arrest",
          source=GUARD_AND_ARMY, recipient=SBEITLA_SUSPECTS, location=SBEITLA, date=TODAY_OR_EVE,
          acled=ARREST),
        E(False, ["COERCE", "SANCTION"], [11], "أُحيلوا", ["asserted"],
          recipient=SBEITLA_SUSPECTS, location=SBEITLA, date=TODAY_OR_EVE),
        # ¶12: the burial belongs to the main event; the colleagues' slogans are optional
        E(False, ["REQUEST", "PROTEST"], [12], "تطالب", ["asserted"], date=TODAY),
        # ¶13 (Kasserine's poverty) holds no event. ¶14: a protest called for «يوم الخميس المقبل» (planned
        # PROTEST; «للمطالبة …» is its purpose); the call is optional
        E(True, ["PROTEST"], [14], "وقفة احتجاجية", ["planned"], mode="demo",
          source=UGTT_KASSERINE, location=GOVERNORATE_HQ, date=D("2019-02-14")),
        E(False, ["REQUEST"], [14], "ودعا", ["asserted"], source=UGTT_KASSERINE, date=TODAY_OR_EVE),
        # ¶15: the farmers' union refuses the grazing ban (REJECT); the ban issued last month and the demand
        # are optional
        E(True, ["REJECT"], [15], "ورفض", ["asserted"],
          source=FARMERS_UNION, recipient=KASSERINE_AUTHORITIES, date=TODAY_OR_EVE),
        E(False, ["COERCE"], [15], "منع", ["historical"], mode="ban",
          source=KASSERINE_AUTHORITIES, date=D("2019-01-15", "month", ("2019-01-01", "2019-01-31"))),
        E(False, ["REQUEST"], [15], "ومطالباً", ["asserted"], source=FARMERS_UNION, date=TODAY_OR_EVE),
        # ¶16: the soldiers and guards killed since 2013 (optional,
        # generic)
        E(False, ["ASSAULT"], [16], "وسقط", ["generic"], location=KASSERINE_GOV, date=None),
        # ¶17, «وكان … قد» at another place: a soldier killed by a mine on Mount Chaambi on 24 January (core,
        # historical; 1 killed); the sweep and the closed track are optional
        E(True, ["ASSAULT"], [17], "بانفجار لغم", ["historical", "asserted"], mode="explosives",
          recipient=CHAAMBI_SOLDIER, location=CHAAMBI, date=D("2019-01-24"), fatalities=1,
          attribution=["وزارة الدفاع الوطني"], acled=MINE),
        E(False, ["COERCE"], [17], "عملية تمشيط", ["historical"], location=CHAAMBI, date=D("2019-01-24")),
        E(False, ["COERCE"], [17], "مغلقاً", ["historical"], mode="restrict", location=CHAAMBI,
          date=D("2019-01-26", "week", ("2019-01-24", "2019-01-31"))),
    ],
)
