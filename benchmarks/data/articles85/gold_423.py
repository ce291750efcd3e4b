"""Gold of article 423: a roadside bomb on an army convoy on the Samarra–al-Dour road (main event, told first
in the lead), a curfew and a search of villages with arrests, the ISIS claim, retaliatory shelling of
Mutaibija, the funeral, the al-Dour commissioner's blame and demand, a death sentence in Tikrit, rumoured PMF
reinforcements, a defence ministry delegation due tomorrow, the operations commander's threat, the road not
reopened, a roadside bomb on the Baiji–Tikrit road on 9 September 2018 (Salahuddin, Iraq), an Iraqi local news
agency's website, 2018-11-20 (Tue). Dateline «سامراء – «الملوية نيوز»:»; the toll conflicts (the Security
Media Cell's three, the ISIS claim's six → 3). Mostly about a roadside bomb on a convoy and what followed."""
from actors_places import (
    BAIJI_FARMERS,
    BAIJI_ROAD,
    BRIGADE_COMMANDERS,
    DEFENDANT,
    DOUR,
    DOUR_COUNCIL,
    DOUR_QAIMMAQAM,
    DOUR_ROAD,
    EITH_MUTASIM,
    ELEVEN_SUSPECTS,
    HARBOURERS,
    IQ_ARMY,
    IQ_ARTILLERY,
    IQ_FED_GOV,
    IQ_SOLDIERS,
    ISIS,
    MOD_DELEGATION,
    MUTAIBIJA,
    MUTASIM,
    OPS_COMMANDER,
    PMF,
    SAMARRA,
    SAMARRA_OPS,
    SD_COURT,
    SEC_AGENCIES,
    TIKRIT,
    VILLAGES_EAST,
)
from common import ARREST, MINE, SHELL, D, E, paras_of

