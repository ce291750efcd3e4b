"""Gold of article 387: al-Muzayrib, Tafas, al-Yadudah, Jasim, Daraa city and Nawa (western Daraa), a Syrian
local citizen-journalist network, 2020-06-11 (Thu); mostly about a campaign of assassinations."""
from actors_places import (
    AFI,
    BUSRA,
    CENTRAL_COMMITTEE,
    COLLABORATORS,
    DARAA_CITY,
    EIGHTH_BRIGADE,
    FOURTH_DIVISION,
    HAWRAN_PEOPLE,
    HEZBOLLAH_LINKED,
    JASIM_YOUTH,
    MIL_SECURITY,
    MOTORCYCLE_GUNMEN,
    MOURNERS,
    MUZAYRIB,
    MUZAYRIB_NOTABLE,
    MUZAYRIB_YADUDAH,
    MUZAYRIB_YOUTHS,
    NAWA_MEMBER,
    NAWA_ROAD,
    NIMR_JASIM,
    NOTABLE_CLAN,
    NOTABLE_SON,
    RU_MP,
    SARAYA,
    SEC_COMMITTEE,
    SY_SECURITY,
    TAFAS,
    TAFAS_COMMANDER,
    TAFAS_EAST,
    UNKNOWN_GUNMEN,
)
from common import ABDUCTION, ARREST, ATTACK, MINE, PEACEFUL, D, E, paras_of

