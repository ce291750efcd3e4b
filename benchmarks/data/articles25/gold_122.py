"""Gold of article 122: Aleppo (the airport, New Aleppo and al-Hamdaniya, Salah al-Din, Nubl and al-Zahraa, Khan
al-Asal), a Syrian pro-government daily, 2023-07-19 (Wed)."""
from actors_places import (
                           ALEPPO,
                           ALEPPO_AIRPORT,
                           ALEPPO_AIRPORT_T,
                           ALEPPO_GOVERNOR,
                           ALEPPO_ICRC,
                           ALEPPO_POLICE,
                           ALEPPO_PROTESTERS,
                           ALEPPO_SHELTERS,
                           DARAT_IZZA,
                           HTS,
                           HTS_LAUNCH_SITES,
                           ICRC,
                           ISRAEL,
                           KAFR_NAHA_ATARIB,
                           KHAN_ASSAL,
                           KHAN_ASSAL_SOLDIERS,
                           NEW_ALEPPO,
                           NEW_ALEPPO_VICTIMS,
                           NUBL,
                           NUBL_VICTIMS,
                           RU_CENTER,
                           SAA,
                           SAADALLAH,
                           SALAH_DIN,
                           SALAH_DIN_SUSPECTS,
                           SY_MOFA_2023,
                           TURKEY,
                           UN,
                           UNICEF,
                           US_ISRAEL,
)
from common import AIR, ARREST, MINE, PEACEFUL, SHELL, D, E, paras_of

