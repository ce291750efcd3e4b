"""Gold of article 290: Taiz (Yemen), the Shanini market, al-Jahmaliya and the Republican Palace, Kuwait,
al-Hawban, the al-Dahi crossing, Jamal Street and Usayfirah, a Taiz news site, 2016-05-24 (Tue)."""
from actors_places import (
    COALITION_MERCS,
    DAHI,
    HAWBAN,
    HOUTHI_DELEGATION,
    HOUTHI_GUNMEN,
    HOUTHI_MIL_SOURCE,
    HOUTHI_SALEH,
    HOUTHI_SNIPER,
    JAHMALIYA,
    JAHMALIYA_YOUTHS,
    JAMAL_STREET,
    KSRELIEF,
    KUWAIT,
    SHANINI,
    SHANINI_SHOPPERS,
    TAIZ,
    TAIZ_AXIS_COMMANDER,
    TAIZ_CLASH,
    TAIZ_ENTRANCES,
    TAIZ_HOSPITALS,
    TAIZ_WOMEN,
    TRUCE_COMMITTEE,
    UN,
    UN_ENVOY,
    USAYFIRAH,
    USAYFIRAH_BOY,
    YE_GOV_DELEGATION,
    YE_PRO_GOV,
)
from common import ABDUCTION, ATTACK, CLASH, PEACEFUL, SHELL, D, E, paras_of

