"""Gold of article 537: the northern Homs countryside (al-Rastan, Talbiseh, al-Houla and Kafr Laha, Teir
Maalla, the al-Dar al-Kabira crossing, and Homs city), a Damascus-based pro-government daily newspaper's
website, 2018-04-24 (Tue)."""
from actors_places import (
    ABDUCTEES,
    ABDUCTEES_FAMILIES,
    DAR_KABIRA,
    DEAL_PARTIES,
    HOMS_CITY,
    HOMS_GOVERNOR,
    HOMS_RESIDENTS,
    HOULA,
    HOULA_GROUPS,
    MIL_SOURCE,
    N_HOMS,
    N_HOMS_KIDNAPPERS,
    NEG_BODY,
    NUSRA,
    RASTAN,
    RASTAN_LEAVERS,
    RASTAN_NEGOTIATOR,
    RECON_COMMITTEES,
    RU_MP,
    RU_OFFICERS,
    RU_RECONCILIATION,
    SY_ARMY,
    SY_GOV_SIDE,
    TALBISEH,
    TALBISEH_GUNMEN,
    TEIR_CLASH,
    TEIR_MAALLA,
    UNKNOWN_GUNMEN_537,
    ZAHRAA,
    ZAHRAA_BOMBERS,
    ZAHRAA_CIVILIANS,
)
from common import AGREEMENT, CLASH, MINE, PEACEFUL, D, E, paras_of