SLUG = "aleppo_airport_new_aleppo_salah_al_din_nubl_khan_al_asal"
ARTICLE = dict(
    id="team25-122", slug=SLUG, published="2023-07-19", outlet="Sawt al-Qalaa daily (fictional)",
    paras=paras_of(f"122_{SLUG}.txt"),
    events=[
        # the Israeli missile strike on Aleppo airport: headline 0, lead 1 (damage only), the follow-up 8 that adds
        # the toll (a maintenance worker died of his wounds) → 1. The protest's and the ministry's «العدوان» (5, 10)
        # are retellings, no new act
        E(True, ["ASSAULT"], [0, 1, 8], "لعدوان جوي إسرائيلي", ["asserted", "reported"], mode="aerial",
          source=ISRAEL, recipient=ALEPPO_AIRPORT_T, location=ALEPPO_AIRPORT, date=D("2023-07-19"), fatalities=1,
          attribution=["سانا عن مصدر عسكري", "مدير صحة حلب"], acled=AIR, tpara=1),
        # one sentence, two events: rockets from the western countryside on two neighbourhoods under one verb (one
        # event; headline 0) and the army's return fire on two towns (one event)
        E(True, ["ASSAULT"], [0, 2], "قذائف صاروخية", ["asserted", "reported"], mode="heavy-weapons",
          source=HTS, recipient=NEW_ALEPPO_VICTIMS, location=NEW_ALEPPO, date=D("2023-07-19"),
          attribution=["مصدر في قيادة شرطة محافظة حلب"], acled=SHELL, tpara=2),
        E(True, ["ASSAULT"], [2], "ردّت وحدات", ["asserted", "reported"], mode="heavy-weapons",
          source=SAA, recipient=HTS_LAUNCH_SITES, location=KAFR_NAHA_ATARIB, date=D("2023-07-19"), acled=SHELL),
        # a bomb found and defused in Salah al-Din (an attack that did not happen: optional) and the arrest of the two
        # young men suspected of planting it (core)
        E(False, ["ASSAULT"], [3], "عبوة ناسفة", ["negated", "asserted"], mode="explosives",
          source=SALAH_DIN_SUSPECTS, location=SALAH_DIN, date=D("2023-07-19"), acled=MINE),
        E(True, ["COERCE"], [3], "القبض", ["asserted", "reported"], mode="arrest",
          source=ALEPPO_POLICE, recipient=SALAH_DIN_SUSPECTS, location=SALAH_DIN, date=D("2023-07-19"),
          attribution=["مصدر في قيادة الشرطة"], acled=ARREST),
        # a Turkish drone strike on a car between Nubl/al-Zahraa and Tal Rifaat (2 killed)
        E(True, ["ASSAULT"], [4], "استهداف طائرة مسيّرة", ["asserted", "reported"], mode="aerial",
          source=TURKEY, recipient=NUBL_VICTIMS, location=NUBL, date=D("2023-07-19"), fatalities=2,
          attribution=["مراسل صوت القلعة"], acled=AIR),
        # the rally in Saadallah al-Jabiri square («وقفة تنديد»: its purpose, no ACCUSE) and its demand to the UN
        E(True, ["PROTEST"], [5], "واحتشد", ["asserted"], mode="demo",
          source=ALEPPO_PROTESTERS, location=SAADALLAH, date=D("2023-07-19"), acled=PEACEFUL),
        E(True, ["REQUEST"], [5], "وطالب المشاركون", ["asserted"],
          source=ALEPPO_PROTESTERS, recipient=UN, location=SAADALLAH, date=D("2023-07-19")),
        # the governor receives the ICRC head of delegation (host as source) and they agree on the pumping station
        E(True, ["CONSULT"], [6], "واستقبل", ["asserted"], mode="visit",
          source=ALEPPO_GOVERNOR, recipient=ICRC, location=ALEPPO, date=D("2023-07-19")),
        E(True, ["AGREE"], [6], "الاتفاق", ["asserted", "reported"],
          source=ALEPPO_ICRC, location=ALEPPO, date=D("2023-07-19"),
          attribution=["الصفحة الرسمية لمحافظة حلب"]),
        # the Russian centre's tally of violations is an aggregate (no event); its call on Turkey is a REQUEST
        E(True, ["REQUEST"], [7], "ودعا", ["asserted"],
          source=RU_CENTER, recipient=TURKEY, date=D("2023-07-19")),
        # the strike of early March on the same airport, in a relative clause (optional, historical)
        E(False, ["ASSAULT"], [8], "بعد عدوان مماثل", ["historical"], mode="aerial",
          source=ISRAEL, location=ALEPPO_AIRPORT, date=D("2023-03-05", "week", ("2023-03-01", "2023-03-10")),
          acled=AIR),
        # a Turkish convoy into the base near Darat Izza, told only by local sources and left unconfirmed
        E(True, ["MOBILIZE"], [9], "دخول رتل عسكري تركي", ["rumored", "reported"], mode="troops",
          source=TURKEY, location=DARAT_IZZA, date=D("2023-07-18", "day", ("2023-07-18", "2023-07-19")),
          attribution=["مصادر أهلية في الريف الغربي"]),
        # the foreign ministry accuses Washington (and Israel) and threatens a response (made: asserted); the response
        # itself is conditional (optional, hypothetical)
        E(True, ["ACCUSE"], [10], "اتهمت", ["asserted"],
          source=SY_MOFA_2023, recipient=US_ISRAEL, date=D("2023-07-19")),
        E(True, ["THREATEN"], [10], "وهدّدت", ["asserted"], mode="violence",
          source=SY_MOFA_2023, recipient=ISRAEL, date=D("2023-07-19")),
        E(False, ["ASSAULT"], [10], "ستردّ", ["hypothetical"], mode="heavy-weapons",
          recipient=ISRAEL, date=None),
        # paragraph 11 is a generic statement: deliberately NO gold event
        # UNICEF's shipment due on Sunday (planned); the February earthquake is no conflict event
        E(True, ["AID"], [12], "شحنة", ["planned", "reported"], mode="humanitarian",
          source=UNICEF, recipient=ALEPPO_SHELTERS, location=ALEPPO, date=D("2023-07-23"),
          attribution=["لجنة الإغاثة الفرعية في محافظة حلب"]),
        # background: Saturday before a Wednesday, a suicide drone killed three soldiers near Khan al-Asal
        E(True, ["ASSAULT"], [13], "بطائرة مسيّرة انتحارية", ["historical", "asserted", "reported"], mode="aerial",
          source=HTS, recipient=KHAN_ASSAL_SOLDIERS, location=KHAN_ASSAL, date=D("2023-07-15"), fatalities=3,
          attribution=["القيادة العامة للجيش والقوات المسلحة"], acled=AIR),
    ],
)
