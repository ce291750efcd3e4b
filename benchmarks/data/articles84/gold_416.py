"""Gold of article 416: Ariha, Jabal al-Zawiya, the Atmeh camps and the Bab al-Hawa crossing (Idlib), a Syrian
opposition FM radio station's news website, 2020-06-09 (Tue)."""
from actors_places import (
    ARIHA,
    ARIHA_CIVILIANS,
    ARIHA_COUNCIL,
    ARIHA_TRADERS,
    ARMY_POSTS,
    ASSAD_FORCES,
    ATMEH,
    BAB_HAWA,
    BARA_KANSAFRA,
    CAMP_ADMIN,
    CIVIL_DEFENCE,
    CONVOY,
    DISPLACED_FAMILIES,
    INTL_ORGS,
    KAFRNABL,
    LOCAL_ORGS,
    M4_ARIHA,
    MASTUMAH,
    MOSCOW,
    NERAB,
    NERAB_PROTESTERS,
    NLF,
    NLF_COMMANDER,
    REBELS_SANA,
    RUSSIA_ASSAD,
    RUSSIA_TURKEY,
    RUSSIAN_AIR,
    SALVATION_CROSSING,
    SANA_SOURCE,
    SARMIN,
    SARMIN_VICTIMS,
    TURKISH_ARMY,
    TURKISH_CHARITY,
    UN,
)
from common import AGREEMENT, AIR, SHELL, D, E, paras_of

