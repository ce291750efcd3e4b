"""Gold of article 496: eastern Aleppo city (al-Sukkari, al-Ramouseh, Bustan al-Qasr, al-Kallaseh,
al-Hamdaniya, al-Shaar), an Ankara-based Turkish news agency's Arabic-language service, 2016-12-08 (Thu)."""
from actors_places import (
    ALEPPO_EVACUEES,
    ALEPPO_FACTIONS,
    ALEPPO_FIGHTERS,
    ALEPPO_WOUNDED,
    ANKARA,
    BUSTAN_AL_QASR,
    BUSTAN_YOUNG_MEN,
    CIVIL_DEFENCE,
    EAST_ALEPPO,
    EAST_ALEPPO_ANKARA,
    EXTREMISTS,
    HAMDANIYA,
    HAMDANIYA_INJURED,
    ICRC,
    KALLASEH,
    MOSCOW,
    PRO_REGIME_MILITIA,
    RAMOUSEH,
    REBELS_TERRORISTS,
    REGIME_SOURCE,
    RUSSIA_FACTIONS,
    RUSSIAN_FM,
    RUSSIAN_MOD,
    SHAAR,
    SHAAR_VICTIMS,
    SUKKARI,
    SUKKARI_CIVILIANS,
    SY_REGIME,
    SY_REGIME_4TH,
    TURKEY,
    TURKISH_FM,
    WARPLANES,
)
from common import AGREEMENT, AIR, SHELL, D, E, paras_of

