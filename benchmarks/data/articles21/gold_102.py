"""Gold of article 102: the Nineveh plain (Bashiqa and the Zilkan base, al-Fadiliya, Bartella in al-Hamdaniya) and
Mosul (Badush on the Tal Afar road, the governorate building, the old city), an Iraqi news site, 2024-03-12 (Tue)."""
from actors_places import (
                           ARMED_FACTION,
                           ASHAB_KAHF,
                           BADUSH,
                           BARTELLA,
                           BARTELLA_DELEGATION,
                           BASHIQA,
                           CHRISTIAN_FAMILY,
                           FADILIYA,
                           IQ_ARMY,
                           IQ_NSS_PMF30,
                           IQ_PM,
                           ISIS_IQ,
                           LAUNCH_SITES,
                           MOSUL,
                           MOSUL_LECTURERS,
                           NINEVEH_COUNCIL,
                           NINEVEH_GOV_BUILDING,
                           NINEVEH_GOVERNOR,
                           NINEVEH_OPS,
                           NINEVEH_PLAIN,
                           NINEVEH_POLICE,
                           OLD_MOSUL,
                           SHOP_OWNER,
                           TR_FORCES,
                           TV_REPORTER,
                           UNKNOWN,
                           WANTED_BARTELLA,
                           ZILKAN,
)
from common import ARREST, ATTACK, DESTRUCTION, MINE, PEACEFUL, SHELL, D, E, paras_of

