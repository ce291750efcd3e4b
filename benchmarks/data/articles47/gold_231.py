"""Gold of article 231: Damascus (al-Qassaa and Bab Touma, Jobar, Bab Sharqi, al-Abbasiyin, al-Mazraa), a
state-leaning Damascus daily, 2013-11-19 (Tue)."""
from actors_places import (
                           ABBASIYIN,
                           ABBASIYIN_STUDENTS,
                           BAB_SHARQI,
                           BAB_SHARQI_SUSPECTS,
                           DAM_GOVERNOR,
                           DAM_MORTAR_GUNMEN,
                           DAM_POLICE,
                           DAM_STUDENTS,
                           DAMASCUS,
                           GULF_TURKEY,
                           INTL_COMMUNITY,
                           JOBAR,
                           JOBAR_GROUPS,
                           MAZRAA,
                           MAZRAA_VICTIMS,
                           MEZZEH_UNIV,
                           MUJTAHID,
                           MUJTAHID_WOUNDED,
                           OLD_CITY_SCHOOLS,
                           PATRIARCHATE,
                           QASSAA,
                           QASSAA_VICTIMS,
                           SY_ARMY,
                           SY_MOFA,
                           UNSC,
)
from common import ABDUCTION, ARREST, PEACEFUL, SHELL, D, E, paras_of

