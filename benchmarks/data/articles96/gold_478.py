"""Gold of article 478: al-Riyadh, al-Abbasi, Hawija and Daquq (Kirkuk), an Erbil-based Kurdish news
website in Arabic, 2017-10-09 (Mon)."""
from actors_places import (
    ABBASI_CLASH,
    AL_ABBASI,
    AL_RIYADH,
    ASAYISH,
    BAGHDAD_DELEGATION,
    DAQUQ,
    HAMRIN,
    HAWIJA,
    HAWIJA_DISPLACED,
    HAWIJA_SHEIKHS,
    HAWIJA_YOUNG_MEN,
    IQ_FED_GOV,
    IRAQI_FORCES_GEN,
    ISIS,
    ISIS_LEADERS,
    KIRKUK,
    KIRKUK_COUNCIL,
    KIRKUK_OPS,
    LAYLAN,
    MAKTAB_KHALID,
    NOC_WORKERS,
    PESHMERGA,
    PESHMERGA_MIN,
    PMF,
    PMF_LEADERS,
    ROGUE_FACTIONS,
    TRIBAL_MOB,
    UNHCR,
)
from common import ARREST, CLASH, MINE, D, E, paras_of

SLUG = "kirkuk_2017_hawija_riyadh_abbasi_daquq"
TODAY = D("2017-10-09")
YESTERDAY = D("2017-10-08")
LAST_NIGHT = D("2017-10-08", "day", ("2017-10-08", "2017-10-09"))
TWO_DAYS = D("2017-10-08", "day", ("2017-10-07", "2017-10-09"))
ARTICLE = dict(
    id="team96-478", slug=SLUG, published="2017-10-09",
    outlet="Manarat Arbil, an Erbil-based Kurdish news website in Arabic (fictional)",
    paras=paras_of(f"478_{SLUG}.txt"),
    events=[
        # the main event, first in the lead (no dateline; «ناحية الرياض» in the first sentence): an ISIS
        # attack on a tribal mobilization checkpoint last night; the ISIS statement 2 («قتلى وجرحى», no
        # number), the funeral 17; the headline 0 → 4. The recapture of Hawija four days earlier, in a clause,
        # is optional
        E(True, ["ASSAULT"], [0, 1, 2, 17], "بهجوم شنّه", ["asserted"], mode="firearms",
          source=ISIS, recipient=TRIBAL_MOB, location=AL_RIYADH, date=LAST_NIGHT, fatalities=4,
          attribution=["مصدر أمني في الناحية"], acled=CLASH, tpara=1),
        E(False, ["ASSAULT"], [1], "استعادة القضاء", ["historical"], mode="firearms",
          source=IRAQI_FORCES_GEN, location=HAWIJA, date=D("2017-10-05")),
        # ¶3: villages «cleared» after clashes over two days, told by the War Media Cell (reported; 9 killed)
        E(True, ["ASSAULT"], [3], "اشتباكات", ["reported", "asserted"], mode="firearms",
          source=ABBASI_CLASH, location=AL_ABBASI, date=TWO_DAYS, fatalities=9,
          attribution=["خلية الإعلام الحربي"], acled=CLASH),
        # ¶4: young displaced men held at a checkpoint for screening (COERCE)
        E(True, ["COERCE"], [4], "واحتجزت", ["asserted", "reported"], mode="arrest",
          source=ASAYISH, recipient=HAWIJA_YOUNG_MEN, location=MAKTAB_KHALID, date=TWO_DAYS,
          attribution=["مسؤول في الحاجز"], acled=ARREST),
        # ¶5 (verb–subject–object, with the headline 0): PMF reinforcements near Daquq; the purpose told by
        # Kurdish sources («تهدف إلى») is no event
        E(True, ["MOBILIZE"], [0, 5], "ودفعت", ["asserted"], mode="troops",
          source=PMF, location=DAQUQ, date=LAST_NIGHT, tpara=5),
        # ¶6: the Peshmerga ministry's conditional warning (THREATEN); the response it threatens is optional
        E(True, ["THREATEN"], [6], "وحذّرت", ["asserted"], mode="violence",
          source=PESHMERGA_MIN, recipient=PMF, location=DAQUQ, date=TODAY),
        E(False, ["ASSAULT"], [6], "سترد", ["hypothetical"], mode="firearms",
          source=PESHMERGA, recipient=PMF, location=DAQUQ, date=None),
        # paragraph 7 (the disputed areas: a description) holds no event
        # ¶8: the Peshmerga did not withdraw (core, negated); the PMF's demand, in a «رغم» clause, is optional
        E(True, ["RETREAT"], [8], "تنسحب", ["negated"], mode="withdraw",
          source=PESHMERGA, location=DAQUQ, date=TODAY, attribution=["ضابط كردي في المنطقة"]),
        E(False, ["REQUEST"], [8], "مطالبة", ["asserted"],
          source=PMF_LEADERS, recipient=PESHMERGA, date=None),
        # ¶9: ISIS commanders said to have fled toward the Hamrin mountains before the forces entered
        # (rumoured)
        E(True, ["RETREAT"], [9], "فرار", ["rumored", "reported"], mode="withdraw",
          source=ISIS_LEADERS, location=HAMRIN, date=D("2017-10-04", "week", ("2017-10-01", "2017-10-05")),
          attribution=["مصادر محلية في الحويجة"]),
        # ¶10: a security delegation from Baghdad due on Wednesday (planned CONSULT)
        E(True, ["CONSULT"], [10], "يصل", ["planned"], mode="visit",
          source=BAGHDAD_DELEGATION, recipient=KIRKUK_COUNCIL, location=KIRKUK, date=D("2017-10-11"),
          attribution=["عضو في المجلس"]),
        # ¶11 (verb–subject–object): tents for the displaced yesterday (AID)
        E(True, ["AID"], [11], "ووزّعت", ["asserted"], mode="humanitarian",
          source=UNHCR, recipient=HAWIJA_DISPLACED, location=LAYLAN, date=YESTERDAY),
        # background at another place, in «وكان … قد»: an IED on oil workers near Daquq on 18 September (2);
        # «ولم تتبنَّ أي جهة التفجير» negates nothing
        E(True, ["ASSAULT"], [12], "انفجرت", ["historical", "asserted"], mode="explosives",
          recipient=NOC_WORKERS, location=DAQUQ, date=D("2017-09-18"), fatalities=2, acled=MINE),
        # ¶13, one sentence, two events: the sheikhs' demand and their accusation; the house burning they
        # allege is optional (reported, undated)
        E(True, ["REQUEST"], [13], "وطالب", ["asserted"],
          source=HAWIJA_SHEIKHS, recipient=IQ_FED_GOV, date=TODAY),
        E(True, ["ACCUSE"], [13], "واتهموا", ["asserted"],
          source=HAWIJA_SHEIKHS, recipient=ROGUE_FACTIONS, date=TODAY),
        E(False, ["ASSAULT"], [13], "بإحراق منازل", ["reported"], mode="destroy",
          source=ROGUE_FACTIONS, location=AL_ABBASI, date=None),
        # paragraph 14 (the escape routes over three years: generic) holds no event
        # ¶15: an IED near Daquq's market «من دون أن تسفر عن إصابات» (asserted)
        E(True, ["ASSAULT"], [15], "وانفجرت عبوة ناسفة", ["asserted"], mode="explosives",
          location=DAQUQ, date=TODAY, acled=MINE),
        # ¶16: the Hawija–Kirkuk road reopened (RETREAT, access); the return it foresees («على أن») is
        # optional
        E(True, ["RETREAT"], [16], "فتح الطريق", ["asserted", "reported"], mode="access",
          source=KIRKUK_OPS, location=HAWIJA, date=TODAY, attribution=["واع"]),
        E(False, ["RETREAT"], [16], "بالعودة", ["planned"], mode="return",
          source=KIRKUK_OPS, location=HAWIJA, date=None),
        # ¶17, the funeral, is a paragraph of the main event
    ],
)
