"""Gold of article 466: Jabal al-Turkman, Kabani, Salma, Rabia (the northern Latakia countryside), a Syrian
Turkmen opposition news website, 2016-02-17 (Wed)."""
from actors_places import (
    AFAD,
    AIN_BAYDA,
    COASTAL_2ND,
    COASTAL_THREAT_TARGET,
    DESERT_HAWKS,
    FAMILIES_IN_OPEN,
    HILL_RETAKEN,
    HILLS_CLASH,
    KABANI,
    KABANI_CIVILIANS,
    KABANI_TURKMAN,
    KHIRBET_JOUZ,
    LATAKIA_CS,
    LATAKIA_FACTIONS,
    RABIA_LATAKIA,
    RABIA_MEDICS,
    REGIME_SOURCE,
    RUS_AIR,
    RUSSIA,
    SALMA,
    SALMA_CLASH_TARGET,
    STRANDED_FAMILIES,
    SY_REGIME,
    TR_AUTHORITIES,
    TURKMEN_ASSEMBLY,
    UN_AND_TURKEY,
    WARPLANES,
    WOUNDED_37,
    YAMADIYAH,
)
from common import AIR, CLASH, SHELL, D, E, paras_of

SLUG = "latakia_2016_kabani_jabal_turkman_border"
TODAY = D("2016-02-17")
YESTERDAY = D("2016-02-16")
LAST_NIGHT = D("2016-02-16", "day", ("2016-02-16", "2016-02-17"))
ARTICLE = dict(
    id="team94-466", slug=SLUG, published="2016-02-17",
    outlet="Afaq al-Turkman, a Syrian Turkmen opposition news website (fictional)",
    paras=paras_of(f"466_{SLUG}.txt"),
    events=[
        # ¶1 (no dateline; «جبل التركمان» in the first sentence): two hilltops taken after a five-hour
        # clash yesterday at dawn (one two-sided fight; the Russian air cover is part of it, not an event)
        E(True, ["ASSAULT"], [1], "سيطرت", ["asserted"], mode="firearms",
          source=HILLS_CLASH, location=KABANI_TURKMAN, date=YESTERDAY,
          attribution=["مراسل «آفاق التركمان»"], acled=CLASH),
        # the main event, in ¶2 after the hills (not first in the lead): two Russian air strikes on a truck of
        # displaced families near Kabani, the time told after the act («، وذلك قرابة الحادية عشرة»); the
        # state agency's and the Russian ministry's version 3, the burial 17; the headline 0 → 6
        E(True, ["ASSAULT"], [0, 2, 3, 17], "بغارتين", ["asserted"], mode="aerial",
          source=RUS_AIR, recipient=KABANI_CIVILIANS, location=KABANI, date=TODAY, fatalities=6,
          attribution=["متطوع في فريق «الدفاع المدني»"], acled=AIR, tpara=2),
        # ¶3: «عشرات الطلعات» over the countryside is an aggregate of sorties (optional, generic)
        E(False, ["ASSAULT"], [3], "الطلعات", ["generic", "reported"], mode="aerial",
          source=RUS_AIR, location=LATAKIA_CS, date=None),
        # paragraph 4 (the families who left in ten days: an aggregate) holds no event
        # ¶5: one hilltop retaken yesterday evening, told by the faction («عدد من» → 3) and denied by the
        # government side (the denial optional REJECT)
        E(True, ["ASSAULT"], [5], "استعادوا", ["reported", "asserted"], mode="firearms",
          source=HILL_RETAKEN, location=KABANI_TURKMAN, date=YESTERDAY, fatalities=3,
          attribution=["بيان «الفرقة الساحلية الثانية»"], acled=CLASH),
        E(False, ["REJECT"], [5], "نفى", ["asserted"],
          source=REGIME_SOURCE, date=TODAY),
        # ¶6, one sentence, two events: the border gate not opened to the families (core, negated) and the
        # thirty-seven wounded let through yesterday at noon (RETREAT, access)
        E(True, ["RETREAT"], [6], "تفتح", ["negated"], mode="access",
          source=TR_AUTHORITIES, recipient=STRANDED_FAMILIES, location=YAMADIYAH, date=TODAY),
        E(True, ["RETREAT"], [6], "بالسماح", ["asserted", "reported"], mode="access",
          source=TR_AUTHORITIES, recipient=WOUNDED_37, location=YAMADIYAH, date=YESTERDAY,
          attribution=["مسؤول في إدارة المخيمات"]),
        # ¶7: rockets on the edge of a camp, told only by local pages and unconfirmed (rumoured); «من دون أن
        # يعثروا على آثار سقوط» negates nothing
        E(True, ["ASSAULT"], [7], "سقوط قذائف صاروخية", ["rumored", "reported"], mode="heavy-weapons",
          location=AIN_BAYDA, date=LAST_NIGHT, attribution=["صفحات محلية"]),
        # ¶8 (verb–subject–object): reinforcements toward Salma since last night; the purpose («تمهيداً …
        # لتوسيع الهجوم») is no event
        E(True, ["MOBILIZE"], [8], "ودفعت", ["asserted"], mode="troops",
          source=DESERT_HAWKS, location=SALMA, date=LAST_NIGHT, attribution=["مصدر ميداني"]),
        # ¶9 (subject, long parenthetical, verb): a demand and an accusation joined with «و» and a second
        # verb; «فتح ممر آمن» is the demand's content, no event
        E(True, ["REQUEST"], [9], "طالب", ["asserted"],
          source=TURKMEN_ASSEMBLY, recipient=UN_AND_TURKEY, date=TODAY),
        E(True, ["ACCUSE"], [9], "واتهم", ["asserted"],
          source=TURKMEN_ASSEMBLY, recipient=RUSSIA, date=TODAY),
        # ¶10: a conditional threat (asserted); the rocket fire it threatens is hypothetical (optional)
        E(True, ["THREATEN"], [10], "وتوعّدت", ["asserted"], mode="violence",
          source=COASTAL_2ND, recipient=COASTAL_THREAT_TARGET, location=LATAKIA_CS, date=TODAY),
        E(False, ["ASSAULT"], [10], "باستهداف", ["hypothetical"], mode="heavy-weapons",
          source=COASTAL_2ND, recipient=COASTAL_THREAT_TARGET, location=LATAKIA_CS, date=None),
        # ¶11: AFAD's tents due on Friday (planned AID)
        E(True, ["AID"], [11], "نصب", ["planned"], mode="humanitarian",
          source=AFAD, recipient=FAMILIES_IN_OPEN, location=KHIRBET_JOUZ, date=D("2016-02-19"),
          attribution=["منسق في المجلس التركماني"]),
        # paragraph 12 (the mountain's villages: a description) holds no event
        # background at another place, in «وكان … قد»: a field hospital in Rabia bombed on 16 January (3); the
        # town's capture days later, in a relative clause, is optional and undated
        E(True, ["ASSAULT"], [13], "قصفت", ["historical", "asserted"], mode="aerial",
          source=WARPLANES, recipient=RABIA_MEDICS, location=RABIA_LATAKIA, date=D("2016-01-16"),
          fatalities=3, acled=AIR),
        E(False, ["ASSAULT"], [13], "سيطرة", ["historical"], mode="firearms",
          source=SY_REGIME, location=RABIA_LATAKIA, date=None),
        # ¶14: Grad rockets on government positions at Salma «من دون أن ترد أنباء عن إصابات» (asserted)
        E(True, ["ASSAULT"], [14], "استهدفت", ["asserted", "reported"], mode="heavy-weapons",
          source=LATAKIA_FACTIONS, recipient=SALMA_CLASH_TARGET, location=SALMA, date=TODAY,
          attribution=["ناشطين"], acled=SHELL),
        # paragraphs 15 (daily strikes since the start of the year: generic) and 16 (a displaced man's words)
        # hold no event; ¶17, the burial, is a paragraph of the main event
    ],
)
