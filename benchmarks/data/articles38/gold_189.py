"""Gold of article 189: Sarmada and the Turkish border (Atmeh, ad-Dana, Bab al-Hawa, Kafr Lusin), a local news site of
northern Idlib, 2020-07-23 (Thu)."""
from actors_places import (
    ATMEH,
    ATMEH_IDPS,
    BAB_HAWA,
    BAB_HAWA_ADMIN,
    BORDER_YOUTH,
    DANA,
    HTS,
    KAFR_LUSIN,
    MEDIA_ACTIVIST,
    PATIENTS,
    REGIME_CELLS,
    SALVATION_GOV,
    SARMADA,
    SARMADA_DANA,
    SARMADA_JUNE_VICTIMS,
    SARMADA_ROUNDABOUT,
    SARMADA_SUSPECTS,
    SARMADA_VICTIMS,
    SRC,
    TR_ARMY,
    TR_GENDARMERIE,
    UNKNOWN,
    UNSC,
    WFP_WHO,
)
from common import ARREST, ATTACK, MINE, D, E, paras_of

SLUG = "sarmada_2020_motorbike_bomb_atmeh_bab_al_hawa_kafr_lusin"
ARTICLE = dict(
    id="team38-189", slug=SLUG, published="2020-07-23", outlet="al-Hudud news network (fictional)",
    paras=paras_of(f"189_{SLUG}.txt"),
    events=[
        # yesterday evening's motorbike bomb in Sarmada: headline 0, lead 1 (the civil defence: 2 killed), the
        # correspondent's details 9 (the victims; nobody claimed it) → 2; the rescue and the fire are no events
        E(True, ["ASSAULT"], [0, 1, 9], "بانفجار دراجة نارية مفخخة", ["asserted", "reported"], mode="explosives",
          source=UNKNOWN, recipient=SARMADA_VICTIMS, location=SARMADA, date=D("2020-07-22"), fatalities=2,
          attribution=["الدفاع المدني السوري", "مراسل الشبكة"], acled=MINE, tpara=1),
        # a young man shot dead by the gendarmerie near the Atmeh camps at dawn (headline 0); the handover of his body
        # through Bab al-Hawa is no separate event
        E(True, ["ASSAULT"], [0, 2], "برصاص عناصر الجندرما التركية", ["asserted", "reported"], mode="firearms",
          source=TR_GENDARMERIE, recipient=BORDER_YOUTH, location=ATMEH, date=D("2020-07-23"), fatalities=1,
          attribution=["ناشطون من المخيمات"], acled=ATTACK, tpara=2),
        # HTS's General Security raids in Sarmada and ad-Dana last night, three arrests (one COERCE)
        E(True, ["COERCE"], [3], "واعتقل", ["asserted", "reported"], mode="arrest",
          source=HTS, recipient=SARMADA_SUSPECTS, location=SARMADA_DANA,
          date=D("2020-07-22", "day", ("2020-07-22", "2020-07-23")), attribution=["مصادر محلية"], acled=ARREST),
        # the crossing's administration suspends the entry of non-emergency patients into Turkey (COERCE restrict);
        # its assurance that trucks and convoys continue is no event
        E(True, ["COERCE"], [4], "تعليق دخول", ["asserted"], mode="restrict",
          source=BAB_HAWA_ADMIN, recipient=PATIENTS, location=BAB_HAWA, date=D("2020-07-23")),
        # 43 UN trucks through Bab al-Hawa yesterday; the Security Council's recent decision that cut the crossings
        # (optional, historical)
        E(True, ["AID"], [5], "ودخلت", ["asserted"], mode="humanitarian",
          source=WFP_WHO, location=BAB_HAWA, date=D("2020-07-22")),
        E(False, ["COERCE", "AGREE"], [5], "قلّص", ["historical"], mode="restrict",
          source=UNSC, location=BAB_HAWA, date=D("2020-07-11", "week", ("2020-07-08", "2020-07-14"))),
        # the IDPs' protest at the Salvation Government's office, their demand, and HTS's shots in the air to
        # disperse them (no injuries: the act is not negated)
        E(True, ["PROTEST"], [6], "وقفة احتجاجية", ["asserted", "reported"], mode="demo",
          source=ATMEH_IDPS, recipient=SALVATION_GOV, location=ATMEH, date=D("2020-07-23"),
          attribution=["أحد المشاركين"]),
        E(True, ["REQUEST"], [6], "وطالبوا", ["asserted"],
          source=ATMEH_IDPS, recipient=SALVATION_GOV, location=ATMEH, date=D("2020-07-23")),
        E(True, ["COERCE", "ASSAULT"], [6], "الرصاص في الهواء", ["asserted", "reported"], mode="restrict",
          source=HTS, recipient=ATMEH_IDPS, location=ATMEH, date=D("2020-07-23"), attribution=["أحد المشاركين"]),
        # paragraph 7: Sarmada's markets and the Turkish lira, no event
        # a Turkish column through Kafr Lusin towards Jabal al-Zawiya
        E(True, ["MOBILIZE"], [8], "رتل عسكري تركي", ["asserted"], mode="troops",
          source=TR_ARMY, location=KAFR_LUSIN, date=D("2020-07-23"), attribution=["مراسل الشبكة"]),
        # HTS-linked accounts blame regime cells for the bomb; the activists' reading is no event
        E(True, ["ACCUSE"], [9], "اتهمت", ["asserted", "reported"],
          source=HTS, recipient=REGIME_CELLS, location=SARMADA,
          date=D("2020-07-23", "day", ("2020-07-22", "2020-07-23"))),
        # the rumoured arrest of a media activist near ad-Dana, denied by a General Security source; his «summons for
        # a talk» (optional)
        E(True, ["COERCE"], [10], "اعتقال", ["rumored", "negated", "reported"], mode="arrest",
          source=HTS, recipient=MEDIA_ACTIVIST, location=DANA,
          date=D("2020-07-22", "day", ("2020-07-19", "2020-07-22")),
          attribution=["صفحات محلية", "مصدر في الجهاز"], acled=ARREST),
        E(False, ["CONSULT", "COERCE"], [10], "استُدعي", ["reported"],
          source=HTS, recipient=MEDIA_ACTIVIST, date=None),
        # background: the car bomb of 9 June near the town's roundabout (4 killed); the recurring attacks are generic
        E(True, ["ASSAULT"], [11], "انفجار سيارة مفخخة", ["historical", "asserted"], mode="explosives",
          recipient=SARMADA_JUNE_VICTIMS, location=SARMADA_ROUNDABOUT, date=D("2020-06-09"), fatalities=4,
          acled=MINE),
        # the Response Coordinators' demand to the Security Council (the warning is hypothetical, no event)
        E(True, ["REQUEST"], [12], "طالب", ["asserted"],
          source=SRC, recipient=UNSC, date=D("2020-07-23")),
    ],
)
