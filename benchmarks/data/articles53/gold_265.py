"""Gold of article 265: Rumaitha, Samawah, al-Khidr and the Samawah–Nasiriyah road (Muthanna, southern
Iraq), a Baghdad daily's Samawah report, 2004-04-12 (Mon)."""
from actors_places import (
    CPA,
    DUTCH,
    FOREIGN_FORCES_IQ,
    FUEL_TRUCK,
    IQ_POLICE_04,
    JAPAN_CAMP,
    JAPAN_SDF,
    KHIDR,
    KHIDR_COUNCIL,
    MAHDI_ARMY,
    MARJAIYA,
    MUTHANNA,
    MUTHANNA_COUNCIL,
    MUTHANNA_GOVERNOR,
    RUMAITHA,
    RUMAITHA_DETAINEES,
    RUMAITHA_FIGHT,
    RUMAITHA_IMAM,
    RUMAITHA_POLICE_HQ,
    RUMAITHA_SHEIKHS,
    SADR_OFFICE,
    SAMAWAH,
    SAMAWAH_GOVERNORATE,
    SAMAWAH_GUARDS,
    SAMAWAH_JOBLESS,
    SAMAWAH_NASIRIYAH_ROAD,
    SAMAWAH_RUMAITHA_ROAD,
    TRUCE_PARTIES_04,
    UNKNOWN,
)
from common import AGREEMENT, ARREST, CLASH, MINE, RIOT, SHELL, TRANSFER, D, E, paras_of

