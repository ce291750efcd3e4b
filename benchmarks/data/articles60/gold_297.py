"""Gold of article 297: al-Musayfirah and eastern Daraa (Syria), Busra al-Sham, Nasib, Izraa, Tafas, Saida,
Busra al-Harir, Nahta and al-Mleiha al-Sharqiya, a local news network of Houran, 2018-07-09 (Mon). Mostly
about aid, displacement, returns and local agreements."""
from actors_places import (
    AF_INTEL,
    BUSRA_HARIR,
    BUSRA_SHAM,
    BUSRA_SHAM_NORTH,
    DARAA_DETAINEES,
    DARAA_DISPLACED,
    EAST_DARAA_FACTIONS,
    IZRAA,
    IZRAA_TAFAS,
    JHCO,
    JIZA,
    JO_GOV,
    MUSAYFIRAH,
    NAHTA,
    NAHTA_NOTABLES,
    NASIB_BORDER,
    NASIB_CROSSING,
    NASIB_FACTIONS,
    NASIB_ROAD,
    REFUSING_FIGHTERS,
    RETURNEE_FAMILY,
    RU_MP,
    RU_OFFICER_WEST,
    RU_OFFICERS,
    RU_SIDE,
    SAIDA_DARAA,
    SAIDA_RETURNEES,
    SARC,
    SY_AUTHORITIES,
    SY_GOV_FORCES,
    SY_GOV_RU_MP,
    TAFAS,
    TAFAS_FACTIONS,
    TAFAS_NOTABLES,
)
from common import AGREEMENT, AIR, ARREST, MINE, OTHER, TRANSFER, D, E, paras_of