SLUG = "bashiqa_zilkan_bartella_hamdaniya_mosul_lecturers"
ARTICLE = dict(
    id="team21-102", slug=SLUG, published="2024-03-12", outlet="Minbar al-Hadbaa news site (fictional)",
    paras=paras_of(f"102_{SLUG}.txt"),
    events=[
        # three Katyusha rockets on the Zilkan base «مساء أمس الإثنين», no one hurt («من دون أن تُسجَّل إصابات» negates
        # only the injuries): headline 0, lead 1, the Turkish ministry's «تعرضت لاعتداء صاروخي» 2, and the follow-up
        # 8 that adds the witnesses' account and the perpetrator («وتبنّت جماعة … «أصحاب الكهف»»): one event
        E(True, ["ASSAULT"], [0, 1, 2, 8], "صواريخ", ["asserted", "reported"], mode="heavy-weapons",
          source=ASHAB_KAHF, recipient=TR_FORCES, location=ZILKAN, date=D("2024-03-11"),
          attribution=["مصدر أمني في قيادة عمليات نينوى", "وزارة الدفاع التركية", "شهود عيان"], acled=SHELL, tpara=1),
        # the Turkish artillery's return fire on the launch sites near al-Fadiliya (a new act, other agent, told by
        # the ministry); «لم يُصب بأذى» is no negation of any event
        E(True, ["ASSAULT"], [2], "واستهدفت", ["asserted", "reported"], mode="heavy-weapons",
          source=TR_FORCES, recipient=LAUNCH_SITES, location=FADILIYA,
          date=D("2024-03-11", "day", ("2024-03-11", "2024-03-12")), attribution=["وزارة الدفاع التركية"],
          acled=SHELL),
        # Bartella: the joint force's raid on three houses, three arrests and the seized launcher are one COERCE; the
        # warning shots in the air to keep relatives away are a concurrent tactic of the same raid (no ASSAULT)
        E(True, ["COERCE"], [0, 3], "دهمت", ["asserted", "reported"], mode="arrest",
          source=IQ_NSS_PMF30, recipient=WANTED_BARTELLA, location=BARTELLA, date=D("2024-03-12"),
          attribution=["بيان لجهاز الأمن الوطني"], acled=ARREST, tpara=3),
        # a roadside bomb on an army vehicle near Badush (two soldiers wounded, no fatalities); the controlled
        # detonation of two more bombs is no event
        E(True, ["ASSAULT"], [4], "انفجرت عبوة ناسفة", ["asserted", "reported"], mode="explosives",
          recipient=IQ_ARMY, location=BADUSH, date=D("2024-03-12"), attribution=["مصدر في الفرقة العشرين بالجيش"],
          acled=MINE),
        # the lecturers' open hunger strike, in its third day (PROTEST; started on the 10th), and the colleagues'
        # solidarity vigil today in the same place (same cause and place: optional, one could count it with the
        # strike); the demand in their letter to the prime minister (REQUEST)
        E(True, ["PROTEST"], [5], "إضراباً مفتوحاً عن الطعام", ["asserted"], mode="strike",
          source=MOSUL_LECTURERS, location=NINEVEH_GOV_BUILDING,
          date=D("2024-03-12", "day", ("2024-03-10", "2024-03-12")), acled=PEACEFUL),
        E(False, ["PROTEST"], [5], "وقفة تضامنية", ["asserted"], mode="demo",
          source=MOSUL_LECTURERS, location=NINEVEH_GOV_BUILDING, date=D("2024-03-12"), acled=PEACEFUL),
        E(True, ["REQUEST"], [5], "وطالب", ["asserted"],
          source=MOSUL_LECTURERS, recipient=IQ_PM, date=D("2024-03-12")),
        # reinforcements and new checkpoints announced through the Iraqi News Agency «خلال الساعات المقبلة» (one
        # planned MOBILIZE; its purpose «لمنع تكرار الاعتداءات» is no event)
        E(True, ["MOBILIZE"], [6], "بتعزيزات إضافية", ["planned", "reported"], mode="troops",
          source=NINEVEH_OPS, location=NINEVEH_PLAIN, date=D("2024-03-12", "day", ("2024-03-12", "2024-03-13")),
          attribution=["وكالة الأنباء العراقية", "قائد عمليات نينوى"]),
        # the governor receives the Bartella delegation (CONSULT) and its memo demands (REQUEST, the governor as
        # fronted object «وسلّم الوفدُ المحافظَ مذكرة يطالب فيها»); their displacement by ISIS in 2014 in the
        # relative clause is historical (optional)
        E(True, ["CONSULT"], [7], "استقبل", ["asserted"], mode="visit",
          source=NINEVEH_GOVERNOR, recipient=BARTELLA_DELEGATION, location=MOSUL, date=D("2024-03-12")),
        E(True, ["REQUEST"], [7], "يطالب", ["asserted"],
          source=BARTELLA_DELEGATION, recipient=NINEVEH_GOVERNOR, location=MOSUL, date=D("2024-03-12")),
        E(False, ["RETREAT", "COERCE"], [7], "تهجيرهم", ["historical"], mode="return",
          source=ISIS_IQ, recipient=BARTELLA_DELEGATION, location=BARTELLA,
          date=D("2014-08-07", "month", ("2014-06-01", "2014-08-31"))),
        # rumoured bulldozing of a displaced Christian family's olive grove («ويُشاع»)
        E(True, ["ASSAULT"], [9], "جرفت", ["rumored"], mode="destroy",
          source=ARMED_FACTION, recipient=CHRISTIAN_FAMILY, location=BARTELLA,
          date=D("2024-03-11", "day", ("2024-03-11", "2024-03-12")), attribution=["أهالي سهل نينوى"],
          acled=DESTRUCTION),
        # a reporter's arrest in old Mosul told by local platforms and denied by the police («لم يتعرض لأي توقيف»)
        E(True, ["COERCE"], [10], "اعتقال", ["rumored", "negated", "reported"], mode="arrest",
          source=NINEVEH_POLICE, recipient=TV_REPORTER, location=OLD_MOSUL,
          date=D("2024-03-12", "day", ("2024-03-11", "2024-03-12")), attribution=["منصات محلية", "قيادة شرطة نينوى"],
          acled=ARREST),
        # paragraph 11 is generic (rivalry over security, intermittent rocket attacks, emigration): NO gold event
        # the lecturers' demonstration «يوم الأحد المقبل» (planned) and the open sit-in it becomes «إذا لم يصدر
        # قرار» (planned and conditional, optional, no date)
        E(True, ["PROTEST"], [12], "تظاهرة", ["planned", "reported"], mode="demo",
          source=MOSUL_LECTURERS, location=NINEVEH_COUNCIL, date=D("2024-03-17"), attribution=["تنسيقيتهم"],
          acled=PEACEFUL),
        E(False, ["PROTEST"], [12], "اعتصام مفتوح", ["planned", "hypothetical", "reported"], mode="demo",
          source=MOSUL_LECTURERS, location=NINEVEH_COUNCIL, date=None),
        # background «وكان … قد»: a liquor shop owner shot dead in Bashiqa «فجر الأحد الماضي» (the investigation is
        # no event)
        E(True, ["ASSAULT"], [13], "أطلقوا النار", ["historical", "asserted"], mode="firearms",
          source=UNKNOWN, recipient=SHOP_OWNER, location=BASHIQA, date=D("2024-03-10"), fatalities=1, acled=ATTACK),
    ],
)
