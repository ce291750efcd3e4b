"""Gold of article 367: Latakia city (al-Sheikh Daher, al-Ziraa, al-Raml al-Janubi), Kabani (Jabal al-Akrad),
Rabia and Slinfah (Latakia, Syria), a Syrian pro-government daily newspaper, 2016-03-16 (Wed)."""
from actors_places import (
    ARMED_GROUPS,
    KABANI,
    KABANI_FRONT,
    LATAKIA_CITIZENS,
    LATAKIA_CITY,
    LATAKIA_COUNCIL,
    LATAKIA_GOVERNOR,
    LATAKIA_POLICE,
    LATAKIA_VICTIMS,
    LATAKIA_WOUNDED,
    NORTH_LATAKIA,
    RABIA,
    RABIA_REBELS,
    RAML,
    RAML_SUSPECTS,
    RECONCILIATION,
    RESCUE_TEAMS,
    SAA,
    SAA_AUX,
    SAA_SOURCE,
    SHEIKH_DAHER,
    SHOPKEEPERS,
    SLINFAH,
    SLINFAH_VICTIM,
    SY_AUTHORITIES,
    SY_MOFA,
    TISHREEN_STUDENTS,
    TISHREEN_UNI,
    TURKEY,
    UNSC,
    ZIRAA,
)
from common import ARREST, PEACEFUL, SHELL, D, E, paras_of

