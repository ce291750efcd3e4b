"""Gold of article 654: the shelling of the surgical hospital of al-Atarib (main event, told in ¶2 after an
air strike on Taqad; seven dead by the Free Aleppo Health Directorate), the directorate's accusation, an
air strike on Kafr Nouran in February 2020, the UN coordinator's demand, the patients moved by the Civil
Defence and MSF, WHO supplies, a Turkish post to be evacuated (rumoured), the doctors' union's solidarity,
the Russian reconciliation centre's threat, the hospital's refusal of a move, no Security Council session
(negated), a Turkish convoy and a strike due on Friday (western Aleppo countryside, Syria), a
Gaziantep-based Syrian medical relief organisation's news website, 2021-03-23 (Tue). Dateline from Darat
Izza, the town where the wounded of the event were taken."""
from actors_places import (
    ALEPPO_HEALTH,
    ATARIB,
    ATARIB_COUNCIL,
    ATARIB_HOSPITAL,
    DARAT_IZZA,
    DARAT_IZZA_HOSPITAL,
    DEESCALATION_ZONE,
    DOCTORS_UNION,
    EU_STATES,
    HEALTH_STRIKERS,
    HEALTH_WORKERS,
    HOSPITAL_ADMIN,
    HOSPITAL_STAFF,
    HOSPITAL_VICTIMS,
    HTS,
    KAFR_NOURAN,
    KAFR_NOURAN_VICTIMS,
    PATIENT_TRANSFER,
    REGIME_654,
    REGIME_AND_RUSSIA,
    RUSSIAN_CENTRE,
    RUSSIAN_JET,
    RUSSIAN_PLANES,
    TAQAD,
    TAQAD_CIVILIANS,
    TURKISH_ARMY,
    TURKISH_CONVOY,
    TURKISH_POST,
    UN_COORDINATOR,
    UNSC,
    W_ALEPPO,
    WHO,
)
from common import AIR, OTHER, PEACEFUL, SHELL, D, E, paras_of

