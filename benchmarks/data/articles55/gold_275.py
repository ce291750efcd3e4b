"""Gold of article 275: Assiut (Dairut, Qusiya), Mallawi and Cairo, Egypt, a London-based pan-Arab daily,
1997-06-13 (Fri)."""
from actors_places import (
    ASSIUT_MPS,
    CAIRO,
    DAIRUT,
    DAIRUT_AREA,
    DAIRUT_DETAINEES,
    DAIRUT_FAMILIES,
    DAIRUT_MAMOUR,
    DAIRUT_RELATIVES,
    DAIRUT_SUSPECTS,
    EG_INTERIOR_97,
    EG_MILITARY_COURT,
    EG_PATROL,
    EG_PROSECUTOR,
    EG_REGIME,
    EG_SECURITY_97,
    EOHR,
    GAMAA,
    GAMAA_CONVICTS,
    MALLAWI,
    MALLAWI_MEMBERS,
    QUSIYA,
    QUSIYA_WORKERS,
    UNKNOWN,
)
from common import ARREST, ATTACK, CLASH, D, E, paras_of

SLUG = "dairut_1997_assiut_qusiya_mallawi_cairo"
YESTERDAY = D("1997-06-12")
WEDNESDAY = D("1997-06-11")
SINCE_WEDNESDAY = D("1997-06-12", "day", ("1997-06-11", "1997-06-12"))
ARTICLE = dict(
    id="team55-275", slug=SLUG, published="1997-06-13", outlet="Al-Diffatan London daily (fictional)",
    paras=paras_of(f"275_{SLUG}.txt"),
    events=[
        # the ambush on a police patrol near Dairut «مساء الأربعاء»: headline 0 and lead 1 (security
        # sources in Assiut: three), the interior ministry on state television 5 (two), the Gama'a's faxed
        # claim 6 (six) and the follow-up 7 (witnesses; a doctor: two bodies at Dairut hospital and a third
        # sent to Assiut) → 3 vs 2 vs 6 → 2. The attackers' flight into the cane fields is no event
        E(True, ["ASSAULT"], [0, 1, 5, 6, 7], "أمطر مسلحون", ["asserted", "reported"], mode="firearms",
          source=GAMAA, recipient=EG_PATROL, location=DAIRUT, date=WEDNESDAY, fatalities=2,
          attribution=["مصادر أمنية في أسيوط", "وزارة الداخلية", "التلفزيون المصري", "«الجماعة الإسلامية»",
                       "شهود من أهالي قرية مجاورة", "طبيب في مستشفى ديروط المركزي"], acled=CLASH, tpara=1),
        # one sentence: the cordon round Dairut and the sweep with its 27 arrests (headline «حملة تمشيط»)
        E(True, ["COERCE"], [2], "وفرضت قوات الأمن", ["asserted"], mode="restrict",
          source=EG_SECURITY_97, location=DAIRUT_AREA, date=SINCE_WEDNESDAY),
        E(True, ["COERCE"], [0, 2], "حملة تمشيط واسعة", ["asserted", "reported"], mode="arrest",
          source=EG_SECURITY_97, recipient=DAIRUT_SUSPECTS, location=DAIRUT_AREA, date=SINCE_WEDNESDAY,
          attribution=["مصدر في مديرية أمن أسيوط"], acled=ARREST, tpara=2),
        # paragraph 3 (Dairut and its cane fields) holds no event
        # the EOHR's criticism (the hostages and the razed cane are its content) and its call on the public
        # prosecutor
        E(True, ["ACCUSE"], [4], "وانتقدت", ["asserted"],
          source=EOHR, date=SINCE_WEDNESDAY),
        E(True, ["REQUEST"], [4], "مطالبةً", ["asserted"],
          source=EOHR, recipient=EG_PROSECUTOR, date=SINCE_WEDNESDAY),
        # the ministry's vow (optional; its toll retells the ambush)
        E(False, ["THREATEN"], [5], "وتوعّدت", ["asserted"], mode="violence",
          source=EG_INTERIOR_97, recipient=GAMAA, date=WEDNESDAY),
        # the Gama'a's conditional threat (made) in its faxed claim; the «liquidation» of four members in
        # Mallawi last May, recalled in its words, optional, historical
        E(True, ["THREATEN"], [6], "مهددةً", ["asserted", "reported"], mode="violence",
          source=GAMAA, recipient=EG_REGIME, date=SINCE_WEDNESDAY, attribution=["بياناً بالفاكس"]),
        E(False, ["ASSAULT"], [6], "تصفية أربعة", ["historical", "reported"], mode="execute",
          source=EG_REGIME, recipient=MALLAWI_MEMBERS, location=MALLAWI,
          date=D("1997-05-15", "month", ("1997-05-01", "1997-05-31"))),
        # the rumoured killing of two suspects in an exchange of fire in the cane fields, denied by the
        # security directorate
        E(True, ["ASSAULT"], [8], "قتلت اثنين", ["rumored", "negated", "reported"], mode="firearms",
          source=EG_SECURITY_97, recipient=DAIRUT_SUSPECTS, location=DAIRUT, date=YESTERDAY,
          attribution=["مصدر في مديرية الأمن"], acled=CLASH),
        # paragraph 9 (the Upper Egypt clashes since the early 1990s) is generic: no event
        # the Assiut MPs' meeting with the interior minister on Saturday (planned; the demand is its purpose)
        E(True, ["CONSULT"], [10], "لقاء وزير الداخلية", ["planned"],
          source=ASSIUT_MPS, recipient=EG_INTERIOR_97, date=D("1997-06-14"), attribution=["أحدهم"]),
        # the Supreme Military Court's sentences in Cairo (the earlier attacks are the charge: no event)
        E(True, ["SANCTION"], [11], "قضت المحكمة العسكرية العليا", ["asserted"], mode="convict",
          source=EG_MILITARY_COURT, recipient=GAMAA_CONVICTS, location=CAIRO, date=YESTERDAY),
        # the families' session with the police chief and his pledge; the release it promises optional
        E(True, ["CONSULT"], [12], "جلسة", ["asserted"],
          source=DAIRUT_FAMILIES, recipient=DAIRUT_MAMOUR, location=DAIRUT, date=YESTERDAY),
        E(True, ["AGREE"], [12], "تعهّد", ["asserted"],
          source=DAIRUT_MAMOUR, recipient=DAIRUT_FAMILIES, location=DAIRUT, date=YESTERDAY),
        E(False, ["RETREAT"], [12], "بالإفراج", ["planned"], mode="release",
          source=DAIRUT_MAMOUR, recipient=DAIRUT_DETAINEES, location=DAIRUT,
          date=D("1997-06-14", "day", ("1997-06-12", "1997-06-14"))),
        # background at another place: gunmen fire on a workers' bus near Qusiya «ظهر الإثنين الماضي» (core,
        # historical, 1; unclaimed); the emergency law is no event
        E(True, ["ASSAULT"], [13], "أطلقوا النار", ["historical", "asserted"], mode="firearms",
          source=UNKNOWN, recipient=QUSIYA_WORKERS, location=QUSIYA, date=D("1997-06-09"), fatalities=1,
          acled=ATTACK),
        # the relatives' gathering at Dairut police station; its dispersal without force optional
        E(True, ["PROTEST"], [14], "وتجمهر", ["asserted"], mode="demo",
          source=DAIRUT_RELATIVES, location=DAIRUT, date=YESTERDAY),
        E(False, ["COERCE"], [14], "تفرّقهم", ["asserted"], mode="restrict",
          source=EG_SECURITY_97, recipient=DAIRUT_RELATIVES, location=DAIRUT, date=YESTERDAY),
        # paragraph 15 (empty streets, shops shut early) holds no event
    ],
)
