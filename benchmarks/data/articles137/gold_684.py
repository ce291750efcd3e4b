"""Gold of article 684: the Rapid Support Forces' storming of Sinja after shelling and battles with the army
(main event, told first in the lead; fourteen dead by the state health ministry, twenty-one by the town's
emergency room), a field commander's threat in a selfie video, young men detained at the bridge (reported),
army reinforcements to Sennar and Suki, executions said to have taken place by the division's base (rumoured),
the foreign ministry's accusation, community kitchens in al-Dinder, the army's withdrawal from Wad Madani in
December 2023, the UN humanitarian coordinator's appeal, the Sovereignty Council chairman's refusal of talks,
the Gedaref governor's meeting with UN agencies, no corridor announced (negated), the emergency rooms' praise
and a convoy due in al-Dinder on Tuesday (planned) (Sennar, Sudan), a Gedaref-based Sudanese volunteer
emergency response room's news page, 2024-06-30 (Sun). Dateline «القضارف»."""
from actors_places import (
    DETAINED_YOUTHS,
    DINDER,
    DINDER_DISPLACED,
    DINDER_PEOPLE,
    DINDER_VOLUNTEERS,
    DIVISION_HQ,
    EAST_ERRS,
    EXECUTED_MEN,
    GEDAREF,
    GEDAREF_GOVERNOR,
    GEDAREF_TRADERS,
    INTL_COMMUNITY,
    POPULAR_RESISTANCE,
    PORT_SUDAN,
    RSF_COMMANDER,
    RSF_FORCES,
    RSF_MEMBERS,
    RSF_RAIDERS,
    SAF,
    SD_MFA,
    SENNAR_CITY,
    SENNAR_SUKI,
    SINJA,
    SINJA_BATTLE,
    SINJA_BRIDGE,
    SINJA_SQUARE,
    SOVEREIGNTY_CHAIR,
    THREATENED_SOLDIERS,
    UN_AGENCIES_684,
    UN_HC_SUDAN,
    WAD_MADANI,
    WARRING_PARTIES,
)
from common import ABDUCTION, ATTACK, CLASH, TRANSFER, D, E, paras_of

