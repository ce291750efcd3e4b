"""Gold of article 145: the Russian-led talks in Busra al-Sham and the offensive on the Lajat and eastern Daraa, a
Horan local network, 2018-07-02 (Mon)."""
from actors_places import (
    BUSR_HARIR,
    BUSRA,
    CENTRAL_OPS,
    DARAA_DELEGATION,
    DARAA_IDPS,
    DARAA_SOUTH,
    DEESCALATION_SPONSORS,
    EAST_DARAA,
    GHARIYA,
    GHARIYA_FIGHTERS,
    GHARIYA_NOTABLES,
    IZRA,
    IZRA_YOUTHS,
    JHCO,
    JORDAN_AUTH,
    LAJAT,
    LAJAT_CIV,
    MIL_SECURITY,
    MUSAYFIRAH,
    NASIB,
    REBELS_REGIME_DR,
    REGIME,
    REGIME_RU_MP,
    RU_AIR,
    RU_DARAA,
    RU_DELEGATION,
    SHABAB_SUNNA,
    SY_HELIS_DR,
)
from common import AGREEMENT, AIR, ARREST, CLASH, TRANSFER, D, E, paras_of

SLUG = "daraa_busra_al_sham_lajat_ghariya_musayfirah"
ARTICLE = dict(
    id="team29-145", slug=SLUG, published="2018-07-02", outlet="Sada al-Sahl Horan news network (fictional)",
    paras=paras_of(f"145_{SLUG}.txt"),
    events=[
        # yesterday's second round in Busra al-Sham: headline 0, lead 1 (a member of the factions' delegation), the
        # civilian attendee's account 8 (five hours, a Jordanian mediator); «دون التوصل إلى اتفاق» is a negated
        # agreement (optional)
        E(True, ["CONSULT"], [0, 1, 8], "جولة المفاوضات الثانية", ["asserted", "reported"],
          source=RU_DELEGATION, recipient=DARAA_DELEGATION, location=BUSRA, date=D("2018-07-01"),
          attribution=["عضو في الوفد المفاوض عن الفصائل", "مصدر مدني حضر الاجتماع"], tpara=1),
        E(False, ["AGREE"], [1], "التوصل إلى اتفاق", ["negated"],
          source=RU_DARAA, location=BUSRA, date=D("2018-07-01")),
        # inside the meeting: the Russian demand, the delegation's refusal and its own demand (the exit to the north
        # and the handover are contents, not events)
        E(True, ["REQUEST"], [2], "بمطلب", ["asserted", "reported"],
          source=RU_DELEGATION, recipient=DARAA_DELEGATION, location=BUSRA, date=D("2018-07-01"),
          attribution=["عضو في الوفد المفاوض عن الفصائل"]),
        E(True, ["REJECT"], [2], "رفض الوفد", ["asserted", "reported"],
          source=DARAA_DELEGATION, recipient=RU_DELEGATION, location=BUSRA, date=D("2018-07-01"),
          attribution=["عضو في الوفد المفاوض عن الفصائل"]),
        E(True, ["REQUEST"], [2], "وطالب", ["asserted", "reported"],
          source=DARAA_DELEGATION, recipient=RU_DELEGATION, location=BUSRA, date=D("2018-07-01"),
          attribution=["عضو في الوفد المفاوض عن الفصائل"]),
        # the Russian officer's 24-hour ultimatum (made: asserted; the resumed operations are hypothetical, optional)
        E(True, ["THREATEN"], [3], "هدّد", ["asserted", "reported"], mode="violence",
          source=RU_DELEGATION, recipient=DARAA_DELEGATION, date=D("2018-07-01"),
          attribution=["عضو في الوفد المفاوض عن الفصائل"]),
        E(False, ["ASSAULT"], [3], "باستئناف العمليات العسكرية", ["hypothetical"], mode="aerial",
          source=RU_DELEGATION, date=None),
        # since dawn: strikes «يُرجّح أنها روسية» on three Lajat villages (headline 0; 2 killed in al-Museikeh) and
        # regime barrel bombs on Busr al-Harir (another actor, another place: a second event)
        E(True, ["ASSAULT"], [0, 4], "غارة جوية", ["asserted", "reported"], mode="aerial",
          source=RU_AIR, recipient=LAJAT_CIV, location=LAJAT, date=D("2018-07-02"), fatalities=2,
          attribution=["الدفاع المدني في درعا"], acled=AIR, tpara=4),
        E(True, ["ASSAULT"], [4], "براميل متفجرة", ["asserted", "reported"], mode="aerial",
          source=SY_HELIS_DR, location=BUSR_HARIR, date=D("2018-07-02"), attribution=["الدفاع المدني في درعا"],
          acled=AIR),
        # ¶5 describes the displaced and their camps: deliberately NO gold event
        # al-Ghariyah al-Gharbiyah: Saturday's separate settlement, the handover of heavy weapons yesterday
        # (RETREAT, a non-violent transfer), the entry of regime units and Russian police (optional)
        E(True, ["AGREE"], [6], "وقّعوا", ["historical", "asserted"],
          source=GHARIYA_NOTABLES, recipient=RU_DELEGATION, location=GHARIYA, date=D("2018-06-30"),
          acled=AGREEMENT),
        E(True, ["RETREAT"], [6], "سلّم", ["historical", "asserted"], mode="disarm",
          source=GHARIYA_FIGHTERS, location=GHARIYA, date=D("2018-07-01"), acled=TRANSFER),
        E(False, ["MOBILIZE", "COERCE"], [6], "تدخل إليها وحدات", ["historical", "asserted"], mode="troops",
          source=REGIME_RU_MP, location=GHARIYA, date=D("2018-07-01")),
        # the Central Operations Room: accusation of the Russians and general mobilisation (its call to arms is
        # part of it: optional REQUEST)
        E(True, ["ACCUSE"], [7], "واتهمت", ["asserted"],
          source=CENTRAL_OPS, recipient=RU_DELEGATION, date=D("2018-07-02"),
          attribution=["بيان «غرفة العمليات المركزية في الجنوب»"]),
        E(True, ["MOBILIZE"], [7], "النفير العام", ["asserted"], mode="troops",
          source=CENTRAL_OPS, location=EAST_DARAA, date=D("2018-07-02"),
          attribution=["بيان «غرفة العمليات المركزية في الجنوب»"]),
        E(False, ["REQUEST"], [7], "داعيةً", ["asserted"], source=CENTRAL_OPS, location=EAST_DARAA,
          date=D("2018-07-02")),
        # the third round, tomorrow noon in the same place (planned); «اتفقا فقط على عقد» and «لم يقدّموا أي تنازل»
        # are optional
        E(True, ["CONSULT"], [8], "جولة ثالثة", ["planned"],
          source=RU_DARAA, location=BUSRA, date=D("2018-07-03"), attribution=["مصدر مدني حضر الاجتماع"]),
        E(False, ["AGREE"], [8], "اتفقا", ["asserted"], source=RU_DARAA, location=BUSRA, date=D("2018-07-01")),
        E(False, ["CONCEDE"], [8], "لم يقدّموا أي تنازل", ["negated"], source=RU_DELEGATION, date=D("2018-07-01")),
        # leaked news of Shabab al-Sunna's separate understanding with Russia, denied by the faction
        E(True, ["AGREE"], [9], "تفاهم منفرد", ["rumored", "negated"],
          source=SHABAB_SUNNA, recipient=RU_DELEGATION, location=BUSRA, date=None,
          attribution=["مصدر في الفصيل"], acled=AGREEMENT),
        # last night's clash on the al-Musayfirah axis (5 regime soldiers killed per the factions)
        E(True, ["ASSAULT"], [10], "اشتباكات عنيفة", ["asserted", "reported"], mode="firearms",
          source=REBELS_REGIME_DR, location=MUSAYFIRAH, date=D("2018-07-01", "day", ("2018-07-01", "2018-07-02")),
          fatalities=5, attribution=["بيان الفصائل"], acled=CLASH),
        # Military Security arrests five displaced young men in Izra
        E(True, ["COERCE"], [11], "اعتقلت", ["reported", "asserted"], mode="arrest",
          source=MIL_SECURITY, recipient=IZRA_YOUTHS, location=IZRA, date=D("2018-07-01"),
          attribution=["ناشطون"], acled=ARREST),
        # background: the 2017 de-escalation agreement and the start of the campaign on 19 June (optional, historical)
        E(False, ["AGREE"], [12], "باتفاق", ["historical"],
          source=DEESCALATION_SPONSORS, location=DARAA_SOUTH,
          date=D("2017-07-07", "month", ("2017-07-01", "2017-07-31")), acled=AGREEMENT),
        E(False, ["ASSAULT"], [12], "حملتها العسكرية", ["historical"], mode="aerial",
          source=REGIME, location=EAST_DARAA, date=D("2018-06-19")),
        # the Jordanian charity's convoy handed over at the Nasib berm yesterday; the border that «ستبقى مغلقة» is
        # a standing restriction (optional)
        E(True, ["AID"], [13], "قافلة", ["asserted"], mode="humanitarian",
          source=JHCO, recipient=DARAA_IDPS, location=NASIB, date=D("2018-07-01"),
          attribution=["الهيئة الخيرية الأردنية الهاشمية"]),
        E(False, ["COERCE"], [13], "ستبقى مغلقة", ["asserted", "planned"], mode="restrict",
          source=JORDAN_AUTH, recipient=DARAA_IDPS, location=NASIB, date=None),
    ],
)
