"""Gold of article 277: al-Shuhail (the northern entrance), Theeban (the local council), the al-Omar oil
field, al-Busayrah (the field hospital), al-Tayyana and al-Baghouz (the eastern Deir ez-Zor countryside,
Syria), a news agency of the autonomous administration, 2019-05-15 (Wed)."""
from actors_places import (
    BAGHOUZ,
    BAGHOUZ_FAMILIES,
    BUSAYRAH,
    BUSAYRAH_HOSPITAL,
    COALITION,
    COALITION_SPOKESMAN,
    DAMASCUS_TURKEY,
    DEZ_CIVIL_COUNCIL,
    DEZ_EAST,
    DEZ_MC,
    DEZ_MC_SPOKESMAN,
    DEZ_SHEIKHS,
    HARBOURERS,
    INTERNAL_SECURITY,
    ISIS_SY,
    MOTORCYCLISTS,
    OMAR_FIELD,
    SDF,
    SDF_COALITION,
    SHUHAIL,
    SHUHAIL_NORTH,
    SHUHAIL_THEEBAN,
    SOCIAL_AFFAIRS,
    TAYYANA,
    TAYYANA_GUNMEN,
    TAYYANA_MEMBER,
    THEEBAN,
    THEEBAN_COUNCIL,
    THEEBAN_COUNCIL_BLDG,
    THEEBAN_RESIDENTS,
    THEEBAN_SUSPECTS,
)
from common import ARREST, ATTACK, CLASH, PEACEFUL, D, E, paras_of

