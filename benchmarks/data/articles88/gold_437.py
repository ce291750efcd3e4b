"""Gold of article 437: al-Busayra, Dhiban, al-Sur and Hajin (the eastern Deir ez-Zor countryside), a pan-Arab
London-based daily newspaper's website, 2023-11-19 (Sun)."""
from actors_places import (
    AL_SUR,
    BOTH_SIDES_437,
    BUSAYRA,
    BUSAYRA_DHIBAN,
    BUSAYRA_RESIDENTS,
    BUSAYRA_SHEIKHS,
    COALITION_SDF,
    DEIR_MILITARY_COUNCIL,
    ELDERS_COMMITTEE,
    HAJIN,
    HAJIN_GUNMEN,
    HAJIN_MUKHTAR,
    SDF,
    SDF_MEDIA_OFFICIAL,
    SDF_MEMBERS,
    SDF_TRIBES,
    SNIPER_VICTIM,
    TRIBAL_FIGHTERS,
    TRIBAL_SPOKESMAN,
    TRUCE_PARTIES,
    VICTIM_RELATIVES,
)
from common import AGREEMENT, ATTACK, CLASH, SHELL, D, E, paras_of

SLUG = "deir_ez_zor_2023_busayra_truce_sniper_hajin"
TODAY = D("2023-11-19")
ARTICLE = dict(
    id="team88-437", slug=SLUG, published="2023-11-19",
    outlet="al-Jisr al-Arabi, a pan-Arab London-based daily newspaper's website (fictional)",
    paras=paras_of(f"437_{SLUG}.txt"),
    events=[
        # ¶1 (dateline): mortar shells on al-Busayra at dawn, said by residents to come from SDF positions
        # (the shelling resumed); the tribal spokesman's blame in ¶6 names it again; the headline 0
        E(True, ["ASSAULT"], [0, 1, 6], "قذائف هاون", ["asserted", "reported"], mode="heavy-weapons",
          source=SDF, recipient=BUSAYRA_RESIDENTS, location=BUSAYRA, date=TODAY,
          attribution=["سكان ومصادر محلية"], acled=SHELL, tpara=1),
        # the main event, in ¶2 after the shelling: a young man killed by a sniper «مساء أمس السبت» (one
        # toll); the relative's account 3 (the shot fired from an SDF post: a claim), the two sides'
        # accusations 6, the demand to hand over the sniper 8 and the ultimatum 12; the headline 0. Which
        # side fired is disputed: no source
        E(True, ["ASSAULT"], [0, 2, 3, 6, 8, 12], "برصاص قناص", ["asserted"], mode="firearms",
          recipient=SNIPER_VICTIM, location=BUSAYRA, date=D("2023-11-18"), fatalities=1,
          attribution=["أحد أقارب القتيل"], acled=ATTACK, tpara=2),
        # ¶4, in «وكان … قد» (told first in ¶1's relative clause): the truce reached through the elders on
        # 9 November; the three days of fighting before it optional, historical
        E(True, ["AGREE"], [1, 4], "اتفاق", ["historical", "asserted"],
          source=TRUCE_PARTIES, location=BUSAYRA_DHIBAN, date=D("2023-11-09"), acled=AGREEMENT, tpara=4),
        E(False, ["ASSAULT"], [4], "الاشتباكات", ["historical"], mode="firearms",
          source=SDF_TRIBES, location=BUSAYRA_DHIBAN,
          date=D("2023-11-07", "week", ("2023-11-06", "2023-11-09")), acled=CLASH),
        # ¶5: the SDF did not pull out of the bank and two schools (core RETREAT, negated); the tribal
        # fighters keeping their posts optional
        E(True, ["RETREAT"], [5], "تنسحب", ["negated"], mode="withdraw",
          source=SDF, location=BUSAYRA, date=None, attribution=["عضو في لجنة الوجهاء"]),
        E(False, ["RETREAT"], [5], "أبقى", ["negated"], mode="withdraw",
          source=TRIBAL_FIGHTERS, location=BUSAYRA, date=None),
        # ¶6: violations traded: the Deir ez-Zor Military Council accuses «groups linked to the regime»,
        # the tribal spokesman blames the SDF; «more than twenty» shootings are an aggregate (optional,
        # generic)
        E(True, ["ACCUSE"], [6], "اتهم", ["asserted"],
          source=DEIR_MILITARY_COUNCIL, recipient=TRIBAL_FIGHTERS, date=TODAY),
        E(True, ["ACCUSE"], [6], "حمّل", ["asserted"],
          source=TRIBAL_SPOKESMAN, recipient=SDF, date=TODAY),
        E(False, ["ASSAULT"], [6], "بإطلاق النار", ["generic", "reported"], mode="firearms",
          source=TRIBAL_FIGHTERS, location=BUSAYRA, date=None),
        # ¶7: the elders' committee sends twelve monitors to the contact lines (COOPERATE, MOBILIZE
        # accepted); the committee's meeting two hours earlier optional
        E(True, ["COOPERATE", "MOBILIZE"], [7], "وأرسلت", ["asserted"],
          source=ELDERS_COMMITTEE, location=BUSAYRA, date=TODAY),
        E(False, ["CONSULT"], [7], "اجتماع", ["asserted"],
          source=ELDERS_COMMITTEE, location=BUSAYRA, date=TODAY),
        # ¶8: the sheikhs' call on both sides to restore the truce (headline 0); handing over the sniper
        # is its content
        E(True, ["REQUEST"], [0, 8], "ودعا", ["asserted"],
          source=BUSAYRA_SHEIKHS, recipient=BOTH_SIDES_437, location=BUSAYRA, date=TODAY, tpara=8),
        # ¶9, two events joined with «و» and a second verb: SDF reinforcements and a curfew on the town
        E(True, ["MOBILIZE"], [9], "بتعزيزات", ["asserted"], mode="troops",
          source=SDF, location=BUSAYRA, date=TODAY),
        E(True, ["COERCE"], [9], "حظر تجول", ["asserted"], mode="curfew",
          source=SDF, location=BUSAYRA, date=TODAY, attribution=["المكتب الإعلامي لمجلس دير الزور العسكري"]),
        # ¶10: a joint patrol of the coalition and the SDF between al-Busayra and Dhiban (COOPERATE)
        E(True, ["COOPERATE"], [10], "دورية مشتركة", ["asserted", "reported"],
          source=COALITION_SDF, location=BUSAYRA_DHIBAN, date=TODAY, attribution=["شهود من البلدة"]),
        # ¶11: arrests of the victim's relatives told by local pages and denied by the SDF (rumoured); the
        # denial optional
        E(True, ["COERCE"], [11], "اعتقال", ["rumored", "reported"], mode="arrest",
          source=SDF_MEMBERS, recipient=VICTIM_RELATIVES, location=BUSAYRA,
          date=D("2023-11-18", "day", ("2023-11-18", "2023-11-19")), attribution=["صفحات محلية"]),
        E(False, ["REJECT"], [11], "نفى", ["asserted"], source=SDF_MEDIA_OFFICIAL, date=TODAY),
        # ¶12: a 48-hour ultimatum with a threat (THREATEN); the threatened retaliation optional,
        # hypothetical
        E(True, ["THREATEN"], [12], "وأمهل", ["asserted"], mode="violence",
          source=TRIBAL_SPOKESMAN, recipient=SDF, date=TODAY),
        E(False, ["ASSAULT"], [12], "الرد في كل مكان", ["hypothetical"], mode="firearms",
          source=TRIBAL_FIGHTERS, recipient=SDF, date=None),
        # ¶13: the elders' meeting with the Military Council in al-Sur tomorrow (planned)
        E(True, ["CONSULT"], [13], "يلتقي", ["planned"], mode="third-party",
          source=ELDERS_COMMITTEE, recipient=DEIR_MILITARY_COUNCIL, location=AL_SUR, date=D("2023-11-20")),
        # paragraphs 14 (schools closed for lack of pupils), 15 (al-Busayra: description) and 17 (truces
        # in general: analysis) hold no event
        # background at another place, in «وكان … قد»: a mukhtar assassinated near Hajin on 31 October
        E(True, ["ASSAULT"], [16], "اغتالوا", ["historical", "asserted"], mode="assassinate",
          source=HAJIN_GUNMEN, recipient=HAJIN_MUKHTAR, location=HAJIN, date=D("2023-10-31"), fatalities=1,
          acled=ATTACK),
    ],
)
