"""Gold of article 630: Sirwah, Raghwan, al-Jufaina, the Sahn al-Jinn camp and, for the background, al-Juba
(the Sirwah front, Yemen), a Saudi daily's website based in Riyadh, 2021-02-16 (Tue)."""
from actors_places import (
    ARMY_HQ_630,
    BATTLE_630,
    CAMPS_UNIT,
    COALITION_630,
    HOUTHI_LEADER,
    HOUTHI_NEGOTIATOR,
    HOUTHI_REINFORCEMENTS,
    HOUTHIS,
    HOUTHIS_AND_NOTABLES,
    INTL_COMMUNITY,
    IRAN_630,
    JUBA,
    JUBA_MARKET,
    JUFAINA,
    JUFAINA_CAMP,
    JUFAINA_IDPS,
    KASARA_FRONT,
    KSRELIEF,
    MUSCAT,
    NEW_YORK,
    RAGHWAN,
    SAHN_AL_JINN,
    SIRWAH,
    SIRWAH_CAMP_FAMILIES,
    SIRWAH_CAMPS,
    SIRWAH_IDPS,
    SIRWAH_RAGHWAN,
    SIRWAH_THREE_CAMPS,
    STAYING_FAMILIES,
    TRIBAL_SHEIKHS,
    TRIBES_630,
    TRIBES_THREATENED,
    UN_ENVOY,
    UNSC_630,
    YEMEN_GOV,
)
from common import AIR, CLASH, SHELL, D, E, paras_of

