"""Gold of article 185: Daraa al-Balad (barrel bombs and air strikes, the al-Manshiyah fight, an offer and its
rejection, arrests in Daraa al-Mahatta, protests in Tafas, Nawa and Dael), a Hauran opposition agency,
2017-06-05 (Mon)."""
from actors_places import (
    AMMAN,
    BUNYAN,
    DARAA_BALAD,
    DARAA_COUNCIL,
    DARAA_MAHATTA,
    DR_BALAD_OFFER,
    DR_CLASH,
    DR_FACTIONS,
    DR_MAHATTA_CIV,
    DR_NOTABLES,
    DR_PROTESTERS,
    DR_REBELS_SANA,
    DR_RECONC,
    DR_REGIME_HZB,
    DR_STUDENTS,
    DR_VICTIMS,
    FRIENDS_UN,
    MANSHIYAH,
    MIL_SEC,
    RUS_US_JO,
    RUSSIA,
    SIJNEH,
    SY_HELI_DR,
    SY_REGIME,
    TAFAS_NAWA_DAEL,
)
from common import AIR, ARREST, CLASH, PEACEFUL, SHELL, D, E, paras_of

SLUG = "daraa_balad_manshiyah_barrels_bunyan_marsous"
DAY = D("2017-06-05", "day", ("2017-06-04", "2017-06-05"))
ARTICLE = dict(
    id="team37-185", slug=SLUG, published="2017-06-05", outlet="Sahl Hauran news agency, opposition (fictional)",
    paras=paras_of(f"185_{SLUG}.txt"),
    events=[
        # 42 barrel bombs from last night until noon: headline 0, lead 1 (a woman and her child → 2), the civil
        # defence's account 5
        E(True, ["ASSAULT"], [0, 1, 5], "ألقت", ["asserted"], mode="aerial", tpara=1,
          source=SY_HELI_DR, recipient=DR_VICTIMS, location=DARAA_BALAD, date=DAY, fatalities=2,
          attribution=["مراسل \"سهل حوران\" في درعا البلد", "مدير مركز الدفاع المدني السوري في درعا البلد"],
          acled=AIR),
        # air strikes by jets activists believe Russian, on Sijneh (a second actor: a second event)
        E(True, ["ASSAULT"], [1], "غارات", ["asserted", "reported"], mode="aerial",
          source=RUSSIA, location=SIJNEH, date=DAY, attribution=["ناشطون"], acled=AIR),
        # the al-Manshiyah fight until dawn: the operations room's claim 2, SANA's version 3 (20 killed, the only
        # number given); headline 0 («تعلن التقدم»)
        E(True, ["ASSAULT"], [0, 2, 3], "اشتباكات", ["asserted", "reported"], mode="firearms", tpara=2,
          source=DR_CLASH, location=MANSHIYAH, date=DAY, fatalities=20,
          attribution=["غرفة عمليات \"البنيان المرصوص\" على تلغرام", "سانا عن مصدر عسكري"], acled=CLASH),
        # the battle launched last February (optional, historical) and the operations room's denial (optional)
        E(False, ["ASSAULT"], [2], "أطلقتها", ["historical"],
          source=BUNYAN, location=MANSHIYAH, date=D("2017-02-12", "month", ("2017-02-01", "2017-02-28")),
          acled=CLASH),
        E(False, ["REJECT"], [3], "نفاه", ["asserted"],
          source=BUNYAN, date=D("2017-06-05")),
        # paragraph 4 describes Daraa al-Balad: deliberately NO gold event
        # rumoured talks in Amman on a de-escalation zone (neither confirmed nor denied)
        E(True, ["CONSULT"], [6], "مفاوضات", ["rumored"], mode="multilateral",
          source=RUS_US_JO, location=AMMAN, date=None, attribution=["أوساط المعارضة"]),
        # the regime's offer through the reconciliation committee «منتصف الأسبوع الماضي», and the factions' rejection
        E(True, ["AGREE"], [7], "عرضاً", ["asserted", "historical"],
          source=DR_RECONC, recipient=DR_NOTABLES, location=DR_BALAD_OFFER,
          date=D("2017-05-31", "week", ("2017-05-29", "2017-06-02"))),
        E(True, ["REJECT"], [7], "رفضت", ["asserted"],
          source=DR_FACTIONS, recipient=DR_RECONC, location=DR_BALAD_OFFER,
          date=D("2017-06-01", "week", ("2017-05-29", "2017-06-05"))),
        # three students arrested at the stadium checkpoint yesterday morning
        E(True, ["COERCE"], [8], "باعتقال", ["asserted", "reported"], mode="arrest",
          source=MIL_SEC, recipient=DR_STUDENTS, location=DARAA_MAHATTA, date=D("2017-06-04"),
          attribution=["صفحة \"أخبار طلاب درعا\" على فيسبوك"], acled=ARREST),
        # last Friday's demonstrations in three towns under one verb (one event); the banners' condemnation and
        # demand optional
        E(True, ["PROTEST"], [9], "مظاهرات", ["asserted"], mode="demo",
          source=DR_PROTESTERS, location=TAFAS_NAWA_DAEL, date=D("2017-06-02"), acled=PEACEFUL),
        E(False, ["ACCUSE"], [9], "تندد", ["asserted"],
          source=DR_PROTESTERS, date=D("2017-06-02")),
        E(False, ["REQUEST"], [9], "وتطالب", ["asserted"],
          source=DR_PROTESTERS, recipient=DR_FACTIONS, date=D("2017-06-02")),
        # the provincial council's demand and its accusation of Russia (one statement, two events)
        E(True, ["REQUEST"], [10], "وطالب", ["asserted"],
          source=DARAA_COUNCIL, recipient=FRIENDS_UN, location=DARAA_BALAD, date=D("2017-06-05")),
        E(True, ["ACCUSE"], [10], "محمّلاً", ["asserted"],
          source=DARAA_COUNCIL, recipient=RUSSIA, date=D("2017-06-05")),
        # mortars on al-Sabil told only by SANA
        E(True, ["ASSAULT"], [11], "استهدفت", ["reported", "asserted"], mode="heavy-weapons",
          source=DR_REBELS_SANA, recipient=DR_MAHATTA_CIV, location=DARAA_MAHATTA, date=D("2017-06-05"),
          attribution=["سانا"], acled=SHELL),
        # reinforcements over the last three days; the feared assault is hypothetical (optional)
        E(True, ["MOBILIZE"], [12], "تعزيزات", ["reported", "asserted"], mode="troops",
          source=DR_REGIME_HZB, location=DARAA_MAHATTA, date=D("2017-06-03", "week", ("2017-06-02", "2017-06-05")),
          attribution=["مصادر محلية في درعا المحطة"]),
        E(False, ["ASSAULT"], [12], "هجوم واسع", ["hypothetical"],
          source=SY_REGIME, location=MANSHIYAH, date=None),
    ],
)
