"""Gold of article 119: Tripoli's southern front and the Western Mountain (Abu Salim, al-Khalatat and Wadi al-Rabie,
Mitiga, Gargaresh, Gharyan, Ain Zara, al-Aziziya, al-Swani), a Tripoli news site, 2019-05-16 (Thu, in Ramadan)."""
from actors_places import (
    ABU_SALIM,
    ABU_SALIM_VICTIMS,
    AIN_ZARA,
    AIN_ZARA_FAMILIES,
    AZIZIYA,
    GARGARESH,
    GARGARESH_CELL,
    GHARYAN,
    GHARYAN_ELDERS,
    GNA,
    GNA_AIR,
    GNA_INTERIOR,
    GNA_LNA,
    GNA_MILITIAS,
    ICRC,
    KHALATAT,
    LNA,
    LNA_AIR,
    LNA_CONVOY,
    LNA_OPS,
    LRC,
    MARTYRS_SQ,
    MITIGA,
    PARAMEDICS,
    PRES_COUNCIL,
    SWANI,
    TRIPOLI,
    TRIPOLI_CIVIL_SOCIETY,
    TRUCE_SIDES,
    UN_ENVOY_LY,
    UNSC,
)
from common import AGREEMENT, AIR, ARREST, CLASH, SHELL, D, E, paras_of

