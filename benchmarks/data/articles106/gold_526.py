"""Gold of article 526: Daraa al-Balad and the western Daraa countryside (Daraa al-Balad, Daraa al-Mahatta,
the Tafas–al-Muzayrib road, al-Yadudah, Jasim), an Amman-based Syrian opposition radio station's website,
2021-08-18 (Wed)."""
from actors_places import (
    BALAD_ARMED_MEN,
    BALAD_CIVIL_BODIES,
    BALAD_CIVILIANS,
    BALAD_CIVILIANS_LEAVING,
    BALAD_FAMILIES,
    BALAD_RESIDENTS,
    BALAD_TALKS,
    BOTH_COMMITTEES,
    CENTRAL_COMMITTEE,
    DARAA_BALAD,
    DARAA_MAHATTA,
    FOURTH_DIV,
    FOURTH_DIV_OFFICER,
    JASIM,
    JASIM_NOTABLES,
    JASIM_VICTIM,
    RU_MP,
    SARAYA_CORRIDOR,
    SARC,
    SECURITY_COMMITTEE,
    SY_REGIME_RU,
    TAFAS_MUZAYRIB,
    UN_ICRC,
    UNKNOWN_GUNMEN,
    WEST_CLASH,
    YADUDAH,
)
from common import AGREEMENT, ATTACK, CLASH, SHELL, D, E, paras_of