SLUG = "shuhail_2019_theeban_busayrah_tayyana_deir_ez_zor"
TODAY = D("2019-05-15")
YESTERDAY = D("2019-05-14")
SINCE_YESTERDAY = D("2019-05-15", "day", ("2019-05-14", "2019-05-15"))
ARTICLE = dict(
    id="team56-277", slug=SLUG, published="2019-05-15",
    outlet="Difaf news agency, autonomous administration of north and east Syria (fictional)",
    paras=paras_of(f"277_{SLUG}.txt"),
    events=[
        # the ISIS cells' attack on the military council's post at al-Shuhail's northern entrance «فجر اليوم
        # الأربعاء»: headline 0 (no number), lead 1 (the council's media centre: three «martyrs»), the
        # follow-up 11 (a medical source at the field hospital in al-Busayrah: two bodies; «Amaq»: six) → 2.
        # The post's guards fired back (ACLED armed clash); the attackers' flight into the desert is part of
        # it (optional)
        E(True, ["ASSAULT"], [0, 1, 11], "هجوم نفّذته", ["asserted", "reported"], mode="firearms",
          source=ISIS_SY, recipient=DEZ_MC, location=SHUHAIL_NORTH, date=TODAY, fatalities=2,
          attribution=["المركز الإعلامي للمجلس", "مصدر طبي في المشفى الميداني بالبصيرة", "وكالة «أعماق»"],
          acled=CLASH, tpara=1),
        E(False, ["RETREAT"], [11], "فرّوا", ["asserted", "reported"], mode="withdraw",
          source=ISIS_SY, location=SHUHAIL, date=TODAY),
        # paragraph 2 (the town on the Euphrates' eastern bank, farming and herding; one line) holds no event
        # the SDF's sweep of Theeban with the coalition (headline 0): nine arrested (core); the house raids,
        # the joint operation and the weapons seized are parts of it (optional)
        E(True, ["COERCE"], [0, 3], "واعتقلت", ["asserted"], mode="arrest",
          source=SDF_COALITION, recipient=THEEBAN_SUSPECTS, location=THEEBAN, date=TODAY, acled=ARREST,
          tpara=3),
        E(False, ["COERCE"], [3], "دهمت", ["asserted"], mode="arrest",
          source=SDF, location=THEEBAN, date=TODAY),
        E(False, ["COOPERATE"], [3], "بمشاركة", ["asserted"],
          source=SDF_COALITION, location=THEEBAN, date=TODAY),
        E(False, ["COERCE"], [3], "ضبطت", ["asserted"], mode="confiscate",
          source=SDF, location=THEEBAN, date=TODAY),
        # the rumoured SDF withdrawal from the al-Omar field and its handover to «tribal groups», spread by
        # pages close to Damascus and denied by the military council's spokesman
        E(True, ["RETREAT"], [4], "انسحاب", ["rumored", "negated", "reported"], mode="withdraw",
          source=SDF, location=OMAR_FIELD, date=SINCE_YESTERDAY,
          attribution=["صفحات مقرّبة من حكومة دمشق", "الناطق باسم مجلس دير الزور العسكري"]),
        # the spokesman's threat to anyone harbouring the cells («the campaign» is a back-reference, «will not
        # stop» a negation about the future)
        E(True, ["THREATEN"], [5], "وتوعّد", ["asserted"], mode="arrest",
          source=DEZ_MC_SPOKESMAN, recipient=HARBOURERS, location=DEZ_EAST, date=SINCE_YESTERDAY,
          attribution=["تصريح خاص لـ«ضفاف»"]),
        # Theeban: a gathering of the detainees' families before the local council and its demand; the council
        # members' promises optional
        E(True, ["PROTEST"], [6], "تجمّع", ["asserted"], mode="demo",
          source=THEEBAN_RESIDENTS, location=THEEBAN_COUNCIL_BLDG, date=TODAY, acled=PEACEFUL),
        E(True, ["REQUEST"], [6], "مطالبين", ["asserted"],
          source=THEEBAN_RESIDENTS, location=THEEBAN, date=TODAY),
        E(False, ["AGREE"], [6], "وعود", ["asserted"],
          source=THEEBAN_COUNCIL, recipient=THEEBAN_RESIDENTS, location=THEEBAN, date=TODAY),
        # the civil council's co-chair accuses Damascus and Turkey and calls on the coalition; his visit to
        # the wounded optional; the detained ISIS members are a standing state
        E(True, ["ACCUSE"], [7], "واتهم", ["asserted"],
          source=DEZ_CIVIL_COUNCIL, recipient=DAMASCUS_TURKEY, date=SINCE_YESTERDAY),
        E(False, ["CONSULT"], [7], "زيارته", ["asserted"], mode="visit",
          source=DEZ_CIVIL_COUNCIL, location=BUSAYRAH_HOSPITAL, date=SINCE_YESTERDAY),
        E(True, ["REQUEST"], [7], "داعياً", ["asserted"],
          source=DEZ_CIVIL_COUNCIL, recipient=COALITION, date=SINCE_YESTERDAY),
        # the civil council's meeting with the tribal sheikhs in al-Busayrah on Saturday (planned)
        E(True, ["CONSULT"], [8], "يعقد", ["planned"], mode="multilateral",
          source=DEZ_CIVIL_COUNCIL, recipient=DEZ_SHEIKHS, location=BUSAYRAH, date=D("2019-05-18"),
          attribution=["مصادر في المجلس"]),
        # paragraph 9 (an assassination or a bomb almost every week for months; fuel prices and power cuts)
        # holds no event
        # background: Friday before a Wednesday, a local council member shot dead in al-Tayyana (core,
        # historical, 1); the later claim is no event
        E(True, ["ASSAULT"], [10], "اغتالا", ["historical", "asserted"], mode="assassinate",
          source=TAYYANA_GUNMEN, recipient=TAYYANA_MEMBER, location=TAYYANA, date=D("2019-05-10"),
          fatalities=1, acled=ATTACK),
        # the follow-up (11) belongs to the first event
        # food baskets for families back in al-Baghouz (AID); the town's capture «last March», in a relative
        # clause with a passive (optional, historical)
        E(True, ["AID"], [12], "ووزّعت", ["asserted"], mode="humanitarian",
          source=SOCIAL_AFFAIRS, recipient=BAGHOUZ_FAMILIES, location=BAGHOUZ, date=YESTERDAY),
        E(False, ["ASSAULT", "COERCE"], [12], "حُرّرت", ["historical"], mode="heavy-weapons",
          source=SDF, location=BAGHOUZ, date=D("2019-03-15", "month", ("2019-03-01", "2019-03-31"))),
        # a ban on motorcycles in al-Shuhail and Theeban (one line)
        E(True, ["COERCE"], [13], "وفرضت", ["asserted"], mode="curfew",
          source=INTERNAL_SECURITY, recipient=MOTORCYCLISTS, location=SHUHAIL_THEEBAN, date=SINCE_YESTERDAY),
        # the feared new attacks during Ramadan (optional, hypothetical); «the arrests» is a back-reference
        E(False, ["ASSAULT"], [14], "هجمات جديدة", ["hypothetical"], mode="firearms",
          source=ISIS_SY, recipient=DEZ_MC, location=DEZ_EAST, date=None),
        # the coalition spokesman's praise (SUPPORT); the pledge to keep supporting partners optional
        E(True, ["SUPPORT"], [15], "وأشاد", ["asserted"],
          source=COALITION_SPOKESMAN, recipient=DEZ_MC, date=SINCE_YESTERDAY,
          attribution=["تغريدة على «تويتر»"]),
        E(False, ["SUPPORT", "AID"], [15], "سيواصل", ["planned"],
          source=COALITION, recipient=SDF, date=None),
    ],
)
