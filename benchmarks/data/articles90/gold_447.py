"""Gold of article 447: Daraa al-Balad under siege, Daraa al-Mahatta, Tafas and al-Yadudah, the Jaber
crossing, Jasim (Daraa), a Jordanian daily newspaper's website, 2021-08-11 (Wed)."""
from actors_places import (
    AL_DAHIYA,
    ARMY_POSTS,
    BALAD_CIVILIANS,
    BALAD_GROUPS,
    BALAD_WANTED,
    CENTRAL_COMMITTEE,
    COMMITTEE_SPOKESMAN,
    DARAA_BALAD,
    DARAA_MAHATTA,
    FOURTH_DIVISION,
    FOURTH_DIVISION_IRAN,
    JABER,
    JASIM,
    JASIM_GUNMEN,
    JASIM_NEGOTIATOR,
    JORDAN,
    LOCAL_GUNMEN,
    MIL_SECURITY_CHECKPOINT,
    OCHA,
    REGIME_FORCES_DARAA,
    RUS_OFFICER,
    RUSSIAN_SIDE,
    SARAYA_CHECKPOINT,
    SARC,
    SECURITY_COMMITTEE,
    SECURITY_COMMITTEE_HEAD,
    TAFAS,
    TAFAS_PROTESTERS,
    TALKS_COUNTERPARTS,
    YADUDAH_ROAD,
)
from common import ATTACK, CLASH, PEACEFUL, SHELL, D, E, paras_of

