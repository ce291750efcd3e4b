"""Gold of article 619: Crater and the Maashiq palace, al-Mualla, Dar Saad and Khor Maksar, al-Tawahi,
  al-Buraiqa
(Aden), with Jeddah for the planned talks, a London-based pan-Arab daily's website, 2019-08-11 (Sun)."""
from actors_places import (
    ADEN,
    ADEN_HOSP_PLACES,
    ADEN_HOSPITALS,
    ADEN_OUTSKIRTS,
    BURAIQA,
    COALITION_619,
    DAR_SAAD,
    GOV_AND_STC,
    HOUTHIS,
    ICRC,
    ISLAH,
    JALAA_SOLDIERS,
    JEDDAH,
    KSA,
    MAASHIQ,
    MAASHIQ_AIRPORT,
    MOTHERS,
    MUALLA_CIVILIANS,
    MUALLA_CRATER,
    MUALLA_SHEIKH_OTHMAN,
    NORTHERNERS,
    NORTHERNERS_SOME,
    PP4,
    SAUDI_FORCES,
    STC_AND_GOV_FORCES,
    STC_FIGHTERS,
    STC_FORCES,
    STC_HEAD,
    STC_REINFORCEMENTS,
    STC_SPOKESMAN,
    STC_SUPPORTERS,
    TAWAHI,
    TAWAHI_LOCAL,
    UAE,
    WARRING_PARTIES,
    YEMEN_GOV,
    YEMEN_PM,
)
from common import ARREST, CLASH, PEACEFUL, SHELL, TRANSFER, D, E, paras_of

