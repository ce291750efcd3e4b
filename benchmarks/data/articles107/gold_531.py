"""Gold of article 531: a sit-in of the doctors and nurses of Douma's field hospitals over the lack of
anaesthetics, three rockets fired by the regime's forces on a medical point in Douma killing four (main
event, told in ¶2 after the sit-in; one toll), a paramedic's account and the state channel's version, the
Free Health Directorate's accusation and demand, a Red Crescent convoy and the surgical supplies seized
from it at the al-Wafideen crossing, Jaysh al-Islam's conditional threat, a medicine hoarder arrested, a
strike on a hospital in Misraba rumoured and denied, patients not allowed out, the burial, a polio
campaign due on Saturday, the local council's praise of the medical staff, the year's count of attacks
on medical facilities, and an air strike by a field hospital in Hamouriyah on 2 March 2015 (Eastern
Ghouta, Rif Dimashq, Syria), an Eastern Ghouta opposition radio station's website, 2015-04-22 (Wed).
No dateline: the lead names Douma in its first sentence. Mostly about hospitals and medical care."""
from actors_places import (
    DEPOT_OWNER,
    DOUMA,
    DOUMA_COUNCIL,
    DOUMA_MARKET,
    DOUMA_MED_OFFICE,
    DOUMA_MEDICS,
    DOUMA_MEDPOINT,
    DOUMA_SECURITY,
    DOUMA_VIA_WAFIDEEN,
    EAST_GHOUTA,
    FREE_HEALTH_DIR,
    GHOUTA_CHILDREN,
    HAMOURIYAH,
    HAMOURIYAH_VICTIMS,
    JAISH_ISLAM,
    KIDNEY_PATIENTS,
    MEDICAL_STAFF,
    MEDPOINT_VICTIMS,
    MISRABA,
    REGIME_FORCES,
    REGIME_JETS,
    SARC,
    SUPPORTING_NGOS,
    UNIFIED_JUDICIARY,
    VEHICLES_BASE,
    WAFIDEEN,
    WAFIDEEN_CHECKPOINT,
    WHO_ICRC,
)
from common import AIR, ARREST, PEACEFUL, SHELL, D, E, paras_of

