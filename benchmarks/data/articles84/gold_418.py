"""Gold of article 418: Ramadi central prison, Albu Faraj, the Ramadi–Hit road and Hit (Anbar), an Iraqi
human-rights monitoring centre's news site, 2019-07-22 (Mon)."""
from actors_places import (
    ABU_GHRAIB,
    ABU_GHRAIB_PRISON,
    ANBAR,
    ANBAR_MPS,
    ANBAR_OPS,
    ANBAR_POLICE,
    ANBAR_POLICE_CMD,
    BAGHDAD,
    BU_FARAJ,
    FOUR_GUARDS,
    HIT,
    HIT_GUNMEN,
    HIT_POLICE,
    HR_COMMITTEE,
    INMATES,
    INMATES_FAMILIES,
    ISIS,
    JUSTICE_MINISTER,
    JUSTICE_SPOKESMAN,
    PARLIAMENT_PRESIDENCY,
    POLICE_ESCAPEES,
    PRISON_ADMIN,
    PRISON_DIRECTOR,
    PRISON_GUARDS,
    RAMADI_HIT_ROAD,
    RAMADI_NORTH,
    RAMADI_PRISON,
    SECURITY_FORCES,
    SIX_ESCAPEES,
    STRIKERS,
    THREE_ESCAPEES,
    TRIBAL_HASHD,
    TWO_ESCAPEES,
)
from common import ARREST, CLASH, PEACEFUL, RIOT, D, E, paras_of

