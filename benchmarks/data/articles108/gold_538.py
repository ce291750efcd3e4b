"""Gold of article 538: Nineveh after the battle of Tal Afar (Tal Afar, Hammam al-Alil, Bashiqa, Tel Keppe,
al-Ayadiya, al-Qayyarah), a Baghdad-based Iraqi news agency's website, 2017-09-13 (Wed)."""
from actors_places import (
    AYADIYA,
    BARRED_FAMILIES,
    BASHIQA,
    BASHIQA_TELKEPPE,
    GRAVE_VICTIMS,
    HAMMAM_ALIL,
    INSS,
    IQ_FED_GOV,
    ISIS_538,
    ISIS_LEADER,
    ITF,
    KRG,
    LOCAL_POLICE_538,
    MODM,
    NINEVEH_POLICE,
    NINEVEH_SHEIKHS,
    OPS_COMMAND,
    PESHMERGA,
    PMF_FACTION,
    PMF_LEADER,
    QAYYARA,
    QAYYARA_BOMBERS,
    QAYYARA_VICTIMS,
    RETURNEES,
    RETURNING_FAMILIES,
    SARAY,
    SARAY_FAMILY,
    SUSPECTS_538,
    TAL_AFAR,
    TAL_AFAR_IDPS,
    TAL_AFAR_SOUTH,
    TEL_KEPPE,
    TELKEPPE_POLICE,
)
from common import AGREEMENT, ARREST, ATTACK, MINE, OTHER, D, E, paras_of

