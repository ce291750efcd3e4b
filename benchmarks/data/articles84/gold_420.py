"""Gold of article 420: al-Mansoura, Sheikh Othman and Crater (Aden), Tor al-Baha and al-Houta (Lahij), a
southern Yemeni news website close to the Southern Transitional Council, 2025-05-13 (Tue)."""
from actors_places import (
    ADEN,
    ADEN_GOVERNOR,
    ADEN_POWER,
    ADEN_PROTESTERS,
    AIR_DEFENCES,
    BELT_OFFICER,
    BURAIQA,
    CRATER,
    CRATER_YOUTHS,
    HAYFAN,
    HOUTA,
    HOUTA_ASSASSINS,
    HOUTA_SUSPECT,
    HOUTHI_POSITIONS,
    HOUTHI_REINFORCEMENTS,
    HOUTHIS,
    KARISH,
    LAHIJ_SECURITY,
    MANSOURA,
    NEIGHBOURHOOD_CMTES,
    POWER_UNION,
    SAUDI,
    SAUDI_AMBASSADOR,
    SECURITY_BELT,
    SOUTHERN_ARTILLERY,
    SOUTHERN_SOLDIERS,
    STC_PRESIDENT,
    STC_PRESIDIUM,
    TOR_AL_BAHA,
    UN_ENVOY,
    YE_GOVT,
)
from common import AIR, ARREST, ATTACK, PEACEFUL, SHELL, D, E, paras_of

