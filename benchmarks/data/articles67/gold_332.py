"""Gold of article 332: Ariqa, al-Karama Square (Suwayda city), al-Thaala, Qanawat, Shahba, al-Qrayya, Atil
and al-Kafr (Suwayda, Syria), an independent local news page of the Jabal al-Arab, 2023-11-08 (Wed)."""
from actors_places import (
    ARIQA,
    ARIQA_FAMILIES,
    ARIQA_GUNMEN,
    ARIQA_VICTIMS,
    ATIL,
    ATIL_FIGHT,
    BAATH_GUARDS,
    DAMASCUS_DELEGATION,
    DAMASCUS_SUWAYDA_ROAD,
    DRUZE_LEADERSHIP,
    FOREIGN_LINKED,
    FOURTH_DIV,
    KAFR,
    KAFR_TRADER,
    KARAMA_MEN,
    KARAMA_PROTESTERS,
    KARAMA_SQUARE,
    MI_GANG,
    MOVEMENT_BODY,
    PROTEST_SPOKESMAN,
    QANAWAT,
    QRAYYA,
    QRAYYA_KILLERS,
    QRAYYA_TEACHER,
    SHAHBA_BAATH,
    SUWAYDA_GOV,
    SUWAYDA_HOSPITAL,
    SUWAYDA_POLICE_CHIEF,
    SUWAYDA_SHOPKEEPERS,
    THAALA,
    UN,
)
from common import ABDUCTION, ATTACK, CLASH, PEACEFUL, D, E, paras_of

