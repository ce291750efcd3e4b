"""Gold of article 517: the eastern Deir ez-Zor countryside (al-Quriyah, al-Mayadin, al-Asharah, al-Bukamal,
Hajin), a Berlin-based Syrian exile weekly newspaper's website, 2022-11-15 (Tue)."""
from actors_places import (
    ASHARA,
    BUKAMAL,
    ELDERS_BUKAMAL,
    FATEMIYOUN,
    FOURTH_DIV,
    GUNMEN_ASHARA,
    GUNMEN_QURIYAH,
    HAJIN,
    IRAN_MILITIAS,
    IRGC,
    ISIS,
    MAYADIN,
    MAYADIN_BUKAMAL,
    MIL_SECURITY_4TH,
    MILITIA_LEADERSHIP,
    NDF,
    OTHER_TRIBES,
    POLICE_SOURCE,
    QURIYAH,
    QURIYAH_SHEIKH,
    QURIYAH_YOUNG_MEN,
    REGIME_SOLDIERS,
    SDF,
    SECURITY_COMMITTEE,
    SECURITY_HEAD,
    SECURITY_MIL_COMMITTEE,
    SECURITY_SERVICES,
    SHEIKH_CLAN,
    SITIN_ELDERS,
    TERROR_GROUP,
    TRIBESMEN,
)
from common import ARREST, ATTACK, CLASH, PEACEFUL, D, E, paras_of

