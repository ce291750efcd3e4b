"""Gold of article 349: Hebron governorate (Hebron, Sa'ir, Bani Na'im, Dura), Beit Ummar, the Ofer military
court and Masafer Yatta (West Bank, Palestine), a Palestinian local news agency, 2024-02-21 (Wed)."""
from actors_places import (
    BANI_NAIM,
    BANI_NAIM_FAMILY,
    BEIT_UMMAR,
    BEIT_UMMAR_PEOPLE,
    BEIT_UMMAR_YOUTH,
    DURA,
    DURA_FAMILIES,
    DURA_PRISONER,
    FAWWAR,
    HAMAS_LEADER,
    HEBRON_CITY,
    HEBRON_DETAINEES,
    HEBRON_GOV,
    HEBRON_GOVERNORATE,
    HEBRON_STUDENT,
    IOF,
    IOF_OFFICER,
    MUFAQARA,
    MUFAQARA_OWNERS,
    OFER,
    OFER_COURT,
    PRCS,
    PRISONERS_BODIES,
    RAS_JOURA,
    RIGHTS_BODIES,
    SAIR_DETAINEES,
)
from common import ARREST, ATTACK, DESTRUCTION, D, E, paras_of

SLUG = "beit_ummar_2024_bani_naim_sair_masafer_yatta_dura"
TODAY = D("2024-02-21")
YESTERDAY = D("2024-02-20")
ARTICLE = dict(
    id="team70-349", slug=SLUG, published="2024-02-21",
    outlet="Al-Janoub Palestinian local news agency (fictional)",
    paras=paras_of(f"349_{SLUG}.txt"),
    events=[
        # the dawn arrest campaign across Hebron governorate: one verb, four places, one event (headline 0)
        E(True, ["COERCE"], [0, 1], "اعتقلت", ["asserted", "reported"], mode="arrest",
          source=IOF, recipient=HEBRON_DETAINEES, location=HEBRON_GOV, date=TODAY,
          attribution=["نادي الأسير الفلسطيني"], acled=ARREST, tpara=1),
        # the raid on Beit Ummar (house raids; the army's own statement in ¶7 adds its arrests): one COERCE;
        # two homes turned into posts and the release of most of the youths held in the school are optional
        E(True, ["COERCE"], [2, 7], "وداهمت", ["asserted"], mode="arrest",
          source=IOF, recipient=BEIT_UMMAR_PEOPLE, location=BEIT_UMMAR, date=TODAY, acled=ARREST),
        E(False, ["COERCE"], [2], "وحوّلت", ["asserted"], mode="seize",
          source=IOF, location=BEIT_UMMAR, date=TODAY),
        E(False, ["RETREAT"], [2], "يطلقوا", ["asserted", "reported"], mode="release",
          source=IOF, recipient=BEIT_UMMAR_PEOPLE, location=BEIT_UMMAR, date=TODAY),
        # an officer's threat of collective punishment over a loudspeaker (THREATEN)
        E(True, ["THREATEN"], [2], "توعّد", ["asserted"], mode="violence",
          source=IOF_OFFICER, recipient=BEIT_UMMAR_PEOPLE, location=BEIT_UMMAR, date=TODAY),
        # the main event, told in ¶3 after the arrests and the raid: a young man shot in the chest. The toll
        # is given only in the headline 0 and the late ¶13 (the health ministry announces his death); the
        # army's version 7
        E(True, ["ASSAULT"], [0, 3, 7, 13], "برصاصة حية", ["asserted"], mode="firearms",
          source=IOF, recipient=BEIT_UMMAR_YOUTH, location=BEIT_UMMAR, date=TODAY, fatalities=1,
          attribution=["مدير مركز الإسعاف في البلدة", "وزارة الصحة الفلسطينية"], acled=ATTACK, tpara=3),
        # the Red Crescent kept from the wounded man for forty minutes (COERCE restrict)
        E(True, ["COERCE"], [3], "ومنعت", ["asserted"], mode="restrict",
          source=IOF, recipient=PRCS, location=BEIT_UMMAR, date=TODAY,
          attribution=["مدير مركز الإسعاف في البلدة"]),
        # the punitive demolition of a prisoner's family home in Bani Na'im (ASSAULT destroy); his detention
        # since December, the charge and the confrontations around the house are optional
        E(True, ["ASSAULT", "COERCE"], [4], "هدمت", ["asserted"], mode="destroy",
          source=IOF, recipient=BANI_NAIM_FAMILY, location=BANI_NAIM, date=TODAY, acled=DESTRUCTION),
        E(False, ["COERCE"], [4], "معتقل", ["historical", "asserted"], mode="arrest",
          source=IOF, date=D("2023-12-15", "month", ("2023-12-01", "2023-12-31"))),
        E(False, ["ASSAULT"], [4], "عملية إطلاق نار", ["historical", "reported"], mode="firearms", date=None),
        E(False, ["PROTEST", "ASSAULT"], [4], "مواجهات", ["asserted"], mode="riot",
          location=BANI_NAIM, date=TODAY),
        # the Ofer court: a student released on bail «أمس الثلاثاء» (RETREAT) and four men of Sa'ir held
        # another week (COERCE); the student's arrest on the 9th at al-Fawwar is optional
        E(True, ["RETREAT"], [5], "أفرجت", ["asserted"], mode="release",
          source=OFER_COURT, recipient=HEBRON_STUDENT, location=OFER, date=YESTERDAY,
          attribution=["هيئة شؤون الأسرى والمحررين"]),
        E(True, ["COERCE"], [5], "مدّدت", ["asserted"], mode="arrest",
          source=OFER_COURT, recipient=SAIR_DETAINEES, location=OFER, date=YESTERDAY,
          attribution=["هيئة شؤون الأسرى والمحررين"]),
        E(False, ["COERCE"], [5], "اعتُقل", ["historical", "asserted"], mode="arrest",
          source=IOF, recipient=HEBRON_STUDENT, location=FAWWAR, date=D("2024-02-09"), acled=ARREST),
        # paragraph 6 (the count of arrests since October: an aggregate) holds no event
        # ¶7: the army's version (part of the shooting and of the raid); the device it says was thrown and the
        # seizure it claims are optional
        E(False, ["ASSAULT"], [7], "ألقى", ["reported"], mode="explosives",
          source=BEIT_UMMAR_YOUTH, recipient=IOF, location=BEIT_UMMAR, date=TODAY),
        E(False, ["COERCE"], [7], "وصادرت", ["reported"], mode="confiscate",
          source=IOF, location=BEIT_UMMAR, date=TODAY),
        # the arrest of a Hamas leader in Ras al-Joura, told by local platforms, unconfirmed; the feared wave
        # of arrests is optional (hypothetical)
        E(True, ["COERCE"], [8], "اعتقال", ["rumored", "reported"], mode="arrest",
          recipient=HAMAS_LEADER, location=RAS_JOURA, date=TODAY, attribution=["منصات محلية"]),
        E(False, ["COERCE"], [8], "اعتقالات", ["hypothetical"], mode="arrest", date=None),
        # a solidarity vigil «يوم السبت المقبل» (planned PROTEST)
        E(True, ["PROTEST"], [9], "وقفة تضامنية", ["planned"], mode="demo",
          source=PRISONERS_BODIES, location=HEBRON_CITY, date=D("2024-02-24")),
        # a bulldozer and a water tanker seized in al-Mufaqara (COERCE confiscate); the stop-work notices
        # optional
        E(True, ["COERCE"], [10], "استولت", ["asserted"], mode="confiscate",
          source=IOF, recipient=MUFAQARA_OWNERS, location=MUFAQARA, date=TODAY,
          attribution=["منسق لجان الحماية والصمود في المنطقة"]),
        E(False, ["COERCE", "THREATEN"], [10], "إخطارات", ["asserted"], mode="ban",
          source=IOF, location=MUFAQARA, date=TODAY),
        # a prisoner of Dura not released at the end of his sentence (core RETREAT, negated) but held under an
        # administrative-detention order (COERCE)
        E(True, ["RETREAT"], [11], "تُفرج", ["negated"], mode="release",
          source=IOF, recipient=DURA_PRISONER, date=YESTERDAY, attribution=["هيئة شؤون الأسرى"]),
        E(True, ["COERCE"], [11], "اعتقال إداري", ["asserted", "reported"], mode="arrest",
          source=IOF, recipient=DURA_PRISONER, date=D("2024-02-20", "day", ("2024-02-20", "2024-02-21")),
          attribution=["هيئة شؤون الأسرى"]),
        # the governorate's condemnation (ACCUSE) and its demand to the rights organisations (REQUEST)
        E(True, ["ACCUSE"], [12], "ودانت", ["asserted"],
          source=HEBRON_GOVERNORATE, recipient=IOF, date=TODAY),
        E(True, ["REQUEST"], [12], "وطالبت", ["asserted"],
          source=HEBRON_GOVERNORATE, recipient=RIGHTS_BODIES, date=TODAY),
        # background at another place: two homes and a farm building demolished in Dura «الأحد الماضي» (core,
        # historical)
        E(True, ["ASSAULT", "COERCE"], [14], "هدمت", ["historical", "asserted"], mode="destroy",
          source=IOF, recipient=DURA_FAMILIES, location=DURA, date=D("2024-02-18"),
          attribution=["رئيس بلدية دورا"], acled=DESTRUCTION),
        # paragraph 15 (Beit Ummar, its settlements and its farmers: description) holds no event
    ],
)
