"""Gold of article 528: the desert road of al-Anbar (a farm west of Haditha, the international road near
al-Rutba, Hit, al-Baghdadi, al-Ramadi, Kubaisa), a Ramadi-based Iraqi local news website, 2016-03-14
(Mon)."""
from actors_places import (
    ANBAR_COUNCIL,
    ANBAR_GOVERNOR,
    ANBAR_HIGHWAY,
    ANBAR_LOCAL_GOV,
    ANBAR_NOTABLES,
    ANBAR_OPS,
    ANBAR_POLICE,
    ARMY_TRIBAL_HASHD,
    BAGHDADI_HADITHA,
    CTS,
    FOUR_HOSTAGES,
    HADITHA,
    HADITHA_ADMINISTRATOR,
    HIT,
    HIT_MEDIATORS,
    HOSTAGE_FAMILIES,
    INFORMANTS,
    ISIS,
    KUBAISA,
    KUBAISA_DRIVERS,
    RAMADI,
    RAMADI_TO_HADITHA,
    RESCUE_RAID,
    RUTBA,
    RUTBA_ROAD,
    TAMIM_RAMADI,
    TRAVELLERS,
    TRUCK_DRIVERS,
    TWO_HOSTAGES,
)
from common import ABDUCTION, ARREST, ATTACK, CLASH, PEACEFUL, D, E, paras_of

