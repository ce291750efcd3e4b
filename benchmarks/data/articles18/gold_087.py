"""Gold of article 087: Anbar (Wadi Horan, ar-Rutbah, Hit, Ramadi, al-Baghdadi, Haditha), an Iraqi news site,
2024-05-16 (Thu)."""
from actors_places import (
                           AIN_ASAD,
                           ANBAR_GOVERNOR,
                           ANBAR_LOCAL_GOV,
                           ANBAR_POLICE,
                           BAGHDADI,
                           HADITHA,
                           HADITHA_MUKHTAR,
                           HIT,
                           HIT_BOMBER,
                           HIT_SUSPECTS,
                           IQ_AIR,
                           IQ_ARMY,
                           IQ_DEF_MIN,
                           IQ_JOC,
                           ISIS_HIDEOUTS,
                           ISIS_IQ,
                           PMF,
                           RAMADI,
                           RAMADI_GRADUATES,
                           RUTBA,
                           RUTBA_AKASHAT,
                           TREBIL,
                           TREBIL_DRIVERS,
                           UNKNOWN,
                           WADI_HORAN,
                           WEST_DESERT,
)
from common import AIR, ARREST, ATTACK, CLASH, PEACEFUL, SHELL, D, E, paras_of

ABDUCTION = ["Violence against civilians/Abduction/forced disappearance"]
SUICIDE = ["Explosions/Remote violence/Suicide bomb"]