SLUG = "rif_dimashq_2015_douma_misraba"
YESTERDAY = D("2015-04-21")
TODAY = D("2015-04-22")
# a statement of the day whose hour the text does not give: today, or the evening before
TODAY_OR_EVE = D("2015-04-22", "day", ("2015-04-21", "2015-04-22"))
ARTICLE = dict(
    id="team107-531", slug=SLUG, published="2015-04-22",
    outlet="Athir al-Ghouta, an Eastern Ghouta opposition radio station's website (fictional)",
    paras=paras_of(f"531_{SLUG}.txt"),
    events=[
        # ¶1 (no dateline; Douma in the first sentence): the medics' sit-in over the lack of anaesthetics
        # (the headline names it); «بعد نحو عام ونصف من الحصار» is the standing siege (optional, generic)
        E(True, ["PROTEST"], [0, 1], "وقفة احتجاجية", ["asserted"], mode="demo",
          source=DOUMA_MEDICS, location=DOUMA_MED_OFFICE, date=YESTERDAY, attribution=["مراسل «أثير الغوطة»"],
          acled=PEACEFUL, tpara=1),
        E(False, ["COERCE"], [1], "الحصار", ["generic", "asserted"], mode="restrict",
          source=REGIME_FORCES, location=EAST_GHOUTA, date=None),
        # MAIN EVENT, told in ¶2 after the sit-in (verb first; the hour told after the act in a clause of
        # its own): three rockets fired by the regime's forces from the Vehicles Administration on a
        # medical point in Douma; a paramedic ¶3, the state channel's version ¶4 (no number) and the
        # burial ¶12 retell it; «بعد ساعات من انفضاض الوقفة» is a back-reference to ¶1. One toll: 4
        E(True, ["ASSAULT"], [0, 2, 3, 4, 12], "ثلاث قذائف صاروخية", ["asserted"], mode="heavy-weapons",
          source=REGIME_FORCES, recipient=MEDPOINT_VICTIMS, location=DOUMA_MEDPOINT, date=YESTERDAY,
          fatalities=4,
          attribution=["المكتب الطبي الموحد في دوما", "مسعف نجا من القصف",
                       "قناة «الإخبارية السورية» عن مصدر عسكري"],
          acled=SHELL, tpara=2),
        # ¶5 (subject, a long parenthesis, verb): the directorate's accusation and demand, two verbs
        # joined with «و»; «تعمّد استهداف المنشآت الطبية» is the content of the accusation, no event
        E(True, ["ACCUSE"], [5], "اتهمت", ["asserted"],
          source=FREE_HEALTH_DIR, recipient=REGIME_FORCES, date=TODAY_OR_EVE, attribution=["بيان"]),
        E(True, ["REQUEST"], [5], "وطالبت", ["asserted"],
          source=FREE_HEALTH_DIR, recipient=WHO_ICRC, date=TODAY_OR_EVE),
        # ¶6: one sentence, two events: the Red Crescent convoy enters Douma (AID) and the checkpoint's men
        # seize its surgical supplies (COERCE confiscate; a possessive actor «عناصر حاجز المعبر»)
        E(True, ["AID"], [6], "قافلة للهلال الأحمر", ["asserted"], mode="humanitarian",
          source=SARC, location=DOUMA_VIA_WAFIDEEN, date=YESTERDAY),
        E(True, ["COERCE"], [6], "صادر", ["asserted", "reported"], mode="confiscate",
          source=WAFIDEEN_CHECKPOINT, recipient=SARC, location=WAFIDEEN, date=YESTERDAY,
          attribution=["مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية «أوتشا»"]),
        # ¶7 (the field hospitals in basements) holds no event. ¶8: Jaysh al-Islam's conditional threat (the
        # regime's forces are not named in it, only their base); the retaliation on the Vehicles
        # Administration is optional and hypothetical
        E(True, ["THREATEN"], [8], "وتوعّد", ["asserted"], mode="violence",
          source=JAISH_ISLAM, location=VEHICLES_BASE, date=TODAY_OR_EVE,
          attribution=["بيان نشره على معرّفاته الرسمية"]),
        E(False, ["ASSAULT"], [8], "بالرد", ["hypothetical"], mode="heavy-weapons",
          source=JAISH_ISLAM, recipient=REGIME_FORCES, location=VEHICLES_BASE, date=None),
        # ¶9: a medicine hoarder arrested by the rebels' police (COERCE arrest); the court's order to close
        # two pharmacies a week ago, recalled in a relative clause, is optional and historical
        E(True, ["COERCE"], [9], "واعتقلت", ["asserted"], mode="arrest",
          source=DOUMA_SECURITY, recipient=DEPOT_OWNER, location=DOUMA_MARKET, date=TODAY, acled=ARREST),
        E(False, ["SANCTION", "COERCE"], [9], "بإغلاق", ["historical"],
          source=UNIFIED_JUDICIARY, location=DOUMA,
          date=D("2015-04-15", "week", ("2015-04-13", "2015-04-17"))),
        # ¶10: a strike on a field hospital in Misraba told by pro-regime pages and denied by its director
        # (rumoured; no actor named; the dawn of today is given)
        E(True, ["ASSAULT"], [10], "بغارة جوية", ["rumored", "negated"], mode="aerial",
          location=MISRABA, date=TODAY, attribution=["صفحات موالية للنظام على «فيسبوك»"]),
        # ¶11: patients not allowed out of the Ghouta (negated RETREAT access); the Red Crescent's request two
        # weeks ago is optional and historical
        E(True, ["RETREAT"], [11], "بإجلاء", ["negated"], mode="access",
          source=REGIME_FORCES, recipient=KIDNEY_PATIENTS, location=EAST_GHOUTA, date=TODAY,
          attribution=["مصدر في المكتب الطبي"]),
        E(False, ["REQUEST"], [11], "طلب", ["historical"],
          source=SARC, recipient=REGIME_FORCES, date=D("2015-04-08", "week", ("2015-04-06", "2015-04-10"))),
        # ¶12: the burial belongs to the main event. ¶13: the polio campaign «يوم السبت المقبل» (planned
        # AID); the attack feared by the vaccinators is optional and hypothetical
        E(True, ["AID"], [13], "حملة تلقيح", ["planned"], mode="humanitarian",
          source=FREE_HEALTH_DIR, recipient=GHOUTA_CHILDREN, location=EAST_GHOUTA, date=D("2015-04-25"),
          attribution=["مسؤول في برنامج اللقاح"]),
        E(False, ["ASSAULT"], [13], "استهدافها", ["hypothetical"], location=EAST_GHOUTA, date=None),
        # ¶14: the council's praise of the medical staff (SUPPORT); its call to the donors is optional
        E(True, ["SUPPORT"], [14], "وأشاد", ["asserted"],
          source=DOUMA_COUNCIL, recipient=MEDICAL_STAFF, location=DOUMA, date=TODAY_OR_EVE),
        E(False, ["REQUEST"], [14], "داعياً", ["asserted"],
          source=DOUMA_COUNCIL, recipient=SUPPORTING_NGOS, date=TODAY_OR_EVE),
        # ¶15 (life and medicine prices in Douma) holds no event. ¶16: the year's count of attacks on
        # medical facilities, an aggregate (optional, generic)
        E(False, ["ASSAULT"], [16], "استهدافاً", ["generic"], location=EAST_GHOUTA, date=None),
        # ¶17, «وكانت … قد» at another place: two air strikes by a field hospital in Hamouriyah on 2 March
        # (core, historical; 3 killed)
        E(True, ["ASSAULT"], [17], "غارتين", ["historical", "asserted"], mode="aerial",
          source=REGIME_JETS, recipient=HAMOURIYAH_VICTIMS, location=HAMOURIYAH, date=D("2015-03-02"),
          fatalities=3, attribution=["مديرية الصحة الحرة"], acled=AIR),
    ],
)