SLUG = "sirwah_2021_raghwan_kasara_jufaina_juba"
TODAY = D("2021-02-16")
YESTERDAY = D("2021-02-15")
LATELY = D("2021-02-16", "day", ("2021-02-15", "2021-02-16"))
LAST_NIGHT = D("2021-02-15", "day", ("2021-02-15", "2021-02-16"))
ARTICLE = dict(
    id="team126-630", slug=SLUG, published="2021-02-16",
    outlet="al-Khuzama, a Saudi daily's website based in Riyadh (fictional)",
    paras=paras_of(f"630_{SLUG}.txt"),
    events=[
        # the lead (no dateline: «… من مواقعها في مديرية صرواح …» in the first sentence): two explosive drones
        # launched at the Sahn al-Jinn camp, one shot down, no casualties (core ASSAULT, Air/drone strike; the
        # headline names it)
        E(True, ["ASSAULT"], [0, 1], "طائرتين مسيّرتين", ["asserted", "reported"], mode="aerial",
          source=HOUTHIS,
          recipient=ARMY_HQ_630, location=SAHN_AL_JINN, date=YESTERDAY, attribution=["مصدر عسكري"], acled=AIR,
          tpara=1),
        # paragraph 2 (Sirwah: a description) holds no event
        # the main event, in ¶3 after the drones of ¶1: eight days of battles on the Kasara, Mashjah and Hilan
        # fronts, six soldiers dead in the last day (one number); ¶7 «جثامين القتلى الستة» at the military
        # hospital; the headline names it. The Houthis throwing in thousands of men is optional
        E(True, ["ASSAULT"], [0, 3, 7], "معارك", ["asserted", "reported"], mode="firearms", source=BATTLE_630,
          location=SIRWAH, date=LAST_NIGHT, fatalities=6, attribution=["ضابط في المنطقة العسكرية الثالثة"],
          acled=CLASH, tpara=3),
        E(False, ["MOBILIZE"], [3], "دفعت", ["asserted"], mode="troops", source=HOUTHIS, location=SIRWAH,
          date=None),
        # ¶4: a ballistic missile on the edge of the al-Jufaina camp kills a girl and a woman (core ASSAULT,
        # Shelling/artillery/missile attack)
        E(True, ["ASSAULT"], [4], "صاروخ باليستي", ["asserted", "reported"], mode="heavy-weapons",
          source=HOUTHIS, recipient=JUFAINA_IDPS, location=JUFAINA_CAMP, date=TODAY, fatalities=2,
          attribution=["الوحدة التنفيذية لإدارة مخيمات النازحين"], acled=SHELL),
        # ¶5: an attack on Raghwan from al-Jawf repelled after a night of fighting (core ASSAULT, Armed
        # clash); the attackers falling back is optional
        E(True, ["ASSAULT"], [5], "هجوماً", ["asserted", "reported"], mode="firearms", source=BATTLE_630,
          location=RAGHWAN, date=LAST_NIGHT, attribution=["مصادر قبلية"], acled=CLASH),
        E(False, ["RETREAT"], [5], "يتراجع", ["asserted", "reported"], mode="withdraw", source=HOUTHIS,
          location=RAGHWAN, date=TODAY),
        # ¶6: coalition air strikes on reinforcements heading for the Kasara front (core ASSAULT, Air strike)
        E(True, ["ASSAULT"], [6], "غارة", ["asserted", "reported"], mode="aerial", source=COALITION_630,
          recipient=HOUTHI_REINFORCEMENTS, location=KASARA_FRONT, date=LATELY,
          attribution=["المتحدث باسم التحالف"], acled=AIR),
        # ¶7, the bodies at the military hospital, is a paragraph of the main event background in «وكانت …
        # قد», at another place: the missile on a market in al-Juba on 17 January (core, historical,
        # Shelling/artillery/missile attack)
        E(True, ["ASSAULT"], [8], "قصفت", ["historical", "asserted"], mode="heavy-weapons", source=HOUTHIS,
          recipient=JUBA_MARKET, location=JUBA, date=D("2021-01-17"), acled=SHELL),
        # ¶9: the Murad, Abidah and Jadaan tribes send hundreds of armed men (core MOBILIZE); their sheikhs'
        # call is optional
        E(True, ["MOBILIZE"], [9], "ودفعت", ["asserted"], mode="troops", source=TRIBES_630,
          location=SIRWAH_RAGHWAN, date=D("2021-02-15", "day", ("2021-02-14", "2021-02-16"))),
        E(False, ["REQUEST"], [9], "لدعوة", ["asserted"], source=TRIBAL_SHEIKHS, date=None),
        # ¶10: a Houthi commander's threat «ما لم» the tribes leave the coalition's side (core THREATEN)
        E(True, ["THREATEN"], [10], "وتوعد", ["asserted"], mode="violence", source=HOUTHI_LEADER,
          recipient=TRIBES_THREATENED, date=YESTERDAY),
        # ¶11: KSrelief's food baskets and shelter kits for the families who fled the Sirwah camps (core AID);
        # their flight is optional
        E(True, ["AID"], [11], "ووزع", ["asserted"], mode="humanitarian", source=KSRELIEF,
          recipient=SIRWAH_IDPS, location=JUFAINA, date=YESTERDAY, attribution=["منسق المركز في المحافظة"]),
        E(False, ["RETREAT"], [11], "نزحت", ["asserted"], source=SIRWAH_IDPS, location=SIRWAH_CAMPS,
          date=None),
        # ¶12: the meeting planned yesterday in Muscat did not take place (core CONSULT, negated); the envoy's
        # renewed call is optional
        E(True, ["CONSULT"], [12], "اللقاء", ["negated"], mode="third-party", source=UN_ENVOY,
          recipient=HOUTHI_NEGOTIATOR, location=MUSCAT, date=YESTERDAY,
          attribution=["مصدر دبلوماسي في العاصمة العمانية"]),
        E(False, ["REQUEST"], [12], "دعوته", ["asserted"], source=UN_ENVOY, recipient=HOUTHIS,
          date=YESTERDAY),
        # paragraph 13 (a displaced mother's words) holds no event ¶14: «تفاهمات» between the Houthis and
        # notables of Raghwan, told by tribal sources and denied (core AGREE, rumored)
        E(True, ["AGREE"], [14], "تفاهمات", ["rumored"], source=HOUTHIS_AND_NOTABLES, location=RAGHWAN,
          date=None, attribution=["مصادر قبلية"]),
        # ¶15: the government accuses Iran (core ACCUSE); its demand on the international community is
        # optional
        E(True, ["ACCUSE"], [15], "واتهمت", ["asserted"], source=YEMEN_GOV, recipient=IRAN_630, date=TODAY),
        E(False, ["REQUEST"], [15], "وطالبت", ["asserted"], source=YEMEN_GOV, recipient=INTL_COMMUNITY,
          date=TODAY),
        # ¶16: the Security Council to meet behind closed doors next Thursday (core CONSULT, planned)
        E(True, ["CONSULT"], [16], "يعقد", ["planned"], mode="multilateral", source=UNSC_630,
          location=NEW_YORK, date=D("2021-02-18"), attribution=["دبلوماسيون في نيويورك"]),
        # ¶17: the camps unit empties three camps in Sirwah during the past week (core RETREAT); the families
        # who refused to leave a fourth camp are optional (REJECT)
        E(True, ["RETREAT"], [17], "وأخلت", ["asserted"], mode="withdraw", source=CAMPS_UNIT,
          recipient=SIRWAH_CAMP_FAMILIES, location=SIRWAH_THREE_CAMPS,
          date=D("2021-02-10", "week", ("2021-02-08", "2021-02-14"))),
        E(False, ["REJECT"], [17], "رفضت", ["asserted"], source=STAYING_FAMILIES, date=None),
    ],
)
