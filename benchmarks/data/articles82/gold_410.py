"""Gold of article 410: Sbeitla, Feriana, Kasserine city and Mount Chaambi (Kasserine), a Tunisian regional
private radio station's website, 2023-07-24 (Mon)."""
from actors_places import (
    AFFECTED_FAMILIES,
    CHAAMBI,
    CHAAMBI_SOLDIERS,
    CLAN_REPS,
    CRDA,
    CRDA_HEAD,
    ELEVEN_FERIANA,
    FARMERS_410,
    FERIANA,
    FERIANA_CLANS,
    FERIANA_DELEGATE,
    FERIANA_SEAT,
    JOINT_COMMITTEE,
    KASSERINE,
    KASSERINE_GOVERNOR,
    KASSERINE_SEAT,
    NATIONAL_GUARD,
    ONE_CLAN,
    PROTESTERS_410,
    REGIONAL_AUTHORITIES,
    SBEITLA,
    SBEITLA_FARMERS,
    SBEITLA_FARMERS_SUPPORTED,
    SBEITLA_UNION,
    SONEDE,
    UGTT_KASSERINE,
)
from common import AGREEMENT, ARREST, CLASH, PEACEFUL, D, E, paras_of

SLUG = "kasserine_2023_sbeitla_feriana_chaambi"
TODAY = D("2023-07-24")
SINCE_LAST_NIGHT = D("2023-07-23", "day", ("2023-07-23", "2023-07-24"))
ARTICLE = dict(
    id="team82-410", slug=SLUG, published="2023-07-24",
    outlet="Idhaat al-Sabasib Tunisian regional private radio station website (fictional)",
    paras=paras_of(f"410_{SLUG}.txt"),
    events=[
        # ¶1: the Sbeitla farmers' gathering against the irrigation cuts (headline 0); the road they blocked
        # with tractors is an optional PROTEST (obstruct)
        E(True, ["PROTEST"], [0, 1], "تجمّع", ["asserted"], mode="demo",
          source=SBEITLA_FARMERS, location=SBEITLA, date=TODAY, acled=PEACEFUL, tpara=1),
        E(False, ["PROTEST"], [1], "يغلقوا الطريق", ["asserted"], mode="obstruct",
          source=SBEITLA_FARMERS, location=SBEITLA, date=TODAY),
        # ¶2: the protesters' demand to the CRDA and their accusation of SONEDE («الصوناد», an acronym)
        E(True, ["REQUEST"], [2], "وطالب", ["asserted"],
          source=PROTESTERS_410, recipient=CRDA, location=SBEITLA, date=TODAY),
        E(True, ["ACCUSE"], [2], "واتهموا", ["asserted"],
          source=PROTESTERS_410, recipient=SONEDE, date=TODAY),
        # the main event, in ¶3 after the protest: the clash between two clans near Feriana «مساء أمس الأحد»
        # (headline 0, its cause 4); the toll comes only in ¶5 (two of the wounded died) → 2
        E(True, ["ASSAULT"], [0, 3, 4, 5], "مواجهات", ["asserted"], mode="firearms",
          source=FERIANA_CLANS, location=FERIANA, date=D("2023-07-23"), fatalities=2,
          attribution=["المدير الجهوي للصحة بالقصرين", "شهود من المنطقة"], acled=CLASH, tpara=3),
        # ¶6: the National Guard deploys and arrests eleven, joined with «و» and a second verb; the hunting
        # rifles seized are optional
        E(True, ["MOBILIZE"], [6], "وانتشر", ["asserted"], mode="police",
          source=NATIONAL_GUARD, location=FERIANA, date=SINCE_LAST_NIGHT),
        E(True, ["COERCE"], [6], "وأوقفوا", ["asserted"], mode="arrest",
          source=NATIONAL_GUARD, recipient=ELEVEN_FERIANA, location=FERIANA, date=SINCE_LAST_NIGHT,
          acled=ARREST),
        E(False, ["COERCE"], [6], "وحجزوا", ["asserted"], mode="confiscate",
          source=NATIONAL_GUARD, location=FERIANA, date=SINCE_LAST_NIGHT),
        # ¶7: the governor's emergency security meeting (CONSULT) and the joint committee he formed (AGREE)
        E(True, ["CONSULT"], [7], "اجتماع طارئ", ["asserted"], mode="multilateral",
          source=KASSERINE_GOVERNOR, location=KASSERINE, date=TODAY),
        E(True, ["AGREE"], [7], "تشكيل لجنة", ["asserted"],
          source=KASSERINE_GOVERNOR, recipient=CLAN_REPS, location=KASSERINE, date=TODAY),
        # background at another place, in «وكان … قد»: the reconciliation signed at the governorate on 14 June
        # (headline 0); the earlier clashes it ended are optional (historical, undated)
        E(True, ["AGREE"], [0, 8], "وثيقة صلح", ["historical", "asserted"],
          source=CLAN_REPS, location=KASSERINE_SEAT, date=D("2023-06-14"), acled=AGREEMENT, tpara=8),
        E(False, ["ASSAULT"], [8], "مواجهات سابقة", ["historical"], source=FERIANA_CLANS, date=None),
        # ¶9: the compensation promised in it, never paid (headline 0; the promise 8): negated AID
        E(True, ["AID"], [0, 8, 9], "لم تُصرف", ["negated"], mode="economic",
          source=REGIONAL_AUTHORITIES, recipient=AFFECTED_FAMILIES, date=TODAY,
          attribution=["عدد من المتضررين"], tpara=9),
        # paragraph 10 (the collective lands: description, habits) holds no event
        # ¶11: the farmers' union threatens a march and an open road block (both hypothetical: the road block
        # optional); its blame of the authorities optional
        E(True, ["THREATEN"], [11], "وهدد", ["asserted"], mode="obstruct",
          source=SBEITLA_UNION, recipient=REGIONAL_AUTHORITIES, location=SBEITLA, date=TODAY),
        E(False, ["PROTEST"], [11], "بتنظيم مسيرة", ["hypothetical"], mode="demo",
          source=SBEITLA_UNION, date=None),
        E(False, ["ACCUSE"], [11], "محمّلاً", ["asserted"],
          source=SBEITLA_UNION, recipient=REGIONAL_AUTHORITIES, date=TODAY),
        # ¶12: the CRDA head rejects the accusations and announces that pumping resumes on Thursday (planned
        # CONCEDE); his call optional
        E(True, ["REJECT"], [12], "رفض", ["asserted"], source=CRDA_HEAD, recipient=FARMERS_410, date=TODAY),
        E(True, ["CONCEDE", "RETREAT"], [12], "سيُستأنف", ["planned"],
          source=CRDA_HEAD, recipient=FARMERS_410, date=D("2023-07-27")),
        E(False, ["REQUEST"], [12], "داعياً الفلاحين", ["asserted"],
          source=CRDA_HEAD, recipient=FARMERS_410, date=TODAY),
        # ¶13: a clan rallying its men, rumoured and denied by the delegate (the denial optional)
        E(True, ["MOBILIZE"], [13], "حشد", ["rumored", "reported"], mode="troops",
          source=ONE_CLAN, location=FERIANA, date=SINCE_LAST_NIGHT,
          attribution=["أهالي فريانة على مواقع التواصل الاجتماعي"]),
        E(False, ["REJECT"], [13], "نفاه", ["asserted"], source=FERIANA_DELEGATE, date=TODAY),
        # ¶14: the UGTT's support for the Sbeitla farmers; its call optional
        E(True, ["SUPPORT"], [14], "مساندته", ["asserted"],
          source=UGTT_KASSERINE, recipient=SBEITLA_FARMERS_SUPPORTED, date=TODAY),
        E(False, ["REQUEST"], [14], "داعياً السلط", ["asserted"], source=UGTT_KASSERINE, date=TODAY),
        # ¶15: the joint committee's first meeting in Feriana on Wednesday (planned)
        E(True, ["CONSULT"], [15], "تعقد", ["planned"], mode="multilateral",
          source=JOINT_COMMITTEE, location=FERIANA_SEAT, date=D("2023-07-26")),
        # ¶16: the anniversary of the Mount Chaambi ambush of summer 2013 (optional, historical)
        E(False, ["ASSAULT"], [16], "لكمين جبل الشعانبي", ["historical"], mode="firearms",
          recipient=CHAAMBI_SOLDIERS, location=CHAAMBI,
          date=D("2013-07-29", "month", ("2013-07-01", "2013-07-31")),
          fatalities=8, acled=CLASH),
        # paragraph 17 (months of drinking-water cuts: generic) holds no event
    ],
)
