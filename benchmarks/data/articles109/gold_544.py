"""Gold of article 544: depositors block the coastal road in front of a bank branch in Zliten, masked gunmen
ambush a cash-transport car near Kaam killing two guards and the driver (main event, told in ¶2 after the
protest; one toll), a colleague's account and the security directorate's and the company's versions, the bank
workers' union's accusation and demand, the central bank's higher withdrawal ceiling, the bank employees'
conditional threat to strike, the depositors' refusal of payment cards, a bank robbery in Msallata rumoured
and denied, a kidnapped bank employee not released, the burial, joint escort patrols due on Saturday, the
transport company's licence suspended, the year's count of robberies, and a robbery of a bank branch in Majer
on 8 May 2017 (Zliten, Libya), a Misrata-based economic weekly newspaper's website, 2017-06-22 (Thu). Dateline
«زليتن»: the town of the event. Mostly about banks, cash and the liquidity crisis."""
from actors_places import (
    BANK_EMPLOYEE,
    BANK_STAFF,
    BANK_UNION,
    CASH_COMPANY,
    CASH_VAN_CREW,
    CASH_VAN_GUNMEN,
    CBL,
    DEPOSITORS,
    DEPOSITORS_COORD,
    GNA_MOI,
    KAAM,
    KIDNAPPERS,
    LIBYA_SECURITY,
    MAJER,
    MAJER_GUARD,
    MAJER_GUNMEN,
    MSALLATA,
    NCB,
    ZLITEN,
    ZLITEN_BANK,
    ZLITEN_ESCORTS,
    ZLITEN_NOTABLES,
    ZLITEN_SECURITY,
)
from common import ABDUCTION, ATTACK, PEACEFUL, D, E, paras_of

