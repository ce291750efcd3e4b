"""Gold of article 241: Jabal al-Zawiya (Kansafra, Kafr Oweid, Sarjeh, Balyoun), a Beirut daily's Syria page,
2012-06-07 (Thu)."""
from actors_places import (
    BALYOUN,
    BALYOUN_VICTIMS,
    BALYOUN_YOUTHS,
    CAPTURED_SOLDIER,
    FOREIGN_MINISTERS,
    FSA,
    FSA_AND_ARMY,
    GCSR,
    GENEVA,
    JABAL_ZAWIYA,
    JOINT_ENVOY,
    KAFR_OWEID,
    KANSAFRA,
    KANSAFRA_NOTABLES,
    KANSAFRA_VICTIMS,
    SARJEH,
    SARJEH_HOUSES,
    SARJEH_YOUTHS,
    SNC,
    SY_ARMY_SOURCE,
    SY_CHECKPOINT,
    SY_REGIME,
    SY_SECURITY,
    UNSC,
    UNSMIS,
    ZAWIYA_PROTESTERS,
    ZAWIYA_RESIDENTS,
    ZAWIYA_THREATENED,
    ZAWIYA_TOWNS,
)
from common import ARREST, ATTACK, CLASH, DESTRUCTION, PEACEFUL, SHELL, D, E, paras_of

