"""Gold of article 135: Hajjah (Hayran, Hajjah city, Harad/Hayran/Midi, Abs, Kushar, Midi), a Yemeni pro-government
news site, 2025-02-27 (Thu)."""
from actors_places import (
                           ABS,
                           EXEC_UNIT,
                           FIFTH_MR_COMMANDER,
                           HAJJAH_CITY,
                           HAJJAH_GOVERNOR,
                           HAJJAH_SHEIKHS,
                           HAJJAH_TARGETS,
                           HAJJAH_TEACHERS,
                           HAJOUR,
                           HAJOUR_HOUTHIS,
                           HARAD,
                           HARAD_CAMPS,
                           HARAD_HAYRAN_MIDI,
                           HARAD_IDPS,
                           HARAD_WOMAN,
                           HAYRAN,
                           HAYRAN_CHILDREN,
                           HOUTHI_ARMY,
                           HOUTHI_COURT,
                           HOUTHI_SNIPER,
                           HOUTHIS,
                           KSRELIEF,
                           KUSHAR,
                           KUSHAR_CONVICTS,
                           MIDI,
                           MIDI_IDPS,
                           SANAA,
                           SANAA_NINE,
                           UN_ENVOY,
                           YE_ARMY,
                           YE_HR_MIN,
)
from common import ARREST, ATTACK, CLASH, MINE, PEACEFUL, SHELL, D, E, paras_of

