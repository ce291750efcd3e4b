"""Gold of article 406: Hajin, Thiban, al-Shuhayl and al-Omar field (the eastern Deir ez-Zor countryside), a
Syrian opposition local news network, 2022-10-04 (Tue)."""
from actors_places import (
    ASAYISH,
    CIVIL_COUNCIL_OFFICIAL,
    DEZ_MC,
    DEZ_MC_COMMANDER,
    DEZ_MC_SOURCE,
    ELEVEN_DETAINEES,
    HAJIN,
    HAJIN_CELLS,
    HAJIN_CHECKPOINT,
    HAJIN_FAMILY,
    HAJIN_GUNMEN,
    HAJIN_MOURNERS,
    HAJIN_NOTABLES,
    HAJIN_OFFICIAL,
    HAJIN_RESIDENTS,
    HAJIN_WEST,
    HAJIN_YOUTHS,
    ISIS,
    OMAR_FIELD,
    REGIME_IRAN_CELLS,
    SDF,
    SDF_COALITION,
    SDF_LEADERSHIP,
    SDF_PATROL,
    SHUHAYL,
    SHUHAYL_NOTABLE,
    THIBAN,
    THIBAN_DETAINEES,
    THIBAN_SHUHAYL_ROAD,
    TRIBAL_FORCES,
)
from common import ARREST, ATTACK, MINE, PEACEFUL, D, E, paras_of

