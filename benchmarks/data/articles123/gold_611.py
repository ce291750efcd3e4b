"""Gold of article 611: the second batch of buses leaves al-Waer, the last rebel-held quarter of Homs, Russian
military police deployed along the route, two passengers held at a checkpoint (told by an evacuee), the
governorate's easing for the employees who stay, mortar shells on the queue to register for the next batch
(main event, told in ¶5 after four other acts; four dead, one count), a nurse's account, the official agency's
version, the negotiating committee's blame and demand, a threat to storm the quarter (reported), the
evacuation of old Homs in May 2014, a Russian offer rumoured and denied, medicine not delivered,
the third batch
due on Saturday, the burial and the deaths since January, and the opposition coalition's rejection (Homs,
Syria), an Istanbul-based Syrian opposition radio station's website, 2017-03-22 (Wed). Dateline «حمص» (the
town of the event)."""
from actors_places import (
    AIR_INTEL,
    COALITION,
    HOLDOUT_FIGHTERS,
    HOMS_GOVERNORATE,
    HOMS_MEETING,
    HOMS_NORTH_ENTRANCE,
    HOMS_SECURITY_COMMITTEE,
    MUHANDISIN,
    OLD_HOMS,
    OLD_HOMS_FIGHTERS,
    OPPOSITION_FIGHTERS,
    RUSSIAN_GUARANTOR,
    RUSSIAN_MP,
    RUSSIAN_SIDE,
    SARC,
    SEVENTH_BLOCK,
    STAYING_EMPLOYEES,
    THIRD_BATCH,
    TWO_PASSENGERS,
    UN,
    UNSC,
    WAER,
    WAER_COMMITTEE,
    WAER_QUEUE,
    WAER_SHELLERS,
)
from common import AGREEMENT, ARREST, SHELL, D, E, paras_of