SLUG = "hajjah_hayran_harad_midi_abs_kushar"
ARTICLE = dict(
    id="team27-135", slug=SLUG, published="2025-02-27", outlet="al-Sharafayn Net news site (fictional)",
    paras=paras_of(f"135_{SLUG}.txt"),
    events=[
        # the landmine that killed three children near Hayran «عصر أمس الأربعاء»: headline 0, lead 1 (no perpetrator),
        # the follow-up 8 where the Fifth Military Region's media centre says the Houthis laid it (one event; the
        # thousands of mines laid before they were driven out are an aggregate, no event) → 3
        E(True, ["ASSAULT"], [0, 1, 8], "بانفجار لغم أرضي", ["asserted", "reported"], mode="explosives",
          source=HOUTHIS, recipient=HAYRAN_CHILDREN, location=HAYRAN, date=D("2025-02-26"), fatalities=3,
          attribution=["مصدر طبي في مستشفى ميدي الريفي", "المركز الإعلامي للمنطقة العسكرية الخامسة"], acled=MINE,
          tpara=1),
        # the Houthi-run court's death sentences (headline 0), told through the Houthi version of Saba
        E(True, ["SANCTION"], [0, 2], "أحكاماً بإعدام", ["asserted", "reported"], mode="convict",
          source=HOUTHI_COURT, recipient=KUSHAR_CONVICTS, location=HAJJAH_CITY, date=D("2025-02-27"),
          attribution=["وكالة سبأ بنسختها الحوثية"], tpara=2),
        # one sentence, two events: Houthi shelling of three districts under one verb (one event) and the Houthi
        # attack east of Harad with the two-hour clash it started (one fight, both sides sources) → 1
        E(True, ["ASSAULT"], [3], "قصفت", ["asserted", "reported"], mode="heavy-weapons",
          source=HOUTHIS, recipient=HAJJAH_TARGETS, location=HARAD_HAYRAN_MIDI,
          date=D("2025-02-26", "day", ("2025-02-26", "2025-02-27")),
          attribution=["المركز الإعلامي للمنطقة العسكرية الخامسة"], acled=SHELL),
        E(True, ["ASSAULT"], [3], "مواجهات", ["asserted", "reported"], mode="firearms",
          source=HOUTHI_ARMY, location=HARAD, date=D("2025-02-26", "day", ("2025-02-26", "2025-02-27")),
          fatalities=1, attribution=["المركز الإعلامي للمنطقة العسكرية الخامسة"], acled=CLASH),
        # Houthi reinforcements to Abs (tribal sources); the recruitment campaign is a habit, no event
        E(True, ["MOBILIZE"], [4], "بتعزيزات", ["reported", "asserted"], mode="troops",
          source=HOUTHIS, location=ABS, date=D("2025-02-24", "week", ("2025-02-20", "2025-02-27")),
          attribution=["مصادر قبلية"]),
        # the human rights ministry's condemnation and its demand to the UN envoy («أحكام الإعدام الصادرة» is a
        # back-reference, the release of the abductees the demand's content)
        E(True, ["ACCUSE"], [5], "وأدانت", ["asserted"],
          source=YE_HR_MIN, recipient=HOUTHI_COURT, date=D("2025-02-27")),
        E(True, ["REQUEST"], [5], "وطالبت", ["asserted"],
          source=YE_HR_MIN, recipient=UN_ENVOY, date=D("2025-02-27")),
        # five teachers taken from their homes by Houthi gunmen (an arrest by the de facto authority, told as an
        # abduction); their earlier public demand for salaries (optional, historical)
        E(True, ["COERCE", "ASSAULT"], [6], "اختطف", ["asserted", "reported"], mode="arrest",
          source=HOUTHIS, recipient=HAJJAH_TEACHERS, location=HAJJAH_CITY, date=D("2025-02-27"),
          attribution=["نقابة المعلمين اليمنيين"], acled=ARREST),
        E(False, ["REQUEST"], [6], "مطالبتهم", ["historical"],
          source=HAJJAH_TEACHERS, location=HAJJAH_CITY, date=D("2025-02-22", "week", ("2025-02-17", "2025-02-26"))),
        # KSrelief's distribution in Midi yesterday; the displaced people's protest in a Harad camp (its demand
        # optional)
        E(True, ["AID"], [7], "وزّع", ["asserted"], mode="humanitarian",
          source=KSRELIEF, recipient=MIDI_IDPS, location=MIDI, date=D("2025-02-26")),
        E(True, ["PROTEST"], [7], "وقفة احتجاجية", ["asserted"], mode="demo",
          source=HARAD_IDPS, location=HARAD_CAMPS, date=D("2025-02-26", "day", ("2025-02-26", "2025-02-27")),
          acled=PEACEFUL),
        E(False, ["REQUEST"], [7], "مطالبين", ["asserted"],
          source=HARAD_IDPS, recipient=EXEC_UNIT, location=HARAD_CAMPS,
          date=D("2025-02-26", "day", ("2025-02-26", "2025-02-27"))),
        # the rumoured clash between Hajour tribesmen and the Houthis in Kushar (unconfirmed, not denied); the forced
        # recruitment attempt that set it off is optional
        E(True, ["ASSAULT"], [9], "مواجهات", ["rumored", "reported"], mode="firearms",
          source=HAJOUR_HOUTHIS, location=KUSHAR, date=D("2025-02-26", "day", ("2025-02-26", "2025-02-27")),
          attribution=["مواقع وصفحات محلية"], acled=CLASH),
        E(False, ["COERCE", "MOBILIZE"], [9], "اقتياد", ["rumored"], mode="arrest",
          source=HOUTHIS, recipient=HAJOUR, location=KUSHAR, date=D("2025-02-26", "day", ("2025-02-26", "2025-02-27"))),
        # the Fifth Military Region commander's conditional threat (made: asserted), the response it threatens
        # (hypothetical, optional), and the governor's meeting with the sheikhs next Saturday (planned)
        E(True, ["THREATEN"], [10], "توعّد", ["asserted"], mode="violence",
          source=FIFTH_MR_COMMANDER, recipient=HOUTHIS, location=HARAD,
          date=D("2025-02-27", "day", ("2025-02-26", "2025-02-27"))),
        E(False, ["ASSAULT"], [10], "بـ«ردّ موجع»", ["hypothetical"],
          source=YE_ARMY, recipient=HOUTHIS, location=HARAD, date=None),
        E(True, ["CONSULT"], [10], "لقاءً موسّعاً", ["planned"], mode="multilateral",
          source=HAJJAH_GOVERNOR, recipient=HAJJAH_SHEIKHS, location=MIDI, date=D("2025-03-01")),
        # paragraph 11 is a generic statement: deliberately NO gold event
        # the public executions in Sanaa in September 2021 (optional, historical)
        E(False, ["ASSAULT"], [12], "الإعدامات العلنية", ["historical"], mode="execute",
          source=HOUTHIS, recipient=SANAA_NINE, location=SANAA,
          date=D("2021-09-15", "month", ("2021-09-01", "2021-09-30")), acled=ATTACK),
        # background: Sunday before a Thursday, a woman killed by a Houthi sniper on the edge of Harad
        E(True, ["ASSAULT"], [13], "برصاص قنّاص حوثي", ["historical", "asserted", "reported"], mode="firearms",
          source=HOUTHI_SNIPER, recipient=HARAD_WOMAN, location=HARAD, date=D("2025-02-23"), fatalities=1,
          attribution=["المركز الإعلامي للمنطقة العسكرية الخامسة"], acled=ATTACK),
    ],
)
