"""Gold of article 106: Ain al-Hilweh camp near Sidon (Hay al-Tiri, Darb al-Sim, al-Taamir, Hittin) and al-Abbasiyah
near Tyre, a Lebanese local news site, 2025-03-11 (Tue)."""
from actors_places import (
                           ABBASIYEH,
                           ABBASIYEH_VICTIMS,
                           AIN_HILWEH,
                           CAMP_FACTIONS,
                           DARB_SIM,
                           DARB_SIM_YOUTHS,
                           FATAH_NSF,
                           FATAH_SHABAB,
                           HISBA,
                           HITTIN,
                           IDF,
                           JOINT_ACTION,
                           LAF,
                           LB_GOVERNMENT,
                           NSF_TWO,
                           POPULAR_COMMITTEES,
                           SHABAB_MUSLIM,
                           SHABAB_OFFICIAL,
                           TAAMIR,
                           TIRI,
                           TYRE_MPS,
                           UNRWA_SIDON,
                           USBAT_PIJM,
)
from common import ABDUCTION, AGREEMENT, AIR, ARREST, CLASH, MINE, D, E, paras_of

SLUG = "ain_al_hilweh_tiri_darb_al_sim_abbasiyeh_tyre"
LAST_NIGHT = D("2025-03-10", "day", ("2025-03-10", "2025-03-11"))
TODAY = D("2025-03-11")
ARTICLE = dict(
    id="team22-106", slug=SLUG, published="2025-03-11", outlet="Nafithat Saida news site (fictional)",
    paras=paras_of(f"106_{SLUG}.txt"),
    events=[
        # the clash in Hay al-Tiri «ليل أمس الإثنين» between Fatah's National Security and al-Shabab al-Muslim (two
        # sides: both are sources; 1 killed): headline 0, lead 1, Fatah's version in 2 («تعرّض لاعتداء غادر», «ردّوا
        # على مصادر النيران» retell the same fight; «الثالث … منذ مطلع العام» is a tally)
        E(True, ["ASSAULT"], [0, 1, 2], "اشتباكات", ["asserted", "reported"], mode="firearms",
          source=FATAH_SHABAB, location=TIRI, date=LAST_NIGHT, fatalities=1,
          attribution=["مصادر فلسطينية داخل المخيم", "قيادة حركة «فتح» في منطقة صيدا"], acled=CLASH, tpara=1),
        # Fatah's statement blames al-Shabab al-Muslim (participle «محمّلةً … المسؤولية»)
        E(True, ["ACCUSE"], [2], "محمّلةً", ["asserted"],
          source=FATAH_NSF, recipient=SHABAB_MUSLIM, location=AIN_HILWEH, date=TODAY),
        # one sentence, two events: the army's reinforcement around the camp (MOBILIZE; retold in the denial of 10,
        # «انتشار الوحدات العسكرية اقتصر على محيط المخيم») and the arrest of two armed young men at Darb al-Sim; the
        # referral to the judiciary is part of the arrest
        E(True, ["MOBILIZE"], [3, 10], "عزّز", ["asserted"], mode="troops",
          source=LAF, location=HISBA, date=D("2025-03-11", "day", ("2025-03-10", "2025-03-11")),
          attribution=["قيادة الجيش – مديرية التوجيه"]),
        E(True, ["COERCE"], [3], "أوقفت", ["asserted"], mode="arrest",
          source=LAF, recipient=DARB_SIM_YOUTHS, location=DARB_SIM, date=TODAY,
          attribution=["قيادة الجيش – مديرية التوجيه"], acled=ARREST),
        # the Israeli drone strike on a car at the al-Abbasiyah junction (1 killed, 2 passers-by wounded): 4, and the
        # follow-up 7 where the army claims the target («قضى على» retells the strike; the «الثالثة … منذ مطلع
        # الأسبوع» tally and Hezbollah's mourning notice are no events)
        E(True, ["ASSAULT"], [0, 4, 7], "استهدفت", ["asserted", "reported"], mode="aerial",
          source=IDF, recipient=ABBASIYEH_VICTIMS, location=ABBASIYEH, date=TODAY, fatalities=1,
          attribution=["الوكالة الوطنية للإعلام", "المتحدث باسم جيش الاحتلال"], acled=AIR, tpara=4),
        # the ceasefire in force since late November, recalled in passing (optional historical AGREE)
        E(False, ["AGREE"], [7], "اتفاق وقف إطلاق النار", ["historical"],
          date=D("2024-11-27", "month", ("2024-11-01", "2024-11-30"))),
        # the joint committee's emergency meeting with Usbat al-Ansar and the Islamic Mujahid Movement (CONSULT) and
        # the agreement reached in it (AGREE; its contents — withdrawal of gunmen, deployment of the joint force,
        # handover of culprits — are no further events)
        E(True, ["CONSULT"], [5], "اجتماعاً طارئاً", ["asserted"], mode="multilateral",
          source=JOINT_ACTION, recipient=USBAT_PIJM, location=AIN_HILWEH, date=TODAY),
        E(True, ["AGREE"], [5], "الاتفاق", ["asserted"],
          source=CAMP_FACTIONS, location=AIN_HILWEH, date=TODAY, acled=AGREEMENT),
        # paragraph 6: displacement of families, UNRWA's suspension of classes, shops closed: NO gold event
        # the Tyre MPs call on the government (REQUEST) and accuse Israel (participle «متهمين»); the «daily
        # violations» are generic
        E(True, ["REQUEST"], [8], "ودعا", ["asserted"],
          source=TYRE_MPS, recipient=LB_GOVERNMENT, date=TODAY),
        E(True, ["ACCUSE"], [8], "متهمين", ["asserted"],
          source=TYRE_MPS, recipient=IDF, date=TODAY),
        # the rumour in the camp's alleys: two National Security members held for hours during the clash (abduction)
        # and released through Usbat al-Ansar's mediation (RETREAT: a release carried out)
        E(True, ["ASSAULT"], [9], "احتجزوا", ["rumored"], mode="abduct",
          source=SHABAB_MUSLIM, recipient=NSF_TWO, location=AIN_HILWEH, date=LAST_NIGHT,
          attribution=["ما يُتداول في أزقة المخيم"], acled=ABDUCTION),
        E(True, ["RETREAT"], [9], "يطلقوا سراحهما", ["rumored"], mode="release",
          source=SHABAB_MUSLIM, recipient=NSF_TWO, location=AIN_HILWEH, date=LAST_NIGHT,
          attribution=["ما يُتداول في أزقة المخيم"]),
        # the army's entry into al-Taamir told by news sites and denied by a military source
        E(True, ["COERCE"], [10], "دخول قوة من الجيش", ["negated", "rumored", "reported"], mode="seize",
          source=LAF, location=TAAMIR, date=D("2025-03-11", "day", ("2025-03-10", "2025-03-11")),
          attribution=["مصدر عسكري لبناني", "مواقع إخبارية"]),
        # paragraph 11 is generic (recurring fighting every few months, fragile settlements, mutual assassinations):
        # NO gold event
        # the popular committees' sit-in «يوم الخميس المقبل» (planned PROTEST; its demand is content) and the
        # National Security commander's conditional threat to al-Shabab al-Muslim (THREATEN asserted; the threatened
        # act is a metaphor, no event)
        E(True, ["PROTEST"], [12], "اعتصاماً", ["planned"], mode="demo",
          source=POPULAR_COMMITTEES, location=UNRWA_SIDON, date=D("2025-03-13")),
        E(True, ["THREATEN"], [12], "توعّد", ["asserted"],
          source=FATAH_NSF, recipient=SHABAB_MUSLIM, location=AIN_HILWEH, date=TODAY),
        # background «وكان … قد»: an al-Shabab al-Muslim official survived a bomb near his house in Hittin «مساء
        # الجمعة الماضي» (his bodyguard lightly wounded; attacker unknown)
        E(True, ["ASSAULT"], [13], "محاولة اغتيال", ["historical", "asserted"], mode="explosives",
          recipient=SHABAB_OFFICIAL, location=HITTIN, date=D("2025-03-07"), acled=MINE),
    ],
)
