"""Gold of article 449: Brital, Baalbek, the Labweh–Hermel road, al-Yarzeh, Iaat (Baalbek-Hermel), a Bekaa
local news website, 2019-07-17 (Wed)."""
from actors_places import (
    ASSAF_FAMILY,
    ASSAF_YOUTH,
    BAALBEK,
    BH_MPS,
    BRITAL,
    BRITAL_WANTED,
    BRITAL_YOUTHS,
    CLAN_ELDERS,
    CLANS,
    FEUD_GUNMEN,
    FEUD_PARTICIPANTS,
    HEZBOLLAH_AMAL,
    IAAT,
    IAAT_GUNMEN,
    LABWEH_HERMEL,
    LAF,
    LAF_COMMAND,
    LAF_INTELLIGENCE,
    RECONCILIATION_COMMITTEE,
    SECURITY_CHIEFS,
    SECURITY_SERVICES,
    SHOOTERS,
    SUB_SECURITY_COUNCIL,
    SWEIDAN_FAMILY,
    SWEIDAN_GUNMEN,
    SWEIDAN_YOUTH,
    YARZEH,
)
from common import AGREEMENT, ARREST, ATTACK, CLASH, DESTRUCTION, PEACEFUL, D, E, paras_of

SLUG = "bekaa_2019_brital_clan_feud_army_raids_iaat"
TODAY = D("2019-07-17")
ARTICLE = dict(
    id="team90-449", slug=SLUG, published="2019-07-17",
    outlet="Shams al-Beqaa, a Bekaa local news website (fictional)",
    paras=paras_of(f"449_{SLUG}.txt"),
    events=[
        # ¶1 (no dateline; Brital in the first sentence): an army intelligence raid with three arrests (the
        # time in its own clause «، وذلك قرابة الرابعة فجراً»; the headline 0); the weapons seized optional
        E(True, ["COERCE"], [0, 1], "دهمت", ["asserted"], mode="arrest",
          source=LAF_INTELLIGENCE, recipient=BRITAL_WANTED, location=BRITAL, date=TODAY,
          attribution=["بيان صادر عن قيادة الجيش – مديرية التوجيه"], acled=ARREST, tpara=1),
        E(False, ["COERCE"], [1], "وصادرت", ["asserted"], mode="seize",
          source=LAF_INTELLIGENCE, location=BRITAL, date=TODAY),
        # the main event in ¶2, after the raid of ¶1 (not mentioned before): a clash between two families,
        # both sides sources, two killed (one toll); the victims 3, the houses of the participants raided 5,
        # each family's version 6, «اشتباك بريتال» in the army's warning 10, the burial 17; the headline 0
        E(True, ["ASSAULT"], [0, 2, 3, 5, 6, 10, 17], "اشتباك", ["asserted", "reported"], mode="firearms",
          source=CLANS, location=BRITAL, date=TODAY, fatalities=2, attribution=["مصادر أمنية"],
          acled=CLASH, tpara=2),
        # ¶4: one sentence, two events: houses burnt by Sweidan gunmen (ASSAULT, destroy) and young men
        # blocking the road in protest at insecurity (PROTEST, obstruct)
        E(True, ["ASSAULT"], [4], "إحراق", ["asserted"], mode="destroy",
          source=SWEIDAN_GUNMEN, recipient=ASSAF_FAMILY, location=BRITAL, date=TODAY, acled=DESTRUCTION),
        E(True, ["PROTEST"], [4], "قطع", ["asserted"], mode="obstruct",
          source=BRITAL_YOUTHS, location=BRITAL, date=TODAY, acled=PEACEFUL),
        # ¶5: reinforcements and deployment (MOBILIZE; the headline 0), then raids on the participants'
        # houses without arrests (COERCE: the raid took place, «من دون أن توقف أحداً» negates only arrests)
        E(True, ["MOBILIZE"], [0, 5], "واستقدم", ["asserted"], mode="troops",
          source=LAF, location=BRITAL, date=TODAY, tpara=5),
        E(True, ["COERCE"], [5], "دهمت", ["asserted", "reported"],
          source=LAF, recipient=FEUD_PARTICIPANTS, location=BRITAL, date=TODAY, attribution=["مصدر أمني"]),
        # ¶6: the Assaf family's accusation (its account of the shooting is a retelling of the main event)
        E(True, ["ACCUSE"], [6], "اتهمت", ["asserted"],
          source=ASSAF_FAMILY, recipient=SWEIDAN_FAMILY, date=TODAY, attribution=["أحد وجهائها"]),
        # ¶7: the reconciliation committee's two meetings (third-party CONSULT) and the week-long truce
        # (AGREE); the handing over of the gunmen is only a purpose
        E(True, ["CONSULT"], [7], "اجتماعين", ["asserted"], mode="third-party",
          source=RECONCILIATION_COMMITTEE, recipient=CLAN_ELDERS, location=BRITAL, date=TODAY),
        E(True, ["AGREE"], [7], "الاتفاق", ["asserted", "reported"],
          source=CLANS, recipient=RECONCILIATION_COMMITTEE, location=BRITAL, date=TODAY, acled=AGREEMENT),
        # ¶8: the MPs' visit to the army command on Friday (planned; the demand is its purpose)
        E(True, ["CONSULT"], [8], "يزور", ["planned"], mode="visit",
          source=BH_MPS, recipient=LAF_COMMAND, location=YARZEH, date=D("2019-07-19")),
        # ¶9: an abduction told only on WhatsApp groups, neither confirmed nor denied (rumoured)
        E(True, ["ASSAULT"], [9], "خطف", ["rumored", "reported"], mode="abduct",
          recipient=SWEIDAN_YOUTH, location=LABWEH_HERMEL, date=TODAY,
          attribution=["مجموعات على تطبيق «واتساب»"]),
        # ¶10: the army command's warning (THREATEN)
        E(True, ["THREATEN"], [10], "وحذّرت", ["asserted"], mode="arrest",
          source=LAF_COMMAND, recipient=FEUD_GUNMEN, location=BRITAL, date=TODAY),
        # ¶11: no gunman arrested (core COERCE, negated)
        E(True, ["COERCE"], [11], "توقيف", ["negated"], mode="arrest",
          source=SECURITY_SERVICES, recipient=SHOOTERS, location=BRITAL, date=TODAY),
        # paragraph 12 (Brital: description) holds no event
        # ¶13: the sub-regional security council's meeting (CONSULT) and its ban on carrying arms (COERCE)
        E(True, ["CONSULT"], [13], "اجتماعاً استثنائياً", ["asserted"], mode="multilateral",
          source=SUB_SECURITY_COUNCIL, recipient=SECURITY_CHIEFS, location=BAALBEK, date=TODAY),
        E(True, ["COERCE"], [13], "منع", ["asserted"], mode="ban",
          source=SUB_SECURITY_COUNCIL, location=BRITAL, date=TODAY),
        # ¶14: Hezbollah's and Amal's backing of the army (their call to the families optional)
        E(True, ["SUPPORT"], [14], "دعمهما", ["asserted"],
          source=HEZBOLLAH_AMAL, recipient=LAF, date=TODAY),
        E(False, ["REQUEST"], [14], "ودعوا", ["asserted"],
          source=HEZBOLLAH_AMAL, recipient=CLAN_ELDERS, date=TODAY),
        # background at another place, in «وكان … قد»: a young man of the Assaf family shot dead in Iaat on
        # 4 May (1); his family's accusation then optional, historical
        E(True, ["ASSAULT"], [15], "قُتل", ["historical", "asserted"], mode="firearms",
          source=IAAT_GUNMEN, recipient=ASSAF_YOUTH, location=IAAT, date=D("2019-05-04"), fatalities=1,
          acled=ATTACK),
        E(False, ["ACCUSE"], [15], "اتهمت", ["historical"],
          source=ASSAF_FAMILY, recipient=SWEIDAN_FAMILY,
          date=D("2019-05-04", "month", ("2019-05-04", "2019-06-04"))),
        # paragraph 16 (feuds in the northern Bekaa: generic) holds no event; ¶17, the burial, is a paragraph
        # of the main event
    ],
)
