"""Gold of article 176: Jabal al-Akrad and the Kabani hills (Latakia countryside), Bdama and al-Najiya, al-Haffah,
Hmeimim, Jisr al-Shughur; an opposition news network of the coast, 2019-07-10 (Wed)."""
from actors_places import (
    AKRAD_IDPS,
    AKRAD_NOTABLES,
    BDAMA_CIVILIANS,
    BDAMA_NAJIYA,
    CD_AMBULANCE,
    HAFFAH,
    HAFFAH_YOUTHS,
    HMEIMIM,
    HMEIMIM_GUNMEN,
    HTS,
    HTS_TIP,
    ISHTABRAQ,
    JISR,
    JISR_KIDNAPPERS,
    JOURIN,
    JOURIN_SALMA,
    KABANI,
    KABANI_BATTLE,
    KHIRBET_JOZ,
    LAT_FACTIONS,
    NAJIYA,
    NLF_COASTAL,
    PHARMACIST,
    PHARMACIST_FAMILY,
    QRC,
    REGIME_IRAN,
    RU_AIR,
    RU_HMEIMIM,
    RU_MOD_CENTRE,
    SALMA_RABIA,
    SY_MIL_SEC,
    SY_REGIME_176,
    TR_OFFICERS,
)
from common import ABDUCTION, AIR, ARREST, CLASH, SHELL, D, E, paras_of

