"""Gold of article 268: Sohar (the Globe Roundabout, the port and the industrial area, the coastal road, the
wali's office, the al-Wajajah border post), Saham, Liwa and Muscat (al-Batinah, Oman), a Gulf daily's Sohar
report, 2011-03-16 (Wed)."""
from actors_places import (
    BATINAH_POLICE_CHIEF,
    GCC,
    GLOBE_ROUNDABOUT,
    INFILTRATORS,
    LIWA,
    LIWA_YOUTHS,
    MANPOWER_MINISTER,
    OMAN_ARMY,
    OMAN_CABINET,
    OMAN_GOV,
    OMAN_PROSECUTION,
    PENINSULA_SHIELD,
    POLICE_STATION,
    PROTESTER_REPS,
    ROP,
    SAHAM,
    SAHAM_YOUTHS,
    SHURA,
    SOHAR,
    SOHAR_COAST_ROAD,
    SOHAR_DETAINEES,
    SOHAR_MUSCAT_ROAD,
    SOHAR_PORT,
    SOHAR_PROTESTERS,
    SULTAN_DECREE,
    WAJAJAH,
    WALI_OFFICE_SOHAR,
)
from common import ARREST, EXCESSIVE, PEACEFUL, RIOT, D, E, paras_of

SLUG = "sohar_2011_globe_roundabout_port_saham_liwa_muscat"
TODAY = D("2011-03-16")
YESTERDAY = D("2011-03-15")
SINCE_YESTERDAY = D("2011-03-16", "day", ("2011-03-15", "2011-03-16"))
OVERNIGHT = D("2011-03-15", "day", ("2011-03-15", "2011-03-16"))
ARTICLE = dict(
    id="team54-268", slug=SLUG, published="2011-03-16",
    outlet="Shurfat al-Khalij daily, Gulf, Sohar report (fictional)",
    paras=paras_of(f"268_{SLUG}.txt"),
    events=[
        # the riot police's rubber bullets and tear gas on the sit-in near the Globe Roundabout «مساء أمس
        # الثلاثاء»: headline 0 («قتلى», no number), lead 1 (a medical source at Sohar hospital: two), the
        # follow-up 11 (the sit-in committee: four; the Royal Oman Police: «one citizen») → 1, the police's
        # own figure. One-sided force on protesters (ACLED excessive force)
        E(True, ["ASSAULT"], [0, 1, 11], "أطلقت", ["asserted", "reported"], mode="firearms",
          source=ROP, recipient=SOHAR_PROTESTERS, location=GLOBE_ROUNDABOUT, date=YESTERDAY, fatalities=1,
          attribution=["مصدر طبي في مستشفى صحار المرجعي", "لجنة المعتصمين", "بيان لشرطة عمان السلطانية"],
          acled=EXCESSIVE, tpara=1),
        # the two-week sit-in itself (headline 0, lead 1)
        E(True, ["PROTEST"], [0, 1], "اعتصام", ["asserted"], mode="demo",
          source=SOHAR_PROTESTERS, location=GLOBE_ROUNDABOUT, date=YESTERDAY, acled=PEACEFUL, tpara=1),
        # the army's deployment at the port and the industrial area at dawn (headline 0; witnesses); the
        # protesters' road block hours before (a masdar, optional) and the checkpoints on the Sohar–Muscat
        # highway (a passive with no agent, optional)
        E(True, ["MOBILIZE"], [0, 2], "وانتشرت", ["asserted", "reported"], mode="troops",
          source=OMAN_ARMY, location=SOHAR_PORT, date=TODAY, attribution=["شهود عيان"], tpara=2),
        E(False, ["PROTEST"], [2], "إغلاق", ["asserted", "reported"], mode="obstruct",
          source=SOHAR_PROTESTERS, location=SOHAR_PORT, date=OVERNIGHT, acled=RIOT),
        E(False, ["COERCE"], [2], "نُصبت", ["asserted", "reported"], mode="restrict",
          location=SOHAR_MUSCAT_ROAD, date=TODAY),
        # the cabinet's call on citizens (its inquiry committee optional: an announced concession; «أحداث
        # صحار» is a back-reference)
        E(True, ["REQUEST"], [3], "ودعا", ["asserted"],
          source=OMAN_CABINET, recipient=SOHAR_PROTESTERS, date=TODAY, attribution=["التلفزيون الرسمي"]),
        E(False, ["CONCEDE"], [3], "تشكيل لجنة", ["asserted"],
          source=OMAN_CABINET, date=TODAY),
        # the rumoured entry of Peninsula Shield troops through al-Wajajah, denied by the foreign ministry
        E(True, ["MOBILIZE"], [4], "دخول", ["rumored", "negated", "reported"], mode="troops",
          source=PENINSULA_SHIELD, location=WAJAJAH, date=SINCE_YESTERDAY,
          attribution=["رسائل نصية ومنتديات إلكترونية", "مصدر مسؤول في وزارة الخارجية"]),
        # background: Friday before a Wednesday, the police broke up a gathering in Saham and arrested six
        # (the arrest core, historical); the dispersal, the gathering and the release on bail optional
        E(True, ["COERCE"], [5], "واعتقلت", ["historical", "asserted"], mode="arrest",
          source=ROP, recipient=SAHAM_YOUTHS, location=SAHAM, date=D("2011-03-11"), acled=ARREST),
        E(False, ["COERCE"], [5], "فرّقت", ["historical"], mode="restrict",
          source=ROP, recipient=SAHAM_YOUTHS, location=SAHAM, date=D("2011-03-11")),
        E(False, ["PROTEST"], [5], "تجمعاً", ["historical"], mode="demo",
          source=SAHAM_YOUTHS, location=SAHAM, date=D("2011-03-11"), acled=PEACEFUL),
        E(False, ["RETREAT"], [5], "أُفرج", ["historical"], mode="release",
          source=ROP, recipient=SAHAM_YOUTHS, location=SAHAM, date=D("2011-03-12")),
        # paragraph 6 (the industrial heart of the country, jobs that «go to expatriates», a daily queue)
        # holds no event
        # the manpower minister meets the sit-in's representatives (CONSULT), offers two thousand jobs
        # (AGREE, an offer) and they reject it (REJECT); their insistence on accountability optional
        E(True, ["CONSULT"], [7], "والتقى", ["asserted"], mode="visit",
          source=MANPOWER_MINISTER, recipient=PROTESTER_REPS, location=WALI_OFFICE_SOHAR, date=TODAY),
        E(True, ["AGREE"], [7], "وعرض", ["asserted"],
          source=MANPOWER_MINISTER, recipient=PROTESTER_REPS, location=WALI_OFFICE_SOHAR, date=TODAY),
        E(True, ["REJECT"], [7], "رفضوا", ["asserted"],
          source=PROTESTER_REPS, recipient=MANPOWER_MINISTER, location=WALI_OFFICE_SOHAR, date=TODAY),
        E(False, ["REQUEST"], [7], "وتمسّكوا", ["asserted"],
          source=PROTESTER_REPS, recipient=MANPOWER_MINISTER, location=WALI_OFFICE_SOHAR, date=TODAY),
        # the sit-in's conditional threat to close the port (made); the closure and the referral of the
        # officers that is its condition are hypothetical (optional)
        E(True, ["THREATEN"], [8], "وهدّد", ["asserted"],
          source=SOHAR_PROTESTERS, location=SOHAR_PORT, date=SINCE_YESTERDAY),
        E(False, ["PROTEST"], [8], "بـ«إغلاق", ["hypothetical"], mode="obstruct",
          source=SOHAR_PROTESTERS, location=SOHAR_PORT, date=None),
        E(False, ["COERCE", "SANCTION"], [8], "يُحَل", ["hypothetical"],
          source=OMAN_PROSECUTION, location=SOHAR, date=None),
        # twenty-seven arrested (the prosecution's statement); the arson it charges them with (optional,
        # reported) and their referral to court (optional, planned)
        E(True, ["COERCE"], [9], "وأوقفت", ["asserted", "reported"], mode="arrest",
          source=ROP, recipient=SOHAR_DETAINEES, location=SOHAR, date=SINCE_YESTERDAY,
          attribution=["بيان للادعاء العام"], acled=ARREST),
        E(False, ["PROTEST", "ASSAULT"], [9], "بإحراق", ["reported"], mode="riot",
          source=SOHAR_DETAINEES, recipient=POLICE_STATION, location=SOHAR_COAST_ROAD, date=OVERNIGHT,
          acled=RIOT),
        E(False, ["SANCTION", "COERCE"], [9], "سيُحالون", ["planned"],
          source=OMAN_PROSECUTION, recipient=SOHAR_DETAINEES, date=None),
        # the Shura Council's extraordinary session on Sunday (planned; one line)
        E(True, ["CONSULT"], [10], "يعقد", ["planned"], mode="multilateral",
          source=SHURA, date=D("2011-03-20")),
        # in the follow-up, the police's denial of live ammunition (optional, negated), its accusation of
        # «infiltrators» and the stone-throwing it alleges (optional)
        E(False, ["ASSAULT"], [11], "استخدام الذخيرة الحية", ["negated"], mode="firearms",
          source=ROP, location=GLOBE_ROUNDABOUT, date=YESTERDAY),
        E(False, ["ACCUSE"], [11], "متهماً", ["asserted"],
          source=ROP, recipient=INFILTRATORS, date=SINCE_YESTERDAY),
        E(False, ["ASSAULT", "PROTEST"], [11], "بالاعتداء", ["reported"], mode="riot",
          source=INFILTRATORS, recipient=ROP, location=GLOBE_ROUNDABOUT, date=YESTERDAY, acled=RIOT),
        # the solidarity stand in Liwa, which broke up «without friction» (a negation that negates nothing);
        # its banners' demand optional
        E(True, ["PROTEST"], [12], "وقفة", ["asserted"], mode="demo",
          source=LIWA_YOUTHS, location=LIWA, date=SINCE_YESTERDAY, acled=PEACEFUL),
        E(False, ["REQUEST"], [12], "تطالب", ["asserted"],
          source=LIWA_YOUTHS, location=LIWA, date=SINCE_YESTERDAY),
        # paragraph 13 (a wave of protests «for weeks», the range of demands, the loyal chants) holds no event
        # the GCC secretariat's support for the Omani government (SUPPORT); its call optional
        E(True, ["SUPPORT"], [14], "وأعربت", ["asserted"],
          source=GCC, recipient=OMAN_GOV, date=SINCE_YESTERDAY),
        E(False, ["REQUEST"], [14], "داعية", ["asserted"],
          source=GCC, date=SINCE_YESTERDAY),
        # a royal decree dismisses the Batinah police commander and refers him for investigation (one line)
        E(True, ["COERCE", "SANCTION"], [15], "بإعفاء", ["asserted"],
          source=SULTAN_DECREE, recipient=BATINAH_POLICE_CHIEF, date=TODAY),
    ],
)