SLUG = "atarib_2021_darat_izza_taqad"
YESTERDAY = D("2021-03-22")
TODAY = D("2021-03-23")
TODAY_OR_EVE = D("2021-03-23", "day", ("2021-03-22", "2021-03-23"))
ARTICLE = dict(
    id="team131-654", slug=SLUG, published="2021-03-23",
    outlet="Shiryan, a Gaziantep-based Syrian medical relief organisation's news website (fictional)",
    paras=paras_of(f"654_{SLUG}.txt"),
    events=[
        # ¶1 (dateline from Darat Izza, passive opening): two air strikes on Taqad, four wounded, no dead
        E(True, ["ASSAULT"], [1], "بغارتين", ["asserted"], mode="aerial", source=RUSSIAN_JET,
          recipient=TAQAD_CIVILIANS, location=TAQAD, date=TODAY, attribution=["مراسل «شريان»"], acled=AIR),
        # MAIN EVENT, told in ¶2 after the strike on Taqad: artillery rounds on the surgical hospital; the
        # headline and the nurse's account ¶3 (one count: 7)
        E(True, ["ASSAULT"], [0, 2, 3], "قذائف مدفعية", ["asserted"], mode="heavy-weapons", source=REGIME_654,
          recipient=HOSPITAL_VICTIMS, location=ATARIB_HOSPITAL, date=YESTERDAY, fatalities=7,
          attribution=["مديرية صحة حلب الحرة"], acled=SHELL, tpara=2),
        # ¶4: the directorate's accusation (a silence closes it); its demand optional
        E(True, ["ACCUSE"], [4], "واتهمت", ["asserted"], source=ALEPPO_HEALTH, recipient=REGIME_AND_RUSSIA,
          date=TODAY_OR_EVE),
        E(False, ["REQUEST"], [4], "ومطالبة", ["asserted"], source=ALEPPO_HEALTH, date=TODAY_OR_EVE),
        # ¶5, «وكانت … قد» at another place: the air strike on a school in Kafr Nouran on 11 February 2020
        # (core, historical); the shelling of a dozen medical sites during that campaign optional, generic
        E(True, ["ASSAULT"], [5], "قصفت", ["historical", "asserted"], mode="aerial", source=RUSSIAN_PLANES,
          recipient=KAFR_NOURAN_VICTIMS, location=KAFR_NOURAN, date=D("2020-02-11"), fatalities=5, acled=AIR),
        E(False, ["ASSAULT"], [5], "للقصف", ["generic"], mode="heavy-weapons", location=W_ALEPPO, date=None),
        # ¶6: the UN coordinator's demand; the feared repetition optional (hypothetical)
        E(True, ["REQUEST"], [6], "وطالب", ["asserted"], source=UN_COORDINATOR, date=TODAY_OR_EVE),
        E(False, ["ASSAULT"], [6], "استهداف", ["hypothetical"], date=None),
        # ¶7 (the hospital) holds no event. ¶8: the Civil Defence and MSF moving the patients together
        E(True, ["COOPERATE"], [8], "ونسّقت", ["asserted"], source=PATIENT_TRANSFER,
          recipient=PATIENT_TRANSFER, location=DARAT_IZZA, date=TODAY_OR_EVE),
        # ¶9: WHO supplies brought to the field hospital of Darat Izza
        E(True, ["AID"], [9], "وأدخلت", ["asserted"], mode="humanitarian", source=WHO,
          location=DARAT_IZZA_HOSPITAL, date=TODAY),
        # ¶10: a Turkish post said to be evacuated (rumoured; a silence closes it)
        E(True, ["RETREAT"], [10], "إخلاء", ["rumored", "planned"], mode="withdraw", source=TURKISH_ARMY,
          location=TURKISH_POST, date=None, attribution=["مجموعات «واتساب» في المنطقة"]),
        # ¶11: the doctors' union's solidarity; the health workers' minute of silence optional
        E(True, ["SUPPORT"], [11], "تضامنها", ["asserted"], source=DOCTORS_UNION, recipient=HOSPITAL_STAFF,
          date=TODAY_OR_EVE),
        E(False, ["PROTEST"], [11], "وقف", ["asserted"], mode="demo", source=HEALTH_WORKERS,
          date=TODAY_OR_EVE, acled=PEACEFUL),
        # ¶12 (adverbial first): the threat in the Russian reconciliation centre's daily briefing; its charge
        # against HTS optional
        E(True, ["THREATEN"], [12], "توعّد", ["asserted"], mode="violence", source=RUSSIAN_CENTRE,
          location=DEESCALATION_ZONE, date=TODAY_OR_EVE),
        E(False, ["ACCUSE"], [12], "واتهم", ["asserted"], source=RUSSIAN_CENTRE, recipient=HTS,
          date=TODAY_OR_EVE),
        # ¶13: the hospital's administration refuses the council's offer; the offer optional
        E(True, ["REJECT"], [13], "ورفضت", ["asserted"], source=HOSPITAL_ADMIN, recipient=ATARIB_COUNCIL,
          location=ATARIB, date=TODAY_OR_EVE),
        E(False, ["AGREE"], [13], "عرضاً", ["asserted"], source=ATARIB_COUNCIL, recipient=HOSPITAL_ADMIN,
          location=ATARIB, date=TODAY_OR_EVE),
        # ¶14 (a verb of failure): no emergency session of the Security Council (negated); the closed
        # consultations and the European request optional
        E(True, ["CONSULT"], [14], "جلسة", ["negated"], mode="multilateral", source=UNSC, date=TODAY_OR_EVE,
          attribution=["دبلوماسي غربي"]),
        E(False, ["CONSULT"], [14], "بمشاورات", ["asserted"], mode="multilateral", source=UNSC,
          date=TODAY_OR_EVE),
        E(False, ["REQUEST"], [14], "طلب", ["asserted"], source=EU_STATES, recipient=UNSC, date=TODAY_OR_EVE),
        # ¶15 (verb first, the shortest): a Turkish convoy to the post near al-Atarib
        E(True, ["MOBILIZE"], [15], "رتل", ["asserted"], mode="troops", source=TURKISH_CONVOY,
          location=TURKISH_POST, date=TODAY, attribution=["مراسل «شريان»"], acled=OTHER),
        # ¶16: a health workers' strike due «يوم الجمعة المقبل» (planned)
        E(True, ["PROTEST"], [16], "إضراباً", ["planned"], mode="strike", source=HEALTH_STRIKERS,
          location=W_ALEPPO, date=D("2021-03-26")),
        # ¶17 (a surgeon) holds no event.
    ],
)