SLUG = "dour_2018_samarra_mutaibija"
TODAY = D("2018-11-20")
TODAY_OPEN = D("2018-11-20", "day", ("2018-11-19", "2018-11-20"))
ARTICLE = dict(
    id="team85-423", slug=SLUG, published="2018-11-20",
    outlet="al-Malwiya News, an Iraqi local news agency of Salahuddin, website (fictional)",
    paras=paras_of(f"423_{SLUG}.txt"),
    events=[
        # MAIN EVENT, told first in the lead (passive «قُتل»; «بين … و…»): an IED on an army convoy «مساء أمس
        # الإثنين», three soldiers killed per the Security Media Cell; the officer's account ¶2 (the time told
        # after the act: «، وذلك قرابة الثامنة والنصف»), a wounded soldier ¶3, the ISIS claim of six ¶6 (an
        # acronym in quotes «داعش»), the funeral ¶8 → 3, ACLED's lowest count
        E(True, ["ASSAULT"], [0, 1, 2, 3, 6, 8], "بانفجار عبوة ناسفة", ["asserted", "reported"],
          mode="explosives", source=ISIS, recipient=IQ_SOLDIERS, location=DOUR_ROAD, date=D("2018-11-19"),
          fatalities=3, attribution=["خلية الإعلام الأمني", "وكالة «أعماق»", "ضابط في قيادة عمليات سامراء"],
          acled=MINE, tpara=1),
        # ¶4: a curfew on the villages east of the road after the blast (evening of the 19th or the night) and
        # the dawn search with eleven arrests (headline 0; the residents' complaint ¶5 retells the search);
        # the disabled young man's return ¶5 optional
        E(True, ["COERCE"], [4], "حظراً للتجوال", ["asserted", "reported"], mode="curfew",
          source=SAMARRA_OPS, location=VILLAGES_EAST,
          date=D("2018-11-19", "day", ("2018-11-19", "2018-11-20")),
          attribution=["مصدر في شرطة صلاح الدين"]),
        E(True, ["COERCE"], [0, 4, 5], "بحملة تفتيش", ["asserted", "reported"], mode="arrest",
          source=SAMARRA_OPS, recipient=ELEVEN_SUSPECTS, location=EITH_MUTASIM, date=TODAY,
          attribution=["مصدر في شرطة صلاح الدين", "أهالي قرية صغيرة في ناحية العيث"], acled=ARREST, tpara=4),
        E(False, ["RETREAT"], [5], "يُعاد", ["asserted"], mode="release",
          recipient=ELEVEN_SUSPECTS, date=TODAY),
        # ¶7 (verb-subject-object): the army's artillery shells suspected ISIS hideouts in Mutaibija in
        # retaliation («ردّاً على الهجوم» is a back-reference, not the main event's paragraph)
        E(True, ["ASSAULT"], [7], "قصفت", ["asserted"], mode="heavy-weapons",
          source=IQ_ARTILLERY, recipient=ISIS, location=MUTAIBIJA, date=TODAY, acled=SHELL),
        # ¶8: the month's tally of soldiers killed by roadside bombs (optional, generic)
        E(False, ["ASSAULT"], [8], "بعبوات ناسفة", ["generic"], mode="explosives", source=ISIS, date=None),
        # ¶9 (the road described) holds no event. ¶10: the al-Dour commissioner blames the security agencies
        # and demands cameras and towers (two events joined by «و» and a second verb); the council's memo two
        # months ago optional, historical
        E(True, ["ACCUSE"], [10], "وحمّل", ["asserted"],
          source=DOUR_QAIMMAQAM, recipient=SEC_AGENCIES, location=DOUR, date=TODAY_OPEN),
        E(True, ["REQUEST"], [10], "وطالب", ["asserted"],
          source=DOUR_QAIMMAQAM, recipient=IQ_FED_GOV, location=DOUR, date=TODAY_OPEN),
        E(False, ["REQUEST"], [10], "مذكرة", ["historical"],
          source=DOUR_COUNCIL, recipient=SAMARRA_OPS,
          date=D("2018-09-20", "month", ("2018-09-01", "2018-10-20"))),
        # ¶11 («نقلاً عن»; an acronym in quotes «واع»): the criminal court in Tikrit sentences an ISIS member
        # to death (SANCTION convict); the bombs he planted last year optional, historical
        E(True, ["SANCTION"], [11], "حكماً بالإعدام", ["asserted", "reported"], mode="convict",
          source=SD_COURT, recipient=DEFENDANT, location=TIKRIT, date=TODAY_OPEN,
          attribution=["مجلس القضاء الأعلى", "وكالة الأنباء العراقية «واع»"]),
        E(False, ["ASSAULT"], [11], "زرع عبوات", ["historical"], mode="explosives",
          source=DEFENDANT, location=BAIJI_ROAD, date=D("2017-07-01", "year", ("2017-01-01", "2017-12-31"))),
        # ¶12: PMF reinforcements «ليل أمس», told only by tribal sources (rumoured); the wider sweep they
        # prepare optional
        E(True, ["MOBILIZE"], [12], "تعزيزات", ["rumored", "reported"], mode="troops",
          source=PMF, location=MUTASIM, date=D("2018-11-19", "day", ("2018-11-19", "2018-11-20")),
          attribution=["مصادر عشائرية في ناحية المعتصم", "أحد شيوخ العشائر"]),
        E(False, ["COERCE"], [12], "لعملية تمشيط", ["hypothetical", "planned", "rumored"], mode="restrict",
          source=PMF, date=None),
        # ¶13: a defence ministry delegation due in Samarra «غداً الأربعاء» (planned visit)
        E(True, ["CONSULT"], [13], "يصل", ["planned", "reported"], mode="visit",
          source=MOD_DELEGATION, recipient=BRIGADE_COMMANDERS, location=SAMARRA, date=D("2018-11-21"),
          attribution=["مصدر في قيادة العمليات"]),
        # ¶14: the operations commander's threat at the funeral (possessive actor «عناصر التنظيم»)
        E(True, ["THREATEN"], [14], "وتوعّد", ["asserted"], mode="violence",
          source=OPS_COMMANDER, recipient=HARBOURERS, location=SAMARRA, date=TODAY),
        # ¶15: the road not reopened (negated RETREAT access; COERCE accepted)
        E(True, ["RETREAT", "COERCE"], [15], "فتح الطريق", ["negated"], mode="access",
          source=IQ_ARMY, location=DOUR_ROAD, date=TODAY),
        # ¶16 (analysis of the ISIS remnants) holds no event. ¶17, «وكانت … قد» at another place: an IED on a
        # civilian car on the Baiji–Tikrit road on 9 September, two farmers killed
        E(True, ["ASSAULT"], [17], "انفجرت", ["historical", "asserted"], mode="explosives",
          recipient=BAIJI_FARMERS, location=BAIJI_ROAD, date=D("2018-09-09"), fatalities=2, acled=MINE),
    ],
)
