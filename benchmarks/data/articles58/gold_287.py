"""Gold of article 287: Kafranbel (Idlib, Syria), Hass, Kafr Sajna and Rakaya Sajna, Kafr Nabudah and Qalaat
al-Madiq, Maarat al-Numan, Sher Mughar, Maarat Hurma, an Idlib opposition radio station's website, 2019-05-28
(Tue)."""
from actors_places import (
    AID_ORGS,
    HASS_VILLAGES,
    HTS,
    KAFR_NABUDAH,
    KAFRANBEL,
    KAFRANBEL_COUNCIL,
    KAFRANBEL_PROTESTERS,
    KAFRANBEL_SHOPPERS,
    MAARA_ACTIVIST,
    MAARAT_HURMA,
    MAARAT_HURMA_CLINIC,
    MAARAT_NUMAN,
    NABUDAH_MADIQ,
    NLF,
    OPP_COMMANDERS,
    REGIME_4TH_DIV,
    REGIME_287,
    REGIME_AND_RUS_MILITIAS,
    REGIME_HELIS,
    RU_FM,
    RUS_AIR_287,
    RUSSIA,
    SHER_MUGHAR,
    SOCHI,
    TR_FM,
    TR_OFFICERS,
    TR_RU,
    TURKEY,
)
from common import AGREEMENT, AIR, ARREST, CLASH, PEACEFUL, SHELL, D, E, paras_of

