"""Gold of article 508: Basra (al-Zubair, Abu al-Khasib, al-Qurna, Shatt al-Arab, Karmat Ali, al-Ashar,
al-Hayyaniya), a Basra-based local weekly newspaper's website, 2018-07-23 (Mon)."""
from actors_places import (
    ABU_AL_KHASIB,
    ACTIVISTS,
    ASHAR,
    BASRA,
    BASRA_LOCAL_GOV,
    BASRA_OPS,
    BASRA_POLICE_CHIEF,
    BASRA_POLICE_SOURCE,
    BUSINESSMAN,
    BUSINESSMAN_FAMILY,
    CRIME_POLICE,
    FEMALE_ACTIVIST,
    HAYYANIYA,
    IHCHR_BASRA,
    IRAQI_ARMY_FORCE,
    KARMAT_ALI,
    KIDNAPPERS,
    LAWYER,
    MOTORBIKE_GUNMEN,
    MOURNERS_ZUBAIR,
    POLICE_SOURCE_RUMOUR,
    QURNA,
    SECURITY_AGENCIES,
    SHATT_AL_ARAB,
    SUSPECTS_FIVE,
    TRIBAL_SHEIKHS,
    TWO_TRIBES,
    UNKNOWN_GUNMEN,
    ZUBAIR,
    ZUBAIR_ACTIVIST,
)
from common import ABDUCTION, ARREST, ATTACK, CLASH, PEACEFUL, D, E, paras_of