SLUG = "anbar_2019_ramadi_hit_prison_break"
TODAY = D("2019-07-22")
NIGHT = D("2019-07-22", "day", ("2019-07-21", "2019-07-22"))
ARTICLE = dict(
    id="team84-418", slug=SLUG, published="2019-07-22",
    outlet="Marsad al-Damir, an Iraqi human-rights monitoring centre's news site (fictional)",
    paras=paras_of(f"418_{SLUG}.txt"),
    events=[
        # ¶1: the riot in two halls of Ramadi central prison through the night, out of which twelve inmates
        # escaped at dawn (headline 0; how it began 4): one PROTEST (riot); the escape is no event of its own;
        # the three guards held for hours optional (ASSAULT, abduct)
        E(True, ["PROTEST"], [0, 1, 4], "أعمال شغب", ["asserted"], mode="riot",
          source=INMATES, recipient=PRISON_GUARDS, location=RAMADI_PRISON, date=NIGHT,
          attribution=["فريق الرصد التابع للمرصد"], acled=RIOT, tpara=1),
        E(False, ["ASSAULT"], [1], "واحتجزوا", ["asserted"], mode="abduct",
          source=INMATES, recipient=PRISON_GUARDS, location=RAMADI_PRISON, date=NIGHT),
        # the main event, in ¶2 after the riot: the police's clash with three escapees in an orchard at Albu
        # Faraj «ظهر اليوم» (headline 0; the relatives' second body 3; the body handed over 9): both sides are
        # sources; the police's one dead against the relatives' two (the farmer) → 1
        E(True, ["ASSAULT"], [0, 2, 3, 9], "اشتباك", ["asserted"], mode="firearms",
          source=POLICE_ESCAPEES, location=BU_FARAJ, date=TODAY, fatalities=1,
          attribution=["بيان لقيادة شرطة المحافظة", "اثنين من أقارب الفار القتيل"], acled=CLASH, tpara=2),
        # ¶2: the two others caught in the same raid (COERCE, arrest)
        E(True, ["COERCE"], [2], "ألقت القبض", ["asserted"], mode="arrest",
          source=ANBAR_POLICE, recipient=TWO_ESCAPEES, location=BU_FARAJ, date=TODAY, acled=ARREST),
        # ¶5: the hunger strike of those left (PROTEST, strike); the beatings they report, the transfer of
        # twenty and their demand are optional
        E(True, ["PROTEST"], [5], "إضراباً مفتوحاً عن الطعام", ["asserted"], mode="strike",
          source=STRIKERS, recipient=PRISON_ADMIN, location=RAMADI_PRISON, date=TODAY,
          attribution=["رسالة صوتية سرّبها أحدهم إلى ذويه"], acled=PEACEFUL),
        E(False, ["ASSAULT"], [5], "بـ«الضرب والإهانة»", ["reported"], mode="beat",
          recipient=STRIKERS, location=RAMADI_PRISON, date=NIGHT),
        E(False, ["COERCE"], [5], "نقل عشرين منهم", ["asserted"], mode="restrict",
          recipient=STRIKERS, location=RAMADI_PRISON, date=TODAY),
        E(False, ["REQUEST"], [5], "وطالب فيها المضربون", ["asserted"],
          source=STRIKERS, location=RAMADI_PRISON, date=TODAY),
        # ¶6: a curfew on the farmland north of Ramadi and the bridges closed, joined with «و» and a second
        # verb (two COERCE); the extra checkpoints optional MOBILIZE
        E(True, ["COERCE"], [6], "حظراً للتجوال", ["asserted"], mode="curfew",
          source=ANBAR_OPS, location=RAMADI_NORTH, date=TODAY),
        E(True, ["COERCE"], [6], "وأغلقت", ["asserted"], mode="restrict",
          source=ANBAR_OPS, location=RAMADI_NORTH, date=TODAY),
        E(False, ["MOBILIZE"], [6], "نشرت نقاط تفتيش", ["asserted"], mode="police",
          source=ANBAR_OPS, location=RAMADI_NORTH, date=TODAY),
        # ¶7: three more caught on the Ramadi–Hit road by Tribal Hashd fighters with military intelligence
        # (COERCE, arrest; the coordination optional COOPERATE)
        E(True, ["COERCE"], [7], "القبض", ["asserted"], mode="arrest",
          source=TRIBAL_HASHD, recipient=THREE_ESCAPEES, location=RAMADI_HIT_ROAD, date=TODAY, acled=ARREST),
        E(False, ["COOPERATE"], [7], "بالتنسيق", ["asserted"], source=TRIBAL_HASHD, location=RAMADI_HIT_ROAD,
          date=TODAY),
        # ¶8: the police's 48-hour ultimatum to the six still at large and to whoever shelters them (THREATEN;
        # the house demolitions optional, hypothetical)
        E(True, ["THREATEN"], [8], "وأمهلت", ["asserted"], mode="violence",
          source=ANBAR_POLICE_CMD, recipient=SIX_ESCAPEES, location=ANBAR, date=TODAY),
        E(False, ["ASSAULT"], [8], "وبهدم", ["hypothetical"], mode="destroy",
          source=ANBAR_POLICE_CMD, location=ANBAR, date=None),
        # paragraph 10 (the prison: description, aggregates) holds no event ¶11: two Anbar MPs ask to question
        # the justice minister (REQUEST); the human-rights committee hosts him on Wednesday (planned CONSULT)
        E(True, ["REQUEST"], [11], "طلباً رسمياً", ["asserted"],
          source=ANBAR_MPS, recipient=PARLIAMENT_PRESIDENCY, location=BAGHDAD, date=TODAY),
        E(True, ["CONSULT"], [11], "تستضيف", ["planned"], mode="multilateral",
          source=HR_COMMITTEE, recipient=JUSTICE_MINISTER, location=BAGHDAD, date=D("2019-07-24")),
        # ¶12: the minister (his visit in the long parenthetical optional) relieves the director and his
        # deputy and refers them to investigation (SANCTION, COERCE accepted); the committee optional AGREE;
        # not meeting the families optional, negated
        E(False, ["CONSULT"], [12], "وصل إلى الرمادي", ["asserted"], mode="visit",
          source=JUSTICE_MINISTER, location=RAMADI_PRISON, date=TODAY),
        E(True, ["SANCTION", "COERCE"], [12], "بإعفاء", ["asserted"],
          source=JUSTICE_MINISTER, recipient=PRISON_DIRECTOR, location=RAMADI_PRISON, date=TODAY),
        E(False, ["AGREE"], [12], "وبتشكيل لجنة", ["asserted"],
          source=JUSTICE_MINISTER, location=RAMADI_PRISON, date=TODAY),
        E(False, ["CONSULT"], [12], "يلتقي", ["negated"],
          source=JUSTICE_MINISTER, recipient=INMATES_FAMILIES, location=RAMADI_PRISON, date=TODAY),
        # ¶13: four guards arrested, rumoured on social media and denied by the ministry (the denial optional)
        E(True, ["COERCE"], [13], "اعتقال", ["rumored", "reported"], mode="arrest",
          recipient=FOUR_GUARDS, location=RAMADI_PRISON, date=NIGHT,
          attribution=["حسابات على مواقع التواصل"]),
        E(False, ["REJECT"], [13], "نفى ذلك", ["asserted"], source=JUSTICE_SPOKESMAN, date=TODAY),
        # ¶14: none of the other six found (core COERCE, negated)
        E(True, ["COERCE"], [14], "ولم تتمكن", ["negated"], mode="arrest",
          source=SECURITY_FORCES, recipient=SIX_ESCAPEES, location=ANBAR, date=TODAY),
        # background at another place, in «وكان … قد»: gunmen storm a police station in Hit on 9 March (2
        # killed)
        E(True, ["ASSAULT"], [15], "هاجموا", ["historical", "asserted"], mode="firearms",
          source=HIT_GUNMEN, recipient=HIT_POLICE, location=HIT, date=D("2019-03-09"), fatalities=2,
          acled=CLASH),
        # ¶16: the anniversary of the ISIS storming of Abu Ghraib in July 2013 (optional, historical)
        E(False, ["ASSAULT"], [16], "لاقتحام", ["historical"],
          source=ISIS, recipient=ABU_GHRAIB_PRISON, location=ABU_GHRAIB,
          date=D("2013-07-21", "month", ("2013-07-01", "2013-07-31")), acled=CLASH),
        # paragraph 17 (protests and hunger strikes in Iraqi prisons every summer: generic) holds no event
    ],
)