SLUG = "aleppo_2016_sukkari_ramouseh_truce_collapse"
TODAY = D("2016-12-08")
YESTERDAY = D("2016-12-07")
SINCE_LAST_NIGHT = D("2016-12-08", "day", ("2016-12-07", "2016-12-08"))
ARTICLE = dict(
    id="team100-496", slug=SLUG, published="2016-12-08",
    outlet="Manarat Ankara, an Ankara-based Turkish news agency's Arabic-language service (fictional)",
    paras=paras_of(f"496_{SLUG}.txt"),
    events=[
        # ¶1 (dateline: a foreign capital): the buses and ambulances at al-Ramouseh have not moved into the
        # besieged quarters by noon today (core RETREAT, negated; the headline 0 names the buses stuck)
        E(True, ["RETREAT"], [0, 1], "تتحرك", ["negated"], mode="withdraw",
          source=ALEPPO_EVACUEES, location=RAMOUSEH, date=SINCE_LAST_NIGHT, tpara=1),
        # the main event, in ¶2 after the buses (not first in the lead): shells and rockets on
        # al-Sukkari's market «قرابة الثالثة من عصر أمس» (the time told after the act in its own
        # clause), blamed by the civil defence on the government forces; nine killed per the civil
        # defence, fourteen per the local council → 9; ¶3 the state agency's version («ردّت على مصادر
        # إطلاق النار»), ¶17 the burial of «القتلى التسعة»
        E(True, ["ASSAULT"], [0, 2, 3, 17], "قذائف مدفعية", ["asserted", "reported"], mode="heavy-weapons",
          source=SY_REGIME, recipient=SUKKARI_CIVILIANS, location=SUKKARI, date=YESTERDAY, fatalities=9,
          attribution=["الدفاع المدني السوري «الخوذ البيضاء»", "المجلس المحلي لمدينة حلب"], acled=SHELL,
          tpara=2),
        # the civil defence's blame, in a relative clause of the toll's sentence: optional
        E(False, ["ACCUSE"], [2], "حمّل", ["asserted", "reported"],
          source=CIVIL_DEFENCE, recipient=SY_REGIME, date=YESTERDAY),
        # ¶3 (the other side): the regime's source accuses the rebels of breaking the truce (core ACCUSE) by
        # shelling al-Hamdaniya (core ASSAULT, told only by the state agency: reported; five injured, no toll)
        E(True, ["ACCUSE"], [3], "واتهم", ["reported", "asserted"],
          source=REGIME_SOURCE, recipient=REBELS_TERRORISTS, date=SINCE_LAST_NIGHT,
          attribution=["وكالة أنباء النظام «سانا»"]),
        E(True, ["ASSAULT"], [3], "استهداف", ["reported"], mode="heavy-weapons",
          source=REBELS_TERRORISTS, recipient=HAMDANIYA_INJURED, location=HAMDANIYA, date=YESTERDAY,
          attribution=["وكالة أنباء النظام «سانا»"], acled=SHELL),
        # ¶4, one sentence, two events joined with «و» and a second verb: the factions accuse the
        # government forces of overturning the truce and ask Turkey, as guarantor, to press Moscow
        E(True, ["ACCUSE"], [4], "واتهمت", ["asserted"],
          source=ALEPPO_FACTIONS, recipient=SY_REGIME, date=TODAY),
        E(True, ["REQUEST"], [4], "وطالبت", ["asserted"],
          source=ALEPPO_FACTIONS, recipient=TURKEY, date=TODAY),
        # ¶5 («وكان … قد», recent background, asserted): the ceasefire agreed on Tuesday evening (AGREE,
        # CONCEDE also accepted; Agreement); the headline 0 and the lead 1 refer to the truce by noun.
        # The two days of talks in Ankara are an optional CONSULT; the evacuation and exit it provides
        # for an optional planned act
        E(True, ["AGREE", "CONCEDE"], [0, 1, 5], "توصلوا", ["asserted", "reported"],
          source=RUSSIA_FACTIONS, location=EAST_ALEPPO_ANKARA, date=D("2016-12-06"),
          attribution=["مصادر دبلوماسية تركية"], acled=AGREEMENT, tpara=5),
        E(False, ["CONSULT"], [5], "مفاوضات", ["asserted"], mode="third-party",
          source=RUSSIA_FACTIONS, location=ANKARA, date=D("2016-12-06", "day", ("2016-12-05", "2016-12-06"))),
        E(False, ["RETREAT", "AID"], [5], "خروج", ["planned"], mode="withdraw",
          source=ALEPPO_FIGHTERS, location=EAST_ALEPPO, date=None),
        # paragraph 6 (the quarters still held: a description, a standing situation) holds no event
        # ¶7: the ICRC's evacuation of the wounded, due «فور تثبيت وقف إطلاق النار» (planned and conditional:
        # no date); the buses waiting at al-Ramouseh are the standing situation of ¶1
        E(True, ["AID", "RETREAT"], [7], "إجلاء", ["planned", "hypothetical"], mode="humanitarian",
          source=ICRC, recipient=ALEPPO_WOUNDED, location=EAST_ALEPPO, date=None,
          attribution=["اللجنة الدولية للصليب الأحمر"]),
        # ¶8: arrests of young men among the displaced rumoured by local pages, unconfirmed
        E(True, ["COERCE"], [8], "اعتقال", ["rumored"], mode="arrest",
          source=PRO_REGIME_MILITIA, recipient=BUSTAN_YOUNG_MEN, location=BUSTAN_AL_QASR,
          date=D("2016-12-07", "day", ("2016-12-07", "2016-12-08")),
          attribution=["صفحات محلية على مواقع التواصل"]),
        # ¶9: the Russian ministry's conditional threat (asserted); the resumed operations it threatens are
        # hypothetical (optional); its blame of «الجماعات المتطرفة» an optional ACCUSE
        E(True, ["THREATEN"], [9], "وحذّرت", ["asserted"], mode="violence",
          source=RUSSIAN_MOD, recipient=EXTREMISTS, location=EAST_ALEPPO, date=SINCE_LAST_NIGHT),
        E(False, ["ASSAULT"], [9], "ستستأنف", ["hypothetical"], mode="aerial",
          source=RUSSIAN_MOD, location=EAST_ALEPPO, date=None),
        E(False, ["ACCUSE"], [9], "محمّلة", ["asserted"],
          source=RUSSIAN_MOD, recipient=EXTREMISTS, date=SINCE_LAST_NIGHT),
        # ¶10: the two foreign ministers' phone call yesterday evening (office holders by title only)
        E(True, ["CONSULT"], [10], "اتصال", ["asserted", "reported"], mode="phone",
          source=TURKISH_FM, recipient=RUSSIAN_FM, date=YESTERDAY, attribution=["مصادر دبلوماسية تركية"]),
        # paragraph 11 (the UN's silence: negates nothing) holds no event
        # ¶12 (verb–subject, a purpose clause): reinforcements to al-Kallaseh since last night
        E(True, ["MOBILIZE"], [12], "ودفعت", ["asserted", "reported"], mode="troops",
          source=SY_REGIME_4TH, location=KALLASEH, date=SINCE_LAST_NIGHT,
          attribution=["مراسل «منارة أنقرة»"]),
        # paragraph 13 (hospitals out of service since mid-November: generic) holds no event
        # background at another place, in «وكانت … قد»: an air strike on a field hospital in al-Shaar on
        # 18 November (3); Moscow's denial at the time an optional historical REJECT
        E(True, ["ASSAULT"], [14], "قصفت", ["historical", "asserted"], mode="aerial",
          source=WARPLANES, recipient=SHAAR_VICTIMS, location=SHAAR, date=D("2016-11-18"), fatalities=3,
          attribution=["الدفاع المدني"], acled=AIR),
        E(False, ["REJECT"], [14], "نفت", ["historical"],
          source=MOSCOW, date=None),
        # ¶15: the factions reject the Russian statement's condition (core REJECT)
        E(True, ["REJECT"], [15], "ورفضت", ["asserted"],
          source=ALEPPO_FACTIONS, recipient=RUSSIAN_MOD, date=TODAY),
        # paragraph 16 (a resident's words) holds no event; ¶17, the burial, is a paragraph of the main event
    ],
)
