"""Gold of article 259: Shaqlawa, Koya, Sidakan, the Salahuddin resort, Qaladiza, Ranya, Dukan, Harir,
Chamchamal and Erbil (Iraqi Kurdistan), a London Arabic daily's correspondent, 1994-05-12 (Thu)."""
from actors_places import (
    CHAMCHAMAL,
    DUKAN,
    ERBIL_94,
    HARIR,
    INC,
    IQ_ARMY_94,
    IR_ARTILLERY,
    KDP,
    KDP_KOYA_OFFICE,
    KOYA,
    KRD_PARLIAMENT,
    KURD_FIGHT,
    KURD_PARTIES,
    PUK,
    PUK_CADRES,
    PUK_COMMANDER,
    QALADIZA,
    RANYA,
    RANYA_NGO_OFFICE,
    RANYA_PROTESTERS,
    SALAHUDDIN_RESORT,
    SHAQLAWA,
    SHAQLAWA_IDPS,
    SIDAKAN,
    SIDAKAN_VILLAGERS,
    WFP_KRD,
)
from common import AGREEMENT, ARREST, ATTACK, CLASH, MINE, PEACEFUL, SHELL, TRANSFER, D, E, paras_of

SLUG = "shaqlawa_1994_koya_sidakan_qaladiza_ranya_chamchamal"
TODAY = D("1994-05-12")
YESTERDAY = D("1994-05-11")
SINCE_YESTERDAY = D("1994-05-12", "day", ("1994-05-11", "1994-05-12"))
OVERNIGHT = D("1994-05-11", "day", ("1994-05-11", "1994-05-12"))
ARTICLE = dict(
    id="team52-259", slug=SLUG, published="1994-05-12",
    outlet="al-Rafid daily, London, Kurdistan correspondent (fictional)",
    paras=paras_of(f"259_{SLUG}.txt"),
    events=[
        # the KDP–PUK fighting in Shaqlawa «ليل أمس الأربعاء وحتى ساعات الفجر الأولى»: headline 0 («قتلى
        # وجرحى», no number), lead 1 (medical sources at the town's hospital: nineteen), the follow-up 8 (the
        # mediation committee: thirteen bodies so far; the PUK: twenty-five KDP men; a farmer: a shell on a
        # house) → 13, the lowest, in the follow-up. Two-sided: both are sources
        E(True, ["ASSAULT"], [0, 1, 8], "معارك عنيفة", ["asserted", "reported"], mode="heavy-weapons",
          source=KURD_FIGHT, location=SHAQLAWA, date=OVERNIGHT, fatalities=13,
          attribution=["مصادر طبية في مستشفى شقلاوة", "عضو في لجنة الوساطة", "بيان الاتحاد الوطني",
                       "مزارع من أطراف شقلاوة"], acled=CLASH, tpara=1),
        # the PUK takes the KDP's Koya office without a fight (a non-violent takeover) after its guards left
        # in the night (the withdrawal carried out: optional RETREAT)
        E(True, ["COERCE"], [2], "دخل", ["asserted"], mode="seize",
          source=PUK, recipient=KDP_KOYA_OFFICE, location=KOYA, date=TODAY, acled=TRANSFER),
        E(False, ["RETREAT"], [2], "انسحب", ["asserted"], mode="withdraw",
          source=KDP_KOYA_OFFICE, location=KOYA, date=OVERNIGHT),
        # Iranian artillery on the villages of Sidakan yesterday (one shepherd killed), told by villagers
        E(True, ["ASSAULT"], [0, 3], "قصفت", ["reported", "asserted"], mode="heavy-weapons",
          source=IR_ARTILLERY, recipient=SIDAKAN_VILLAGERS, location=SIDAKAN, date=YESTERDAY, fatalities=1,
          attribution=["سكان من قرى ناحية سيدكان"], acled=SHELL, tpara=3),
        # paragraph 4 (Shaqlawa as a summer resort) holds no event the INC delegation's meeting with the two
        # parties yesterday evening (a «وكان … قد» past event told as asserted, not background), their
        # ceasefire agreement (AGREE; the ceasefire from noon optional CONCEDE), and the fire renewed near
        # Qaladiza this afternoon (witnesses)
        E(True, ["CONSULT"], [5], "اجتماعاً", ["asserted"], mode="third-party",
          source=INC, recipient=KURD_PARTIES, location=SALAHUDDIN_RESORT, date=YESTERDAY),
        E(True, ["AGREE"], [5], "اتفاق", ["asserted"],
          source=KURD_PARTIES, location=SALAHUDDIN_RESORT, date=YESTERDAY, acled=AGREEMENT),
        E(False, ["CONCEDE", "RETREAT"], [5], "وقف لإطلاق النار", ["asserted", "planned"], mode="ceasefire",
          source=KURD_PARTIES, date=TODAY),
        E(True, ["ASSAULT"], [5], "تبادل إطلاق النار", ["reported", "asserted"], mode="firearms",
          source=KURD_PARTIES, location=QALADIZA, date=TODAY, attribution=["شهود عيان"], acled=CLASH),
        # the students' and women's demonstration in Ranya and their demand to the two parties' leaders; the
        # banners' slogan is part of it
        E(True, ["PROTEST"], [6], "مظاهرة", ["asserted"], mode="demo",
          source=RANYA_PROTESTERS, location=RANYA, date=TODAY, acled=PEACEFUL),
        E(True, ["REQUEST"], [6], "وطالبوا", ["asserted"],
          source=RANYA_PROTESTERS, recipient=KURD_PARTIES, location=RANYA, date=TODAY),
        # the leaked news of a PUK commander's assassination near Dukan, denied by the PUK
        E(True, ["ASSAULT"], [7], "اغتيال", ["rumored", "negated", "reported"], mode="assassinate",
          recipient=PUK_COMMANDER, location=DUKAN, date=SINCE_YESTERDAY,
          attribution=["أنباء متسربة", "متحدث باسم الاتحاد الوطني"], acled=ATTACK),
        # in the follow-up, the shell on the farmer's neighbour's house is part of the Shaqlawa fighting
        # (optional)
        E(False, ["ASSAULT"], [8], "قذيفة سقطت", ["reported"], mode="heavy-weapons",
          location=SHAQLAWA, date=OVERNIGHT),
        # WFP's flour and oil for families displaced from Shaqlawa to Harir
        E(True, ["AID"], [9], "ووزّع", ["asserted"], mode="humanitarian",
          source=WFP_KRD, recipient=SHAQLAWA_IDPS, location=HARIR, date=SINCE_YESTERDAY),
        # the KDP politburo's accusation of the PUK and the PUK's conditional warning (made; its «response»
        # optional, hypothetical)
        E(True, ["ACCUSE"], [10], "واتهم", ["asserted"],
          source=KDP, recipient=PUK, date=SINCE_YESTERDAY),
        E(True, ["THREATEN"], [10], "حذّر", ["asserted"], mode="violence",
          source=PUK, recipient=KDP, location=KOYA, date=SINCE_YESTERDAY),
        E(False, ["ASSAULT"], [10], "سيرد", ["hypothetical"], mode="firearms",
          source=PUK, recipient=KDP, date=None),
        # paragraph 11 (the double blockade and prices: a standing state) holds no event
        # the Iraqi army's build-up near Chamchamal (Kurdish officials)
        E(True, ["MOBILIZE"], [12], "حشد", ["reported"], mode="weapons",
          source=IQ_ARMY_94, location=CHAMCHAMAL, date=D("1994-05-11", "day", ("1994-05-10", "1994-05-12")),
          attribution=["مسؤولون أكراد"]),
        # the Kurdish parliament's emergency session on Saturday (planned)
        E(True, ["CONSULT"], [13], "جلسة طارئة", ["planned"], mode="multilateral",
          source=KRD_PARLIAMENT, location=ERBIL_94, date=D("1994-05-14")),
        # background: Sunday before a Thursday, a bomb at a foreign NGO's office in Ranya killed its guard
        # (core, historical); «ثالث اعتداء من نوعه» is a tally; the fighting that broke out in Qaladiza early
        # in the month, in a relative clause (optional, historical)
        E(True, ["ASSAULT"], [14], "فجّروا", ["historical", "asserted"], mode="explosives",
          source={"en": ["unknown persons", "unknown assailants"], "ar": ["مجهولون"]},
          recipient=RANYA_NGO_OFFICE, location=RANYA, date=D("1994-05-08"), fatalities=1, acled=MINE),
        E(False, ["ASSAULT"], [14], "الاقتتال", ["historical"], mode="firearms",
          source=KURD_FIGHT, location=QALADIZA, date=D("1994-05-01", "week", ("1994-05-01", "1994-05-07")),
          acled=CLASH),
        # KDP gunmen's arrests of PUK cadres in Erbil over the past days (told by PUK sources)
        E(True, ["COERCE"], [15], "اعتقلوا", ["reported"], mode="arrest",
          source=KDP, recipient=PUK_CADRES, location=ERBIL_94,
          date=D("1994-05-11", "day", ("1994-05-08", "1994-05-12")), attribution=["مصادر في الاتحاد الوطني"],
          acled=ARREST),
    ],
)