SLUG = "deir_ez_zor_2022_hajin_thiban_shuhayl_asharah"
TODAY = D("2022-10-04")
ARTICLE = dict(
    id="team82-406", slug=SLUG, published="2022-10-04",
    outlet="Sawt al-Diffatayn Syrian opposition local news network of Deir ez-Zor (fictional)",
    paras=paras_of(f"406_{SLUG}.txt"),
    events=[
        # ¶1: the car bomb at the SDF checkpoint «صباح اليوم» (headline 0; ISIS's claim 4 and the
        # correspondent's details 5 belong to it): wounded only, no toll; ISIS is the source by its own claim
        E(True, ["ASSAULT"], [0, 1, 4, 5], "سيارة مفخخة", ["asserted"], mode="explosives",
          source=ISIS, recipient=HAJIN_CHECKPOINT, location=HAJIN_WEST, date=TODAY,
          attribution=["مراسل «صوت الضفتين»", "معرّفات تابعة لتنظيم «داعش»"], acled=MINE, tpara=1),
        # the main event, in ¶2 after the car bomb, in a relative clause: the council member shot dead «مساء
        # أمس الاثنين» (headline 0, the nephew 3, «لم تعلن أي جهة» 4, the blame 6, the funeral 7, «ليلة
        # الاغتيال» 9); the Asayish's one against a relative's two (the nephew) → 1
        E(True, ["ASSAULT"], [0, 2, 3, 4, 6, 7, 9], "اغتيال", ["asserted"], mode="assassinate",
          source=HAJIN_GUNMEN, recipient=HAJIN_OFFICIAL, location=HAJIN, date=D("2022-10-03"), fatalities=1,
          attribution=["قوى الأمن الداخلي «الأسايش»", "أحد أقارب العائلة"], acled=ATTACK, tpara=2),
        # ¶3: the handwritten threat two weeks ago (optional, historical)
        E(False, ["THREATEN"], [3], "رسالة تهديد", ["historical", "asserted"], mode="violence",
          recipient=HAJIN_FAMILY, date=D("2022-09-20", "week", ("2022-09-17", "2022-09-23"))),
        # ¶6: the SDF's military council blames regime and Iranian cells; the Tribal Forces deny (REJECT)
        E(True, ["ACCUSE"], [6], "وحمّل", ["asserted"],
          source=DEZ_MC, recipient=REGIME_IRAN_CELLS, date=TODAY),
        E(True, ["REJECT"], [6], "نفت", ["asserted"], source=TRIBAL_FORCES, recipient=DEZ_MC, date=TODAY),
        # ¶7: the funeral turned into a demonstration (PROTEST) and the mourners' demand to the SDF
        E(True, ["PROTEST"], [7], "تظاهرة", ["asserted"], mode="demo",
          source=HAJIN_MOURNERS, recipient=SDF, location=HAJIN, date=TODAY, acled=PEACEFUL),
        E(True, ["REQUEST"], [7], "وطالبوا", ["asserted"],
          source=HAJIN_MOURNERS, recipient=SDF, location=HAJIN, date=TODAY),
        # ¶8: a curfew and the river crossings closed, joined with «و» and a second verb; the vehicles seen
        # deploying are optional
        E(True, ["COERCE"], [8], "حظراً للتجوال", ["asserted"], mode="curfew",
          source=SDF, location=HAJIN, date=TODAY),
        E(True, ["COERCE"], [8], "وأغلقت المعابر النهرية", ["asserted"], mode="restrict",
          source=SDF, location=HAJIN, date=TODAY),
        E(False, ["MOBILIZE"], [8], "تنتشر", ["asserted"], mode="troops", location=HAJIN, date=TODAY),
        # ¶9: the airborne raid on Thiban with the coalition (three arrested; ¶17 refers back to it) and the
        # Asayish's house raids in Hajin (eight taken); the coalition's part is an optional COOPERATE
        E(True, ["COERCE"], [9, 17], "اعتُقل", ["asserted"], mode="arrest",
          source=SDF_COALITION, recipient=THIBAN_DETAINEES, location=THIBAN, date=TODAY, acled=ARREST,
          tpara=9),
        E(False, ["COOPERATE"], [9], "بمشاركة مروحيات", ["asserted"],
          source=SDF_COALITION, location=THIBAN, date=TODAY),
        E(True, ["COERCE"], [9], "داهم", ["asserted"], mode="arrest",
          source=ASAYISH, recipient=HAJIN_YOUTHS, location=HAJIN,
          date=D("2022-10-04", "day", ("2022-10-03", "2022-10-04")), acled=ARREST),
        # paragraph 10 (Hajin and its river crossings: description) holds no event
        # ¶11: the military council's commander threatens those who shelter the cells; his call optional
        E(True, ["THREATEN"], [11], "وتوعّد", ["asserted"], mode="arrest",
          source=DEZ_MC_COMMANDER, recipient=HAJIN_CELLS, date=TODAY),
        E(False, ["REQUEST"], [11], "ودعا الأهالي", ["asserted"],
          source=DEZ_MC_COMMANDER, recipient=HAJIN_RESIDENTS, date=TODAY),
        # ¶12: a notable's arrest in al-Shuhayl, rumoured and denied (the denial optional)
        E(True, ["COERCE"], [12], "اعتقال", ["rumored", "reported"], mode="arrest",
          source=SDF, recipient=SHUHAYL_NOTABLE, location=SHUHAYL,
          date=D("2022-10-04", "day", ("2022-10-03", "2022-10-04")),
          attribution=["حسابات محلية على مواقع التواصل"]),
        E(False, ["REJECT"], [12], "نفى ذلك", ["asserted"], source=DEZ_MC_SOURCE, date=TODAY),
        # ¶13: the notables' meeting with the SDF leadership at al-Omar field on Thursday (planned)
        E(True, ["CONSULT"], [13], "يجتمع", ["planned"], mode="visit",
          source=HAJIN_NOTABLES, recipient=SDF_LEADERSHIP, location=OMAR_FIELD, date=D("2022-10-06")),
        # ¶14: none of the eleven released (negated RETREAT); the council official's pledge optional
        E(True, ["RETREAT"], [14], "ولم تُفرج", ["negated"], mode="release",
          source=SDF, recipient=ELEVEN_DETAINEES, location=HAJIN, date=TODAY),
        E(False, ["AGREE"], [14], "تعهّد", ["asserted"],
          source=CIVIL_COUNCIL_OFFICIAL, date=D("2022-10-04", "day", ("2022-10-03", "2022-10-04"))),
        # paragraph 15 (the wave of assassinations since 2019: generic, aggregates) holds no event
        # background at another place, in «وكان … قد»: an IED on the Thiban–al-Shuhayl road on 21 August
        E(True, ["ASSAULT"], [16], "بانفجار عبوة ناسفة", ["historical", "asserted"], mode="explosives",
          source=ISIS, recipient=SDF_PATROL, location=THIBAN_SHUHAYL_ROAD, date=D("2022-08-21"), fatalities=2,
          acled=MINE),
    ],
)
