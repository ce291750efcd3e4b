"""Gold of article 457: Douma, Misraba, Harasta and the al-Wafideen crossing (Eastern Ghouta, Rif Dimashq),
Jisreen and Ain Tarma, an Eastern Ghouta local opposition media office's website, 2017-11-14 (Tue)."""
from actors_places import (
    ABBASIYYIN,
    AHRAR,
    AIN_TARMA,
    ASSAD_AIR,
    ASSAD_FORCES,
    DOUMA,
    DOUMA_COUNCIL,
    DOUMA_PROTESTERS,
    FOURTH_DIVISION,
    GHOUTA_ARMED_GROUPS,
    GHOUTA_HEALTH,
    HARASTA,
    ICRC,
    JISREEN,
    JISREEN_VICTIMS,
    KAFR_BATNA_SAQBA,
    MISRABA,
    MISRABA_CIVILIANS,
    OCHA,
    REGIME_SECURITY,
    SANA,
    UN,
    UN_SARC_CONVOY,
    VEHICLES_BASE,
    WAFIDEEN,
)
from common import AIR, PEACEFUL, SHELL, D, E, paras_of

SLUG = "rif_dimashq_2017_douma_misraba_wafideen_siege"
TODAY = D("2017-11-14")
ARTICLE = dict(
    id="team92-457", slug=SLUG, published="2017-11-14",
    outlet="Minbar al-Ghouta, an Eastern Ghouta local opposition media office's website (fictional)",
    paras=paras_of(f"457_{SLUG}.txt"),
    events=[
        # ¶1 (no dateline; Douma in the first sentence): the only crossing closed yesterday morning (COERCE,
        # restrict; the prices that rise are its consequence, no event); the headline 0 names it
        E(True, ["COERCE"], [0, 1], "أغلقت", ["asserted"], mode="restrict",
          source=ASSAD_FORCES, location=WAFIDEEN, date=D("2017-11-13"), tpara=1),
        # the main event, in ¶2 after the closure: air strikes on Misraba (five killed); the civil defence 3,
        # the state agency's version 4 («دمّر مقرات ومستودعات ذخيرة للإرهابيين في مسرابا»), the burial 17
        E(True, ["ASSAULT"], [0, 2, 3, 4, 17], "غارات", ["asserted"], mode="aerial",
          source=ASSAD_AIR, recipient=MISRABA_CIVILIANS, location=MISRABA, date=D("2017-11-13"), fatalities=5,
          attribution=["مركز الدفاع المدني في البلدة"], acled=AIR, tpara=2),
        # ¶4: shells on Damascus told only by «سانا» (optional, reported) and its accusation (optional)
        E(False, ["ASSAULT"], [4], "بإطلاق قذائف", ["reported"], mode="heavy-weapons",
          source=GHOUTA_ARMED_GROUPS, location=ABBASIYYIN, date=TODAY, attribution=["وكالة «سانا»"],
          acled=SHELL),
        E(False, ["ACCUSE"], [4], "واتهمت", ["asserted"],
          source=SANA, recipient=GHOUTA_ARMED_GROUPS, date=TODAY),
        # ¶5 (a sentence of three events): the convoy partly let in (AID, nine trucks), the surgical
        # supplies confiscated «من قبل» the checkpoint (COERCE, confiscate; passive), eleven trucks not let
        # in (core AID, negated); the headline 0 names the convoy
        E(True, ["AID"], [0, 5], "ودخلت", ["asserted"], mode="humanitarian",
          source=UN_SARC_CONVOY, location=DOUMA, date=TODAY, attribution=["عضو في المجلس المحلي"], tpara=5),
        E(True, ["COERCE"], [5], "صودرت", ["asserted"], mode="confiscate",
          source=FOURTH_DIVISION, recipient=UN_SARC_CONVOY, location=WAFIDEEN, date=TODAY),
        E(True, ["AID"], [5], "ولم تدخل", ["negated"], mode="humanitarian",
          source=UN_SARC_CONVOY, location=DOUMA, date=TODAY),
        # paragraph 6 (prices) holds no event
        # ¶7: a medical evacuation requested of the ICRC and refused by the security services (reported)
        E(True, ["REQUEST"], [7], "وطالبت", ["asserted"],
          source=GHOUTA_HEALTH, recipient=ICRC, date=TODAY),
        E(True, ["REJECT"], [7], "رفضت", ["reported", "asserted"],
          source=REGIME_SECURITY, recipient=GHOUTA_HEALTH, date=TODAY, attribution=["الهلال الأحمر"]),
        # paragraph 8 (an infant dead of malnutrition, no act that caused it; a count of malnourished
        # children) holds no event ¶9: a demonstration and a demand joined with «و» and a second verb (the
        # demand optional)
        E(True, ["PROTEST"], [9], "وتظاهر", ["asserted"], mode="demo",
          source=DOUMA_PROTESTERS, location=DOUMA, date=TODAY, acled=PEACEFUL),
        E(False, ["REQUEST"], [9], "وطالبوا", ["asserted"],
          source=DOUMA_PROTESTERS, recipient=UN, date=TODAY),
        # ¶10: Ahrar al-Sham's conditional threat (asserted); the fronts set alight are hypothetical
        # (optional)
        E(True, ["THREATEN"], [10], "وتوعّد", ["asserted"], mode="violence",
          source=AHRAR, recipient=ASSAD_FORCES, location=HARASTA, date=TODAY),
        E(False, ["ASSAULT"], [10], "إشعال جبهات", ["hypothetical"], mode="firearms",
          source=AHRAR, recipient=ASSAD_FORCES, location=HARASTA, date=None),
        # ¶11: reinforcements near Harasta told by local sources, unconfirmed (rumoured)
        E(True, ["MOBILIZE"], [11], "وصول تعزيزات", ["rumored", "reported"], mode="troops",
          source=ASSAD_FORCES, location=VEHICLES_BASE,
          date=D("2017-11-13", "day", ("2017-11-13", "2017-11-14")), attribution=["مصادر محلية"]),
        # ¶12: a second convoy due on Thursday (planned), announced by OCHA («أوتشا» in quotes)
        E(True, ["AID"], [12], "تدخل", ["planned"], mode="humanitarian",
          source=OCHA, location=KAFR_BATNA_SAQBA, date=D("2017-11-16"), attribution=["«أوتشا»"]),
        # ¶13 (subject–verb–object with a long parenthetical): the Douma council's accusation
        E(True, ["ACCUSE"], [13], "اتهم", ["asserted"],
          source=DOUMA_COUNCIL, recipient=ASSAD_FORCES, date=TODAY),
        # the council's soup kitchen, a daily meal for a week (a habit: optional AID, generic)
        E(False, ["AID"], [13], "يوزّع", ["generic"], mode="humanitarian",
          source=DOUMA_COUNCIL, location=DOUMA, date=None),
        # background at another place, in «وكان … قد»: a school in Jisreen shelled on 30 October (3 killed)
        E(True, ["ASSAULT"], [14], "قصفت", ["historical", "asserted"], mode="heavy-weapons",
          source=ASSAD_FORCES, recipient=JISREEN_VICTIMS, location=JISREEN, date=D("2017-10-30"),
          fatalities=3, acled=SHELL),
        # paragraph 15 (life under siege since 2013: a standing situation) holds no event
        # ¶16: shelling of Ain Tarma «من دون أن تُسجَّل إصابات» (the act took place: asserted)
        E(True, ["ASSAULT"], [16], "وقصفت", ["asserted"], mode="heavy-weapons",
          source=ASSAD_FORCES, location=AIN_TARMA, date=TODAY, acled=SHELL),
        # ¶17, the burial, is a paragraph of the main event
    ],
)
