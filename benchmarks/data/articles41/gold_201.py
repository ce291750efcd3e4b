"""Gold of article 201: Harem and Salqin (Kafr Takharim, Armanaz, Atmeh), an Idlib opposition news site, 2017-09-27
(Wed). No dateline."""
from actors_places import (
    AHRAR_COMMANDER,
    ARMANAZ,
    ARMANAZ_TRADER,
    ATMEH,
    HAREM,
    HAREM_ACTIVISTS,
    HAREM_BORDER,
    HAREM_NOTABLES,
    HAREM_PROTESTERS,
    HAREM_RESIDENTS,
    HTS_201,
    HUMANITARIAN_ORGS,
    KAFR_TAKHARIM,
    KIDNAPPERS,
    OLIVE_PRESS,
    RU_AIR,
    RUSSIA,
    SALQIN,
    SALQIN_COUNCIL,
    SALQIN_HAREM_ROAD,
    SALQIN_HOSPITAL,
    SALQIN_MARKET_VICTIMS,
    TR_ARMY,
    TR_RED_CRESCENT,
    TRADER_FAMILY,
    TURKEY_UN,
    UNKNOWN_CELL,
)
from common import ABDUCTION, AGREEMENT, AIR, ARREST, ATTACK, PEACEFUL, D, E, paras_of