SLUG = "latakia_2016_sheikh_daher_kabani_slinfah"
YESTERDAY = D("2016-03-15")
TODAY = D("2016-03-16")
SINCE_YESTERDAY = D("2016-03-16", "day", ("2016-03-15", "2016-03-16"))
ARTICLE = dict(
    id="team74-367", slug=SLUG, published="2016-03-16",
    outlet="Al-Shati' Latakia pro-government daily newspaper (fictional)",
    paras=paras_of(f"367_{SLUG}.txt"),
    events=[
        # the main event, first in the lead: three rockets on the vegetable market of al-Sheikh Daher «مساء
        # أمس الثلاثاء» (headline 0, lead 1, SANA's count 3, a vendor 4, the funeral 10); the health
        # directorate's four against the police's five through SANA → 4 (the lowest count)
        E(True, ["ASSAULT"], [0, 1, 3, 4, 10], "ثلاث قذائف صاروخية", ["asserted"], mode="heavy-weapons",
          source=ARMED_GROUPS, recipient=LATAKIA_VICTIMS, location=SHEIKH_DAHER, date=YESTERDAY, fatalities=4,
          attribution=["مصدر في مديرية صحة اللاذقية", "«سانا» عن مصدر في قيادة شرطة المحافظة"], acled=SHELL,
          tpara=1),
        # ¶2: the army's shelling of the launch sites around Kabani (headline 0); «عدداً من القتلى» → 3 (the
        # spec's rule for «عدد من»), told by a military source
        E(True, ["ASSAULT"], [0, 2], "استهدفت", ["asserted", "reported"], mode="heavy-weapons",
          source=SAA, recipient=ARMED_GROUPS, location=KABANI, date=SINCE_YESTERDAY, fatalities=3,
          attribution=["مصدر عسكري"], acled=SHELL, tpara=2),
        # ¶5: the governor visits the site and the wounded (CONSULT visit) and praises the crews (SUPPORT);
        # the promised compensation is an optional planned AID
        E(True, ["CONSULT"], [5], "وزار", ["asserted"], mode="visit",
          source=LATAKIA_GOVERNOR, recipient=LATAKIA_WOUNDED, location=SHEIKH_DAHER, date=TODAY),
        E(True, ["SUPPORT"], [5], "وأشاد", ["asserted"],
          source=LATAKIA_GOVERNOR, recipient=RESCUE_TEAMS, date=TODAY),
        E(False, ["AID"], [5], "ستتكفل", ["planned"], mode="economic",
          source=LATAKIA_GOVERNOR, recipient=LATAKIA_WOUNDED, location=LATAKIA_CITY, date=None),
        # ¶6: reinforcements to the Kabani front (MOBILIZE)
        E(True, ["MOBILIZE"], [6], "بتعزيزات إضافية", ["asserted"], mode="troops",
          source=SAA_AUX, location=KABANI_FRONT, date=SINCE_YESTERDAY, attribution=["مصدر ميداني"]),
        # paragraph 7 (al-Sheikh Daher and its markets: description) holds no event
        # ¶8: a car bomb rumoured on social media and denied by the police (the controlled detonation is no
        # event; the denial and the call on citizens optional)
        E(True, ["ASSAULT"], [8], "انفجار سيارة مفخخة", ["rumored", "negated"], mode="explosives",
          location=ZIRAA, date=YESTERDAY, attribution=["صفحات على مواقع التواصل الاجتماعي"]),
        E(False, ["REJECT"], [8], "نفت", ["asserted"],
          source=LATAKIA_POLICE, date=SINCE_YESTERDAY),
        E(False, ["REQUEST"], [8], "وداعية", ["asserted"],
          source=LATAKIA_POLICE, recipient=LATAKIA_CITIZENS, date=SINCE_YESTERDAY),
        # ¶9: the military source's threat (THREATEN)
        E(True, ["THREATEN"], [9], "وتوعّد", ["asserted"], mode="violence",
          source=SAA_SOURCE, recipient=ARMED_GROUPS, location=NORTH_LATAKIA, date=SINCE_YESTERDAY),
        # ¶10: the funeral belongs to the main event; the shops closed in mourning are an optional PROTEST
        # strike
        E(False, ["PROTEST"], [10], "وأغلقت محال السوق", ["asserted"], mode="strike",
          source=SHOPKEEPERS, location=SHEIKH_DAHER, date=TODAY),
        # ¶11: the students' solidarity vigil (PROTEST demo)
        E(True, ["PROTEST"], [11], "وقفة تضامنية", ["asserted"], mode="demo",
          source=TISHREEN_STUDENTS, location=TISHREEN_UNI, date=TODAY, acled=PEACEFUL),
        # ¶12: the foreign ministry blames Turkey (ACCUSE) and asks the Security Council to condemn (REQUEST)
        E(True, ["ACCUSE"], [12], "حمّلت", ["asserted"],
          source=SY_MOFA, recipient=TURKEY, date=SINCE_YESTERDAY),
        E(True, ["REQUEST"], [12], "وطالبت", ["asserted"],
          source=SY_MOFA, recipient=UNSC, date=SINCE_YESTERDAY),
        # ¶13: two suspected informants arrested in al-Raml al-Janubi
        E(True, ["COERCE"], [13], "القبض", ["asserted"], mode="arrest",
          source=SY_AUTHORITIES, recipient=RAML_SUSPECTS, location=RAML, date=SINCE_YESTERDAY,
          attribution=["مصدر في قيادة الشرطة"], acled=ARREST),
        # ¶14: the rebels' representatives did not attend the reconciliation meeting (core CONSULT, negated)
        E(True, ["CONSULT"], [14], "لم يحضر", ["negated"], mode="multilateral",
          source=RABIA_REBELS, recipient=RECONCILIATION, location=RABIA, date=YESTERDAY,
          attribution=["عضو في اللجنة"]),
        # ¶15: the provincial council's extraordinary session «يوم الأحد المقبل» (planned CONSULT)
        E(True, ["CONSULT"], [15], "جلسة استثنائية", ["planned"], mode="multilateral",
          source=LATAKIA_COUNCIL, location=LATAKIA_CITY, date=D("2016-03-20"),
          attribution=["المكتب الصحفي في المحافظة"]),
        # paragraph 16 (years of sporadic shells: a generic statement) holds no event
        # background at another place: two rockets on Slinfah «في الرابع من آذار الجاري» (historical, 1
        # killed)
        E(True, ["ASSAULT"], [17], "قذيفتان صاروخيتان", ["historical", "asserted"], mode="heavy-weapons",
          recipient=SLINFAH_VICTIM, location=SLINFAH, date=D("2016-03-04"), fatalities=1, acled=SHELL),
    ],
)