SLUG = "sinja_2024_dinder_gedaref"
YESTERDAY = D("2024-06-29")
TODAY = D("2024-06-30")
TODAY_OR_EVE = D("2024-06-30", "day", ("2024-06-29", "2024-06-30"))
NIGHT = D("2024-06-29", "day", ("2024-06-29", "2024-06-30"))
ARTICLE = dict(
    id="team137-684", slug=SLUG, published="2024-06-30",
    outlet=("Mirsal al-Sharq, a Gedaref-based Sudanese volunteer emergency response room's news page "
            "(fictional)"),
    paras=paras_of(f"684_{SLUG}.txt"),
    events=[
        # MAIN EVENT, told first in the lead ¶1 (dateline; verb first): the storming of Sinja after shelling
        # and battles («مع»), fourteen civilians dead by the state health ministry; the headline and the
        # emergency room's twenty-one ¶2 (14 against 21: 14)
        E(True, ["ASSAULT"], [0, 1, 2], "اقتحمت", ["asserted"], mode="heavy-weapons", source=SINJA_BATTLE,
          location=SINJA, date=YESTERDAY, fatalities=14,
          attribution=["وزارة الصحة في الولاية", "غرفة طوارئ سنجة"], acled=CLASH, tpara=1),
        # ¶3: a field commander's threat in a video filmed on his phone in the main square; the pursuit to
        # Sennar it names optional (hypothetical)
        E(True, ["THREATEN"], [3], "يتوعد", ["asserted"], mode="violence", source=RSF_COMMANDER,
          recipient=THREATENED_SOLDIERS, location=SINJA_SQUARE, date=NIGHT),
        E(False, ["ASSAULT"], [3], "بملاحقة", ["hypothetical"], source=RSF_COMMANDER,
          recipient=THREATENED_SOLDIERS, location=SENNAR_CITY, date=None),
        # ¶4: dozens of young men detained at the bridge, told by the displaced (reported); the looting
        # optional
        E(True, ["COERCE", "ASSAULT"], [4], "واحتجز", ["reported", "asserted"], mode="arrest",
          source=RSF_MEMBERS, recipient=DETAINED_YOUTHS, location=SINJA_BRIDGE, date=TODAY_OR_EVE,
          attribution=["نازحين وصلوا إلى الدندر"], acled=ABDUCTION),
        E(False, ["COERCE", "ASSAULT"], [4], "نهبوا", ["reported", "asserted"], mode="confiscate",
          source=RSF_MEMBERS, location=SINJA, date=TODAY_OR_EVE),
        # ¶5 (verb first): army reinforcements to Sennar and Suki; the Popular Resistance's call-up optional
        E(True, ["MOBILIZE"], [5], "ودفع", ["asserted"], mode="troops", source=SAF, location=SENNAR_SUKI,
          date=NIGHT),
        E(False, ["MOBILIZE"], [5], "استنفار", ["asserted"], mode="troops", source=POPULAR_RESISTANCE,
          date=TODAY_OR_EVE),
        # ¶6: seven men said to have been shot by the division's base (rumoured; a verbal noun, a silence)
        E(True, ["ASSAULT"], [6], "إعدام", ["rumored", "reported"], mode="execute", source=RSF_MEMBERS,
          recipient=EXECUTED_MEN, location=DIVISION_HQ, date=None, attribution=["النازحين في الدندر"],
          acled=ATTACK),
        # ¶7: the foreign ministry's accusation («ضد»); its demand optional; the RSF adviser's reply is the
        # other side's version
        E(True, ["ACCUSE"], [7], "واتهمت", ["asserted"], source=SD_MFA, recipient=RSF_FORCES,
          location=PORT_SUDAN, date=TODAY_OR_EVE),
        E(False, ["REQUEST"], [7], "مطالبةً", ["asserted"], source=SD_MFA, recipient=INTL_COMMUNITY,
          date=TODAY_OR_EVE),
        # ¶8: meals from community kitchens in al-Dinder; the months of feeding the Gezira displaced optional
        # (generic)
        E(True, ["AID"], [8], "قدّمت", ["asserted"], mode="humanitarian", source=DINDER_VOLUNTEERS,
          recipient=DINDER_DISPLACED, location=DINDER, date=NIGHT, attribution=["غرفة طوارئ المحلية"]),
        E(False, ["AID"], [8], "تطعم", ["generic"], mode="humanitarian", source=DINDER_VOLUNTEERS,
          location=DINDER, date=None),
        # ¶9, «وكان … قد» at another place: the army's withdrawal from Wad Madani in December 2023 (core,
        # historical); the RSF attack before it optional
        E(True, ["RETREAT"], [9], "انسحب", ["historical", "asserted"], mode="withdraw", source=SAF,
          location=WAD_MADANI, date=D("2023-12-18", "month", ("2023-12-01", "2023-12-31")), acled=TRANSFER),
        E(False, ["ASSAULT"], [9], "هجوم", ["historical", "asserted"], source=RSF_RAIDERS,
          location=WAD_MADANI, date=None, acled=CLASH),
        # ¶10: the UN humanitarian coordinator's appeal to both sides
        E(True, ["REQUEST"], [10], "وناشدت", ["asserted"], source=UN_HC_SUDAN, recipient=WARRING_PARTIES,
          date=TODAY_OR_EVE),
        # ¶11 (a woman on the river road) holds no event. ¶12: the Sovereignty Council chairman refuses any
        # talks
        E(True, ["REJECT"], [12], "ورفض", ["asserted"], source=SOVEREIGNTY_CHAIR, recipient=RSF_FORCES,
          location=PORT_SUDAN, date=TODAY_OR_EVE),
        # ¶13 (the town, a verbless sentence) holds no event. ¶14: the Gedaref governor meets UN agencies
        E(True, ["CONSULT"], [14], "وبحث", ["asserted"], source=GEDAREF_GOVERNOR, recipient=UN_AGENCIES_684,
          location=GEDAREF, date=TODAY_OR_EVE),
        # ¶15: no corridor announced (negated)
        E(True, ["CONCEDE", "RETREAT"], [15], "تعلن", ["negated"], source=RSF_FORCES, location=SINJA,
          date=TODAY),
        # ¶16: the emergency rooms' praise of al-Dinder's people
        E(True, ["SUPPORT"], [16], "وأشادت", ["asserted"], source=EAST_ERRS, recipient=DINDER_PEOPLE,
          date=TODAY_OR_EVE),
        # ¶17 (the shortest): a convoy «يوم الثلاثاء المقبل» (planned)
        E(True, ["AID"], [17], "قافلة", ["planned"], mode="humanitarian", source=GEDAREF_TRADERS,
          location=DINDER, date=D("2024-07-02")),
    ],
)
