"""Gold of article 456: Khan Arnabah, Jubata al-Khashab and al-Hamidiyah (the Quneitra countryside), Masharah,
a pan-Arab news agency's wire service, 2018-07-22 (Sun)."""
from actors_places import (
    BAATH_CITY,
    BURAYQAH,
    BURAYQAH_IDPS,
    HAMIDIYAH,
    HAMIDIYAH_CIVILIANS,
    HAMIDIYAH_GROUP,
    HAMIDIYAH_GUNMEN,
    HAMIDIYAH_NOTABLES,
    HAMIDIYAH_REJECTERS,
    KHAN_ARNABAH,
    KHAN_ARNABAH_JUBATA,
    LIST_YOUTHS,
    MASHARAH,
    MASHARAH_CIVILIANS,
    QN_ACTIVISTS,
    QN_FACTIONS,
    QN_LEAVERS,
    QN_NEGOTIATORS,
    QUNEITRA,
    RUS_MP,
    RUS_OFFICER,
    SARC,
    SASA_MIL_SECURITY,
    SETTLED_YOUTHS,
    SOUTHERN_FRONT_FIGHTERS,
    SY_GOV_CHECKPOINT,
    SY_GOV_FORCES,
    TERROR_GROUPS,
    UNDOF,
    WARPLANES,
)
from common import AGREEMENT, AIR, SHELL, D, E, paras_of

