"""Gold of article 539: West Darfur (El Geneina and its al-Jamarik quarter, Misterei, Adré across the Chadian
border, Sirba, Kreinik), a Nairobi-based Sudanese independent news website, 2023-06-20 (Tue)."""
from actors_places import (
    ADRE,
    ADRE_GENEINA_ROAD,
    AID_ORGANISATIONS_539,
    ANDOKA_SHIELD,
    DARFUR_BAR,
    GENEINA,
    GENEINA_CITY,
    GENEINA_CIVILIANS,
    GENEINA_FLEEING,
    ICRC,
    INT_ORGANISATIONS_539,
    KREINIK,
    KREINIK_GUNMEN,
    KREINIK_VICTIMS,
    MISTEREI,
    MISTEREI_TRADERS,
    MSF,
    REFUGEES_ADRE,
    RSF,
    RSF_MEMBERS,
    RSF_MILITIAS,
    SAF_INTEL,
    SAF_RSF,
    SIRBA,
    UK,
    UNKNOWN_GUNMEN_539,
    UNSC_539,
    WARRING_PARTIES,
    WD_DOCTORS,
    WD_SECURITY_COMMITTEE,
    WFP,
)
from common import ATTACK, SHELL, D, E, paras_of

SLUG = "west_darfur_2023_geneina_misterei_curfew_chad"
TODAY = D("2023-06-20")
YESTERDAY = D("2023-06-19")
SINCE_YESTERDAY = D("2023-06-20", "day", ("2023-06-19", "2023-06-20"))
LAST_NIGHT = D("2023-06-19", "day", ("2023-06-19", "2023-06-20"))
TWO_DAYS = D("2023-06-19", "day", ("2023-06-18", "2023-06-20"))
ARTICLE = dict(
    id="team108-539", slug=SLUG, published="2023-06-20",
    outlet="Maraya al-Sudan, a Nairobi-based Sudanese independent news website (fictional)",
    paras=paras_of(f"539_{SLUG}.txt"),
    events=[
        # the main event, first in the lead ¶1 (dateline from a foreign capital, «نيروبي»): RSF fighters and
        # allied tribal militias attack the al-Jamarik quarter and its market in El Geneina «صباح أمس
        # الإثنين»; eleven killed per the doctors' committee, seventeen per the Darfur Bar Association → 11
        # (the lowest; Violence against civilians/Attack); ¶3 the RSF's denial, ¶17 the burial of «الضحايا
        # الأحد عشر»
        E(True, ["ASSAULT"], [0, 1, 3, 17], "هجوم شنّه", ["asserted", "reported"], mode="firearms",
          source=RSF_MILITIAS, recipient=GENEINA_CIVILIANS, location=GENEINA, date=YESTERDAY, fatalities=11,
          attribution=["تنسيقية أطباء غرب دارفور", "هيئة محامي دارفور"], acled=ATTACK, tpara=1),
        # ¶2 (verb–subject–object), one sentence, two events: the state security committee's night curfew
        # (core COERCE curfew; the headline 0 names it) and artillery fire exchanged between the army's 15th
        # Infantry Division and the RSF around the division's base (core ASSAULT, Shelling)
        E(True, ["COERCE"], [0, 2], "حظراً للتجوّل", ["asserted"], mode="curfew",
          source=WD_SECURITY_COMMITTEE, location=GENEINA_CITY, date=YESTERDAY, tpara=2),
        E(True, ["ASSAULT"], [2], "القصف المدفعي", ["asserted", "reported"], mode="heavy-weapons",
          source=SAF_RSF, location=GENEINA_CITY, date=YESTERDAY, attribution=["شهود"], acled=SHELL),
        # ¶3: the RSF deny any link with the attack (optional REJECT), blame «استخبارات الفلول» (core
        # ACCUSE; «بهدف» gives its content) and call on organisations to check the facts (optional REQUEST)
        E(False, ["REJECT"], [3], "نفت", ["asserted"],
          source=RSF, date=SINCE_YESTERDAY),
        E(True, ["ACCUSE"], [3], "متهمةً", ["asserted", "reported"],
          source=RSF, recipient=SAF_INTEL, date=SINCE_YESTERDAY, attribution=["بيان قوات الدعم السريع"]),
        E(False, ["REQUEST"], [3], "وداعيةً", ["asserted"],
          source=RSF, recipient=INT_ORGANISATIONS_539, date=SINCE_YESTERDAY),
        # ¶4: unknown gunmen attack the market of Misterei on Sunday, loot and burn shops (core ASSAULT,
        # Attack: 3 traders killed); the arson is part of it (optional ASSAULT destroy)
        E(True, ["ASSAULT"], [4], "هاجم", ["asserted", "reported"],
          source=UNKNOWN_GUNMEN_539, recipient=MISTEREI_TRADERS, location=MISTEREI, date=D("2023-06-18"),
          fatalities=3, attribution=["أحد أعيان البلدة"], acled=ATTACK),
        E(False, ["ASSAULT"], [4], "يضرموا النار", ["asserted"], mode="destroy",
          source=UNKNOWN_GUNMEN_539, location=MISTEREI, date=D("2023-06-18")),
        # ¶5, one sentence, two events: thousands crossing into Chad on foot (optional RETREAT: no actor's
        # concession; the headline 0 names it) and WFP's emergency rations at the Adré transit centre (core
        # AID)
        E(False, ["RETREAT"], [0, 5], "وعبر", ["asserted", "reported"], mode="withdraw",
          source=GENEINA_FLEEING, location=ADRE, date=TWO_DAYS, tpara=5),
        E(True, ["AID"], [5], "ووزّع", ["asserted", "reported"], mode="humanitarian",
          source=WFP, recipient=REFUGEES_ADRE, location=ADRE, date=TWO_DAYS,
          attribution=["المفوضية السامية للأمم المتحدة لشؤون اللاجئين"]),
        # ¶6: RSF men at a checkpoint keep two MSF lorries of medicine out of the town (core COERCE
        # restrict, told by MSF); «، وذلك بعد» tells the time after the act, and «من دون أن» negates nothing
        E(True, ["COERCE"], [6], "منعوا", ["reported"], mode="restrict",
          source=RSF_MEMBERS, recipient=MSF, location=ADRE_GENEINA_ROAD, date=TWO_DAYS,
          attribution=["منظمة أطباء بلا حدود"]),
        # paragraph 7 (El Geneina: a description) holds no event
        # ¶8: the doctors' committee's appeal to the ICRC and aid agencies (core REQUEST) and its call on
        # the two warring parties (optional REQUEST)
        E(True, ["REQUEST"], [8], "وناشدت", ["asserted"],
          source=WD_DOCTORS, recipient=ICRC, date=SINCE_YESTERDAY),
        E(False, ["REQUEST"], [8], "ودعت", ["asserted"],
          source=WD_DOCTORS, recipient=WARRING_PARTIES, date=SINCE_YESTERDAY),
        # ¶9: a group that names itself «قوات درع دار أندوكا» in a video statement threatens the RSF unless
        # they leave within 72 hours (core THREATEN; the pursuit optional, hypothetical)
        E(True, ["THREATEN"], [9], "وتوعّدت", ["asserted"], mode="violence",
          source=ANDOKA_SHIELD, recipient=RSF, location=GENEINA_CITY, date=SINCE_YESTERDAY),
        E(False, ["ASSAULT"], [9], "ملاحقة", ["hypothetical"], mode="firearms",
          source=ANDOKA_SHIELD, recipient=RSF, location=GENEINA_CITY, date=None),
        # ¶10: an attack on Sirba «ليل أمس» rumoured on social media, neither confirmed nor denied (core
        # ASSAULT, rumored)
        E(True, ["ASSAULT"], [10], "هجوم", ["rumored", "reported"],
          location=SIRBA, date=LAST_NIGHT, attribution=["حسابات على مواقع التواصل"]),
        # ¶11: Security Council consultations «يوم الخميس المقبل» (core CONSULT, planned); the British
        # request is an optional REQUEST
        E(True, ["CONSULT"], [11], "جلسة مشاورات", ["planned"], mode="multilateral",
          source=UNSC_539, date=D("2023-06-22")),
        E(False, ["REQUEST"], [11], "بطلب", ["asserted"],
          source=UK, recipient=UNSC_539, date=SINCE_YESTERDAY),
        # ¶12: no relief convoy has reached El Geneina (core AID, negated); aid sent across the border is a
        # standing practice (optional, generic)
        E(True, ["AID"], [12], "تصل", ["negated"], mode="humanitarian",
          location=GENEINA_CITY, date=TODAY),
        E(False, ["AID"], [12], "تُرسل", ["generic"], mode="humanitarian",
          source=AID_ORGANISATIONS_539, date=None),
        # paragraph 13 (refugees in Chad counted since mid-April: an aggregate) holds no event
        # background at another place, in «وكان … قد»: gunmen attack Kreinik on 28 May and burn houses
        # (core, historical, 9); the Bar Association's blame and the RSF's denial at the time are optional
        E(True, ["ASSAULT"], [14], "هاجموا", ["historical", "asserted", "reported"], mode="firearms",
          source=KREINIK_GUNMEN, recipient=KREINIK_VICTIMS, location=KREINIK, date=D("2023-05-28"),
          fatalities=9, attribution=["هيئة محامي دارفور"], acled=ATTACK),
        E(False, ["ACCUSE"], [14], "حمّلت", ["historical", "asserted"],
          source=DARFUR_BAR, recipient=RSF, date=None),
        E(False, ["REJECT"], [14], "نفته", ["historical", "asserted"],
          source=RSF, recipient=DARFUR_BAR, date=None),
        # ¶15: witnesses see RSF armoured vehicles arrive on the eastern edge of El Geneina from Zalingei
        # (core MOBILIZE, told by witnesses)
        E(True, ["MOBILIZE"], [15], "وصول", ["reported", "asserted"], mode="troops",
          source=RSF, location=GENEINA_CITY, date=TODAY, attribution=["شهود", "سكان"]),
        # paragraph 16 (a refugee's words) holds no event; ¶17, the burial, is a paragraph of the main event
    ],
)
