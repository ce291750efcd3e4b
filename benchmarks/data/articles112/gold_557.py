"""Gold of article 557: Manbij and its countryside (the northern countryside, the main market, the road to
al-Arima, the Sajur river and al-Dadat, the front lines and the Qirat road), a Moscow-based Russian state news
agency's Arabic service, 2019-10-24 (Thu)."""
from actors_places import (
    ARIMA,
    ARIMA_ROAD,
    ARIMA_VICTIMS,
    DADAT,
    DADAT_RESIDENTS,
    FRONT_LINES,
    INTL_COMMUNITY,
    MANBIJ,
    MANBIJ_CENTRE,
    MANBIJ_CIVILIANS,
    MANBIJ_MARKET,
    MANBIJ_NORTH,
    MMC,
    MMC_SNA,
    QIRAT,
    QIRAT_VILLAGERS,
    RU_CENTRE,
    RU_MP,
    RU_OFFICERS_COUNCIL,
    RU_SAA,
    SAA,
    SAJUR,
    SDF,
    SNA,
    SNA_COMMANDER,
    SNA_SPOKESMAN,
    SY_MFA,
    SY_MIL_SOURCE,
    TURKEY,
)
from common import AGREEMENT, CLASH, MINE, RIOT, SHELL, TRANSFER, D, E, paras_of

