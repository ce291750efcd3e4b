"""Gold of article 407: al-Suqaylabiyah, al-Latamenah, Kafr Zita and Mhardeh (the Hama countryside), a Syrian
pro-government daily newspaper's website, 2015-06-18 (Thu)."""
from actors_places import (
    AUTHORITIES_SY,
    HAMA,
    HAMA_ARMED_GROUPS,
    HAMA_COUNCIL,
    HAMA_GOVERNOR,
    HAMA_HEALTH,
    HAMA_REBELS,
    KAFR_ZITA_FACTION,
    LATAMENAH_AREA,
    LATAMENAH_KAFR_ZITA,
    LATAMENAH_REBELS,
    MHARDEH,
    MHARDEH_VICTIMS,
    REBEL_COMMITTEES,
    SAA_NDF,
    SAA_UNITS,
    SANA_MIL_SOURCE,
    SUQAYLABIYAH,
    SUQAYLABIYAH_CIVILIANS,
    SUQAYLABIYAH_COUNCIL,
    SUQAYLABIYAH_HOSPITAL,
    SUQAYLABIYAH_MHARDEH,
    SUQAYLABIYAH_PEOPLE,
    SUQAYLABIYAH_WOUNDED,
    SY_AIR_FORCE,
    SY_ARMY,
    SY_MIL_SOURCE,
    TERROR_SPONSORS,
    THREATENED_REBELS,
)
from common import AIR, SHELL, D, E, paras_of

