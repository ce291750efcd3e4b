"""Gold of article 319: al-Mutaibija (al-Adheem), the Hamrin mountains, al-Muqdadiyah, Baqubah, the
Baghdad–Kirkuk road and Jalawla (Diyala, Iraq), an Iraqi local news agency, 2023-03-16 (Thu)."""
from actors_places import (
    ADHEEM_PROTESTERS,
    BAGHDAD_KIRKUK_ROAD,
    BAQUBAH,
    BAQUBAH_TAHRIR,
    DAKKA_PARTICIPANTS,
    DAKKA_SUSPECTS,
    DIYALA_GOVERNOR,
    DIYALA_MP,
    DIYALA_OPS,
    DIYALA_POLICE,
    DIYALA_SHEIKHS,
    GOV_SHEIKHS,
    HAMRIN,
    HAMRIN_ISIS,
    IQ_AIR,
    IQ_FED_GOV,
    ISIS_DIYALA,
    JALAWLA,
    JALAWLA_POLICEMAN,
    JOC_DELEGATION,
    MUQDADIYAH,
    MUTAIBIJA,
    PMF_POST,
    POWERFUL_PARTIES,
    RASHAD,
    TAHRIR_FAMILY,
    UNKNOWN,
)
from common import AGREEMENT, AIR, ARREST, ATTACK, CLASH, MINE, PEACEFUL, D, E, paras_of

