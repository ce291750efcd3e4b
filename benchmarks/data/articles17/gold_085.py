"""Gold of article 085: the Ghab plain and western Idlib (Qastun, Badama, Jisr al-Shughur, Jurin, al-Suqaylabiyah,
Harem, al-Dana, Ishtabraq), a Syrian opposition network, 2023-10-08 (Sun)."""
from actors_places import (
                           BADAMA,
                           DANA,
                           DANA_PROTESTERS,
                           GHAB_VICTIMS,
                           GHAB_VILLAGES,
                           GHAITH,
                           HAREM,
                           HAREM_IDPS,
                           HTS,
                           HTS_SANA,
                           IDLIB_ACTIVISTS,
                           ISHTABRAQ,
                           JISR,
                           JISR_RESIDENTS,
                           JURIN,
                           NAJIYAH,
                           NAJIYAH_GIRL,
                           REGIME_IRAN,
                           REGIME_POSITIONS,
                           REGIME_RUSSIA,
                           RU_AIR,
                           SOC,
                           SUQAYLABIYAH,
                           SUQAYLABIYAH_VICTIMS,
                           SY_REGIME,
                           TR_POST,
                           UNSC,
                           WEST_IDLIB,
)
from common import AIR, PEACEFUL, SHELL, D, E, paras_of

SLUG = "ghab_plain_qastoun_jisr_al_shughur_hts_jurin"
ARTICLE = dict(
    id="team17-085", slug=SLUG, published="2023-10-08", outlet="Shabakat al-Ghab news network (fictional)",
    paras=paras_of(f"085_{SLUG}.txt"),
    events=[
        # the shelling of three Ghab villages with one verb (one event): headline 0, lead 1, the regime agency's
        # version of the same fire 4 («ردّت … على مصادر إطلاق القذائف»), the Civil Defence's follow-up 8; 4 killed
        E(True, ["ASSAULT"], [0, 1, 4, 8], "بقصف مدفعي وصاروخي", ["asserted", "reported"], mode="heavy-weapons",
          source=SY_REGIME, recipient=GHAB_VICTIMS, location=GHAB_VILLAGES, date=D("2023-10-08"), fatalities=4,
          attribution=["الدفاع المدني السوري", "سانا عن مصدر عسكري", "متطوع في الدفاع المدني"], acled=SHELL,
          tpara=1),
        # one sentence, two events: Russian strikes near Badama and regime rockets on Jisr al-Shughur
        E(True, ["ASSAULT"], [2], "غارتين", ["asserted", "reported"], mode="aerial",
          source=RU_AIR, location=BADAMA, date=D("2023-10-08"), attribution=["مراسل شبكة الغاب"], acled=AIR),
        E(True, ["ASSAULT"], [2], "استهدفت قوات النظام بالصواريخ", ["asserted", "reported"], mode="heavy-weapons",
          source=SY_REGIME, recipient=JISR_RESIDENTS, location=JISR, date=D("2023-10-08"),
          attribution=["مراسل شبكة الغاب"], acled=SHELL),
        # HTS's shelling of Jurin and Shatha (headline 0; «الهيئة» after the full name); «قتلى وجرحى» → no number
        E(True, ["ASSAULT"], [0, 3], "باستهداف", ["asserted", "reported"], mode="heavy-weapons",
          source=HTS, recipient=REGIME_POSITIONS, location=JURIN, date=D("2023-10-08"),
          attribution=["معرّفات هيئة تحرير الشام الرسمية"], acled=SHELL, tpara=3),
        # shells on al-Suqaylabiyah, told only by the state agency through a military source
        E(True, ["ASSAULT"], [4], "قذائف أطلقها", ["reported"], mode="heavy-weapons",
          source=HTS_SANA, recipient=SUQAYLABIYAH_VICTIMS, location=SUQAYLABIYAH, date=D("2023-10-08"),
          attribution=["سانا عن مصدر عسكري"], acled=SHELL),
        # the Coalition's condemnation of the regime and Russia and its demand to the Security Council
        E(True, ["ACCUSE"], [5], "وأدان", ["asserted"],
          source=SOC, recipient=REGIME_RUSSIA, date=D("2023-10-08")),
        E(True, ["REQUEST"], [5], "وطالب", ["asserted"],
          source=SOC, recipient=UNSC, date=D("2023-10-08")),
        # the HTS commander's conditional threat (the threat is made: asserted)
        E(True, ["THREATEN"], [6], "وتوعّد", ["asserted", "reported"], mode="violence",
          source=HTS, recipient=SY_REGIME, date=D("2023-10-08"),
          attribution=["تسجيل صوتي نشرته معرّفات مقرّبة من الهيئة"]),
        # the displacement count is an aggregate (no event); Ghaith's distribution in the Harem camps
        E(True, ["AID"], [7], "وزّعت", ["asserted"], mode="humanitarian",
          source=GHAITH, recipient=HAREM_IDPS, location=HAREM, date=D("2023-10-08")),
        # rumoured reinforcements to Jurin, unconfirmed
        E(True, ["MOBILIZE"], [9], "تعزيزات", ["rumored", "reported"], mode="troops",
          source=REGIME_IRAN, location=JURIN, date=D("2023-10-08"), attribution=["ناشطون"]),
        # the al-Dana vigil (the banners' demand optional) and the general strike called for next Tuesday (planned);
        # the activists' call itself optional
        E(True, ["PROTEST"], [10], "وقفة احتجاجية", ["asserted"], mode="demo",
          source=DANA_PROTESTERS, location=DANA, date=D("2023-10-08"), acled=PEACEFUL),
        E(False, ["REQUEST"], [10], "تطالب", ["asserted"],
          source=DANA_PROTESTERS, location=DANA, date=D("2023-10-08")),
        E(True, ["PROTEST"], [10], "إضراب عام", ["planned"], mode="strike",
          source=IDLIB_ACTIVISTS, location=WEST_IDLIB, date=D("2023-10-10")),
        E(False, ["REQUEST"], [10], "دعا ناشطون", ["asserted"],
          source=IDLIB_ACTIVISTS, location=WEST_IDLIB, date=D("2023-10-08")),
        # paragraph 11 is a generic statement: deliberately NO gold event
        # three shells near the Turkish post: «من دون أن تُسجّل أي إصابات» does not negate them; no agent named; the
        # Turkish army's response that did not happen is optional (negated)
        E(True, ["ASSAULT"], [12], "وسقطت ثلاث قذائف", ["asserted", "reported"], mode="heavy-weapons",
          recipient=TR_POST, location=ISHTABRAQ, date=D("2023-10-08"), attribution=["مصادر محلية"], acled=SHELL),
        E(False, ["ASSAULT"], [12], "أي ردّ", ["negated"], mode="heavy-weapons",
          source=TR_POST, location=ISHTABRAQ, date=D("2023-10-08")),
        # background: Thursday before a Sunday, a girl killed
        E(True, ["ASSAULT"], [13], "بقذيفة", ["historical", "asserted", "reported"], mode="heavy-weapons",
          source=SY_REGIME, recipient=NAJIYAH_GIRL, location=NAJIYAH, date=D("2023-10-05"), fatalities=1,
          attribution=["الدفاع المدني السوري"], acled=SHELL),
    ],
)
