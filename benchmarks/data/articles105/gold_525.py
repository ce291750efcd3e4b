"""Gold of article 525: gunmen attacking a nomad camp south of Dilling, killing five herders and
driving off their cattle (main event, told first in the lead; the herders' union counts seven), a
survivor's account and the SPLM-N's denial, an army clash with the raiders, the herders' union's
accusation and demand, the cattle market reopened, the native administration's meeting and
agreement, the young herders' threat, a raid near Habila rumoured and unconfirmed, no force deployed
on the routes, food for the victims' families, the burial, a joint escort due next week, the cattle
looted since the season began, and SPLM-N mortar fire on Kadugli on 21 January 2012 (South Kordofan,
Sudan), a Khartoum-based independent daily newspaper's website, 2012-02-18 (Sat). Dateline «الدلنج –
«الجسر»:» (the town of the event)."""
from actors_places import (
    ARMY_POLICE,
    CATTLE_TRADERS,
    DILLING,
    DILLING_CAMP,
    DILLING_COMMISSIONER,
    DILLING_HILLS,
    DILLING_LOCALITY,
    DILLING_MARKET,
    DILLING_ROUTES,
    GOV_MILITIAS,
    HABILA,
    HABILA_HERDERS,
    HAC,
    HERDER_FAMILIES,
    HERDER_YOUTHS,
    HERDERS,
    HERDERS_UNION,
    KADUGLI,
    KADUGLI_VICTIMS,
    NATIVE_ADMIN,
    PURSUIT_FIGHT,
    RAIDERS,
    SAF,
    SK_AUTHORITIES,
    SK_GOV,
    SK_POLICE,
    SK_SECURITY,
    SK_STATE,
    SPLMN,
)
from common import ATTACK, CLASH, SHELL, D, E, paras_of

