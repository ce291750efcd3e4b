"""Gold of article 186: Kobani under siege (Mishtanour hill, Maqtala, the Mürşitpınar crossing, Suruç), a Kurdish news
agency, 2014-11-10 (Mon)."""
from actors_places import (
    AID_VOLUNTEERS,
    BORDER_EAST_MURSIT,
    COALITION,
    CULTURAL_CENTRE,
    INTL_COALITION,
    ISIS,
    ISIS_POSITIONS,
    KOBANI,
    KOBANI_CHECKPOINT,
    KOBANI_COUNTRY,
    KOBANI_CROSSING,
    KOBANI_DEFENCE,
    KOBANI_FRONTS,
    KOBANI_ROAD,
    KOBANI_SHELL_VICTIMS,
    KOBANI_WEST,
    KOBANI_WEST_COUNTRY,
    KURDISH_RED_CRESCENT,
    KURDISH_YOUTHS,
    MAQTALA,
    MISHTANOUR,
    MURSITPINAR,
    PESHMERGA,
    SURUC_PROTESTERS,
    TAL_ABYAD_BORDER,
    TR_GENDARMERIE,
    TR_GOV,
    URFA_OFFICIAL,
    WEST_VILLAGERS,
    YPG,
    YPG_CAPTIVES,
    YPG_ISIS,
    YPG_PESHMERGA,
)
from common import ABDUCTION, AIR, ARREST, CLASH, SHELL, D, E, paras_of

