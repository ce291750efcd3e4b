"""Gold of article 438: Tal al-Ward camp (Khanaqin), Jalawla, the Baqubah-Khanaqin road and al-Muqdadiyah
(Diyala), an Iraqi Kurdish news agency's Arabic service, 2022-05-18 (Wed)."""
from actors_places import (
    BAQUBAH_KHANAQIN_ROAD,
    CAMP,
    CAMP_FAMILIES,
    CAMP_IDPS,
    CHECKPOINT_COMMANDER,
    DIYALA_GOVERNOR,
    DIYALA_OPS_PESHMERGA,
    DIYALA_POLICE,
    DIYALA_POLICE_CHIEF,
    DONORS,
    IDP_REPRESENTATIVES,
    IED_SUSPECTS,
    JALAWLA,
    KHANAQIN,
    LOCAL_NGO,
    MIGRATION_MINISTRY,
    MUQDADIYAH,
    MUQDADIYAH_FARMERS,
    POLICE_CHECKPOINT,
    RETURNEES,
    SOUTH_JALAWLA,
    TAL_AL_WARD,
    WFP,
)
from common import MINE, PEACEFUL, SHELL, D, E, paras_of

SLUG = "diyala_2022_khanaqin_tal_al_ward_jalawla_ied"
TODAY = D("2022-05-18")
YESTERDAY = D("2022-05-17")
ARTICLE = dict(
    id="team88-438", slug=SLUG, published="2022-05-18",
    outlet="Alwand, an Iraqi Kurdish news agency's Arabic service (fictional)",
    paras=paras_of(f"438_{SLUG}.txt"),
    events=[
        # ¶1 (dateline): the camp's residents demonstrate against the halving of food rations (headline
        # 0); the two-hour road block optional
        E(True, ["PROTEST"], [0, 1], "تظاهر", ["asserted"], mode="demo",
          source=CAMP_IDPS, location=TAL_AL_WARD, date=TODAY, acled=PEACEFUL, tpara=1),
        E(False, ["PROTEST"], [1], "وأغلق", ["asserted"], mode="obstruct",
          source=CAMP_IDPS, location=TAL_AL_WARD, date=TODAY, acled=PEACEFUL),
        # the main event, in ¶2 after the protest: an IED kills returning camp residents near Jalawla
        # «مساء أمس الثلاثاء»; the police source's three against the hospital director's four (¶3) → 3;
        # the relative's account 4, the governor's condolences 8, the representatives' «ما جرى للعائلة
        # العائدة» 10, the suspects «بزرع العبوة» 12; the headline 0. No one claimed it: no source
        E(True, ["ASSAULT"], [0, 2, 3, 4, 8, 10, 12], "بانفجار", ["asserted"], mode="explosives",
          recipient=RETURNEES, location=JALAWLA, date=YESTERDAY, fatalities=3,
          attribution=["مصدر أمني في قيادة شرطة ديالى", "مدير مستشفى جلولاء العام"], acled=MINE, tpara=2),
        # ¶5 (the dust storm three days ago: a natural disaster in «وكانت … قد») holds no event
        # ¶6: a police checkpoint holds an aid convoy on the Baqubah-Khanaqin road since yesterday morning
        # (COERCE; the governor's pledge in ¶8 names it again), and the convoy has not reached the camp
        # (core AID, negated)
        E(True, ["COERCE"], [6, 8], "واحتجزت", ["asserted", "reported"], mode="restrict",
          source=POLICE_CHECKPOINT, recipient=LOCAL_NGO, location=BAQUBAH_KHANAQIN_ROAD,
          date=D("2022-05-17", "day", ("2022-05-17", "2022-05-18")), attribution=["منسق المنظمة"], tpara=6),
        E(True, ["AID"], [6], "تصل", ["negated"], mode="humanitarian",
          source=LOCAL_NGO, recipient=CAMP, location=TAL_AL_WARD, date=TODAY),
        # ¶7: WFP's warning (no event) and its appeal to donors (REQUEST)
        E(True, ["REQUEST"], [7], "ودعا", ["asserted"],
          source=WFP, recipient=DONORS, date=TODAY, attribution=["بيان برنامج الأغذية العالمي"]),
        # ¶8 (subject-verb-object with a long parenthetical): the governor visits the camp, meets the
        # representatives and pledges a grant and the convoy's entry (AGREE, CONCEDE accepted)
        E(True, ["CONSULT"], [8], "زار المخيم", ["asserted"], mode="visit",
          source=DIYALA_GOVERNOR, recipient=IDP_REPRESENTATIVES, location=TAL_AL_WARD, date=TODAY),
        E(True, ["AGREE", "CONCEDE"], [8], "وتعهّد", ["asserted"],
          source=DIYALA_GOVERNOR, recipient=IDP_REPRESENTATIVES, location=TAL_AL_WARD, date=TODAY),
        # ¶9: the ministry's relocation of 120 families to a caravan site near Jalawla, due early next
        # month (planned; AID, COERCE accepted)
        E(True, ["AID", "COERCE"], [9], "نقل", ["planned"], mode="humanitarian",
          source=MIGRATION_MINISTRY, recipient=CAMP_FAMILIES, location=JALAWLA,
          date=D("2022-06-01", "week", ("2022-06-01", "2022-06-10")), attribution=["ممثل الوزارة في الوفد"]),
        # ¶10: the representatives reject the plan (REJECT); their request for time optional
        E(True, ["REJECT"], [10], "رفضوا", ["asserted"],
          source=IDP_REPRESENTATIVES, location=TAL_AL_WARD, date=TODAY),
        E(False, ["REQUEST"], [10], "وطلبوا", ["asserted"],
          source=IDP_REPRESENTATIVES, recipient=MIGRATION_MINISTRY, date=TODAY),
        # ¶11: a conditional threat of an open sit-in (THREATEN, asserted); the sit-in itself hypothetical
        E(True, ["THREATEN"], [11], "وهدّد", ["asserted"], mode="demo",
          source=IDP_REPRESENTATIVES, location=KHANAQIN, date=TODAY),
        E(False, ["PROTEST"], [11], "اعتصام مفتوح", ["hypothetical"], mode="demo",
          source=IDP_REPRESENTATIVES, location=KHANAQIN, date=None),
        # ¶12: two suspects arrested, told by tribal sources and neither confirmed nor denied (rumoured)
        E(True, ["COERCE"], [12], "اعتُقلا", ["rumored", "reported"], mode="arrest",
          source=DIYALA_POLICE, recipient=IED_SUSPECTS, location=JALAWLA, date=TODAY,
          attribution=["مصادر عشائرية"]),
        # ¶13: a joint army-Peshmerga search south of Jalawla (COOPERATE); the IEDs and arms cache found
        # optional
        E(True, ["COOPERATE"], [13], "عملية تفتيش مشتركة", ["asserted"],
          source=DIYALA_OPS_PESHMERGA, location=SOUTH_JALAWLA,
          date=D("2022-05-18", "day", ("2022-05-17", "2022-05-18")), attribution=["قيادة عمليات ديالى"]),
        E(False, ["COERCE"], [13], "العثور", ["asserted"], mode="seize",
          source=DIYALA_OPS_PESHMERGA, location=SOUTH_JALAWLA, date=TODAY),
        # paragraph 14 (the camp: description) holds no event
        # background at another place, in «وكانت … قد»: two mortar shells on an orchard in al-Muqdadiyah
        # on 7 April (2 killed), no one claimed
        E(True, ["ASSAULT"], [15], "قذيفتا هاون", ["historical", "asserted"], mode="heavy-weapons",
          recipient=MUQDADIYAH_FARMERS, location=MUQDADIYAH, date=D("2022-04-07"), fatalities=2, acled=SHELL),
        # ¶16 (short): the checkpoint commander relieved and referred to investigation (SANCTION, COERCE
        # accepted)
        E(True, ["SANCTION", "COERCE"], [16], "بإعفاء", ["asserted"],
          source=DIYALA_POLICE_CHIEF, recipient=CHECKPOINT_COMMANDER, date=TODAY),
        # paragraph 17 (the displaced of Diyala: generic) holds no event
    ],
)
