"""Gold of article 445: gunmen's attack on a First Military Region checkpoint at the eastern entrance of
Tarim (main event, told first in the lead; one toll), the command's accusation of al-Qaeda, three suspects
held, the STC's demand, a night protest over power cuts in al-Mukalla, arrests and releases, a Saudi fuel
shipment that did not arrive, generators delivered to a Mukalla hospital, the Tribal Alliance's conditional
threat and the local authority's refusal, the governor's meeting with the Alliance due on Saturday, rumoured
reinforcements near Seiyun, and a Hadrami Elite officer killed by a bomb in al-Shihr on 14 November 2023
(Hadramawt, Yemen), a Yemeni daily newspaper's website, 2024-06-20 (Thu). Dateline «تريم – «صدى
الأحقاف»:»."""
from actors_places import (
    AQAP,
    CHECKPOINT_SOLDIERS,
    COAST_SECURITY,
    DIR_WATAN,
    ELECTRICITY_CORP,
    FIRST_MR,
    FOURTEEN,
    GOVERNOR_HTA,
    HADRAMAWT,
    HADRAMAWT_AUTH,
    HTA,
    IBN_SINA,
    IBN_SINA_HOSPITAL,
    KSRELIEF,
    MASILA,
    MUKALLA,
    MUKALLA_PORT,
    MUKALLA_PROTESTERS,
    NUKHBA_OFFICER,
    PLATEAU,
    SAUDI_FUEL,
    SEIYUN,
    SHIHR,
    STC_WADI,
    TARIM,
    TARIM_ENTRANCE,
    TARIM_FARMS,
    TARIM_GUNMEN,
    TARIM_SUSPECTS,
    TEN_RELEASED,
    WADI,
)
from common import CLASH, MINE, PEACEFUL, D, E, paras_of