SLUG = "idlib_2020_ariha_bara_atmeh_bab_al_hawa"
TODAY = D("2020-06-09")
ARTICLE = dict(
    id="team84-416", slug=SLUG, published="2020-06-09",
    outlet="Idhaat al-Arbaeen, a Syrian opposition FM radio station's news website (fictional)",
    paras=paras_of(f"416_{SLUG}.txt"),
    events=[
        # ¶1 (after the dateline): the al-Sanawbar camp houses forty of the families that reached the Atmeh
        # camps today (AID); the families' flight itself is no event (no actor acts on another)
        E(True, ["AID"], [1], "أسكنت", ["asserted"], mode="humanitarian",
          source=CAMP_ADMIN, recipient=DISPLACED_FAMILIES, location=ATMEH, date=TODAY,
          attribution=["إدارة مخيم «الصنوبر»"]),
        # ¶1: the new tents that local organisations promised, in a relative clause (optional AGREE)
        E(False, ["AGREE"], [1], "وعدت", ["asserted"], source=LOCAL_ORGS, recipient=CAMP_ADMIN,
          location=ATMEH, date=None),
        # ¶2: Russian air strikes on the outskirts of al-Bara and Kansafra at dawn, no one hurt (one event)
        E(True, ["ASSAULT"], [2], "غارات", ["asserted"], mode="aerial",
          source=RUSSIAN_AIR, location=BARA_KANSAFRA, date=TODAY, attribution=["مراسل الإذاعة"], acled=AIR),
        # the main event, in ¶3 after the camp and the air strikes, in a relative clause: the government's
        # artillery on Ariha's vegetable market «مساء أمس الاثنين» (headline 0; the hospital's toll 4; SANA's
        # retelling 5; the funeral 7; a displaced woman's account 8; the rescuers praised 9); the civil
        # defence's three against the hospital's five → 3
        E(True, ["ASSAULT"], [0, 3, 4, 5, 7, 8, 9], "القصف المدفعي", ["asserted"], mode="heavy-weapons",
          source=ASSAD_FORCES, recipient=ARIHA_CIVILIANS, location=ARIHA, date=D("2020-06-08"), fatalities=3,
          attribution=["الدفاع المدني السوري", "مصدر طبي في مشفى أريحا الجراحي"], acled=SHELL, tpara=3),
        # ¶5: the rebels' shelling near Kafr Nabl that SANA gives as the cause (optional, reported) and the
        # army source's accusation of breaking the Moscow deal (ACCUSE)
        E(False, ["ASSAULT"], [5], "استهدفت", ["reported"],
          source=REBELS_SANA, recipient=ARMY_POSTS, location=KAFRNABL,
          date=D("2020-06-08", "day", ("2020-06-07", "2020-06-08")), attribution=["وكالة «سانا»"]),
        E(True, ["ACCUSE"], [5], "متهماً", ["asserted", "reported"],
          source=SANA_SOURCE, recipient=REBELS_SANA, date=TODAY, attribution=["وكالة «سانا»"]),
        # ¶6: the NLF blames Russia and the government for breaking the ceasefire (ACCUSE) and threatens to
        # answer if the shelling goes on (THREATEN; the answer itself optional, hypothetical); the Moscow
        # ceasefire of 5 March is recalled (optional AGREE, historical)
        E(True, ["ACCUSE"], [6], "وحمّلت", ["asserted"],
          source=NLF, recipient=RUSSIA_ASSAD, date=TODAY, attribution=["بيان «الجبهة الوطنية للتحرير»"]),
        E(False, ["AGREE"], [6], "لاتفاق وقف إطلاق النار", ["historical"],
          location=MOSCOW, date=D("2020-03-05"), acled=AGREEMENT),
        E(True, ["THREATEN"], [6], "وتوعّدت", ["asserted"], mode="violence",
          source=NLF, recipient=RUSSIA_ASSAD, date=TODAY),
        E(False, ["ASSAULT"], [6], "بالرد", ["hypothetical"], source=NLF, recipient=RUSSIA_ASSAD, date=None),
        # ¶9: the Ariha council praises the civil defence (SUPPORT); its call on the traders optional
        E(True, ["SUPPORT"], [9], "وأشاد", ["asserted"],
          source=ARIHA_COUNCIL, recipient=CIVIL_DEFENCE, location=ARIHA, date=TODAY),
        E(False, ["REQUEST"], [9], "ودعا التجار", ["asserted"],
          source=ARIHA_COUNCIL, recipient=ARIHA_TRADERS, location=ARIHA, date=TODAY),
        # paragraph 10 (the road to Sarmada: description) holds no event ¶11: the Salvation Government's
        # crossing administration holds a Turkish charity's convoy at Bab al-Hawa since Sunday evening
        # (COERCE, withhold); the sending of the convoy optional AID
        E(False, ["AID"], [11], "أرسلتها", ["asserted"], mode="humanitarian",
          source=TURKISH_CHARITY, location=BAB_HAWA,
          date=D("2020-06-07", "week", ("2020-06-01", "2020-06-07"))),
        E(True, ["COERCE"], [11], "أوقفتها", ["asserted"], mode="withhold",
          source=SALVATION_CROSSING, recipient=CONVOY, location=BAB_HAWA, date=D("2020-06-07"),
          attribution=["أحد سائقي الشاحنات"]),
        # ¶12: no international aid distributed to the families (core AID, negated) and the camp's demand to
        # the UN
        E(True, ["AID"], [12], "لم توزّع", ["negated"], mode="humanitarian",
          source=INTL_ORGS, recipient=DISPLACED_FAMILIES, location=ATMEH, date=TODAY,
          attribution=["إدارة مخيم «الصنوبر»"]),
        E(True, ["REQUEST"], [12], "وطالبت", ["asserted"],
          source=CAMP_ADMIN, recipient=UN, location=ATMEH, date=TODAY),
        # ¶13: a Turkish pull-out from al-Mastumah, rumoured on Facebook and denied by an NLF commander (the
        # denial optional)
        E(True, ["RETREAT"], [13], "سحب", ["rumored", "reported"], mode="withdraw",
          source=TURKISH_ARMY, location=MASTUMAH, date=D("2020-06-09", "day", ("2020-06-08", "2020-06-09")),
          attribution=["صفحات محلية على «فيسبوك»"]),
        E(False, ["REJECT"], [13], "نفى ذلك", ["asserted"], source=NLF_COMMANDER, date=TODAY),
        # ¶14: a joint Russian–Turkish patrol on the M4 on Thursday (planned COOPERATE); the protesters who
        # blocked the earlier patrols near al-Nayrab optional, historical
        E(True, ["COOPERATE"], [14], "دورية مشتركة", ["planned"],
          source=RUSSIA_TURKEY, location=M4_ARIHA, date=D("2020-06-11")),
        E(False, ["PROTEST"], [14], "اعتراض محتجين", ["historical", "asserted"], mode="obstruct",
          source=NERAB_PROTESTERS, location=NERAB, date=None),
        # paragraph 15 (Ariha: description) holds no event
        # background at another place, in «وكان … قد»: government rockets on Sarmin on 12 May (2 killed)
        E(True, ["ASSAULT"], [16], "قصفت", ["historical", "asserted"], mode="heavy-weapons",
          source=ASSAD_FORCES, recipient=SARMIN_VICTIMS, location=SARMIN, date=D("2020-05-12"), fatalities=2,
          acled=SHELL),
        # paragraph 17 (OCHA's figures and the aid workers' words: generic, aggregates) holds no event
    ],
)