SLUG = "quneitra_2018_hamidiyah_khan_arnabah_settlement"
TODAY = D("2018-07-22")
ARTICLE = dict(
    id="team92-456", slug=SLUG, published="2018-07-22",
    outlet="al-Mashriq, a pan-Arab news agency's wire service (fictional)",
    paras=paras_of(f"456_{SLUG}.txt"),
    events=[
        # ¶1 (dateline «عمّان»): the settlement the factions concluded with Russian military police officers
        # on Thursday, its terms read out in a mosque yesterday (the reading is the agreement's
        # announcement, not a second event; the terms are no events); the headline 0 names it
        E(True, ["AGREE"], [0, 1], "أبرمته", ["asserted"],
          source=QN_FACTIONS, recipient=RUS_MP, location=QUNEITRA, date=D("2018-07-19"),
          attribution=["وجهاء من ريف القنيطرة"], acled=AGREEMENT, tpara=1),
        # ¶2: the first buses to Idlib, due this morning and put off to tomorrow (planned); ¶8 tells why
        # («إرجاء القافلة»), ¶16 a fighter who will board tomorrow; the headline 0 names the delay
        E(True, ["RETREAT"], [0, 2, 8, 16], "تنطلق", ["planned"], mode="withdraw",
          source=QN_LEAVERS, location=KHAN_ARNABAH, date=D("2018-07-23"),
          attribution=["أحد المشرفين على النقطة"], tpara=2),
        # the main event, in ¶3 after two core events (not first in the lead): government artillery on
        # al-Hamidiyah kills three civilians; the state agency's version 4 («استهدفت أوكار المجموعات
        # الإرهابية»), the burial 17; the headline 0 → 3
        E(True, ["ASSAULT"], [0, 3, 4, 17], "قصف مدفعي", ["asserted"], mode="heavy-weapons",
          source=SY_GOV_FORCES, recipient=HAMIDIYAH_CIVILIANS, location=HAMIDIYAH, date=TODAY, fatalities=3,
          attribution=["مسعف في النقطة الطبية بالبلدة"], acled=SHELL, tpara=3),
        # ¶4: the mortar shells on Madinat al-Baath told only by «سانا» (optional, reported) and the armed
        # group's denial (optional REJECT)
        E(False, ["ASSAULT"], [4], "أطلقت", ["reported"], mode="heavy-weapons",
          source=TERROR_GROUPS, location=BAATH_CITY, date=TODAY, attribution=["«سانا» عن مصدر عسكري"],
          acled=SHELL),
        E(False, ["REJECT"], [4], "ونفى", ["asserted"],
          source=HAMIDIYAH_GROUP, date=TODAY),
        # ¶5: the town that rejects the deal (a statement read out yesterday evening)
        E(True, ["REJECT"], [5], "ورفضت", ["asserted"],
          source=HAMIDIYAH_REJECTERS, location=HAMIDIYAH, date=D("2018-07-21")),
        # ¶6 (verb–subject–object; the time in its own clause «، وذلك قرابة الثامنة»): heavy weapons handed
        # over to the Russian military police (RETREAT, disarm); «من دون أن يُسجَّل أي احتكاك» negates
        # nothing
        E(True, ["RETREAT"], [6], "وسلّم", ["asserted"], mode="disarm",
          source=SOUTHERN_FRONT_FIGHTERS, recipient=RUS_MP, location=KHAN_ARNABAH_JUBATA, date=TODAY),
        # ¶7: a Russian officer's deadline with a conditional threat (asserted, told by a delegate); the
        # meeting in which it was made (optional CONSULT) and the threatened air strikes (optional,
        # hypothetical)
        E(True, ["THREATEN"], [7], "وأمهل", ["asserted", "reported"], mode="violence",
          source=RUS_OFFICER, recipient=HAMIDIYAH_GUNMEN, location=HAMIDIYAH, date=TODAY,
          attribution=["أحد أعضاء الوفد"]),
        E(False, ["CONSULT"], [7], "لقائه", ["asserted"], mode="visit",
          source=RUS_OFFICER, recipient=HAMIDIYAH_NOTABLES, location=KHAN_ARNABAH, date=TODAY),
        E(False, ["ASSAULT"], [7], "بقصف البلدة", ["hypothetical"], mode="aerial",
          source=RUS_OFFICER, recipient=HAMIDIYAH_GUNMEN, location=HAMIDIYAH, date=None),
        # ¶8: a list of names refused by Military Security (reported by a negotiator), undated: the days
        # since the deal
        E(True, ["REJECT"], [8], "رفض", ["reported", "asserted"],
          source=SASA_MIL_SECURITY, recipient=QN_NEGOTIATORS,
          date=D("2018-07-21", "day", ("2018-07-20", "2018-07-22")), attribution=["عضو في لجنة التفاوض"]),
        # the young men's request to leave, in a relative clause (optional)
        E(False, ["REQUEST"], [8], "طلبوا", ["historical", "asserted"],
          source=LIST_YOUTHS, recipient=QN_NEGOTIATORS, date=None),
        # ¶9: arrests at a checkpoint told only by local pages, unconfirmed (rumoured)
        E(True, ["COERCE"], [9], "اعتقال", ["rumored", "reported"], mode="arrest",
          source=SY_GOV_CHECKPOINT, recipient=SETTLED_YOUTHS, location=BAATH_CITY,
          date=D("2018-07-21", "day", ("2018-07-21", "2018-07-22")),
          attribution=["صفحات محلية على «فيسبوك»"]),
        # ¶10: the activists' demand to UNDOF («أندوف» in quotes)
        E(True, ["REQUEST"], [10], "وطالب", ["asserted"],
          source=QN_ACTIVISTS, recipient=UNDOF, location=QUNEITRA, date=TODAY),
        # paragraph 11 (the strip of villages along the line: a description) holds no event ¶12:
        # reinforcements since last night toward al-Hamidiyah («تمهيداً … لدخولها» is a purpose, no event)
        E(True, ["MOBILIZE"], [12], "واستقدمت", ["asserted"], mode="troops",
          source=SY_GOV_FORCES, location=HAMIDIYAH, date=D("2018-07-22", "day", ("2018-07-21", "2018-07-22")),
          attribution=["مصدر ميداني"]),
        # ¶13: the Red Crescent convoy to the camps has not come in (core AID, negated)
        E(True, ["AID"], [13], "تدخل", ["negated"], mode="humanitarian",
          source=SARC, recipient=BURAYQAH_IDPS, location=BURAYQAH, date=TODAY),
        # the Red Crescent's announcement last week that it would send the convoy (optional, historical)
        E(False, ["AGREE"], [13], "أعلن", ["historical"],
          source=SARC, location=BURAYQAH, date=D("2018-07-18", "week", ("2018-07-15", "2018-07-21"))),
        # background at another place, in «وكان … قد»: air strikes on Masharah on 11 July (5 killed)
        E(True, ["ASSAULT"], [14], "شنّت", ["historical", "asserted"], mode="aerial",
          source=WARPLANES, recipient=MASHARAH_CIVILIANS, location=MASHARAH, date=D("2018-07-11"),
          fatalities=5, acled=AIR),
        # paragraph 15 (departures and returns since the start of the month: aggregates) holds no event; ¶16
        # is a paragraph of the planned departure; ¶17, the burial, a paragraph of the main event
    ],
)