SLUG = "anbar_wadi_horan_rutba_hit_ramadi_graduates"
ARTICLE = dict(
    id="team18-087", slug=SLUG, published="2024-05-16", outlet="Sada al-Furat news site (fictional)",
    paras=paras_of(f"087_{SLUG}.txt"),
    events=[
        # the ISIS attack on the army post in Wadi Horan: headline 0, lead 1, the Media Cell's retelling 2
        # («تعرّضت … وقد تصدّى لها»), the follow-up 8 (the claim through «أعماق», five killed; the hospital: two bodies)
        # → 2; «ليل أمس الأربعاء» may run past midnight
        E(True, ["ASSAULT"], [0, 1, 2, 8], "بهجوم نفّذه", ["asserted", "reported"], mode="firearms",
          source=ISIS_IQ, recipient=IQ_ARMY, location=WADI_HORAN,
          date=D("2024-05-15", "day", ("2024-05-15", "2024-05-16")), fatalities=2,
          attribution=["مصدر أمني في قيادة عمليات الأنبار", "خلية الإعلام الأمني", "وكالة أعماق",
                       "مصدر طبي في مستشفى الرطبة العام"], acled=CLASH, tpara=1),
        # the F-16 strikes on hideouts in the same valley (three strikes, one place, one verb: one event; headline 0);
        # «مقتل من كانوا بداخلهما» gives no number
        E(True, ["ASSAULT"], [0, 2], "ثلاث ضربات", ["reported", "asserted"], mode="aerial",
          source=IQ_AIR, recipient=ISIS_HIDEOUTS, location=WADI_HORAN, date=D("2024-05-16"),
          attribution=["خلية الإعلام الأمني"], acled=AIR, tpara=2),
        # one sentence, two events: the raid in Hit with three arrests (one COERCE) and the fourth man's suicide belt
        # (he alone killed, two policemen lightly wounded)
        E(True, ["COERCE"], [3], "واعتقلت", ["asserted", "reported"], mode="arrest",
          source=ANBAR_POLICE, recipient=HIT_SUSPECTS, location=HIT, date=D("2024-05-16"),
          attribution=["بيان قيادة شرطة الأنبار"], acled=ARREST),
        E(True, ["ASSAULT"], [3], "فجّر", ["asserted", "reported"], mode="suicide-attack",
          source=HIT_BOMBER, recipient=ANBAR_POLICE, location=HIT, date=D("2024-05-16"), fatalities=1,
          attribution=["بيان قيادة شرطة الأنبار"], acled=SUICIDE),
        # PMF reinforcements to ar-Rutbah and the Akashat road (the stated purpose is no event)
        E(True, ["MOBILIZE"], [4], "بتعزيزات", ["asserted", "reported"], mode="troops",
          source=PMF, location=RUTBA_AKASHAT, date=D("2024-05-16"), attribution=["إعلام الحشد"]),
        # the graduates' demonstration in Ramadi and its demand to the local government; the hour-long road block by
        # some of them is part of the same protest (optional as a separate PROTEST)
        E(True, ["PROTEST"], [5], "تظاهر", ["asserted"], mode="demo",
          source=RAMADI_GRADUATES, location=RAMADI, date=D("2024-05-16"), acled=PEACEFUL),
        E(True, ["REQUEST"], [5], "مطالبين", ["asserted"],
          source=RAMADI_GRADUATES, recipient=ANBAR_LOCAL_GOV, location=RAMADI, date=D("2024-05-16")),
        E(False, ["PROTEST"], [5], "وقطع عدد منهم الطريق", ["asserted"], mode="obstruct",
          source=RAMADI_GRADUATES, location=RAMADI, date=D("2024-05-16")),
        # the governor receives the protesters' delegation (host as source) and promises to raise their demands
        E(True, ["CONSULT"], [6], "استقبل", ["asserted"], mode="visit",
          source=ANBAR_GOVERNOR, recipient=RAMADI_GRADUATES, location=RAMADI, date=D("2024-05-16")),
        E(True, ["AGREE"], [6], "ووعدهم", ["asserted", "reported"],
          source=ANBAR_GOVERNOR, recipient=RAMADI_GRADUATES, location=RAMADI, date=D("2024-05-16"),
          attribution=["المكتب الإعلامي لمحافظ الأنبار"]),
        # the defence minister's visit on Saturday (planned) and the announced desert operation (optional, planned)
        E(True, ["CONSULT"], [7], "يزور", ["planned", "reported"], mode="visit",
          source=IQ_DEF_MIN, location=RUTBA, date=D("2024-05-18"), attribution=["واع عن مصدر في وزارة الدفاع"]),
        E(False, ["ASSAULT", "MOBILIZE"], [7], "عملية واسعة", ["planned"], mode="heavy-weapons",
          source=IQ_JOC, location=WEST_DESERT, date=None),
        # the ambush of last March in the same valley, recalled in passing (optional, historical)
        E(False, ["ASSAULT"], [8], "كميناً مماثلاً", ["historical"], mode="firearms",
          source=ISIS_IQ, recipient=IQ_ARMY, location=WADI_HORAN,
          date=D("2024-03-15", "month", ("2024-03-01", "2024-03-31")), acled=CLASH),
        # the rumoured abduction of four drivers near Trebil, denied by the police
        E(True, ["ASSAULT"], [9], "اختطاف", ["rumored", "negated", "reported"], mode="abduct",
          recipient=TREBIL_DRIVERS, location=TREBIL, date=D("2024-05-15", "day", ("2024-05-14", "2024-05-16")),
          attribution=["صفحات محلية على فيسبوك", "بيان قيادة شرطة الأنبار"], acled=ABDUCTION),
        # the protesters' one-week deadline with a conditional threat (made: asserted); the open sit-in it threatens
        # is hypothetical (optional)
        E(True, ["THREATEN"], [10], "أمهل", ["asserted"], mode="protest",
          source=RAMADI_GRADUATES, recipient=ANBAR_LOCAL_GOV, location=RAMADI, date=D("2024-05-16")),
        E(False, ["PROTEST"], [10], "الاعتصام المفتوح", ["hypothetical"], mode="demo",
          source=RAMADI_GRADUATES, location=RAMADI, date=None),
        # paragraph 11 is a generic statement: deliberately NO gold event
        # a Katyusha near Ain al-Asad: «من دون أن يسفر عن إصابات» does not negate it; nobody claimed it
        E(True, ["ASSAULT"], [12], "سقط صاروخ", ["asserted", "reported"], mode="heavy-weapons",
          recipient=AIN_ASAD, location=BAGHDADI, date=D("2024-05-16"), attribution=["مصدر في شرطة ناحية البغدادي"],
          acled=SHELL),
        # background: Sunday before a Thursday, a village mukhtar shot dead near Haditha
        E(True, ["ASSAULT"], [13], "اغتالوا", ["historical", "asserted", "reported"], mode="assassinate",
          source=UNKNOWN, recipient=HADITHA_MUKHTAR, location=HADITHA, date=D("2024-05-12"), fatalities=1,
          attribution=["قيادة شرطة الأنبار"], acled=ATTACK),
    ],
)