SLUG = "taiz_2016_shanini_jahmaliya_kuwait_usayfirah"
TODAY = D("2016-05-24")
YESTERDAY = D("2016-05-23")
SINCE_YESTERDAY = D("2016-05-23", "day", ("2016-05-23", "2016-05-24"))
SPRING_2015 = D("2015-04-15", "month", ("2015-03-01", "2015-05-31"))
ARTICLE = dict(
    id="team58-290", slug=SLUG, published="2016-05-24",
    outlet="Al-Qalaa Net Taiz news site (fictional)",
    paras=paras_of(f"290_{SLUG}.txt"),
    events=[
        # the Houthi–Saleh mortar shells on the Shanini market «عصر أمس الإثنين»: headline 0, lead 1 (a
        # medical source at al-Thawra hospital: four), the follow-up 5 (witnesses; the health office: five;
        # a local rights centre: three by name) and the Houthi source's denial 6 (he denies the target and
        # blames the other side: the shelling itself is not negated) → 4 vs 5 vs 3 → 3
        E(True, ["ASSAULT"], [0, 1, 5, 6], "قذائف هاون أطلقتها", ["asserted", "reported"],
          mode="heavy-weapons",
          source=HOUTHI_SALEH, recipient=SHANINI_SHOPPERS, location=SHANINI, date=YESTERDAY, fatalities=3,
          attribution=["مصدر طبي في مستشفى الثورة العام", "شهود", "مكتب الصحة في المحافظة",
                       "مركز حقوقي محلي", "قناة «المسيرة»"], acled=SHELL, tpara=1),
        # the dawn battle on the eastern front (two-sided: both are sources); the resistance's two dead and
        # the «losses» claimed by the axis give no sure toll
        E(True, ["ASSAULT"], [2], "مواجهات عنيفة", ["asserted", "reported"], mode="firearms",
          source=TAIZ_CLASH, location=JAHMALIYA, date=TODAY, attribution=["مصدر عسكري في محور تعز"],
          acled=CLASH),
        # paragraph 3 (the siege as a standing state, the mountain roads, the prices) holds no event
        # the Kuwait talks: the government delegation with the UN envoy, and the Houthi–GPC delegation's
        # rejection of the UN proposal (headline «تتعثر»); the pull-back of gunmen is the proposal's content
        E(True, ["CONSULT"], [0, 4], "ناقش", ["asserted"], mode="third-party",
          source=YE_GOV_DELEGATION, recipient=UN_ENVOY, location=KUWAIT, date=YESTERDAY, tpara=4),
        E(True, ["REJECT"], [0, 4], "رفض وفد الحوثيين", ["reported", "asserted"],
          source=HOUTHI_DELEGATION, recipient=UN_ENVOY, location=KUWAIT, date=YESTERDAY,
          attribution=["مصدر في الوفد الحكومي"], tpara=4),
        # the Houthi military source's counter-accusation (his denial retells the shelling)
        E(True, ["ACCUSE"], [6], "متهماً", ["reported", "asserted"],
          source=HOUTHI_MIL_SOURCE, recipient=COALITION_MERCS, date=SINCE_YESTERDAY,
          attribution=["قناة «المسيرة»"]),
        # the axis commander's conditional threat (made: asserted); settling the battle by force optional,
        # hypothetical
        E(True, ["THREATEN"], [7], "وتوعّد", ["asserted"], mode="violence",
          source=TAIZ_AXIS_COMMANDER, date=SINCE_YESTERDAY),
        E(False, ["ASSAULT"], [7], "ستحسم", ["hypothetical"], mode="firearms",
          source=YE_PRO_GOV, location=TAIZ, date=None, acled=CLASH),
        # Houthi reinforcements from Ibb to al-Hawban overnight: rumoured, unverified
        E(True, ["MOBILIZE"], [8], "تعزيزات", ["rumored", "reported"], mode="troops",
          source=HOUTHI_SALEH, location=HAWBAN, date=SINCE_YESTERDAY,
          attribution=["ناشطون في منطقة الحوبان"]),
        # the KSrelief oxygen convoy into the city (delivered to the two hospitals: the same act)
        E(True, ["AID"], [9], "قافلة", ["asserted", "reported"], mode="humanitarian",
          source=KSRELIEF, recipient=TAIZ_HOSPITALS, location=TAIZ, date=TODAY, attribution=["منسق القافلة"]),
        # the local truce committee's meeting at the al-Dahi crossing tomorrow (planned; opening it is the
        # purpose)
        E(True, ["CONSULT"], [10], "لقاءً", ["planned", "reported"], mode="multilateral",
          source=TRUCE_COMMITTEE, location=DAHI, date=D("2016-05-25"), attribution=["عضو في اللجنة"]),
        # the women's vigil in Jamal Street; the banners' demand to the UN optional
        E(True, ["PROTEST"], [11], "وقفة احتجاجية", ["asserted"], mode="demo",
          source=TAIZ_WOMEN, location=JAMAL_STREET, date=TODAY, acled=PEACEFUL),
        E(False, ["REQUEST"], [11], "تطالب", ["asserted"],
          source=TAIZ_WOMEN, recipient=UN, location=JAMAL_STREET, date=TODAY),
        # paragraph 12 (no running water, tankers and old wells: a standing state) holds no event
        # background at another place: a boy shot dead by a sniper in Usayfirah «صباح السبت الماضي» (core,
        # historical, 1); the takeover of Taiz's entrances in spring 2015 and the resistance's recapture
        # optional, historical
        E(True, ["ASSAULT"], [13], "قتل", ["historical", "asserted", "reported"], mode="firearms",
          source=HOUTHI_SNIPER, recipient=USAYFIRAH_BOY, location=USAYFIRAH, date=D("2016-05-21"),
          fatalities=1, attribution=["أقاربه"], acled=ATTACK),
        E(False, ["ASSAULT"], [13], "سيطرت", ["historical"], mode="firearms",
          source=HOUTHI_SALEH, location=TAIZ_ENTRANCES, date=SPRING_2015, acled=CLASH),
        E(False, ["ASSAULT"], [13], "استعادة", ["historical"], mode="firearms",
          source=YE_PRO_GOV, recipient=HOUTHI_SALEH, location=TAIZ_ENTRANCES, date=None, acled=CLASH),
        # three young men of al-Jahmaliya abducted at a Houthi checkpoint in al-Hawban «مساء أمس»
        E(True, ["ASSAULT", "COERCE"], [14], "اختطف", ["asserted", "reported"], mode="abduct",
          source=HOUTHI_GUNMEN, recipient=JAHMALIYA_YOUTHS, location=HAWBAN, date=YESTERDAY,
          attribution=["رابطة أمهات المختطفين"], acled=ABDUCTION),
        # paragraph 15 (a resident's pessimism) holds no event
    ],
)