SLUG = "aden_2019_crater_mualla_dar_saad_tawahi"
TODAY = D("2019-08-11")
YESTERDAY = D("2019-08-10")
LATELY = D("2019-08-11", "day", ("2019-08-10", "2019-08-11"))
LAST_NIGHT = D("2019-08-10", "day", ("2019-08-10", "2019-08-11"))
ARTICLE = dict(
    id="team124-619", slug=SLUG, published="2019-08-11",
    outlet="al-Dad, a London-based pan-Arab daily's website (fictional)",
    paras=paras_of(f"619_{SLUG}.txt"),
    events=[
        # ¶1 (dateline «عدن»: the event's own city), four events in one lead: Saudi Arabia's call (optional
        # REQUEST), the meeting in Jeddah it asks for (core CONSULT, planned, no date), the coalition's
        # ceasefire from 1 a.m. today (core CONCEDE) and its threat against whoever breaks it (core THREATEN,
        # conditional); the headline names the call
        E(False, ["REQUEST"], [0, 1], "دعت", ["asserted"], source=KSA, recipient=GOV_AND_STC, location=ADEN,
          date=LAST_NIGHT, tpara=1),
        E(True, ["CONSULT"], [0, 1], "اجتماع", ["planned"], mode="third-party", source=GOV_AND_STC,
          location=JEDDAH, date=None, tpara=1),
        E(True, ["CONCEDE"], [1], "وقفاً", ["asserted"], mode="ceasefire", source=COALITION_619,
          location=ADEN, date=LATELY),
        E(True, ["THREATEN"], [1], "مهدداً", ["asserted"], mode="violence", source=COALITION_619,
          location=ADEN, date=LAST_NIGHT),
        # ¶2: shells on homes in al-Mualla and Crater kill four civilians (core ASSAULT, Shelling, no source:
        # each side blames the other)
        E(True, ["ASSAULT"], [2], "بقذائف", ["asserted", "reported"], mode="heavy-weapons",
          recipient=MUALLA_CIVILIANS, location=MUALLA_CRATER, date=YESTERDAY, fatalities=4,
          attribution=["مصدر طبي في مستشفى الجمهورية"], acled=SHELL),
        # the main event, in ¶3 after the call, the truce and the shelling (not first in the lead): four days
        # of clashes ending with the presidential protection camps in Dar Saad and Khor Maksar taken, at least
        # 23 killed (one number); ¶5 the STC's version, ¶15 the bodies at the hospital; the headline names it
        E(True, ["ASSAULT"], [0, 3, 5, 15], "اشتباكات", ["asserted", "reported"], mode="firearms",
          source=STC_AND_GOV_FORCES, location=DAR_SAAD,
          date=D("2019-08-10", "day", ("2019-08-07", "2019-08-10")), fatalities=23,
          attribution=["مستشفيات المدينة", "مصادر عسكرية"], acled=CLASH, tpara=3),
        # ¶4: the STC forces take over the grounds of the Maashiq palace without a fight (core COERCE, seize,
        # Non-violent transfer of territory); the prime minister's leaving for Riyadh before is optional
        E(True, ["COERCE"], [4], "وتسلّمت", ["asserted", "reported"], mode="seize", source=STC_FORCES,
          location=MAASHIQ, date=YESTERDAY, attribution=["مصدر في الرئاسة اليمنية"], acled=TRANSFER),
        E(False, ["RETREAT"], [4], "غادروه", ["asserted", "reported"], mode="withdraw", source=YEMEN_PM,
          location=MAASHIQ, date=YESTERDAY),
        # ¶5: the STC spokesman blames the Islah party (optional ACCUSE, participle clause)
        E(False, ["ACCUSE"], [5], "متهماً", ["asserted"], source=STC_SPOKESMAN, recipient=ISLAH, date=LATELY),
        # ¶6: the government accuses the UAE of backing the rebellion (core ACCUSE) and asks it to stop
        # (optional REQUEST, joined with «و» and a second verb)
        E(True, ["ACCUSE"], [6], "اتهمت", ["asserted"], source=YEMEN_GOV, recipient=UAE, location=ADEN,
          date=LATELY),
        E(False, ["REQUEST"], [6], "وطالبتها", ["asserted"], source=YEMEN_GOV, recipient=UAE, date=LATELY),
        # ¶7: a unit of the 4th Presidential Protection Brigade has not laid down its arms (core RETREAT,
        # negated); the STC fighters surrounding its building since last night are optional
        E(True, ["RETREAT"], [7], "تُلقِ", ["negated"], mode="disarm", source=PP4, location=TAWAHI,
          date=TODAY, attribution=["ضابط فيها"]),
        E(False, ["COERCE"], [7], "يطوقون", ["asserted", "reported"], mode="restrict", source=STC_FIGHTERS,
          recipient=PP4, location=TAWAHI, date=LAST_NIGHT),
        # ¶8: STC reinforcements from al-Dhale and Yafa, told by southern news sites and not confirmed (core
        # MOBILIZE, rumored); the counter-attack they are said to prepare for adds no event
        E(True, ["MOBILIZE"], [8], "تعزيزات", ["rumored", "reported"], mode="troops",
          source=STC_REINFORCEMENTS, location=ADEN_OUTSKIRTS, date=LAST_NIGHT,
          attribution=["مواقع إخبارية جنوبية"]),
        # ¶9: the STC head commits to the ceasefire and to the Jeddah meeting (optional AGREE)
        E(False, ["AGREE", "CONCEDE"], [9], "وأبدى", ["asserted"], source=STC_HEAD, location=JEDDAH,
          date=YESTERDAY),
        # paragraph 10 (Crater and the city: a description) holds no event
        # ¶11: the ICRC supplies three hospitals (core AID) and calls on the parties to let ambulances through
        # (optional REQUEST, participle clause)
        E(True, ["AID"], [11], "ووزعت", ["asserted"], mode="humanitarian", source=ICRC,
          recipient=ADEN_HOSPITALS, location=ADEN_HOSP_PLACES, date=YESTERDAY),
        E(False, ["REQUEST"], [11], "داعية", ["asserted"], source=ICRC, recipient=WARRING_PARTIES,
          date=YESTERDAY),
        # ¶12: a sit-in of mothers in al-Tawahi (core PROTEST, Peaceful protest)
        E(True, ["PROTEST"], [12], "وقفة", ["asserted"], mode="demo", source=MOTHERS, location=TAWAHI_LOCAL,
          date=TODAY, acled=PEACEFUL),
        # ¶13: raids in al-Mualla and Sheikh Othman with dozens of northerners detained (core COERCE,
        # Arrests); some of them trucked out of the city (optional COERCE, deport)
        E(True, ["COERCE"], [13], "اعتقلت", ["reported", "asserted"], mode="arrest", source=STC_FORCES,
          recipient=NORTHERNERS, location=MUALLA_SHEIKH_OTHMAN, date=LATELY, attribution=["شهود"],
          acled=ARREST),
        E(False, ["COERCE"], [13], "نُقل", ["reported"], mode="deport", source=STC_FORCES,
          recipient=NORTHERNERS_SOME, location=MUALLA_SHEIKH_OTHMAN, date=LATELY),
        # paragraph 14 (a shopkeeper's words) holds no event; ¶15, the bodies at the hospital, is a paragraph
        # of
        # the main event
        # background at another place, in «وكانت … قد»: the Houthi missile and drone on a parade at al-Jalaa
        # camp on 1 August, «عشرات الجنود» (12) (core, historical, Shelling); the STC supporters' accusation
        # of Islah then is optional (historical)
        E(True, ["ASSAULT"], [16], "استهدفت", ["historical", "asserted"], mode="heavy-weapons",
          source=HOUTHIS, recipient=JALAA_SOLDIERS, location=BURAIQA, date=D("2019-08-01"), fatalities=12,
          acled=SHELL),
        E(False, ["ACCUSE"], [16], "اتهم", ["historical"], source=STC_SUPPORTERS, recipient=ISLAH, date=None),
        # ¶17, verb–subject–object: Saudi forces deploy armour around the palace and the airport (core
        # MOBILIZE)
        E(True, ["MOBILIZE"], [17], "ونشرت", ["asserted"], mode="troops", source=SAUDI_FORCES,
          location=MAASHIQ_AIRPORT, date=TODAY),
    ],
)