SLUG = "diyala_2023_mutaibija_adheem_hamrin_baqubah_jalawla"
TODAY = D("2023-03-16")
LAST_NIGHT = D("2023-03-15", "day", ("2023-03-15", "2023-03-16"))
OCT_2021 = D("2021-10-26", "month", ("2021-10-01", "2021-10-31"))
ARTICLE = dict(
    id="team64-319", slug=SLUG, published="2023-03-16",
    outlet="Hamrin News Agency Diyala local agency (fictional)",
    paras=paras_of(f"319_{SLUG}.txt"),
    events=[
        # the ISIS attack on a PMF post at al-Mutaibija «فجر اليوم الخميس»: headline 0 («استشهاد منتسبَين»),
        # lead 1 (the Security Media Cell: two), ¶2 (the post «fought the attackers and forced them to flee»:
        # the same fight) and the follow-up 5 (the brigade mourns three, the third dead in hospital; a tribal
        # sheikh: four) → 2 vs 3 vs 4 → 2
        E(True, ["ASSAULT"], [0, 1, 2, 5], "بهجوم شنّته", ["asserted", "reported"], mode="firearms",
          source=ISIS_DIYALA, recipient=PMF_POST, location=MUTAIBIJA, date=TODAY, fatalities=2,
          attribution=["خلية الإعلام الأمني", "الإعلام الحربي للواء", "أحد شيوخ العشائر في العظيم"],
          acled=CLASH, tpara=1),
        # the Iraqi F-16 strikes on hideouts in the Hamrin mountains, hours later, with the Cell's claim of
        # five killed (headline «ضربات جوية»)
        E(True, ["ASSAULT"], [0, 2], "ضربتين جويتين", ["asserted", "reported"], mode="aerial",
          source=IQ_AIR, recipient=HAMRIN_ISIS, location=HAMRIN, date=TODAY, fatalities=5,
          attribution=["خلية الإعلام الأمني"], acled=AIR, tpara=2),
        # paragraph 3 (Diyala's orchards, rivers, people and the Hamrin hills) holds no event
        # a full curfew on al-Muqdadiyah from this evening: rumoured by local sites, denied by the operations
        # command (the panic it says they aim at is content)
        E(True, ["COERCE"], [4], "فرض حظر شامل للتجوال", ["rumored", "negated"], mode="curfew",
          source=DIYALA_OPS, location=MUQDADIYAH, date=TODAY,
          attribution=["مواقع إخبارية محلية", "قيادة عمليات ديالى"]),
        # one sentence, two events: unknown gunmen's volley on a family's house in Baqubah «ليل أمس» (a tribal
        # «dakka»; «من دون أن يسفر ذلك عن إصابات» negates nothing) and the police's arrest of two of them
        E(True, ["ASSAULT"], [6], "أطلق مسلحون مجهولون", ["asserted", "reported"], mode="firearms",
          source=UNKNOWN, recipient=TAHRIR_FAMILY, location=BAQUBAH_TAHRIR, date=LAST_NIGHT,
          attribution=["مصدر في القيادة"], acled=ATTACK),
        E(True, ["COERCE"], [6], "القبض", ["asserted", "reported"], mode="arrest",
          source=DIYALA_POLICE, recipient=DAKKA_SUSPECTS, location=BAQUBAH_TAHRIR, date=LAST_NIGHT,
          attribution=["مصدر في القيادة"], acled=ARREST),
        # the police chief's vow to pursue and detain anyone in a dakka under the anti-terrorism law (made)
        E(True, ["THREATEN"], [7], "وتوعّد", ["asserted"], mode="arrest",
          source=DIYALA_POLICE, recipient=DAKKA_PARTICIPANTS, date=TODAY),
        # «وكان … قد» of this afternoon: the governor hosts sixty sheikhs (CONSULT) and they agree on an
        # «honour charter» (AGREE, passive «اتُّفق»; headline «وثيقة شرف»); what it bans is content
        E(True, ["CONSULT"], [8], "استضاف", ["asserted"],
          source=DIYALA_GOVERNOR, recipient=DIYALA_SHEIKHS, location=BAQUBAH, date=TODAY),
        E(True, ["AGREE"], [0, 8], "اتُّفق", ["asserted"],
          source=GOV_SHEIKHS, location=BAQUBAH, date=TODAY, acled=AGREEMENT, tpara=8),
        # an MP's accusation of «influential political parties» (the cover and extortion are its content;
        # «من دون أن يسمّي» negates nothing)
        E(True, ["ACCUSE"], [9], "واتهم", ["asserted"],
          source=DIYALA_MP, recipient=POWERFUL_PARTIES, date=TODAY),
        # a Joint Operations Command delegation due in Baqubah on Saturday (planned; the assessment is its
        # purpose) and the sweep of orchards to follow «if needed» (optional, planned and conditional)
        E(True, ["CONSULT"], [10], "يصل", ["planned"], mode="visit",
          source=JOC_DELEGATION, location=BAQUBAH, date=D("2023-03-18")),
        E(False, ["MOBILIZE", "COERCE", "ASSAULT"], [10], "عملية واسعة", ["planned", "hypothetical"],
          mode="troops", source=JOC_DELEGATION, location=MUQDADIYAH, date=None),
        # one sentence, two events: the relatives and residents block the Baghdad–Kirkuk road (PROTEST) and
        # ask the federal government for reinforcements (REQUEST; the reinforcements are content)
        E(True, ["PROTEST"], [11], "وقطع", ["asserted"], mode="obstruct",
          source=ADHEEM_PROTESTERS, location=BAGHDAD_KIRKUK_ROAD, date=TODAY, acled=PEACEFUL),
        E(True, ["REQUEST"], [11], "مطالبين", ["asserted"],
          source=ADHEEM_PROTESTERS, recipient=IQ_FED_GOV, location=BAGHDAD_KIRKUK_ROAD, date=TODAY),
        # background at another place: a policeman killed by a roadside bomb near Jalawla «مساء الأحد
        # الماضي» (core, historical, 1; no one is named)
        E(True, ["ASSAULT"], [12], "بانفجار عبوة ناسفة", ["historical", "asserted"], mode="explosives",
          recipient=JALAWLA_POLICEMAN, location=JALAWLA, date=D("2023-03-12"), fatalities=1, acled=MINE),
        # in a relative clause, the attack on al-Rashad in October 2021 and the reprisals after it (optional,
        # historical), and the standing security measures since (optional, generic)
        E(False, ["ASSAULT"], [13], "هجوماً دامياً", ["historical"], mode="firearms",
          location=RASHAD, date=OCT_2021, acled=ATTACK),
        E(False, ["ASSAULT"], [13], "أعمال انتقامية", ["historical"], mode="firearms",
          location=MUQDADIYAH, date=OCT_2021, acled=ATTACK),
        E(False, ["COERCE"], [13], "لإجراءات أمنية مشددة", ["generic"], mode="restrict",
          location=MUQDADIYAH, date=None),
        # paragraphs 14 (seventy dakka incidents last year, settled by tribal «fasl»: an aggregate and a
        # habit) and 15 (al-Mutaibija, hard to sweep: a description) hold no event
    ],
)
