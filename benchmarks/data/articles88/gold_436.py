"""Gold of article 436: Kafr Zita, Morek, Suran, Kafr Nabudah, al-Latamneh and the Salamiyah countryside
(Hama), a Hama opposition media centre's news website, 2015-05-12 (Tue)."""
from actors_places import (
    ASSAD_REGIME,
    FSA,
    FURSAN_COMMANDER,
    HAMA_FREE_COUNCIL,
    KAFR_NABUDAH,
    KAFR_ZITA,
    KAFR_ZITA_CIVILIANS,
    KAFR_ZITA_COUNCIL,
    KAFR_ZITA_MEDICAL_POINT,
    LATAMNEH,
    LATAMNEH_STUDENTS,
    LATAMNEH_VICTIMS,
    LOCAL_COUNCILS,
    MEDICAL_NGO,
    MOREK,
    MOREK_SURAN,
    NABUDAH_PROTESTERS,
    NORTH_HAMA,
    REGIME_AIR_FORCE,
    REGIME_AREAS,
    REGIME_HELICOPTER,
    REGIME_ISIS,
    REGIME_MOREK,
    REGIME_REINFORCEMENTS,
    SHEIKH_HILAL,
    SURAN,
    SURAN_CHECKPOINT,
    UNSC,
)
from common import AIR, ARREST, CLASH, PEACEFUL, SHELL, D, E, paras_of

