"""Gold of article 511: a protest at Kafr Zita's stopped automatic bakery, artillery shells on a bread queue
in the town's west killing five civilians (main event, told in ¶2 after the protest; one toll), a young man's
account and the state agency's version, two flour traders arrested by the Sharia committee and their flour
seized, the local council's accusation and demand, its meeting and agreement with the bakers, flour delivered,
a threat to the bakers, a rumoured air strike on a mill in Kafr Nabudah denied, a wheat shipment not sent,
the burial, a flour convoy due on Thursday, the year's toll of bakeries shelled, and an air strike on a mill
in al-Latamneh on 7 October 2013 (Hama governorate, Syria), a Gaziantep-based Syrian opposition news agency's
website, 2013-11-19 (Tue). No dateline: the lead names Kafr Zita in its first sentence."""
from actors_places import (
    ACU,
    BAKERS,
    BAKERY_MEETING,
    BREAD_QUEUE,
    FLOUR_DONOR,
    FLOUR_TRADERS,
    HAMA_GOV,
    KAFR_NABUDAH,
    KAFR_ZITA,
    KZ_COUNCIL,
    KZ_PROTESTERS,
    KZ_QUEUE,
    LATAMNEH,
    MILL_WORKERS,
    RELIEF_NGO,
    SHARIA_BODY,
    SY_AIR,
    SY_REGIME,
)
from common import AIR, ARREST, PEACEFUL, SHELL, D, E, paras_of

