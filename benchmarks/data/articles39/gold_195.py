"""Gold of article 195: al-Bukamal and the Iraqi border (al-Hari, al-Qaim, the Bukamal–Mayadin road, Hajin), a Syrian
opposition network of the eastern region, 2019-07-17 (Wed)."""
from actors_places import (
                           BK_MAYADIN_ROAD,
                           BK_OLD_MAN,
                           BK_OWNERS,
                           BK_QAIM,
                           BK_YOUTHS,
                           BUKAMAL,
                           COALITION,
                           HAJIN,
                           HAJIN_SUSPECTS,
                           HARI,
                           IR_MILITIAS,
                           IRGC,
                           IRGC_DELEGATION,
                           ISIS,
                           KH,
                           KH_COMMANDER,
                           SDF,
                           SY_CONVOY,
                           SY_IR_FORCES,
                           UNK_JETS,
)
from common import AIR, ARREST, CLASH, OTHER, D, E, paras_of
from goldkit import merge

SLUG = "bukamal_2019_unknown_strikes_iraqi_militias_irgc_house_seizures"
ARTICLE = dict(
    id="team39-195", slug=SLUG, published="2019-07-17", outlet="al-Furat al-Awsat network (fictional)",
    paras=paras_of(f"195_{SLUG}.txt"),
    events=[
        # the dawn strikes by unidentified aircraft on militia depots around al-Bukamal: headline 0, lead 1 (at least
        # 8 killed; the militias' media speak of an accidental blast), the hospital's 10 in 4 → 8; the rumoured Nujaba
        # commander among the dead (4) belongs to the same strike
        E(True, ["ASSAULT"], [0, 1, 4], "استهدفت", ["asserted", "reported"], mode="aerial",
          source=UNK_JETS, recipient=IR_MILITIAS, location=BUKAMAL, date=D("2019-07-17"), fatalities=8,
          attribution=["مراسل الشبكة", "مصادر طبية في مشفى البوكمال"], acled=AIR, tpara=1),
        # Kata'ib Hezbollah buses from al-Qaim to a camp near al-Hari last night; the official crossing's opening
        # «خلال أسابيع» is planned (optional)
        E(True, ["MOBILIZE"], [2], "دخلت", ["reported", "asserted"], mode="troops",
          source=KH, location=HARI, date=D("2019-07-16"), attribution=["صفحة عين على البوكمال"]),
        E(False, ["RETREAT"], [2], "افتتاح", ["planned"], mode="access",
          location=BK_QAIM, date=None),
        # the IRGC takes seven houses of displaced families over the last two days (headline 0), arrests a man who
        # resisted and releases him hours later
        E(True, ["COERCE"], [0, 3], "استولى", ["asserted", "reported"], mode="confiscate",
          source=IRGC, recipient=BK_OWNERS, location=BUKAMAL,
          date=D("2019-07-16", "week", ("2019-07-15", "2019-07-17")), attribution=["مصادر محلية"], acled=OTHER,
          tpara=3),
        E(True, ["COERCE"], [3], "اعتقلوا", ["asserted", "reported"], mode="arrest",
          source=IRGC, recipient=BK_OLD_MAN, location=BUKAMAL,
          date=D("2019-07-16", "week", ("2019-07-15", "2019-07-17")), attribution=["مصادر محلية"], acled=ARREST),
        E(True, ["RETREAT"], [3], "وأطلقوا سراحه", ["asserted", "reported"], mode="release",
          source=IRGC, recipient=BK_OLD_MAN, location=BUKAMAL,
          date=D("2019-07-16", "week", ("2019-07-15", "2019-07-17")), attribution=["مصادر محلية"]),
        # after the strikes: a curfew near the struck sites and a raid campaign with nine arrests (one COERCE)
        E(True, ["COERCE"], [4], "حظر تجوال", ["asserted"], mode="curfew",
          source=IR_MILITIAS, location=BUKAMAL, date=D("2019-07-17")),
        E(True, ["COERCE"], [4], "اعتقلت", ["asserted"], mode="arrest",
          source=IR_MILITIAS, recipient=BK_YOUTHS, location=BUKAMAL, date=D("2019-07-17"), acled=ARREST),
        # the ISIS attack on an army convoy on the Bukamal–Mayadin road last night (6 per military sources, Amaq's
        # «more than ten» → 6); the SDF arrests in Hajin with coalition helicopters (the support optional)
        E(True, ["ASSAULT"], [5], "بهجوم شنّته", ["asserted", "reported"], mode="firearms",
          source=ISIS, recipient=SY_CONVOY, location=BK_MAYADIN_ROAD, date=D("2019-07-16"), fatalities=6,
          attribution=["ناشطون عن مصادر عسكرية", "وكالة أعماق"], acled=CLASH),
        E(True, ["COERCE"], [5], "اعتقلت", ["asserted"], mode="arrest",
          source=SDF, recipient=HAJIN_SUSPECTS, location=HAJIN, date=D("2019-07-16"), acled=ARREST),
        E(False, ["COOPERATE"], [5], "بمساندة مروحيات", ["asserted"],
          source=merge(SDF, COALITION), location=HAJIN, date=D("2019-07-16")),
        # paragraph 6 (prices, checkpoints, posters) is generic: deliberately NO gold event
        # the 2017 takeover (optional, historical; the repeated strikes since then are an aggregate, no event); an
        # IRGC delegation's visit expected next week (planned); a KH commander's threat in a voice message
        E(False, ["ASSAULT", "COERCE"], [7], "سيطرت", ["historical"], mode="seize",
          source=SY_IR_FORCES, recipient=ISIS, location=BUKAMAL,
          date=D("2017-11-15", "month", ("2017-11-01", "2017-11-30"))),
        E(True, ["CONSULT"], [7], "زيارة مرتقبة", ["planned", "reported"], mode="visit",
          source=IRGC_DELEGATION, location=BUKAMAL, date=D("2019-07-24", "week", ("2019-07-20", "2019-07-28")),
          attribution=["مصادر خاصة للشبكة"]),
        E(True, ["THREATEN"], [7], "هدّد", ["asserted", "reported"], mode="violence",
          source=KH_COMMANDER, date=None, attribution=["تسجيل صوتي على واتساب"]),
    ],
)
