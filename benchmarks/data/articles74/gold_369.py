"""Gold of article 369: Benghazi (al-Fuwayhat, al-Salmani, Dubai Street, al-Kish Square, al-Hawari), al-Marj
and al-Bayda (Libya), a Libyan private news agency's wire, 2013-09-29 (Sun); mostly about an assassination
campaign."""
from actors_places import (
    ANSAR,
    BAYDA,
    BAYDA_VICTIM,
    BENGHAZI,
    BENGHAZI_COUNCIL,
    BENGHAZI_PROTESTERS,
    COLONEL,
    COUNCIL_COMMANDERS,
    DUBAI_STREET,
    FUWAYHAT,
    GADDAFI_REMNANTS,
    HARDLINERS,
    HAWARI,
    JSR,
    JSR_SAIQA,
    KISH,
    LY_GOV,
    LY_PM,
    MARJ,
    MARJ_JUDGE,
    MOI_DELEGATION,
    POLICE_OFFICER,
    SAIQA_CMDR,
    SAIQA_MP,
    SALMANI,
    SALMANI_SUSPECTS,
    SARAYA,
    SARAYA_BOMBERS,
    SEC_CHIEFS,
    SEC_DIRECTOR,
    UNIT_COMMANDERS,
    UNKNOWN_GUNMEN,
)
from common import ARREST, ATTACK, MINE, PEACEFUL, D, E, paras_of

