"""Gold of article 159: Salamiyah and its eastern countryside (the Serail, the eastern quarter, al-Saan,
Uqayribat), an independent local Facebook page, 2014-10-14 (Tue)."""
from actors_places import (
                           ISIS_POSITIONS_S,
                           KIDNAPPERS,
                           MIL_SECURITY_S,
                           NDF_CRITICS,
                           NDF_MEMBERS,
                           NDF_S,
                           PHARMACIST,
                           PHARMACIST_FAMILY,
                           SAAN,
                           SAAN_CLASH,
                           SAAN_ROAD,
                           SAL_DELEGATION,
                           SAL_ENTRANCES,
                           SAL_HAMA_ROAD,
                           SAL_IDPS,
                           SAL_NORTH,
                           SAL_NOTABLE,
                           SAL_PROTESTERS,
                           SAL_SEC_COMMITTEE,
                           SAL_SERAIL,
                           SALAMIYAH,
                           SARC_SAL,
                           SY_AIR_S,
                           SY_ARMY_S,
                           SY_SECURITY_S,
                           UNKNOWN,
                           UQAYRIBAT,
                           WFP,
)
from common import ABDUCTION, AIR, ARREST, ATTACK, CLASH, PEACEFUL, SHELL, D, E, paras_of

SLUG = "salamiyah_pharmacist_kidnap_saan_checkpoint_sit_in"
ARTICLE = dict(
    id="team32-159", slug=SLUG, published="2014-10-14", outlet="Shurfat Salamiyah Facebook page (fictional)",
    paras=paras_of(f"159_{SLUG}.txt"),
    events=[
        # the sit-in before the Serail yesterday evening (explicit date in the lead; the chants and banners of 2 are
        # part of it) and its demand to the security agencies (the release and accountability are its content)
        E(True, ["PROTEST"], [0, 1, 2], "اعتصم", ["asserted"], mode="demo",
          source=SAL_PROTESTERS, location=SAL_SERAIL, date=D("2014-10-13"),
          attribution=["مراسل «شرفة سلمية»"], acled=PEACEFUL, tpara=1),
        E(True, ["REQUEST"], [1], "مطالبين", ["asserted"],
          source=SAL_PROTESTERS, recipient=SY_SECURITY_S, location=SAL_SERAIL, date=D("2014-10-13")),
        # the security committee's meeting with the notables and the protesters' representatives today, and the
        # chairman's pledge (AGREE)
        E(True, ["CONSULT"], [3], "اجتماعاً", ["asserted", "reported"],
          source=SAL_SEC_COMMITTEE, recipient=SAL_DELEGATION, location=SALAMIYAH, date=D("2014-10-14"),
          attribution=["أحد الحاضرين"]),
        E(True, ["AGREE"], [3], "تعهّد", ["asserted", "reported"],
          source=SAL_SEC_COMMITTEE, recipient=SAL_DELEGATION, location=SALAMIYAH, date=D("2014-10-14"),
          attribution=["أحد الحاضرين"]),
        # the abduction, first in a relative clause of the lead («قبل نحو أسبوع»), then told in full in 4 with «على يد»
        # (last Wednesday); the ransom demand and the death threat two days later are optional
        E(True, ["ASSAULT"], [1, 4], "خُطف", ["asserted", "reported"], mode="abduct",
          source=KIDNAPPERS, recipient=PHARMACIST, location=SALAMIYAH, date=D("2014-10-08"),
          attribution=["شهود عيان"], acled=ABDUCTION, tpara=4),
        E(False, ["REQUEST"], [4], "طلبوا فيه فدية", ["asserted", "reported"],
          source=KIDNAPPERS, recipient=PHARMACIST_FAMILY, date=D("2014-10-10")),
        E(False, ["THREATEN"], [4], "وهددوا بقتله", ["asserted", "reported"], mode="violence",
          source=KIDNAPPERS, recipient=PHARMACIST_FAMILY, date=D("2014-10-10")),
        # ISIS's dawn attack on the checkpoint near al-Saan: headline 0, the hospital source 5 (four of the checkpoint
        # and «عدد من المهاجمين»), the two partisan versions 6 (no lower number) → 4 + 3 = 7; two-sided
        E(True, ["ASSAULT"], [0, 5, 6], "هاجم", ["asserted", "reported"], mode="firearms",
          source=SAAN_CLASH, location=SAAN, date=D("2014-10-14"), fatalities=7,
          attribution=["مصدر طبي في مشفى سلمية الوطني", "صفحات مقربة من التنظيم", "مصدر عسكري"], acled=CLASH,
          tpara=5),
        # Syrian air strikes near Uqayribat in the afternoon
        E(True, ["ASSAULT"], [7], "غارات عدة", ["reported", "asserted"], mode="aerial",
          source=SY_AIR_S, recipient=ISIS_POSITIONS_S, location=UQAYRIBAT, date=D("2014-10-14"),
          attribution=["ناشطون من المنطقة"], acled=AIR),
        # paragraph 8: Salamiyah's setting, water, prices, emigration: deliberately NO gold event
        # the unconfirmed arrest of two NDF members last Sunday and their release hours later
        E(True, ["COERCE"], [9], "اعتقلت", ["reported", "rumored"], mode="arrest",
          source=MIL_SECURITY_S, recipient=NDF_MEMBERS, location=SALAMIYAH, date=D("2014-10-12"),
          attribution=["مصادر خاصة"], acled=ARREST),
        E(True, ["RETREAT"], [9], "تُطلق سراحهما", ["reported", "rumored"], mode="release",
          source=MIL_SECURITY_S, recipient=NDF_MEMBERS, location=SALAMIYAH, date=D("2014-10-12"),
          attribution=["مصادر خاصة"]),
        # the NDF's denial (optional REJECT) and its threat of prosecution (THREATEN); the post's day is not given
        E(False, ["REJECT"], [10], "ونفت", ["asserted", "reported"],
          source=NDF_S, date=D("2014-10-14", "day", ("2014-10-13", "2014-10-14"))),
        E(True, ["THREATEN"], [10], "وهددت", ["asserted", "reported"], mode="sanction",
          source=NDF_S, recipient=NDF_CRITICS, location=SALAMIYAH,
          date=D("2014-10-14", "day", ("2014-10-13", "2014-10-14")),
          attribution=["منشور قيادة الدفاع الوطني في سلمية"]),
        # the organisers' deadline with a conditional threat (made last night: asserted); the road block and the open
        # sit-in are hypothetical (optional)
        E(True, ["THREATEN"], [11], "أمهلوا", ["asserted", "reported"], mode="protest",
          source=SAL_PROTESTERS, recipient=SY_SECURITY_S, location=SAL_SERAIL,
          date=D("2014-10-13", "day", ("2014-10-13", "2014-10-14")), attribution=["بيان منظمي الاعتصام"]),
        E(False, ["PROTEST"], [11], "بقطع طريق", ["hypothetical"], mode="obstruct",
          source=SAL_PROTESTERS, location=SAL_HAMA_ROAD, date=None),
        # SARC's distribution today; the WFP funding is an optional AID; the displacement of the families is no event
        E(True, ["AID"], [12], "وزّعت", ["asserted", "reported"], mode="humanitarian",
          source=SARC_SAL, recipient=SAL_IDPS, location=SALAMIYAH, date=D("2014-10-14"),
          attribution=["صفحة شعبة الهلال الأحمر في سلمية"]),
        E(False, ["AID"], [12], "بتمويل", ["asserted"], mode="humanitarian",
          source=WFP, recipient=SAL_IDPS, location=SALAMIYAH, date=D("2014-10-14")),
        # the rumoured killing of the pharmacist, denied by his brother; the family's talks with the kidnappers
        # through mediators, still going on
        E(True, ["ASSAULT"], [13], "مقتل الصيدلاني", ["rumored", "negated", "reported"], mode="execute",
          source=KIDNAPPERS, recipient=PHARMACIST, location=SALAMIYAH,
          date=D("2014-10-13", "week", ("2014-10-08", "2014-10-13")),
          attribution=["صفحات على فيسبوك", "شقيق الصيدلاني"]),
        E(True, ["CONSULT"], [13], "المفاوضات", ["asserted", "reported"], mode="third-party",
          source=PHARMACIST_FAMILY, recipient=KIDNAPPERS, location=SALAMIYAH,
          date=D("2014-10-14", "week", ("2014-10-10", "2014-10-14")), attribution=["شقيق الصيدلاني"]),
        # paragraph 14: the kidnappings since 2012, ransoms, the residents' standing complaint: deliberately NO gold
        # event (generic)
        # a notable assassinated in February of last year (optional, historical; not recent)
        E(False, ["ASSAULT"], [15], "اغتالوا", ["historical"], mode="assassinate",
          source=UNKNOWN, recipient=SAL_NOTABLE, location=SALAMIYAH,
          date=D("2013-02-15", "month", ("2013-02-01", "2013-02-28")), fatalities=1, acled=ATTACK),
        # two mobilisations in one sentence: army reinforcements on the al-Saan road, the NDF's raised readiness at
        # the town's entrances
        E(True, ["MOBILIZE"], [16], "تعزيزات للجيش", ["asserted", "reported"], mode="troops",
          source=SY_ARMY_S, location=SAAN_ROAD, date=D("2014-10-14"), attribution=["مراسل «شرفة سلمية»"]),
        E(True, ["MOBILIZE"], [16], "رفعت مجموعات الدفاع الوطني جاهزيتها", ["asserted", "reported"], mode="troops",
          source=NDF_S, location=SAL_ENTRANCES, date=D("2014-10-14"), attribution=["مراسل «شرفة سلمية»"]),
        # two mortar rounds on the northern outskirts: no one hurt, nobody claimed them (no source)
        E(True, ["ASSAULT"], [17], "قذيفتا هاون", ["asserted"], mode="heavy-weapons",
          location=SAL_NORTH, date=D("2014-10-14"), acled=SHELL),
        # paragraph 18: the governorate's silence: deliberately NO gold event
    ],
)