SLUG = "quriyah_2022_mayadin_bukamal_checkpoints_tribal_anger"
TODAY = D("2022-11-15")
LAST_NIGHT = D("2022-11-14", "day", ("2022-11-14", "2022-11-15"))
SINCE_SUNDAY = D("2022-11-13", "day", ("2022-11-13", "2022-11-15"))
ARTICLE = dict(
    id="team104-517", slug=SLUG, published="2022-11-15",
    outlet="al-Diffatan, a Berlin-based Syrian exile weekly newspaper's website (fictional)",
    paras=paras_of(f"517_{SLUG}.txt"),
    events=[
        # the main event, first in the lead (no dateline; «القورية» in the first sentence): gunmen attack an
        # NDF checkpoint at al-Quriyah «ليل أمس الإثنين», four killed, an exchange of fire of twenty minutes
        # (one fight: Armed clash); ¶3 the police's version through SANA («في المقابل»), ¶7 «الاعتداء على
        # الحاجز» (a back-reference), ¶17 the burial of «القتلى الأربعة» → 4; the attackers' withdrawal is
        # optional
        E(True, ["ASSAULT"], [0, 1, 3, 7, 17], "بهجوم شنّه", ["asserted", "reported"], mode="firearms",
          source=GUNMEN_QURIYAH, recipient=NDF, location=QURIYAH, date=LAST_NIGHT, fatalities=4,
          attribution=["مراسل «الضفتان»", "مصدر طبي في مشفى الميادين"], acled=CLASH, tpara=1),
        E(False, ["RETREAT"], [1], "انسحبوا", ["asserted"], mode="withdraw",
          source=GUNMEN_QURIYAH, location=QURIYAH, date=LAST_NIGHT),
        # ¶2: the same night, gunmen fire on a Fourth Division checkpoint near al-Asharah and the checkpoint
        # fires back (one core ASSAULT, Armed clash; «من دون أن يسفر الهجوم عن إصابات» negates nothing)
        E(True, ["ASSAULT"], [2], "استهدف", ["asserted"], mode="firearms",
          source=GUNMEN_ASHARA, recipient=FOURTH_DIV, location=ASHARA, date=LAST_NIGHT, acled=CLASH),
        # ¶3: the police source calls the attackers «مجموعة إرهابية» (optional ACCUSE; the paragraph retells
        # the main event)
        E(False, ["ACCUSE"], [3], "مجموعة إرهابية", ["reported"],
          source=POLICE_SOURCE, recipient=TERROR_GROUP, date=LAST_NIGHT),
        # ¶4: a tribal sheikh of al-Quriyah shot dead by the men of a Fatemiyoun checkpoint at al-Mayadin
        # «مساء الجمعة الماضي» (core ASSAULT, Attack, 1); ¶5 buries «الشيخ القتيل» (a back-reference)
        E(True, ["ASSAULT"], [4, 5], "برصاص", ["asserted", "reported"], mode="firearms",
          source=FATEMIYOUN, recipient=QURIYAH_SHEIKH, location=MAYADIN, date=D("2022-11-11"), fatalities=1,
          attribution=["أحد مرافقيه"], acled=ATTACK),
        # ¶5: the sheikh's funeral on Saturday turns into a demonstration against the Iranian militias (core
        # PROTEST, Peaceful protest); the chants' demands are its content, no event
        E(True, ["PROTEST"], [5], "تظاهرة", ["asserted"], mode="demo",
          source=TRIBESMEN, recipient=IRAN_MILITIAS, location=QURIYAH, date=D("2022-11-12"), acled=PEACEFUL),
        # ¶6, one sentence, two events joined with «و» and a second verb: a sit-in in al-Mayadin since
        # Sunday (core PROTEST) and the sitters' demand to the security committee (core REQUEST)
        E(True, ["PROTEST"], [6], "واعتصم", ["asserted"], mode="demo",
          source=SITIN_ELDERS, location=MAYADIN, date=SINCE_SUNDAY, acled=PEACEFUL),
        E(True, ["REQUEST"], [6], "وطالبوا", ["asserted"],
          source=SITIN_ELDERS, recipient=SECURITY_COMMITTEE, location=MAYADIN, date=SINCE_SUNDAY),
        # ¶7 (verb–subject–object): Military Security and Fourth Division patrols raid houses in al-Quriyah
        # at dawn and arrest eleven young men (one core COERCE arrest, Arrests)
        E(True, ["COERCE"], [7], "وداهمت", ["asserted", "reported"], mode="arrest",
          source=MIL_SECURITY_4TH, recipient=QURIYAH_YOUNG_MEN, location=QURIYAH, date=TODAY,
          attribution=["شبكة إخبارية محلية"], acled=ARREST),
        # ¶8: a full curfew on al-Quriyah from noon, entry and exit barred (one core COERCE curfew, no
        # label)
        E(True, ["COERCE"], [8], "حظر تجول", ["asserted"], mode="curfew",
          source=SECURITY_MIL_COMMITTEE, location=QURIYAH, date=TODAY),
        # paragraph 9 (al-Quriyah and the two banks of the Euphrates: a description) holds no event ¶10:
        # elders of al-Bukamal and al-Asharah meet the head of the security committee «مساء أمس» (core
        # CONSULT, mediation; the purpose clause «بهدف احتواء التوتر» is no event) and a second meeting is
        # due on Thursday (core CONSULT, planned)
        E(True, ["CONSULT"], [10], "اجتماعاً", ["asserted"], mode="third-party",
          source=ELDERS_BUKAMAL, recipient=SECURITY_HEAD, location=MAYADIN, date=D("2022-11-14")),
        E(True, ["CONSULT"], [10], "يُستكمل", ["planned"], mode="third-party",
          source=ELDERS_BUKAMAL, recipient=SECURITY_HEAD, location=MAYADIN, date=D("2022-11-17")),
        # ¶11: the clan's conditional threat (core THREATEN, asserted); the road blocks and the expulsion it
        # threatens are hypothetical (optional), the blame and the call on the other tribes optional
        E(True, ["THREATEN"], [11], "وهدّد", ["asserted"], mode="violence",
          source=SHEIKH_CLAN, recipient=MILITIA_LEADERSHIP, location=QURIYAH, date=LAST_NIGHT,
          attribution=["بيان تداولته حسابات محلية"]),
        E(False, ["PROTEST"], [11], "قطع الطرق", ["hypothetical"], mode="obstruct",
          source=SHEIKH_CLAN, date=None),
        E(False, ["ASSAULT"], [11], "وطرد", ["hypothetical"], mode="firearms",
          source=SHEIKH_CLAN, recipient=MILITIA_LEADERSHIP, date=None),
        E(False, ["ACCUSE"], [11], "محمّلين", ["asserted"],
          source=SHEIKH_CLAN, recipient=MILITIA_LEADERSHIP, date=LAST_NIGHT),
        E(False, ["REQUEST"], [11], "وداعين", ["asserted"],
          source=SHEIKH_CLAN, recipient=OTHER_TRIBES, date=LAST_NIGHT),
        # ¶12: an IRGC column from al-Bukamal to al-Mayadin, rumoured by local pages and unconfirmed (core
        # MOBILIZE, rumored); the militia's silence negates nothing
        E(True, ["MOBILIZE"], [12], "وصول رتل", ["rumored"], mode="troops",
          source=IRGC, location=MAYADIN_BUKAMAL, date=D("2022-11-14"), attribution=["صفحات محلية"]),
        # ¶13: the detainees not released (core RETREAT release, negated)
        E(True, ["RETREAT"], [13], "تفرج", ["negated"], mode="release",
          source=SECURITY_SERVICES, recipient=QURIYAH_YOUNG_MEN, location=QURIYAH, date=TODAY),
        # background at another place, in «وكان … قد»: an ISIS attack on a bus of government soldiers near
        # al-Bukamal on 4 August (5); the similar attacks in the al-Mayadin desert are generic, no event
        E(True, ["ASSAULT"], [14], "هجوم", ["historical", "asserted"], mode="firearms",
          source=ISIS, recipient=REGIME_SOLDIERS, location=BUKAMAL, date=D("2022-08-04"), fatalities=5,
          acled=CLASH),
        # ¶15: across the river, the SDF close the river crossings at Hajin this morning (core COERCE
        # restrict, no label; «بين بلدة هجين والقرى المقابلة»)
        E(True, ["COERCE"], [15], "أغلقت", ["asserted", "reported"], mode="restrict",
          source=SDF, location=HAJIN, date=TODAY, attribution=["مصدر في مجلس دير الزور العسكري"]),
        # paragraph 16 (checkpoint levies, conscription and prices: generic) holds no event; ¶17, the
        # burial, is a paragraph of the main event
    ],
)