SLUG = "harem_salqin_2017_market_strike_checkpoint_arrests"
ARTICLE = dict(
    id="team41-201", slug=SLUG, published="2017-09-27", outlet="Nafidhat Harem news site (fictional)",
    paras=paras_of(f"201_{SLUG}.txt"),
    events=[
        # the Russian strikes on Salqin's market «ظهر أمس الثلاثاء»: headline 0, lead 1 (the correspondent: 9), the
        # hospital's wounded 9, the survivor's account and the council's toll 10 (12) → the lowest number, 9; the
        # second strike on the rescuers minutes later is the same raid
        E(True, ["ASSAULT"], [0, 1, 9, 10], "غارات جوية", ["asserted", "reported"], mode="aerial",
          source=RU_AIR, recipient=SALQIN_MARKET_VICTIMS, location=SALQIN, date=D("2017-09-26"), fatalities=9,
          attribution=["مراسل «نافذة حارم»", "مدير المشفى", "المجلس المحلي لمدينة سلقين"], acled=AIR, tpara=1),
        # the arrest of two media activists at an HTS checkpoint «مساء الإثنين» (headline 0; the confiscation is part
        # of it) and the beating the coordination page tells of
        E(True, ["COERCE"], [0, 2], "اعتقل", ["asserted", "reported"], mode="arrest",
          source=HTS_201, recipient=HAREM_ACTIVISTS, location=HAREM, date=D("2017-09-25"),
          attribution=["تنسيقية مدينة حارم"], acled=ARREST, tpara=2),
        E(True, ["ASSAULT"], [2], "انهالوا على أحدهما بالضرب", ["reported", "asserted"], mode="beat",
          source=HTS_201, recipient=HAREM_ACTIVISTS, location=HAREM, date=D("2017-09-25"),
          attribution=["تنسيقية مدينة حارم"], acled=ATTACK),
        # the sit-in before the HTS court «عصر أمس الثلاثاء»; its demand is a participle (optional)
        E(True, ["PROTEST"], [3], "وقفة احتجاجية", ["asserted"], mode="demo",
          source=HAREM_PROTESTERS, location=HAREM, date=D("2017-09-26"), attribution=["ناشطون"], acled=PEACEFUL),
        E(False, ["REQUEST"], [3], "ومطالبين", ["asserted"],
          source=HAREM_PROTESTERS, recipient=HTS_201, location=HAREM, date=D("2017-09-26")),
        # the HTS security official: accusation of the two detainees and rejection of the protesters' demand (no day:
        # between the sit-in and publication)
        E(True, ["ACCUSE"], [4], "واتهمهما", ["asserted", "reported"],
          source=HTS_201, recipient=HAREM_ACTIVISTS, date=D("2017-09-26", "day", ("2017-09-26", "2017-09-27")),
          attribution=["قناة مقربة من الهيئة على «تلغرام»"]),
        E(True, ["REJECT"], [4], "رافضاً", ["asserted", "reported"],
          source=HTS_201, recipient=HAREM_PROTESTERS, date=D("2017-09-26", "day", ("2017-09-26", "2017-09-27")),
          attribution=["قناة مقربة من الهيئة على «تلغرام»"]),
        # paragraph 5 is background on Salqin's market: deliberately NO gold event
        # leaked news of Turkish troops massing across the border from Harem (rumoured); the Astana agreement recalled
        # in a relative clause (optional, historical); the officers' meetings near Atmeh, denied (optional, rumoured)
        E(True, ["MOBILIZE"], [6], "حشود عسكرية تركية", ["rumored", "reported"], mode="troops",
          source=TR_ARMY, location=HAREM_BORDER, date=D("2017-09-27", "day", ("2017-09-26", "2017-09-27")),
          attribution=["أنباء متسربة"]),
        E(False, ["AGREE"], [6], "اتفاق «خفض التصعيد»", ["historical", "asserted"],
          date=D("2017-09-15", "week", ("2017-09-11", "2017-09-18")), acled=AGREEMENT),
        E(False, ["CONSULT"], [6], "اجتماعات", ["rumored", "reported", "negated"],
          source=TR_ARMY, recipient=HTS_201, location=ATMEH, date=None),
        # a probable Russian jet on Kafr Takharim «فجر اليوم الأربعاء»: property destroyed, no casualties
        E(True, ["ASSAULT"], [7], "استهدفت طائرة حربية", ["asserted", "reported"], mode="aerial",
          source=RU_AIR, recipient=OLIVE_PRESS, location=KAFR_TAKHARIM, date=D("2017-09-27"),
          attribution=["مراصد الطيران"], acled=AIR),
        # a livestock trader abducted «مساء الأحد الماضي»; the kidnappers' ransom demand «صباح اليوم» and their
        # threat (optional); the rise in kidnappings is a generic statement (no event)
        E(True, ["ASSAULT"], [8], "اختطف", ["asserted", "reported"], mode="abduct",
          source=KIDNAPPERS, recipient=ARMANAZ_TRADER, location=SALQIN_HAREM_ROAD, date=D("2017-09-24"),
          attribution=["أحد أقاربه"], acled=ABDUCTION),
        E(True, ["REQUEST"], [8], "وطالبوها بفدية", ["reported", "asserted"],
          source=KIDNAPPERS, recipient=TRADER_FAMILY, date=D("2017-09-27"), attribution=["أحد أقاربه"]),
        E(False, ["THREATEN"], [8], "مهددين بتصفيته", ["reported", "asserted"], mode="violence",
          source=KIDNAPPERS, recipient=TRADER_FAMILY, date=D("2017-09-27")),
        # the Turkish Red Crescent's medical convoy to Salqin's field hospital «صباح اليوم»
        E(True, ["AID"], [9], "قافلة مساعدات طبية", ["asserted", "reported"], mode="humanitarian",
          source=TR_RED_CRESCENT, recipient=SALQIN_HOSPITAL, location=SALQIN, date=D("2017-09-27"),
          attribution=["مدير المشفى"]),
        # the Salqin council's statement «مساء أمس»: condemnation and blame of Russia, demand to Turkey and the UN;
        # its call on humanitarian organisations (optional)
        E(True, ["ACCUSE"], [11], "وأدان", ["asserted"],
          source=SALQIN_COUNCIL, recipient=RUSSIA, location=SALQIN, date=D("2017-09-26"),
          attribution=["المجلس المحلي لمدينة سلقين"]),
        E(True, ["REQUEST"], [11], "وطالب الجانب التركي", ["asserted"],
          source=SALQIN_COUNCIL, recipient=TURKEY_UN, location=SALQIN, date=D("2017-09-26"),
          attribution=["المجلس المحلي لمدينة سلقين"]),
        E(False, ["REQUEST"], [11], "داعياً", ["asserted"],
          source=SALQIN_COUNCIL, recipient=HUMANITARIAN_ORGS, date=D("2017-09-26")),
        # background: the market struck in the winter of 2016 and the regime forces' exit late in 2012 (optional,
        # historical); the repeated shelling is generic
        E(False, ["ASSAULT"], [12], "غارات مماثلة", ["historical"], mode="aerial",
          location=SALQIN, date=None, fatalities=20, acled=AIR),
        E(False, ["RETREAT", "ASSAULT"], [12], "خروج قوات النظام", ["historical"], mode="withdraw",
          location=SALQIN, date=D("2012-11-15", "month", ("2012-10-01", "2012-12-31"))),
        # a former Ahrar al-Sham commander found shot near Armanaz «صباح اليوم» (left home «مساء أمس»); the
        # «third in a month» is an aggregate
        E(True, ["ASSAULT"], [13], "عملية اغتيال", ["asserted", "reported"], mode="assassinate",
          source=UNKNOWN_CELL, recipient=AHRAR_COMMANDER, location=ARMANAZ,
          date=D("2017-09-27", "day", ("2017-09-26", "2017-09-27")), fatalities=1, attribution=["ناشطون"],
          acled=ATTACK),
        # the notables' meeting with HTS «يوم الجمعة المقبل» (planned); the return to the street if it fails
        # (optional, hypothetical)
        E(True, ["CONSULT"], [14], "أن يلتقي وفد", ["planned", "reported"], mode="visit",
          source=HAREM_NOTABLES, recipient=HTS_201, location=HAREM, date=D("2017-09-29"),
          attribution=["أحد أعضاء الوفد"]),
        E(False, ["PROTEST"], [14], "سيعودون إلى الشارع", ["hypothetical"], mode="demo",
          source=HAREM_RESIDENTS, location=HAREM, date=None),
    ],
)
