"""Gold of article 626: Khan Sheikhoun, al-Tamanah, al-Habeet and, across the line, Morek with its Turkish
observation post (southern Idlib / northern Hama), an opposition local news agency's website based in Maarat
al-Numan, 2019-08-20 (Tue)."""
from actors_places import (
    ANKARA,
    BATTLE_626,
    DISPLACED_626,
    FACTIONS_626,
    HABEET,
    HAMA_POCKET,
    HTS_626,
    HTS_NLF,
    KHAN_SHEIKHOUN,
    LOCAL_NGOS_626,
    M5_MAAR_HATTAT,
    MAARA,
    MAARA_YOUTHS,
    MOREK_EDGES,
    MOREK_POST,
    NORTH_KHAN_SHEIKHOUN,
    REGIME_626,
    REGIME_ARTY_626,
    REGIME_HELI_626,
    REGIME_JETS_626,
    RUSSIA_626,
    SARMADA,
    SARMADA_FAMILIES,
    SARMAN,
    SARMAN_PROTESTERS,
    SOUTH_IDLIB_NORTH_HAMA,
    TAMANAH,
    TAMANAH_FRONT,
    TAMANAH_VICTIMS,
    TR_CONVOY,
    TR_CONVOY_TROOPS,
    TR_MOD,
    TR_RU_DELEGATIONS,
)
from common import AIR, ARREST, CLASH, PEACEFUL, SHELL, D, E, paras_of