SLUG = "tripoli_abu_salim_khalatat_wadi_al_rabie_gharyan_aziziya"
ARTICLE = dict(
    id="team24-119", slug=SLUG, published="2019-05-16", outlet="Bawabat al-Asima news site (fictional)",
    paras=paras_of(f"119_{SLUG}.txt"),
    events=[
        # the Grad rockets on Abu Salim: headline 0, lead 1 (no sender named; 4 dead per the ambulance service, 6 per
        # the health ministry → the lowest, 4), the follow-up 8 where UNSMIL traces the rockets to LNA-held areas
        # and a resident retells the fall (one event)
        E(True, ["ASSAULT"], [0, 1, 8], "سقوط قذائف صاروخية", ["asserted", "reported"], mode="heavy-weapons",
          source=LNA, recipient=ABU_SALIM_VICTIMS, location=ABU_SALIM, date=D("2019-05-15"), fatalities=4,
          attribution=["جهاز الإسعاف والطوارئ", "وزارة الصحة بحكومة الوفاق الوطني",
                       "بعثة الأمم المتحدة للدعم في ليبيا"], acled=SHELL, tpara=1),
        # the Presidential Council's condemnation (with a participle blame: one ACCUSE) and its demand to the Security
        # Council (the naming and the inquiry are its content)
        E(True, ["ACCUSE"], [2], "ودان", ["asserted"],
          source=PRES_COUNCIL, recipient=LNA, date=D("2019-05-16")),
        E(True, ["REQUEST"], [2], "وطالب", ["asserted"],
          source=PRES_COUNCIL, recipient=UNSC, date=D("2019-05-16")),
        # one sentence, two events: the clashes on two axes (two-sided, one battle; headline 0; the GNA's three
        # dead, its claimed advance part of the same fight) and an LNA air strike near Mitiga airport (the flights'
        # suspension is a consequence, no event)
        E(True, ["ASSAULT"], [0, 3], "اشتباكات عنيفة", ["asserted", "reported"], mode="heavy-weapons",
          source=GNA_LNA, location=KHALATAT, date=D("2019-05-16"), fatalities=3,
          attribution=["المركز الإعلامي لعملية «بركان الغضب»"], acled=CLASH, tpara=3),
        E(True, ["ASSAULT"], [3], "غارة", ["asserted"], mode="aerial",
          source=LNA_AIR, location=MITIGA, date=D("2019-05-16"), acled=AIR),
        # the interior ministry's arrest of a five-man cell in Gargaresh (the spotting they are accused of is a habit)
        E(True, ["COERCE"], [4], "القبض", ["asserted", "reported"], mode="arrest",
          source=GNA_INTERIOR, recipient=GARGARESH_CELL, location=GARGARESH,
          date=D("2019-05-16", "day", ("2019-05-15", "2019-05-16")),
          attribution=["وزارة الداخلية بحكومة الوفاق"], acled=ARREST),
        # one sentence, two events in Gharyan: an LNA convoy arriving from al-Jufra (told by local sources) and a GNA
        # drone strike on an LNA operations room (claimed by the operation's media centre)
        E(True, ["MOBILIZE"], [5], "رتل عسكري", ["reported"], mode="troops",
          source=LNA_CONVOY, location=GHARYAN, date=D("2019-05-15", "day", ("2019-05-15", "2019-05-16")),
          attribution=["مصادر محلية في مدينة غريان"]),
        E(True, ["ASSAULT"], [5], "استهدف", ["reported", "asserted"], mode="aerial",
          source=GNA_AIR, recipient=LNA_OPS, location=GHARYAN, date=D("2019-05-16"),
          attribution=["المركز الإعلامي لعملية «بركان الغضب»"], acled=AIR),
        # the council head hosts the UN envoy (host as source) and rejects any ceasefire; the envoy's truce proposal
        # is a back-reference to an earlier offer, no new event
        E(True, ["CONSULT"], [6], "استقبل", ["asserted"], mode="visit",
          source=PRES_COUNCIL, recipient=UN_ENVOY_LY, location=TRIPOLI, date=D("2019-05-15")),
        E(True, ["REJECT"], [6], "رفض", ["asserted", "reported"],
          source=PRES_COUNCIL, recipient=UN_ENVOY_LY, location=TRIPOLI, date=D("2019-05-15"),
          attribution=["المكتب الإعلامي للمجلس"]),
        # the three-hour humanitarian truce both sides announced at Ain Zara (CONCEDE; AGREE accepted), the ICRC's
        # request behind it (optional) and the Red Crescent's evacuation of 27 families (AID; RETREAT accepted)
        E(True, ["CONCEDE", "AGREE"], [7], "هدنة إنسانية", ["asserted"],
          source=TRUCE_SIDES, location=AIN_ZARA, date=D("2019-05-16"), acled=AGREEMENT),
        E(False, ["REQUEST"], [7], "بطلب", ["asserted"],
          source=ICRC, recipient=TRUCE_SIDES, location=AIN_ZARA, date=D("2019-05-16")),
        E(True, ["AID", "RETREAT"], [7], "إجلاء", ["asserted", "reported"], mode="humanitarian",
          source=LRC, recipient=AIN_ZARA_FAMILIES, location=AIN_ZARA, date=D("2019-05-16"),
          attribution=["المتحدث باسم الجمعية"]),
        # the rumoured LNA pull-back from al-Aziziya, denied by the General Command's spokesman
        E(True, ["RETREAT"], [9], "انسحاب", ["negated", "rumored", "reported"], mode="withdraw",
          source=LNA, location=AZIZIYA, date=D("2019-05-15", "day", ("2019-05-14", "2019-05-16")),
          attribution=["صفحات موالية لحكومة الوفاق على موقع «فيسبوك»", "الناطق باسم «القيادة العامة»"]),
        # the LNA spokesman's conditional threat (made: asserted; the press conference is no event) with the entry
        # into Tripoli it threatens (hypothetical, optional); the civil society call (optional) for a stand in
        # Martyrs' Square on Friday evening (planned)
        E(True, ["THREATEN"], [10], "توعّد", ["asserted"], mode="violence",
          source=LNA, recipient=GNA_MILITIAS, date=D("2019-05-15")),
        E(False, ["ASSAULT"], [10], "بـ«دخول قلب طرابلس", ["hypothetical"], mode="firearms",
          source=LNA, location=TRIPOLI, date=None),
        E(False, ["REQUEST"], [10], "دعت", ["asserted"],
          source=TRIPOLI_CIVIL_SOCIETY, location=TRIPOLI, date=D("2019-05-16")),
        E(True, ["PROTEST"], [10], "وقفة احتجاجية", ["planned"], mode="demo",
          source=TRIPOLI_CIVIL_SOCIETY, location=MARTYRS_SQ, date=D("2019-05-17")),
        # paragraph 11 is a generic statement: deliberately NO gold event
        # the Gharyan elders' support for the GNA, their stated refusal (optional REJECT) and the April offensive
        # recalled in a relative clause (optional, historical)
        E(True, ["SUPPORT"], [12], "تأييده", ["asserted"],
          source=GHARYAN_ELDERS, recipient=GNA, date=D("2019-05-16")),
        E(False, ["REJECT"], [12], "رفضه", ["asserted"],
          source=GHARYAN_ELDERS, date=D("2019-05-16")),
        E(False, ["ASSAULT"], [12], "الهجوم الذي أطلقته", ["historical"], mode="heavy-weapons",
          source=LNA, location=TRIPOLI, date=D("2019-04-04"), acled=CLASH),
        # background: Sunday before a Thursday, a paramedic killed by a shell near his ambulance (no sender named)
        E(True, ["ASSAULT"], [13], "بقذيفة", ["historical", "asserted", "reported"], mode="heavy-weapons",
          recipient=PARAMEDICS, location=SWANI, date=D("2019-05-12"), fatalities=1,
          attribution=["وزارة الصحة"], acled=SHELL),
    ],
)