SLUG = "jabal_al_akrad_kabani_2019_bdama_najiya_haffah"
TODAY = D("2019-07-10")
ARTICLE = dict(
    id="team36-176", slug=SLUG, published="2019-07-10", outlet="Jibal al-Sahel opposition news network (fictional)",
    paras=paras_of(f"176_{SLUG}.txt"),
    events=[
        # the dawn battle on the Kabani axis, two-sided (both sides are sources): headline 0, lead 1, the loyalist
        # pages' claimed capture and its denial 5 (the same fight, not a second event), the correspondent's details 9.
        # Attackers killed: "more than eleven" per the correspondent, seven mourned by loyalist pages → 7; plus the
        # factions' two fighters → 9
        E(True, ["ASSAULT"], [0, 1, 5, 9], "اشتباكات عنيفة", ["asserted", "reported"], mode="firearms",
          source=KABANI_BATTLE, location=KABANI, date=TODAY, fatalities=9,
          attribution=["مراسل «جبال الساحل»", "صفحات موالية", "المتحدث العسكري باسم «الجبهة الوطنية للتحرير»"],
          acled=CLASH, tpara=1),
        # the attackers falling back to their starting points: the end of the same fight (optional)
        E(False, ["RETREAT"], [1], "انسحب", ["asserted"], mode="withdraw",
          source=SY_REGIME_176, location=KABANI, date=TODAY),
        # the Russian strikes that went with the assault (optional: the same offensive)
        E(False, ["ASSAULT"], [9], "عشرين غارة روسية", ["asserted"], mode="aerial",
          source=RU_AIR, recipient=LAT_FACTIONS, location=KABANI, date=TODAY, acled=AIR),
        # the May attempt the spokesman mentions (optional, historical)
        E(False, ["ASSAULT"], [5], "محاولة فاشلة", ["historical"],
          source=SY_REGIME_176, location=KABANI, date=D("2019-05-15", "month", ("2019-05-01", "2019-05-31"))),
        # Russian strikes on Bdama and al-Najiya yesterday evening: 4 per the civil defence, 5 per activists → 4
        E(True, ["ASSAULT"], [0, 2], "غارات شنّتها", ["asserted", "reported"], mode="aerial",
          source=RU_AIR, recipient=BDAMA_CIVILIANS, location=BDAMA_NAJIYA, date=D("2019-07-09"), fatalities=4,
          attribution=["الدفاع المدني السوري", "المراصد التابعة للفصائل", "ناشطون من بداما"], acled=AIR, tpara=2),
        # ¶3 describes the hills: deliberately NO gold event
        # the NLF's Grad rockets on Jourin camp (undated statement: today or last night)
        E(True, ["ASSAULT"], [4], "استهدفوا", ["asserted", "reported"], mode="heavy-weapons",
          source=NLF_COASTAL, recipient=SY_REGIME_176, location=JOURIN,
          date=D("2019-07-10", "day", ("2019-07-09", "2019-07-10")),
          attribution=["«الجبهة الوطنية للتحرير» عبر «تلغرام»"], acled=SHELL),
        # Military Security's raid and arrests in al-Haffah yesterday (the reserve service is a purpose, no event)
        E(True, ["COERCE"], [6], "باعتقال", ["asserted", "reported"], mode="arrest",
          source=SY_MIL_SEC, recipient=HAFFAH_YOUTHS, location=HAFFAH, date=D("2019-07-09"),
          attribution=["مصادر محلية"], acled=ARREST),
        # two drones launched at Hmeimim and shot down, told by the Russian ministry (reported), and its blame
        E(True, ["ASSAULT"], [7], "أطلقهما", ["reported", "asserted"], mode="aerial",
          source=HMEIMIM_GUNMEN, recipient=RU_HMEIMIM, location=HMEIMIM,
          date=D("2019-07-09", "day", ("2019-07-09", "2019-07-10")),
          attribution=["وزارة الدفاع الروسية عبر «مركز المصالحة»", "وكالة «سبوتنيك»"], acled=AIR),
        E(True, ["ACCUSE"], [7], "وحمّل", ["asserted", "reported"],
          source=RU_MOD_CENTRE, recipient=HTS_TIP, date=D("2019-07-10", "day", ("2019-07-09", "2019-07-10")),
          attribution=["وكالة «سبوتنيك»"]),
        # ¶8 (the displaced in the open) is generic: deliberately NO gold event
        # the pharmacist abducted on Monday evening; the ransom demand (optional) and the family's appeal to HTS
        E(True, ["ASSAULT"], [10], "اختطافه", ["asserted"], mode="abduct",
          source=JISR_KIDNAPPERS, recipient=PHARMACIST, location=JISR, date=D("2019-07-08"),
          attribution=["أحد أقاربه"], acled=ABDUCTION),
        E(False, ["REQUEST", "THREATEN"], [10], "وطالبوا بفدية", ["asserted", "reported"],
          source=JISR_KIDNAPPERS, recipient=PHARMACIST_FAMILY, location=JISR, date=D("2019-07-09")),
        E(True, ["REQUEST"], [10], "وناشدت", ["asserted"],
          source=PHARMACIST_FAMILY, recipient=HTS, location=JISR,
          date=D("2019-07-10", "day", ("2019-07-08", "2019-07-10"))),
        # the notables' meeting at the Turkish post near Ishtabraq, their demand, and the officers' promise
        # (optional: a promise to pass the demand on, no commitment); Sochi is only named
        E(True, ["CONSULT"], [11], "التقى", ["asserted"], mode="visit",
          source=AKRAD_NOTABLES, recipient=TR_OFFICERS, location=ISHTABRAQ, date=TODAY),
        E(True, ["REQUEST"], [11], "وطالب", ["asserted"],
          source=AKRAD_NOTABLES, recipient=TR_OFFICERS, location=ISHTABRAQ, date=TODAY),
        E(False, ["AGREE"], [11], "وعدوا", ["asserted", "reported"],
          source=TR_OFFICERS, recipient=AKRAD_NOTABLES, location=ISHTABRAQ, date=TODAY),
        # last Friday's strike on a civil defence ambulance near al-Najiya (two volunteers wounded), and the 2016
        # campaign that took Salma and Rabia (optional, historical)
        E(True, ["ASSAULT"], [12], "استهدفت", ["historical", "asserted"], mode="aerial",
          source=RU_AIR, recipient=CD_AMBULANCE, location=NAJIYA, date=D("2019-07-05"), acled=AIR),
        E(False, ["ASSAULT"], [12], "الحملة التي شنّتها", ["historical"],
          source=SY_REGIME_176, location=SALMA_RABIA, date=D("2016-01-15", "month", ("2016-01-01", "2016-02-29")),
          acled=CLASH),
        # rumoured reinforcements to Jourin and Salma (the spotters saw nothing unusual); the wider attack they would
        # prepare is only foreseen (optional)
        E(True, ["MOBILIZE"], [13], "تعزيزات كبيرة", ["rumored", "reported", "negated"], mode="troops",
          source=REGIME_IRAN, location=JOURIN_SALMA, date=D("2019-07-09", "day", ("2019-07-09", "2019-07-10")),
          attribution=["أوساط ناشطين"]),
        E(False, ["ASSAULT"], [13], "لهجوم أوسع", ["hypothetical", "planned"],
          source=REGIME_IRAN, location=KABANI, date=None),
        # the Qatar Red Crescent's distribution due on Saturday (planned)
        E(True, ["AID"], [14], "توزيع", ["planned"], mode="humanitarian",
          source=QRC, recipient=AKRAD_IDPS, location=KHIRBET_JOZ, date=D("2019-07-13"),
          attribution=["مكتب المنظمة في الشمال السوري"]),
    ],
)