SLUG = "idlib_2019_khan_sheikhoun_tamanah_habeet_morek"
TODAY = D("2019-08-20")
YESTERDAY = D("2019-08-19")
LATELY = D("2019-08-20", "day", ("2019-08-19", "2019-08-20"))
SINCE_LAST_NIGHT = D("2019-08-19", "day", ("2019-08-19", "2019-08-20"))
ARTICLE = dict(
    id="team126-626", slug=SLUG, published="2019-08-20",
    outlet="Minbar al-Maarra, an opposition local news agency's website based in Maarat al-Numan (fictional)",
    paras=paras_of(f"626_{SLUG}.txt"),
    events=[
        # the lead (dateline «معرة النعمان»: a town of the same governorate near the front): warplanes strike
        # near a Turkish convoy on the M5 by Maar Hattat, two escorts of «فيلق الشام» killed (core ASSAULT,
        # Air strike; the headline names it); the convoy's advance along the road is optional
        E(True, ["ASSAULT"], [0, 1], "استهدفت", ["asserted", "reported"], mode="aerial",
          source=REGIME_JETS_626, recipient=TR_CONVOY, location=M5_MAAR_HATTAT, date=YESTERDAY, fatalities=2,
          attribution=["قيادي في الفصيل"], acled=AIR, tpara=1),
        E(False, ["MOBILIZE"], [1], "يتقدم", ["asserted"], mode="troops", source=TR_CONVOY,
          location=M5_MAAR_HATTAT, date=YESTERDAY),
        # ¶2: barrel bombs on al-Tamanah kill a mother and her two children (core ASSAULT, Air strike)
        E(True, ["ASSAULT"], [2], "براميل متفجرة", ["asserted", "reported"], mode="aerial",
          source=REGIME_HELI_626, recipient=TAMANAH_VICTIMS, location=TAMANAH, date=TODAY, fatalities=3,
          attribution=["الدفاع المدني السوري"], acled=AIR),
        # paragraph 3 (Khan Sheikhoun: a description) holds no event
        # the main event, in ¶4 after the strikes of ¶1 and ¶2: clashes since last evening on the northern and
        # western edges of Khan Sheikhoun as the ring closes; nine faction fighters dead per an NLF commander,
        # sixteen per the observatory in ¶5 → 9 (lowest count); ¶15 the funeral of «المقاتلين التسعة»; the
        # headline names it
        E(True, ["ASSAULT"], [0, 4, 5, 15], "اشتباكات", ["asserted", "reported"], mode="firearms",
          source=BATTLE_626, location=KHAN_SHEIKHOUN, date=SINCE_LAST_NIGHT, fatalities=9,
          attribution=["قيادي في «الجبهة الوطنية للتحرير»", "«المرصد السوري لحقوق الإنسان»"], acled=CLASH,
          tpara=4),
        # ¶6: the Turkish defence ministry condemns the strike (core ACCUSE) and warns it will answer any
        # attack on its posts (core THREATEN, conditional «إذا»); its call on Moscow (participle «داعية») is
        # optional
        E(True, ["ACCUSE"], [6], "ودانت", ["asserted"], source=TR_MOD, recipient=REGIME_626,
          date=SINCE_LAST_NIGHT),
        E(True, ["THREATEN"], [6], "وحذرت", ["asserted"], mode="violence", source=TR_MOD,
          recipient=REGIME_626, date=SINCE_LAST_NIGHT),
        E(False, ["REQUEST"], [6], "داعية", ["asserted"], source=TR_MOD, recipient=RUSSIA_626,
          date=SINCE_LAST_NIGHT),
        # ¶7: the convoy has not gone on to the Morek post (core MOBILIZE, negated); its halt north of Maar
        # Hattat is optional
        E(True, ["MOBILIZE"], [7], "يواصل", ["negated"], mode="troops", source=TR_CONVOY_TROOPS,
          location=MOREK_POST, date=TODAY, attribution=["شهود من أبناء البلدة"]),
        E(False, ["MOBILIZE"], [7], "وتمركز", ["asserted", "reported"], mode="troops",
          source=TR_CONVOY_TROOPS, location=M5_MAAR_HATTAT, date=TODAY),
        # ¶8: government artillery shells the edges of Morek near the Turkish post (core ASSAULT, Shelling)
        E(True, ["ASSAULT"], [8], "قصفت", ["asserted", "reported"], mode="heavy-weapons",
          source=REGIME_ARTY_626,
          location=MOREK_EDGES, date=TODAY, attribution=["ناشطين من البلدة"], acled=SHELL),
        # background in «وكانت … قد», at another place: al-Habeet taken on 11 August (core, historical, Armed
        # clash); the Russian air raids that went with it are optional
        E(True, ["ASSAULT"], [9], "المعارك", ["historical", "asserted"], mode="firearms", source=REGIME_626,
          recipient=FACTIONS_626, location=HABEET, date=D("2019-08-11"), acled=CLASH),
        E(False, ["ASSAULT"], [9], "قصف جوي", ["historical", "asserted"], mode="aerial", location=HABEET,
          date=None),
        # ¶10: the factions' pull-out from the northern Hama pocket, told on WhatsApp groups and denied (core
        # RETREAT, rumored)
        E(True, ["RETREAT"], [10], "سحب", ["rumored", "planned"], mode="withdraw", source=FACTIONS_626,
          location=HAMA_POCKET, date=None, attribution=["مجموعات محلية على تطبيق «واتساب»"]),
        # ¶11: Turkish and Russian military delegations to meet in Ankara next Thursday (core CONSULT,
        # planned)
        E(True, ["CONSULT"], [11], "يجتمع", ["planned"], source=TR_RU_DELEGATIONS, location=ANKARA,
          date=D("2019-08-22"), attribution=["وكالة أنباء تركية رسمية"]),
        # ¶12: the flight since the start of the month (optional RETREAT, generic) and the aid handed out at
        # Sarmada yesterday (core AID)
        E(False, ["RETREAT"], [12], "النزوح", ["generic"], source=DISPLACED_626,
          location=SOUTH_IDLIB_NORTH_HAMA, date=None),
        E(True, ["AID"], [12], "ووزعت", ["asserted"], mode="humanitarian", source=LOCAL_NGOS_626,
          recipient=SARMADA_FAMILIES, location=SARMADA, date=YESTERDAY),
        # ¶13: HTS detains seven young men in Maarat al-Numan (core COERCE, Arrests)
        E(True, ["COERCE"], [13], "واعتقلت", ["asserted", "reported"], mode="arrest", source=HTS_626,
          recipient=MAARA_YOUTHS, location=MAARA, date=SINCE_LAST_NIGHT, attribution=["ذووهم"], acled=ARREST),
        # ¶14: a gathering by the al-Sarman post (core PROTEST, Peaceful protest); some of them blocking the
        # road with tyres is optional
        E(True, ["PROTEST"], [14], "وتجمّع", ["asserted"], mode="demo", source=SARMAN_PROTESTERS,
          location=SARMAN, date=YESTERDAY, acled=PEACEFUL),
        E(False, ["PROTEST"], [14], "أغلق", ["asserted"], mode="obstruct", source=SARMAN_PROTESTERS,
          location=SARMAN, date=YESTERDAY),
        # ¶15, the funeral in Kafranbel, is a paragraph of the main event; paragraph 16 (a displaced man's
        # words) holds no event ¶17: HTS and the NLF send hundreds of fighters around al-Tamanah (core
        # MOBILIZE); the feared linking of the government's two axes is optional (hypothetical)
        E(True, ["MOBILIZE"], [17], "ودفعت", ["asserted", "reported"], mode="troops", source=HTS_NLF,
          location=TAMANAH_FRONT, date=LATELY, attribution=["قيادي ميداني"]),
        E(False, ["COERCE", "ASSAULT"], [17], "وصل", ["hypothetical"], mode="restrict", source=REGIME_626,
          location=NORTH_KHAN_SHEIKHOUN, date=None),
    ],
)
