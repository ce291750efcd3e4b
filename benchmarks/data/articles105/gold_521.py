"""Gold of article 521: a clash between Free Syrian Army factions and the regime's forces on the
western edge of al-Lajat, two helicopter barrel bombs on a quarter of Busra al-Harir killing four
civilians (main event, told in ¶2 after the clash; one toll), a rescuer's account and the state
agency's version, a rebel court's prison sentence, the local council's accusation and demand, the
factions' meeting and agreement with the notables of Nahta, regime reinforcements in Izra, a
commander's threat, a rumoured ambush near al-Musayfira denied, three women not released, the
burial, a factions' meeting due on Saturday in al-Hrak, the month's count of barrel bombs, and a
barrel bomb on the market of Nahta on 22 November 2014 (Daraa governorate, Syria), a Daraa
opposition news page on Facebook, 2014-12-10 (Wed). No dateline: the lead names Busra al-Harir in
its first sentence."""
from actors_places import (
    ASSAD_FORCES,
    BH_CIVILIANS,
    BH_COUNCIL,
    BH_COURT,
    BH_QUARTER,
    BH_WOMEN,
    BUSRA_HARIR,
    EAST_DARAA,
    EAST_DARAA_FACTIONS,
    FSA,
    FSA_COMMANDER,
    FSA_LEADER,
    HRAK,
    INFORMERS,
    IZRA,
    IZRA_CHECKPOINT,
    LAJAT,
    LAJAT_FIGHT,
    LAJAT_WEST,
    MUSAYFIRA,
    NAHTA,
    NAHTA_MARKET,
    NAHTA_MARKET_VICTIMS,
    NAHTA_MEETING,
    REGIME_HELIS,
    SOUTHERN_FRONT,
)
from common import AIR, ARREST, CLASH, D, E, paras_of