SLUG = "basra_2018_zubair_abu_al_khasib_kidnappings"
TODAY = D("2018-07-23")
YESTERDAY = D("2018-07-22")
SATURDAY = D("2018-07-21")
ARTICLE = dict(
    id="team102-508", slug=SLUG, published="2018-07-23",
    outlet="Thaghr al-Iraq, a Basra-based local weekly newspaper's website (fictional)",
    paras=paras_of(f"508_{SLUG}.txt"),
    events=[
        # the main event, first in the lead (dateline: the province's capital; the act is in al-Zubair):
        # gunmen in a car shoot an activist dead «مساء أمس الأحد» (1; Attack); ¶3 the police's version («نزاع
        # شخصي»), ¶9 and ¶16 back-references («الناشط القتيل», «اغتيال الناشط»), ¶17 the funeral
        E(True, ["ASSAULT"], [0, 1, 3, 9, 16, 17], "اغتال", ["asserted"], mode="assassinate",
          source=UNKNOWN_GUNMEN, recipient=ZUBAIR_ACTIVIST, location=ZUBAIR, date=YESTERDAY, fatalities=1,
          attribution=["مصدر في مستشفى الزبير العام"], acled=ATTACK, tpara=1),
        # ¶2: a businessman abducted in Abu al-Khasib «فجر السبت» (core ASSAULT abduct, Abduction/forced
        # disappearance; the headline 0 names it); the ransom asked is an optional REQUEST; the kidnappers'
        # conditional threat to kill him is a core THREATEN, the killing itself hypothetical (optional)
        E(True, ["ASSAULT"], [0, 2], "اختطف", ["asserted", "reported"], mode="abduct",
          source=KIDNAPPERS, recipient=BUSINESSMAN, location=ABU_AL_KHASIB, date=SATURDAY,
          attribution=["أحد أقاربه"], acled=ABDUCTION, tpara=2),
        E(False, ["REQUEST"], [0, 2], "طالبين", ["asserted", "reported"],
          source=KIDNAPPERS, recipient=BUSINESSMAN_FAMILY, date=SATURDAY, tpara=2),
        E(True, ["THREATEN"], [2], "ومهددين", ["asserted", "reported"], mode="violence",
          source=KIDNAPPERS, recipient=BUSINESSMAN_FAMILY, location=ABU_AL_KHASIB, date=SATURDAY,
          attribution=["أحد أقاربه"]),
        E(False, ["ASSAULT"], [2], "بقتله", ["hypothetical"], mode="execute",
          source=KIDNAPPERS, recipient=BUSINESSMAN, date=None),
        # ¶3 (the other side): the police source's denial of a political motive is optional; the threats the
        # activist had received are recalled without a time (optional, historical)
        E(False, ["REJECT"], [3], "نافياً", ["asserted"],
          source=BASRA_POLICE_SOURCE, date=TODAY),
        E(False, ["THREATEN"], [3], "تهديدات", ["historical", "generic"],
          recipient=ZUBAIR_ACTIVIST, date=None),
        # ¶4 (verb–subject–object, «واع» in quotes): five suspects of a kidnapping gang arrested in al-Qurna
        # (core COERCE, Arrests); the gang's three earlier abductions are an aggregate
        E(True, ["COERCE"], [4], "واعتقلت", ["asserted", "reported"], mode="arrest",
          source=CRIME_POLICE, recipient=SUSPECTS_FIVE, location=QURNA, date=TODAY,
          attribution=["وكالة الأنباء العراقية «واع»"], acled=ARREST),
        # ¶5: a tribal clash in Shatt al-Arab «مساء أمس» over a killing a week before (two-sided, 2; Armed
        # clash; «بين عشيرتين»); the fight a week ago is optional, historical; the army's intervention,
        # told after the act in its own clause («، وذلك قبل أن …»), is optional
        E(True, ["ASSAULT"], [5], "اشتباكات", ["asserted"], mode="firearms",
          source=TWO_TRIBES, location=SHATT_AL_ARAB, date=YESTERDAY, fatalities=2, acled=CLASH),
        E(False, ["ASSAULT"], [5], "شجار", ["historical"], mode="firearms",
          location=SHATT_AL_ARAB, date=D("2018-07-16", "week", ("2018-07-14", "2018-07-18"))),
        E(False, ["COERCE"], [5], "تتدخل", ["asserted"], mode="restrict",
          source=IRAQI_ARMY_FORCE, location=SHATT_AL_ARAB, date=YESTERDAY),
        # ¶6: the operations command's security plan: two thousand more men deployed from tomorrow (core
        # MOBILIZE, planned; purpose clause «بهدف»)
        E(True, ["MOBILIZE"], [6], "ستنشر", ["planned"], mode="police",
          source=BASRA_OPS, location=BASRA, date=D("2018-07-24")),
        # paragraph 7 (al-Zubair: a description) holds no event
        # ¶8: a female activist's abduction rumoured on Facebook pages and denied by the police (the denial
        # optional REJECT); no time is given, so no date
        E(True, ["ASSAULT"], [8], "اختطاف", ["rumored"], mode="abduct",
          recipient=FEMALE_ACTIVIST, location=KARMAT_ALI, date=None,
          attribution=["صفحات محلية على «فيسبوك»"]),
        E(False, ["REJECT"], [8], "نفى", ["asserted"],
          source=POLICE_SOURCE_RUMOUR, date=TODAY),
        # ¶9, one sentence, two events joined with «و» and a second verb: a vigil before the provincial
        # council (core PROTEST, Peaceful protest) and the demand to the local government (core REQUEST); the
        # activists' conditional warning is an optional THREATEN, the open sit-in it names hypothetical
        E(True, ["PROTEST"], [9], "وقفة احتجاجية", ["asserted"], mode="demo",
          source=ACTIVISTS, location=ASHAR, date=TODAY, acled=PEACEFUL),
        E(True, ["REQUEST"], [9], "وطالبوا", ["asserted"],
          source=ACTIVISTS, recipient=BASRA_LOCAL_GOV, date=TODAY),
        E(False, ["THREATEN"], [9], "ملوّحين", ["asserted"], mode="protest",
          source=ACTIVISTS, recipient=BASRA_LOCAL_GOV, date=TODAY),
        E(False, ["PROTEST"], [9], "اعتصام", ["hypothetical"], mode="demo",
          source=ACTIVISTS, location=ASHAR, date=None),
        # ¶10: the businessman not released by this evening (core RETREAT release, negated); his family's
        # offer to pay part of the ransom is an optional AGREE
        E(True, ["RETREAT"], [10], "يُفرج", ["negated"], mode="release",
          source=KIDNAPPERS, recipient=BUSINESSMAN, date=TODAY),
        E(False, ["AGREE"], [10], "أبدت", ["asserted", "reported"],
          source=BUSINESSMAN_FAMILY, recipient=KIDNAPPERS,
          date=D("2018-07-22", "day", ("2018-07-21", "2018-07-23"))),
        # ¶11 (subject–verb–object with a long parenthetical between the subject and «حمّل»; the year's
        # count of assassinations is an aggregate): the rights commission's office blames the security
        # agencies (core ACCUSE); its call for referrals is optional
        E(True, ["ACCUSE"], [11], "حمّل", ["asserted"],
          source=IHCHR_BASRA, recipient=SECURITY_AGENCIES, date=TODAY),
        E(False, ["REQUEST"], [11], "ودعا", ["asserted"],
          source=IHCHR_BASRA, date=TODAY),
        # paragraph 12 (tribal feuds and loose weapons: generic) holds no event
        # background at another place, in «وكان … قد»: a lawyer shot dead in al-Hayyaniya on 6 March (1)
        E(True, ["ASSAULT"], [13], "اغتالوا", ["historical", "asserted"], mode="assassinate",
          source=MOTORBIKE_GUNMEN, recipient=LAWYER, location=HAYYANIYA, date=D("2018-03-06"), fatalities=1,
          acled=ATTACK),
        # ¶14: the police chief meets the two tribes' sheikhs (core CONSULT, third-party) and a month's tribal
        # truce is reached (core AGREE, no label); the later «فصل» session is an optional planned CONSULT
        E(True, ["CONSULT"], [14], "والتقى", ["asserted"], mode="third-party",
          source=BASRA_POLICE_CHIEF, recipient=TRIBAL_SHEIKHS, location=SHATT_AL_ARAB, date=TODAY),
        E(True, ["AGREE"], [14], "وتوصل", ["asserted"],
          source=TRIBAL_SHEIKHS, location=SHATT_AL_ARAB, date=TODAY),
        E(False, ["CONSULT"], [14], "جلسة", ["planned"], mode="third-party",
          source=TRIBAL_SHEIKHS, date=None),
        # paragraph 15 (the brother's words) holds no event; ¶16 (the file referred, «من قبل فريق الأدلة
        # الجنائية») and ¶17 (the funeral) are paragraphs of the main event; the mourners' chants are an
        # optional PROTEST
        E(False, ["PROTEST"], [17], "هتافات", ["asserted"], mode="demo",
          source=MOURNERS_ZUBAIR, location=ZUBAIR, date=TODAY),
    ],
)