SLUG = "kobani_2014_mishtanour_coalition_strikes_suruc_murshitpinar"
ARTICLE = dict(
    id="team38-186", slug=SLUG, published="2014-11-10", outlet="Aso news agency (fictional)",
    paras=paras_of(f"186_{SLUG}.txt"),
    events=[
        # the night battle on Mishtanour hill: headline 0, lead 1 (the YPG media centre's toll), told again in 8 by the
        # correspondent (the shelling that opened the attack, three axes, seven hours: the same fight). A two-sided
        # clash: both sides are sources. 11 ISIS + 2 YPG killed → 13
        E(True, ["ASSAULT"], [0, 1, 8], "اشتباكات عنيفة", ["asserted", "reported"], mode="firearms",
          source=YPG_ISIS, location=MISHTANOUR, date=D("2014-11-09", "day", ("2014-11-09", "2014-11-10")),
          fatalities=13, attribution=["المركز الإعلامي لوحدات حماية الشعب", "مراسل وكالتنا"], acled=CLASH, tpara=1),
        # Coalition strikes on ISIS in Maqtala and the eastern front (headline 0); the tank's past use is a habit;
        # CENTCOM's silence is no event
        E(True, ["ASSAULT"], [0, 2], "شنّت طائرات التحالف", ["asserted"], mode="aerial",
          source=COALITION, recipient=ISIS_POSITIONS, location=MAQTALA,
          date=D("2014-11-09", "day", ("2014-11-09", "2014-11-10")), attribution=["مراسل وكالتنا"], acled=AIR,
          tpara=2),
        # ISIS mortars on the western quarter near the crossing: one killed; the shell that fell in Turkey without
        # injuries is part of the same shelling
        E(True, ["ASSAULT"], [3], "قذائف هاون", ["asserted"], mode="heavy-weapons",
          source=ISIS, recipient=KOBANI_SHELL_VICTIMS, location=KOBANI_WEST, date=D("2014-11-10"), fatalities=1,
          attribution=["مراسلنا"], acled=SHELL),
        # paragraph 4: daily life under siege, no event
        # ISIS reinforcements from Tal Abyad and Jarablus deployed at Sarrin and the fronts (local sources); the new
        # attack they seem to prepare is only feared (optional, hypothetical)
        E(True, ["MOBILIZE"], [5], "تعزيزات جديدة", ["reported", "asserted"], mode="troops",
          source=ISIS, location=KOBANI_FRONTS, date=D("2014-11-09", "week", ("2014-11-08", "2014-11-10")),
          attribution=["مصادر محلية في ريف كوباني الجنوبي"]),
        E(False, ["ASSAULT"], [5], "لهجوم جديد", ["hypothetical"], mode="firearms",
          source=ISIS, location=KOBANI, date=None),
        # the YPG withdrawal from the cultural centre told by Turkish media and denied by a YPG commander
        E(True, ["RETREAT"], [5], "انسحاب", ["rumored", "negated", "reported"], mode="withdraw",
          source=YPG, location=CULTURAL_CENTRE, date=None,
          attribution=["وسائل إعلام تركية", "قيادي ميداني في وحدات حماية الشعب"]),
        # Suruç: the solidarity vigil at Mürşitpınar, the protesters' demand to the Turkish government (participle),
        # and the gendarmerie's dispersal with tear gas and water cannon (cases of suffocation)
        E(True, ["PROTEST"], [6], "وقفة تضامنية", ["asserted", "reported"], mode="demo",
          source=SURUC_PROTESTERS, location=MURSITPINAR, date=D("2014-11-10"), attribution=["مراسلنا في سروج"]),
        E(True, ["REQUEST"], [6], "مطالبين", ["asserted"],
          source=SURUC_PROTESTERS, recipient=TR_GOV, location=MURSITPINAR, date=D("2014-11-10")),
        E(True, ["COERCE", "ASSAULT"], [6], "تفرّقهم", ["asserted", "reported"], mode="restrict",
          source=TR_GENDARMERIE, recipient=SURUC_PROTESTERS, location=MURSITPINAR, date=D("2014-11-10"),
          attribution=["مراسلنا في سروج"]),
        # the Kobani defence authority's statement: a demand to the international community and the Coalition, and
        # an accusation of Ankara; the Urfa official's denial of any crossing (optional REJECT)
        E(True, ["REQUEST"], [7], "طالبت", ["asserted"],
          source=KOBANI_DEFENCE, recipient=INTL_COALITION, date=D("2014-11-10"),
          attribution=["صفحة هيئة الدفاع في مقاطعة كوباني على فيسبوك"]),
        E(True, ["ACCUSE"], [7], "واتهمت", ["asserted"],
          source=KOBANI_DEFENCE, recipient=TR_GOV, location=TAL_ABYAD_BORDER, date=D("2014-11-10"),
          attribution=["صفحة هيئة الدفاع في مقاطعة كوباني على فيسبوك"]),
        E(False, ["REJECT"], [7], "نفى", ["asserted", "reported"],
          source=URFA_OFFICIAL, recipient=KOBANI_DEFENCE, date=D("2014-11-10")),
        # the YPG–Peshmerga meeting this morning and what was agreed (the artillery's new layout); the Peshmerga's
        # entry late last month is background (optional, historical)
        E(True, ["CONSULT"], [9], "اجتماعاً", ["asserted"], mode="multilateral",
          source=YPG, recipient=PESHMERGA, location=KOBANI, date=D("2014-11-10"), attribution=["مصدر حضر اللقاء"]),
        E(True, ["AGREE", "COOPERATE"], [9], "الاتفاقُ", ["asserted", "reported"],
          source=YPG_PESHMERGA, location=KOBANI, date=D("2014-11-10"), attribution=["مصدر حضر اللقاء"]),
        E(False, ["MOBILIZE"], [9], "دخلت المدينة", ["historical"], mode="troops",
          source=PESHMERGA, location=KOBANI, date=D("2014-10-29", "week", ("2014-10-25", "2014-10-31"))),
        # fourteen young Kurds arrested by the gendarmerie at the border fence east of the crossing
        E(True, ["COERCE"], [10], "اعتقلت", ["asserted", "reported"], mode="arrest",
          source=TR_GENDARMERIE, recipient=KURDISH_YOUTHS, location=BORDER_EAST_MURSIT, date=D("2014-11-10"),
          attribution=["ذوو أحد المعتقلين"], acled=ARREST),
        # the capture of three fighters claimed by pro-ISIS accounts and denied by the YPG; the abduction of
        # villagers in September, recalled in the denial (optional, historical)
        E(True, ["ASSAULT", "COERCE"], [11], "الأسر", ["rumored", "negated", "reported"], mode="abduct",
          source=ISIS, recipient=YPG_CAPTIVES, location=MISHTANOUR,
          date=D("2014-11-09", "day", ("2014-11-09", "2014-11-10")),
          attribution=["حسابات مقربة من التنظيم", "المركز الإعلامي للوحدات"]),
        E(False, ["ASSAULT"], [11], "اختطفهم", ["historical"], mode="abduct",
          source=ISIS, recipient=WEST_VILLAGERS, location=KOBANI_WEST_COUNTRY,
          date=D("2014-09-20", "month", ("2014-09-01", "2014-09-30")), acled=ABDUCTION),
        # the volunteers' medical convoy due tomorrow through Mürşitpınar (planned AID); the Turkish consent already
        # given (optional)
        E(True, ["AID"], [12], "قافلة", ["planned"], mode="humanitarian",
          source=AID_VOLUNTEERS, recipient=KURDISH_RED_CRESCENT, location=KOBANI_CROSSING, date=D("2014-11-11"),
          attribution=["أحد منظمي الحملة"]),
        E(False, ["AGREE", "CONCEDE"], [12], "وافقت", ["asserted", "reported"],
          source=TR_GOV, location=KOBANI_CROSSING, date=None),
        # paragraph 13: the displacement tally since September, no event
        # background: the siege and the September offensive (optional); a suicide car bomb at a YPG checkpoint on
        # Thursday evening, three killed (core, historical)
        E(False, ["COERCE"], [14], "ويحاصر", ["asserted", "generic"], mode="restrict",
          source=ISIS, location=KOBANI, date=None),
        E(False, ["ASSAULT"], [14], "هجومه الواسع", ["historical"], mode="firearms",
          source=ISIS, location=KOBANI_COUNTRY, date=D("2014-09-16", "week", ("2014-09-12", "2014-09-20"))),
        E(True, ["ASSAULT"], [14], "فجّر انتحاري", ["historical", "asserted"], mode="suicide-attack",
          source=ISIS, recipient=KOBANI_CHECKPOINT, location=KOBANI_ROAD, date=D("2014-11-06"), fatalities=3),
    ],
)
