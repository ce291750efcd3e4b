"""Gold of article 116: east Aleppo and west Raqqa (Maskanah, Deir Hafer, al-Jirah airbase, al-Tabqa, Dibsi Afnan,
al-Khafsa), a Syrian local site, 2025-08-17 (Sun)."""
from actors_places import (
    ALEPPO,
    ALEPPO_GOVERNORATE,
    ASAYISH,
    DEIR_HAFER,
    DEIR_HAFER_EAST,
    DH_COMMITTEE,
    DIBSI_AFNAN,
    GOV_SDF,
    KHAFSA,
    MASKANAH,
    MASKANAH_DISPLACED,
    MASKANAH_NOTABLES,
    MASKANAH_SHEPHERD,
    MASKANAH_VICTIMS,
    SARC,
    SDF,
    SDF_DELEGATION,
    SY_GOV,
    SY_GOV_DELEGATION,
    SY_MOD,
    SY_PRESIDENCY_SDF,
    SY_SOLDIERS,
    TABQA,
    TABQA_FAMILIES,
    TABQA_YOUTHS,
)
from common import AGREEMENT, AIR, ARREST, MINE, PEACEFUL, SHELL, D, E, paras_of

SLUG = "maskanah_deir_hafer_jirah_tabqa_dibsi_afnan"
ARTICLE = dict(
    id="team24-116", slug=SLUG, published="2025-08-17", outlet="Sharq Halab al-Yawm news site (fictional)",
    paras=paras_of(f"116_{SLUG}.txt"),
    events=[
        # the shelling of Maskanah's northern quarter: headline 0, lead 1 (no sender named), the follow-up 8 where the
        # site's own correspondent places the guns at SDF positions north-east of Deir Hafer and gives the risen toll
        # (a child died of his wounds: 3 → 4; the toll rises, it does not conflict, so the last one counts); the
        # resident's quote in 8 retells the same shells (one event, not two)
        E(True, ["ASSAULT"], [0, 1, 8], "سقوط قذائف", ["asserted", "reported"], mode="heavy-weapons",
          source=SDF, recipient=MASKANAH_VICTIMS, location=MASKANAH, date=D("2025-08-16"), fatalities=4,
          attribution=["مصدر في مديرية صحة حلب", "مراسل «شرق حلب اليوم»"], acled=SHELL, tpara=1),
        # the defence ministry's statement: the blame of the SDF and a threat of a reply (its «أي اعتداء جديد» is a
        # condition, not an event); «خرق فاضح للتفاهمات القائمة» names no agreement
        E(True, ["ACCUSE"], [2], "وحمّلت", ["asserted", "reported"],
          source=SY_MOD, recipient=SDF, date=D("2025-08-17"), attribution=["معرّفات وزارة الدفاع السورية"]),
        E(True, ["THREATEN"], [2], "وتوعّدت", ["asserted", "reported"], mode="violence",
          source=SY_MOD, recipient=SDF, date=D("2025-08-17"), attribution=["معرّفات وزارة الدفاع السورية"]),
        # one sentence, two events in al-Tabqa: the Asayish house raids with seven arrests (one COERCE) and the
        # relatives' gathering at the Asayish centre (PROTEST); their demand is a participle (optional REQUEST)
        E(True, ["COERCE"], [3], "واعتقلت", ["reported", "asserted"], mode="arrest",
          source=ASAYISH, recipient=TABQA_YOUTHS, location=TABQA, date=D("2025-08-17"),
          attribution=["ناشطون من الطبقة"], acled=ARREST),
        E(True, ["PROTEST"], [3], "تجمّع", ["reported", "asserted"], mode="demo",
          source=TABQA_FAMILIES, location=TABQA, date=D("2025-08-17"), attribution=["ناشطون من الطبقة"],
          acled=PEACEFUL),
        E(False, ["REQUEST"], [3], "مطالبين", ["reported", "asserted"],
          source=TABQA_FAMILIES, recipient=ASAYISH, location=TABQA, date=D("2025-08-17")),
        # reinforcements on both sides: the ministry's (headline 0; «منذ ليل أمس» runs into today) and the SDF's
        # (told by the same correspondent in a participle clause; its raised readiness is part of the same MOBILIZE);
        # two actors, two events
        E(True, ["MOBILIZE"], [0, 4], "بتعزيزات عسكرية", ["asserted", "reported"], mode="troops",
          source=SY_MOD, location=DEIR_HAFER, date=D("2025-08-16", "day", ("2025-08-16", "2025-08-17")),
          attribution=["مراسل «شرق حلب اليوم»"], tpara=4),
        E(True, ["MOBILIZE"], [4], "استقدمت", ["reported", "asserted"], mode="troops",
          source=SDF, location=DEIR_HAFER_EAST, date=D("2025-08-17", "day", ("2025-08-16", "2025-08-17")),
          attribution=["مراسل «شرق حلب اليوم»"]),
        # one sentence, two events: SDF suicide drones on army points around Deir Hafer and near al-Jirah (one verb,
        # two spots: one event; four wounded, no one killed) and the army's return shelling near Dibsi Afnan (other
        # agent, other place)
        E(True, ["ASSAULT"], [5], "طائرات مسيّرة انتحارية", ["asserted", "reported"], mode="aerial",
          source=SDF, recipient=SY_SOLDIERS, location=DEIR_HAFER, date=D("2025-08-17"),
          attribution=["مصدر عسكري"], acled=AIR),
        E(True, ["ASSAULT"], [5], "بقصف مواقع", ["asserted", "reported"], mode="heavy-weapons",
          source=SY_MOD, recipient=SDF, location=DIBSI_AFNAN, date=D("2025-08-17"),
          attribution=["مصدر عسكري"], acled=SHELL),
        # the meeting in al-Tabqa with coalition officers present (third-party), its agreement (the ceasefire to be
        # consolidated is its content; the detainee exchange within a week is planned: optional) and the SDF's
        # rejection of the government's demand (the demanded pull-back is no event)
        E(True, ["CONSULT"], [6], "اجتماعاً", ["asserted"], mode="third-party",
          source=SY_GOV_DELEGATION, recipient=SDF_DELEGATION, location=TABQA, date=D("2025-08-17")),
        E(True, ["AGREE"], [6], "واتفق", ["asserted", "reported"],
          source=GOV_SDF, location=TABQA, date=D("2025-08-17"), attribution=["بيان مشترك"], acled=AGREEMENT),
        E(False, ["COOPERATE", "RETREAT"], [6], "وتبادل المحتجزين", ["planned"], mode="release",
          source=GOV_SDF, date=D("2025-08-20", "week", ("2025-08-17", "2025-08-24"))),
        E(True, ["REJECT"], [6], "رفض", ["reported", "asserted"],
          source=SDF_DELEGATION, recipient=SY_GOV, location=TABQA, date=D("2025-08-17"),
          attribution=["مصدر مطّلع على الاجتماع"]),
        # the SDF's announced commitment to the ceasefire from midnight (CONCEDE; AGREE accepted) and, in the same
        # sentence, the Red Crescent convoy that reached Maskanah (the families' flight is a consequence, no event)
        E(True, ["CONCEDE", "AGREE"], [7], "وأعلنت", ["asserted"],
          source=SDF, date=D("2025-08-17"), attribution=["المركز الإعلامي لـ«قسد»"]),
        E(True, ["AID"], [7], "قافلة", ["asserted"], mode="humanitarian",
          source=SARC, recipient=MASKANAH_DISPLACED, location=MASKANAH, date=D("2025-08-17")),
        # the rumoured capture of three soldiers near al-Khafsa, denied by the operations command; the
        # «محاولة تسلل» inside the rumour is no event of its own
        E(True, ["COERCE", "ASSAULT"], [9], "أسر", ["negated", "rumored", "reported"], mode="seize",
          source=SDF, recipient=SY_SOLDIERS, location=KHAFSA, date=D("2025-08-16", "day", ("2025-08-15", "2025-08-17")),
          attribution=["صفحات محلية على مواقع التواصل الاجتماعي", "مصدر في هيئة العمليات بوزارة الدفاع"]),
        # the displaced committee: its call (optional), the stand due on Tuesday (planned), its conditional threat
        # (made: asserted) and the open sit-in it threatens (hypothetical, optional); the demanded return is content
        E(False, ["REQUEST"], [10], "ودعت", ["asserted"],
          source=DH_COMMITTEE, location=ALEPPO, date=D("2025-08-17")),
        E(True, ["PROTEST"], [10], "وقفة احتجاجية", ["planned"], mode="demo",
          source=DH_COMMITTEE, location=ALEPPO, date=D("2025-08-19")),
        E(True, ["THREATEN"], [10], "وهدّدت", ["asserted"], mode="protest",
          source=DH_COMMITTEE, recipient=ALEPPO_GOVERNORATE, date=D("2025-08-17")),
        E(False, ["PROTEST"], [10], "اعتصام مفتوح", ["hypothetical"], mode="demo",
          source=DH_COMMITTEE, location=ALEPPO, date=None),
        # paragraph 11 is a generic statement: deliberately NO gold event
        # the notables' praise of the army (SUPPORT), their participle call on the government (optional) and the
        # March agreement recalled in a relative clause (optional, historical; the merger is its content)
        E(True, ["SUPPORT"], [12], "وأشاد", ["asserted"],
          source=MASKANAH_NOTABLES, recipient=SY_MOD, date=D("2025-08-17")),
        E(False, ["REQUEST"], [12], "داعياً", ["asserted"],
          source=MASKANAH_NOTABLES, recipient=SY_GOV, date=D("2025-08-17")),
        E(False, ["AGREE"], [12], "وقّعته", ["historical"],
          source=SY_PRESIDENCY_SDF, date=D("2025-03-10"), acled=AGREEMENT),
        # background: Thursday before a Sunday, a shepherd killed by a landmine left from the war (no actor)
        E(True, ["ASSAULT"], [13], "بانفجار لغم أرضي", ["historical", "asserted", "reported"], mode="explosives",
          recipient=MASKANAH_SHEPHERD, location=MASKANAH, date=D("2025-08-14"), fatalities=1,
          attribution=["الدفاع المدني السوري"], acled=MINE),
    ],
)