SLUG = "kafranbel_2019_hass_kafr_nabudah_maarat_hurma"
TODAY = D("2019-05-28")
YESTERDAY = D("2019-05-27")
SINCE_YESTERDAY = D("2019-05-27", "day", ("2019-05-27", "2019-05-28"))
ARTICLE = dict(
    id="team58-287", slug=SLUG, published="2019-05-28",
    outlet="Radio Sanabel Idlib opposition radio website (fictional)",
    paras=paras_of(f"287_{SLUG}.txt"),
    events=[
        # the Russian air strikes on Kafranbel's main market before iftar «مساء أمس الإثنين»: headline 0,
        # lead 1 (the radio's correspondent: nine), the follow-up 4 (a civil defence volunteer: eight bodies;
        # the Idlib health directorate: eleven) and SANA's retelling 5 («أوكار الإرهابيين», the army named
        # instead of the Russians; its silence on civilians negates nothing) → 9 vs 8 vs 11 → 8. The second
        # strike on the rescuers is part of the same raid; the planes' take-off from Hmeimim is no event
        E(True, ["ASSAULT"], [0, 1, 4, 5], "بغارات شنّتها", ["asserted", "reported"], mode="aerial",
          source=RUS_AIR_287, recipient=KAFRANBEL_SHOPPERS, location=KAFRANBEL, date=YESTERDAY, fatalities=8,
          attribution=["مراسل «راديو سنابل»", "متطوع في مركز الدفاع المدني", "مديرية صحة إدلب", "سانا"],
          acled=AIR, tpara=1),
        # one sentence, two shellings: the regime's artillery on three villages (one event) and the NLF's
        # mortars on the regime's positions at Kafr Nabudah
        E(True, ["ASSAULT"], [2], "قصفت قوات الأسد", ["asserted"], mode="heavy-weapons",
          source=REGIME_287, location=HASS_VILLAGES, date=TODAY, acled=SHELL),
        E(True, ["ASSAULT"], [2], "استهدفت فصائل", ["asserted", "reported"], mode="heavy-weapons",
          source=NLF, recipient=REGIME_287, location=KAFR_NABUDAH, date=TODAY,
          attribution=["الجبهة الوطنية للتحرير"], acled=SHELL),
        # paragraph 3 (Kafranbel, its people and its Friday banners: a habit) holds no event
        # the NLF's vow (headline «تتوعد»; a threat made: asserted); making the front-line positions
        # «legitimate targets» is what it threatens (optional, hypothetical)
        E(True, ["THREATEN"], [0, 6], "وتوعّدت", ["asserted"], mode="violence",
          source=NLF, recipient=REGIME_AND_RUS_MILITIAS, date=SINCE_YESTERDAY,
          attribution=["المتحدث الرسمي باسمها على «تلغرام»"], tpara=6),
        E(False, ["ASSAULT"], [6], "سيجعلون", ["hypothetical", "planned"], mode="heavy-weapons",
          source=NLF, recipient=REGIME_AND_RUS_MILITIAS, date=None, acled=CLASH),
        # a media activist arrested by HTS in Maarat al-Numan, told by local sources the radio could not check
        # (rumoured, unverified; his filming is no event)
        E(True, ["COERCE"], [7], "اعتقال", ["rumored", "reported"], mode="arrest",
          source=HTS, recipient=MAARA_ACTIVIST, location=MAARAT_NUMAN, date=SINCE_YESTERDAY,
          attribution=["مصادر محلية"], acled=ARREST),
        # opposition commanders to meet Turkish officers at the Sher Mughar post on Thursday (planned; the
        # «violations» are its subject)
        E(True, ["CONSULT"], [8], "يلتقي", ["planned", "reported"], mode="third-party",
          source=OPP_COMMANDERS, recipient=TR_OFFICERS, location=SHER_MUGHAR, date=D("2019-05-30"),
          attribution=["مصدر في «الجبهة الوطنية للتحرير»"]),
        # the night demonstration in Kafranbel; the banners' blame of Russia and demand to Turkey optional
        E(True, ["PROTEST"], [9], "مظاهرة", ["asserted"], mode="demo",
          source=KAFRANBEL_PROTESTERS, location=KAFRANBEL, date=YESTERDAY, acled=PEACEFUL),
        E(False, ["ACCUSE"], [9], "تحمّل", ["asserted"],
          source=KAFRANBEL_PROTESTERS, recipient=RUSSIA, location=KAFRANBEL, date=YESTERDAY),
        E(False, ["REQUEST"], [9], "وتطالب", ["asserted"],
          source=KAFRANBEL_PROTESTERS, recipient=TURKEY, location=KAFRANBEL, date=YESTERDAY),
        # paragraph 10 (the displaced since late April: an aggregate) holds no event
        # the regime's reinforcements to Kafr Nabudah and Qalaat al-Madiq overnight (reported); the coming
        # round of fighting they seem to prepare optional, hypothetical
        E(True, ["MOBILIZE"], [11], "بتعزيزات جديدة", ["reported", "asserted"], mode="troops",
          source=REGIME_4TH_DIV, location=NABUDAH_MADIQ, date=SINCE_YESTERDAY,
          attribution=["مراسل الراديو في ريف حماة", "مصادر عسكرية في المعارضة"]),
        E(False, ["ASSAULT"], [11], "لجولة جديدة من المعارك", ["hypothetical"], mode="firearms",
          source=REGIME_4TH_DIV, location=NABUDAH_MADIQ, date=None, acled=CLASH),
        # background at another place: the helicopters' barrels on a clinic in Maarat Hurma «فجر الخميس
        # الماضي» (core, historical, a nurse killed); the Sochi deal of September 2018 optional, historical
        E(True, ["ASSAULT"], [12], "ألقت", ["historical", "asserted"], mode="aerial",
          source=REGIME_HELIS, recipient=MAARAT_HURMA_CLINIC, location=MAARAT_HURMA, date=D("2019-05-23"),
          fatalities=1, acled=AIR),
        E(False, ["AGREE"], [12], "اتفقتا", ["historical"],
          source=TR_RU, location=SOCHI, date=D("2018-09-17", "month", ("2018-09-01", "2018-09-30")),
          acled=AGREEMENT),
        # the Kafranbel local council's appeal to aid organisations (shelter is its content)
        E(True, ["REQUEST"], [13], "وناشد", ["asserted"],
          source=KAFRANBEL_COUNCIL, recipient=AID_ORGS, location=KAFRANBEL, date=SINCE_YESTERDAY),
        # the Turkish and Russian foreign ministers' phone call (Anadolu); the Turkish insistence on an end to
        # the attacks optional
        E(True, ["CONSULT"], [14], "اتصال هاتفي", ["asserted", "reported"], mode="phone",
          source=TR_FM, recipient=RU_FM, date=YESTERDAY,
          attribution=["الأناضول", "مصادر في الخارجية التركية"]),
        E(False, ["REQUEST"], [14], "شدد على ضرورة", ["reported"],
          source=TR_FM, recipient=RU_FM, date=YESTERDAY),
        # paragraph 15 (empty markets) holds no event
    ],
)