SLUG = "daraa_2021_daraa_balad_tafas_siege_roadmap"
TODAY = D("2021-08-18")
YESTERDAY = D("2021-08-17")
SINCE_YESTERDAY = D("2021-08-17", "day", ("2021-08-17", "2021-08-18"))
ARTICLE = dict(
    id="team106-526", slug=SLUG, published="2021-08-18",
    outlet="al-Baydar, an Amman-based Syrian opposition radio station's website (fictional)",
    paras=paras_of(f"526_{SLUG}.txt"),
    events=[
        # ¶1 (dateline from a foreign capital, «عمّان»): Russian military police officers hold a new
        # meeting «ظهر أمس الثلاثاء» with the Central Committee and the government's security committee in
        # Daraa al-Mahatta (core CONSULT, third-party) and put forward a nine-point roadmap (core AGREE:
        # an offer; no label, nothing was agreed); the headline 0 names the meeting
        E(True, ["CONSULT"], [0, 1], "اجتماعاً", ["asserted"], mode="third-party",
          source=RU_MP, recipient=BALAD_TALKS, location=DARAA_MAHATTA, date=YESTERDAY, tpara=1),
        E(True, ["AGREE"], [1], "وطرحوا", ["asserted"],
          source=RU_MP, recipient=CENTRAL_COMMITTEE, location=DARAA_MAHATTA, date=YESTERDAY),
        # the main event, in ¶2 after the meeting (not first in the lead): mortar shells and «فيل» rockets
        # of the Fourth Division on the houses of Daraa al-Balad while the meeting sat; three civilians
        # per the only medical point, five per the local documentation committee → 3 (the lowest); ¶3 the
        # government side's version through «سانا» («ردّت على مصادر النيران»), ¶17 the burial of «القتلى
        # الثلاثة»
        E(True, ["ASSAULT"], [0, 2, 3, 17], "قذائف الهاون", ["asserted", "reported"], mode="heavy-weapons",
          source=FOURTH_DIV, recipient=BALAD_CIVILIANS, location=DARAA_BALAD, date=YESTERDAY, fatalities=3,
          attribution=["النقطة الطبية الوحيدة العاملة في الحي", "لجنة التوثيق المحلية"], acled=SHELL,
          tpara=2),
        # ¶3: the fire on the army's posts that the government side alleges (optional ASSAULT, reported)
        # and its charge that the armed groups block the settlement (core ACCUSE, through «سانا»; «بهدف»
        # gives its content, no event)
        E(False, ["ASSAULT"], [3], "استهدف", ["reported"], mode="firearms",
          source=BALAD_ARMED_MEN, date=YESTERDAY),
        E(True, ["ACCUSE"], [3], "متهماً", ["reported", "asserted"],
          source=SECURITY_COMMITTEE, recipient=BALAD_ARMED_MEN, date=SINCE_YESTERDAY,
          attribution=["وكالة «سانا» عن مصدر في اللجنة الأمنية"]),
        # ¶4: the Central Committee refuses three points of the roadmap (core REJECT; the headline 0 names
        # it); the points themselves are no events; its acceptance of the other points is an optional
        # AGREE
        E(True, ["REJECT"], [0, 4], "ورفضت", ["asserted"],
          source=CENTRAL_COMMITTEE, recipient=RU_MP, location=DARAA_BALAD, date=YESTERDAY, tpara=4),
        E(False, ["AGREE"], [4], "قبولها", ["asserted"],
          source=CENTRAL_COMMITTEE, date=YESTERDAY),
        # ¶5 (verb–subject–object): the Fourth Division closes the last dirt road «صباح أمس» (core COERCE
        # restrict, no label); the siege it completes, in place since 24 June, is a standing situation (an
        # optional COERCE)
        E(True, ["COERCE"], [5], "وأغلقت", ["asserted"], mode="restrict",
          source=FOURTH_DIV, recipient=BALAD_RESIDENTS, location=DARAA_BALAD, date=YESTERDAY),
        E(False, ["COERCE"], [5], "الطوق", ["asserted"], mode="restrict",
          source=FOURTH_DIV, location=DARAA_BALAD, date=D("2021-06-24")),
        # ¶6, one sentence, three acts: a 48-hour lull agreed at the end of the meeting (core AGREE,
        # Agreement), the Saraya corridor opened this morning «من قبل الشرطة العسكرية الروسية» (core
        # RETREAT access, a passive «فُتح») and some 120 families leaving through it (optional RETREAT: no
        # actor's concession); the time is told after the act in its own clause («، وذلك بعد ساعات …»)
        E(True, ["AGREE"], [6], "واتفق", ["asserted"],
          source=BOTH_COMMITTEES, location=DARAA_MAHATTA, date=YESTERDAY, acled=AGREEMENT),
        E(True, ["RETREAT"], [6], "فُتح", ["asserted"], mode="access",
          source=RU_MP, recipient=BALAD_CIVILIANS_LEAVING, location=SARAYA_CORRIDOR, date=TODAY),
        E(False, ["RETREAT"], [6], "فخرجت", ["asserted"], mode="withdraw",
          source=BALAD_FAMILIES, location=SARAYA_CORRIDOR, date=TODAY),
        # paragraph 7 (Daraa al-Balad: a description) holds no event
        # ¶8: local gunmen attack a government checkpoint on the road between Tafas and al-Muzayrib at
        # dawn and a clash follows (core ASSAULT, Armed clash, both sides as source; «من دون أن» negates
        # nothing)
        E(True, ["ASSAULT"], [8], "هاجم", ["asserted", "reported"], mode="firearms",
          source=WEST_CLASH, location=TAFAS_MUZAYRIB, date=TODAY, attribution=["مصادر محلية"], acled=CLASH),
        # ¶9: a Fourth Division column rumoured on loyalist Facebook pages near al-Yadudah, unconfirmed
        # (core MOBILIZE, rumored, no time → no date); the storming it prepares is hypothetical (optional)
        E(True, ["MOBILIZE"], [9], "وصول رتل", ["rumored", "reported"], mode="troops",
          source=FOURTH_DIV, location=YADUDAH, date=None, attribution=["صفحات موالية على «فيسبوك»"]),
        E(False, ["ASSAULT"], [9], "لاقتحام", ["hypothetical"], mode="firearms",
          source=FOURTH_DIV, location=DARAA_BALAD, date=None),
        # ¶10: an officer's conditional threat relayed by committee members (core THREATEN; the entry
        # «بالقوة» optional, hypothetical); «مقاتلي الفرقة» is the possessive
        E(True, ["THREATEN"], [10], "توعّد", ["asserted", "reported"], mode="violence",
          source=FOURTH_DIV_OFFICER, recipient=BALAD_RESIDENTS, location=DARAA_BALAD, date=SINCE_YESTERDAY,
          attribution=["رسالة نقلها أعضاء في اللجنة"]),
        E(False, ["ASSAULT"], [10], "دخول الحي", ["hypothetical"], mode="firearms",
          source=FOURTH_DIV, location=DARAA_BALAD, date=None),
        # ¶11: a new round of talks «يوم غدٍ الخميس» (core CONSULT, planned, the place of ¶1); the
        # notables of Jasim offering to mediate is an optional AGREE
        E(True, ["CONSULT"], [11], "جولة جديدة", ["planned"], mode="third-party",
          source=BOTH_COMMITTEES, location=DARAA_MAHATTA, date=D("2021-08-19")),
        E(False, ["AGREE"], [11], "عرضوا", ["asserted"],
          source=JASIM_NOTABLES, date=TODAY),
        # ¶12: the Red Crescent convoy has not entered Daraa al-Balad (core AID, negated); the Fourth
        # Division's condition is an optional REQUEST
        E(True, ["AID"], [12], "تدخل", ["negated"], mode="humanitarian",
          source=SARC, location=DARAA_BALAD, date=TODAY),
        E(False, ["REQUEST"], [12], "اشترطت", ["asserted"],
          source=FOURTH_DIV, date=TODAY),
        # paragraph 13 (a resident's words) holds no event
        # background at another place, in «وكان … قد»: a former opposition commander shot dead at the
        # eastern entrance of Jasim on 11 July (core, historical, 1); the dozens of assassinations are an
        # aggregate
        E(True, ["ASSAULT"], [14], "اغتالوا", ["historical", "asserted"], mode="assassinate",
          source=UNKNOWN_GUNMEN, recipient=JASIM_VICTIM, location=JASIM, date=D("2021-07-11"), fatalities=1,
          acled=ATTACK),
        # ¶15: civil bodies appeal to the UN and the ICRC (core REQUEST; an undated video statement: a
        # two-day range); the blame they lay for «أي مجزرة قد تقع» is an optional ACCUSE
        E(True, ["REQUEST"], [15], "وناشدت", ["asserted"],
          source=BALAD_CIVIL_BODIES, recipient=UN_ICRC, location=DARAA_BALAD, date=SINCE_YESTERDAY),
        E(False, ["ACCUSE"], [15], "محمّلةً", ["asserted"],
          source=BALAD_CIVIL_BODIES, recipient=SY_REGIME_RU, date=SINCE_YESTERDAY),
        # paragraph 16 (displacement and services since late July: aggregates and a standing situation)
        # holds no event; ¶17, the burial, is a paragraph of the main event
    ],
)
