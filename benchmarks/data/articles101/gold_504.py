"""Gold of article 504: a Military Police raid on a local radio station with its equipment seized, a
photojournalist shot dead in Usayfira (main event, told in ¶2 after the raid; one toll), a neighbour's account
and the security administration's version, two arrests, the journalists' syndicate's accusation and demand, a
vigil, the governor's meeting with the syndicate and their agreement, a brigade commander's threat to close
media outlets, a blogger's abduction in al-Turbah rumoured, the radio's equipment not returned, the burial, an
IFJ visit due next week, the syndicate's count since the war began, and a cameraman wounded by a Houthi sniper
on the al-Dhabab road on 10 August 2024 (Taiz governorate, Yemen), a Taiz online local news site,
2024-11-18 (Mon). Dateline: Taiz (the town of the event)."""
from actors_places import (
    ATTORNEY_GENERAL,
    BLOGGER,
    BRIGADE_LEADER,
    DHABAB,
    GOVERNOR_SYNDICATE,
    HOUTHI_MEDIA,
    HOUTHI_SNIPER,
    IFJ,
    JAMAL_STREET,
    JUMHURI,
    LOCAL_AUTHORITY,
    LOCAL_MEDIA,
    MOTO_GUNMEN,
    PHOTOG_FAMILY,
    PHOTOGRAPHER,
    PRO_GOV_FORCES,
    RADIO,
    RADIO_GUARD,
    TAIZ_AUTHORITIES,
    TAIZ_CITY,
    TAIZ_GOV,
    TAIZ_JOURNALISTS,
    TAIZ_MP,
    TAIZ_OFFICIALS,
    TAIZ_SECURITY,
    TAIZ_SUSPECTS,
    TURBAH,
    TV_CAMERAMAN,
    USAYFIRA,
    YJS,
)
from common import ARREST, ATTACK, PEACEFUL, D, E, paras_of