SLUG = "zliten_2017_kaam_majer"
YESTERDAY = D("2017-06-21")
TODAY = D("2017-06-22")
# a statement of the day whose hour the text does not give: today, or the evening before
TODAY_OR_EVE = D("2017-06-22", "day", ("2017-06-21", "2017-06-22"))
ARTICLE = dict(
    id="team109-544", slug=SLUG, published="2017-06-22",
    outlet="Daftar al-Tajir, a Misrata-based economic weekly newspaper's website (fictional)",
    paras=paras_of(f"544_{SLUG}.txt"),
    events=[
        # ¶1 (dateline «زليتن», the town of the event): depositors block the coastal road in front of a bank
        # branch with burning tyres (PROTEST obstruct; the headline names it)
        E(True, ["PROTEST"], [0, 1], "أغلق", ["asserted"], mode="obstruct",
          source=DEPOSITORS, location=ZLITEN_BANK, date=YESTERDAY, acled=PEACEFUL, tpara=1),
        # MAIN EVENT, told in ¶2 after the protest (verb first; the hour told after the act in a clause of its
        # own; «بعد ساعات من انفضاض الاحتجاج» is a back-reference): gunmen ambush a cash-transport car near
        # Kaam; a colleague ¶3, the directorate's and the company's versions ¶4 and the burial ¶12 retell it.
        # One toll: 3. The money taken is optional
        E(True, ["ASSAULT"], [0, 2, 3, 4, 12], "اعترض", ["asserted"], mode="firearms",
          source=CASH_VAN_GUNMEN, recipient=CASH_VAN_CREW, location=KAAM, date=YESTERDAY, fatalities=3,
          attribution=["مديرية أمن زليتن", "موظف في الشركة", "بيان الشركة"], acled=ATTACK, tpara=2),
        E(False, ["COERCE"], [2], "استولى", ["asserted"], mode="seize",
          source=CASH_VAN_GUNMEN, location=KAAM, date=YESTERDAY),
        # ¶4: the escort the company did not ask for and its blame on the security services (optional)
        E(False, ["REQUEST"], [4], "تطلب", ["negated"], source=CASH_COMPANY, date=YESTERDAY),
        E(False, ["ACCUSE"], [4], "محمّلة", ["asserted"],
          source=CASH_COMPANY, recipient=LIBYA_SECURITY, date=TODAY_OR_EVE),
        # ¶5 (subject, a long parenthesis, verb): the union's accusation and demand, two verbs joined with
        # «و»; the depositors' attacks on bank staff that the parenthesis recalls are optional and generic
        E(True, ["ACCUSE"], [5], "اتهمت", ["asserted"],
          source=BANK_UNION, recipient=GNA_MOI, date=TODAY_OR_EVE, attribution=["بيان"]),
        E(True, ["REQUEST"], [5], "وطالبت", ["asserted"],
          source=BANK_UNION, recipient=CBL, date=TODAY_OR_EVE),
        E(False, ["ASSAULT"], [5], "اعتداءات", ["generic"], source=DEPOSITORS, date=None),
        # ¶6: the central bank raises the withdrawal ceiling and allots more cash (CONCEDE, announced in the
        # evening); the contacts behind it are optional and told by a source
        E(True, ["CONCEDE"], [6], "رفع سقف السحب", ["asserted"],
          source=CBL, location=ZLITEN, date=YESTERDAY),
        E(False, ["CONSULT"], [6], "اتصالات", ["reported", "asserted"],
          source=ZLITEN_NOTABLES, recipient=CBL, date=None),
        # ¶7 (the queues and the cash market) holds no event. ¶8: the bank employees' conditional threat to
        # strike (THREATEN; the strike optional, hypothetical; the threats some of them received optional,
        # generic)
        E(True, ["THREATEN"], [8], "وهدّد", ["asserted"], mode="strike",
          source=BANK_STAFF, date=TODAY_OR_EVE),
        E(False, ["PROTEST"], [8], "بالإضراب", ["hypothetical"], mode="strike", source=BANK_STAFF, date=None),
        E(False, ["THREATEN"], [8], "تهديدات", ["generic"], recipient=BANK_STAFF, date=None),
        # ¶9: the depositors refuse the bank's proposal of payment cards (REJECT; the proposal and the call
        # optional)
        E(True, ["REJECT"], [9], "ورفضت", ["asserted"],
          source=DEPOSITORS_COORD, recipient=NCB, location=ZLITEN, date=TODAY_OR_EVE),
        E(False, ["REQUEST", "AGREE"], [9], "مقترحاً", ["asserted"],
          source=NCB, recipient=DEPOSITORS_COORD, date=None),
        E(False, ["REQUEST"], [9], "داعية", ["asserted"],
          source=DEPOSITORS_COORD, recipient=NCB, date=TODAY_OR_EVE),
        # ¶10: an armed robbery of a bank branch in Msallata, told by bloggers and denied by the branch
        # (rumoured; the morning is given)
        E(True, ["COERCE", "ASSAULT"], [10], "سطو مسلح", ["rumored", "negated"], mode="seize",
          location=MSALLATA, date=TODAY, attribution=["مدوّنون على «فيسبوك»"]),
        # ¶11: a kidnapped bank employee not released (RETREAT, negated); his abduction a week ago is optional
        # and historical
        E(True, ["RETREAT"], [11], "ولم يُطلق", ["negated"], mode="release",
          source=KIDNAPPERS, recipient=BANK_EMPLOYEE, location=ZLITEN, date=TODAY,
          attribution=["أحد أقاربه"]),
        E(False, ["ASSAULT"], [11], "اختُطف", ["historical"], mode="abduct",
          recipient=BANK_EMPLOYEE, location=ZLITEN,
          date=D("2017-06-15", "week", ("2017-06-13", "2017-06-17")), acled=ABDUCTION),
        # ¶12: the burial belongs to the main event; the mourners' call and the shops closed for the funeral
        # are optional
        E(False, ["REQUEST"], [12], "دعوات", ["asserted"], date=TODAY),
        E(False, ["PROTEST"], [12], "وأغلقت", ["asserted"], mode="strike", location=ZLITEN, date=TODAY),
        # ¶13: joint escort patrols «يوم السبت المقبل» (planned COOPERATE; «لمرافقة …» is their purpose); the
        # directorate's demand to the banks is optional
        E(True, ["COOPERATE"], [13], "دوريات مشتركة", ["planned"],
          source=ZLITEN_ESCORTS, recipient=ZLITEN_ESCORTS, location=ZLITEN, date=D("2017-06-24"),
          attribution=["المديرية"]),
        E(False, ["REQUEST"], [13], "مطالبة", ["asserted"], source=ZLITEN_SECURITY, date=TODAY_OR_EVE),
        # ¶14 (cash reaching the coastal towns) holds no event. ¶15: the transport company's licence suspended
        # (SANCTION withdraw)
        E(True, ["SANCTION"], [15], "وعلّق", ["asserted"], mode="withdraw",
          source=CBL, recipient=CASH_COMPANY, date=TODAY_OR_EVE),
        # ¶16: the year's robberies (optional, generic)
        E(False, ["COERCE", "ASSAULT"], [16], "سطو", ["generic"], mode="seize", date=None),
        # ¶17, «وكان … قد» at another place: a bank branch robbed in Majer on 8 May, its guard killed (core,
        # historical; 1 killed); the safe emptied is optional
        E(True, ["ASSAULT", "COERCE"], [17], "سطوا", ["historical", "asserted"], mode="firearms",
          source=MAJER_GUNMEN, recipient=MAJER_GUARD, location=MAJER, date=D("2017-05-08"), fatalities=1,
          attribution=["المديرية"], acled=ATTACK),
        E(False, ["COERCE"], [17], "واستولوا", ["historical"], mode="seize",
          source=MAJER_GUNMEN, location=MAJER, date=D("2017-05-08")),
    ],
)
