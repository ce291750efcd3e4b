"""Gold of article 512: an SDF raid with arrests in al-Shuhail, a booby-trapped motorcycle blowing up by a
gathering of oil tankers in Dhiban (main event, told in ¶2 after the raid; the Observatory's four against the
correspondent's six → 4), a driver's account and the two sides' versions, SDF reinforcements and a protest,
the tribal notables' accusation and demand, the civil council's meeting and agreement with them, two
detainees released and four not, an official's rejection, ISIS leaflets threatening the tanker owners, a
mukhtar's assassination rumoured and denied, the burial, a protest due on Friday, the year's toll, and a
council member assassinated in al-Busayrah on 22 May 2019 (Deir ez-Zor governorate, Syria), a Deir ez-Zor
citizen-journalist network's website, 2019-06-12 (Wed). No dateline: the lead names al-Shuhail in its first
sentence."""
from actors_places import (
    BUSAYRAH,
    BUSAYRAH_MEMBER,
    COALITION,
    DEZ_GOV,
    DEZ_MC,
    DEZ_MEETING,
    DHIBAN,
    DHIBAN_SHUHAIL,
    DZ_ACTIVISTS,
    DZ_ENDORSERS,
    FOUR_DETAINEES,
    ISIS_SY,
    MASKED_GUNMEN,
    RAID_PARTIES,
    SDF,
    SDF_MEDIA,
    SHUHAIL,
    SHUHAIL_FAMILIES,
    SHUHAIL_PROTESTERS,
    SHUHAIL_YOUTHS,
    TANKER_OWNERS,
    TANKER_VICTIMS,
    TAYYANA,
    TAYYANA_MUKHTAR,
    TRIBAL_NOTABLES,
    TWO_RELEASED,
    UNKNOWN_GUNMEN,
)
from common import ARREST, ATTACK, MINE, PEACEFUL, D, E, paras_of