SLUG = "daraa_2014_busra_harir_lajat"
YESTERDAY = D("2014-12-09")
TODAY = D("2014-12-10")
# a statement of the day whose hour the text does not give: today, or the evening before
TODAY_OR_EVE = D("2014-12-10", "day", ("2014-12-09", "2014-12-10"))
ARTICLE = dict(
    id="team105-521", slug=SLUG, published="2014-12-10",
    outlet="Bawwabat al-Lajat, a Daraa opposition news page on Facebook (fictional)",
    paras=paras_of(f"521_{SLUG}.txt"),
    events=[
        # ¶1 (no dateline; Busra al-Harir in the first sentence): a clash «بين» the FSA factions and
        # the regime's forces (both sides are sources; a possessive «مقاتلي فصائل الجيش الحر»); the
        # headline names it and the state agency retells it in ¶4 («أحبطت محاولة تسلل»); the forces'
        # retreat is optional
        E(True, ["ASSAULT"], [0, 1, 4], "دارت اشتباكات", ["asserted"], mode="firearms",
          source=LAJAT_FIGHT, location=LAJAT_WEST, date=YESTERDAY,
          attribution=["مراسل «بوابة اللجاة»", "وكالة الأنباء السورية «سانا» عن مصدر عسكري"], acled=CLASH,
          tpara=1),
        E(False, ["RETREAT"], [1], "التراجع", ["asserted"], mode="withdraw",
          source=ASSAD_FORCES, location=LAJAT_WEST, date=YESTERDAY),
        # MAIN EVENT, told in ¶2 after the clash (verb first; the hour told after the act in a
        # clause of its own): two barrel bombs dropped by the regime's helicopters on a quarter of
        # Busra al-Harir; a civil-defence volunteer ¶3, the state agency's version ¶4 (no number)
        # and the burial ¶13 retell it; «المجزرة» in ¶6 is a back-reference. One toll: 4
        E(True, ["ASSAULT"], [0, 2, 3, 4, 13], "برميلين متفجرين", ["asserted"], mode="aerial",
          source=REGIME_HELIS, recipient=BH_CIVILIANS, location=BH_QUARTER, date=YESTERDAY, fatalities=4,
          attribution=["المكتب الطبي في البلدة", "متطوع في فريق الدفاع المدني",
                       "وكالة الأنباء السورية «سانا» عن مصدر عسكري"],
          acled=AIR, tpara=2),
        # ¶5: a rebel court's prison sentence (SANCTION); the arrest two weeks ago, recalled with
        # «وكان … قد», is optional and historical
        E(True, ["SANCTION"], [5], "حكماً بسجن", ["asserted"], mode="convict",
          source=BH_COURT, recipient=INFORMERS, location=BUSRA_HARIR, date=YESTERDAY),
        E(False, ["COERCE"], [5], "اعتقلهم", ["historical"], mode="arrest",
          source=FSA, recipient=INFORMERS, location=LAJAT, date=None),
        # ¶6 (subject, a long parenthesis, verb): the council's accusation and demand, two verbs
        # joined with «و»
        E(True, ["ACCUSE"], [6], "حمّل", ["asserted"],
          source=BH_COUNCIL, recipient=ASSAD_FORCES, date=TODAY_OR_EVE, attribution=["بيان نشره على صفحته"]),
        E(True, ["REQUEST"], [6], "وطالب", ["asserted"],
          source=BH_COUNCIL, recipient=SOUTHERN_FRONT, date=TODAY_OR_EVE),
        # ¶7: the faction leaders meet the notables of Nahta and agree to move two headquarters
        # (both parties in either role); the move itself, due within ten days, is optional and
        # planned
        E(True, ["CONSULT"], [7], "اجتماعاً", ["asserted"],
          source=NAHTA_MEETING, recipient=NAHTA_MEETING, location=NAHTA, date=TODAY),
        E(True, ["AGREE"], [7], "اتفق", ["asserted"],
          source=NAHTA_MEETING, recipient=NAHTA_MEETING, location=NAHTA, date=TODAY),
        E(False, ["RETREAT"], [7], "إخلاء مقرين", ["planned"], mode="withdraw",
          source=FSA, location=NAHTA, date=None),
        # ¶8: regime reinforcements in Izra told by activists (reported); the renewed attack is only
        # inferred (optional, hypothetical)
        E(True, ["MOBILIZE"], [8], "تعزيزات", ["reported", "asserted"], mode="troops",
          source=ASSAD_FORCES, location=IZRA, date=YESTERDAY, attribution=["ناشطون في إزرع"]),
        E(False, ["ASSAULT"], [8], "معاودة الهجوم", ["hypothetical"], mode="heavy-weapons",
          source=ASSAD_FORCES, location=LAJAT, date=None),
        # ¶9 (al-Lajat described) holds no event. ¶10: a field commander's conditional threat; the
        # rocket fire on Izra and al-Sheikh Maskin is optional and hypothetical
        E(True, ["THREATEN"], [10], "وهدّد", ["asserted"], mode="violence",
          source=FSA_COMMANDER, recipient=ASSAD_FORCES, date=TODAY_OR_EVE,
          attribution=["تسجيل صوتي تداولته صفحات محلية"]),
        E(False, ["ASSAULT"], [10], "باستهداف", ["hypothetical"], mode="heavy-weapons",
          source=FSA_COMMANDER, recipient=ASSAD_FORCES, location=IZRA, date=None),
        # ¶11: an ambush near al-Musayfira told by pro-regime pages and denied by the commander's
        # faction (rumoured; no actor named for the ambush)
        E(True, ["ASSAULT"], [11], "بكمين", ["rumored", "negated"], mode="firearms",
          recipient=FSA_LEADER, location=MUSAYFIRA, date=None, attribution=["صفحات موالية للنظام"]),
        # ¶12: three women not released (negated RETREAT); their arrest ten days ago (passive) is
        # optional and historical; «من دون أن تحصل على أي معلومة» negates nothing
        E(True, ["RETREAT"], [12], "تُفرج", ["negated"], mode="release",
          source=ASSAD_FORCES, recipient=BH_WOMEN, location=IZRA, date=TODAY, attribution=["أحد أقاربهن"]),
        E(False, ["COERCE"], [12], "اعتُقلن", ["historical"], mode="arrest",
          source=ASSAD_FORCES, recipient=BH_WOMEN, location=IZRA_CHECKPOINT,
          date=D("2014-11-30", "day", ("2014-11-29", "2014-12-01")), acled=ARREST),
        # ¶13: the burial belongs to the main event. ¶14: the factions' meeting «يوم السبت المقبل»
        # in al-Hrak (planned CONSULT)
        E(True, ["CONSULT"], [14], "اجتماعاً موسّعاً", ["planned"], mode="multilateral",
          source=EAST_DARAA_FACTIONS, location=HRAK, date=D("2014-12-13"),
          attribution=["مصدر في أحد الفصائل"]),
        # ¶15 (power cuts and the schools) holds no event. ¶16: the month's count of barrel bombs,
        # an aggregate (optional, generic)
        E(False, ["ASSAULT"], [16], "ألقتها", ["generic"], mode="aerial",
          source=REGIME_HELIS, location=EAST_DARAA, date=None),
        # ¶17, «وكانت … قد» at another place: a barrel bomb on the market of Nahta on 22 November
        # (core, historical; 3 killed)
        E(True, ["ASSAULT"], [17], "برميلاً متفجراً", ["historical", "asserted"], mode="aerial",
          source=REGIME_HELIS, recipient=NAHTA_MARKET_VICTIMS, location=NAHTA_MARKET, date=D("2014-11-22"),
          fatalities=3, acled=AIR),
    ],
)