SLUG = "anbar_2016_haditha_rutba_fake_checkpoint_ransom"
TODAY = D("2016-03-14")
LAST_NIGHT = D("2016-03-13", "day", ("2016-03-13", "2016-03-14"))
SATURDAY = D("2016-03-12")
PAST_TWO_DAYS = D("2016-03-13", "day", ("2016-03-12", "2016-03-14"))
ARTICLE = dict(
    id="team106-528", slug=SLUG, published="2016-03-14",
    outlet="al-Badiya al-Yawm, a Ramadi-based Iraqi local news website (fictional)",
    paras=paras_of(f"528_{SLUG}.txt"),
    events=[
        # the main event, first in the lead (dateline from the provincial capital «الرمادي»; the events
        # happen in the western desert): a Counter-Terrorism Service air landing on a farm west of Haditha
        # «ليل أمس الأحد» frees six hostages, three kidnappers killed in the exchange of fire (one fight:
        # both sides as source, Armed clash); ¶3 the ISIS agency's version («في المقابل، زعمت …»), ¶17 the
        # freed six and the bodies of «الخاطفين الثلاثة» → 3
        E(True, ["ASSAULT"], [0, 1, 3, 17], "عملية إنزال", ["asserted", "reported"], mode="firearms",
          source=RESCUE_RAID, location=HADITHA, date=LAST_NIGHT, fatalities=3,
          attribution=["خلية الإعلام الحربي"], acled=CLASH, tpara=1),
        # ¶2 (verb–subject–object, a long parenthetical after the subject, «بين الرطبة والرمادي»): eleven
        # travellers abducted at a fake checkpoint «فجر الجمعة» (core ASSAULT abduct, Abduction/forced
        # disappearance); the lead ¶1 names it in a relative clause
        E(True, ["ASSAULT"], [1, 2], "واختطف", ["asserted", "reported"], mode="abduct",
          source=ISIS, recipient=TRAVELLERS, location=RUTBA_ROAD, date=D("2016-03-11"),
          attribution=["سائق تمكّن من الفرار"], acled=ABDUCTION, tpara=2),
        # ¶4, one sentence, two events: the ransom demanded on Saturday evening (core REQUEST) and the
        # threat to kill the hostages if it is not paid (core THREATEN; the killing optional,
        # hypothetical)
        E(True, ["REQUEST"], [4], "وطالب", ["asserted"],
          source=ISIS, recipient=HOSTAGE_FAMILIES, date=SATURDAY),
        E(True, ["THREATEN"], [4], "مهددين", ["asserted"], mode="violence",
          source=ISIS, recipient=HOSTAGE_FAMILIES, date=SATURDAY),
        E(False, ["ASSAULT"], [4], "ذبحهم", ["hypothetical"], mode="execute",
          source=ISIS, date=None),
        # ¶5: tribal notables' contacts with mediators from Hit over the past two days (core CONSULT,
        # third-party, a two-day range); the kidnappers' refusal to lower the sum is an optional REJECT
        E(True, ["CONSULT"], [5], "اتصالات", ["asserted", "reported"], mode="third-party",
          source=ANBAR_NOTABLES, recipient=HIT_MEDIATORS, location=HIT, date=PAST_TWO_DAYS,
          attribution=["أحد الوجهاء"]),
        E(False, ["REJECT"], [5], "رفضوا", ["asserted", "reported"],
          source=ISIS, date=PAST_TWO_DAYS),
        # ¶6: the four other hostages not released (core RETREAT release, negated; a passive «نُقلوا»)
        E(True, ["RETREAT"], [6], "يُفرج", ["negated"], mode="release",
          source=ISIS, recipient=FOUR_HOSTAGES, date=TODAY),
        # paragraph 7 (the desert road: a description) holds no event
        # ¶8, one sentence, two events: a column of the army and the Tribal Mobilization escorts a convoy
        # (core MOBILIZE) of forty trucks of food and medicine sent by the local government (core AID)
        E(True, ["MOBILIZE"], [8], "رافق", ["asserted"], mode="troops",
          source=ARMY_TRIBAL_HASHD, location=RAMADI_TO_HADITHA, date=TODAY),
        E(True, ["AID"], [8], "قافلة", ["asserted"], mode="humanitarian",
          source=ANBAR_LOCAL_GOV, location=BAGHDADI_HADITHA, date=TODAY),
        # ¶9: two hostages' execution rumoured and denied (core ASSAULT, rumored, no date); the
        # administrator's denial is an optional REJECT
        E(True, ["ASSAULT"], [9], "إعدام", ["rumored"], mode="execute",
          source=ISIS, recipient=TWO_HOSTAGES, location=RUTBA, date=None,
          attribution=["صفحات محلية على مواقع التواصل"]),
        E(False, ["REJECT"], [9], "نفى", ["asserted"],
          source=HADITHA_ADMINISTRATOR, date=TODAY),
        # ¶10: the road closed to civilians «بدءاً من صباح الأربعاء المقبل» (core COERCE restrict,
        # planned); the escorted weekly convoys are an optional planned MOBILIZE
        E(True, ["COERCE"], [10], "تُغلق", ["planned"], mode="restrict",
          source=ANBAR_OPS, location=ANBAR_HIGHWAY, date=D("2016-03-16")),
        E(False, ["MOBILIZE"], [10], "ترافقها", ["planned"], mode="troops",
          source=ANBAR_OPS, date=None),
        # ¶11, one sentence, two events joined with «و» and a second verb: the drivers' vigil in Ramadi
        # (core PROTEST, Peaceful protest) and their demand (core REQUEST)
        E(True, ["PROTEST"], [11], "وقفة احتجاجية", ["asserted"], mode="demo",
          source=TRUCK_DRIVERS, location=RAMADI, date=TODAY, acled=PEACEFUL),
        E(True, ["REQUEST"], [11], "وطالبوا", ["asserted"],
          source=TRUCK_DRIVERS, recipient=ANBAR_COUNCIL, location=RAMADI, date=TODAY),
        # ¶12 (verb–subject–object): three suspected informants arrested in al-Tamim (core COERCE arrest)
        E(True, ["COERCE"], [12], "واعتقلت", ["asserted", "reported"], mode="arrest",
          source=ANBAR_POLICE, recipient=INFORMANTS, location=TAMIM_RAMADI, date=TODAY,
          attribution=["بيان لقيادة الشرطة"], acled=ARREST),
        # paragraph 13 (kidnappings counted since the start of the year: an aggregate) holds no event
        # background at another place, in «وكان … قد»: two drivers shot dead near Kubaisa on 21 February
        # (core, historical, 2; the possessive «مسلحو التنظيم»); their refusal is an optional historical
        # REJECT
        E(True, ["ASSAULT"], [14], "قتلوا", ["historical", "asserted"], mode="firearms",
          source=ISIS, recipient=KUBAISA_DRIVERS, location=KUBAISA, date=D("2016-02-21"), fatalities=2,
          acled=ATTACK),
        E(False, ["REJECT"], [14], "رفضا", ["historical"],
          source=KUBAISA_DRIVERS, date=D("2016-02-21")),
        # ¶15 (subject–verb–object, a long parenthetical between «ومحافظ الأنبار» and «أشاد»): the
        # governor's praise of the Counter-Terrorism Service (core SUPPORT); his call to the families is
        # an optional REQUEST
        E(True, ["SUPPORT"], [15], "أشاد", ["asserted"],
          source=ANBAR_GOVERNOR, recipient=CTS, location=RAMADI, date=TODAY),
        E(False, ["REQUEST"], [15], "داعياً", ["asserted"],
          source=ANBAR_GOVERNOR, recipient=HOSTAGE_FAMILIES, date=TODAY),
        # paragraph 16 (a driver's words) holds no event; ¶17, the freed six and the bodies, is a
        # paragraph of
        # the main event
    ],
)
