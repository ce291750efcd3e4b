"""Gold of article 356: Kafr Laha (al-Houla), the al-Dar al-Kabira crossing, al-Rastan and Talbiseh (the
northern Homs countryside, Syria), a Syrian opposition news site, 2017-10-17 (Tue)."""
from actors_places import (
    CONVOY_ROUTE,
    DAR_KABIRA,
    HAYA,
    HAYA_RU,
    HOULA,
    HOULA_ACTIVISTS,
    HOULA_CIVILIANS,
    HOULA_MOURNERS,
    HOULA_REBELS,
    KAFR_LAHA,
    MALOUK,
    NORTH_HOMS,
    NORTH_HOMS_PEOPLE,
    QABU,
    RASTAN_NORTH,
    RASTAN_YOUTH,
    RU_MP,
    RU_OFFICERS,
    SARC,
    SY_REGIME,
    SY_SNIPER,
    TALBISEH,
    TALBISEH_NOTABLES,
    TAWHID,
    WOMEN_DETAINEES,
)
from common import AGREEMENT, ATTACK, PEACEFUL, SHELL, D, E, paras_of

SLUG = "kafr_laha_2017_houla_dar_kabira_rastan_talbiseh"
YESTERDAY = D("2017-10-16")
TODAY = D("2017-10-17")
SINCE_YESTERDAY = D("2017-10-17", "day", ("2017-10-16", "2017-10-17"))
ARTICLE = dict(
    id="team72-356", slug=SLUG, published="2017-10-17",
    outlet="Bawabat al-Asi Syrian opposition news site (fictional)",
    paras=paras_of(f"356_{SLUG}.txt"),
    events=[
        # the lead: the negotiation committee meets Russian military police officers at the crossing
        # (headline 0)
        E(True, ["CONSULT"], [0, 1], "التقت", ["asserted", "reported"], mode="visit",
          source=HAYA, recipient=RU_MP, location=DAR_KABIRA, date=YESTERDAY,
          attribution=["عضو في الهيئة"], tpara=1),
        # the area's inclusion in the de-escalation zones early in August, recalled in a clause (optional)
        E(False, ["AGREE"], [1], "إدراج", ["historical"],
          source=RU_MP, location=NORTH_HOMS, date=D("2017-08-03", "month", ("2017-08-01", "2017-08-10")),
          acled=AGREEMENT),
        # the preliminary deal reached in the meeting (AGREE); the convoy it provides for, due on Thursday,
        # told again by the Red Crescent in ¶15 (planned AID); the bodies' handover is a term of the deal, no
        # event; the Russian promise to pass the detainees' file on is optional
        E(True, ["AGREE"], [2], "اتفاق مبدئي", ["asserted", "reported"],
          source=HAYA_RU, location=DAR_KABIRA, date=YESTERDAY, attribution=["عضو في الهيئة"],
          acled=AGREEMENT),
        E(True, ["AID"], [2, 15], "قافلة", ["planned"], mode="humanitarian",
          source=SARC, recipient=NORTH_HOMS_PEOPLE, location=CONVOY_ROUTE, date=D("2017-10-19"),
          attribution=["عضو في الهيئة", "مصدر في فرع «الهلال الأحمر» بحمص"]),
        E(False, ["AGREE"], [2], "وعد", ["asserted"],
          source=RU_MP, recipient=HAYA, location=DAR_KABIRA, date=YESTERDAY),
        # the Russian officers turn down the committee's request for observation points (REJECT); the request
        # made in the meeting is optional
        E(True, ["REJECT"], [3], "رفض", ["asserted", "reported"],
          source=RU_MP, recipient=HAYA, location=DAR_KABIRA, date=YESTERDAY),
        E(False, ["REQUEST"], [3], "طلب", ["asserted", "historical"],
          source=HAYA, recipient=RU_MP, location=DAR_KABIRA, date=YESTERDAY),
        # the main event, after the meeting: regime shelling of Kafr Laha «مساء أمس»: headline 0, ¶4 (the
        # correspondent and a resident), ¶6 (the field hospital and the civil defence), ¶11 (the army's
        # «reply» in the loyalist pages' version), ¶13 (the funeral) → 3
        E(True, ["ASSAULT"], [0, 4, 6, 11, 13], "قصف مدفعي وصاروخي", ["asserted"], mode="heavy-weapons",
          source=SY_REGIME, recipient=HOULA_CIVILIANS, location=KAFR_LAHA, date=YESTERDAY, fatalities=3,
          attribution=["مراسل «بوابة العاصي»", "مصدر طبي في المشفى الميداني ببلدة تلدو"], acled=SHELL,
          tpara=4),
        # the committee's statement: it accuses the regime of a breach and asks the Russian guarantor to act;
        # the Russians' silence negates nothing
        E(True, ["ACCUSE"], [5], "اتهمت", ["asserted"],
          source=HAYA, recipient=SY_REGIME, date=SINCE_YESTERDAY, attribution=["بيان الهيئة على «تلغرام»"]),
        E(True, ["REQUEST"], [5], "وطالبت", ["asserted"],
          source=HAYA, recipient=RU_MP, date=SINCE_YESTERDAY, attribution=["بيان الهيئة على «تلغرام»"]),
        # paragraph 7 (the area, its people and its road: description) holds no event
        # Jaish al-Tawhid's commander threatens to strike the regime's checkpoints (the strike itself is only
        # hypothetical, optional)
        E(True, ["THREATEN"], [8], "وتوعّد", ["asserted"], mode="violence",
          source=TAWHID, recipient=SY_REGIME, location=HOULA, date=SINCE_YESTERDAY,
          attribution=["تسجيل صوتي تداوله ناشطون"]),
        E(False, ["ASSAULT"], [8], "باستهداف", ["hypothetical"], mode="heavy-weapons",
          source=TAWHID, recipient=SY_REGIME, location=HOULA, date=None),
        # regime reinforcements at the Malouk checkpoint, told by local sources, unverified
        E(True, ["MOBILIZE"], [9], "تعزيزات", ["rumored", "reported"], mode="troops",
          source=SY_REGIME, location=MALOUK, date=D("2017-10-16", "day", ("2017-10-16", "2017-10-17")),
          attribution=["مصادر أهلية"]),
        # the women detainees not released (core RETREAT, negated); the Russian pledge of mid-September is
        # optional
        E(True, ["RETREAT"], [10], "يُفرج", ["negated"], mode="release",
          source=SY_REGIME, recipient=WOMEN_DETAINEES, date=TODAY, attribution=["عضو في الهيئة"]),
        E(False, ["AGREE"], [10], "تعهّد", ["historical", "asserted"],
          source=RU_MP, recipient=HAYA, date=D("2017-09-15", "week", ("2017-09-11", "2017-09-20"))),
        # the loyalist pages' claim of two mortar shells on al-Qabu (reported: a claim); their «reply» is the
        # main event again; the activists' denial is optional
        E(True, ["ASSAULT"], [11], "استهدفت", ["reported", "rumored"], mode="heavy-weapons",
          source=HOULA_REBELS, location=QABU, date=YESTERDAY, attribution=["الصفحات الموالية"], acled=SHELL),
        E(False, ["REJECT"], [11], "نفى", ["asserted"],
          source=HOULA_ACTIVISTS, location=HOULA, date=SINCE_YESTERDAY),
        # paragraph 12 (fuel and bread prices: economy) holds no event
        # ¶13: the funeral is part of the shelling; the mourners' chants are an optional PROTEST
        E(False, ["PROTEST"], [13], "هتافات", ["asserted"], mode="demo",
          source=HOULA_MOURNERS, location=HOULA, date=TODAY, acled=PEACEFUL),
        # background at another place: a young man of al-Rastan shot by a regime sniper «الجمعة الماضي» (core,
        # historical); «the second on that front since the truce» is a tally, no event
        E(True, ["ASSAULT"], [14], "برصاص قناص", ["historical", "asserted"], mode="firearms",
          source=SY_SNIPER, recipient=RASTAN_YOUTH, location=RASTAN_NORTH, date=D("2017-10-13"), fatalities=1,
          acled=ATTACK),
        # ¶15: the Red Crescent on the coming convoy (part of the planned AID); the last convoy in July is
        # optional
        E(False, ["AID"], [15], "آخر قافلة", ["historical"], mode="humanitarian",
          source=SARC, location=NORTH_HOMS, date=D("2017-07-15", "month", ("2017-07-01", "2017-07-31"))),
        # a Russian officers' visit to Talbiseh «يوم السبت المقبل» (planned)
        E(True, ["CONSULT"], [16], "يزور", ["planned"], mode="visit",
          source=RU_OFFICERS, recipient=TALBISEH_NOTABLES, location=TALBISEH, date=D("2017-10-21"),
          attribution=["مصدر في المجلس المحلي"]),
    ],
)