SLUG = "hama_2015_suqaylabiyah_latamenah_kafr_zita_mhardeh"
TODAY = D("2015-06-18")
ARTICLE = dict(
    id="team82-407", slug=SLUG, published="2015-06-18",
    outlet="Barid al-Assi Syrian pro-government daily newspaper website (fictional)",
    paras=paras_of(f"407_{SLUG}.txt"),
    events=[
        # the main event, first in the lead (no dateline; the place in the first sentence): rockets fired from
        # around al-Latamenah on al-Suqaylabiyah «صباح اليوم» (headline 0, the hospital 2, the funeral 3, the
        # rebels' own version 5) → 4, one toll throughout
        E(True, ["ASSAULT"], [0, 1, 2, 3, 5], "قذائف صاروخية أطلقتها", ["asserted"], mode="heavy-weapons",
          source=HAMA_REBELS, recipient=SUQAYLABIYAH_CIVILIANS, location=SUQAYLABIYAH, date=TODAY,
          fatalities=4,
          attribution=["مصدر في قيادة شرطة المحافظة", "مدير مشفى السقيلبية الوطني"], acled=SHELL, tpara=1),
        # ¶4: the army's artillery on al-Latamenah and Kafr Zita (headline 0), verb–subject–object; the air
        # force's raids in the same sentence are optional (same actor, place and day: ACLED folds them)
        E(True, ["ASSAULT"], [0, 4], "استهدفت وحدات", ["asserted"], mode="heavy-weapons",
          source=SAA_UNITS, recipient=LATAMENAH_REBELS, location=LATAMENAH_KAFR_ZITA, date=TODAY,
          attribution=["مصدر ميداني"], acled=SHELL, tpara=4),
        E(False, ["ASSAULT"], [4], "غارات", ["asserted"], mode="aerial",
          source=SY_AIR_FORCE, location=LATAMENAH_KAFR_ZITA, date=TODAY, acled=AIR),
        # ¶5: the rebels' committees accuse the army of shelling homes in Kafr Zita; a military source denies
        # their version (both optional: the paragraph retells the main event)
        E(False, ["ACCUSE"], [5], "واتهمت", ["reported"],
          source=REBEL_COMMITTEES, recipient=SY_ARMY, date=TODAY),
        E(False, ["REJECT"], [5], "نفاها", ["asserted"], source=SY_MIL_SOURCE, date=TODAY),
        # ¶6: the governor, after a long parenthetical, visits the wounded (subject–verb–object); his promise
        # optional
        E(True, ["CONSULT"], [6], "زار", ["asserted"], mode="visit",
          source=HAMA_GOVERNOR, recipient=SUQAYLABIYAH_WOUNDED, location=SUQAYLABIYAH, date=TODAY),
        E(False, ["AGREE"], [6], "ووعد", ["asserted"],
          source=HAMA_GOVERNOR, location=SUQAYLABIYAH, date=TODAY),
        # ¶7: the governor blames «the states that support terrorism, Turkey first»; his praise optional
        E(True, ["ACCUSE"], [7], "وحمّل", ["asserted"],
          source=HAMA_GOVERNOR, recipient=TERROR_SPONSORS, date=TODAY),
        E(False, ["SUPPORT"], [7], "ومشيداً", ["asserted"],
          source=HAMA_GOVERNOR, recipient=SUQAYLABIYAH_PEOPLE, date=TODAY),
        # ¶8: the army and the NDF reinforce the checkpoints around al-Suqaylabiyah and Mhardeh
        E(True, ["MOBILIZE"], [8], "وعزّزت", ["asserted"], mode="troops",
          source=SAA_NDF, location=SUQAYLABIYAH_MHARDEH, date=TODAY, attribution=["مراسل «بريد العاصي»"]),
        # paragraph 9 (al-Suqaylabiyah and the Ghab: description) holds no event
        # ¶10: a build-up of armed groups around al-Latamenah, unconfirmed (rumoured); the attack it would
        # prepare is hypothetical (optional)
        E(True, ["MOBILIZE"], [10], "حشود", ["rumored"], mode="troops",
          source=HAMA_ARMED_GROUPS, location=LATAMENAH_AREA,
          date=D("2015-06-16", "week", ("2015-06-11", "2015-06-18")),
          attribution=["معلومات متداولة في أوساط الأهالي"]),
        E(False, ["ASSAULT"], [10], "لهجوم محتمل", ["hypothetical"], mode="firearms",
          source=HAMA_ARMED_GROUPS, location=MHARDEH, date=None),
        # ¶11: a military source's threat, through SANA («نقلاً عن»)
        E(True, ["THREATEN"], [11], "متوعداً", ["asserted", "reported"], mode="violence",
          source=SANA_MIL_SOURCE, recipient=THREATENED_REBELS, date=TODAY,
          attribution=["وكالة «سانا»", "مصدر عسكري"]),
        # ¶12: the city council head's appeal to the authorities
        E(True, ["REQUEST"], [12], "وناشد", ["asserted"],
          source=SUQAYLABIYAH_COUNCIL, recipient=AUTHORITIES_SY, location=SUQAYLABIYAH, date=TODAY),
        # ¶13: the medicines and blood announced by the health directorate have not arrived (negated AID)
        E(True, ["AID"], [13], "ولم تصل", ["negated"], mode="humanitarian",
          source=HAMA_HEALTH, recipient=SUQAYLABIYAH_HOSPITAL, location=SUQAYLABIYAH, date=TODAY,
          attribution=["أحد الأطباء العاملين فيه"]),
        # ¶14: an extraordinary session of the governorate council on Sunday (planned)
        E(True, ["CONSULT"], [14], "يعقد", ["planned"], mode="multilateral",
          source=HAMA_COUNCIL, location=HAMA, date=D("2015-06-21")),
        # background at another place, in «وكانت … قد»: rockets on Mhardeh on 26 April, a woman and her son
        # killed, claimed by a faction in Kafr Zita
        E(True, ["ASSAULT"], [15], "قذائف مماثلة", ["historical", "asserted"], mode="heavy-weapons",
          source=KAFR_ZITA_FACTION, recipient=MHARDEH_VICTIMS, location=MHARDEH, date=D("2015-04-26"),
          fatalities=2, acled=SHELL),
        # paragraphs 16 (years of shelling: generic, aggregates) and 17 (the front line's distance) hold no
        # event
    ],
)