SLUG = "homs_2018_rastan_talbiseh_houla_truce_buses"
TODAY = D("2018-04-24")
YESTERDAY = D("2018-04-23")
SINCE_YESTERDAY = D("2018-04-24", "day", ("2018-04-23", "2018-04-24"))
LAST_NIGHT = D("2018-04-23", "day", ("2018-04-23", "2018-04-24"))
ARTICLE = dict(
    id="team108-537", slug=SLUG, published="2018-04-24",
    outlet="al-Ufuq al-Shami, a Damascus-based pro-government daily newspaper's website (fictional)",
    paras=paras_of(f"537_{SLUG}.txt"),
    events=[
        # ¶1 (dateline from the province's capital, «حمص»): the Russian Reconciliation Centre announces a
        # ceasefire in the northern countryside «ظهر أمس الإثنين» (core CONCEDE: announced, not yet kept)
        E(True, ["CONCEDE"], [1], "وقفاً لإطلاق النار", ["asserted"], mode="ceasefire",
          source=RU_RECONCILIATION, location=N_HOMS, date=YESTERDAY),
        # the main event, in ¶2 after the ceasefire of ¶1 (not first in the lead): armed groups attack army
        # posts on the edge of Teir Maalla about 11 p.m. and a two-hour clash follows; three soldiers killed
        # per a military source, the attackers' «heavy losses» have no number → 3; ¶3 the other side's
        # version (the army broke the truce), ¶17 the funeral of «الشهداء الثلاثة»
        E(True, ["ASSAULT"], [0, 2, 3, 17], "هاجمت", ["asserted", "reported"], mode="firearms",
          source=TEIR_CLASH, location=TEIR_MAALLA, date=LAST_NIGHT, fatalities=3,
          attribution=["مصدر عسكري"], acled=CLASH, tpara=2),
        # ¶3, each side blames the other: the opposition negotiating body (through opposition sites) accuses
        # the government side of breaking the truce (core ACCUSE, reported); the shelling of Talbiseh it
        # alleges is an optional reported ASSAULT; the military source denies (optional REJECT) and blames
        # «مسلحي «جبهة النصرة»» (core ACCUSE)
        E(True, ["ACCUSE"], [3], "متهمةً", ["reported"],
          source=NEG_BODY, recipient=SY_GOV_SIDE, date=SINCE_YESTERDAY, attribution=["مواقع معارضة"]),
        E(False, ["ASSAULT"], [3], "قصف مدفعي", ["reported"], mode="heavy-weapons",
          source=SY_ARMY, location=TALBISEH, date=LAST_NIGHT),
        E(False, ["REJECT"], [3], "نفاها", ["asserted"],
          source=MIL_SOURCE, recipient=NEG_BODY, date=SINCE_YESTERDAY),
        E(True, ["ACCUSE"], [3], "محمّلاً", ["asserted"],
          source=MIL_SOURCE, recipient=NUSRA, date=SINCE_YESTERDAY),
        # ¶4: Russian officers meet the reconciliation committee and a delegation of the countryside at the
        # al-Dar al-Kabira crossing «مساء أمس» (core CONSULT, third-party) and the talks end at dawn with an
        # evacuation deal (core AGREE, Agreement: ACLED codes evacuation deals so)
        E(True, ["CONSULT"], [4], "واجتمع", ["asserted"], mode="third-party",
          source=RU_OFFICERS, recipient=RECON_COMMITTEES, location=DAR_KABIRA, date=YESTERDAY),
        E(True, ["AGREE"], [4], "اتفاق", ["asserted", "reported"],
          source=DEAL_PARTIES, location=DAR_KABIRA, date=SINCE_YESTERDAY,
          attribution=["عضو في لجنة المصالحة"], acled=AGREEMENT),
        # ¶5, one sentence, two events: the first green buses leave al-Rastan this afternoon (core RETREAT
        # withdraw; the headline 0 names it) after armed groups in al-Houla handed over tanks, a field gun
        # and mortars this morning (core RETREAT disarm); «، وذلك بعد أن» tells the time after the act
        E(True, ["RETREAT"], [0, 5], "وغادرت", ["asserted"], mode="withdraw",
          source=RASTAN_LEAVERS, location=RASTAN, date=TODAY, tpara=5),
        E(True, ["RETREAT"], [5], "سلّمت", ["asserted"], mode="disarm",
          source=HOULA_GROUPS, recipient=SY_ARMY, location=HOULA, date=TODAY),
        # ¶6: Nusra's men in Talbiseh refuse to hand over their heavy weapons or leave (core REJECT); the
        # earth berms they raise are an optional MOBILIZE
        E(True, ["REJECT"], [6], "ورفض", ["asserted", "reported"],
          source=NUSRA, location=TALBISEH, date=SINCE_YESTERDAY, attribution=["المصدر العسكري"]),
        E(False, ["MOBILIZE"], [6], "وأقاموا", ["asserted"], mode="troops",
          source=NUSRA, location=TALBISEH, date=SINCE_YESTERDAY),
        # paragraph 7 (the northern countryside: a description) holds no event
        # ¶8: the assassination of an opposition negotiator rumoured on loyalist pages and denied by the
        # reconciliation committee (core ASSAULT, rumored; the denial optional)
        E(True, ["ASSAULT"], [8], "اغتيال", ["rumored", "reported"], mode="assassinate",
          source=UNKNOWN_GUNMEN_537, recipient=RASTAN_NEGOTIATOR, location=RASTAN, date=LAST_NIGHT,
          attribution=["صفحات موالية على مواقع التواصل"]),
        E(False, ["REJECT"], [8], "نفى", ["asserted"],
          source=RECON_COMMITTEES, date=TODAY),
        # ¶9, one sentence, two events: the military source's conditional threat to Talbiseh (core THREATEN;
        # the settling «بالقوة» optional, hypothetical) and army reinforcements around the town since this
        # morning (core MOBILIZE)
        E(True, ["THREATEN"], [9], "وحذّر", ["asserted"], mode="violence",
          source=MIL_SOURCE, recipient=TALBISEH_GUNMEN, location=TALBISEH, date=TODAY),
        E(False, ["ASSAULT"], [9], "سيحسم", ["hypothetical"], mode="firearms",
          source=SY_ARMY, location=TALBISEH, date=None),
        E(True, ["MOBILIZE"], [9], "بتعزيزات", ["asserted"], mode="troops",
          source=SY_ARMY, location=TALBISEH, date=TODAY),
        # ¶10: the second batch of buses due «يوم الخميس المقبل» (core RETREAT, planned); the Russian
        # military police's entry «فور انتهاء عمليات الإخراج» is an optional planned MOBILIZE without a date
        E(True, ["RETREAT"], [10], "الدفعة الثانية", ["planned"], mode="withdraw",
          location=HOULA, date=D("2018-04-26"), attribution=["مركز المصالحة"]),
        E(False, ["MOBILIZE"], [10], "تدخل", ["planned"], mode="troops",
          source=RU_MP, location=N_HOMS, date=None),
        # ¶11, one sentence, two events joined with «و» and a second verb: the abductees' families' vigil in
        # front of the governorate building (core PROTEST, Peaceful protest) and their demand (core REQUEST)
        E(True, ["PROTEST"], [11], "وقفة احتجاجية", ["asserted"], mode="demo",
          source=ABDUCTEES_FAMILIES, location=HOMS_CITY, date=TODAY, acled=PEACEFUL),
        E(True, ["REQUEST"], [11], "وطالبوا", ["asserted"],
          source=ABDUCTEES_FAMILIES, location=HOMS_CITY, date=TODAY),
        # ¶12: no abductee released (core RETREAT release, negated); the Russian side's promise is an
        # optional AGREE; the abductions of 2012-2014 are an aggregate (optional, generic)
        E(True, ["RETREAT"], [12], "يُفرج", ["negated"], mode="release",
          source=N_HOMS_KIDNAPPERS, recipient=ABDUCTEES, location=N_HOMS, date=TODAY),
        E(False, ["AGREE"], [12], "وعد", ["asserted", "reported"],
          source=RU_OFFICERS, date=TODAY),
        E(False, ["ASSAULT"], [12], "خُطف", ["generic", "historical"], mode="abduct",
          source=N_HOMS_KIDNAPPERS, recipient=ABDUCTEES, date=None),
        # paragraph 13 (settlement requests and departures counted by the committee: aggregates) holds no
        # event
        # background at another place, in «وكان … قد»: a car bomb at the entrance of al-Zahraa in Homs city
        # on 21 February, claimed by ISIS (core, historical, 4)
        E(True, ["ASSAULT"], [14], "فجّروا", ["historical", "asserted"], mode="explosives",
          source=ZAHRAA_BOMBERS, recipient=ZAHRAA_CIVILIANS, location=ZAHRAA, date=D("2018-02-21"),
          fatalities=4, acled=MINE),
        # ¶15 (subject–verb–object, a long parenthetical between the subject and its verb): the governor,
        # who came to the crossing at noon, praises the residents' response (core SUPPORT); his arrival is
        # an optional CONSULT visit
        E(True, ["SUPPORT"], [15], "أشاد", ["asserted"],
          source=HOMS_GOVERNOR, recipient=HOMS_RESIDENTS, location=DAR_KABIRA, date=TODAY),
        E(False, ["CONSULT"], [15], "وصل", ["asserted"], mode="visit",
          source=HOMS_GOVERNOR, location=DAR_KABIRA, date=TODAY),
        # paragraph 16 (a bus driver's words) holds no event; ¶17, the funeral, is a paragraph of the main
        # event
    ],
)
