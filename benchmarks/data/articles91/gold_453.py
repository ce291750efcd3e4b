"""Gold of article 453: a curfew and reinforcements in al-Fuhud, then the clash between two clans over
irrigation water the afternoon before (main event, told in ¶2 after the curfew; three dead), the hospital's
count and a villager's account, the police chief's threat under the anti-terrorism law, eleven arrests and
weapons seized, the sheikhs' meeting and the truce («عطوة») they brokered, a refusal to hand over the wanted
men and a session boycotted, rumoured gunmen from Maysan, an MP's demand, the station chief dismissed,
Red Crescent aid, a water-sharing meeting due on Tuesday, the governor's praise, and a clan clash in
al-Shatra on 21 May 2020 (Dhi Qar, Iraq), a Dhi Qar local news agency's website, 2020-07-12 (Sun). Dateline
«الناصرية – «نخيل الجنوب»:»; mostly about a tribal feud."""
from actors_places import (
    BEREAVED_CLAN,
    DQ_GOVERNOR,
    DQ_MP,
    DQ_POLICE,
    DQ_POLICE_CHIEF,
    ELEVEN_SUSPECTS,
    FEUD_PARTICIPANTS,
    FUHUD,
    FUHUD_RESIDENTS,
    FUHUD_STATION,
    FUHUD_STATION_CHIEF,
    FUHUD_VILLAGES,
    IQ_FEDERAL_GOV,
    IQ_INTERIOR,
    IQ_INTERIOR_MINISTER,
    IRCS,
    MAYSAN_GUNMEN,
    OTHER_CLAN,
    QAIMMAQAMIYA,
    SHATRA,
    SHEIKHS,
    SHEIKHS_CLANS,
    SIXTY_FAMILIES,
    SUQ,
    SUQ_DIWAN,
    TWO_CLANS,
    WATER_COMMITTEE,
)
from common import AGREEMENT, ARREST, CLASH, D, E, paras_of

