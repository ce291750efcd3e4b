"""Gold of article 345: the eastern border near ar-Ruwayshid, al-Turra (Ramtha), eastern Suwayda and Amman
(Jordan and Syria), a state-agency wire, 2024-03-12 (Tue)."""
from actors_places import (
    AMMAN,
    AZRAQ,
    BADIA_SHEIKHS,
    BORDER_CLASH,
    DEFENDANTS,
    EAST_SUWAYDA,
    EASTERN_BORDER,
    INTERIOR_MIN,
    JAF,
    JO_SECURITY,
    JO_SY_FM,
    JOINT_COMMITTEE,
    JORDAN_AIR,
    PSD,
    RUWAISHED,
    RUWAISHED_SHEIKHS,
    RUWAISHED_SUSPECTS,
    SMUGGLERS,
    SSC,
    SUWAYDA_DEALERS,
    TURRA,
    TURRA_CLASH,
)
from common import AIR, ARREST, CLASH, D, E, paras_of

SLUG = "ruwaished_2024_eastern_border_turra_amman"
TODAY = D("2024-03-12")
# a call and a statement the wire does not date: today, or the day before at the earliest
UNDATED = D("2024-03-12", "day", ("2024-03-11", "2024-03-12"))
ARTICLE = dict(
    id="team69-345", slug=SLUG, published="2024-03-12",
    outlet="Al-Urduniya lil-Akhbar state-agency wire (fictional)",
    paras=paras_of(f"345_{SLUG}.txt"),
    events=[
        # the border guards' clash with armed smugglers «فجر اليوم الثلاثاء» (two-sided: both are
        # sources): headline 0, lead 1 (the military source: four), the field source's follow-up 5 (four
        # bodies to the ar-Ruwayshid hospital) and the retelling by social-media pages that the wire
        # denies 8 («رعاة», no number) → one toll: 4. The smugglers' flight is optional RETREAT
        E(True, ["ASSAULT"], [0, 1, 5, 8], "اشتبكت", ["asserted", "reported"], mode="firearms",
          source=BORDER_CLASH, location=EASTERN_BORDER, date=TODAY, fatalities=4,
          attribution=["مصدر عسكري مسؤول في القيادة العامة للقوات المسلحة", "مصدر ميداني"],
          acled=CLASH, tpara=1),
        E(False, ["RETREAT"], [1], "وفرار", ["asserted"], mode="withdraw",
          source=SMUGGLERS, location=EASTERN_BORDER, date=TODAY),
        # the search after the clash: drugs, arms and night sights seized (COERCE confiscate)
        E(True, ["COERCE"], [2], "ضبط", ["asserted"], mode="confiscate",
          source=JAF, location=EASTERN_BORDER, date=TODAY, attribution=["مصدر عسكري مسؤول"]),
        # the warning (THREATEN, short ¶3)
        E(True, ["THREATEN"], [3], "وحذّر", ["asserted"], mode="violence",
          source=JAF, date=TODAY),
        # paragraph 4 (the border, its terrain, the smugglers' means: description) holds no event
        # reinforcements to the forward posts and a raised alert (MOBILIZE; the fortification is part of
        # it)
        E(True, ["MOBILIZE"], [6], "دفعت", ["asserted"], mode="troops",
          source=JAF, location=EASTERN_BORDER, date=TODAY, attribution=["المصدر الميداني"]),
        # Public Security arrests five men in the ar-Ruwayshid district (COERCE, the raid is part of it)
        E(True, ["COERCE"], [7], "القبض", ["asserted", "reported"], mode="arrest",
          source=PSD, recipient=RUWAISHED_SUSPECTS, location=RUWAISHED, date=TODAY,
          attribution=["مديرية الأمن العام"], acled=ARREST),
        # ¶8: the pages' version of the dead (part of the clash) and the source's denial (optional
        # REJECT); the Syrian side's silence negates nothing
        E(False, ["REJECT"], [8], "ونفى", ["asserted"],
          source=JAF, date=TODAY),
        # Jordanian air strikes on farms in eastern Suwayda: rumoured by accounts, denied by the
        # military source
        E(True, ["ASSAULT"], [9], "غارات", ["rumored", "negated"], mode="aerial",
          source=JORDAN_AIR, recipient=SUWAYDA_DEALERS, location=EAST_SUWAYDA, date=TODAY,
          attribution=["حسابات على مواقع التواصل الاجتماعي", "المصدر العسكري"], acled=AIR),
        # the foreign ministers' phone call (CONSULT phone; who called whom is not a role here: both
        # names are accepted on both sides), their agreement (AGREE) and the joint committee's meeting
        # in Amman next week (planned CONSULT)
        E(True, ["CONSULT"], [10], "اتصالاً هاتفياً", ["asserted"], mode="phone",
          source=JO_SY_FM, recipient=JO_SY_FM, date=UNDATED),
        E(True, ["AGREE"], [10], "واتفق", ["asserted"],
          source=JO_SY_FM, date=UNDATED),
        E(True, ["CONSULT"], [10], "اجتماعها المقبل", ["planned"],
          source=JOINT_COMMITTEE, location=AMMAN, date=D("2024-03-19", "week", ("2024-03-17", "2024-03-23"))),
        # the State Security Court convicts four men (SANCTION convict; the confiscation and fines are
        # part of the sentence); the seizure of the drugs at al-Azraq last summer is optional
        # (historical)
        E(True, ["SANCTION"], [11], "حكماً", ["asserted"], mode="convict",
          source=SSC, recipient=DEFENDANTS, location=AMMAN, date=TODAY),
        E(False, ["COERCE"], [11], "ضبطتها", ["historical"], mode="confiscate",
          source=JO_SECURITY, location=AZRAQ, date=D("2023-07-15", "month", ("2023-06-01", "2023-08-31"))),
        # the Badia sheikhs praise the army (SUPPORT)
        E(True, ["SUPPORT"], [12], "وأشاد", ["asserted"],
          source=BADIA_SHEIKHS, recipient=JAF, date=UNDATED),
        # the interior minister visits ar-Ruwayshid and meets its sheikhs (CONSULT visit); his «لن
        # تتهاون» is optional THREATEN
        E(True, ["CONSULT"], [13], "وزار", ["asserted"], mode="visit",
          source=INTERIOR_MIN, recipient=RUWAISHED_SHEIKHS, location=RUWAISHED, date=TODAY),
        E(False, ["THREATEN"], [13], "تتهاون", ["asserted"], mode="arrest",
          source=INTERIOR_MIN, date=TODAY),
        # background at another place: a border guard killed in a clash near al-Turra «فجر الأحد الثالث
        # من الشهر الجاري» (core, historical, 1); the smugglers pushed back is optional; the funeral no
        # event
        E(True, ["ASSAULT"], [14], "اشتباك", ["historical", "asserted"], mode="firearms",
          source=TURRA_CLASH, location=TURRA, date=D("2024-03-03"), fatalities=1, acled=CLASH),
        E(False, ["RETREAT"], [14], "التراجع", ["historical"], mode="withdraw",
          source=TURRA_CLASH, location=TURRA, date=D("2024-03-03")),
        # paragraph 15 (the year's count of foiled attempts, the trade: an aggregate) holds no event
    ],
)