SLUG = "kordofan_2012_dilling_habila"
YESTERDAY = D("2012-02-17")
TODAY = D("2012-02-18")
# a statement of the day whose hour the text does not give: today, or the evening before
TODAY_OR_EVE = D("2012-02-18", "day", ("2012-02-17", "2012-02-18"))
ARTICLE = dict(
    id="team105-525", slug=SLUG, published="2012-02-18",
    outlet="Al-Jisr, a Khartoum-based independent daily newspaper's website (fictional)",
    paras=paras_of(f"525_{SLUG}.txt"),
    events=[
        # MAIN EVENT, told first in the lead (dateline Dilling, the town of the event; a passive
        # verb first): gunmen attack a nomad camp, kill five herders and drive off their cattle; a
        # survivor and the herders' union's count of seven ¶2, the SPLM-N's denial ¶3 and the burial
        # ¶13 retell it. The tolls conflict: five per the commissioner, seven per the union → 5. The
        # looting and the commissioner's blame are optional
        E(True, ["ASSAULT"], [0, 1, 2, 3, 13], "هجوم شنّه", ["asserted"], mode="firearms",
          source=RAIDERS, recipient=HERDERS, location=DILLING_CAMP, date=YESTERDAY, fatalities=5,
          attribution=["معتمد محلية الدلنج", "أحد الناجين", "اتحاد الرعاة في المحلية"], acled=ATTACK,
          tpara=1),
        E(False, ["COERCE"], [1], "ونهب", ["asserted"], mode="seize",
          source=RAIDERS, recipient=HERDERS, location=DILLING_CAMP, date=YESTERDAY),
        E(False, ["ACCUSE"], [1], "اتهم", ["asserted"],
          source=DILLING_COMMISSIONER, recipient=SPLMN, date=TODAY_OR_EVE),
        # the police unit that reached the camp two hours after sunrise (optional)
        E(False, ["MOBILIZE"], [1], "قوة من الشرطة", ["asserted"], mode="police",
          source=SK_POLICE, location=DILLING_CAMP, date=YESTERDAY),
        # ¶3: the SPLM-N's denial and counter-blame retell the main event (optional); the army's
        # silence negates nothing
        E(False, ["REJECT"], [3], "نفى", ["asserted"],
          source=SPLMN, date=TODAY_OR_EVE),
        E(False, ["ACCUSE"], [3], "واتهم", ["asserted"],
          source=SPLMN, recipient=GOV_MILITIAS, date=TODAY_OR_EVE),
        # ¶4: an army unit clashes with the raiders near the hills (both sides are sources; SUNA
        # quoted); the cattle recovered are optional
        E(True, ["ASSAULT"], [4], "واشتبكت", ["asserted", "reported"], mode="firearms",
          source=PURSUIT_FIGHT, location=DILLING_HILLS, date=YESTERDAY,
          attribution=["وكالة السودان للأنباء «سونا» عن مصدر عسكري"], acled=CLASH),
        E(False, ["COERCE", "RETREAT"], [4], "واستعادت", ["asserted"], mode="seize",
          source=SAF, location=DILLING_HILLS, date=YESTERDAY),
        # ¶5: the herders' union's accusation of the authorities and its demand to the state
        # government (two verbs joined with «و»)
        E(True, ["ACCUSE"], [5], "واتهم", ["asserted"],
          source=HERDERS_UNION, recipient=SK_AUTHORITIES, date=TODAY_OR_EVE,
          attribution=["مذكرة رفعها إلى حكومة الولاية"]),
        E(True, ["REQUEST"], [5], "وطالب", ["asserted"],
          source=HERDERS_UNION, recipient=SK_GOV, date=TODAY_OR_EVE),
        # the union's «حين تُنهب أبقارهم» is a habit, not one event (optional, generic)
        E(False, ["ASSAULT", "COERCE"], [5], "تُنهب", ["generic"], date=None),
        # ¶6: the ban on the cattle market lifted (CONCEDE); the guard patrol promised is optional
        # and planned
        E(True, ["CONCEDE"], [6], "رفع الحظر", ["asserted"],
          source=SK_SECURITY, recipient=CATTLE_TRADERS, location=DILLING_MARKET, date=YESTERDAY),
        E(False, ["MOBILIZE"], [6], "دورية ثابتة", ["planned"], mode="police",
          source=SK_POLICE, location=DILLING_MARKET, date=None),
        # ¶7 (the routes of the seasonal migration) holds no event. ¶8: the native administration's
        # meeting and agreement (both in either role); the pledge is optional
        E(True, ["CONSULT"], [8], "اجتماعاً", ["asserted"],
          source=NATIVE_ADMIN, recipient=NATIVE_ADMIN, location=DILLING_LOCALITY, date=TODAY),
        E(True, ["AGREE"], [8], "اتفقوا", ["asserted"],
          source=NATIVE_ADMIN, recipient=NATIVE_ADMIN, location=DILLING_LOCALITY, date=TODAY),
        E(False, ["AGREE"], [8], "تعهدا", ["asserted", "planned"],
          source=NATIVE_ADMIN, date=TODAY),
        # ¶9 (subject, a long parenthesis, verb): the young herders' conditional threat; taking the
        # cattle back by force is optional and hypothetical
        E(True, ["THREATEN"], [9], "هدّدوا", ["asserted"], mode="violence",
          source=HERDER_YOUTHS, recipient=SK_AUTHORITIES, date=TODAY_OR_EVE),
        E(False, ["ASSAULT", "COERCE"], [9], "استرداد الأبقار", ["hypothetical"],
          source=HERDER_YOUTHS, date=None),
        # ¶10: another raid near Habila told by word of mouth and neither confirmed nor denied
        # (rumoured, in the night: a range over the two days)
        E(True, ["ASSAULT"], [10], "هجوم آخر", ["rumored"], mode="firearms",
          recipient=HABILA_HERDERS, location=HABILA,
          date=D("2012-02-17", "day", ("2012-02-17", "2012-02-18")),
          attribution=["مجالس المدينة"]),
        # ¶11: no force deployed on the routes (negated MOBILIZE); «عقب الهجوم» is a back-reference
        E(True, ["MOBILIZE"], [11], "تنشر", ["negated"], mode="troops",
          source=SK_AUTHORITIES, location=DILLING_ROUTES, date=TODAY, attribution=["أحد العمد"]),
        # the raid the camps fear will be repeated (optional, hypothetical)
        E(False, ["ASSAULT"], [11], "تكراره", ["hypothetical"], mode="firearms", date=None),
        # ¶12 (short): food and blankets for the victims' families (AID)
        E(True, ["AID"], [12], "ووزّعت", ["asserted"], mode="humanitarian",
          source=HAC, recipient=HERDER_FAMILIES, location=DILLING, date=TODAY),
        # ¶13: the burial belongs to the main event. ¶14: a joint army and police escort due «مطلع
        # الأسبوع المقبل» (planned COOPERATE; both in either role)
        E(True, ["COOPERATE"], [14], "قوة مشتركة", ["planned"],
          source=ARMY_POLICE, recipient=ARMY_POLICE, location=DILLING,
          date=D("2012-02-19", "day", ("2012-02-19", "2012-02-21")),
          attribution=["مصدر في لجنة أمن الولاية"]),
        # ¶15 (the cattle market) holds no event. ¶16: the cattle looted since the season began, an
        # aggregate (optional, generic)
        E(False, ["ASSAULT", "COERCE"], [16], "المنهوبة", ["generic"],
          location=SK_STATE, date=None),
        # ¶17, «وكانت … قد» at another place: SPLM-N mortar fire on Kadugli on 21 January (core,
        # historical; 3 killed)
        E(True, ["ASSAULT"], [17], "قصفت", ["historical", "asserted"], mode="heavy-weapons",
          source=SPLMN, recipient=KADUGLI_VICTIMS, location=KADUGLI, date=D("2012-01-21"), fatalities=3,
          attribution=["حكومة الولاية"], acled=SHELL),
    ],
)