SLUG = "taiz_2024_usayfira_turbah"
YESTERDAY = D("2024-11-17")
TODAY = D("2024-11-18")
# a statement or an act of the day whose hour the text does not give: today, or the evening before
TODAY_OR_EVE = D("2024-11-18", "day", ("2024-11-17", "2024-11-18"))
ARTICLE = dict(
    id="team101-504", slug=SLUG, published="2024-11-18",
    outlet="Sabir al-Yawm, a Taiz online local news site (fictional)",
    paras=paras_of(f"504_{SLUG}.txt"),
    events=[
        # ¶1 (dateline Taiz): the Military Police raid the radio station and seize its transmitter and
        # computers (one COERCE confiscate; the headline names it); the guard taken away and let go later are
        # optional
        E(True, ["COERCE"], [0, 1], "داهمت", ["asserted"], mode="confiscate",
          source=TAIZ_MP, recipient=RADIO, location=JAMAL_STREET, date=YESTERDAY,
          attribution=["مدير الإذاعة"], tpara=1),
        E(False, ["COERCE"], [1], "واقتادت", ["asserted"], mode="arrest",
          source=TAIZ_MP, recipient=RADIO_GUARD, location=JAMAL_STREET, date=YESTERDAY),
        E(False, ["RETREAT"], [1], "تطلقه", ["asserted"], mode="release",
          source=TAIZ_MP, recipient=RADIO_GUARD, location=JAMAL_STREET, date=YESTERDAY),
        # MAIN EVENT, told in ¶2 after the raid (verb first; the hour told after the act in a clause of its
        # own): two gunmen on a motorcycle shoot a photojournalist in Usayfira; a neighbour ¶3, the security
        # source's version ¶4 and the burial ¶13 retell it; the headline names it. One toll: 1
        E(True, ["ASSAULT"], [0, 2, 3, 4, 13], "أطلق مسلحان", ["asserted"], mode="assassinate",
          source=MOTO_GUNMEN, recipient=PHOTOGRAPHER, location=USAYFIRA, date=YESTERDAY, fatalities=1,
          attribution=["زملاء له", "جار للمصوّر", "مصدر في إدارة أمن تعز"], acled=ATTACK, tpara=2),
        # ¶4: the threatening messages he had received two weeks before (optional, historical)
        E(False, ["THREATEN"], [4], "رسائل تهديد", ["historical"], recipient=PHOTOGRAPHER, date=None),
        # ¶5: two arrests (COERCE; «في إطار حملة لتعقّب المنفذين» is a purpose clause that refers back to the
        # main event); the motorcycle seized is optional
        E(True, ["COERCE"], [5], "اعتقلت", ["asserted"], mode="arrest",
          source=TAIZ_SECURITY, recipient=TAIZ_SUSPECTS, location=JUMHURI, date=YESTERDAY,
          attribution=["إدارة أمن تعز"], acled=ARREST),
        E(False, ["COERCE"], [5], "وضبطت", ["asserted"], mode="seize",
          source=TAIZ_SECURITY, location=JUMHURI, date=YESTERDAY),
        # ¶6: the syndicate accuses the local authorities and asks the Attorney General for an inquiry; the
        # blame in a third verb is optional
        E(True, ["ACCUSE"], [6], "واتهمت", ["asserted"],
          source=YJS, recipient=TAIZ_AUTHORITIES, date=TODAY_OR_EVE, attribution=["بيان"]),
        E(True, ["REQUEST"], [6], "وطالبت", ["asserted"],
          source=YJS, recipient=ATTORNEY_GENERAL, date=TODAY_OR_EVE),
        E(False, ["ACCUSE"], [6], "وحمّلتها", ["asserted"],
          source=YJS, recipient=TAIZ_AUTHORITIES, date=TODAY_OR_EVE),
        # ¶7: the journalists' vigil (PROTEST)
        E(True, ["PROTEST"], [7], "وقفة احتجاجية", ["asserted"], mode="demo",
          source=TAIZ_JOURNALISTS, location=LOCAL_AUTHORITY, date=TODAY, acled=PEACEFUL),
        # ¶8, one sentence, two events joined with «و»: the governor meets the syndicate (CONSULT) and they
        # agree on a joint committee and the equipment's return (AGREE); both parties in either role
        E(True, ["CONSULT"], [8], "والتقى", ["asserted"],
          source=GOVERNOR_SYNDICATE, recipient=GOVERNOR_SYNDICATE, date=TODAY,
          attribution=["بيان نشره المكتب الإعلامي للمحافظة"]),
        E(True, ["AGREE"], [8], "واتفق", ["asserted"],
          source=GOVERNOR_SYNDICATE, recipient=GOVERNOR_SYNDICATE, date=TODAY),
        # ¶9: a brigade commander's threat; the radio's closure is conditional (optional, hypothetical)
        E(True, ["THREATEN"], [9], "وتوعّد", ["asserted"], mode="ban",
          source=BRIGADE_LEADER, recipient=LOCAL_MEDIA, date=TODAY_OR_EVE,
          attribution=["منشور على «فيسبوك»"]),
        E(False, ["COERCE"], [9], "ستُغلق", ["hypothetical"], mode="ban",
          recipient=RADIO, date=None),
        # ¶10 (Taiz's media described) holds no event. ¶11: a blogger's abduction in al-Turbah told by
        # activists and left unconfirmed (rumoured)
        E(True, ["ASSAULT"], [11], "اختطاف", ["rumored"], mode="abduct",
          recipient=BLOGGER, location=TURBAH, date=None, attribution=["ناشطون"]),
        # ¶12: the equipment not returned (negated RETREAT)
        E(True, ["RETREAT"], [12], "تُعِد", ["negated"], mode="return",
          source=TAIZ_MP, recipient=RADIO, date=TODAY, attribution=["مديرها"]),
        # ¶13: the burial belongs to the main event. ¶14: the IFJ delegation's visit due next week (planned
        # CONSULT); the meetings it will hold are optional
        E(True, ["CONSULT"], [14], "يزور", ["planned"], mode="visit",
          source=IFJ, recipient=PHOTOG_FAMILY, location=TAIZ_CITY,
          date=D("2024-11-25", "week", ("2024-11-19", "2024-12-01")), attribution=["النقابة"]),
        E(False, ["CONSULT"], [14], "سيلتقي", ["planned"],
          source=IFJ, recipient=TAIZ_OFFICIALS, location=TAIZ_CITY, date=None),
        # ¶15 (the journalists' view) holds no event. ¶16: the syndicate's count of killings, arrests and
        # seizures since the war began (optional, generic)
        E(False, ["ASSAULT"], [16], "مقتل", ["generic"], mode="firearms", location=TAIZ_GOV, date=None),
        E(False, ["COERCE"], [16], "الاعتقال", ["generic"], mode="arrest", location=TAIZ_GOV, date=None),
        # ¶17, «وكان … قد» at another place: a Houthi sniper wounds a TV cameraman on the al-Dhabab road on
        # 10 August (core, historical); the Houthi media's counter-accusation is optional
        E(True, ["ASSAULT"], [17], "أصاب", ["historical", "asserted"], mode="firearms",
          source=HOUTHI_SNIPER, recipient=TV_CAMERAMAN, location=DHABAB, date=D("2024-08-10"),
          attribution=["النقابة"], acled=ATTACK),
        E(False, ["ACCUSE"], [17], "واتهمت", ["historical"],
          source=HOUTHI_MEDIA, recipient=PRO_GOV_FORCES, date=None),
    ],
)
