"""Gold of article 458: Samarra, Baiji and its refinery, al-Siniyah, Tikrit, al-Dour and al-Alam
(Salah ad-Din), an Iraqi daily newspaper's website, 2015-04-16 (Thu)."""
from actors_places import (
    ALAM,
    ALAM_SOLDIERS,
    BAIJI_CLASH,
    BAIJI_REFINERY,
    BAIJI_SINIYAH,
    BLOOD_DONORS,
    COLLABORATORS,
    DOUR,
    DOUR_YOUTHS,
    FOUR_SUSPECTS,
    IQ_ARMY_AVIATION,
    IQ_FEDERAL_GOV,
    IQ_SECURITY_SERVICES,
    IQ_SECURITY_SOURCE,
    ISIS,
    ISIS_POSITIONS,
    ISIS_WITHDRAWING,
    MODM,
    NORTH_BAIJI,
    PMF,
    SALAHADDIN_COUNCIL,
    SALAHADDIN_GOVERNOR,
    SAMARRA,
    SAMARRA_HEALTH,
    SAMARRA_POLICE_INTEL,
    SAMARRA_VICTIMS,
    SINIYAH,
    TIKRIT,
    TIKRIT_IDPS,
)
from common import AIR, ARREST, CLASH, MINE, D, E, paras_of

