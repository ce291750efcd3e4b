"""Gold of article 388: a village of the Abu Saida subdistrict, al-Muqdadiyah, Baqubah, al-Azim and the
Jalawla–al-Saadiya road (Diyala), an Iraqi provincial satellite channel's news site, 2017-12-03 (Sun)."""
from actors_places import (
    ABU_SAIDA,
    ABU_SAIDA_VILLAGERS,
    ARMY_PMF,
    AZIM,
    BAQUBAH,
    COUNCIL_MEMBER,
    DISPLACED_FAMILIES,
    DIYALA_COMMANDERS,
    DIYALA_GOVERNOR,
    DIYALA_OPS,
    INTERIOR_MINISTER,
    IQ_FEDERAL_GOV,
    IQ_GOV,
    IQ_MOD,
    IQ_PM,
    IQ_SECURITY,
    IRCS,
    ISIS,
    JALAWLA_POLICE,
    JALAWLA_ROAD,
    MUQ_AUTHORITIES,
    MUQDADIYAH,
    PARL_COMMITTEE,
    REGIMENT_COMMANDER,
    SUSPECTS,
    VICTIMS_TRIBE,
)
from common import ARREST, ATTACK, MINE, SHELL, D, E, paras_of

SLUG = "muqdadiyah_2017_abu_saida_baqubah_jalawla"
TODAY = D("2017-12-03")
LAST_NIGHT = D("2017-12-02", "day", ("2017-12-02", "2017-12-03"))
TWO_MONTHS_AGO = D("2017-10-03", "month", ("2017-09-15", "2017-10-20"))
ARTICLE = dict(
    id="team78-388", slug=SLUG, published="2017-12-03",
    outlet="al-Burtuqala Iraqi provincial satellite channel's news site (fictional)",
    paras=paras_of(f"388_{SLUG}.txt"),
    events=[
        # the main event, first in the lead: ISIS gunmen attack a village of Abu Saida «ليل أمس السبت»
        # (headline 0, lead 1, the police source 2, a wounded man 4, the prime minister's call about «تفاصيل
        # الهجوم» 8, the burial 11) → 4
        E(True, ["ASSAULT"], [0, 1, 2, 4, 8, 11], "هاجم", ["asserted"], mode="firearms",
          source=ISIS, recipient=ABU_SAIDA_VILLAGERS, location=ABU_SAIDA, date=LAST_NIGHT, fatalities=4,
          attribution=["قيادة شرطة محافظة ديالى"], acled=ATTACK, tpara=1),
        # the attackers' withdrawal into the orchards is part of the attack: an optional RETREAT
        E(False, ["RETREAT"], [1], "ينسحبوا", ["asserted"], mode="withdraw",
          source=ISIS, location=ABU_SAIDA, date=LAST_NIGHT),
        # paragraph 3 (the al-Waqf orchards: description, habits) holds no event
        # ¶5: one sentence, two verbs joined with «و»: the Operations Command sends a force (MOBILIZE) and the
        # army and PMF search the orchards together (COOPERATE), arresting five (COERCE); the hideout found
        # optional
        E(True, ["MOBILIZE"], [5], "ودفعت", ["asserted"], mode="troops",
          source=DIYALA_OPS, location=ABU_SAIDA, date=TODAY, attribution=["خلية الإعلام الأمني"]),
        E(True, ["COOPERATE"], [5], "عملية تفتيش مشتركة", ["asserted"],
          source=ARMY_PMF, location=ABU_SAIDA, date=TODAY, attribution=["خلية الإعلام الأمني"]),
        E(True, ["COERCE"], [5], "اعتقلتا", ["asserted"], mode="arrest",
          source=ARMY_PMF, recipient=SUSPECTS, location=ABU_SAIDA, date=TODAY,
          attribution=["خلية الإعلام الأمني"], acled=ARREST),
        E(False, ["COERCE"], [5], "العثور على «وكر»", ["asserted"], mode="seize",
          source=ARMY_PMF, location=ABU_SAIDA, date=TODAY),
        # ¶6: a curfew on al-Muqdadiyah (headline 0); the rural roads closed optional
        E(True, ["COERCE"], [0, 6], "حظراً للتجوال", ["asserted"], mode="curfew",
          source=MUQ_AUTHORITIES, location=MUQDADIYAH, date=TODAY, tpara=6),
        E(False, ["COERCE"], [6], "أُغلقت الطرق", ["asserted"], mode="restrict",
          location=MUQDADIYAH, date=TODAY),
        # ¶7: the regiment commander relieved and referred to investigation (headline 0)
        E(True, ["SANCTION", "COERCE"], [0, 7], "وأعفى", ["asserted"],
          source=INTERIOR_MINISTER, recipient=REGIMENT_COMMANDER, date=TODAY,
          attribution=["وثيقة صادرة عن مكتب الوزير"], tpara=7),
        # ¶8: the prime minister's call to the governor (CONSULT phone); the care ordered and the governor's
        # request for equipment optional
        E(True, ["CONSULT"], [8], "اتصالاً هاتفياً", ["asserted"], mode="phone",
          source=IQ_PM, recipient=DIYALA_GOVERNOR, date=TODAY, attribution=["المكتب الإعلامي للمحافظ"]),
        E(False, ["AID"], [8], "ووجّه بتوفير العلاج", ["asserted", "planned"], mode="economic",
          source=IQ_PM, date=TODAY),
        E(False, ["REQUEST"], [8], "عرض", ["asserted"], source=DIYALA_GOVERNOR, recipient=IQ_PM, date=TODAY),
        # ¶9: a subject-verb-object sentence with a long parenthetical: the councillor accuses the security
        # services (ACCUSE) and asks the federal government for a brigade (REQUEST); his visit optional
        E(True, ["ACCUSE"], [9], "اتهم", ["asserted"],
          source=COUNCIL_MEMBER, recipient=IQ_SECURITY, date=TODAY),
        E(True, ["REQUEST"], [9], "وطالب", ["asserted"],
          source=COUNCIL_MEMBER, recipient=IQ_FEDERAL_GOV, date=TODAY),
        E(False, ["CONSULT"], [9], "زار القرية", ["asserted"], mode="visit",
          source=COUNCIL_MEMBER, location=ABU_SAIDA, date=TODAY),
        # ¶10: the tribe's conditional threat (THREATEN); the clearing it holds out optional, hypothetical
        E(True, ["THREATEN"], [10], "وهدّد", ["asserted"], mode="violence",
          source=VICTIMS_TRIBE, recipient=IQ_GOV, date=TODAY),
        E(False, ["ASSAULT"], [10], "وتطهير البساتين", ["hypothetical"], source=VICTIMS_TRIBE, date=None),
        # ¶11 (the burial) belongs to the main event
        # ¶12: two mortar shells on al-Azim, told by activists, neither confirmed nor denied
        E(True, ["ASSAULT"], [12], "سقوط قذيفتي هاون", ["rumored", "reported"], mode="heavy-weapons",
          location=AZIM, date=TODAY, attribution=["ناشطون"], acled=SHELL),
        # ¶13: the parliamentary committee's visit on Tuesday (planned CONSULT; the village visit conditional)
        E(True, ["CONSULT"], [13], "يصل وفد", ["planned", "hypothetical"], mode="visit",
          source=PARL_COMMITTEE, recipient=DIYALA_COMMANDERS, location=BAQUBAH, date=D("2017-12-05"),
          attribution=["مكتب أحد أعضاء اللجنة"]),
        # ¶14: the promised reinforcements never arrived (core MOBILIZE, negated); the promise optional,
        # historical
        E(True, ["MOBILIZE"], [14], "ولم تصل", ["negated"], mode="troops",
          source=IQ_MOD, location=ABU_SAIDA, date=TODAY, attribution=["ضابط في الفرقة الخامسة بالجيش"]),
        E(False, ["AGREE"], [14], "وعدت بها", ["historical"], source=IQ_MOD, date=TWO_MONTHS_AGO),
        # ¶15: the Red Crescent's food parcels and blankets (AID); the feared repeat optional, hypothetical
        E(True, ["AID"], [15], "ووزّعت", ["asserted"], mode="humanitarian",
          source=IRCS, recipient=DISPLACED_FAMILIES, location=MUQDADIYAH, date=TODAY),
        E(False, ["ASSAULT"], [15], "تكرار الهجوم", ["hypothetical"], date=None),
        # paragraph 16 (ISIS's remnants in the farmland: analysis) holds no event
        # background at another place: three policemen killed by an IED on the Jalawla–al-Saadiya road on
        # 9 September, claimed by ISIS; the search that followed optional, historical
        E(True, ["ASSAULT"], [17], "بانفجار عبوة ناسفة", ["historical", "asserted"], mode="explosives",
          source=ISIS, recipient=JALAWLA_POLICE, location=JALAWLA_ROAD, date=D("2017-09-09"), fatalities=3,
          attribution=["وكالة «أعماق»"], acled=MINE),
        E(False, ["COERCE"], [17], "حملة تفتيش واسعة", ["historical"], mode="arrest",
          location=JALAWLA_ROAD, date=D("2017-09-10", "week", ("2017-09-09", "2017-09-16"))),
    ],
)