SLUG = "tarim_2024_mukalla_shihr"
TODAY = D("2024-06-20")
LAST_NIGHT = D("2024-06-19", "day", ("2024-06-19", "2024-06-20"))
STATEMENT = D("2024-06-20", "day", ("2024-06-19", "2024-06-20"))
ARTICLE = dict(
    id="team89-445", slug=SLUG, published="2024-06-20",
    outlet="Sada al-Ahqaf, a Yemeni daily newspaper, website (fictional)",
    paras=paras_of(f"445_{SLUG}.txt"),
    events=[
        # MAIN EVENT, told first in the lead: the gunmen's attack on the checkpoint at dawn (headline 0,
        # lead 1, a neighbour's account 2, the funeral 17); two soldiers killed. The gunmen are
        # unidentified; the command's charge against al-Qaeda (¶3) is its own ACCUSE, so AQAP is only
        # accepted, not required
        E(True, ["ASSAULT"], [0, 1, 2, 17], "هجوم شنّه", ["asserted"], mode="firearms",
          source=TARIM_GUNMEN, recipient=CHECKPOINT_SOLDIERS, location=TARIM_ENTRANCE, date=TODAY,
          fatalities=2,
          attribution=["مصدر عسكري", "أحد سكان الحي المجاور للنقطة"], acled=CLASH, tpara=1),
        # ¶3: the command accuses al-Qaeda and vows to pursue the attackers (optional THREATEN); no claim
        E(True, ["ACCUSE"], [3], "واتهمت", ["asserted"],
          source=FIRST_MR, recipient=AQAP, date=TODAY, attribution=["بيان نشره موقعها الرسمي"]),
        E(False, ["THREATEN"], [3], "متوعدة", ["asserted"], mode="violence", source=FIRST_MR, recipient=AQAP,
          date=TODAY),
        # ¶4: a search of farms and empty houses ends with three suspects held; extra troops at the
        # entrances of Tarim and Seiyun optional
        E(True, ["COERCE"], [4], "توقيف", ["asserted"], mode="arrest",
          source=FIRST_MR, recipient=TARIM_SUSPECTS, location=TARIM_FARMS, date=TODAY,
          attribution=["المصدر العسكري ذاته"]),
        E(False, ["MOBILIZE"], [4], "انتشرت", ["asserted"], mode="troops", source=FIRST_MR, location=TARIM,
          date=TODAY),
        # ¶5: the STC asks that the First Military Region leave the valley towns; its charge of failure
        # optional
        E(True, ["REQUEST"], [5], "طالب", ["asserted"],
          source=STC_WADI, recipient=FIRST_MR, location=WADI, date=STATEMENT),
        E(False, ["ACCUSE"], [5], "معتبراً", ["asserted"], source=STC_WADI, recipient=FIRST_MR,
          date=STATEMENT),
        # ¶6 (headline 0): the night protest over power cuts in al-Mukalla, tyres burnt and roads closed;
        # the chants' demand optional
        E(True, ["PROTEST"], [0, 6], "خرج", ["asserted"], mode="demo",
          source=MUKALLA_PROTESTERS, location=MUKALLA, date=LAST_NIGHT, acled=PEACEFUL, tpara=6),
        E(False, ["REQUEST"], [6], "تطالب", ["asserted"], source=MUKALLA_PROTESTERS, date=LAST_NIGHT),
        # ¶7: fourteen held by the coast security administration (COERCE), ten released this morning
        # (RETREAT)
        E(True, ["COERCE"], [7], "توقيف", ["asserted"], mode="arrest",
          source=COAST_SECURITY, recipient=FOURTEEN, location=MUKALLA, date=LAST_NIGHT),
        E(True, ["RETREAT"], [7], "أفرجت", ["asserted"], mode="release",
          source=COAST_SECURITY, recipient=TEN_RELEASED, location=MUKALLA, date=TODAY),
        # ¶8: the Saudi fuel shipment for the power stations has not arrived (AID, negated), through «سبأ»
        E(True, ["AID"], [8], "شحنة الوقود", ["negated"], mode="economic",
          source=SAUDI_FUEL, recipient=ELECTRICITY_CORP, location=MUKALLA_PORT, date=TODAY,
          attribution=["وكالة الأنباء اليمنية «سبأ»"]),
        # the corporation's contacts with the Saudi side (optional CONSULT)
        E(False, ["CONSULT"], [8], "تتواصل", ["asserted"], source=ELECTRICITY_CORP, recipient=SAUDI_FUEL,
          date=TODAY),
        # ¶9: KSrelief's generators for Ibn Sina hospital (AID)
        E(True, ["AID"], [9], "وسلّم", ["asserted"], mode="humanitarian",
          source=KSRELIEF, recipient=IBN_SINA, location=IBN_SINA_HOSPITAL, date=TODAY,
          attribution=["مدير المستشفى"]),
        # ¶10: the sheikhs' meeting (optional CONSULT) and the Tribal Alliance's conditional threat (made:
        # asserted); stopping the oil itself is only hypothetical (optional)
        E(False, ["CONSULT"], [10], "اجتماع", ["asserted"], source=HTA, location=PLATEAU, date=STATEMENT),
        E(True, ["THREATEN"], [10], "وهدّد", ["asserted"], mode="obstruct",
          source=HTA, location=PLATEAU, date=STATEMENT),
        E(False, ["COERCE", "PROTEST"], [10], "بمنع خروج النفط", ["hypothetical"], mode="obstruct",
          source=HTA, location=MASILA, date=None),
        # ¶11: the local authority rejects «the language of threats»; its call to the sheikhs optional
        E(True, ["REJECT"], [11], "رفضت", ["asserted"],
          source=HADRAMAWT_AUTH, recipient=HTA, location=HADRAMAWT, date=STATEMENT),
        E(False, ["REQUEST"], [11], "داعياً", ["asserted"], source=HADRAMAWT_AUTH, recipient=HTA,
          date=STATEMENT),
        # ¶12: the governor's meeting with the Alliance in Seiyun on Saturday (planned)
        E(True, ["CONSULT"], [12], "يلتقي", ["planned"],
          source=GOVERNOR_HTA, recipient=GOVERNOR_HTA, location=SEIYUN, date=D("2024-06-22"),
          attribution=["مكتب المحافظ"]),
        # ¶13: reinforcements of the Nation's Shield Forces near Seiyun, rumoured and unconfirmed
        E(True, ["MOBILIZE"], [13], "تعزيزات", ["rumored"], mode="troops",
          source=DIR_WATAN, location=SEIYUN, date=LAST_NIGHT, attribution=["ناشطون على مواقع التواصل"]),
        # ¶14 (Tarim described) and ¶15 (analysis) hold no event. ¶16, «وكان … قد» at another place: a
        # Hadrami Elite officer killed by a bomb in his car in al-Shihr on 14 November 2023
        E(True, ["ASSAULT"], [16], "بانفجار عبوة ناسفة", ["historical", "asserted"], mode="explosives",
          recipient=NUKHBA_OFFICER, location=SHIHR, date=D("2023-11-14"), fatalities=1, acled=MINE),
        # the suspects held in the weeks after it (optional, historical, undated)
        E(False, ["COERCE"], [16], "توقيف", ["historical"], mode="arrest", location=SHIHR, date=None),
    ],
)
