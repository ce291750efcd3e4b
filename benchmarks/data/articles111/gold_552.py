"""Gold of article 552: the Diyala police arrest three men for stealing batteries from mobile-phone towers in
Balad Ruz, Islamic State gunmen attack the guards' room of a telecom tower on the edge of Abu Saida killing
three guards and blow up the tower (main event, told in ¶2 after the arrests; one toll), an engineer's account
and the claim, the governor's accusation and demand, the phone companies' conditional threat, a second tower's
bombing near al-Saadiya rumoured and unconfirmed, a joint army-PMF sweep and an arrest, thermal cameras not
delivered, a fine on a phone company, the burial, Federal Police to guard the towers from Thursday, the
guards' families refusing the compensation, the year's attacks on towers, and a tower bombed near Jalawla on
23 May 2021 (Diyala, Iraq), a Sulaymaniyah-based Iraqi satellite channel's website, 2021-06-14 (Mon). No
dateline: the lead names Diyala in its first sentence. Mostly about telecom towers and the mobile network."""
from actors_places import (
    ABU_SAIDA,
    ABU_SAIDA_ORCHARDS,
    ABU_SAIDA_SUSPECT,
    ARMY_PMF,
    BALAD_RUZ,
    BAQUBAH_ROAD,
    BATTERY_THIEVES,
    CMC,
    DIYALA_COUNTRYSIDE,
    DIYALA_GOV,
    DIYALA_GOVERNOR,
    DIYALA_POLICE,
    FEDERAL_POLICE,
    FINED_COMPANY,
    GUARDS_KIN,
    ISIS_552,
    ISIS_CELLS,
    JALAWLA,
    JALAWLA_GUNMEN,
    JALAWLA_TECHNICIAN,
    JOC,
    KHANAQIN,
    MIL_INTEL,
    MIN_COMM,
    NORTH_EAST_COUNTRYSIDE,
    OPERATOR,
    PHONE_COMPANIES,
    SAADIYA,
    TOWER_GUARDS,
)
from common import ARREST, ATTACK, MINE, D, E, paras_of