SLUG = "daraa_2021_daraa_balad_siege_talks_tafas"
TODAY = D("2021-08-11")
YESTERDAY = D("2021-08-10")
ARTICLE = dict(
    id="team90-447", slug=SLUG, published="2021-08-11",
    outlet="al-Ufuq al-Urduni, a Jordanian daily newspaper's website (fictional)",
    paras=paras_of(f"447_{SLUG}.txt"),
    events=[
        # ¶1 (dateline «عمّان»): a round of negotiations between the Central Committee and the Russian
        # military police and the government security committee (CONSULT, Russian mediation) ended without
        # an agreement (core AGREE, negated); the siege «منذ نحو سبعة أسابيع» optional
        E(True, ["CONSULT"], [1], "المفاوضات", ["asserted"], mode="third-party",
          source=CENTRAL_COMMITTEE, recipient=TALKS_COUNTERPARTS, location=DARAA_MAHATTA, date=YESTERDAY,
          attribution=["عضو في اللجنة"]),
        E(True, ["AGREE"], [1], "التوصل", ["negated"],
          source=CENTRAL_COMMITTEE, recipient=SECURITY_COMMITTEE, location=DARAA_BALAD, date=YESTERDAY),
        E(False, ["COERCE"], [1], "الحصار", ["asserted", "historical"], mode="restrict",
          source=SECURITY_COMMITTEE, location=DARAA_BALAD,
          date=D("2021-06-23", "week", ("2021-06-16", "2021-06-30"))),
        # the main event in ¶2, after the talks of ¶1 (not mentioned before): shelling of homes near the Omari
        # mosque «ظهر أمس», four killed (one toll); a relative 3, the state agency's version 4, the burial 17;
        # the headline 0
        E(True, ["ASSAULT"], [0, 2, 3, 4, 17], "قصف", ["asserted", "reported"], mode="heavy-weapons",
          source=FOURTH_DIVISION, recipient=BALAD_CIVILIANS, location=DARAA_BALAD, date=YESTERDAY,
          fatalities=4, attribution=["النقطة الطبية الوحيدة", "قريب للعائلة"], acled=SHELL, tpara=2),
        # ¶4: the state agency's claim of mortar fire on army posts (optional, reported)
        E(False, ["ASSAULT"], [4], "استهدفت", ["reported"], mode="heavy-weapons",
          source=BALAD_GROUPS, recipient=ARMY_POSTS, location=AL_DAHIYA, date=YESTERDAY,
          attribution=["سانا"]),
        # ¶5: the Russian road map (its presentation «قبل أيام» optional AGREE, historical; its terms are no
        # events) and the Central Committee's refusal of the displacement clause (headline 0)
        E(True, ["REJECT"], [0, 5], "رفضته", ["asserted"],
          source=CENTRAL_COMMITTEE, recipient=RUSSIAN_SIDE, location=DARAA_BALAD, date=YESTERDAY, tpara=5),
        E(False, ["AGREE"], [5], "قدّمها", ["historical", "asserted"],
          source=RUSSIAN_SIDE, recipient=CENTRAL_COMMITTEE,
          date=D("2021-08-07", "week", ("2021-08-04", "2021-08-10"))),
        # ¶6: the security committee head's conditional threat to storm the quarter (asserted, told by a
        # committee member); the storming itself hypothetical (optional)
        E(True, ["THREATEN"], [6], "تهديده", ["asserted", "reported"], mode="violence",
          source=SECURITY_COMMITTEE_HEAD, recipient=CENTRAL_COMMITTEE, location=DARAA_BALAD, date=YESTERDAY,
          attribution=["عضو اللجنة المركزية"]),
        E(False, ["ASSAULT"], [6], "باقتحام", ["hypothetical"], mode="firearms",
          source=SECURITY_COMMITTEE_HEAD, location=DARAA_BALAD, date=None),
        # ¶7 (verb–subject–object; the time in its own clause «، وذلك بعد ساعات»): the only checkpoint closed
        E(True, ["COERCE"], [7], "وأغلقت", ["asserted"], mode="restrict",
          source=REGIME_FORCES_DARAA, location=SARAYA_CHECKPOINT, date=TODAY,
          attribution=["ناشطون من داخل الحي"]),
        # ¶8: a Red Crescent convoy could not come in (core AID, negated)
        E(True, ["AID"], [8], "قافلة", ["negated"], mode="humanitarian",
          source=SARC, location=DARAA_BALAD, date=YESTERDAY),
        # ¶9: one sentence, two events: a solidarity demonstration in Tafas and an attack on a Military
        # Security checkpoint «على الطريق بين طفس واليادودة» (two wounded; the attackers' withdrawal is part)
        E(True, ["PROTEST"], [9], "مظاهرة", ["asserted"], mode="demo",
          source=TAFAS_PROTESTERS, location=TAFAS, date=YESTERDAY, acled=PEACEFUL),
        E(True, ["ASSAULT"], [9], "هاجم", ["asserted", "reported"], mode="firearms",
          source=LOCAL_GUNMEN, recipient=MIL_SECURITY_CHECKPOINT, location=YADUDAH_ROAD, date=YESTERDAY,
          attribution=["ناشطين في المنطقة"], acled=CLASH),
        # ¶10: leaked news that thirty wanted men agreed to leave for the north, denied (rumoured, planned)
        E(True, ["RETREAT"], [10], "الخروج", ["rumored", "planned"], mode="withdraw",
          source=BALAD_WANTED, location=DARAA_BALAD, date=None,
          attribution=["أوساط مقربة من اللجنة الأمنية"]),
        # ¶11: talks to resume on Saturday (planned); Jordan keeps the Jaber crossing closed (optional)
        E(True, ["CONSULT"], [11], "تُستأنف", ["planned"], mode="third-party",
          source=RUS_OFFICER, date=D("2021-08-14"), attribution=["عضو اللجنة"]),
        E(False, ["COERCE"], [11], "أبقت", ["asserted"], mode="restrict",
          source=JORDAN, location=JABER, date=TODAY),
        # ¶12: OCHA's call for access (the count of displaced people is an aggregate, no event)
        E(True, ["REQUEST"], [12], "ودعا", ["asserted"],
          source=OCHA, location=DARAA_BALAD, date=TODAY),
        # ¶13: the committee spokesman's accusation of the Fourth Division and Iran-backed militias
        E(True, ["ACCUSE"], [13], "واتهم", ["asserted"],
          source=COMMITTEE_SPOKESMAN, recipient=FOURTH_DIVISION_IRAN, date=TODAY),
        # paragraph 14 (Daraa al-Balad: description) holds no event
        # background at another place, in «وكان … قد»: a former negotiator of Jasim shot dead on 23 July
        E(True, ["ASSAULT"], [15], "اغتالوا", ["historical", "asserted"], mode="assassinate",
          source=JASIM_GUNMEN, recipient=JASIM_NEGOTIATOR, location=JASIM, date=D("2021-07-23"),
          fatalities=1, acled=ATTACK),
        # paragraph 16 (power, water and bread under siege: a standing situation) holds no event; ¶17, the
        # burial, is a paragraph of the main event
    ],
)
