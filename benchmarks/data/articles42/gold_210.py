"""Gold of article 210: al-Atarib (its northern quarter and entrances, Taqad, Kafr Naha and Regiment 46), a local
radio station's news site, 2019-01-03 (Thu). Dateline «الأتارب – «راديو بلدنا»:»; 14 paragraphs; ¶5 holds no
event."""
from actors_places import (
                           ATARIB,
                           ATARIB_ACTIVISTS,
                           ATARIB_DEAL_PARTIES,
                           ATARIB_DELEGATION,
                           ATARIB_EDGES,
                           ATARIB_FIGHT,
                           ATARIB_PROTESTERS,
                           ATARIB_TAQAD_ROAD,
                           ATARIB_VICTIMS,
                           BOTH_SIDES_210,
                           HTS,
                           HTS_CONVOY,
                           HTS_VS_JTS,
                           JOINT_COMMITTEE,
                           KAFR_NAHA,
                           LOCAL_FIGHTERS,
                           MEDIA_ACTIVISTS,
                           NFL,
                           SY_REGIME_210,
                           TAQAD,
                           WEST_ALEPPO,
                           ZINKI,
)
from common import AGREEMENT, ARREST, CLASH, PEACEFUL, SHELL, D, E, paras_of

SLUG = "al_atarib_2019_hts_infighting_shelling_protest_deal_afrin_exit"
ARTICLE = dict(
    id="team42-210", slug=SLUG, published="2019-01-03", outlet="Radio Baladna local radio site (fictional)",
    paras=paras_of(f"210_{SLUG}.txt"),
    events=[
        # the shelling of the northern quarter yesterday evening: headline 0, lead 1, the civil defence's details
        # and a page's higher toll in 9 (3; 4 per the page → 3). The perpetrator is HTS only in the activists'
        # accusation, and HTS denies it in 9; the gold keeps HTS as the named source (accusation optional ACCUSE,
        # denial optional REJECT)
        E(True, ["ASSAULT"], [0, 1, 9], "سقوط قذائف هاون ومدفعية", ["asserted", "reported"], mode="heavy-weapons",
          source=HTS, recipient=ATARIB_VICTIMS, location=ATARIB, date=D("2019-01-02"), fatalities=3,
          attribution=["مراسل الإذاعة", "ناشطون من المدينة", "مسؤول في مركز الدفاع المدني", "صفحة الأتارب الآن"],
          acled=SHELL, tpara=1),
        E(False, ["ACCUSE"], [1], "اتهم ناشطون", ["asserted"],
          source=ATARIB_ACTIVISTS, recipient=HTS, date=D("2019-01-02", "day", ("2019-01-02", "2019-01-03"))),
        # the on-and-off clashes since Tuesday dawn at the eastern and northern entrances (headline 0): both sides are
        # sources; 5 fighters killed «على الأقل»
        E(True, ["ASSAULT"], [0, 2], "اشتباكات متقطعة", ["asserted"], mode="firearms",
          source=ATARIB_FIGHT, location=ATARIB_EDGES, date=D("2019-01-01", "day", ("2019-01-01", "2019-01-03")),
          fatalities=5, attribution=["فريق الإذاعة"], acled=CLASH, tpara=2),
        # yesterday afternoon's demonstration and its demand to both sides
        E(True, ["PROTEST"], [3], "مظاهرة", ["asserted"], mode="demo",
          source=ATARIB_PROTESTERS, location=ATARIB, date=D("2019-01-02"), attribution=["مراسل الإذاعة"],
          acled=PEACEFUL),
        E(True, ["REQUEST"], [3], "وطالبوا", ["asserted"],
          source=ATARIB_PROTESTERS, recipient=BOTH_SIDES_210, location=ATARIB, date=D("2019-01-02")),
        # two media activists arrested this morning at an HTS checkpoint on the Atarib–Taqad road (passive; the
        # actor is the checkpoint's owner)
        E(True, ["COERCE"], [4], "اعتُقل", ["asserted", "reported"], mode="arrest",
          source=HTS, recipient=MEDIA_ACTIVISTS, location=ATARIB_TAQAD_ROAD, date=D("2019-01-03"),
          attribution=["زملاء المعتقلَين"], acled=ARREST),
        # paragraph 5 describes the town (population, market, closed shops, schools): deliberately NO gold event
        # the notables' and council's meeting with HTS commanders in Taqad last night, and HTS's conditions
        # (a demand)
        E(True, ["CONSULT"], [6], "اجتمع", ["asserted", "reported"], mode="visit",
          source=ATARIB_DELEGATION, recipient=HTS, location=TAQAD,
          date=D("2019-01-02", "day", ("2019-01-02", "2019-01-03")), attribution=["مراسل الإذاعة"]),
        E(True, ["REQUEST"], [6], "اشترطت", ["asserted", "reported"],
          source=HTS, recipient=ATARIB_DELEGATION, location=TAQAD,
          date=D("2019-01-02", "day", ("2019-01-02", "2019-01-03")), attribution=["مراسل الإذاعة"]),
        # the preliminary agreement reached after midnight (headline 0), told by a council member; the exit of the
        # fighters who refuse it to Afrin, due this afternoon (planned RETREAT, core); the ceasefire and the handover
        # of heavy weapons are further terms of the same deal (optional)
        E(True, ["AGREE"], [0, 7], "توصّلا", ["reported", "asserted"],
          source=ATARIB_DEAL_PARTIES, location=ATARIB, date=D("2019-01-03", "day", ("2019-01-02", "2019-01-03")),
          attribution=["عضو في المجلس المحلي"], acled=AGREEMENT, tpara=7),
        E(True, ["RETREAT"], [7], "وخروج المقاتلين", ["planned"], mode="withdraw",
          source=LOCAL_FIGHTERS, location=ATARIB, date=D("2019-01-03"), attribution=["عضو في المجلس المحلي"]),
        E(False, ["CONCEDE", "RETREAT"], [7], "بوقف فوري لإطلاق النار", ["planned", "asserted"], mode="ceasefire",
          source=ATARIB_DEAL_PARTIES, location=ATARIB, date=D("2019-01-03")),
        E(False, ["RETREAT"], [7], "وتسليم السلاح الثقيل", ["planned"], mode="disarm",
          source=LOCAL_FIGHTERS, recipient=HTS, location=ATARIB, date=D("2019-01-03")),
        # local fighters reject the deal (voice message) and one of them calls on the NFL to send reinforcements
        E(True, ["REJECT"], [8], "رفضوا", ["asserted", "reported"],
          source=LOCAL_FIGHTERS, location=ATARIB, date=D("2019-01-03", "day", ("2019-01-02", "2019-01-03")),
          attribution=["تسجيل صوتي تداوله ناشطون عبر واتساب"]),
        E(True, ["REQUEST"], [8], "مطالباً", ["asserted", "reported"],
          source=LOCAL_FIGHTERS, recipient=NFL, date=D("2019-01-03", "day", ("2019-01-02", "2019-01-03")),
          attribution=["تسجيل صوتي تداوله ناشطون عبر واتساب"]),
        # HTS's statement: denial of the shelling (optional REJECT) and accusation of the Zinki movement (core)
        E(False, ["REJECT"], [9], "نفت", ["asserted"],
          source=HTS, date=D("2019-01-03", "day", ("2019-01-02", "2019-01-03"))),
        E(True, ["ACCUSE"], [9], "واتهمت", ["asserted"],
          source=HTS, recipient=ZINKI, date=D("2019-01-03", "day", ("2019-01-02", "2019-01-03")),
          attribution=["معرّفات هيئة تحرير الشام"]),
        # regime artillery on Kafr Naha and Regiment 46 this noon, told by listeners (no casualties reported)
        E(True, ["ASSAULT"], [10], "قصفت", ["asserted", "reported"], mode="heavy-weapons",
          source=SY_REGIME_210, location=KAFR_NAHA, date=D("2019-01-03"), attribution=["مستمعون اتصلوا بالإذاعة"],
          acled=SHELL),
        # rumoured HTS convoy to Taqad (unverified, not denied); the storming it would prepare is conditional
        # (optional, hypothetical)
        E(True, ["MOBILIZE"], [11], "وصول رتل عسكري", ["rumored", "reported"], mode="troops",
          source=HTS_CONVOY, location=TAQAD, date=D("2019-01-03"), attribution=["ناشطون"]),
        E(False, ["ASSAULT"], [11], "لاقتحام الأتارب", ["hypothetical"], mode="firearms",
          source=HTS, location=ATARIB, date=None),
        # background: last year's infighting with the Syrian Liberation Front and the deal that ended it (optional,
        # historical)
        E(False, ["ASSAULT"], [12], "الاقتتال", ["historical"], mode="firearms",
          source=HTS_VS_JTS, location=WEST_ALEPPO, date=D("2018-02-15", "month", ("2018-01-01", "2018-04-30")),
          acled=CLASH),
        E(False, ["AGREE"], [12], "اتفاقاً لوقف القتال", ["historical"],
          source=HTS_VS_JTS, location=WEST_ALEPPO, date=D("2018-04-15", "month", ("2018-01-01", "2018-05-31")),
          acled=AGREEMENT),
        # the joint committee's first meeting this afternoon (planned)
        E(True, ["CONSULT"], [13], "اجتماعها الأول", ["planned"], mode="multilateral",
          source=JOINT_COMMITTEE, location=ATARIB, date=D("2019-01-03"), attribution=["عضو المجلس المحلي"]),
    ],
)
