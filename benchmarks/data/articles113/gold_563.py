"""Gold of article 563: a bomb at the door of a wholesale grocer who would not pay protection money kills
three in Daquq's big market (main event, told first in the lead; three dead), the shopkeepers' strike, a
wounded greengrocer's account, the claim posted by Islamic State supporters, the Kirkuk chamber of commerce's
accusation and demand, extortion letters threatening the shopkeepers of al-Rashad, three collectors arrested
in Kirkuk's gold market, a money changer's abduction rumoured and denied, the police deployment promised and
not made, the district commissioner's refusal to let traders carry arms, two extortionists sentenced, the
burial, grants due on Sunday, the year's bombed shops, and a goldsmith shot dead in the Qaysariyah bazaar on 3
October 2013 (Kirkuk, Iraq), a Kirkuk-based independent weekly newspaper's website, 2013-11-18 (Mon). Dateline
«كركوك – «نبض الخاصة»:» (the capital of the province)."""
from actors_places import (
    ABBASI,
    AREA_TRADERS,
    BOMBED_SHOPS,
    DAMAGED_SHOPS,
    DAQUQ,
    DAQUQ_HALL,
    DAQUQ_POLICE,
    DAQUQ_QAIMMAQAM,
    DAQUQ_SHOPKEEPERS,
    DAQUQ_TRADER,
    EXCHANGER,
    GOLD_MARKET,
    GOLDSMITH,
    IQ_INTERIOR,
    IQ_SECURITY,
    ISIS_CLAIM,
    ISIS_LETTERS,
    KIDNAPPERS,
    KIRKUK_CHAMBER,
    KIRKUK_CITY,
    KIRKUK_COURT,
    KIRKUK_GOV,
    POLICE_INTEL,
    QAISARIYA,
    QAISARIYA_GUNMEN,
    RASHAD,
    RASHAD_SHOPKEEPERS,
    THREE_MEN,
    TRADERS,
    TWO_MEN,
)
from common import ARREST, ATTACK, MINE, PEACEFUL, D, E, paras_of

