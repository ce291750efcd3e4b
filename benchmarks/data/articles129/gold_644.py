"""Gold of article 644: a brigade's reinforcements to Sabha's old castle and the roads it closed, its
spokesman's accusation (the Tebu denial optional), the clashes round the castle with mortar rounds on
al-Tayouri (main event, told in ¶3 after the reinforcements and the accusation; six dead by the medical
centre's count against nine by the brigade's), the mayor's demand, a clash at the Tamenhint air base in April
2017, a ceasefire announced by the elders, text messages threatening al-Tayouri, no force sent by either
government, two prisoners' execution told on local pages, the military region's commander suspended, a deal
due to be signed on Wednesday, medicines delivered and the Tebu council's refusal (Sabha, Fezzan, Libya), a
Sabha-based local FM radio station's website, 2018-03-05 (Mon). No dateline: the lead names «سبها» in its
first sentence."""
from actors_places import (
    BRIGADE_6,
    BRIGADE_SPOKESMAN,
    CHADIAN_FIGHTERS,
    GNA,
    LNA_AND_GNA,
    PRESIDENCY_COUNCIL,
    SABHA,
    SABHA_CASTLE,
    SABHA_CLASH,
    SABHA_ELDERS,
    SABHA_FIGHTING,
    SABHA_HOSPITAL,
    SABHA_MAYOR,
    SABHA_MEDICAL_CENTRE,
    SABHA_MILITARY_CHIEF,
    SABHA_SIGNATORIES,
    TAMENHINT,
    TAMENHINT_CLASH,
    TAYOURI,
    TAYOURI_RESIDENTS,
    TEBU_COUNCIL,
    TEBU_COUNCIL_MEMBER,
    TEBU_PRISONERS,
    THIRD_FORCE,
    WHO,
)
from common import CLASH, D, E, paras_of