SLUG = "salahaddin_2015_samarra_baiji_refinery_dour"
TODAY = D("2015-04-16")
LAST_NIGHT = D("2015-04-15", "day", ("2015-04-15", "2015-04-16"))
ARTICLE = dict(
    id="team92-458", slug=SLUG, published="2015-04-16",
    outlet="al-Rusafa, an Iraqi daily newspaper's website (fictional)",
    paras=paras_of(f"458_{SLUG}.txt"),
    events=[
        # the main event, first in the lead (dateline «صلاح الدين»; the time told after the act «، وذلك قرابة
        # التاسعة»): a parked car bomb at a checkpoint at the entrance of Samarra; the police source's three
        # against the hospital's five (2) → 3; the ISIS claim 3 («عشرات القتلى»), the arrests «بعد ساعات من
        # التفجير» 9, the governor's return «بعد ساعتين من التفجير» 13, the funeral 17; the headline 0
        E(True, ["ASSAULT"], [0, 1, 2, 3, 9, 13, 17], "بانفجار سيارة مفخخة", ["asserted", "reported"],
          mode="explosives", source=ISIS, recipient=SAMARRA_VICTIMS, location=SAMARRA, date=TODAY,
          fatalities=3, attribution=["مصدر في قيادة شرطة صلاح الدين", "مصدر في مستشفى سامراء العام"],
          acled=MINE, tpara=1),
        # ¶2: the health directorate's appeal for blood (optional REQUEST)
        E(False, ["REQUEST"], [2], "نداءً", ["asserted"],
          source=SAMARRA_HEALTH, recipient=BLOOD_DONORS, location=SAMARRA, date=TODAY),
        # ¶3: the security source calling the claim lies (optional REJECT)
        E(False, ["REJECT"], [3], "وصفه", ["asserted"],
          source=IQ_SECURITY_SOURCE, recipient=ISIS, date=TODAY),
        # ¶4: the fourth day of fighting around the Baiji refinery after this morning's ISIS attack: one
        # two-sided fight (both sides are sources), 18 attackers killed per the operations command; the
        # headline 0
        E(True, ["ASSAULT"], [0, 4], "الاشتباكات", ["asserted", "reported"], mode="firearms",
          source=BAIJI_CLASH, location=BAIJI_REFINERY, date=TODAY, fatalities=18,
          attribution=["مصدر في قيادة عمليات صلاح الدين"], acled=CLASH, tpara=4),
        # the soldiers besieged inside the refinery (a standing siege: optional COERCE)
        E(False, ["COERCE"], [4], "محاصرون", ["asserted"], mode="restrict",
          source=ISIS, location=BAIJI_REFINERY, date=TODAY),
        # ¶5 (verb–subject–object; «بين بيجي وناحية الصينية»): army aviation strikes; «عدد من الإرهابيين» → 3
        E(True, ["ASSAULT"], [5], "وشنّ", ["asserted"], mode="aerial",
          source=IQ_ARMY_AVIATION, recipient=ISIS_POSITIONS, location=BAIJI_SINIYAH, date=D("2015-04-15"),
          fatalities=3, attribution=["خلية الإعلام الحربي"], acled=AIR),
        # ¶6: PMF reinforcements (their purpose, «فك الحصار», is no event)
        E(True, ["MOBILIZE"], [6], "ودفعت", ["asserted"], mode="troops",
          source=PMF, location=BAIJI_REFINERY, date=TODAY, attribution=["متحدث باسم الهيئة"]),
        # paragraph 7 (Tikrit: a description) holds no event
        # ¶8: the provincial council's first session in Tikrit on Sunday (planned)
        E(True, ["CONSULT"], [8], "يعقد", ["planned"], mode="multilateral",
          source=SALAHADDIN_COUNCIL, location=TIKRIT, date=D("2015-04-19"), attribution=["عضو في المجلس"]),
        # ¶9: four suspects arrested after the bombing (also a paragraph of the main event)
        E(True, ["COERCE"], [9], "واعتقلت", ["asserted"], mode="arrest",
          source=SAMARRA_POLICE_INTEL, recipient=FOUR_SUSPECTS, location=SAMARRA, date=TODAY, acled=ARREST),
        # ¶10: an ISIS withdrawal from al-Siniyah told by local sources and denied (rumoured)
        E(True, ["RETREAT"], [10], "انسحاب", ["rumored", "reported"], mode="withdraw",
          source=ISIS_WITHDRAWING, location=SINIYAH, date=LAST_NIGHT, attribution=["مصادر محلية"]),
        # ¶11: ISIS leaflets threatening to kill collaborators (asserted); the killing is hypothetical
        # (optional)
        E(True, ["THREATEN"], [11], "توعّدوا", ["asserted"], mode="violence",
          source=ISIS, recipient=COLLABORATORS, location=NORTH_BAIJI, date=LAST_NIGHT),
        E(False, ["ASSAULT"], [11], "تصفية", ["hypothetical"], mode="execute",
          source=ISIS, recipient=COLLABORATORS, location=NORTH_BAIJI, date=None),
        # ¶12: seven young men not released (core RETREAT, negated); their arrest last week (optional,
        # historical)
        E(True, ["RETREAT"], [12], "تُفرج", ["negated"], mode="release",
          source=IQ_SECURITY_SERVICES, recipient=DOUR_YOUTHS, location=DOUR, date=TODAY),
        E(False, ["COERCE"], [12], "اعتُقلوا", ["historical"], mode="arrest",
          source=IQ_SECURITY_SERVICES, recipient=DOUR_YOUTHS, location=DOUR,
          date=D("2015-04-09", "week", ("2015-04-05", "2015-04-11")), acled=ARREST),
        # the promises to release them «خلال أيام» (optional AGREE, historical, undated)
        E(False, ["AGREE"], [12], "وعود", ["historical"],
          source=IQ_SECURITY_SERVICES, recipient=DOUR_YOUTHS, location=DOUR, date=None),
        # ¶13 (subject–verb–object with a long parenthetical): the governor's call on the federal
        # government; the visit he cut short and the security committee's meeting are optional CONSULTs
        E(False, ["CONSULT"], [13], "زيارته", ["asserted"], mode="visit",
          source=SALAHADDIN_GOVERNOR, location=TIKRIT, date=TODAY),
        E(False, ["CONSULT"], [13], "اجتماعاً طارئاً", ["asserted"], mode="multilateral",
          source=SALAHADDIN_GOVERNOR, location=SAMARRA, date=TODAY),
        E(True, ["REQUEST"], [13], "دعا", ["asserted"],
          source=SALAHADDIN_GOVERNOR, recipient=IQ_FEDERAL_GOV, date=TODAY),
        # background at another place, in «وكان … قد»: an IED near al-Alam on 7 April (2 soldiers killed)
        E(True, ["ASSAULT"], [14], "انفجرت", ["historical", "asserted"], mode="explosives",
          source=ISIS, recipient=ALAM_SOLDIERS, location=ALAM, date=D("2015-04-07"), fatalities=2,
          acled=MINE),
        # paragraph 15 (IEDs left on roads and orchards: generic) holds no event
        # ¶16: food baskets for displaced families (AID)
        E(True, ["AID"], [16], "ووزّعت", ["asserted"], mode="humanitarian",
          source=MODM, recipient=TIKRIT_IDPS, location=SAMARRA, date=TODAY),
        # ¶17, the funeral, is a paragraph of the main event
    ],
)
