"""Gold of article 152: the northern Homs countryside (al-Qabu, al-Houla/Taldou/Kafr Laha, Talbiseh, the ar-Rastan
dam, Homs city), a loyalist Facebook news network, 2013-11-04 (Mon)."""
from actors_places import (
                           CHECKPOINT_ATTACKERS,
                           ELEC_COMPANY,
                           ELEC_WORKERS,
                           HOMS,
                           HOMS_GOV,
                           HOMS_TALBISEH,
                           HOULA,
                           HOULA_GUNMEN,
                           HOULA_TARGETS,
                           KIDNAPPERS,
                           NUSRA,
                           QABU,
                           QABU_VICTIMS,
                           RASTAN,
                           RASTAN_DAM,
                           RECON_COMMITTEE,
                           REGIME_152,
                           SIT_IN_152,
                           SY_ARMY_152,
                           TALBISEH,
                           TALBISEH_37,
                           TALBISEH_CHECKPOINT_FIGHT,
                           TALBISEH_CONTACTS,
                           TALBISEH_N,
                           TALBISEH_NOTABLES,
)
from common import ABDUCTION, AGREEMENT, CLASH, PEACEFUL, SHELL, D, E, paras_of

SLUG = "north_homs_qabu_houla_talbiseh_rastan_dam"
AFTER_SATURDAY = D("2013-11-03", "day", ("2013-11-02", "2013-11-04"))
ARTICLE = dict(
    id="team31-152", slug=SLUG, published="2013-11-04", outlet="Akhbar al-Asi loyalist Facebook network (fictional)",
    paras=paras_of(f"152_{SLUG}.txt"),
    events=[
        # mortar shells from al-Houla on al-Qabu last night (headline 0, lead 1): 2 killed
        E(True, ["ASSAULT"], [0, 1], "قذائف هاون", ["asserted", "reported"], mode="heavy-weapons",
          source=HOULA_GUNMEN, recipient=QABU_VICTIMS, location=QABU, date=D("2013-11-03"), fatalities=2,
          attribution=["مراسل الشبكة في الريف الشمالي"], acled=SHELL, tpara=1),
        # the army's artillery on Taldou and Kafr Laha «in reply» (no time: last night or today); «أعداد منهم» is no
        # number, the opposition pages name six dead (civilians or fighters, disputed) → 6
        E(True, ["ASSAULT"], [2], "استهدفت", ["asserted", "reported"], mode="heavy-weapons",
          source=SY_ARMY_152, recipient=HOULA_TARGETS, location=HOULA,
          date=D("2013-11-03", "day", ("2013-11-03", "2013-11-04")), fatalities=6,
          attribution=["مصدر ميداني", "صفحات التنسيقيات"], acled=SHELL),
        # the settlement of 37 gunmen's status this morning (headline 0): the committee's settlement and their
        # surrender of arms are one act (AGREE/RETREAT); their release is a second act (optional)
        E(True, ["AGREE", "RETREAT"], [0, 3], "سوّت", ["asserted", "reported"], mode="disarm",
          source=RECON_COMMITTEE, recipient=TALBISEH_37, location=HOMS_TALBISEH, date=D("2013-11-04"),
          attribution=["سانا", "عضو في اللجنة"], acled=AGREEMENT, tpara=3),
        E(False, ["RETREAT"], [3], "وأُخلي سبيلهم", ["asserted", "reported"], mode="release",
          source=RECON_COMMITTEE, recipient=TALBISEH_37, location=HOMS, date=D("2013-11-04")),
        # Saturday's meeting with the Talbiseh notables (the agenda is no event), then Nusra's rejection and its
        # threat in leaflets (after the meeting, day not told)
        E(True, ["CONSULT"], [4], "التقت", ["asserted", "reported"],
          source=RECON_COMMITTEE, recipient=TALBISEH_NOTABLES, location=HOMS, date=D("2013-11-02"),
          attribution=["أحد الوجهاء المشاركين في اللقاء"]),
        E(True, ["REJECT"], [4], "رفضها", ["asserted", "reported"],
          source=NUSRA, recipient=REGIME_152, location=TALBISEH, date=AFTER_SATURDAY,
          attribution=["أحد الوجهاء المشاركين في اللقاء"]),
        E(True, ["THREATEN"], [4], "وهددت", ["asserted", "reported"], mode="violence",
          source=NUSRA, recipient=TALBISEH_CONTACTS, location=TALBISEH, date=AFTER_SATURDAY,
          attribution=["أحد الوجهاء المشاركين في اللقاء"]),
        # the abduction of four electricity workers near the ar-Rastan dam yesterday noon, the kidnappers' exchange
        # demand and their conditional threat, both made by phone in the evening
        E(True, ["ASSAULT"], [5], "اختطاف", ["asserted", "reported"], mode="abduct",
          source=KIDNAPPERS, recipient=ELEC_WORKERS, location=RASTAN_DAM, date=D("2013-11-03"),
          attribution=["زميل للمخطوفين"], acled=ABDUCTION),
        E(True, ["REQUEST"], [5], "وطالبوا", ["asserted", "reported"],
          source=KIDNAPPERS, recipient=ELEC_COMPANY, location=RASTAN, date=D("2013-11-03"),
          attribution=["زميل للمخطوفين"]),
        E(True, ["THREATEN"], [5], "وهددوا", ["asserted", "reported"], mode="violence",
          source=KIDNAPPERS, recipient=ELEC_COMPANY, location=RASTAN, date=D("2013-11-03"),
          attribution=["زميل للمخطوفين"]),
        # the workers' sit-in in Homs this morning and its demand to the governorate (the official's «following
        # the case» is no event)
        E(True, ["PROTEST"], [6], "اعتصاماً", ["asserted"], mode="demo",
          source=SIT_IN_152, location=HOMS, date=D("2013-11-04"), acled=PEACEFUL),
        E(True, ["REQUEST"], [6], "طالبوا", ["asserted"],
          source=SIT_IN_152, recipient=HOMS_GOV, location=HOMS, date=D("2013-11-04")),
        # one fight at Talbiseh's northern checkpoint at dawn, told two ways: the army source's repelled
        # infiltration (3 attackers killed) is the event; the opposition pages' «liberation» of the checkpoint is a
        # claimed takeover, denied (optional)
        E(True, ["ASSAULT"], [7], "محاولة تسلل", ["reported", "asserted"], mode="firearms",
          source=TALBISEH_CHECKPOINT_FIGHT, location=TALBISEH_N, date=D("2013-11-04"), fatalities=3,
          attribution=["مصدر عسكري"], acled=CLASH),
        E(False, ["ASSAULT", "COERCE"], [7], "«تحرير»", ["rumored", "negated"], mode="seize",
          source=CHECKPOINT_ATTACKERS, location=TALBISEH_N, date=D("2013-11-04")),
        # paragraph 8 (the countryside, the closed highway, prices) holds no event
        # background: months of shells on al-Qabu (generic, optional) and the dated rocket of 12 August (3 killed)
        E(False, ["ASSAULT"], [9], "لقذائف متفرقة", ["generic"], mode="heavy-weapons",
          location=QABU, date=None),
        E(True, ["ASSAULT"], [9], "بقذيفة صاروخية", ["historical", "asserted"], mode="heavy-weapons",
          location=QABU, date=D("2013-08-12"), fatalities=3, attribution=["شبكة أخبار العاصي في حينه"],
          acled=SHELL),
    ],
)