SLUG = "hama_2015_kafr_zita_barrels_morek_suran"
TODAY = D("2015-05-12")
ARTICLE = dict(
    id="team88-436", slug=SLUG, published="2015-05-12",
    outlet="Nabd al-Rif al-Hamawi, a Hama opposition media centre's news website (fictional)",
    paras=paras_of(f"436_{SLUG}.txt"),
    events=[
        # the main event, first in the lead (no dateline; Kafr Zita in the first sentence): a helicopter
        # drops two barrel bombs on a neighbourhood of Kafr Zita, five killed (one toll); the civil
        # defence 2, the victims 3, the state agency's version 5 (its «أعداد» of «terrorists» is a
        # retelling, not a toll), the council's «المجزرة الجديدة» 8, the funeral 17; the headline 0
        E(True, ["ASSAULT"], [0, 1, 2, 3, 5, 8, 17], "إلقاء", ["asserted"], mode="aerial",
          source=REGIME_HELICOPTER, recipient=KAFR_ZITA_CIVILIANS, location=KAFR_ZITA, date=TODAY,
          fatalities=5,
          attribution=["مراسل «نبض الريف الحموي»", "مدير مركز الدفاع المدني في كفرزيتا"], acled=AIR, tpara=1),
        # ¶4: the FSA's mortar and rocket fire on government positions in Morek (headline 0); the
        # brigade's claim of direct hits is part of it
        E(True, ["ASSAULT"], [0, 4], "بقصف", ["asserted", "reported"], mode="heavy-weapons",
          source=FSA, recipient=REGIME_MOREK, location=MOREK, date=TODAY,
          attribution=["«لواء فرسان العاصي»"], acled=SHELL, tpara=4),
        # ¶6 (verb-subject-object): four students arrested at the al-Jisr checkpoint of Suran, two
        # released hours later (RETREAT); the transfer of the two others to Military Security is part of
        # the arrest
        E(True, ["COERCE"], [6], "اعتقل", ["asserted", "reported"], mode="arrest",
          source=SURAN_CHECKPOINT, recipient=LATAMNEH_STUDENTS, location=SURAN, date=TODAY,
          attribution=["ذووهم"], acled=ARREST),
        E(True, ["RETREAT"], [6], "أفرجوا", ["asserted", "reported"], mode="release",
          source=SURAN_CHECKPOINT, recipient=LATAMNEH_STUDENTS, location=SURAN, date=TODAY),
        # ¶7: government forces and ISIS fighting near al-Sheikh Hilal east of Salamiyah since dawn, told
        # from local pages; «قتلى وجرحى» without a number → no fatalities
        E(True, ["ASSAULT"], [7], "اشتباكات", ["reported", "asserted"], mode="firearms",
          source=REGIME_ISIS, location=SHEIKH_HILAL, date=TODAY, attribution=["صفحات محلية في سلمية"],
          acled=CLASH),
        # ¶8: the local council's condemnation of the regime and its demand to the Security Council
        E(True, ["ACCUSE"], [8], "ودان", ["asserted"],
          source=KAFR_ZITA_COUNCIL, recipient=ASSAD_REGIME, date=TODAY),
        E(True, ["REQUEST"], [8], "وطالب", ["asserted"],
          source=KAFR_ZITA_COUNCIL, recipient=UNSC, date=TODAY),
        # ¶9: an evening demonstration in Kafr Nabudah in solidarity with Kafr Zita (the banners
        # and chants are no events)
        E(True, ["PROTEST"], [9], "مظاهرة", ["asserted"], mode="demo",
          source=NABUDAH_PROTESTERS, location=KAFR_NABUDAH, date=TODAY, acled=PEACEFUL),
        # the first demonstration in the town, recalled by its fourth anniversary (optional, historical; the
        # anniversary itself is no event)
        E(False, ["PROTEST"], [9], "لأول مظاهرة", ["historical"], mode="demo",
          location=KAFR_NABUDAH, date=D("2011-05-12", "day", ("2011-05-09", "2011-05-15")), acled=PEACEFUL),
        # ¶10: the Free Hama Provincial Council's backing (SUPPORT) and its emergency meeting on Thursday
        # (planned)
        E(True, ["SUPPORT"], [10], "تأييده", ["asserted"],
          source=HAMA_FREE_COUNCIL, recipient=KAFR_ZITA_COUNCIL, date=TODAY),
        E(True, ["CONSULT"], [10], "اجتماعاً طارئاً", ["planned"], mode="multilateral",
          source=HAMA_FREE_COUNCIL, recipient=LOCAL_COUNCILS, location=KAFR_NABUDAH, date=D("2015-05-14")),
        # ¶11: reinforcements to Morek and Suran told only by loyalist pages, unconfirmed (rumoured); the
        # «wide operation» they are said to prepare is only feared (optional)
        E(True, ["MOBILIZE"], [11], "تعزيزات عسكرية", ["rumored", "reported"], mode="troops",
          source=REGIME_REINFORCEMENTS, location=MOREK_SURAN,
          date=D("2015-05-11", "day", ("2015-05-10", "2015-05-12")), attribution=["صفحات موالية"]),
        E(False, ["ASSAULT"], [11], "لعملية واسعة", ["hypothetical", "planned", "rumored"],
          mode="heavy-weapons",
          source=REGIME_REINFORCEMENTS, location=LATAMNEH, date=None),
        # ¶12: the brigade commander's conditional threat (asserted); carrying the fight into government
        # areas is hypothetical (optional)
        E(True, ["THREATEN"], [12], "وتوعّد", ["asserted"], mode="violence",
          source=FURSAN_COMMANDER, recipient=REGIME_AREAS, location=NORTH_HAMA, date=TODAY),
        E(False, ["ASSAULT"], [12], "نقل المعركة", ["hypothetical"], mode="firearms",
          source=FURSAN_COMMANDER, recipient=REGIME_AREAS, location=NORTH_HAMA, date=None),
        # paragraph 13 (Kafr Zita: description) holds no event
        # ¶14: the medicines promised at the start of the month have not arrived (core AID, negated); the
        # promise itself optional, historical
        E(True, ["AID"], [14], "شحنة الأدوية", ["negated"], mode="humanitarian",
          source=MEDICAL_NGO, recipient=KAFR_ZITA_MEDICAL_POINT, location=KAFR_ZITA, date=TODAY,
          attribution=["مسؤول النقطة"]),
        E(False, ["AGREE"], [14], "وعدت", ["historical", "asserted"],
          source=MEDICAL_NGO, recipient=KAFR_ZITA_MEDICAL_POINT,
          date=D("2015-05-03", "week", ("2015-05-01", "2015-05-07"))),
        # background at another place, in «وكان … قد»: an air strike on al-Latamneh's market on 28 April
        # (7 killed)
        E(True, ["ASSAULT"], [15], "استهدف", ["historical", "asserted"], mode="aerial",
          source=REGIME_AIR_FORCE, recipient=LATAMNEH_VICTIMS, location=LATAMNEH, date=D("2015-04-28"),
          fatalities=7, acled=AIR),
        # paragraph 16 (barrel bombs every day: generic) holds no event; ¶17, the funeral, is a paragraph
        # of the main event
    ],
)