SLUG = "kirkuk_2013_daquq_rashad"
YESTERDAY = D("2013-11-17")
TODAY = D("2013-11-18")
# a statement of the day whose hour the text does not give: today, or the evening before
TODAY_OR_EVE = D("2013-11-18", "day", ("2013-11-17", "2013-11-18"))
TWO_WEEKS_AGO = D("2013-11-04", "week", ("2013-10-31", "2013-11-07"))
ARTICLE = dict(
    id="team113-563", slug=SLUG, published="2013-11-18",
    outlet="Nabd al-Khasa, a Kirkuk-based independent weekly newspaper's website (fictional)",
    paras=paras_of(f"563_{SLUG}.txt"),
    events=[
        # MAIN EVENT, told first in the lead ¶1 after the dateline (a passive opens it): the bomb at the
        # grocer's door; the wounded greengrocer ¶3, the claim ¶4 and the burial ¶13 retell it → 3. The claim
        # in ¶4 keeps the Islamic State among the accepted sources
        E(True, ["ASSAULT"], [0, 1, 3, 4, 13], "بانفجار", ["asserted"], mode="explosives",
          source=ISIS_CLAIM, recipient=DAQUQ_TRADER, location=DAQUQ, date=YESTERDAY, fatalities=3,
          attribution=["مصدر في قيادة شرطة المحافظة", "أحد الجرحى", "حسابات مؤيدة لتنظيم «داعش»"],
          acled=MINE, tpara=1),
        # ¶1: the demand letter two weeks before and the grocer's refusal to pay (optional, historical; the
        # headline repeats the refusal)
        E(False, ["THREATEN", "REQUEST"], [1], "رسالة", ["historical", "asserted"],
          recipient=DAQUQ_TRADER, location=DAQUQ, date=TWO_WEEKS_AGO),
        E(False, ["REJECT"], [0, 1], "ورفض", ["historical", "asserted"],
          source=DAQUQ_TRADER, location=DAQUQ, date=TWO_WEEKS_AGO, tpara=1),
        # ¶2: the shopkeepers' strike (PROTEST strike; the headline names it) and their gathering before the
        # district building (optional PROTEST demo)
        E(True, ["PROTEST"], [0, 2], "إضراب", ["asserted"], mode="strike",
          source=DAQUQ_SHOPKEEPERS, location=DAQUQ, date=TODAY, acled=PEACEFUL, tpara=2),
        E(False, ["PROTEST"], [2], "وتجمّع", ["asserted"], mode="demo",
          source=DAQUQ_SHOPKEEPERS, location=DAQUQ_HALL, date=TODAY),
        # ¶4: the claim's threat to the area's traders (optional, reported)
        E(False, ["THREATEN"], [4], "وتوعّد", ["reported"], mode="violence",
          source=ISIS_CLAIM, recipient=AREA_TRADERS, date=TODAY_OR_EVE),
        # ¶5 (Daquq's big market) holds no event. ¶6 (subject, a long parenthesis, verb): the chamber's
        # accusation and demand, two verbs joined with «و»
        E(True, ["ACCUSE"], [6], "اتهمت", ["asserted"],
          source=KIRKUK_CHAMBER, recipient=IQ_SECURITY, date=TODAY_OR_EVE, attribution=["بيان"]),
        E(True, ["REQUEST"], [6], "وطالبت", ["asserted"],
          source=KIRKUK_CHAMBER, recipient=IQ_INTERIOR, date=TODAY_OR_EVE),
        # ¶7: the extortion letters told by three shopkeepers (THREATEN, reported first); the bombing they
        # threaten is optional and hypothetical
        E(True, ["THREATEN"], [7], "وتهدّدهم", ["reported", "asserted"], mode="violence",
          source=ISIS_LETTERS, recipient=RASHAD_SHOPKEEPERS, location=RASHAD,
          date=D("2013-11-15", "week", ("2013-11-11", "2013-11-18")), attribution=["ثلاثة منهم"]),
        E(False, ["ASSAULT"], [7], "تفجير", ["hypothetical"], mode="explosives",
          source=ISIS_LETTERS, recipient=RASHAD_SHOPKEEPERS, location=RASHAD, date=None),
        # ¶8: three collectors arrested (a passive with «من قبل»); the notebooks seized are optional
        E(True, ["COERCE"], [8], "واعتُقل", ["asserted"], mode="arrest",
          source=POLICE_INTEL, recipient=THREE_MEN, location=GOLD_MARKET, date=YESTERDAY,
          attribution=["قيادة الشرطة"], acled=ARREST),
        E(False, ["COERCE"], [8], "ضبطت", ["asserted"], mode="confiscate",
          source=POLICE_INTEL, location=GOLD_MARKET, date=YESTERDAY),
        # ¶9: a money changer's abduction told by local pages and denied (rumoured; undated)
        E(True, ["ASSAULT"], [9], "خطف", ["rumored", "negated"], mode="abduct",
          source=KIDNAPPERS, recipient=EXCHANGER, location=ABBASI, date=None,
          attribution=["صفحات محلية على «فيسبوك»"]),
        # ¶10: the police deployment not made (MOBILIZE, negated); the district commissioner's promise of
        # yesterday is an optional AGREE
        E(True, ["MOBILIZE"], [10], "ولم تنتشر", ["negated"], mode="police",
          source=DAQUQ_POLICE, location=DAQUQ, date=TODAY),
        E(False, ["AGREE"], [10], "وعد", ["asserted"],
          source=DAQUQ_QAIMMAQAM, location=DAQUQ, date=YESTERDAY),
        # ¶11: the refusal to let traders carry arms (REJECT); «التحقيق في التفجير» is a back-reference
        E(True, ["REJECT"], [11], "ورفض", ["asserted"],
          source=DAQUQ_QAIMMAQAM, recipient=TRADERS, date=TODAY_OR_EVE),
        # ¶12: two extortionists sentenced (SANCTION convict)
        E(True, ["SANCTION"], [12], "حكماً", ["asserted"], mode="convict",
          source=KIRKUK_COURT, recipient=TWO_MEN, location=KIRKUK_CITY, date=TODAY),
        # ¶13: the burial belongs to the main event (the shots in the air are a funeral custom). ¶14: grants
        # «يوم الأحد المقبل» (planned AID)
        E(True, ["AID"], [14], "بصرف", ["planned"], mode="economic",
          source=KIRKUK_CHAMBER, recipient=DAMAGED_SHOPS, location=KIRKUK_GOV, date=D("2013-11-24"),
          attribution=["أحد أعضاء مجلس إدارتها"]),
        # ¶15 (the Qaysariyah bazaar) holds no event. ¶16: the year's bombed shops, an aggregate (optional,
        # generic)
        E(False, ["ASSAULT"], [16], "للتفجير", ["generic"], recipient=BOMBED_SHOPS, date=None),
        # ¶17, «وكان … قد» at another place: a goldsmith shot dead in the Qaysariyah bazaar on 3 October
        # (core, historical)
        E(True, ["ASSAULT"], [17], "قتلوا", ["historical", "asserted"], mode="firearms",
          source=QAISARIYA_GUNMEN, recipient=GOLDSMITH, location=QAISARIYA, date=D("2013-10-03"),
          fatalities=1, attribution=["زملاؤه"], acled=ATTACK),
    ],
)