SLUG = "damascus_2013_qassaa_mortars_jobar_bab_sharqi"
ARTICLE = dict(
    id="team47-231", slug=SLUG, published="2013-11-19", outlet="Sabah al-Sham daily (fictional)",
    paras=paras_of(f"231_{SLUG}.txt"),
    events=[
        # the mortar shells on al-Qassaa and Bab Touma: headline 0, lead 1 (the police source: 4 killed), the
        # detail of 2 (the school and the market: the same shells), and 8 (the hospital confirms 4 after «six» in
        # local media; Nusra pages claim it) → 4. The lead names «إرهابيون», ¶8 the Nusra pages: one source
        E(True, ["ASSAULT"], [0, 1, 2, 8], "سقوط قذائف هاون", ["asserted", "reported"], mode="heavy-weapons",
          source=DAM_MORTAR_GUNMEN, recipient=QASSAA_VICTIMS, location=QASSAA, date=D("2013-11-19"), fatalities=4,
          attribution=["مصدر في قيادة شرطة دمشق", "مصدر طبي في مشفى المجتهد", "صفحات تابعة لجبهة النصرة"],
          acled=SHELL, tpara=1),
        # the army's shelling and air strikes on Jobar (headline 0): one event; «أعداداً كبيرة» is no number, the
        # «until the last inch» continuation a purpose
        E(True, ["ASSAULT"], [0, 3], "فاستهدفت بالمدفعية وسلاح الجو", ["asserted", "reported"], mode="heavy-weapons",
          source=SY_ARMY, recipient=JOBAR_GROUPS, location=JOBAR, date=D("2013-11-19"),
          attribution=["سانا عن مصدر عسكري"], acled=SHELL, tpara=3),
        # three arrests at Bab Sharqi with mortar shells in a vegetable car; the investigation is no event
        E(True, ["COERCE"], [5], "ألقت الجهات المختصة القبض", ["asserted", "reported"], mode="arrest",
          source=DAM_POLICE, recipient=BAB_SHARQI_SUSPECTS, location=BAB_SHARQI, date=D("2013-11-19"),
          attribution=["المصدر ذاته في قيادة الشرطة"], acled=ARREST),
        # the governor's visit to the wounded (CONSULT visit) and his pledge (AGREE); the treatment and repairs the
        # governorate will pay for: optional planned AID
        E(True, ["CONSULT"], [6], "وتفقّد", ["asserted"], mode="visit",
          source=DAM_GOVERNOR, recipient=MUJTAHID_WOUNDED, location=MUJTAHID, date=D("2013-11-19")),
        E(True, ["AGREE"], [6], "متعهداً", ["asserted"],
          source=DAM_GOVERNOR, recipient=MUJTAHID_WOUNDED, location=MUJTAHID, date=D("2013-11-19")),
        E(False, ["AID"], [6], "تتكفّل المحافظة", ["planned"], mode="economic",
          source=DAM_GOVERNOR, recipient=MUJTAHID_WOUNDED, date=None),
        # the Patriarchate's condemnation (nobody condemned by name: optional) and its demand to the international
        # community (core; the pressure demanded is its content)
        E(False, ["ACCUSE"], [7], "دانت", ["asserted"], source=PATRIARCHATE, date=D("2013-11-19")),
        E(True, ["REQUEST"], [7], "وطالبت", ["asserted"],
          source=PATRIARCHATE, recipient=INTL_COMMUNITY, date=D("2013-11-19")),
        # the rumoured kidnapping of two students, denied by the police (no perpetrator named)
        E(True, ["ASSAULT"], [9], "خطف طالبين", ["rumored", "negated", "reported"], mode="abduct",
          recipient=ABBASIYIN_STUDENTS, location=ABBASIYIN, date=D("2013-11-19", "day", ("2013-11-18", "2013-11-19")),
          attribution=["صفحات على موقع فيسبوك", "مصدر في قيادة شرطة دمشق"], acled=ABDUCTION),
        # the Jobar groups' conditional threat (made: asserted); the battle «in the heart of Damascus» it threatens
        # is hypothetical (optional); the «psychological war» they «wage» is a metaphor
        E(True, ["THREATEN"], [10], "توعّدت", ["asserted", "reported"], mode="violence",
          source=JOBAR_GROUPS, location=JOBAR, date=D("2013-11-19", "day", ("2013-11-18", "2013-11-19")),
          attribution=["تسجيل مصوّر على يوتيوب"]),
        E(False, ["ASSAULT"], [10], "نقل المعركة", ["hypothetical"], mode="heavy-weapons",
          source=JOBAR_GROUPS, location=DAMASCUS, date=None),
        # paragraph 11 is generic (the daily mortars): deliberately NO gold event
        # the police patrols and checkpoints from tomorrow (planned MOBILIZE); the funeral «وكانت … قد شُيّعت» is no
        # event
        E(True, ["MOBILIZE"], [12], "ستنشر", ["planned"], mode="police",
          source=DAM_POLICE, location=OLD_CITY_SCHOOLS, date=D("2013-11-20")),
        # the students' solidarity vigil; the banners' denunciation is optional
        E(True, ["PROTEST"], [13], "وقفة تضامنية", ["asserted"], mode="demo",
          source=DAM_STUDENTS, location=MEZZEH_UNIV, date=D("2013-11-19"), acled=PEACEFUL),
        E(False, ["ACCUSE"], [13], "تندّد", ["asserted"], source=DAM_STUDENTS, date=D("2013-11-19")),
        # the foreign ministry's letters: blame of Saudi Arabia, Qatar and Turkey, and a demand to the Council
        E(True, ["ACCUSE"], [14], "حمّلت", ["asserted"],
          source=SY_MOFA, recipient=GULF_TURKEY, date=D("2013-11-19")),
        E(True, ["REQUEST"], [14], "وطالبت مجلس الأمن", ["asserted"],
          source=SY_MOFA, recipient=UNSC, date=D("2013-11-19")),
        # background: Sunday before a Tuesday, a mortar on a house in al-Mazraa (1); the groups' entry into Jobar
        # early in the year, in a subordinate clause (optional, historical)
        E(True, ["ASSAULT"], [15], "قد سقطت", ["historical", "asserted"], mode="heavy-weapons",
          recipient=MAZRAA_VICTIMS, location=MAZRAA, date=D("2013-11-17"), fatalities=1, acled=SHELL),
        E(False, ["ASSAULT", "COERCE"], [15], "تسلّل", ["historical"], mode="seize",
          source=JOBAR_GROUPS, location=JOBAR, date=D("2013-02-15", "month", ("2013-01-01", "2013-03-31"))),
    ],
)
