"""Gold of article 426: Azaz, Sajo and Tal Rifaat (the northern Aleppo countryside), a Syrian opposition
weekly newspaper's website, 2014-04-16 (Wed)."""
from actors_places import (
    ABDUCTED_SURGEON,
    AZAZ,
    AZAZ_COUNCIL,
    AZAZ_DOCTORS,
    AZAZ_FACTIONS,
    AZAZ_RESIDENTS,
    DIR_SHAMAL_CMDR,
    DOCTORS_UNION,
    FREE_POLICE,
    NORTH_ALEPPO,
    RAHMA,
    RAHMA_ADMIN,
    RAHMA_HOSPITAL,
    RAHMA_VICTIMS,
    REGIME_HELICOPTER,
    SAJO,
    SAMS,
    SHARIA_COURT,
    SHARIA_HEAD,
    SIG_HEALTH,
    SIG_HEALTH_MINISTER,
    SITIN_DELEGATION,
    STORMING_GUNMEN,
    SURGEON_BROTHER,
    TAL_RIFAAT,
    TAL_RIFAAT_VICTIMS,
)
from common import AIR, ATTACK, PEACEFUL, D, E, paras_of

SLUG = "aleppo_2014_azaz_rahma_hospital_tal_rifaat"
TODAY = D("2014-04-16")
YESTERDAY = D("2014-04-15")
ARTICLE = dict(
    id="team86-426", slug=SLUG, published="2014-04-16",
    outlet="al-Sindiyan, a Syrian opposition weekly newspaper's website (fictional)",
    paras=paras_of(f"426_{SLUG}.txt"),
    events=[
        # ¶1 (no dateline; Azaz in the first sentence): the medical staff's open sit-in (core PROTEST) and the
        # suspension of the outpatient clinics (optional PROTEST, strike); the banners are no event
        E(True, ["PROTEST"], [1], "اعتصاماً مفتوحاً", ["asserted"], mode="demo",
          source=AZAZ_DOCTORS, location=AZAZ, date=TODAY, acled=PEACEFUL),
        E(False, ["PROTEST"], [1], "تعليق العمل", ["asserted"], mode="strike",
          source=AZAZ_DOCTORS, location=AZAZ, date=TODAY, acled=PEACEFUL),
        # the main event, in ¶2 after the sit-in: gunmen storm al-Rahma field hospital «ليل الاثنين الماضي»,
        # kill the guard and a wounded patient and take two surgeons (one event); the director's two against
        # the media office's three (¶3) → 2; the nurse's account 4, the surgeons 5, the brigade's version 6,
        # the ministry's condemnation 7, «ليلة الاقتحام» 10 and 15; the headline 0
        E(True, ["ASSAULT"], [0, 2, 3, 4, 5, 6, 7, 10, 15], "اقتحام", ["asserted", "reported"],
          mode="firearms", source=STORMING_GUNMEN, recipient=RAHMA_VICTIMS, location=RAHMA,
          date=D("2014-04-14", "day", ("2014-04-14", "2014-04-15")), fatalities=2,
          attribution=["مدير المشفى", "«مكتب أعزاز الإعلامي»"], acled=ATTACK, tpara=2),
        # ¶6: the residents' blame, in a relative clause (optional), the brigade's retelling (no new event)
        # and its accusation of the hospital administration
        E(False, ["ACCUSE"], [6], "يتهمه", ["asserted"], source=AZAZ_RESIDENTS, recipient=DIR_SHAMAL_CMDR,
          location=AZAZ, date=None),
        E(True, ["ACCUSE"], [6], "متهماً", ["asserted", "reported"],
          source=DIR_SHAMAL_CMDR, recipient=RAHMA_ADMIN, date=TODAY, attribution=["«لواء درع الشمال»"]),
        # ¶7: the interim government's health ministry condemns (no perpetrator named) and demands the
        # release; the minister's visit tomorrow (planned CONSULT)
        E(True, ["ACCUSE"], [7], "ودانت", ["asserted"],
          source=SIG_HEALTH, date=YESTERDAY, attribution=["بيان وزارة الصحة في الحكومة السورية المؤقتة"]),
        E(True, ["REQUEST"], [7], "وطالبت", ["asserted"],
          source=SIG_HEALTH, recipient=STORMING_GUNMEN, date=YESTERDAY),
        E(True, ["CONSULT"], [7], "يزور", ["planned"], mode="visit",
          source=SIG_HEALTH_MINISTER, recipient=AZAZ_DOCTORS, location=AZAZ, date=D("2014-04-17")),
        # ¶8: the Sharia Commission's head meets the sit-in's delegation and pledges an inquiry (AGREE)
        E(True, ["CONSULT"], [8], "والتقى", ["asserted"], mode="visit",
          source=SHARIA_HEAD, recipient=SITIN_DELEGATION, location=AZAZ, date=TODAY),
        E(True, ["AGREE", "CONCEDE"], [8], "وتعهّد", ["asserted"],
          source=SHARIA_HEAD, recipient=SITIN_DELEGATION, location=AZAZ, date=TODAY),
        # ¶9: the local council's solidarity (SUPPORT); its call on the factions optional
        E(True, ["SUPPORT"], [9], "تضامنه", ["asserted"],
          source=AZAZ_COUNCIL, recipient=AZAZ_DOCTORS, location=AZAZ, date=TODAY),
        E(False, ["REQUEST"], [9], "داعياً", ["asserted"],
          source=AZAZ_COUNCIL, recipient=AZAZ_FACTIONS, location=AZAZ, date=TODAY),
        # ¶10: a surgeon's release, rumoured on local pages and denied by his brother (the denial optional)
        E(True, ["RETREAT"], [10], "الإفراج", ["rumored", "reported"], mode="release",
          source=STORMING_GUNMEN, recipient=ABDUCTED_SURGEON, location=SAJO,
          date=D("2014-04-15", "day", ("2014-04-14", "2014-04-15")), attribution=["صفحات محلية"]),
        E(False, ["REJECT"], [10], "نفى", ["asserted"], source=SURGEON_BROTHER, date=TODAY),
        E(False, ["CONSULT"], [10], "تتلقَّ", ["negated"], source=STORMING_GUNMEN, recipient=SURGEON_BROTHER,
          date=None),
        # ¶11: the doctors' union threatens to close the hospitals if the surgeons are not freed by Saturday
        # (THREATEN, asserted); the closure itself optional, hypothetical
        E(True, ["THREATEN"], [11], "وهدّدت", ["asserted"], mode="strike",
          source=DOCTORS_UNION, location=NORTH_ALEPPO, date=TODAY),
        E(False, ["PROTEST"], [11], "بإغلاق", ["hypothetical"], mode="strike",
          source=DOCTORS_UNION, location=NORTH_ALEPPO, date=None),
        # ¶12 (short): the Free Police deployed at the hospital (MOBILIZE); the emergency ward reopened
        # (optional RETREAT, access)
        E(True, ["MOBILIZE"], [12], "وانتشر", ["asserted"], mode="police",
          source=FREE_POLICE, location=RAHMA, date=TODAY),
        E(False, ["RETREAT", "CONCEDE"], [12], "أعاد فتح", ["asserted"], mode="access",
          source=RAHMA_HOSPITAL, location=RAHMA, date=TODAY),
        # paragraph 13 (the hospital: description) holds no event
        # ¶14: the brigade's commander did not appear before the court (core CONSULT, negated); the summons in
        # «وكانت … قد» and the court's conditional warning optional
        E(False, ["REQUEST"], [14], "استدعت", ["historical", "asserted"],
          source=SHARIA_COURT, recipient=DIR_SHAMAL_CMDR, location=AZAZ, date=None),
        E(True, ["CONSULT"], [14], "يحضر", ["negated"],
          source=DIR_SHAMAL_CMDR, recipient=SHARIA_COURT, location=AZAZ, date=YESTERDAY,
          attribution=["عضو في الهيئة"]),
        E(False, ["THREATEN"], [14], "ستتخذ", ["asserted"],
          source=SHARIA_COURT, recipient=DIR_SHAMAL_CMDR, location=AZAZ, date=TODAY),
        # ¶15: SAMS delivers surgical supplies and two anaesthesia machines (AID)
        E(True, ["AID"], [15], "وسلّمت", ["asserted"], mode="humanitarian",
          source=SAMS, recipient=RAHMA_ADMIN, location=RAHMA, date=TODAY, attribution=["مدير المشفى"]),
        # background at another place, in «وكان … قد»: a barrel bomb on a field hospital in Tal Rifaat on 3
        # February (3 killed)
        E(True, ["ASSAULT"], [16], "لغارة", ["historical", "asserted"], mode="aerial",
          source=REGIME_HELICOPTER, recipient=TAL_RIFAAT_VICTIMS, location=TAL_RIFAAT, date=D("2014-02-03"),
          fatalities=3, acled=AIR),
        # the relief group that re-equipped that hospital (optional AID, historical)
        E(False, ["AID"], [16], "تعيد منظمة إغاثية تجهيزه", ["historical"], mode="humanitarian",
          recipient=TAL_RIFAAT_VICTIMS, location=TAL_RIFAAT, date=None),
        # paragraph 17 (attacks on health workers in general: generic) holds no event
    ],
)