SLUG = "ariqa_2023_suwayda_karama_square_qanawat_shahba"
TODAY = D("2023-11-08")
LAST_NIGHT = D("2023-11-07")
ARTICLE = dict(
    id="team67-332", slug=SLUG, published="2023-11-08",
    outlet="Shurfat al-Jabal Suwayda local news page (fictional)",
    paras=paras_of(f"332_{SLUG}.txt"),
    events=[
        # gunmen in a car without plates fire on the young men's car at the Ariqa turn-off «ليل أمس
        # الثلاثاء» (one-sided): headline 0, lead 1 (a relative: three), the follow-up 5 (the National
        # Hospital: two bodies), SANA's version 8 («مجهولين», no number: a retelling) and 15 (the Men of
        # Dignity: four) → 3 vs 2 vs 4 → 2
        E(True, ["ASSAULT"], [0, 1, 5, 8, 15], "إطلاق مسلحين", ["asserted", "reported"], mode="firearms",
          source=ARIQA_GUNMEN, recipient=ARIQA_VICTIMS, location=ARIQA, date=LAST_NIGHT, fatalities=2,
          attribution=["أحد أقارب الضحايا", "مصدر طبي في المشفى الوطني بالسويداء", "قائد شرطة المحافظة",
                       "حركة «رجال الكرامة»"], acled=ATTACK, tpara=1),
        # the twelfth week's gathering on al-Karama Square (PROTEST, headline 0: «تجدد مطالبها»; the chants
        # are part of it), the banners' demands (optional REQUEST) and the spokesman's demand to the UN
        # (core REQUEST)
        E(True, ["PROTEST"], [0, 2], "تجمّع", ["asserted"], mode="demo",
          source=KARAMA_PROTESTERS, location=KARAMA_SQUARE, date=TODAY, acled=PEACEFUL, tpara=2),
        E(False, ["REQUEST"], [2], "تطالب", ["asserted"],
          source=KARAMA_PROTESTERS, location=KARAMA_SQUARE, date=TODAY),
        E(True, ["REQUEST"], [2], "يطالب", ["asserted"],
          source=PROTEST_SPOKESMAN, recipient=UN, location=KARAMA_SQUARE, date=TODAY),
        # paragraph 3 (the square and its daily gatherings: habits) holds no event
        # 4th Division reinforcements to al-Thaala: rumoured by local pages, denied by the police
        E(True, ["MOBILIZE"], [4], "تعزيزات عسكرية", ["rumored", "negated"], mode="troops",
          source=FOURTH_DIV, location=THAALA, date=D("2023-11-07", "day", ("2023-11-06", "2023-11-08")),
          attribution=["صفحات محلية", "مصدر في قيادة شرطة المحافظة"]),
        # the families' accusation of a gang linked to Military Intelligence (their sons' refusal to join it
        # is the accusation's content, no event)
        E(True, ["ACCUSE"], [5], "واتهم", ["asserted"],
          source=ARIQA_FAMILIES, recipient=MI_GANG, location=SUWAYDA_HOSPITAL, date=TODAY),
        # the Men of Dignity's 48-hour deadline (THREATEN, made); the armed settling of the matter it
        # threatens is hypothetical (optional)
        E(True, ["THREATEN"], [6], "وأمهلت", ["asserted"], mode="violence",
          source=KARAMA_MEN, recipient=MI_GANG, date=TODAY),
        E(False, ["ASSAULT"], [6], "بقوة السلاح", ["hypothetical"], mode="firearms",
          source=KARAMA_MEN, recipient=MI_GANG, date=None),
        # the spiritual leadership receives a delegation from Damascus in Qanawat (CONSULT) and refuses its
        # proposal (REJECT); the proposal itself is an offer (optional AGREE), its terms are no events
        E(True, ["CONSULT"], [7], "استقبلت", ["asserted"], mode="visit",
          source=DRUZE_LEADERSHIP, recipient=DAMASCUS_DELEGATION, location=QANAWAT, date=TODAY),
        E(False, ["AGREE"], [7], "مقترحاً", ["asserted"],
          source=DAMASCUS_DELEGATION, recipient=DRUZE_LEADERSHIP, location=QANAWAT, date=TODAY),
        E(True, ["REJECT"], [7], "رفضت", ["asserted", "reported"],
          source=DRUZE_LEADERSHIP, recipient=DAMASCUS_DELEGATION, location=QANAWAT, date=TODAY,
          attribution=["مصدر مقرّب منها"]),
        # ¶8: SANA's version of the shooting is part of the first event; the police chief's blame of
        # «parties linked to abroad» is optional ACCUSE
        E(False, ["ACCUSE"], [8], "متّهماً", ["asserted", "reported"],
          source=SUWAYDA_POLICE_CHIEF, recipient=FOREIGN_LINKED, date=TODAY, attribution=["وكالة «سانا»"]),
        # a general strike «يوم السبت المقبل» (planned PROTEST; the call itself optional REQUEST)
        E(True, ["PROTEST"], [9], "إضراب عام", ["planned"], mode="strike",
          source=MOVEMENT_BODY, location=SUWAYDA_GOV, date=D("2023-11-11")),
        E(False, ["REQUEST"], [9], "ودعت", ["asserted"],
          source=MOVEMENT_BODY, recipient=SUWAYDA_SHOPKEEPERS, date=TODAY),
        # protesters chain shut the Baath branch office in Shahba («من دون أن يعترضهم» negates nothing); the
        # guards leaving the building is optional RETREAT
        E(True, ["PROTEST"], [10], "أغلق", ["asserted"], mode="obstruct",
          source=KARAMA_PROTESTERS, location=SHAHBA_BAATH, date=TODAY, acled=PEACEFUL),
        E(False, ["RETREAT"], [10], "غادروا", ["asserted"], mode="withdraw",
          source=BAATH_GUARDS, location=SHAHBA_BAATH, date=TODAY),
        # paragraph 11 (Military Intelligence's silence) holds no event
        # background at another place: a retired teacher assassinated in al-Qrayya «مساء الجمعة الماضي»
        # (core, historical, 1); last summer's fighting in Atil (optional, historical)
        E(True, ["ASSAULT"], [12], "اغتالا", ["historical", "asserted"], mode="assassinate",
          source=QRAYYA_KILLERS, recipient=QRAYYA_TEACHER, location=QRAYYA, date=D("2023-11-03"),
          fatalities=1, acled=ATTACK),
        E(False, ["ASSAULT"], [12], "اشتباكات دامت", ["historical"], mode="firearms",
          source=ATIL_FIGHT, location=ATIL, date=D("2022-07-15", "month", ("2022-06-01", "2022-08-31")),
          acled=CLASH),
        # paragraph 13 (services, prices and kidnapping gangs: a generic statement) holds no event
        # a trader of al-Kafr released after a ransom (RETREAT, passive «أُفرج»); his abduction last week on
        # the Damascus road is told in a relative clause (optional, historical)
        E(True, ["RETREAT"], [14], "وأُفرج", ["asserted", "reported"], mode="release",
          recipient=KAFR_TRADER, location=KAFR, date=TODAY, attribution=["أحد أقاربه"]),
        E(False, ["ASSAULT"], [14], "اختُطف", ["historical"], mode="abduct",
          recipient=KAFR_TRADER, location=DAMASCUS_SUWAYDA_ROAD,
          date=D("2023-11-01", "week", ("2023-10-30", "2023-11-05")), acled=ABDUCTION),
        # ¶15: the Men of Dignity's vow (optional THREATEN); the toll of four belongs to the first event
        E(False, ["THREATEN"], [15], "متوعّدةً", ["asserted"], mode="violence",
          source=KARAMA_MEN, date=TODAY),
    ],
)