SLUG = "nineveh_2017_tal_afar_bashiqa_mass_grave_returns"
TODAY = D("2017-09-13")
YESTERDAY = D("2017-09-12")
SINCE_YESTERDAY = D("2017-09-13", "day", ("2017-09-12", "2017-09-13"))
TWO_DAYS = D("2017-09-12", "day", ("2017-09-11", "2017-09-13"))
ARTICLE = dict(
    id="team108-538", slug=SLUG, published="2017-09-13",
    outlet="al-Masar News Agency, a Baghdad-based Iraqi news agency's website (fictional)",
    paras=paras_of(f"538_{SLUG}.txt"),
    events=[
        # ¶1 (dateline from the town of the event, «تلعفر»): the remains of at least 23 people taken out of
        # a mass grave in a quarry south-west of Tal Afar; the killing by ISIS after it took the town in
        # 2014 is the event (core ASSAULT execute, historical, undated: 23; the exhumation itself is no
        # event); the headline 0 names it. It is told in two paragraphs only, so it is not the article's
        # main event
        E(True, ["ASSAULT"], [0, 1], "أعدمهم", ["historical", "asserted"], mode="execute",
          source=ISIS_538, recipient=GRAVE_VICTIMS, location=TAL_AFAR, date=None, fatalities=23,
          attribution=["مصدر في الدائرة"], acled=ATTACK, tpara=1),
        # the main event, in ¶2 after the grave of ¶1 (not first in the lead): an IED that ISIS left inside
        # a house in the al-Saray quarter kills a man, his wife and their son «عصر أمس», minutes after they
        # came back (3; Remote explosive/landmine/IED); «، وذلك بعد دقائق» tells the time after the act; ¶3
        # the police's version, ¶17 the funeral of «الضحايا الثلاثة»
        E(True, ["ASSAULT"], [0, 2, 3, 17], "بانفجار عبوة ناسفة", ["asserted"], mode="explosives",
          source=ISIS_538, recipient=SARAY_FAMILY, location=SARAY, date=YESTERDAY, fatalities=3, acled=MINE,
          tpara=2),
        # ¶3: the police's call to returnees to wait for the clearance teams is an optional REQUEST («بهدف»
        # gives its purpose; the earlier warning «كانت قد حذّرت» is part of the same version)
        E(False, ["REQUEST"], [3], "داعياً", ["asserted", "reported"],
          source=NINEVEH_POLICE, recipient=RETURNEES, location=TAL_AFAR, date=SINCE_YESTERDAY),
        # ¶4 (verb–subject–object): the National Security Service arrests seven wanted men at the screening
        # point of Hammam al-Alil (core COERCE, Arrests)
        E(True, ["COERCE"], [4], "واعتقلت", ["asserted", "reported"], mode="arrest",
          source=INSS, recipient=SUSPECTS_538, location=HAMMAM_ALIL, date=YESTERDAY,
          attribution=["بيان جهاز الأمن الوطني"], acled=ARREST),
        # ¶5, one sentence, two events: some two hundred families return to Bashiqa over two days (core
        # RETREAT return) while a PMF faction keeps dozens of families from villages south of Tal Afar (core
        # COERCE restrict)
        E(True, ["RETREAT"], [5], "وعادت", ["asserted", "reported"], mode="return",
          source=RETURNING_FAMILIES, location=BASHIQA, date=TWO_DAYS, attribution=["مسؤول محلي"]),
        E(True, ["COERCE"], [5], "منع", ["asserted", "reported"], mode="restrict",
          source=PMF_FACTION, recipient=BARRED_FAMILIES, location=TAL_AFAR_SOUTH, date=TWO_DAYS,
          attribution=["مسؤول محلي"]),
        # ¶6: a police engineering unit defuses a parked car bomb near the market of Tel Keppe (core COERCE
        # confiscate, ASSAULT also accepted; Strategic developments/Other: a disrupted attack); «من دون أن»
        # negates nothing
        E(True, ["COERCE", "ASSAULT"], [6], "وفكّكت", ["asserted", "reported"], mode="confiscate",
          source=TELKEPPE_POLICE, location=TEL_KEPPE, date=TODAY, attribution=["خلية الإعلام الأمني"],
          acled=OTHER),
        # paragraph 7 (Tal Afar: a description) holds no event
        # ¶8: an ISIS leader's arrest near al-Ayadiya rumoured on local pages and denied by the operations
        # command (core COERCE, rumored; no time → no date; the denial optional)
        E(True, ["COERCE"], [8], "اعتقال", ["rumored", "reported"], mode="arrest",
          recipient=ISIS_LEADER, location=AYADIYA, date=None, attribution=["صفحات محلية"]),
        E(False, ["REJECT"], [8], "نفى", ["asserted"],
          source=OPS_COMMAND, date=TODAY),
        # ¶9: a PMF leader's conditional threat to enter Bashiqa and Tel Keppe by force if the Kurdistan
        # Region's referendum includes them (core THREATEN; the entry optional, hypothetical)
        E(True, ["THREATEN"], [9], "وهدّد", ["asserted"], mode="territory",
          source=PMF_LEADER, recipient=KRG, location=BASHIQA_TELKEPPE, date=SINCE_YESTERDAY),
        E(False, ["ASSAULT"], [9], "دخول", ["hypothetical"], mode="firearms",
          source=PMF_LEADER, location=BASHIQA_TELKEPPE, date=None),
        # ¶10: the first organised return convoys for Tal Afar's displaced «يوم الأحد المقبل» (core RETREAT
        # return, planned); the local police deployment that goes with them is an optional planned MOBILIZE
        E(True, ["RETREAT"], [10], "قوافل العودة", ["planned"], mode="return",
          source=MODM, recipient=TAL_AFAR_IDPS, location=TAL_AFAR, date=D("2017-09-17")),
        E(False, ["MOBILIZE"], [10], "تنتشر", ["planned"], mode="police",
          source=LOCAL_POLICE_538, location=TAL_AFAR, date=D("2017-09-17")),
        # ¶11: the Peshmerga have not withdrawn from around Bashiqa (core RETREAT withdraw, negated); the
        # federal government's demand is a back-reference (optional REQUEST)
        E(True, ["RETREAT"], [11], "تنسحب", ["negated"], mode="withdraw",
          source=PESHMERGA, location=BASHIQA, date=TODAY),
        E(False, ["REQUEST"], [11], "مطالبة", ["asserted"],
          source=IQ_FED_GOV, recipient=PESHMERGA, date=None),
        # ¶12: Nineveh's tribal sheikhs sign a «وثيقة شرف» in Hammam al-Alil (core AGREE, Agreement); the
        # meeting in which they signed it is an optional CONSULT
        E(True, ["AGREE"], [12], "ووقّع", ["asserted"],
          source=NINEVEH_SHEIKHS, location=HAMMAM_ALIL, date=YESTERDAY, acled=AGREEMENT),
        E(False, ["CONSULT"], [12], "اجتماع", ["asserted"], mode="multilateral",
          source=NINEVEH_SHEIKHS, location=HAMMAM_ALIL, date=YESTERDAY),
        # paragraph 13 (mass graves counted since the start of the year: an aggregate) holds no event
        # background at another place, in «وكان … قد»: an IED on a military vehicle near the al-Qayyarah
        # bridge on 17 August, later claimed by ISIS (core, historical, 5)
        E(True, ["ASSAULT"], [14], "انفجرت", ["historical", "asserted"], mode="explosives",
          source=QAYYARA_BOMBERS, recipient=QAYYARA_VICTIMS, location=QAYYARA, date=D("2017-08-17"),
          fatalities=5, acled=MINE),
        # ¶15: the Iraqi Turkmen Front's demand to the federal government (core REQUEST; an undated
        # statement: a two-day range)
        E(True, ["REQUEST"], [15], "وطالبت", ["asserted"],
          source=ITF, recipient=IQ_FED_GOV, location=TAL_AFAR, date=SINCE_YESTERDAY),
        # paragraph 16 (a returnee's words) holds no event; ¶17, the funeral, is a paragraph of the main
        # event
    ],
)