SLUG = "diyala_2021_abusaida_baladruz"
TODAY = D("2021-06-14")
# a statement of the day whose hour the text does not give: today, or the evening before
TODAY_OR_EVE = D("2021-06-14", "day", ("2021-06-13", "2021-06-14"))
# the arrests the police announced yesterday: yesterday or a day or two before
ARRESTS = D("2021-06-13", "day", ("2021-06-11", "2021-06-13"))
# the night attack «في ساعة متأخرة من الليلة نفسها … بعد منتصف الليل بقليل»: the night from Sunday to Monday
NIGHT = D("2021-06-14", "day", ("2021-06-13", "2021-06-14"))
ARTICLE = dict(
    id="team111-552", slug=SLUG, published="2021-06-14",
    outlet="Manarat al-Sharq, a Sulaymaniyah-based Iraqi satellite channel's website (fictional)",
    paras=paras_of(f"552_{SLUG}.txt"),
    events=[
        # ¶1 (no dateline; Diyala in the first sentence): the battery thieves' arrest (COERCE arrest; the
        # headline names it); the batteries seized and the referral to the judge are optional
        E(True, ["COERCE"], [0, 1], "اعتقال ثلاثة أشخاص", ["asserted"], mode="arrest",
          source=DIYALA_POLICE, recipient=BATTERY_THIEVES, location=BALAD_RUZ, date=ARRESTS,
          attribution=["بيان قيادة شرطة محافظة ديالى"], acled=ARREST, tpara=1),
        E(False, ["COERCE"], [1], "وضبط", ["asserted"], mode="confiscate",
          source=DIYALA_POLICE, location=BALAD_RUZ, date=ARRESTS),
        E(False, ["COERCE", "SANCTION"], [1], "أُحيلوا", ["asserted"],
          source=DIYALA_POLICE, recipient=BATTERY_THIEVES, date=ARRESTS),
        # MAIN EVENT, told in ¶2 after the arrests (verb first): Islamic State gunmen attack the guards' room
        # at the tower and kill three civilian guards; the engineer ¶3, the claim ¶4 (no number; the claimant
        # is the source) and the burial ¶12 retell it. One toll: 3. Blowing up the tower in the same raid is
        # optional (ACLED codes the raid once, at its highest type)
        E(True, ["ASSAULT"], [0, 2, 3, 4, 12], "هاجم مسلحون", ["asserted"], mode="firearms",
          source=ISIS_552, recipient=TOWER_GUARDS, location=ABU_SAIDA, date=NIGHT, fatalities=3,
          attribution=["خلية الإعلام الأمني", "مهندس يعمل لدى الشركة المشغّلة للبرج",
                       "معرّفات التنظيم على «تلغرام»"],
          acled=ATTACK, tpara=2),
        E(False, ["ASSAULT"], [2], "فجّروا قاعدة البرج", ["asserted"], mode="destroy",
          source=ISIS_552, location=ABU_SAIDA, date=NIGHT),
        E(False, ["RETREAT"], [2], "انسحاب المهاجمين", ["asserted"], mode="withdraw",
          source=ISIS_552, location=ABU_SAIDA, date=NIGHT),
        # ¶5 (thirty villages without a signal) holds no event. ¶6 (subject, a long parenthesis, verb): the
        # governor's accusation and demand, two verbs joined with «و»
        E(True, ["ACCUSE"], [6], "اتهم", ["asserted"],
          source=DIYALA_GOVERNOR, recipient=ISIS_CELLS, date=TODAY, attribution=["تصريح للصحفيين"]),
        E(True, ["REQUEST"], [6], "وطالب", ["asserted"],
          source=DIYALA_GOVERNOR, recipient=JOC, date=TODAY),
        # ¶7: the phone companies' conditional threat; pulling their technicians out is optional, hypothetical
        E(True, ["THREATEN"], [7], "وهددت", ["asserted"],
          source=PHONE_COMPANIES, location=NORTH_EAST_COUNTRYSIDE, date=TODAY_OR_EVE,
          attribution=["بيان مشترك"]),
        E(False, ["RETREAT"], [7], "بسحب فنييها", ["hypothetical"], mode="withdraw",
          source=PHONE_COMPANIES, location=NORTH_EAST_COUNTRYSIDE, date=None),
        # ¶8: a second tower's bombing near al-Saadiya, told by local accounts and not confirmed (rumoured)
        E(True, ["ASSAULT"], [8], "تفجير برج ثانٍ", ["rumored", "negated"], mode="destroy",
          location=SAADIYA, date=TODAY, attribution=["حسابات محلية على «فيسبوك»"]),
        # ¶9, two events: the army and the PMF's joint sweep (COOPERATE, both in either role) and the arrest
        # of a suspect «من قبل» a military intelligence force (COERCE arrest, passive)
        E(True, ["COOPERATE"], [9], "عملية مشتركة", ["asserted"],
          source=ARMY_PMF, recipient=ARMY_PMF, location=ABU_SAIDA_ORCHARDS, date=TODAY,
          attribution=["خلية الإعلام الأمني"]),
        E(True, ["COERCE"], [9], "واعتُقل", ["asserted"], mode="arrest",
          source=MIL_INTEL, recipient=ABU_SAIDA_SUSPECT, location=ABU_SAIDA_ORCHARDS, date=TODAY,
          acled=ARREST),
        # ¶10: the thermal cameras not delivered (AID, negated); the ministry's pledge in March is optional
        # and historical
        E(True, ["AID"], [10], "ولم تصل", ["negated"],
          source=MIN_COMM, location=DIYALA_GOV, date=TODAY_OR_EVE, attribution=["مصدر في المديرية"]),
        E(False, ["AGREE", "AID"], [10], "تخصيصها", ["historical"],
          source=MIN_COMM, date=D("2021-03-15", "month", ("2021-03-01", "2021-03-31"))),
        # ¶11: the fine on a phone company (SANCTION); the towers wrecked last month are optional, historical
        E(True, ["SANCTION"], [11], "وفرضت", ["asserted"],
          source=CMC, recipient=FINED_COMPANY, date=TODAY_OR_EVE),
        E(False, ["ASSAULT"], [11], "تخريب برجين", ["historical"], mode="destroy",
          location=KHANAQIN, date=D("2021-05-15", "month", ("2021-05-01", "2021-05-31"))),
        # ¶12: the burial belongs to the main event. ¶13: the Federal Police to guard the towers «ابتداءً من
        # يوم الخميس المقبل» (planned MOBILIZE)
        E(True, ["MOBILIZE"], [13], "تتسلم", ["planned"], mode="police",
          source=FEDERAL_POLICE, location=BAQUBAH_ROAD, date=D("2021-06-17"),
          attribution=["قيادة عمليات ديالى"]),
        # ¶14 (the towers in the orchards) holds no event. ¶15: the families refuse the compensation (REJECT);
        # the offer and their demand are optional
        E(True, ["REJECT"], [15], "ورفض", ["asserted"],
          source=GUARDS_KIN, recipient=OPERATOR, date=TODAY, attribution=["أحد شيوخ عشيرتهم"]),
        E(False, ["AGREE"], [15], "عرضته", ["asserted"],
          source=OPERATOR, recipient=GUARDS_KIN, date=TODAY),
        E(False, ["REQUEST"], [15], "وطالبوا", ["asserted"],
          source=GUARDS_KIN, recipient=OPERATOR, date=TODAY),
        # ¶16: the year's attacks on towers, an aggregate (optional, generic)
        E(False, ["ASSAULT"], [16], "تعرضت للتفجير", ["generic"], mode="destroy",
          location=DIYALA_COUNTRYSIDE, date=None),
        # ¶17, «وكان … قد» at another place: a tower bombed near Jalawla on 23 May, a technician killed (core,
        # historical)
        E(True, ["ASSAULT"], [17], "فجّروا", ["historical", "asserted"], mode="explosives",
          source=JALAWLA_GUNMEN, recipient=JALAWLA_TECHNICIAN, location=JALAWLA, date=D("2021-05-23"),
          fatalities=1, attribution=["مديرية شرطة جلولاء"], acled=MINE),
    ],
)