SLUG = "homs_2017_waer_mazraa"
YESTERDAY = D("2017-03-21")
TODAY = D("2017-03-22")
MID_MARCH = D("2017-03-15", "week", ("2017-03-11", "2017-03-19"))
MAY_2014 = D("2014-05-15", "month", ("2014-05-01", "2014-05-31"))
ARTICLE = dict(
    id="team123-611", slug=SLUG, published="2017-03-22",
    outlet="Mawja, an Istanbul-based Syrian opposition radio station's website (fictional)",
    paras=paras_of(f"611_{SLUG}.txt"),
    events=[
        # ¶1 (dateline «حمص», the town of the event): the buses of the second batch leave the quarter (an
        # evacuation carried out: RETREAT); the deal signed in mid-March is optional, historical
        E(True, ["RETREAT"], [0, 1], "غادرت", ["asserted"], mode="withdraw",
          source=OPPOSITION_FIGHTERS, location=WAER, date=YESTERDAY, attribution=["مراسل «موجة»"], tpara=1),
        E(False, ["AGREE"], [1], "الموقّع", ["historical", "asserted"], source=RUSSIAN_SIDE,
          date=MID_MARCH, acled=AGREEMENT),
        # ¶2 (verb first): Russian military police along the route; the ambulances behind the convoy optional
        E(True, ["MOBILIZE"], [2], "وانتشرت", ["asserted"], mode="police",
          source=RUSSIAN_MP, location=MUHANDISIN, date=YESTERDAY),
        E(False, ["AID"], [2], "سيارات إسعاف", ["asserted"], mode="humanitarian", source=SARC,
          date=YESTERDAY),
        # ¶3: two passengers held at a checkpoint, told by one evacuee only (reported); their release optional
        E(True, ["COERCE"], [3], "واحتجزوا", ["reported", "asserted"], mode="arrest",
          source=AIR_INTEL, recipient=TWO_PASSENGERS, location=HOMS_NORTH_ENTRANCE, date=YESTERDAY,
          attribution=["أحد المهجّرين"], acled=ARREST),
        E(False, ["RETREAT"], [3], "يُطلق سراحهما", ["reported", "asserted"], mode="release",
          source=AIR_INTEL, date=YESTERDAY),
        # ¶4: the governorate's easing for the employees who stay («مهلة» is part of the easing, no threat)
        E(True, ["CONCEDE"], [4], "وأعلنت", ["asserted"],
          source=HOMS_GOVERNORATE, recipient=STAYING_EMPLOYEES, location=WAER, date=TODAY),
        # MAIN EVENT, told in ¶5 after four other acts («وقبل ساعات من انطلاق الحافلات» refers back to ¶1;
        # the hour in a sentence of its own): mortar shells on the queue; the nurse ¶6, the official agency's
        # version ¶8 (its «مجموعات إرهابية» kept among the sources), the burial ¶16 → 4
        E(True, ["ASSAULT"], [0, 5, 6, 8, 16], "سقطت ثلاث قذائف هاون", ["asserted"], mode="heavy-weapons",
          source=WAER_SHELLERS, recipient=WAER_QUEUE, location=SEVENTH_BLOCK, date=YESTERDAY, fatalities=4,
          attribution=["المكتب الطبي في الوعر"], acled=SHELL, tpara=5),
        # ¶7 (the quarter, its towers, its siege as a standing situation) holds no event. ¶9 (subject, a long
        # parenthesis, then the verb): the blame and the demand, two verbs joined with «و»
        E(True, ["ACCUSE"], [9], "حمّلت", ["asserted"],
          source=WAER_COMMITTEE, recipient=RUSSIAN_GUARANTOR, date=YESTERDAY, attribution=["بيان"]),
        E(True, ["REQUEST"], [9], "وطالبت", ["asserted"],
          source=WAER_COMMITTEE, recipient=UN, date=YESTERDAY),
        # ¶10: a threat told by a committee member who heard it (reported first); the storming optional,
        # hypothetical; the meeting optional
        E(True, ["THREATEN"], [10], "تهديده", ["reported", "asserted"], mode="violence",
          source=HOMS_SECURITY_COMMITTEE, recipient=HOLDOUT_FIGHTERS, date=TODAY,
          attribution=["عضو في اللجنة"]),
        E(False, ["ASSAULT"], [10], "باقتحام", ["hypothetical"], source=HOMS_SECURITY_COMMITTEE, date=None),
        E(False, ["CONSULT"], [10], "اجتماع", ["asserted"], source=HOMS_MEETING, recipient=HOMS_MEETING,
          date=TODAY),
        # ¶11, «وكان … قد» at another place: the evacuation of old Homs in May 2014 (core,
        # historical); the deal
        # behind it optional
        E(True, ["RETREAT"], [11], "خروج", ["historical", "asserted"], mode="withdraw",
          source=OLD_HOMS_FIGHTERS, location=OLD_HOMS, date=MAY_2014),
        E(False, ["AGREE"], [11], "اتفاق", ["historical", "asserted"], date=MAY_2014, acled=AGREEMENT,
          location=OLD_HOMS),
        # ¶12: a Russian offer told by WhatsApp groups and denied by the committee (rumoured, undated)
        E(True, ["AGREE"], [12], "عرض", ["rumored", "negated"],
          source=RUSSIAN_SIDE, recipient=WAER_COMMITTEE, location=WAER, date=None,
          attribution=["مجموعات محلية على «واتساب»"]),
        # ¶13 (the shortest): the medicine not delivered (AID, negated); the promise before it optional
        E(True, ["AID"], [13], "ولم تصل", ["negated"], mode="humanitarian",
          source=SARC, location=WAER, date=TODAY),
        E(False, ["AGREE"], [13], "وعد", ["historical", "asserted"], source=SARC, date=None),
        # ¶14 (a teacher who stays) holds no event. ¶15: the third batch «يوم السبت المقبل» (planned RETREAT)
        E(True, ["RETREAT"], [15], "للخروج", ["planned"], mode="withdraw",
          source=THIRD_BATCH, location=WAER, date=D("2017-03-25")),
        # ¶16 is the burial of the main event; the deaths by shelling since January optional, generic
        E(False, ["ASSAULT"], [16], "القصف قتل", ["generic"], date=None),
        # ¶17: the opposition coalition's rejection; its call to the Security Council optional
        E(True, ["REJECT"], [17], "رفض", ["asserted"], source=COALITION, date=TODAY),
        E(False, ["REQUEST"], [17], "ودعا", ["asserted"], source=COALITION, recipient=UNSC, date=TODAY),
    ],
)
