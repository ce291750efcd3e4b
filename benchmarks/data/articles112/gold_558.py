"""Gold of article 558: Maysan (Ali al-Gharbi, al-Kahla, al-Amarah and the governorate building, al-Majar
al-Kabir, Qalat Salih, the road between Ali al-Gharbi and al-Amarah), a Baghdad-based Iraqi independent daily
newspaper's website, 2020-02-11 (Tue)."""
from actors_places import (
    ACTIVIST,
    ACTIVIST_SUSPECT,
    ALI_AMARAH_ROAD,
    ALI_GHARBI,
    AMARAH,
    AMARAH_GUNMEN,
    AMARAH_PROTESTERS,
    ARMED_PARTIES,
    CRISIS_CELL,
    FEUD_PARTICIPANTS,
    FEUDING_CLANS,
    GOV_BUILDING,
    IHCHR,
    IQ_FEDERAL,
    IQ_SECURITY,
    KAHLA,
    KAHLA_CLANS,
    KAHLA_SHEIKHS,
    LOCAL_POLICE,
    MAJAR,
    MAJAR_CLANS,
    MAJAR_MEDIATORS,
    MAYSAN_POLICE,
    POLICE_CHIEF,
    QALAT_SALIH,
    RAPID_RESPONSE,
    RIOT_POLICE,
    ROAD_GUNMEN,
    SECURITY_COMMITTEE,
    THREE_EMPLOYEES,
    WANTED_11,
)
from common import AGREEMENT, ARREST, ATTACK, CLASH, PEACEFUL, D, E, paras_of