SLUG = "sabha_2018_tayouri_tamenhint"
YESTERDAY = D("2018-03-04")
TODAY = D("2018-03-05")
TODAY_OR_EVE = D("2018-03-05", "day", ("2018-03-04", "2018-03-05"))
ARTICLE = dict(
    id="team129-644", slug=SLUG, published="2018-03-05",
    outlet="al-Nakhla FM, a Sabha-based local FM radio station's website (fictional)",
    paras=paras_of(f"644_{SLUG}.txt"),
    events=[
        # ¶1 (no dateline; «سبها» in the first sentence, verb first): the reinforcements to the castle and the
        # roads closed round it
        E(True, ["MOBILIZE"], [1], "دفع", ["asserted"], mode="troops", source=BRIGADE_6,
          location=SABHA_CASTLE, date=TODAY, attribution=["مراسل «النخلة إف إم»"]),
        E(True, ["COERCE"], [1], "أغلقت", ["asserted"], mode="restrict", source=BRIGADE_6,
          location=SABHA_CASTLE, date=TODAY),
        # ¶2: the spokesman's accusation; the Tebu council member's denial optional
        E(True, ["ACCUSE"], [2], "واتهم", ["asserted"], source=BRIGADE_SPOKESMAN, recipient=CHADIAN_FIGHTERS,
          date=TODAY_OR_EVE),
        E(False, ["ACCUSE", "REJECT"], [2], "نفى", ["asserted"], source=TEBU_COUNCIL_MEMBER,
          recipient=BRIGADE_6, date=TODAY_OR_EVE),
        # MAIN EVENT, told in ¶3 after three other core events: the clashes round the castle with mortar
        # rounds on al-Tayouri, both sides as source; the resident's account ¶4 and the brigade's count ¶7 (6
        # vs 9 → 6)
        E(True, ["ASSAULT"], [0, 3, 4, 7], "اشتباكات", ["asserted"], mode="heavy-weapons", source=SABHA_CLASH,
          location=SABHA_FIGHTING, date=D("2018-03-04", "day", ("2018-03-04", "2018-03-05")), fatalities=6,
          attribution=["مركز سبها الطبي", "الناطق باسم اللواء"], acled=CLASH, tpara=3),
        # ¶5: the mayor's demand at a press conference
        E(True, ["REQUEST"], [5], "وطالب", ["asserted"], source=SABHA_MAYOR, recipient=PRESIDENCY_COUNCIL,
          location=SABHA, date=TODAY),
        # ¶6 (the castle) holds no event. ¶7: the medical centre's appeal, optional
        E(False, ["REQUEST"], [7], "ناشد", ["asserted"], source=SABHA_MEDICAL_CENTRE, date=TODAY_OR_EVE),
        # ¶8, «وكانت … قد» at another place: the clash at the Tamenhint air base on 6 April 2017 (core,
        # historical; 12); the Third Force's departure after it optional, historical
        E(True, ["ASSAULT"], [8], "اشتباكات", ["historical", "asserted"], mode="firearms",
          source=TAMENHINT_CLASH, location=TAMENHINT, date=D("2017-04-06"), fatalities=12, acled=CLASH),
        E(False, ["RETREAT"], [8], "بخروج", ["historical"], mode="withdraw", source=THIRD_FORCE, date=None),
        # ¶9: the elders' ceasefire, also in the headline (CONCEDE); the renewed fire told by residents
        # optional
        E(True, ["CONCEDE"], [0, 9], "وقفاً", ["asserted"], mode="ceasefire", source=SABHA_ELDERS,
          location=SABHA, date=TODAY, tpara=9),
        E(False, ["ASSAULT"], [9], "الرشاشات", ["reported", "asserted"], mode="heavy-weapons",
          location=SABHA_CASTLE, date=TODAY),
        # ¶10: the threat sent by text messages, told by the residents
        E(True, ["THREATEN"], [10], "وتحذرهم", ["reported", "asserted"], mode="violence", source=BRIGADE_6,
          recipient=TAYOURI_RESIDENTS, location=TAYOURI, date=TODAY_OR_EVE,
          attribution=["سكان في حي الطيوري"]),
        # ¶11: no force sent by either government (negated); the statement's call optional
        E(True, ["MOBILIZE"], [11], "ترسل", ["negated"], mode="troops", source=LNA_AND_GNA, location=SABHA,
          date=TODAY),
        E(False, ["REQUEST"], [11], "دعت", ["asserted"], source=GNA, date=TODAY_OR_EVE),
        # ¶12 (the empty streets) holds no event. ¶13: two prisoners executed, told on local pages and denied
        # (rumoured)
        E(True, ["ASSAULT"], [13], "إعدام", ["rumored"], mode="execute", recipient=TEBU_PRISONERS,
          location=SABHA_CASTLE, date=None, attribution=["صفحات محلية على «فيسبوك»"]),
        # ¶14: the commander suspended and referred for investigation; the mayor's welcome optional
        E(True, ["SANCTION", "COERCE"], [14], "إيقاف", ["asserted"], source=PRESIDENCY_COUNCIL,
          recipient=SABHA_MILITARY_CHIEF, date=YESTERDAY, attribution=["المكتب الإعلامي للمجلس"]),
        E(False, ["SUPPORT"], [14], "رحب", ["asserted"], source=SABHA_MAYOR, recipient=PRESIDENCY_COUNCIL,
          date=TODAY_OR_EVE),
        # ¶15: a deal to be signed «يوم الأربعاء المقبل» (planned)
        E(True, ["AGREE"], [15], "يوقّع", ["planned"], source=SABHA_SIGNATORIES, recipient=SABHA_SIGNATORIES,
          date=D("2018-03-07"), attribution=["مصدر في المجلس الاجتماعي"]),
        # ¶16 (the shortest): medicines delivered
        E(True, ["AID"], [16], "أرسلتها", ["asserted"], mode="humanitarian", source=WHO,
          recipient=SABHA_MEDICAL_CENTRE, location=SABHA_HOSPITAL, date=YESTERDAY),
        # ¶17: the Tebu council's refusal; its call (a participle) optional
        E(True, ["REJECT"], [17], "ورفض", ["asserted"], source=TEBU_COUNCIL, recipient=BRIGADE_6, date=TODAY),
        E(False, ["REQUEST"], [17], "وداعياً", ["asserted"], source=TEBU_COUNCIL, date=TODAY),
    ],
)
