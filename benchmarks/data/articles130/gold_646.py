"""Gold of article 646: the storming of al-Qusayr, the night withdrawal towards al-Buwaydah al-Sharqiyah
and the shelling of the al-Dabaa airbase road (the Qusayr countryside), a Syrian state-run daily's website
based in Damascus, 2013-06-05 (Wed)."""
from actors_places import (
    ABDUCTEES_646,
    ARJOUN,
    BATTLE_646,
    BUWAYDAH,
    CAPTURED_646,
    DABAA_ROAD,
    DABAA_VILLAGE,
    FLEEING_REBELS_646,
    GUNMEN_646,
    HISYAH,
    HOLDOUTS_646,
    MORTAR_CREWS_646,
    NABI_MANDO,
    QUSAYR,
    QUSAYR_EAST,
    QUSAYR_FAMILIES,
    QUSAYR_NOTABLES,
    RETURNEES_646,
    SARC_646,
    SY_ARMY_646,
    SY_ARTILLERY_646,
    SY_MFA_646,
    SY_MOSA,
    SY_NPF,
    SY_RECONCILIATION,
    SY_SOLDIERS_646,
    TR_QA_646,
)
from common import CLASH, SHELL, D, E, paras_of

SLUG = "qusayr_2013_dabaa_buwaydah_arjoun_hisyah"
TODAY = D("2013-06-05")
YESTERDAY = D("2013-06-04")
LATELY = D("2013-06-05", "day", ("2013-06-04", "2013-06-05"))
LAST_NIGHT = D("2013-06-04", "day", ("2013-06-04", "2013-06-05"))
LAST_THREE_DAYS = D("2013-06-05", "day", ("2013-06-02", "2013-06-05"))
NEXT_WEEK = D("2013-06-09", "week", ("2013-06-09", "2013-06-13"))
ARTICLE = dict(
    id="team130-646", slug=SLUG, published="2013-06-05",
    outlet="Nasr Qasioun, a Syrian state-run daily newspaper's website based in Damascus (fictional)",
    paras=paras_of(f"646_{SLUG}.txt"),
    events=[
        # the lead, after the dateline «دمشق»: mortar rounds on the road to the al-Dabaa airbase yesterday
        # evening, four soldiers wounded (core ASSAULT, Shelling); the artillery's reply on the orchards of
        # Arjoun is optional
        E(True, ["ASSAULT"], [1], "استهدفت", ["asserted", "reported"], mode="heavy-weapons",
          source=MORTAR_CREWS_646, recipient=SY_SOLDIERS_646, location=DABAA_ROAD, date=YESTERDAY,
          attribution=["مصدر عسكري"], acled=SHELL),
        E(False, ["ASSAULT"], [1], "ردّت", ["asserted", "reported"], mode="heavy-weapons",
          source=SY_ARTILLERY_646, location=ARJOUN, date=YESTERDAY),
        # ¶2: reinforcements brought to al-Dabaa over three days (core MOBILIZE); the farm roads closed at
        # night are optional
        E(True, ["MOBILIZE"], [2], "واستقدم", ["asserted"], mode="troops", source=SY_ARMY_646,
          location=DABAA_VILLAGE, date=LAST_THREE_DAYS, attribution=["مراسلنا"]),
        E(False, ["COERCE"], [2], "وأغلقت", ["asserted"], mode="restrict", source=SY_ARMY_646,
          location=DABAA_VILLAGE, date=LAST_THREE_DAYS),
        # the main event, in ¶3 after the mortar rounds and the reinforcements: the army and the popular
        # committees storm al-Qusayr at dawn today, 43 killed per the general command; ¶6, a field
        # officer's account («القتلى الثلاثة والأربعين»), and the headline name it
        E(True, ["ASSAULT"], [0, 3, 6], "واقتحمت", ["asserted"], mode="firearms", source=BATTLE_646,
          location=QUSAYR, date=TODAY, fatalities=43,
          attribution=["القيادة العامة للجيش والقوات المسلحة"], acled=CLASH, tpara=3),
        # paragraph 4 (al-Qusayr: a description) holds no event; ¶5: the remaining gunmen withdraw by night
        # towards al-Buwaydah al-Sharqiyah carrying their wounded (core RETREAT, also in the headline); the
        # shelling of the roads they took is optional
        E(True, ["RETREAT"], [0, 5], "وانسحب", ["asserted", "reported"], mode="withdraw",
          source=FLEEING_REBELS_646, location=BUWAYDAH, date=LAST_NIGHT,
          attribution=["مزارعون من قرية الحميدية"], tpara=5),
        E(False, ["ASSAULT"], [5], "قُصفت", ["asserted", "reported"], mode="heavy-weapons",
          source=SY_ARTILLERY_646, location=BUWAYDAH, date=LAST_NIGHT),
        # ¶6 is a paragraph of the main event; ¶7: the killing of abductees before the gunmen fled, told by
        # local sources and confirmed by no official (core ASSAULT, rumored); their holding is optional
        E(True, ["ASSAULT"], [7], "تصفية", ["rumored"], mode="execute", source=GUNMEN_646,
          recipient=ABDUCTEES_646, location=QUSAYR, date=None, attribution=["مصادر أهلية"]),
        E(False, ["COERCE", "ASSAULT"], [7], "يحتجزونهم", ["reported", "historical"], mode="abduct",
          source=GUNMEN_646, recipient=ABDUCTEES_646, location=QUSAYR, date=None),
        # background in «وكانت … قد», at another place: two days of battles for Tell al-Nabi Mando and
        # al-Radwaniyah on 4 April (core, historical, Armed clash)
        E(True, ["ASSAULT"], [8], "معارك", ["historical", "asserted"], mode="firearms", source=SY_ARMY_646,
          location=NABI_MANDO, date=D("2013-04-04"), acled=CLASH),
        # ¶9: the army warns the gunmen of al-Buwaydah through loudspeakers on its armour, «ما داموا يحملون
        # السلاح» (core THREATEN); its call to lay down arms is optional
        E(True, ["THREATEN"], [9], "وأنذرت", ["asserted"], mode="violence", source=SY_ARMY_646,
          recipient=HOLDOUTS_646, location=BUWAYDAH, date=LATELY),
        E(False, ["REQUEST"], [9], "ودعت", ["asserted"], source=SY_ARMY_646, recipient=HOLDOUTS_646,
          date=LATELY),
        # ¶10: the foreign ministry holds the Turkish and Qatari governments responsible (core ACCUSE)
        E(True, ["ACCUSE"], [10], "وحمّلت", ["asserted"], source=SY_MFA_646, recipient=TR_QA_646, date=TODAY),
        # ¶11: a Red Crescent convoy that could not reach the eastern quarters (core AID, negated)
        E(True, ["AID"], [11], "قافلة", ["negated"], mode="humanitarian", source=SARC_646,
          location=QUSAYR_EAST, date=None),
        # ¶12: food baskets and bedding for some 600 displaced families in Hisyah (core AID)
        E(True, ["AID"], [12], "وقدمت", ["asserted"], mode="humanitarian", source=SY_MOSA,
          recipient=QUSAYR_FAMILIES, location=HISYAH, date=YESTERDAY),
        # paragraph 13 (a man's words) holds no event; ¶14: eleven gunmen found hiding and taken prisoner
        # (core COERCE, no ACLED label: part of the battle); the weapons seized are optional
        E(True, ["COERCE"], [14], "وأُسر", ["asserted"], mode="arrest", source=SY_ARMY_646,
          recipient=CAPTURED_646, location=QUSAYR, date=TODAY, attribution=["المصدر العسكري"]),
        E(False, ["COERCE"], [14], "وصودرت", ["asserted"], mode="confiscate", source=SY_ARMY_646,
          recipient=CAPTURED_646, location=QUSAYR, date=TODAY),
        # ¶15: the residents' return «مطلع الأسبوع المقبل» (core RETREAT, planned)
        E(True, ["RETREAT"], [15], "عودة", ["planned"], mode="return", source=RETURNEES_646, location=QUSAYR,
          date=NEXT_WEEK, attribution=["لجنة المصالحة في المنطقة"]),
        # ¶16: the reconciliation minister meets notables of al-Qusayr in Hisyah (core CONSULT); his pledge
        # is optional (AGREE)
        E(True, ["CONSULT"], [16], "والتقى", ["asserted"], mode="visit", source=SY_RECONCILIATION,
          recipient=QUSAYR_NOTABLES, location=HISYAH, date=TODAY),
        E(False, ["AGREE"], [16], "وتعهد", ["asserted"], source=SY_RECONCILIATION, recipient=QUSAYR_NOTABLES,
          date=TODAY),
        # ¶17: the National Progressive Front praises the army (core SUPPORT)
        E(True, ["SUPPORT"], [17], "وأثنت", ["asserted"], source=SY_NPF, recipient=SY_ARMY_646, date=LATELY),
    ],
)
