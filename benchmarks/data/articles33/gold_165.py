"""Gold of article 165: the eastern Sweida countryside (al-Shabki, Tulul al-Safa, al-Mushannaf, Rami, Tarba) and
as-Suwayda city, a local news page of Sweida, 2018-10-10 (Wed)."""
from actors_places import (
                           ABDUCTEES_FAMILIES,
                           EAST_NOTABLES,
                           EAST_SWEIDA,
                           ISIS,
                           KIDNAPPERS,
                           LOCAL_GROUPS,
                           MEN_OF_DIGNITY,
                           MUSHANNAF,
                           RAMI_FAMILY,
                           RAMI_YOUTH,
                           RUS_DELEGATION,
                           SECURITY_SERVICES,
                           SHABKI,
                           SHABKI_TARGETS,
                           SWEIDA,
                           SWEIDA_SHABKI,
                           SWEIDA_SHAHBA_ROAD,
                           SY_ARMY_SWEIDA,
                           SY_GOV_RUS,
                           SY_RU_AIR,
                           SY_STATE,
                           TARBA,
                           TARBA_SHEPHERDS,
                           TULUL_SAFA,
                           UNKNOWN,
)
from common import ABDUCTION, AIR, ATTACK, MINE, PEACEFUL, SHELL, D, E, paras_of