SLUG = "hama_2013_kafr_zita_latamneh"
YESTERDAY = D("2013-11-18")
TODAY = D("2013-11-19")
# a statement or an act of the day whose hour the text does not give: today, or the evening before
TODAY_OR_EVE = D("2013-11-19", "day", ("2013-11-18", "2013-11-19"))
ARTICLE = dict(
    id="team103-511", slug=SLUG, published="2013-11-19",
    outlet="Bayader, a Gaziantep-based Syrian opposition news agency's website (fictional)",
    paras=paras_of(f"511_{SLUG}.txt"),
    events=[
        # ¶1 (no dateline; Kafr Zita in the first sentence): residents protest at the stopped automatic bakery
        # (the headline names it)
        E(True, ["PROTEST"], [0, 1], "تظاهر", ["asserted"], mode="demo",
          source=KZ_PROTESTERS, location=KAFR_ZITA, date=YESTERDAY, attribution=["مراسل «بيادر»"],
          acled=PEACEFUL, tpara=1),
        # MAIN EVENT, told in ¶2 after the protest (verb first, a purpose clause of the queue, the hour told
        # after the act in a clause of its own): two artillery shells on a bread queue, fired from the
        # regime's positions per the medical point; a young man in the queue ¶3, the state agency's version ¶4
        # (no number) and the burial ¶13 retell it. One toll: 5
        E(True, ["ASSAULT"], [0, 2, 3, 4, 13], "سقطت قذيفتا مدفعية", ["asserted"], mode="heavy-weapons",
          source=SY_REGIME, recipient=BREAD_QUEUE, location=KZ_QUEUE, date=YESTERDAY, fatalities=5,
          attribution=["النقطة الطبية في كفرزيتا", "شاب كان ينتظر دوره في الطابور",
                       "وكالة الأنباء السورية «سانا» عن مصدر عسكري"],
          acled=SHELL, tpara=2),
        # ¶5: the Sharia committee arrests two flour traders and seizes their flour: two events in one
        # sentence, the seizure (a second verb joined with «و») optional
        E(True, ["COERCE"], [5], "واعتقلت", ["asserted"], mode="arrest",
          source=SHARIA_BODY, recipient=FLOUR_TRADERS, location=KAFR_ZITA, date=YESTERDAY, acled=ARREST),
        E(False, ["COERCE"], [5], "وصادرت", ["asserted"], mode="confiscate",
          source=SHARIA_BODY, recipient=FLOUR_TRADERS, location=KAFR_ZITA, date=YESTERDAY),
        # ¶6 (subject, a long parenthesis, verb): the regime's forces leaving the town more than a year ago,
        # recalled in the parenthesis (optional, historical); the council's accusation and demand («إدانة
        # المجزرة» is a back-reference)
        E(False, ["RETREAT"], [6], "خروج قوات النظام", ["historical"], mode="withdraw",
          source=SY_REGIME, location=KAFR_ZITA, date=None),
        E(True, ["ACCUSE"], [6], "اتهم", ["asserted"],
          source=KZ_COUNCIL, recipient=SY_REGIME, date=TODAY_OR_EVE, attribution=["بيان مصوّر"]),
        E(True, ["REQUEST"], [6], "وطالب", ["asserted"],
          source=KZ_COUNCIL, recipient=ACU, date=TODAY_OR_EVE),
        # ¶7: the council meets the three bakery owners (CONSULT) and they agree on a bread price (AGREE);
        # both parties in either role
        E(True, ["CONSULT"], [7], "اجتماعاً", ["asserted"],
          source=BAKERY_MEETING, recipient=BAKERY_MEETING, location=KAFR_ZITA, date=TODAY),
        E(True, ["AGREE"], [7], "اتفق", ["asserted"],
          source=BAKERY_MEETING, recipient=BAKERY_MEETING, location=KAFR_ZITA, date=TODAY),
        # ¶8 (short): twenty tonnes of flour delivered by a relief organisation (AID)
        E(True, ["AID"], [8], "ووصلت", ["asserted"], mode="humanitarian",
          source=RELIEF_NGO, location=KAFR_ZITA, date=TODAY),
        # ¶9 (the town's plain described) holds no event. ¶10: the Sharia committee's warning to the bakers;
        # the closure is conditional (optional, hypothetical)
        E(True, ["THREATEN"], [10], "وحذّرت", ["asserted"], mode="restrict",
          source=SHARIA_BODY, recipient=BAKERS, date=TODAY_OR_EVE,
          attribution=["تعميم عُلّق على أبواب المساجد"]),
        E(False, ["COERCE"], [10], "بإغلاق", ["hypothetical"], mode="restrict",
          source=SHARIA_BODY, recipient=BAKERS, date=None),
        # ¶11: an air strike on a mill in Kafr Nabudah told by coordination pages and denied by activists
        # there (rumoured)
        E(True, ["ASSAULT"], [11], "غارة جوية", ["rumored", "negated"], mode="aerial",
          source=SY_AIR, location=KAFR_NABUDAH, date=None,
          attribution=["تنسيقيات في ريف حماة عبر «فيسبوك»"]),
        # ¶12: the wheat shipment the Assistance Coordination Unit promised is not sent (negated AID; «من دون
        # أن يتلقى جواباً» negates nothing)
        E(True, ["AID"], [12], "تُرسل", ["negated"], mode="humanitarian",
          source=ACU, recipient=KZ_COUNCIL, location=KAFR_ZITA, date=TODAY, attribution=["عضو في المجلس"]),
        # ¶13: the burial belongs to the main event. ¶14: a flour convoy due on Thursday (planned AID)
        E(True, ["AID"], [14], "قافلة", ["planned"], mode="humanitarian",
          source=FLOUR_DONOR, location=KAFR_ZITA, date=D("2013-11-21"),
          attribution=["مدير المكتب الإغاثي في المجلس"]),
        # ¶15 (the bakers' hardships) holds no event. ¶16: bakeries shelled since the start of the year, an
        # aggregate (optional, generic)
        E(False, ["ASSAULT"], [16], "تعرضت للقصف", ["generic"], mode="heavy-weapons",
          location=HAMA_GOV, date=None),
        # ¶17, «وكان … قد» at another place: an air strike on a mill in al-Latamneh on 7 October (core,
        # historical; 3 killed)
        E(True, ["ASSAULT"], [17], "قصف", ["historical", "asserted"], mode="aerial",
          source=SY_AIR, recipient=MILL_WORKERS, location=LATAMNEH, date=D("2013-10-07"), fatalities=3,
          acled=AIR),
    ],
)
