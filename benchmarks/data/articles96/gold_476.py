"""Gold of article 476: al-Bab, Tadef, Qabasin and Bza'a (the eastern Aleppo countryside), a local opposition
news website of the eastern Aleppo countryside, 2017-02-27 (Mon)."""
from actors_places import (
    AL_BAB,
    AL_BAB_CIVILIANS,
    AL_BAB_COUNCIL,
    AL_BAB_ENGINEERS,
    AL_BAB_RESIDENTS,
    ALEPPO_WATER,
    BZAA,
    BZAA_SUSPECTS,
    EUPHRATES_SHIELD,
    FSA_COMMANDER,
    ICRC,
    ISIS,
    MILITARY_POLICE_FS,
    QABASIN,
    QABASIN_GUARDS,
    REGIME_AND_SHIELD,
    SANA_SOURCE,
    SY_REGIME,
    TADEF_STATION,
    TURKEY_BACKED,
    TURKISH_RC,
    UN_ICRC,
)
from common import ARREST, MINE, SHELL, TRANSFER, D, E, paras_of

SLUG = "aleppo_2017_al_bab_tadef_pumping_station"
TODAY = D("2017-02-27")
YESTERDAY = D("2017-02-26")
LAST_NIGHT = D("2017-02-26", "day", ("2017-02-26", "2017-02-27"))
ARTICLE = dict(
    id="team96-476", slug=SLUG, published="2017-02-27",
    outlet="Nafidhat al-Bab, a local opposition news website of the eastern Aleppo countryside (fictional)",
    paras=paras_of(f"476_{SLUG}.txt"),
    events=[
        # ¶1 (no dateline; «مدينة الباب» in the first sentence), one sentence, two events: the pumping station
        # taken yesterday at dawn, hours after ISIS left it (a takeover without fighting), and the pumping
        # stopped at noon (COERCE withhold, with the headline 0); ISIS's withdrawal, in a clause, is optional
        E(True, ["COERCE", "ASSAULT"], [1], "سيطرت", ["asserted"], mode="seize",
          source=SY_REGIME, location=TADEF_STATION, date=YESTERDAY,
          attribution=["المجلس المحلي لمدينة الباب"], acled=TRANSFER),
        E(True, ["COERCE"], [0, 1], "وأوقفت الضخ", ["asserted"], mode="withhold",
          source=SY_REGIME, location=TADEF_STATION, date=YESTERDAY,
          attribution=["المجلس المحلي لمدينة الباب"], tpara=1),
        E(False, ["RETREAT"], [1], "انسحاب", ["asserted", "historical"], mode="withdraw",
          source=ISIS, location=TADEF_STATION, date=D("2017-02-26", "day", ("2017-02-25", "2017-02-26"))),
        # ¶2: the council's engineers not let through to the station (core, negated); «من دون أن تقدم له أي
        # تفسير» negates nothing
        E(True, ["RETREAT"], [2], "تسمح", ["negated"], mode="access",
          source=SY_REGIME, recipient=AL_BAB_ENGINEERS, location=TADEF_STATION, date=YESTERDAY,
          attribution=["أحد أعضاء الفريق"]),
        # the main event, in ¶3 after the station and the engineers (not first in the lead): three shells on a
        # queue at a well, the time told after the act («، وذلك قرابة التاسعة والنصف صباحاً»); the state
        # agency's version 4 (the other side: «مجموعات إرهابية» fired them), the funeral 17; the headline
        # 0 → 4
        E(True, ["ASSAULT"], [0, 3, 4, 17], "ثلاث قذائف مدفعية", ["asserted"], mode="heavy-weapons",
          source=SY_REGIME, recipient=AL_BAB_CIVILIANS, location=AL_BAB, date=TODAY, fatalities=4,
          attribution=["متطوع في «الدفاع المدني»"], acled=SHELL, tpara=3),
        # ¶4: the state agency's counter-version blames «terrorist groups» for the shells without a verb of
        # blame (optional ACCUSE); the shelling it retells is the main event
        E(False, ["ACCUSE"], [4], "هي التي قصفت", ["reported"],
          source=SANA_SOURCE, recipient=TURKEY_BACKED, date=TODAY, attribution=["سانا"]),
        # ¶4 and ¶6: the charge that ISIS booby-trapped the pumps before leaving (alleged, undated: optional)
        E(False, ["ASSAULT"], [4, 6], "فخّخوا", ["reported", "historical"], mode="explosives",
          source=ISIS, location=TADEF_STATION, date=None, tpara=6),
        # ¶5 (subject, long parenthetical, verb): an accusation and a demand joined with «و» and a second verb
        E(True, ["ACCUSE"], [5], "اتهم", ["asserted"],
          source=AL_BAB_COUNCIL, recipient=SY_REGIME, date=TODAY),
        E(True, ["REQUEST"], [5], "وطالب", ["asserted"],
          source=AL_BAB_COUNCIL, recipient=UN_ICRC, date=TODAY),
        # ¶6: the other side's accusation over who cut the water, told through «سانا» (reported)
        E(True, ["ACCUSE"], [6], "حمّل", ["reported", "asserted"],
          source=ALEPPO_WATER, recipient=ISIS, date=TODAY, attribution=["سانا"]),
        # paragraph 7 (the town living on wells and tankers: a standing situation) holds no event
        # ¶8: an understanding said to have been reached through Russian mediation (rumoured, undated), denied
        # by a Free Syrian Army commander (the denial optional REJECT)
        E(True, ["AGREE"], [8], "تفاهم أُبرم", ["rumored", "reported"],
          source=REGIME_AND_SHIELD, location=TADEF_STATION, date=None, attribution=["صفحات محلية"]),
        E(False, ["REJECT"], [8], "نفى", ["asserted"],
          source=FSA_COMMANDER, date=TODAY),
        # ¶9: a conditional threat (asserted); the response it threatens is hypothetical (optional)
        E(True, ["THREATEN"], [9], "وتوعّد", ["asserted"], mode="violence",
          source=EUPHRATES_SHIELD, location=TADEF_STATION, date=TODAY),
        E(False, ["ASSAULT"], [9], "الرد على مصادر النيران", ["hypothetical"], mode="heavy-weapons",
          source=EUPHRATES_SHIELD, location=TADEF_STATION, date=None),
        # ¶10: mortar fire on government positions by the station last night «من دون أن ترد أنباء عن إصابات»
        E(True, ["ASSAULT"], [10], "وقصفت", ["asserted", "reported"], mode="heavy-weapons",
          source=EUPHRATES_SHIELD, recipient=SY_REGIME, location=TADEF_STATION, date=LAST_NIGHT,
          attribution=["ناشطين"], acled=SHELL),
        # paragraph 11 (the station: a description) holds no event
        # ¶12 (verb–subject–object): water tankers in al-Bab's quarters (AID)
        E(True, ["AID"], [12], "ووزّع", ["asserted"], mode="humanitarian",
          source=TURKISH_RC, recipient=AL_BAB_RESIDENTS, location=AL_BAB, date=TODAY),
        # background at another place, in «وكان … قد»: the Qabasin water tank blown up on 4 February (2)
        E(True, ["ASSAULT"], [13], "فجّروا", ["historical", "asserted"], mode="explosives",
          source=ISIS, recipient=QABASIN_GUARDS, location=QABASIN, date=D("2017-02-04"), fatalities=2,
          acled=MINE),
        # paragraph 14 (a woman's words) holds no event
        # ¶15, one sentence, two events: arrests in Bza'a and an IED that wounded a bulldozer driver
        E(True, ["COERCE"], [15], "اعتقلت", ["asserted"], mode="arrest",
          source=MILITARY_POLICE_FS, recipient=BZAA_SUSPECTS, location=BZAA, date=TODAY, acled=ARREST),
        E(True, ["ASSAULT"], [15], "انفجرت عبوة ناسفة", ["asserted"], mode="explosives",
          location=BZAA, date=TODAY, acled=MINE),
        # ¶16: ICRC engineers due at the station next Wednesday (planned; the government side lets them in)
        # and the government's consent, given before the article (AGREE)
        E(True, ["RETREAT", "CONSULT"], [16], "يدخل مهندسون", ["planned"], mode="access",
          source=SY_REGIME, recipient=ICRC, location=TADEF_STATION, date=D("2017-03-01"),
          attribution=["عضو في المجلس المحلي"]),
        E(True, ["AGREE"], [16], "موافقتها", ["asserted", "reported"],
          source=SY_REGIME, recipient=ICRC, location=TADEF_STATION,
          date=D("2017-02-27", "day", ("2017-02-26", "2017-02-27")), attribution=["عضو في المجلس المحلي"]),
        # ¶17, the funeral, is a paragraph of the main event
    ],
)