SLUG = "sweida_east_shabki_tulul_al_safa_abductees_sit_in"
ARTICLE = dict(
    id="team33-165", slug=SLUG, published="2018-10-10", outlet="Naba al-Jabal local news page (fictional)",
    paras=paras_of(f"165_{SLUG}.txt"),
    events=[
        # ISIS rockets on al-Shabki «مساء أمس الثلاثاء»: headline 0, lead 1 (material damage only), the hospital's
        # and villagers' follow-up 9 (a shepherd wounded, a shell by the school); nobody killed
        E(True, ["ASSAULT"], [0, 1, 9], "قذائف صاروخية", ["asserted", "reported"], mode="heavy-weapons",
          source=ISIS, recipient=SHABKI_TARGETS, location=SHABKI, date=D("2018-10-09"),
          attribution=["مراسل «نبأ الجبل» في الريف الشرقي", "مصدر طبي في المشفى الوطني بالسويداء"], acled=SHELL,
          tpara=1),
        # today's Syrian and Russian air strikes on Tulul al-Safa (headline 0); the artillery and the ground advance
        # SANA reports are the same side's fight with ISIS there that day (optional), «عدد من إرهابيي داعش» → 3
        E(True, ["ASSAULT"], [0, 2], "غارات مكثفة", ["asserted", "reported"], mode="aerial",
          source=SY_RU_AIR, recipient=ISIS, location=TULUL_SAFA, date=D("2018-10-10"), fatalities=3,
          attribution=["سانا عن مصدر ميداني"], acled=AIR, tpara=2),
        E(False, ["ASSAULT"], [2], "قصف مدفعي وصاروخي", ["asserted"], mode="heavy-weapons",
          source=SY_ARMY_SWEIDA, recipient=ISIS, location=TULUL_SAFA, date=D("2018-10-10"), acled=SHELL),
        E(False, ["ASSAULT"], [2], "تابعت تقدمها", ["reported"], mode="firearms",
          source=SY_ARMY_SWEIDA, recipient=ISIS, location=TULUL_SAFA, date=D("2018-10-10")),
        # the families' sit-in before the governorate building (headline 0), their demand, and their conditional
        # warning of escalation (a threat made: asserted)
        E(True, ["PROTEST"], [0, 3], "اعتصم", ["asserted"], mode="demo",
          source=ABDUCTEES_FAMILIES, location=SWEIDA, date=D("2018-10-10"), acled=PEACEFUL, tpara=3),
        E(True, ["REQUEST"], [3], "وطالبوا", ["asserted"],
          source=ABDUCTEES_FAMILIES, recipient=SY_GOV_RUS, location=SWEIDA, date=D("2018-10-10")),
        E(True, ["THREATEN"], [3], "محذرين", ["asserted"], mode="protest",
          source=ABDUCTEES_FAMILIES, recipient=SY_GOV_RUS, location=SWEIDA, date=D("2018-10-10")),
        # the indirect talks with ISIS «منذ أسابيع», told by informed sources, and the swap they expect (optional)
        E(True, ["CONSULT"], [4], "مفاوضات غير مباشرة", ["reported", "rumored"], mode="third-party",
          source=SY_STATE, recipient=ISIS, date=D("2018-09-26", "month", ("2018-09-10", "2018-10-10")),
          attribution=["مصادر مطلعة"]),
        E(False, ["COOPERATE", "RETREAT", "AGREE"], [4], "الصفقة", ["planned", "rumored"],
          source=SY_STATE, recipient=ISIS, date=None),
        # yesterday's Russian visit to al-Mushannaf (the visit told in the pluperfect is of yesterday, not
        # background), its pledge; the notables' demands (optional) and the promised observation points (optional,
        # planned)
        E(True, ["CONSULT"], [5], "زار", ["asserted", "reported"], mode="visit",
          source=RUS_DELEGATION, recipient=EAST_NOTABLES, location=MUSHANNAF, date=D("2018-10-09"),
          attribution=["أحد الحضور"]),
        E(True, ["AGREE"], [5], "وتعهّد", ["reported", "asserted"],
          source=RUS_DELEGATION, recipient=EAST_NOTABLES, location=MUSHANNAF, date=D("2018-10-09"),
          attribution=["أحد الحضور"]),
        E(False, ["REQUEST"], [5], "مطالبهم", ["asserted"],
          source=EAST_NOTABLES, recipient=RUS_DELEGATION, location=MUSHANNAF, date=D("2018-10-09")),
        E(False, ["MOBILIZE"], [5], "وبنشر نقاط مراقبة", ["planned"], mode="troops",
          source=RUS_DELEGATION, date=None),
        # paragraph 6 (the eastern countryside's life) holds no event
        # a young man of Rami abducted on the Sweida–Shahba road on Monday evening, and the ransom demand
        E(True, ["ASSAULT"], [7], "اختُطف", ["asserted", "reported"], mode="abduct",
          source=UNKNOWN, recipient=RAMI_YOUTH, location=SWEIDA_SHAHBA_ROAD, date=D("2018-10-08"),
          attribution=["أحد أقاربه"], acled=ABDUCTION),
        E(True, ["REQUEST"], [7], "ويطالبوا بفدية", ["asserted", "reported"],
          source=KIDNAPPERS, recipient=RAMI_FAMILY, date=D("2018-10-09", "day", ("2018-10-08", "2018-10-10")),
          attribution=["أحد أقاربه"]),
        # the Men of Dignity: blame of the security services and a conditional threat to the kidnappers (made:
        # asserted); the pursuit it announces is hypothetical (optional)
        E(True, ["ACCUSE"], [8], "وحمّلت", ["asserted"],
          source=MEN_OF_DIGNITY, recipient=SECURITY_SERVICES,
          date=D("2018-10-10", "day", ("2018-10-09", "2018-10-10")), attribution=["صفحة الحركة على فيسبوك"]),
        E(True, ["THREATEN"], [8], "وتوعّدت", ["asserted"], mode="violence",
          source=MEN_OF_DIGNITY, recipient=KIDNAPPERS, date=D("2018-10-10", "day", ("2018-10-09", "2018-10-10")),
          attribution=["صفحة الحركة على فيسبوك"]),
        E(False, ["ASSAULT"], [8], "بملاحقة الخاطفين", ["hypothetical"], mode="firearms",
          source=MEN_OF_DIGNITY, recipient=KIDNAPPERS, date=None),
        # paragraph 9 is the follow-up of the rockets on al-Shabki (in the first event)
        # regime reinforcements to Tulul al-Safa over the past days; the local groups' raised readiness (optional)
        E(True, ["MOBILIZE"], [10], "واستقدمت", ["asserted", "reported"], mode="troops",
          source=SY_ARMY_SWEIDA, location=TULUL_SAFA, date=D("2018-10-07", "week", ("2018-10-03", "2018-10-10")),
          attribution=["مصادر أهلية"]),
        E(False, ["MOBILIZE"], [10], "رفعت مجموعات محلية", ["asserted"], mode="troops",
          source=LOCAL_GROUPS, location=EAST_SWEIDA, date=D("2018-10-07", "week", ("2018-10-03", "2018-10-10"))),
        # the ISIS attack of 25 July and the abductions from al-Shabki, recalled (optional, historical); the standing
        # demand for accountability is no single event
        E(False, ["ASSAULT"], [11], "الهجوم الدامي", ["historical"], mode="firearms",
          source=ISIS, location=SWEIDA_SHABKI, date=D("2018-07-25"), acled=ATTACK),
        E(False, ["ASSAULT"], [11], "واختطف", ["historical"], mode="abduct",
          source=ISIS, location=SHABKI, date=D("2018-07-25"), acled=ABDUCTION),
        # background: two shepherds of Tarba killed by a landmine left by ISIS in mid-September
        E(True, ["ASSAULT"], [12], "بانفجار لغم أرضي", ["historical", "asserted", "reported"], mode="explosives",
          source=ISIS, recipient=TARBA_SHEPHERDS, location=TARBA,
          date=D("2018-09-15", "week", ("2018-09-10", "2018-09-20")), fatalities=2, attribution=["صفحات محلية"],
          acled=MINE),
    ],
)