SLUG = "fuhud_2020_dhi_qar_shatra"
TODAY = D("2020-07-12")
# a statement or an act of the day whose hour the text does not give: today, or the day before
TODAY_OR_EVE = D("2020-07-12", "day", ("2020-07-11", "2020-07-12"))
ARTICLE = dict(
    id="team91-453", slug=SLUG, published="2020-07-12",
    outlet="Nakheel al-Janoub, a Dhi Qar local news agency's website (fictional)",
    paras=paras_of(f"453_{SLUG}.txt"),
    events=[
        # ¶1, two events joined with «و» and a second verb: the curfew (the headline names it) and the
        # reinforcements; the statement's call to stay home optional
        E(True, ["COERCE"], [0, 1], "فرضت", ["asserted"], mode="curfew",
          source=DQ_POLICE, location=FUHUD, date=TODAY,
          attribution=["بيان مقتضب نشرته القيادة على صفحتها الرسمية"], tpara=1),
        E(True, ["MOBILIZE"], [1], "ودفعت", ["asserted"], mode="police",
          source=DQ_POLICE, location=FUHUD_VILLAGES, date=TODAY),
        E(False, ["REQUEST"], [1], "دعت", ["asserted"],
          source=DQ_POLICE, recipient=FUHUD_RESIDENTS, date=TODAY),
        # MAIN EVENT, told in ¶2 after the curfew: the clash yesterday afternoon between two clans (both
        # sources, no recipient); the hospital's count ¶3, a villager's account ¶4; the headline names it
        E(True, ["ASSAULT"], [0, 2, 3, 4], "نزاع مسلح", ["asserted"], mode="firearms",
          source=TWO_CLANS, location=FUHUD, date=D("2020-07-11"), fatalities=3,
          attribution=["مصدر أمني في الناحية", "مصدر طبي في دائرة صحة ذي قار", "أحد سكان القرية"],
          acled=CLASH, tpara=2),
        # ¶5: the police chief's vow, under the anti-terrorism law (THREATEN arrest)
        E(True, ["THREATEN"], [5], "وتوعّد", ["asserted"], mode="arrest",
          source=DQ_POLICE_CHIEF, recipient=FEUD_PARTICIPANTS, location=FUHUD_STATION, date=TODAY),
        # ¶6: a passive with «من قبل»: eleven arrested; the weapons seized optional
        E(True, ["COERCE"], [6], "اعتقال", ["asserted"], mode="arrest",
          source=DQ_POLICE, recipient=ELEVEN_SUSPECTS, location=FUHUD, date=TODAY, acled=ARREST),
        E(False, ["COERCE"], [6], "وضبط", ["asserted"], mode="confiscate",
          source=DQ_POLICE, location=FUHUD, date=TODAY),
        # ¶7: the sheikhs' meeting with both clans (CONSULT, third party) and the truce they wrung from them
        # (AGREE, CONCEDE accepted; the headline names it); the «فصل» session to come is optional, undated
        E(True, ["CONSULT"], [7], "اجتمع", ["asserted"], mode="third-party",
          source=SHEIKHS_CLANS, recipient=SHEIKHS_CLANS, location=SUQ_DIWAN, date=TODAY_OR_EVE),
        E(True, ["AGREE", "CONCEDE"], [0, 7], "انتزاع", ["asserted", "reported"],
          source=SHEIKHS_CLANS, recipient=SHEIKHS_CLANS, location=SUQ_DIWAN, date=TODAY_OR_EVE,
          attribution=["أحد الشيوخ الوسطاء"], acled=AGREEMENT, tpara=7),
        E(False, ["CONSULT"], [7], "لجلسة", ["planned"], source=SHEIKHS, date=None),
        # ¶8: a notable of the bereaved clan refuses to hand anyone over (REJECT), and the other clan stays
        # away from the sheikhs' second session (CONSULT, negated)
        E(True, ["REJECT"], [8], "رفض", ["asserted"],
          source=BEREAVED_CLAN, recipient=SHEIKHS, location=FUHUD, date=TODAY),
        E(True, ["CONSULT"], [8], "يحضر", ["negated"],
          source=OTHER_CLAN, recipient=SHEIKHS, location=SUQ, date=TODAY),
        # ¶9 (the water crisis) holds no event. ¶10: rumoured gunmen from Maysan, denied (the denial optional)
        E(True, ["MOBILIZE"], [10], "وصول مسلحين", ["rumored", "reported"], mode="troops",
          source=MAYSAN_GUNMEN, location=FUHUD, date=None,
          attribution=["صفحات على مواقع التواصل الاجتماعي"]),
        E(False, ["REJECT"], [10], "نفاه", ["asserted"], source=DQ_POLICE, date=TODAY),
        # ¶11: an MP's demand to the federal government; his blame of the ministry optional
        E(True, ["REQUEST"], [11], "وطالب", ["asserted"],
          source=DQ_MP, recipient=IQ_FEDERAL_GOV, date=TODAY_OR_EVE),
        E(False, ["ACCUSE"], [11], "محمّلاً", ["asserted"],
          source=DQ_MP, recipient=IQ_INTERIOR, date=TODAY_OR_EVE),
        # ¶12: the station chief dismissed and referred to an inquiry (SANCTION, COERCE accepted)
        E(True, ["SANCTION", "COERCE"], [12], "بإعفاء", ["asserted", "reported"],
          source=IQ_INTERIOR_MINISTER, recipient=FUHUD_STATION_CHIEF, location=FUHUD, date=TODAY_OR_EVE,
          attribution=["وثيقة اطلعت عليها «نخيل الجنوب»"]),
        # ¶13: Red Crescent food and water for sixty families
        E(True, ["AID"], [13], "ووزعت", ["asserted"], mode="humanitarian",
          source=IRCS, recipient=SIXTY_FAMILIES, location=FUHUD, date=TODAY),
        # ¶14: the water-sharing meeting due on Tuesday (planned)
        E(True, ["CONSULT"], [14], "اجتماعاً", ["planned"],
          source=WATER_COMMITTEE, recipient=WATER_COMMITTEE, location=QAIMMAQAMIYA, date=D("2020-07-14"),
          attribution=["قائممقام القضاء"]),
        # ¶15, subject before its verb: the governor's praise of the sheikhs
        E(True, ["SUPPORT"], [15], "أشاد", ["asserted"],
          source=DQ_GOVERNOR, recipient=SHEIKHS, date=TODAY_OR_EVE),
        # ¶16 (analysis) holds no event. ¶17, «وكان … قد» at another place: a clan clash in al-Shatra on
        # 21 May (no clan named); the «فصل» session weeks later optional, historical and undated
        E(True, ["ASSAULT"], [17], "نزاع عشائري", ["historical", "asserted"], mode="firearms",
          location=SHATRA, date=D("2020-05-21"), fatalities=2, acled=CLASH),
        E(False, ["AGREE", "CONSULT"], [17], "بجلسة", ["historical"], location=SHATRA, date=None),
    ],
)