SLUG = "deir_ezzor_2019_dhiban_shuhail"
YESTERDAY = D("2019-06-11")
TODAY = D("2019-06-12")
# a statement or an act of the day whose hour the text does not give: today, or the evening before
TODAY_OR_EVE = D("2019-06-12", "day", ("2019-06-11", "2019-06-12"))
ARTICLE = dict(
    id="team103-512", slug=SLUG, published="2019-06-12",
    outlet="Ayn al-Sharqiya, a Deir ez-Zor citizen-journalist network's website (fictional)",
    paras=paras_of(f"512_{SLUG}.txt"),
    events=[
        # ¶1 (no dateline; al-Shuhail in the first sentence): the SDF raid houses and arrest six young men
        # (one COERCE; the headline names it). The coalition helicopters' support and the phones taken are
        # optional
        E(True, ["COERCE"], [0, 1], "داهمت", ["asserted"], mode="arrest",
          source=SDF, recipient=SHUHAIL_YOUTHS, location=SHUHAIL, date=YESTERDAY,
          attribution=["مراسل «عين الشرقية»"], acled=ARREST, tpara=1),
        E(False, ["COOPERATE"], [1], "بمساندة", ["asserted"],
          source=RAID_PARTIES, recipient=RAID_PARTIES, location=SHUHAIL, date=YESTERDAY),
        E(False, ["COERCE"], [1], "صادروا", ["asserted"], mode="confiscate",
          source=SDF, recipient=SHUHAIL_FAMILIES, location=SHUHAIL, date=YESTERDAY),
        # MAIN EVENT, told in ¶2 after the raid (verb first, the hour told after the act in a clause of its
        # own): a booby-trapped motorcycle by the tankers in Dhiban, blamed on ISIS by the SDF and claimed by
        # it (¶4); a driver ¶3, the two sides' versions ¶4 and the burial ¶13 retell it. Conflicting tolls:
        # the Observatory's four, the correspondent's six → 4
        E(True, ["ASSAULT"], [0, 2, 3, 4, 13], "انفجرت دراجة نارية مفخخة", ["asserted"], mode="explosives",
          source=ISIS_SY, recipient=TANKER_VICTIMS, location=DHIBAN, date=YESTERDAY, fatalities=4,
          attribution=["المرصد السوري لحقوق الإنسان", "مراسل «عين الشرقية»", "سائق صهريج",
                       "المركز الإعلامي لقوات سوريا الديمقراطية"],
          acled=MINE, tpara=2),
        # ¶4: the SDF's blame and the cordon round the place belong to the retelling; kept optional
        E(False, ["ACCUSE"], [4], "نسب", ["asserted"],
          source=SDF_MEDIA, recipient=ISIS_SY, date=TODAY_OR_EVE),
        E(False, ["COERCE"], [4], "طوّقوا", ["asserted"], mode="restrict",
          source=DEZ_MC, location=DHIBAN, date=YESTERDAY),
        # ¶5: reinforcements (MOBILIZE) and a protest (PROTEST) in one sentence; the protesters' demand
        # optional
        E(True, ["MOBILIZE"], [5], "ودفعت", ["asserted"], mode="troops",
          source=SDF, location=DHIBAN_SHUHAIL, date=TODAY),
        E(True, ["PROTEST"], [5], "تظاهر", ["asserted"], mode="demo",
          source=SHUHAIL_PROTESTERS, location=SHUHAIL, date=TODAY, acled=PEACEFUL),
        E(False, ["REQUEST"], [5], "مطالبين", ["asserted"],
          source=SHUHAIL_PROTESTERS, recipient=SDF, date=TODAY),
        # ¶6: the notables accuse the SDF and ask the coalition (the battles against ISIS recalled in general
        # are no event)
        E(True, ["ACCUSE"], [6], "واتهم", ["asserted"],
          source=TRIBAL_NOTABLES, recipient=SDF, date=TODAY,
          attribution=["بيان تلاه أحدهم أمام المتظاهرين"]),
        E(True, ["REQUEST"], [6], "وطالبوا", ["asserted"],
          source=TRIBAL_NOTABLES, recipient=COALITION, date=TODAY),
        # ¶7: the co-chair meets the notables (CONSULT) and the meeting ends in an agreement (AGREE)
        E(True, ["CONSULT"], [7], "واجتمع", ["asserted"],
          source=DEZ_MEETING, recipient=DEZ_MEETING, location=SHUHAIL, date=TODAY,
          attribution=["عضو في الوفد"]),
        E(True, ["AGREE"], [7], "باتفاق", ["asserted"],
          source=DEZ_MEETING, recipient=DEZ_MEETING, location=SHUHAIL, date=TODAY),
        # ¶8 (short): two detainees released (RETREAT)
        E(True, ["RETREAT"], [8], "وأفرجت", ["asserted"], mode="release",
          source=SDF, recipient=TWO_RELEASED, location=SHUHAIL, date=TODAY),
        # ¶9 (the oil economy described) holds no event. ¶10: ISIS leaflets threaten the tanker owners; the
        # burning is conditional (optional, hypothetical). The leaflets came at night: the two days
        E(True, ["THREATEN"], [10], "يتوعد", ["asserted"], mode="violence",
          source=ISIS_SY, recipient=TANKER_OWNERS, location=DHIBAN,
          date=D("2019-06-11", "day", ("2019-06-11", "2019-06-12")),
          attribution=["منشورات ممهورة بتوقيع تنظيم «داعش»"]),
        E(False, ["ASSAULT"], [10], "بإحراق", ["hypothetical"], mode="destroy",
          source=ISIS_SY, recipient=TANKER_OWNERS, date=None),
        # ¶11: a mukhtar's assassination told on WhatsApp groups and denied by a relative (rumoured)
        E(True, ["ASSAULT"], [11], "اغتيال", ["rumored", "negated"], mode="assassinate",
          source=MASKED_GUNMEN, recipient=TAYYANA_MUKHTAR, location=TAYYANA, date=None,
          attribution=["مجموعات «واتساب» محلية"]),
        # ¶12: the four other detainees not released (negated RETREAT) and the official's rejection of the
        # notables' demand (REJECT)
        E(True, ["RETREAT"], [12], "تُفرج", ["negated"], mode="release",
          source=SDF, recipient=FOUR_DETAINEES, date=TODAY),
        E(True, ["REJECT"], [12], "رفض", ["asserted"],
          source=DEZ_MC, recipient=TRIBAL_NOTABLES, date=TODAY_OR_EVE),
        # ¶13: the burial belongs to the main event. ¶14: a protest called for Friday (planned PROTEST); the
        # call and the notables' backing optional
        E(True, ["PROTEST"], [14], "مظاهرة", ["planned"], mode="demo",
          source=DZ_ACTIVISTS, location=DHIBAN_SHUHAIL, date=D("2019-06-14"),
          attribution=["منشور وزّعوه على مواقع التواصل"]),
        E(False, ["REQUEST"], [14], "ودعا", ["asserted"],
          source=DZ_ACTIVISTS, date=TODAY_OR_EVE),
        E(False, ["SUPPORT"], [14], "أيّدها", ["asserted"],
          source=DZ_ENDORSERS, recipient=DZ_ACTIVISTS, date=TODAY_OR_EVE),
        # ¶15 (the night-time fear) holds no event. ¶16: the year's toll of assassinations and bombings, an
        # aggregate (optional, generic)
        E(False, ["ASSAULT"], [16], "عمليات اغتيال وتفجير", ["generic"], location=DEZ_GOV, date=None),
        # ¶17, «وكان … قد» at another place: a council member assassinated in al-Busayrah on 22 May (core,
        # historical; 1 killed)
        E(True, ["ASSAULT"], [17], "اغتالوا", ["historical", "asserted"], mode="assassinate",
          source=UNKNOWN_GUNMEN, recipient=BUSAYRAH_MEMBER, location=BUSAYRAH, date=D("2019-05-22"),
          fatalities=1, acled=ATTACK),
    ],
)
