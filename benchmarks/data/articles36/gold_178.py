"""Gold of article 178: al-Atarib and the western Aleppo countryside (Kafr Taal, Taqad, Abzimo, Kafr Nuran, Kafr
Lusin, al-Sheikh Aqil, Darat Izza, Tarmanin); a community radio station's news page, 2020-10-24 (Sat)."""
from actors_places import (
    ATARIB,
    ATARIB_CIVILIANS,
    ATARIB_COUNCIL,
    ATARIB_FAMILIES,
    ATARIB_FRONT,
    ATARIB_KIDNAPPERS,
    ATARIB_MARKET,
    ATARIB_PROTESTERS,
    COUNCIL_HEAD,
    DARAT_ATARIB,
    DOCTOR,
    DOCTOR_FAMILY,
    ERT,
    FORMER_FSA,
    HTS_OFFICIAL,
    HTS_SEC,
    IED_VICTIMS,
    KAFR_LUSIN,
    KAFR_NURAN,
    KN_NOTABLES,
    REGIME_178,
    REGIME_RU,
    REGIME_RUSSIA,
    RU_AIR_178,
    RU_TR,
    SALVATION_COUNCIL,
    SHEIKH_AQIL,
    SHEIKH_AQIL_POST,
    TAQAD,
    TAQAD_ABZIMO,
    TARMANIN,
    TR_FORCES,
    TR_UN,
    WEST_ALEPPO,
)
from common import ABDUCTION, AGREEMENT, AIR, ARREST, CLASH, HQ, MINE, PEACEFUL, SHELL, D, E, paras_of

