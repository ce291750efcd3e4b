"""Gold of article 247: Nahr al-Bared camp and the north of Lebanon (Deir Ammar, Minyeh, Beddawi, Tripoli), a
Tripoli daily, 2007-06-27 (Wed)."""
from actors_places import (
                           ABU_SAMRA,
                           AIN_HILWEH,
                           ARMY_FATAH_ISLAM,
                           BARED_CIVILIANS,
                           BEDDAWI,
                           BEDDAWI_DISPLACED,
                           CAMP_PALESTINIANS,
                           DEIR_AMMAR,
                           DEIR_AMMAR_VICTIMS,
                           FATAH_ISLAM,
                           ISF_FATAH_ISLAM,
                           LB_ARMY,
                           LB_GOV,
                           LB_RED_CROSS,
                           MINIEH,
                           MINIEH_SUSPECTS,
                           MUFTI_TRIPOLI,
                           NAHR_BARED,
                           NAHR_DISPLACED,
                           PAL_FACTIONS_LB,
                           PAL_SCHOLARS,
                           UNRWA,
                           UNRWA_LB_GOV,
)
from common import ARREST, ATTACK, CLASH, PEACEFUL, SHELL, D, E, paras_of

SLUG = "nahr_al_bared_2007_old_camp_deir_ammar_beddawi_abu_samra"
ARTICLE = dict(
    id="team50-247", slug=SLUG, published="2007-06-27", outlet="Lisan al-Shamal daily, Tripoli (fictional)",
    paras=paras_of(f"247_{SLUG}.txt"),
    events=[
        # the clashes of «أمس الثلاثاء» in the camp: a two-sided fight. Headline 0, lead 1 (the army: 3
        # soldiers), the follow-up 7 (a security source: 4 after a sergeant died; Fatah al-Islam's claim: more
        # than ten) → 3
        E(True, ["ASSAULT"], [0, 1, 7], "اشتباكات عنيفة", ["asserted", "reported"], mode="firearms",
          source=ARMY_FATAH_ISLAM, location=NAHR_BARED, date=D("2007-06-26"), fatalities=3,
          attribution=["قيادة الجيش – مديرية التوجيه", "مصدر أمني",
                       "بيان التنظيم على شبكة الإنترنت"], acled=CLASH,
          tpara=1),
        # today's artillery fire on the «old camp» (another day: another event; headline «والمدفعية تدكّ»)
        E(True, ["ASSAULT"], [0, 2], "قصف", ["asserted"], mode="heavy-weapons",
          source=LB_ARMY, recipient=FATAH_ISLAM, location=NAHR_BARED, date=D("2007-06-27"), acled=SHELL,
          tpara=2),
        # one sentence, two events: Katyusha rockets on Deir Ammar (fired from the camp, per security sources)
        # and the arrest of two young Palestinians at the Minyeh checkpoint (passive «وأُحيلا»: part of the
        # arrest)
        E(True, ["ASSAULT"], [3], "ثلاثة صواريخ", ["asserted", "reported"], mode="heavy-weapons",
          source=FATAH_ISLAM, recipient=DEIR_AMMAR_VICTIMS, location=DEIR_AMMAR, date=D("2007-06-26"),
          attribution=["مصادر أمنية"], acled=SHELL),
        E(True, ["COERCE"], [3], "أوقف", ["asserted"], mode="arrest",
          source=LB_ARMY, recipient=MINIEH_SUSPECTS, location=MINIEH,
          date=D("2007-06-26", "day", ("2007-06-26", "2007-06-27")), acled=ARREST),
        # background at another place: the raid and shoot-out in Abu Samra «فجر الأحد الماضي» (2 gunmen
        # killed; a two-sided fight), the arrest of a third optional
        E(True, ["ASSAULT"], [4], "اشتباك", ["historical", "asserted"], mode="firearms",
          source=ISF_FATAH_ISLAM, location=ABU_SAMRA, date=D("2007-06-24"), fatalities=2, acled=CLASH),
        E(False, ["COERCE"], [4], "وأُوقف", ["historical", "asserted"], mode="arrest",
          source=ISF_FATAH_ISLAM, location=ABU_SAMRA, date=D("2007-06-24"), acled=ARREST),
        # UNRWA's distribution in Beddawi; the distribution to the families in Tripoli's schools on Friday is
        # planned
        E(True, ["AID"], [5], "وزّعت", ["asserted"], mode="humanitarian",
          source=UNRWA, recipient=BEDDAWI_DISPLACED, location=BEDDAWI, date=D("2007-06-27")),
        E(False, ["AID"], [5], "تتسلم", ["planned"], mode="humanitarian",
          source=UNRWA, recipient=BEDDAWI_DISPLACED, date=D("2007-06-29")),
        # the clerics' delegation meets Fatah al-Islam in the camp (from Palestinian sources) and the group
        # rejects the state's offer; its insistence on a safe exit (and the guarantees asked for) optional
        E(True, ["CONSULT"], [6], "والتقى", ["reported", "asserted"], mode="visit",
          source=PAL_SCHOLARS, recipient=FATAH_ISLAM, location=NAHR_BARED, date=D("2007-06-26"),
          attribution=["مصادر فلسطينية", "أحد أعضاء الوفد"]),
        E(True, ["REJECT"], [6], "رفض العرض", ["reported", "asserted"],
          source=FATAH_ISLAM, recipient=LB_GOV, date=D("2007-06-26"), attribution=["مصادر فلسطينية"]),
        E(False, ["REQUEST"], [6], "وأصرّ", ["reported", "asserted"],
          source=FATAH_ISLAM, recipient=LB_GOV, date=D("2007-06-26")),
        # the rumoured escape by sea, denied by a military source
        E(True, ["RETREAT"], [8], "فرار", ["rumored", "negated", "reported"], mode="withdraw",
          source=FATAH_ISLAM, location=NAHR_BARED, date=D("2007-06-26"),
          attribution=["أوساط شعبية في المنية والعبدة", "مصدر عسكري"]),
        # the prime minister's renewed demand and the army commander's conditional vow (made); the decisive
        # battle it announces is hypothetical (optional)
        E(True, ["REQUEST"], [9], "مطالبة", ["asserted"],
          source=LB_GOV, recipient=FATAH_ISLAM, date=D("2007-06-27")),
        E(True, ["THREATEN"], [9], "توعّد", ["asserted"], mode="violence",
          source=LB_ARMY, recipient=FATAH_ISLAM, location=NAHR_BARED, date=D("2007-06-27")),
        E(False, ["ASSAULT"], [9], "بـ«حسم المعركة", ["hypothetical"], mode="firearms",
          source=LB_ARMY, recipient=FATAH_ISLAM, location=NAHR_BARED, date=None),
        # the sit-in of the displaced before UNRWA's office in Beddawi and their demand to UNRWA and the
        # government
        E(True, ["PROTEST"], [10], "اعتصم", ["asserted"], mode="demo",
          source=NAHR_DISPLACED, location=BEDDAWI, date=D("2007-06-27"), acled=PEACEFUL),
        E(True, ["REQUEST"], [10], "مطالبين", ["asserted"],
          source=NAHR_DISPLACED, recipient=UNRWA_LB_GOV, location=BEDDAWI, date=D("2007-06-27")),
        # the two-hour ceasefire announced by the army (CONCEDE); the Red Cross evacuation during it optional
        E(True, ["CONCEDE"], [11], "وقفاً لإطلاق النار", ["asserted"], mode="ceasefire",
          source=LB_ARMY, location=NAHR_BARED, date=D("2007-06-27")),
        E(False, ["AID", "RETREAT"], [11], "أخلت", ["asserted"], mode="humanitarian",
          source=LB_RED_CROSS, recipient=BARED_CIVILIANS, location=NAHR_BARED, date=D("2007-06-27")),
        # the mufti's praise of the army (SUPPORT); his call to the camps optional
        E(True, ["SUPPORT"], [12], "وأشاد", ["asserted"],
          source=MUFTI_TRIPOLI, recipient=LB_ARMY, date=D("2007-06-27")),
        E(False, ["REQUEST"], [12], "داعياً", ["asserted"],
          source=MUFTI_TRIPOLI, recipient=CAMP_PALESTINIANS, date=D("2007-06-27")),
        # paragraph 13 (nightly shelling, fishing and farming: generic) holds no event
        # the factions' meeting in Ain al-Hilweh on Friday (planned); the attack of 20 May that began the
        # battle is optional, historical
        E(True, ["CONSULT"], [14], "اجتماعاً", ["planned"], mode="multilateral",
          source=PAL_FACTIONS_LB, location=AIN_HILWEH, date=D("2007-06-29")),
        E(False, ["ASSAULT"], [14], "هجوم شنّه", ["historical"], mode="firearms",
          source=FATAH_ISLAM, recipient=LB_ARMY, location=NAHR_BARED, date=D("2007-05-20"), acled=ATTACK),
        # paragraph 15 (the camp and its displaced, closing the report) holds no event
    ],
)