SLUG = "jabal_zawiya_2012_kansafra_kafr_oweid_sarjeh_balyoun"
# the statements of the General Commission, SANA's military source and the SNC may be of yesterday or today
STATEMENT_DAY = D("2012-06-07", "day", ("2012-06-06", "2012-06-07"))
ARTICLE = dict(
    id="team49-241", slug=SLUG, published="2012-06-07", outlet="Al-Jisr daily, Beirut (fictional)",
    paras=paras_of(f"241_{SLUG}.txt"),
    events=[
        # the shelling of Kansafra «عصر أمس الأربعاء»: headline 0, lead 1 (the General Commission: 5), ¶7
        # where a field-hospital doctor counts seven and SANA retells it as a pursuit of «a terrorist group»
        # (5 vs 7 → 5)
        E(True, ["ASSAULT"], [0, 1, 7], "قصف بقذائف الدبابات", ["asserted", "reported"], mode="heavy-weapons",
          source=SY_REGIME, recipient=KANSAFRA_VICTIMS, location=KANSAFRA, date=D("2012-06-06"), fatalities=5,
          attribution=["الهيئة العامة للثورة السورية", "طبيب في مشفى ميداني بالبلدة", "سانا"], acled=SHELL,
          tpara=1),
        # the FSA's attack on the Kafr Oweid checkpoint and the two-hour clash: one two-sided fight (3
        # soldiers); the capture of a fourth soldier is optional
        E(True, ["ASSAULT"], [2], "هاجم", ["asserted", "reported"], mode="firearms",
          source=FSA_AND_ARMY, location=KAFR_OWEID, date=D("2012-06-07"), fatalities=3,
          attribution=["ناشط من البلدة"], acled=CLASH),
        E(False, ["COERCE", "ASSAULT"], [2], "وأسر رابع", ["reported", "asserted"], mode="abduct",
          source=FSA, recipient=CAPTURED_SOLDIER, location=KAFR_OWEID, date=D("2012-06-07")),
        # one sentence, two events in Sarjeh: the raid with 22 arrests (passive «اعتُقل») and the burning of
        # seven houses (passive «أُضرمت النار»), both by the security forces and shabiha of the sentence's
        # subject
        E(True, ["COERCE"], [3], "اعتُقل", ["asserted", "reported"], mode="arrest",
          source=SY_SECURITY, recipient=SARJEH_YOUTHS, location=SARJEH, date=D("2012-06-07"),
          attribution=["أحد سكان البلدة"], acled=ARREST),
        E(True, ["ASSAULT"], [3], "أُضرمت النار", ["asserted", "reported"], mode="destroy",
          source=SY_SECURITY, recipient=SARJEH_HOUSES, location=SARJEH, date=D("2012-06-07"),
          attribution=["أحد سكان البلدة"], acled=DESTRUCTION),
        # ¶4 (the mountain and its defectors) holds no event
        # the UN observers' visit to Kansafra this morning (headline 0); their silence in ¶6 is no event
        E(True, ["CONSULT"], [0, 5], "والتقوا", ["asserted", "reported"], mode="visit",
          source=UNSMIS, recipient=KANSAFRA_NOTABLES, location=KANSAFRA, date=D("2012-06-07"),
          attribution=["تسجيل مصوّر بثّه ناشطون"], tpara=5),
        # the General Commission's accusation and its demand to the observer mission (the contents of the
        # demand, a permanent team, are no event)
        E(True, ["ACCUSE"], [8], "واتّهمت", ["asserted"],
          source=GCSR, recipient=SY_REGIME, date=STATEMENT_DAY),
        E(True, ["REQUEST"], [8], "وطالبت", ["asserted"],
          source=GCSR, recipient=UNSMIS, date=STATEMENT_DAY),
        # the rumoured field execution of three young men near Balyoun, left unverified by the paper
        E(True, ["ASSAULT"], [9], "إعدام ثلاثة شبان", ["rumored", "reported"], mode="execute",
          source=SY_CHECKPOINT, recipient=BALYOUN_YOUTHS, location=BALYOUN,
          date=D("2012-06-06", "day", ("2012-06-05", "2012-06-06")), fatalities=3,
          attribution=["صفحات معارضة على فيسبوك"], acled=ATTACK),
        # SANA's military source: the threat (core); «العمليات لن تتوقف ما دامت …» is a conditional, optional
        E(True, ["THREATEN"], [10], "سيضرب بيد من حديد", ["asserted", "reported"], mode="violence",
          source=SY_ARMY_SOURCE, recipient=ZAWIYA_THREATENED, location=JABAL_ZAWIYA, date=STATEMENT_DAY,
          attribution=["سانا عن مصدر عسكري"]),
        E(False, ["ASSAULT"], [10], "لن تتوقف", ["hypothetical", "generic"], mode="heavy-weapons",
          source=SY_REGIME, location=JABAL_ZAWIYA, date=None),
        # background «وكانت … قد»: the storming of Balyoun on Saturday (the Saturday before a Thursday), four
        # killed; the withdrawal at sunset optional
        E(True, ["ASSAULT"], [11], "اقتحمت", ["historical", "asserted", "reported"], mode="firearms",
          source=SY_REGIME, recipient=BALYOUN_VICTIMS, location=BALYOUN, date=D("2012-06-02"), fatalities=4,
          attribution=["ناشطين من المنطقة"], acled=ATTACK),
        E(False, ["RETREAT"], [11], "تنسحب", ["historical", "asserted"], mode="withdraw",
          source=SY_REGIME, location=BALYOUN, date=D("2012-06-02")),
        # ¶12 is a generic paragraph (a daily pattern and a tally since mid-April): deliberately NO gold event
        # the evening demonstrations in three towns under one verb: one event; the chants' demand optional
        E(True, ["PROTEST"], [13], "مظاهرات", ["asserted"], mode="demo",
          source=ZAWIYA_PROTESTERS, location=ZAWIYA_TOWNS, date=D("2012-06-06"), acled=PEACEFUL),
        E(False, ["REQUEST"], [13], "وتطالب", ["asserted"],
          source=ZAWIYA_PROTESTERS, location=ZAWIYA_TOWNS, date=D("2012-06-06")),
        # the SNC's praise (SUPPORT) and its call on the Security Council (REQUEST); the envoy's meeting with
        # foreign ministers in Geneva «مطلع الأسبوع المقبل» is planned (optional)
        E(True, ["SUPPORT"], [14], "أشاد", ["asserted"],
          source=SNC, recipient=ZAWIYA_RESIDENTS, date=STATEMENT_DAY),
        E(True, ["REQUEST"], [14], "ودعا", ["asserted"],
          source=SNC, recipient=UNSC, date=STATEMENT_DAY),
        E(False, ["CONSULT"], [14], "يلتقي", ["planned"], mode="multilateral",
          source=JOINT_ENVOY, recipient=FOREIGN_MINISTERS, location=GENEVA,
          date=D("2012-06-11", "week", ("2012-06-09", "2012-06-12"))),
        # ¶15, the closing caveat on verification, holds no event
    ],
)