SLUG = "musayfirah_2018_busra_al_sham_nasib_izraa_daraa"
TODAY = D("2018-07-09")
YESTERDAY = D("2018-07-08")
ARTICLE = dict(
    id="team60-297", slug=SLUG, published="2018-07-09",
    outlet="Manarat Houran local news network of Daraa (fictional)",
    paras=paras_of(f"297_{SLUG}.txt"),
    events=[
        # the regime forces, under Russian military police supervision, open the Nasib–al-Musayfirah road to
        # civilians (RETREAT, access): headline 0 («بعد فتح الطريق»), lead 1 and the back-reference in 2
        # («وجاء فتح الطريق»); the families' return itself is no event
        E(True, ["RETREAT"], [0, 1, 2], "فتحت قوات النظام", ["asserted", "reported"], mode="access",
          source=SY_GOV_RU_MP, recipient=DARAA_DISPLACED, location=NASIB_ROAD, date=TODAY,
          attribution=["مراسل «منارة حوران» على الطريق"], tpara=1),
        # one sentence, two events: the settlement signed in Busra al-Sham «مساء أمس الأحد» (AGREE) and the
        # handover of the factions' heavy weapons this morning (RETREAT, disarm)
        E(True, ["AGREE"], [2], "وقّعه", ["asserted"],
          source=EAST_DARAA_FACTIONS, recipient=RU_OFFICERS, location=BUSRA_SHAM, date=YESTERDAY,
          acled=AGREEMENT),
        E(True, ["RETREAT"], [2], "وسلّمت الفصائل", ["asserted"], mode="disarm",
          source=EAST_DARAA_FACTIONS, recipient=RU_MP, location=BUSRA_SHAM, date=TODAY, acled=OTHER),
        # the landmine under the returning family's car near al-Musayfirah «مساء أمس الأحد»: headline 0, 3
        # (a relative: four of one family), the follow-up 6 (the Civil Defence: five bodies, one a
        # motorcyclist) and SANA's retelling 10 («ثلاثة مواطنين», no place given) → 4 vs 5 vs 3 → 3; no
        # actor named
        E(True, ["ASSAULT"], [0, 3, 6, 10], "بانفجار لغم أرضي", ["asserted", "reported"], mode="explosives",
          recipient=RETURNEE_FAMILY, location=MUSAYFIRAH, date=YESTERDAY, fatalities=3,
          attribution=["أحد أقاربهم", "متطوع في الدفاع المدني بدرعا", "وكالة «سانا»"], acled=MINE, tpara=3),
        # paragraph 4 (the border strip, its shelters, heat and shortages) holds no event
        # one sentence, two events: the Jordanian charity's convoy across the border near Nasib (AID) and
        # the Jordanian government's refusal to open the border (REJECT); «ستصلهم حيث هم» is the content of
        # the statement
        E(True, ["AID"], [5], "قافلة", ["asserted"], mode="humanitarian",
          source=JHCO, recipient=DARAA_DISPLACED, location=NASIB_BORDER, date=TODAY),
        E(True, ["REJECT"], [5], "رفض", ["asserted"],
          source=JO_GOV, date=TODAY),
        # a Russian officer's meeting in Izraa with Tafas notables (CONSULT) and his deadline to Tafas's
        # factions (THREATEN, made: asserted); the air force that «سيتكفل بالباقي» optional, hypothetical
        E(True, ["CONSULT"], [7], "اجتماع", ["asserted", "reported"], mode="visit",
          source=RU_OFFICER_WEST, recipient=TAFAS_NOTABLES, location=IZRAA, date=TODAY,
          attribution=["أحد أعضاء الوفد"]),
        E(True, ["THREATEN"], [7], "أمهل", ["asserted", "reported"], mode="violence",
          source=RU_OFFICER_WEST, recipient=TAFAS_FACTIONS, location=IZRAA_TAFAS, date=TODAY,
          attribution=["أحد أعضاء الوفد"]),
        E(False, ["ASSAULT"], [7], "«سيتكفل بالباقي»", ["hypothetical"], mode="aerial",
          source=RU_OFFICER_WEST, recipient=TAFAS_FACTIONS, location=TAFAS, date=None, acled=AIR),
        # five returning young men arrested at Saida's checkpoint: rumoured on Facebook, denied by a member
        # of the negotiating committee (the checkpoint's habit of listing names is no event)
        E(True, ["COERCE"], [8], "اعتقال", ["rumored", "negated"], mode="arrest",
          source=AF_INTEL, recipient=SAIDA_RETURNEES, location=SAIDA_DARAA, date=TODAY,
          attribution=["صفحات محلية على «فيسبوك»", "عضواً في لجنة التفاوض المركزية"], acled=ARREST),
        # the Red Crescent's first convoy to Busra al-Harir in weeks
        E(True, ["AID"], [9], "قافلة مساعدات", ["asserted"], mode="humanitarian",
          source=SARC, location=BUSRA_HARIR, date=TODAY),
        # the first buses with fighters who refuse the settlement, due to leave Busra al-Sham for the north
        # «صباح الأربعاء المقبل» (planned); the six hundred registered are a count, no event
        E(True, ["RETREAT"], [11], "أن تنطلق", ["planned", "reported"], mode="withdraw",
          source=REFUSING_FIGHTERS, location=BUSRA_SHAM_NORTH, date=D("2018-07-11"),
          attribution=["مصدر في غرفة العمليات المركزية في الجنوب"]),
        # seventeen detainees released and handed to their families at Izraa (passive «أُفرج»: carried out,
        # RETREAT); the Russian police's «goodwill gesture» is a description
        E(True, ["RETREAT"], [12], "أُفرج", ["asserted"], mode="release",
          source=SY_AUTHORITIES, recipient=DARAA_DETAINEES, location=IZRAA, date=TODAY),
        # paragraph 13 (the UN's count of the displaced since the offensive began: an aggregate) holds no
        # event
        # background at another place: the notables of Nahta and al-Mleiha al-Sharqiya reached a like deal
        # with the Russians in Izraa «مساء الجمعة الماضي» (core, historical); the return of two thousand
        # under it is no event; the regime's takeover of the Nasib crossing on the 6th and the factions'
        # withdrawal from it optional, historical
        E(True, ["AGREE"], [14], "توصلوا", ["historical", "asserted"],
          source=NAHTA_NOTABLES, recipient=RU_SIDE, location=NAHTA, date=D("2018-07-06"), acled=AGREEMENT),
        E(False, ["COERCE", "RETREAT"], [14], "تسلّمت", ["historical"], mode="seize",
          source=SY_GOV_FORCES, location=NASIB_CROSSING, date=D("2018-07-06"), acled=TRANSFER),
        E(False, ["RETREAT"], [14], "انسحاب", ["historical"], mode="withdraw",
          source=NASIB_FACTIONS, location=NASIB_CROSSING, date=D("2018-07-06")),
        # Russian military police patrols deployed at the entrances of al-Jiza and al-Musayfirah
        E(True, ["MOBILIZE"], [15], "وانتشرت دوريات", ["asserted"], mode="police",
          source=RU_MP, location=JIZA, date=TODAY),
        # paragraph 16 (the queues on the Nasib road at sunset; families waiting at the border) holds no
        # event
    ],
)