SLUG = "aleppo_2019_manbij_sajur_dadat_arima_patrols_truce"
TODAY = D("2019-10-24")
YESTERDAY = D("2019-10-23")
LAST_NIGHT = D("2019-10-23", "day", ("2019-10-23", "2019-10-24"))
SINCE_YESTERDAY = D("2019-10-24", "day", ("2019-10-23", "2019-10-24"))
ARTICLE = dict(
    id="team112-557", slug=SLUG, published="2019-10-24",
    outlet="Al-Rasid al-Rusi, a Moscow-based Russian state news agency's Arabic service (fictional)",
    paras=paras_of(f"557_{SLUG}.txt"),
    events=[
        # ¶1 (no dateline; «منبج» in the first sentence), one sentence, two events: Syrian army units enter
        # three positions north of Manbij (core MOBILIZE; *Non-violent transfer of territory*, the army taking
        # the ground) which the Manbij Military Council handed over (core RETREAT; no label of its own: ACLED
        # codes one event); the Moscow-brokered understanding behind it is an earlier act (optional,
        # historical, undated)
        E(True, ["MOBILIZE", "RETREAT"], [1], "دخلت", ["asserted"], mode="troops",
          source=SAA, location=MANBIJ_NORTH, date=YESTERDAY, attribution=["مراسل «الراصد الروسي»"],
          acled=TRANSFER),
        E(True, ["RETREAT"], [1], "سلّمها", ["asserted"], mode="withdraw",
          source=MMC, recipient=SAA, location=MANBIJ_NORTH, date=YESTERDAY,
          attribution=["مراسل «الراصد الروسي»"]),
        E(False, ["AGREE"], [1], "تفاهم", ["historical", "asserted"],
          source=MMC, recipient=SAA, date=None),
        # the main event, in ¶2 after the handover of ¶1 (not first in the lead): a car bomb in the main
        # market at about one in the afternoon yesterday, six civilians killed per a medical source (one
        # number); no one claims it, so it has no source; ¶3 the factions' denial and the accusations, ¶17 the
        # burial of «القتلى الستة»; the headline 0 names it
        E(True, ["ASSAULT"], [0, 2, 3, 17], "سيارة مفخخة", ["asserted"], mode="explosives",
          recipient=MANBIJ_CIVILIANS, location=MANBIJ_MARKET, date=YESTERDAY, fatalities=6,
          attribution=["مصدر طبي في مشفى منبج"], acled=MINE, tpara=2),
        # ¶3: the Military Council blames the Turkish-backed factions (core ACCUSE, told after the denial in
        # the clause «، وذلك بعد أن»), their spokesman denies (optional REJECT) and accuses SDF cells in turn
        # (core ACCUSE); both are paragraphs of the main event's retelling
        E(True, ["ACCUSE"], [3], "حمّل", ["asserted"],
          source=MMC, recipient=SNA, date=LAST_NIGHT),
        E(False, ["REJECT"], [3], "نفى", ["asserted"],
          source=SNA_SPOKESMAN, date=SINCE_YESTERDAY),
        E(True, ["ACCUSE"], [3], "متهماً", ["asserted"],
          source=SNA_SPOKESMAN, recipient=SDF, date=SINCE_YESTERDAY),
        # ¶4 (and the headline): a joint patrol of the Russian military police and Syrian army units on the
        # road to al-Arima (core COOPERATE, MOBILIZE accepted; no ACLED label); its officers meeting the
        # Council's men at the Sajur (optional CONSULT) and the daily patrols to come (optional, planned)
        E(True, ["COOPERATE", "MOBILIZE"], [0, 4], "وسيّرت", ["asserted"],
          source=RU_SAA, location=ARIMA_ROAD, date=YESTERDAY, tpara=4),
        E(False, ["CONSULT"], [4], "التقى", ["asserted"], mode="visit",
          source=RU_SAA, recipient=MMC, location=SAJUR, date=YESTERDAY),
        E(False, ["COOPERATE"], [4], "ستتواصل", ["planned"],
          source=RU_SAA, location=MANBIJ, date=None),
        # ¶5: the Turkish-backed factions shell al-Dadat across the Sajur (core ASSAULT, Shelling); the
        # Council's return fire is optional
        E(True, ["ASSAULT"], [5], "وقصفت", ["asserted"], mode="heavy-weapons",
          source=SNA, recipient=DADAT_RESIDENTS, location=DADAT, date=YESTERDAY,
          attribution=["مصدر ميداني"], acled=SHELL),
        E(False, ["ASSAULT"], [5], "وردّت", ["asserted"], mode="heavy-weapons",
          source=MMC, recipient=SNA, location=DADAT, date=YESTERDAY),
        # ¶6, one sentence, two events: the Russian reconciliation centre announces a ceasefire on the front
        # lines (core CONCEDE, AGREE accepted; *Agreement*) and it is breached within two hours by clashes
        # near the Qirat road (core ASSAULT, Armed clash, both sides as source; after midnight: today with a
        # range from yesterday); the mutual blame is optional
        E(True, ["CONCEDE", "AGREE"], [6], "وقفاً لإطلاق النار", ["asserted"],
          source=RU_CENTRE, location=FRONT_LINES, date=YESTERDAY, acled=AGREEMENT),
        E(True, ["ASSAULT"], [6], "اشتباكات", ["asserted"], mode="firearms",
          source=MMC_SNA, location=QIRAT, date=SINCE_YESTERDAY, acled=CLASH),
        E(False, ["ACCUSE"], [6], "وتبادل", ["asserted"],
          source=MMC_SNA, date=SINCE_YESTERDAY),
        # paragraph 7 (the Sajur as a line: a description and a standing situation) holds no event
        # ¶8: factions entering al-Arima and taking a checkpoint, rumoured on social media and denied by a
        # Syrian military source (core ASSAULT, rumored; the denial optional REJECT)
        E(True, ["ASSAULT", "MOBILIZE"], [8], "دخول مقاتلين", ["rumored", "reported"], mode="firearms",
          source=SNA, location=ARIMA, date=LAST_NIGHT, attribution=["حسابات على مواقع التواصل الاجتماعي"]),
        E(False, ["REJECT"], [8], "نفى", ["asserted"],
          source=SY_MIL_SOURCE, location=ARIMA, date=SINCE_YESTERDAY),
        # ¶9: a Syrian National Army commander's conditional threat (core THREATEN); the attack on Manbij is
        # only threatened (optional, hypothetical)
        E(True, ["THREATEN"], [9], "وهدد", ["asserted"], mode="violence",
          source=SNA_COMMANDER, recipient=SDF, location=MANBIJ, date=SINCE_YESTERDAY,
          attribution=["قناة تركية"]),
        E(False, ["ASSAULT"], [9], "هجوم", ["hypothetical"], mode="firearms",
          source=SNA, location=MANBIJ, date=None),
        # ¶10: Russian officers and the Manbij local council due to meet «يوم السبت المقبل» (core CONSULT,
        # planned)
        E(True, ["CONSULT"], [10], "اجتماعاً", ["planned"],
          source=RU_OFFICERS_COUNCIL, location=MANBIJ, date=D("2019-10-26"),
          attribution=["مركز المصالحة الروسي"]),
        # ¶11: villagers on the Qirat road block and stone a Russian military police patrol (core PROTEST,
        # *Riots/Violent demonstration*); the patrol turning back is optional
        E(True, ["PROTEST"], [11], "واعترض", ["asserted", "reported"], mode="riot",
          source=QIRAT_VILLAGERS, recipient=RU_MP, location=QIRAT, date=TODAY,
          attribution=["مقطع مصور تداوله ناشطون"], acled=RIOT),
        E(False, ["RETREAT"], [11], "العودة", ["asserted"], mode="withdraw",
          source=RU_MP, location=QIRAT, date=TODAY),
        # ¶12: the Syrian army has not entered the centre of Manbij (core MOBILIZE, negated)
        E(True, ["MOBILIZE"], [12], "تدخل", ["negated"], mode="troops",
          source=SAA, location=MANBIJ_CENTRE, date=YESTERDAY),
        # paragraph 13 (a shopkeeper's words) holds no event
        # background at another place, in «وكان … قد»: the factions' rockets on al-Arima on 12 September
        # (core, historical, 2; Shelling)
        E(True, ["ASSAULT"], [14], "قصفت", ["historical", "asserted", "reported"], mode="heavy-weapons",
          source=SNA, recipient=ARIMA_VICTIMS, location=ARIMA, date=D("2019-09-12"), fatalities=2,
          attribution=["مصادر محلية"], acled=SHELL),
        # ¶15, subject–verb–object with a long parenthetical: the Syrian foreign ministry condemns the bombing
        # and blames Ankara (core ACCUSE) and asks the international community to make Ankara withdraw (core
        # REQUEST); its two letters, in the relative clause, are no event
        E(True, ["ACCUSE"], [15], "دانت", ["asserted"],
          source=SY_MFA, recipient=TURKEY, date=LAST_NIGHT),
        E(True, ["REQUEST"], [15], "وطالبت", ["asserted"],
          source=SY_MFA, recipient=INTL_COMMUNITY, date=LAST_NIGHT),
        # paragraph 16 (flight since the start of the month: aggregates) holds no event; ¶17, the burial, is a
        # paragraph of the main event
    ],
)