SLUG = "al_atarib_2020_kafr_taal_taqad_kafr_nuran_bread_protest"
TODAY = D("2020-10-24")
FEBRUARY = D("2020-02-15", "month", ("2020-02-01", "2020-02-29"))
ARTICLE = dict(
    id="team36-178", slug=SLUG, published="2020-10-24", outlet="Nasa'im Halab FM community radio (fictional)",
    paras=paras_of(f"178_{SLUG}.txt"),
    events=[
        # regime shelling of al-Atarib and Kafr Taal this morning: a man and his son killed (headline 0, lead 1)
        E(True, ["ASSAULT"], [0, 1], "قصف مدفعي وصاروخي", ["asserted", "reported"], mode="heavy-weapons",
          source=REGIME_178, recipient=ATARIB_CIVILIANS, location=ATARIB, date=TODAY, fatalities=2,
          attribution=["الدفاع المدني السوري", "مراسل راديو «نسائم حلب»"], acled=SHELL, tpara=1),
        # Turkish return fire from the base near Taqad; the base's setting-up early this year (optional, historical)
        E(True, ["ASSAULT"], [2], "بقصف مدفعي", ["asserted", "reported"], mode="heavy-weapons",
          source=TR_FORCES, recipient=REGIME_178, location=ATARIB_FRONT, date=TODAY,
          attribution=["مصدر عسكري في «الجبهة الوطنية للتحرير»"], acled=SHELL),
        E(False, ["MOBILIZE"], [2], "أنشأتها", ["historical"], mode="troops",
          source=TR_FORCES, location=TAQAD, date=D("2020-02-15", "month", ("2020-01-01", "2020-03-31")), acled=HQ),
        # the bread protest at the local council (headline 0), its demand, and the council head's promise
        E(True, ["PROTEST"], [0, 3], "تجمّع", ["asserted"], mode="demo",
          source=ATARIB_PROTESTERS, location=ATARIB, date=TODAY, acled=PEACEFUL, tpara=3),
        E(True, ["REQUEST"], [3], "وطالبوا", ["asserted"],
          source=ATARIB_PROTESTERS, recipient=SALVATION_COUNCIL, location=ATARIB, date=TODAY),
        E(True, ["AGREE"], [3], "ووعدهم", ["asserted"],
          source=COUNCIL_HEAD, recipient=ATARIB_PROTESTERS, location=ATARIB, date=TODAY),
        # ¶4 (bread and the currency) is generic: deliberately NO gold event
        # HTS's dawn raid and arrests in Kafr Nuran, justified by its security source in 13 (one event); the
        # confiscation of phones and the car is part of the raid (optional as its own COERCE); the HTS source's
        # charge against the detainee is optional
        E(True, ["COERCE"], [5, 13], "واعتقلته", ["asserted", "reported"], mode="arrest",
          source=HTS_SEC, recipient=FORMER_FSA, location=KAFR_NURAN, date=TODAY,
          attribution=["أحد أقاربه", "مصدر في «جهاز الأمن العام»"], acled=ARREST),
        E(False, ["COERCE"], [5], "صادروا", ["asserted", "reported"], mode="confiscate",
          source=HTS_SEC, recipient=FORMER_FSA, location=KAFR_NURAN, date=TODAY),
        E(False, ["ACCUSE"], [13], "ثبوت تواصله", ["asserted", "reported"],
          source=HTS_SEC, recipient=FORMER_FSA, date=TODAY),
        # the motorcycle bomb near the vegetable market last night (no one claimed it); one of the three wounded
        # died this morning (12) → 1
        E(True, ["ASSAULT"], [6, 12], "عبوة ناسفة", ["asserted", "reported"], mode="explosives",
          recipient=IED_VICTIMS, location=ATARIB_MARKET, date=D("2020-10-23"), fatalities=1,
          attribution=["مراسل «نسائم حلب»", "مصدر طبي في مشفى باب الهوى"], acled=MINE),
        # four Russian strikes on Taqad's and Abzimo's outskirts, no casualties reported
        E(True, ["ASSAULT"], [7], "أربع غارات", ["asserted"], mode="aerial",
          source=RU_AIR_178, location=TAQAD_ABZIMO, date=TODAY,
          attribution=["مرصد الطيران في «نسائم حلب»"], acled=AIR),
        # a Turkish column through Kafr Lusin last night; the rumoured evacuation of the al-Sheikh Aqil post (rumoured
        # and intended); the post's siege since February (optional, historical)
        E(True, ["MOBILIZE"], [8], "رتل عسكري تركي", ["asserted"], mode="troops",
          source=TR_FORCES, location=KAFR_LUSIN, date=D("2020-10-23"), attribution=["مراسلنا"]),
        E(True, ["RETREAT"], [8], "إخلاء", ["rumored", "planned"], mode="withdraw",
          source=TR_FORCES, location=SHEIKH_AQIL, date=None, attribution=["صفحات محلية"]),
        E(False, ["COERCE"], [8], "المحاصرة", ["historical", "asserted"], mode="restrict",
          source=REGIME_178, recipient=SHEIKH_AQIL_POST, location=SHEIKH_AQIL, date=FEBRUARY),
        # the response team's blame and demand (undated statement); the tally of violations is no event; the
        # 5 March agreement, named in 9 and again as «اتفاق موسكو» in 11 (optional, historical)
        E(True, ["ACCUSE"], [9], "وحمّل", ["asserted"],
          source=ERT, recipient=REGIME_RUSSIA, date=D("2020-10-24", "day", ("2020-10-23", "2020-10-24"))),
        E(True, ["REQUEST"], [9], "وطالب", ["asserted"],
          source=ERT, recipient=TR_UN, date=D("2020-10-24", "day", ("2020-10-23", "2020-10-24"))),
        E(False, ["AGREE"], [9, 11], "لاتفاق وقف إطلاق النار", ["historical"],
          source=RU_TR, date=D("2020-03-05"), acled=AGREEMENT),
        # the doctor abducted on Thursday evening between Darat Izza and al-Atarib; the ransom demand (optional)
        E(True, ["ASSAULT"], [10], "اختطف", ["asserted", "reported"], mode="abduct",
          source=ATARIB_KIDNAPPERS, recipient=DOCTOR, location=DARAT_ATARIB, date=D("2020-10-22"),
          attribution=["زملاء له في المشفى"], acled=ABDUCTION),
        E(False, ["REQUEST", "THREATEN"], [10], "طالبوا ذويه بفدية", ["asserted", "reported"],
          source=ATARIB_KIDNAPPERS, recipient=DOCTOR_FAMILY,
          date=D("2020-10-23", "day", ("2020-10-22", "2020-10-24"))),
        # background: the February offensive that took dozens of villages (optional, historical)
        E(False, ["ASSAULT"], [11], "سيطرت", ["historical"],
          source=REGIME_RU, location=WEST_ALEPPO, date=FEBRUARY, acled=CLASH),
        # the HTS security official receives the Kafr Nuran notables (host as source), their demand, his refusal
        E(True, ["CONSULT"], [13], "استقبل", ["asserted", "reported"], mode="visit",
          source=HTS_OFFICIAL, recipient=KN_NOTABLES, date=TODAY),
        E(True, ["REQUEST"], [13], "طالب بالإفراج", ["asserted", "reported"],
          source=KN_NOTABLES, recipient=HTS_OFFICIAL, date=TODAY),
        E(True, ["REJECT"], [13], "رفض الطلب", ["asserted", "reported"],
          source=HTS_OFFICIAL, recipient=KN_NOTABLES, date=TODAY),
        # the doctor released at noon on the Tarmanin road after part of the ransom was paid; the beating in
        # captivity (optional)
        E(True, ["RETREAT"], [14], "أفرج الخاطفون", ["asserted", "reported"], mode="release",
          source=ATARIB_KIDNAPPERS, recipient=DOCTOR, location=TARMANIN, date=TODAY,
          attribution=["صفحة المجلس المحلي لمدينة الأتارب على فيسبوك"]),
        E(False, ["ASSAULT"], [14], "للضرب", ["asserted", "historical"], mode="beat",
          source=ATARIB_KIDNAPPERS, recipient=DOCTOR, date=None),
        # ¶15 (insecurity in general) is generic: deliberately NO gold event
        # the council's fuel distribution from next Tuesday (planned)
        E(True, ["AID"], [16], "توزيع", ["planned"], mode="humanitarian",
          source=ATARIB_COUNCIL, recipient=ATARIB_FAMILIES, location=ATARIB, date=D("2020-10-27"),
          attribution=["المجلس المحلي في الأتارب"]),
    ],
)