SLUG = "rumaitha_2004_samawah_khidr_muthanna_nasiriyah_road"
TODAY = D("2004-04-12")
YESTERDAY = D("2004-04-11")
SINCE_YESTERDAY = D("2004-04-12", "day", ("2004-04-11", "2004-04-12"))
OVERNIGHT = D("2004-04-11", "day", ("2004-04-11", "2004-04-12"))
ARTICLE = dict(
    id="team53-265", slug=SLUG, published="2004-04-12",
    outlet="Nida' al-Rafidayn daily, Baghdad, Samawah report (fictional)",
    paras=paras_of(f"265_{SLUG}.txt"),
    events=[
        # the fighting at the Rumaitha police directorate «ليل أمس الأحد» between the Mahdi Army and a Dutch
        # patrol backed by Iraqi police: headline 0 (four gunmen), lead 1 (the multinational command: four
        # gunmen), the follow-up 11 (Rumaitha hospital: seven bodies with two civilians; the Sadr office: nine
        # «martyrs») → 4, the lead's figure. Two-sided: both are sources
        E(True, ["ASSAULT"], [0, 1, 11], "اشتباكات", ["asserted", "reported"], mode="firearms",
          source=RUMAITHA_FIGHT, location=RUMAITHA, date=OVERNIGHT, fatalities=4,
          attribution=["بيان قيادة القوات المتعددة الجنسيات", "مصدر طبي في مستشفى الرميثة", "مكتب الصدر",
                       "متحدث عسكري هولندي"], acled=CLASH, tpara=1),
        # the gunmen's takeover of the police directorate that afternoon, told in a relative clause but
        # the same day's news (asserted)
        E(True, ["COERCE"], [1], "سيطر", ["asserted"], mode="seize",
          source=MAHDI_ARMY, recipient=RUMAITHA_POLICE_HQ, location=RUMAITHA, date=YESTERDAY, acled=TRANSFER),
        # the jobless men's sit-in at the governorate building (headline 0); their demand, the stones thrown
        # and the shots in the air to disperse them (optional)
        E(True, ["PROTEST"], [0, 2], "اعتصم", ["asserted"], mode="demo",
          source=SAMAWAH_JOBLESS, location=SAMAWAH_GOVERNORATE, date=TODAY, acled=RIOT, tpara=2),
        E(False, ["REQUEST"], [2], "مطالبين", ["asserted"],
          source=SAMAWAH_JOBLESS, location=SAMAWAH_GOVERNORATE, date=TODAY),
        E(False, ["PROTEST", "ASSAULT"], [2], "ورشق", ["asserted"], mode="riot",
          source=SAMAWAH_JOBLESS, recipient=SAMAWAH_GUARDS, location=SAMAWAH_GOVERNORATE, date=TODAY,
          acled=RIOT),
        E(False, ["COERCE"], [2], "لتفريقهم", ["asserted"], mode="restrict",
          source=IQ_POLICE_04, recipient=SAMAWAH_JOBLESS, location=SAMAWAH_GOVERNORATE, date=TODAY),
        # two mortar rounds near the Japanese camp before midnight, told by witnesses (no casualties)
        E(True, ["ASSAULT"], [3], "قذيفتي هاون", ["reported", "asserted"], mode="heavy-weapons",
          recipient=JAPAN_SDF, location=JAPAN_CAMP, date=OVERNIGHT, attribution=["شهود عيان"], acled=SHELL),
        # paragraph 4 (Muthanna's poverty and unkept promises: «more promises than bricks») holds no event the
        # Sadr office director's accusation of the Dutch and his conditional threat (made; the jihad itself
        # and the patrols' withdrawal that is its condition optional, hypothetical)
        E(True, ["ACCUSE"], [5], "واتهم", ["asserted"],
          source=SADR_OFFICE, recipient=DUTCH, date=TODAY),
        E(True, ["THREATEN"], [5], "وهدد", ["asserted"], mode="violence",
          source=SADR_OFFICE, recipient=DUTCH, location=MUTHANNA, date=TODAY),
        E(False, ["ASSAULT"], [5], "إعلان الجهاد", ["hypothetical"], mode="firearms",
          source=SADR_OFFICE, location=MUTHANNA, date=None),
        E(False, ["RETREAT"], [5], "تنسحب", ["hypothetical"], mode="withdraw",
          source=DUTCH, location=RUMAITHA, date=None),
        # the rumoured arrest of a Rumaitha imam by the Dutch, denied by the local police (a one-line
        # paragraph)
        E(True, ["COERCE"], [6], "اعتقال", ["rumored", "negated", "reported"], mode="arrest",
          source=DUTCH, recipient=RUMAITHA_IMAM, location=RUMAITHA, date=SINCE_YESTERDAY,
          attribution=["شائعات في الرميثة", "الشرطة المحلية"], acled=ARREST),
        # the governor meets Rumaitha's sheikhs and the Sadr office (CONSULT) and they agree (AGREE); the
        # gunmen's withdrawal and the end of Dutch patrols are its terms (optional, planned)
        E(True, ["CONSULT"], [7], "اجتمع", ["asserted"], mode="third-party",
          source=MUTHANNA_GOVERNOR, recipient=RUMAITHA_SHEIKHS, location=SAMAWAH_GOVERNORATE, date=TODAY),
        E(True, ["AGREE"], [7], "واتفق", ["asserted"],
          source=TRUCE_PARTIES_04, location=SAMAWAH_GOVERNORATE, date=TODAY, acled=AGREEMENT),
        E(False, ["RETREAT"], [7], "يسحب", ["planned"], mode="withdraw",
          source=MAHDI_ARMY, location=RUMAITHA, date=None),
        E(False, ["CONCEDE", "RETREAT"], [7], "وقف الدوريات", ["planned"], mode="withdraw",
          source=DUTCH, location=RUMAITHA, date=None),
        # paragraph 8 (the Arba'een pilgrims' processions and their hosts, a road accident) holds no event
        # eleven arrested in house raids at dawn (a police official); the raids are the same act, the release
        # of three after questioning is carried out (both optional)
        E(True, ["COERCE"], [9], "اعتقلت", ["asserted", "reported"], mode="arrest",
          source=DUTCH, recipient=RUMAITHA_DETAINEES, location=RUMAITHA, date=TODAY,
          attribution=["مسؤول في شرطة المثنى"], acled=ARREST),
        E(False, ["COERCE"], [9], "مداهمات", ["asserted"], mode="arrest",
          source=DUTCH, location=RUMAITHA, date=TODAY),
        E(False, ["RETREAT"], [9], "أطلقت سراح", ["asserted"], mode="release",
          source=DUTCH, recipient=RUMAITHA_DETAINEES, location=RUMAITHA, date=TODAY),
        # the Japanese troops' two water tankers handed to al-Khidr's council yesterday (a one-line paragraph)
        E(True, ["AID"], [10], "سلّمت", ["asserted"], mode="economic",
          source=JAPAN_SDF, recipient=KHIDR_COUNCIL, location=KHIDR, date=YESTERDAY),
        # in the follow-up, the Sadr office's claim of a helicopter used in the shelling, denied by the Dutch
        # (optional, reported and negated), and its accusation (optional)
        E(False, ["ASSAULT"], [11], "مروحية", ["reported", "negated"], mode="aerial",
          source=DUTCH, location=RUMAITHA, date=OVERNIGHT),
        E(False, ["ACCUSE"], [11], "متهماً", ["asserted"],
          source=SADR_OFFICE, recipient=DUTCH, date=SINCE_YESTERDAY),
        # Dutch reinforcements on the Samawah–Rumaitha road (provincial council sources); the checkpoints at
        # the district's two entrances are part of it (optional)
        E(True, ["MOBILIZE"], [12], "استقدمت", ["reported", "asserted"], mode="troops",
          source=DUTCH, location=SAMAWAH_RUMAITHA_ROAD, date=SINCE_YESTERDAY,
          attribution=["مصادر في مجلس المحافظة"]),
        E(False, ["COERCE"], [12], "ونصبت حواجز", ["reported"], mode="restrict",
          source=DUTCH, location=SAMAWAH_RUMAITHA_ROAD, date=SINCE_YESTERDAY),
        # the CPA delegation due on Wednesday (planned)
        E(True, ["CONSULT"], [13], "يزور", ["planned"], mode="visit",
          source=CPA, recipient=MUTHANNA_COUNCIL, location=SAMAWAH, date=D("2004-04-14")),
        # background: Thursday before a Monday, a roadside bomb killed a contractor's tanker driver on the
        # Samawah–Nasiriyah road (core, historical); «أول هجوم من نوعه» is a tally
        E(True, ["ASSAULT"], [14], "فجّروا", ["historical", "asserted"], mode="explosives",
          source=UNKNOWN, recipient=FUEL_TRUCK, location=SAMAWAH_NASIRIYAH_ROAD, date=D("2004-04-08"),
          fatalities=1, acled=MINE),
        # the Najaf religious authority's representative calls for restraint; his demand to foreign forces is
        # the same statement (optional)
        E(True, ["REQUEST"], [15], "ودعا", ["asserted"],
          source=MARJAIYA, date=SINCE_YESTERDAY),
        E(False, ["REQUEST"], [15], "مطالباً", ["asserted"],
          source=MARJAIYA, recipient=FOREIGN_FORCES_IQ, date=SINCE_YESTERDAY),
    ],
)