SLUG = "maysan_2020_kahla_amarah_majar_ali_gharbi_tribal_campaign"
TODAY = D("2020-02-11")
YESTERDAY = D("2020-02-10")
SINCE_YESTERDAY = D("2020-02-11", "day", ("2020-02-10", "2020-02-11"))
ARTICLE = dict(
    id="team112-558", slug=SLUG, published="2020-02-11",
    outlet="Madar Baghdad, a Baghdad-based Iraqi independent daily newspaper's website (fictional)",
    paras=paras_of(f"558_{SLUG}.txt"),
    events=[
        # ¶1 (dateline «ميسان», the province), one sentence, two events: the Maysan police's campaign in Ali
        # al-Gharbi with eleven arrests (core COERCE, *Arrests*) and four RPG launchers, two machine guns and
        # ammunition seized (core COERCE confiscate; no label of its own: ACLED codes the raid once)
        E(True, ["COERCE"], [1], "اعتقال", ["asserted", "reported"], mode="arrest",
          source=MAYSAN_POLICE, recipient=WANTED_11, location=ALI_GHARBI, date=YESTERDAY,
          attribution=["بيان لقيادة الشرطة"], acled=ARREST),
        E(True, ["COERCE"], [1], "وضبط", ["asserted", "reported"], mode="confiscate",
          source=MAYSAN_POLICE, location=ALI_GHARBI, date=YESTERDAY, attribution=["بيان لقيادة الشرطة"]),
        # the main event, in ¶2 after the campaign of ¶1 (not first in the lead): two clans of al-Kahla clash
        # with medium weapons hours after the campaign starts (core ASSAULT, Armed clash, both clans as
        # source; «بعد ساعات» of yesterday's dawn: a day with a range to publication); three killed per a
        # police source, five per a tribal source → 3 (the lowest); ¶3 the second clan's version, ¶17 the
        # bodies of «القتلى الثلاثة» taken to Najaf; the headline 0 names it
        E(True, ["ASSAULT"], [0, 2, 3, 17], "اشتباكات", ["asserted", "reported"], mode="firearms",
          source=KAHLA_CLANS, location=KAHLA, date=D("2020-02-10", "day", ("2020-02-10", "2020-02-11")),
          fatalities=3, attribution=["مصدر في شرطة المحافظة", "مصدر عشائري"], acled=CLASH, tpara=2),
        # ¶3: the clan notable's blame of the local police for coming late (optional ACCUSE)
        E(False, ["ACCUSE"], [3], "متهماً", ["asserted"],
          source=KAHLA_CLANS, recipient=LOCAL_POLICE, date=SINCE_YESTERDAY),
        # ¶4: an activist shot dead before his house in al-Amarah by gunmen on a motorcycle (core ASSAULT,
        # assassinate, *Attack*, 1); ¶6 (the demand to unmask «قتلة الناشط»), ¶9 (the rumoured arrest of one
        # of «المتهمين باغتيال الناشط») and ¶15 (the condemnation of «اغتيال الناشط») name it again
        E(True, ["ASSAULT"], [4, 6, 9, 15], "اغتال", ["asserted", "reported"], mode="assassinate",
          source=AMARAH_GUNMEN, recipient=ACTIVIST, location=AMARAH, date=YESTERDAY, fatalities=1,
          attribution=["شهود عيان"], acled=ATTACK),
        # ¶5, one sentence, three acts: the crisis cell's emergency meeting (optional CONSULT), a full curfew
        # on al-Kahla (core COERCE curfew) and a rapid-response force deployed at its entrances (core MOBILIZE
        # police)
        E(False, ["CONSULT"], [5], "اجتماع طارئ", ["asserted"], mode="multilateral",
          source=CRISIS_CELL, date=YESTERDAY),
        E(True, ["COERCE"], [5], "حظراً", ["asserted"], mode="curfew",
          source=CRISIS_CELL, location=KAHLA, date=YESTERDAY),
        E(True, ["MOBILIZE"], [5], "ونشرت", ["asserted"], mode="police",
          source=RAPID_RESPONSE, location=KAHLA, date=YESTERDAY),
        # ¶6: hundreds demonstrate before the governorate building in al-Amarah (core PROTEST, *Peaceful
        # protest*) and demand the activist's killers be unmasked (core REQUEST); the chants blaming armed
        # parties (optional ACCUSE) and the riot police deployed without intervening (optional MOBILIZE)
        E(True, ["PROTEST"], [6], "وتظاهر", ["asserted"], mode="demo",
          source=AMARAH_PROTESTERS, location=GOV_BUILDING, date=TODAY, acled=PEACEFUL),
        E(True, ["REQUEST"], [6], "مطالبين", ["asserted"],
          source=AMARAH_PROTESTERS, location=GOV_BUILDING, date=TODAY),
        E(False, ["ACCUSE"], [6], "تتهم", ["asserted"],
          source=AMARAH_PROTESTERS, recipient=ARMED_PARTIES, location=GOV_BUILDING, date=TODAY),
        E(False, ["MOBILIZE"], [6], "انتشرت", ["asserted"], mode="police",
          source=RIOT_POLICE, location=GOV_BUILDING, date=TODAY),
        # ¶7: two clans of al-Majar al-Kabir sign a reconciliation (core AGREE, *Agreement*), told before the
        # mediation that led to it («، وذلك بعد وساطة», optional CONSULT, third-party); their pledge is the
        # deed's content (optional AGREE)
        E(True, ["AGREE"], [7], "ووقّع", ["asserted"],
          source=MAJAR_CLANS, location=MAJAR, date=YESTERDAY, acled=AGREEMENT),
        E(False, ["CONSULT"], [7], "وساطة", ["historical", "asserted"], mode="third-party",
          source=MAJAR_MEDIATORS, recipient=MAJAR_CLANS, location=MAJAR,
          date=D("2020-01-30", "week", ("2020-01-20", "2020-02-10"))),
        E(False, ["AGREE"], [7], "وتعهد", ["asserted"],
          source=MAJAR_CLANS, location=MAJAR, date=YESTERDAY),
        # paragraph 8 (the clans, their weapons and their feuds: a generic statement) holds no event
        # ¶9: the arrest of a suspect in Qalat Salih, rumoured on local pages and denied by the police (core
        # COERCE, rumored; the denial optional REJECT)
        E(True, ["COERCE"], [9], "اعتقال", ["rumored", "reported"], mode="arrest",
          recipient=ACTIVIST_SUSPECT, location=QALAT_SALIH,
          date=D("2020-02-10", "day", ("2020-02-10", "2020-02-11")),
          attribution=["صفحات محلية على «فيسبوك»"]),
        E(False, ["REJECT"], [9], "نفى", ["asserted"],
          source=MAYSAN_POLICE, location=QALAT_SALIH, date=SINCE_YESTERDAY),
        # ¶10: the Maysan police chief's conditional threat to the feuding clans (core THREATEN); the seizure
        # of their weapons is only threatened (optional, hypothetical)
        E(True, ["THREATEN"], [10], "وتوعّد", ["asserted"], mode="arrest",
          source=POLICE_CHIEF, recipient=FEUDING_CLANS, location=KAHLA, date=SINCE_YESTERDAY),
        E(False, ["COERCE"], [10], "ومصادرة", ["hypothetical"], mode="confiscate",
          source=POLICE_CHIEF, recipient=FEUDING_CLANS, date=None),
        # ¶11: the security committee due to meet the sheikhs of al-Kahla «يوم الخميس المقبل» (core CONSULT,
        # planned)
        E(True, ["CONSULT"], [11], "اجتماعاً", ["planned"],
          source=SECURITY_COMMITTEE, recipient=KAHLA_SHEIKHS, location=GOV_BUILDING, date=D("2020-02-13"),
          attribution=["عضو في مجلس المحافظة"]),
        # ¶12: no one arrested among those who took part in the feud (core COERCE, negated)
        E(True, ["COERCE"], [12], "تعتقل", ["negated"], mode="arrest",
          source=IQ_SECURITY, recipient=FEUD_PARTICIPANTS, date=SINCE_YESTERDAY),
        # paragraph 13 (a teacher's words) holds no event
        # background at another place, in «وكان … قد»: gunmen fire on a car of state employees on the road
        # between Ali al-Gharbi and al-Amarah on 28 January (core, historical, 1; Attack)
        E(True, ["ASSAULT"], [14], "فتحوا النار", ["historical", "asserted"], mode="firearms",
          source=ROAD_GUNMEN, recipient=THREE_EMPLOYEES, location=ALI_AMARAH_ROAD, date=D("2020-01-28"),
          fatalities=1, attribution=["الشرطة"], acled=ATTACK),
        # ¶15, subject–verb–object with a long parenthetical: the human-rights commission's Maysan office
        # condemns the assassination (core ACCUSE, naming no one) and asks the federal government for an
        # inquiry (core REQUEST); its tally since October, in the relative clause, is an aggregate, no event
        E(True, ["ACCUSE"], [15], "دان", ["asserted"],
          source=IHCHR, date=SINCE_YESTERDAY),
        E(True, ["REQUEST"], [15], "وطالب", ["asserted"],
          source=IHCHR, recipient=IQ_FEDERAL, date=SINCE_YESTERDAY),
        # paragraph 16 (feuds since the start of the year: aggregates and a generic statement) holds no event;
        # ¶17, the bodies taken for burial, is a paragraph of the main event
    ],
)