SLUG = "muzayrib_2020_tafas_yadudah_nawa_jasim"
TODAY = D("2020-06-11")
YESTERDAY = D("2020-06-10")
SINCE_YESTERDAY = D("2020-06-11", "day", ("2020-06-10", "2020-06-11"))
A_MONTH_AGO = D("2020-05-11", "month", ("2020-05-01", "2020-05-25"))
ARTICLE = dict(
    id="team78-387", slug=SLUG, published="2020-06-11",
    outlet="Ayn Hawran local citizen-journalist network (fictional)",
    paras=paras_of(f"387_{SLUG}.txt"),
    events=[
        # ¶1: an IED under a Fifth Corps member's car in Tafas «صباح اليوم», one wounded; claimed in ¶5 by
        # «سرايا الجنوب الحر» (the claimant is the source) and condemned in ¶12 (back-reference)
        E(True, ["ASSAULT"], [1, 5, 12], "انفجار عبوة ناسفة", ["asserted"], mode="explosives",
          source=SARAYA, recipient=TAFAS_COMMANDER, location=TAFAS, date=TODAY,
          attribution=["مراسل «عين حوران»", "بيان «سرايا الجنوب الحر»"], acled=MINE),
        # the main event, in ¶2 in «وكان … قد» after the IED: two gunmen on a motorcycle kill a notable of
        # al-Muzayrib and his nephew «مساء أمس الأربعاء», the time told after the act in its own clause
        # (headline 0, ¶2, a neighbour 3, «عقب الاغتيال» 4, the denial 5, the son 6, the funeral 7, the reward
        # 10) → 2
        E(True, ["ASSAULT"], [0, 2, 3, 4, 5, 6, 7, 10], "أطلقا النار", ["asserted"], mode="assassinate",
          source=MOTORCYCLE_GUNMEN, recipient=MUZAYRIB_NOTABLE, location=MUZAYRIB, date=YESTERDAY,
          fatalities=2, attribution=["أحد جيران الضحيتين"], acled=ATTACK, tpara=2),
        # ¶4: the wave of arrests at dawn by Air Force Intelligence (headline 0; the «شبان … الذين اعتُقلوا
        # فجراً» of ¶7 retell it); the town cordoned off optional
        E(True, ["COERCE"], [0, 4, 7], "واعتُقل", ["asserted"], mode="arrest",
          source=AFI, recipient=MUZAYRIB_YOUTHS, location=MUZAYRIB_YADUDAH, date=TODAY,
          attribution=["«مكتب توثيق الانتهاكات في حوران»"], acled=ARREST, tpara=4),
        E(False, ["COERCE"], [4], "طوّقت", ["asserted"], mode="restrict",
          source=AFI, location=MUZAYRIB, date=TODAY),
        # ¶5: the group claims the Tafas IED (above), denies the killing (REJECT) and threatens collaborators
        # (THREATEN); its accusation of the wounded man optional
        E(True, ["REJECT"], [5], "نفت", ["asserted"], source=SARAYA, date=SINCE_YESTERDAY),
        E(True, ["THREATEN"], [5], "ومتوعدةً", ["asserted"], mode="violence",
          source=SARAYA, recipient=COLLABORATORS, date=SINCE_YESTERDAY),
        E(False, ["ACCUSE"], [5], "متهمةً", ["asserted"],
          source=SARAYA, recipient=TAFAS_COMMANDER, date=SINCE_YESTERDAY),
        # ¶6: the son blames Hezbollah-linked groups (ACCUSE); last month's warning letter optional,
        # historical
        E(True, ["ACCUSE"], [6], "واتهم", ["asserted"],
          source=NOTABLE_SON, recipient=HEZBOLLAH_LINKED, date=TODAY),
        E(False, ["THREATEN"], [6], "رسالة تحذير", ["historical"], recipient=NOTABLE_CLAN, date=A_MONTH_AGO),
        # ¶7: the funeral turned into a demonstration (PROTEST) with its demand (REQUEST)
        E(True, ["PROTEST"], [7], "مظاهرة", ["asserted"], mode="demo",
          source=MOURNERS, location=MUZAYRIB, date=TODAY, acled=PEACEFUL),
        E(True, ["REQUEST"], [7], "وطالبوا", ["asserted"],
          source=MOURNERS, recipient=SY_SECURITY, location=MUZAYRIB, date=TODAY),
        # paragraph 8 (the assassinations as a standing situation: analysis, habits) holds no event
        # ¶9: the Central Committee's threat to suspend its meetings (THREATEN) and its blame (ACCUSE)
        E(True, ["THREATEN"], [9], "وهدّدت", ["asserted"],
          source=CENTRAL_COMMITTEE, recipient=SEC_COMMITTEE, date=TODAY),
        E(True, ["ACCUSE"], [9], "وحمّلت", ["asserted"],
          source=CENTRAL_COMMITTEE, recipient=SY_SECURITY, date=TODAY),
        # ¶10: the clan's reward for information on the killers (an appeal backed by a promised payment)
        E(True, ["REQUEST", "AGREE"], [10], "مكافأة", ["asserted"],
          source=NOTABLE_CLAN, recipient=HAWRAN_PEOPLE, date=TODAY),
        # ¶11: Fourth Division reinforcements at Tafas «مساء أمس»; the feared storming optional, hypothetical
        E(True, ["MOBILIZE"], [11], "استقدمت", ["asserted"], mode="troops",
          source=FOURTH_DIVISION, location=TAFAS_EAST, date=YESTERDAY, attribution=["ناشطين من المدينة"]),
        E(False, ["COERCE", "ASSAULT"], [11], "اقتحامها", ["hypothetical"],
          source=FOURTH_DIVISION, location=TAFAS, date=None),
        # ¶12: the Eighth Brigade commander's condemnation in Busra al-Sham (ACCUSE, no one named)
        E(True, ["ACCUSE"], [12], "ودان", ["asserted"],
          source=EIGHTH_BRIGADE, location=BUSRA, date=TODAY),
        # ¶13: a young man of Jasim abducted at a Military Security checkpoint near Nimr: rumoured and denied;
        # the denial optional REJECT
        E(True, ["ASSAULT"], [13], "خطف", ["rumored", "negated"], mode="abduct",
          source=MIL_SECURITY, recipient=JASIM_YOUTH, location=NIMR_JASIM,
          date=D("2020-06-11", "day", ("2020-06-09", "2020-06-11")), attribution=["صفحات محلية"],
          acled=ABDUCTION),
        E(False, ["REJECT"], [13], "نفى", ["asserted"], source=MIL_SECURITY, date=TODAY),
        # ¶14: the Central Committee's meeting with Russian military police on Saturday (planned CONSULT)
        E(True, ["CONSULT"], [14], "يجتمع", ["planned"], mode="third-party",
          source=CENTRAL_COMMITTEE, recipient=RU_MP, location=DARAA_CITY, date=D("2020-06-13"),
          attribution=["عضو في اللجنة"]),
        # ¶15: none of the nine released (core RETREAT, negated; the releaser is not named in the sentence)
        E(True, ["RETREAT"], [15], "يُطلق سراح", ["negated"], mode="release",
          recipient=MUZAYRIB_YOUTHS, date=TODAY, attribution=["ذويهم"]),
        # paragraph 16 (al-Muzayrib, its lake and railway station: description) holds no event
        # background at another place: a former reconciliation committee member of Nawa shot dead on the
        # Nawa–al-Sheikh Saad road on 11 April; the security committee's promises of the time optional
        E(True, ["ASSAULT"], [17], "قُتل برصاص مجهولين", ["historical", "asserted"], mode="firearms",
          source=UNKNOWN_GUNMEN, recipient=NAWA_MEMBER, location=NAWA_ROAD, date=D("2020-04-11"),
          fatalities=1, acled=ATTACK),
        E(False, ["AGREE"], [17], "وعود أطلقتها", ["historical"],
          source=SEC_COMMITTEE, date=D("2020-04-15", "month", ("2020-04-11", "2020-04-30"))),
    ],
)