SLUG = "aden_lahij_2025_mansoura_crater_tor_al_baha_houta"
TODAY = D("2025-05-13")
ARTICLE = dict(
    id="team84-420", slug=SLUG, published="2025-05-13",
    outlet="Bawwabat Shamsan, a southern Yemeni news website close to the Southern Transitional Council "
           "(fictional)",
    paras=paras_of(f"420_{SLUG}.txt"),
    events=[
        # ¶1: the night protest over power cuts in al-Mansoura and Sheikh Othman (headline 0; how it began, in
        # «وكان … قد», 7); the road blocked and the chanted demand are optional
        E(True, ["PROTEST"], [0, 1, 7], "خرج مئات المحتجين", ["asserted"], mode="demo",
          source=ADEN_PROTESTERS, recipient=YE_GOVT, location=MANSOURA, date=D("2025-05-12"), acled=PEACEFUL,
          tpara=1),
        E(False, ["PROTEST"], [1], "وقطعوا الطريق", ["asserted"], mode="obstruct",
          source=ADEN_PROTESTERS, location=MANSOURA, date=D("2025-05-12")),
        E(False, ["REQUEST"], [1], "تطالب", ["asserted"],
          source=ADEN_PROTESTERS, recipient=YE_GOVT, location=MANSOURA, date=D("2025-05-12")),
        # the main event, in ¶2 after the protest: the Houthi drone on a southern forces' position in Tor
        # al-Baha «صباح اليوم» (headline 0; the media centre's details 3; «المسيرة»'s version 4; «بعد ساعتين
        # من الهجوم» 5; the STC's condemnation 17) → 3
        E(True, ["ASSAULT"], [0, 2, 3, 4, 5, 17], "هجوم بطائرة مسيّرة مفخخة", ["asserted"], mode="aerial",
          source=HOUTHIS, recipient=SOUTHERN_SOLDIERS, location=TOR_AL_BAHA, date=TODAY, fatalities=3,
          attribution=["المركز الإعلامي للقوات المسلحة الجنوبية"], acled=AIR, tpara=2),
        # ¶3: a second drone shot down (optional)
        E(False, ["ASSAULT"], [3], "أسقطت طائرة ثانية", ["asserted"],
          source=AIR_DEFENCES, recipient=HOUTHIS, date=TODAY),
        # ¶5: the southern artillery shells Houthi positions in Hayfan in reply
        E(True, ["ASSAULT"], [5], "بقصف", ["asserted"], mode="heavy-weapons",
          source=SOUTHERN_ARTILLERY, recipient=HOUTHI_POSITIONS, location=HAYFAN, date=TODAY,
          attribution=["المركز الإعلامي"], acled=SHELL),
        # ¶6: fourteen young men arrested in Crater by the Security Belt
        E(True, ["COERCE"], [6], "واعتقلت", ["asserted"], mode="arrest",
          source=SECURITY_BELT, recipient=CRATER_YOUTHS, location=CRATER, date=TODAY,
          attribution=["مصدر في شرطة عدن"], acled=ARREST),
        # ¶8: the STC president's phone call to the Saudi ambassador (CONSULT) and his request (REQUEST)
        E(True, ["CONSULT"], [8], "اتصالاً هاتفياً", ["asserted"], mode="phone",
          source=STC_PRESIDENT, recipient=SAUDI_AMBASSADOR, date=TODAY),
        E(True, ["REQUEST"], [8], "وطلب منه", ["asserted"],
          source=STC_PRESIDENT, recipient=SAUDI_AMBASSADOR, date=TODAY),
        # ¶9: a tanker of fuel under a Saudi grant reaches al-Buraiqa (AID, economic)
        E(True, ["AID"], [9], "منحة سعودية", ["asserted"], mode="economic",
          source=SAUDI, recipient=ADEN_POWER, location=BURAIQA, date=TODAY,
          attribution=["مصدر في شركة مصافي عدن"]),
        # ¶10: the electricity workers' union threatens a strike from Sunday if salaries are not paid
        # (THREATEN; the strike optional, hypothetical; the blame optional)
        E(True, ["THREATEN"], [10], "وهدّدت", ["asserted"], mode="strike",
          source=POWER_UNION, recipient=YE_GOVT, location=ADEN, date=TODAY),
        E(False, ["PROTEST"], [10], "إضراب شامل", ["hypothetical", "planned"], mode="strike",
          source=POWER_UNION, location=ADEN, date=D("2025-05-18")),
        E(False, ["ACCUSE"], [10], "محمّلةً", ["asserted"],
          source=POWER_UNION, recipient=YE_GOVT, date=TODAY),
        # paragraph 11 (Crater: description) holds no event
        # ¶12: Houthi reinforcements to the Karish front, told by local sources and unconfirmed
        E(True, ["MOBILIZE"], [12], "تعزيزات حوثية", ["rumored", "reported"], mode="troops",
          source=HOUTHI_REINFORCEMENTS, location=KARISH,
          date=D("2025-05-12", "day", ("2025-05-11", "2025-05-13")),
          attribution=["مصادر محلية في مديرية القبيطة"]),
        # ¶13: the governor to meet the neighbourhood committees on Thursday (planned CONSULT)
        E(True, ["CONSULT"], [13], "يلتقي", ["planned"],
          source=ADEN_GOVERNOR, recipient=NEIGHBOURHOOD_CMTES, location=MANSOURA, date=D("2025-05-15")),
        # ¶14: the government's emergency meeting not held (core CONSULT, negated)
        E(True, ["CONSULT"], [14], "ولم تعقد", ["negated"], mode="multilateral",
          source=YE_GOVT, location=ADEN, date=D("2025-05-13", "day", ("2025-05-12", "2025-05-13"))),
        # background at another place, in «وكان … قد»: a Security Belt officer shot dead in al-Houta on 8
        # March; the suspect's arrest and release then optional, historical
        E(True, ["ASSAULT"], [15], "اغتالوا", ["historical", "asserted"], mode="assassinate",
          source=HOUTA_ASSASSINS, recipient=BELT_OFFICER, location=HOUTA, date=D("2025-03-08"), fatalities=1,
          acled=ATTACK),
        E(False, ["COERCE"], [15], "اعتقلت", ["historical"], mode="arrest",
          source=LAHIJ_SECURITY, recipient=HOUTA_SUSPECT, location=HOUTA, date=None),
        E(False, ["RETREAT"], [15], "أُفرج عنه", ["historical"], mode="release",
          source=LAHIJ_SECURITY, recipient=HOUTA_SUSPECT, location=HOUTA, date=None),
        # paragraph 16 (Aden's power crisis every summer: generic) holds no event ¶17: the STC presidium
        # condemns the attack as a breach of the truce (ACCUSE; the Houthis are not named in the paragraph)
        # and asks the UN envoy to name the obstructing party (REQUEST); its warning optional
        E(True, ["ACCUSE"], [17], "ودانت", ["asserted"], source=STC_PRESIDIUM, date=TODAY),
        E(True, ["REQUEST"], [17], "وطالبت", ["asserted"],
          source=STC_PRESIDIUM, recipient=UN_ENVOY, date=TODAY),
        E(False, ["THREATEN"], [17], "مؤكدةً", ["asserted"], source=STC_PRESIDIUM, date=TODAY),
    ],
)
