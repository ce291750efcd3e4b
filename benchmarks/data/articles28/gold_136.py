"""Gold of article 136: White Nile State, Sudan (al-Kawa, Kosti, al-Gitaina, Rabak, Tendelti, Um Rimta), a Sudanese
news site, 2024-12-12 (Thu)."""
from actors_places import (
                           DUEIM,
                           EMERGENCY_LAWYERS,
                           GITAINA,
                           GITAINA_TRADERS,
                           KAWA,
                           KAWA_DELEGATION,
                           KAWA_DUEIM_GITAINA,
                           KAWA_HOSPITAL,
                           KAWA_PROTESTERS,
                           KAWA_VICTIMS,
                           KOSTI,
                           KOSTI_RABAK,
                           KOSTI_STATION,
                           RABAK,
                           RSF,
                           RSF_SAF,
                           SD_ARMY,
                           SD_MI,
                           TENDELTI,
                           TENDELTI_HERDERS,
                           UM_RIMTA,
                           UM_RIMTA_FARMERS,
                           UNKNOWN,
                           WHO,
                           WN_GOVERNOR,
)
from common import ABDUCTION, AIR, ARREST, ATTACK, CLASH, PEACEFUL, D, E, paras_of

SLUG = "white_nile_kawa_market_kosti_gitaina_tendelti"
ARTICLE = dict(
    id="team28-136", slug=SLUG, published="2024-12-12", outlet="White Nile Platform news site (fictional)",
    paras=paras_of(f"136_{SLUG}.txt"),
    events=[
        # the attack on al-Kawa's weekly market: headline 0, lead 1 (a hospital source, no perpetrator named), the
        # follow-up 8 where survivors name the RSF by its uniform (the looting and the retreat westward are part of
        # the same attack; the resistance committee's detail on the dead is no new event) → 9 killed
        E(True, ["ASSAULT"], [0, 1, 8], "هجوم مسلح", ["asserted", "reported"], mode="firearms",
          source=RSF, recipient=KAWA_VICTIMS, location=KAWA, date=D("2024-12-11"), fatalities=9,
          attribution=["مصدر طبي في مستشفى الكوة الريفي", "ناجون", "لجنة المقاومة بالكوة"], acled=ATTACK, tpara=1),
        # a drone on Kosti's main substation «فجر اليوم» (the power cut and «من دون تسجيل إصابات» negate nothing); the
        # army's post names the RSF as the launcher (reported), and that post is itself an ACCUSE
        E(True, ["ASSAULT"], [2], "استهدفت طائرة مسيّرة", ["asserted", "reported"], mode="aerial",
          source=RSF, recipient=KOSTI_STATION, location=KOSTI, date=D("2024-12-12"),
          attribution=["الشركة السودانية لتوزيع الكهرباء", "صفحة الفرقة الثامنة عشرة مشاة على فيسبوك"], acled=AIR),
        E(True, ["ACCUSE"], [2], "واتهمت", ["asserted"],
          source=SD_ARMY, recipient=RSF, date=D("2024-12-12"),
          attribution=["صفحة الفرقة الثامنة عشرة مشاة على فيسبوك"]),
        # one sentence, two events: military intelligence's arrest of seven traders in al-Gitaina (the two fuel trucks
        # seized in the same act; headline 0) and the Emergency Lawyers' condemnation of it
        E(True, ["COERCE"], [0, 3], "اعتقلت", ["asserted"], mode="arrest",
          source=SD_MI, recipient=GITAINA_TRADERS, location=GITAINA, date=D("2024-12-11"), acled=ARREST, tpara=3),
        E(True, ["ACCUSE"], [3], "ندّدت", ["asserted"],
          source=EMERGENCY_LAWYERS, recipient=SD_MI,
          date=D("2024-12-12", "day", ("2024-12-11", "2024-12-12")), attribution=["بيان محامو الطوارئ"]),
        # reinforcements sent to al-Kawa, al-Dueim and al-Gitaina under one verb: one event; the stated purpose is no
        # event, the feared «هجوم جديد» is hypothetical (optional)
        E(True, ["MOBILIZE"], [4], "بتعزيزات عسكرية", ["asserted", "reported"], mode="troops",
          source=SD_ARMY, location=KAWA_DUEIM_GITAINA, date=D("2024-12-12"), attribution=["مصدر عسكري"]),
        E(False, ["ASSAULT"], [4], "هجوم جديد", ["hypothetical"], mode="firearms",
          location=KAWA_DUEIM_GITAINA, date=None),
        # the vigil of al-Kawa's people in Rabak and their demand to the governor (the banner's slogan is no demand)
        E(True, ["PROTEST"], [5], "وقفة احتجاجية", ["asserted"], mode="demo",
          source=KAWA_PROTESTERS, location=RABAK, date=D("2024-12-12"), acled=PEACEFUL),
        E(True, ["REQUEST"], [5], "وطالبوا", ["asserted"],
          source=KAWA_PROTESTERS, recipient=WN_GOVERNOR, location=RABAK, date=D("2024-12-12")),
        # the governor receives a delegation (host as source) and agrees to a joint security committee (AGREE: a
        # commitment to act); his pledge that the government will pay for the wounded's treatment is a future aid
        # (optional, planned)
        E(True, ["CONSULT"], [6], "التقى", ["asserted"], mode="visit",
          source=WN_GOVERNOR, recipient=KAWA_DELEGATION, location=RABAK, date=D("2024-12-12")),
        E(True, ["AGREE"], [6], "موافقته", ["asserted", "reported"],
          source=WN_GOVERNOR, recipient=KAWA_DELEGATION, location=RABAK, date=D("2024-12-12"),
          attribution=["إعلام حكومة الولاية"]),
        E(False, ["AID"], [6], "تتكفّل", ["planned"], mode="economic",
          source=WN_GOVERNOR, recipient=KAWA_HOSPITAL, location=RABAK, date=None),
        # WHO's medical convoy due on Saturday (planned)
        E(True, ["AID"], [7], "قافلة طبية", ["planned", "reported"], mode="humanitarian",
          source=WHO, recipient=KAWA_HOSPITAL, location=KAWA, date=D("2024-12-14"),
          attribution=["المدير العام لوزارة الصحة بالولاية"]),
        # the rumoured RSF abduction of six herders near Tendelti, denied by the locality's executive director (the
        # phone call to the outlet is no CONSULT)
        E(True, ["ASSAULT"], [9], "اختطاف", ["rumored", "negated", "reported"], mode="abduct",
          source=RSF, recipient=TENDELTI_HERDERS, location=TENDELTI,
          date=D("2024-12-11", "day", ("2024-12-10", "2024-12-11")),
          attribution=["صفحات على فيسبوك", "المدير التنفيذي لمحلية تندلتي"], acled=ABDUCTION),
        # an RSF adviser's conditional threat (made: asserted); the battle it threatens is hypothetical (optional);
        # «قصف الحواضن المدنية» is his description of the army's conduct, no event
        E(True, ["THREATEN"], [10], "توعّد", ["asserted"], mode="violence",
          source=RSF, recipient=SD_ARMY, date=D("2024-12-12", "day", ("2024-12-11", "2024-12-12")),
          attribution=["مقطع مصوّر على منصة إكس"]),
        E(False, ["ASSAULT"], [10], "نقل المعركة", ["hypothetical"], mode="heavy-weapons",
          source=RSF, location=KOSTI_RABAK, date=None),
        # paragraph 11 is a generic statement: deliberately NO gold event
        # the RSF's silence is no event; the RSF attack on al-Dueim's outskirts last June, repelled after two days of
        # fighting, is recalled in a subordinate clause (optional, historical; a two-sided fight)
        E(False, ["ASSAULT"], [12], "هاجمت", ["historical"], mode="firearms",
          source=RSF_SAF, location=DUEIM, date=D("2024-06-15", "month", ("2024-06-01", "2024-06-30")), acled=CLASH),
        # background: Sunday before a Thursday, four farmers killed near Um Rimta «على يد مسلحين مجهولين»
        E(True, ["ASSAULT"], [13], "قُتلوا", ["historical", "asserted", "reported"], mode="firearms",
          source=UNKNOWN, recipient=UM_RIMTA_FARMERS, location=UM_RIMTA, date=D("2024-12-08"), fatalities=4,
          attribution=["شبكة أطباء السودان"], acled=ATTACK),
    ],
)
