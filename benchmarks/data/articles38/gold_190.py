"""Gold of article 190: Masyaf and its countryside (the targeted site near al-Zawi, the Wadi al-Uyun road, Ayn
Halaqim, Deir Shamil), a pro-Damascus news site, 2019-10-09 (Wed)."""
from actors_places import (
    DRAFT_EVADERS,
    HAMA_SITE,
    IL_ARMY,
    KIDNAPPERS,
    MASYAF,
    MASYAF_AREA,
    MASYAF_DIRECTOR,
    MASYAF_HAMA_ROAD,
    MASYAF_SITE,
    MASYAF_TARGET,
    MASYAF_VILLAGES,
    MASYAF_WADI_ROAD,
    MIL_POLICE,
    SIT_IN,
    SY_AIR_DEF,
    SY_AUTHORITIES,
    SY_MOFA,
    TRADER,
    TRADER_FAMILY,
    UNSC,
)
from common import ABDUCTION, AIR, ARREST, PEACEFUL, D, E, paras_of

SLUG = "masyaf_2019_israeli_strike_kidnapped_trader_sit_in"
ARTICLE = dict(
    id="team38-190", slug=SLUG, published="2019-10-09", outlet="Nafidhat al-Sham news site (fictional)",
    paras=paras_of(f"190_{SLUG}.txt"),
    events=[
        # the Israeli missile strike on a site near Masyaf after midnight: headline 0, lead 1 (SANA's military
        # source: material damage, no word on casualties), the villagers and the Observatory in 7 (4 killed, the
        # only figure given) → 4; the interception is optional
        E(True, ["ASSAULT"], [0, 1, 7], "عدوان صاروخي", ["asserted", "reported"], mode="aerial",
          source=IL_ARMY, recipient=MASYAF_TARGET, location=MASYAF_SITE,
          date=D("2019-10-09", "day", ("2019-10-08", "2019-10-09")), fatalities=4,
          attribution=["سانا عن مصدر عسكري", "سكان في قرية الزاوي", "المرصد السوري"], acled=AIR, tpara=1),
        E(False, ["ASSAULT"], [0, 1], "تصدّت", ["asserted"], mode="aerial",
          source=SY_AIR_DEF, recipient=IL_ARMY, location=MASYAF,
          date=D("2019-10-09", "day", ("2019-10-08", "2019-10-09")), tpara=1),
        # the foreign ministry's letters: condemnation with blame (one ACCUSE) and the demand to the Security
        # Council; «تحتفظ بحقها في الرد» is no event
        E(True, ["ACCUSE"], [2], "إدانة", ["asserted"],
          source=SY_MOFA, recipient=IL_ARMY, date=D("2019-10-09")),
        E(True, ["REQUEST"], [2], "وطالبت", ["asserted"],
          source=SY_MOFA, recipient=UNSC, date=D("2019-10-09")),
        # Sunday evening's abduction of a feed trader on the Masyaf–Wadi al-Uyun road (headline 0: «مخطوف»); the
        # ransom (optional REQUEST), the kidnappers' threat (core) and the killing it implies (optional)
        E(True, ["ASSAULT"], [0, 3], "اختطاف", ["asserted", "reported"], mode="abduct",
          source=KIDNAPPERS, recipient=TRADER, location=MASYAF_WADI_ROAD, date=D("2019-10-06"),
          attribution=["أحد أقاربه"], acled=ABDUCTION, tpara=3),
        E(False, ["REQUEST"], [3], "ويطلبوا فدية", ["reported"],
          source=KIDNAPPERS, recipient=TRADER_FAMILY, date=None),
        E(True, ["THREATEN"], [3], "هددوا", ["reported", "asserted"], mode="violence",
          source=KIDNAPPERS, recipient=TRADER_FAMILY, date=D("2019-10-07", "week", ("2019-10-06", "2019-10-09")),
          attribution=["أحد أقاربه"]),
        E(False, ["ASSAULT"], [3], "إرسال جثته", ["hypothetical"], mode="firearms",
          source=KIDNAPPERS, recipient=TRADER, date=None),
        # the relatives' sit-in (headline 0), their demand, the area director's meeting and promise, and one
        # participant's conditional threat to block the road on Saturday (the road block itself optional)
        E(True, ["PROTEST"], [0, 4], "واعتصم", ["asserted"], mode="demo",
          source=SIT_IN, location=MASYAF_AREA, date=D("2019-10-09"), acled=PEACEFUL, tpara=4),
        E(True, ["REQUEST"], [4], "مطالبين", ["asserted"],
          source=SIT_IN, recipient=SY_AUTHORITIES, location=MASYAF_AREA, date=D("2019-10-09")),
        E(True, ["CONSULT"], [4], "التقى", ["asserted"], mode="visit",
          source=MASYAF_DIRECTOR, recipient=SIT_IN, location=MASYAF_AREA, date=D("2019-10-09")),
        E(True, ["AGREE"], [4], "ووعدهم", ["asserted"],
          source=MASYAF_DIRECTOR, recipient=SIT_IN, location=MASYAF_AREA, date=D("2019-10-09")),
        E(True, ["THREATEN"], [4], "هدد", ["asserted", "reported"],
          source=SIT_IN, recipient=SY_AUTHORITIES, location=MASYAF_AREA, date=D("2019-10-09"),
          attribution=["أحد المشاركين في حديث لمراسلنا"]),
        E(False, ["PROTEST"], [4], "بقطع الطريق", ["hypothetical", "planned"], mode="obstruct",
          source=SIT_IN, location=MASYAF_HAMA_ROAD, date=D("2019-10-12")),
        # paragraph 5: the region described, no event
        # military police raids in three villages: sixteen draft evaders arrested over the past two days
        E(True, ["COERCE"], [6], "اعتقلت", ["asserted", "reported"], mode="arrest",
          source=MIL_POLICE, recipient=DRAFT_EVADERS, location=MASYAF_VILLAGES,
          date=D("2019-10-08", "week", ("2019-10-07", "2019-10-09")), attribution=["مصادر أهلية"], acled=ARREST),
        # equipment moved out of the targeted site (told by local sources); the heavy security deployment
        # (optional); last summer's strike on the same area (optional, historical)
        E(True, ["MOBILIZE"], [8], "نقل معدات", ["reported"], mode="weapons",
          location=HAMA_SITE, date=D("2019-10-09"), attribution=["مصادر أهلية"]),
        E(False, ["MOBILIZE"], [8], "انتشار أمني كثيف", ["reported"], mode="police",
          location=HAMA_SITE, date=D("2019-10-09")),
        E(False, ["ASSAULT"], [8], "عدوان مماثل", ["historical"], mode="aerial",
          location=HAMA_SITE, date=D("2018-07-15", "month", ("2018-06-01", "2018-08-31"))),
    ],
)