SLUG = "benghazi_2013_fuwayhat_salmani_bayda_marj"
YESTERDAY = D("2013-09-28")
TODAY = D("2013-09-29")
ARTICLE = dict(
    id="team74-369", slug=SLUG, published="2013-09-29",
    outlet="Qaryounis News Agency Libyan private wire (fictional)",
    paras=paras_of(f"369_{SLUG}.txt"),
    events=[
        # the main event, first in the lead: a colonel assassinated by a sticky IED under his car «صباح اليوم
        # الأحد» (headline 0, lead 1, the claim 2, the hospital 3, a neighbour 4, the funeral 14) → 1; the
        # claim by an unknown group names the source; the earlier phone threats are an optional THREATEN,
        # historical
        E(True, ["ASSAULT"], [0, 1, 2, 3, 4, 14], "بانفجار عبوة ناسفة", ["asserted"], mode="assassinate",
          source=SARAYA_BOMBERS, recipient=COLONEL, location=FUWAYHAT, date=TODAY, fatalities=1,
          attribution=["مصدر أمني", "مصدر طبي في مستشفى الجلاء"], acled=MINE, tpara=1),
        E(False, ["THREATEN"], [1], "تهديدات", ["historical", "asserted"],
          recipient=COLONEL, location=FUWAYHAT, date=None),
        # ¶2: the claiming group's threat (THREATEN; the killings it holds out optional, hypothetical)
        E(True, ["THREATEN"], [2], "وتوعّدت", ["asserted", "reported"], mode="violence",
          source=SARAYA, recipient=GADDAFI_REMNANTS, location=BENGHAZI, date=TODAY,
          attribution=["صفحة في موقع «فيسبوك»"]),
        E(False, ["ASSAULT"], [2], "بـ«تصفية»", ["hypothetical"], mode="assassinate",
          source=SARAYA, recipient=GADDAFI_REMNANTS, location=BENGHAZI, date=None),
        # ¶5: Ansar al-Sharia denies (REJECT, headline 0) after the Joint Security Room's spokesman blamed
        # «hardline groups» (ACCUSE)
        E(True, ["REJECT"], [0, 5], "نفت", ["asserted"],
          source=ANSAR, location=BENGHAZI, date=TODAY, tpara=5),
        E(True, ["ACCUSE"], [5], "اتهام", ["asserted", "reported"],
          source=JSR, recipient=HARDLINERS, location=BENGHAZI, date=TODAY),
        # ¶6: three suspects arrested in al-Salmani (COERCE) in a joint operation (optional COOPERATE)
        E(True, ["COERCE"], [6], "القبض", ["asserted"], mode="arrest",
          source=JSR_SAIQA, recipient=SALMANI_SUSPECTS, location=SALMANI, date=TODAY,
          attribution=["الغرفة الأمنية المشتركة"], acled=ARREST),
        E(False, ["COOPERATE"], [6], "عملية مشتركة", ["asserted"],
          source=SAIQA_MP, location=SALMANI, date=TODAY),
        # ¶7: a police officer survives an attempt on Dubai Street «مساء أمس» (ASSAULT, no actor named)
        E(True, ["ASSAULT"], [7], "محاولة اغتيال", ["asserted"], mode="assassinate",
          recipient=POLICE_OFFICER, location=DUBAI_STREET, date=YESTERDAY, attribution=["أحد أقاربه"],
          acled=ATTACK),
        # paragraph 8 (a year of assassinations: a generic statement) holds no event
        # ¶9: a demonstration on al-Kish Square (PROTEST) and its demand (REQUEST)
        E(True, ["PROTEST"], [9], "وتظاهر", ["asserted"], mode="demo",
          source=BENGHAZI_PROTESTERS, location=KISH, date=TODAY, acled=PEACEFUL),
        E(True, ["REQUEST"], [9], "مطالبين", ["asserted"],
          source=BENGHAZI_PROTESTERS, recipient=LY_GOV, location=KISH, date=TODAY),
        # ¶10: the security director dismissed and sent for investigation (SANCTION, COERCE accepted)
        E(True, ["SANCTION", "COERCE"], [10], "إقالة", ["asserted"],
          source=LY_PM, recipient=SEC_DIRECTOR, location=BENGHAZI, date=TODAY),
        # ¶11: the local council meets the commanders (CONSULT); what they agreed optional
        E(True, ["CONSULT"], [11], "اجتماعاً طارئاً", ["asserted"], mode="multilateral",
          source=BENGHAZI_COUNCIL, recipient=UNIT_COMMANDERS, location=BENGHAZI, date=TODAY,
          attribution=["عضو في المجلس"]),
        E(False, ["AGREE"], [11], "اتفقوا", ["asserted"],
          source=COUNCIL_COMMANDERS, location=BENGHAZI, date=TODAY),
        # ¶12: the security campaign from Tuesday (planned COERCE)
        E(True, ["COERCE"], [12], "حملة أمنية واسعة", ["planned"], mode="restrict",
          source=SAIQA_CMDR, location=BENGHAZI, date=D("2013-10-01"), attribution=["آمر قوات الصاعقة"]),
        # ¶13: a judge's assassination in al-Marj, rumoured and denied
        E(True, ["ASSAULT"], [13], "اغتيال", ["rumored", "negated"], mode="assassinate",
          recipient=MARJ_JUDGE, location=MARJ, date=D("2013-09-28", "day", ("2013-09-28", "2013-09-29")),
          attribution=["صفحات محلية"]),
        # ¶14: the funeral belongs to the main event; the chants are an optional PROTEST
        E(False, ["PROTEST"], [14], "هتافات", ["asserted"], mode="demo",
          location=HAWARI, date=TODAY),
        # ¶15: the interior ministry's delegation did not come (core CONSULT, negated)
        E(True, ["CONSULT"], [15], "ولم يصل", ["negated"], mode="visit",
          source=MOI_DELEGATION, recipient=SEC_CHIEFS, location=BENGHAZI, date=TODAY,
          attribution=["مصدر في مطار بنينا"]),
        # paragraph 16 (banks, companies, markets: economy) holds no event
        # background at another place: a retired officer assassinated in al-Bayda on 21 August (historical)
        E(True, ["ASSAULT"], [17], "اغتالوا", ["historical", "asserted"], mode="assassinate",
          source=UNKNOWN_GUNMEN, recipient=BAYDA_VICTIM, location=BAYDA, date=D("2013-08-21"), fatalities=1,
          acled=ATTACK),
    ],
)
