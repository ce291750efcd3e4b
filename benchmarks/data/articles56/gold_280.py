"""Gold of article 280: al-Awamiyah (the al-Musawara quarter), al-Qudaih, Qatif and Dammam (the Eastern
Province, Saudi Arabia), a Dammam daily, 2017-07-19 (Wed)."""
from actors_places import (
    AWAMIYAH,
    AWAMIYAH_FAMILIES,
    AWAMIYAH_GUNMEN,
    AWAMIYAH_OWNERS,
    AWAMIYAH_WANTED3,
    COMPENSATION_COMMITTEE,
    DAMMAM_EMIRATE,
    DAMMAM_QATIF,
    EP_EMIR,
    EP_MUNICIPALITY,
    HARBOURERS_SA,
    MUSAWARA,
    QATIF,
    QATIF_COUNCILLOR,
    QATIF_NOTABLES,
    QUDAIH,
    SA_AUTHORITIES,
    SA_INTERIOR_SPOKESMAN,
    SA_PATROL,
    SA_SECURITY,
    SA_STATE,
    UNKNOWN,
)
from common import ARREST, CLASH, DESTRUCTION, D, E, paras_of

SLUG = "awamiyah_2017_musawara_qatif_qudaih_dammam"
TODAY = D("2017-07-19")
SINCE_YESTERDAY = D("2017-07-19", "day", ("2017-07-18", "2017-07-19"))
LAST_YEAR = D("2016-07-01", "year", ("2016-01-01", "2016-12-31"))
ARTICLE = dict(
    id="team56-280", slug=SLUG, published="2017-07-19",
    outlet="Shati' al-Sharqiya daily, Dammam (fictional)",
    paras=paras_of(f"280_{SLUG}.txt"),
    events=[
        # the heavy fire on a security patrol at the edge of al-Musawara «فجر اليوم الأربعاء»: headline 0 (two
        # «martyrs»), lead 1 (the interior ministry's spokesman through SPA: two), the follow-up 9 (Qatif
        # central hospital: the two and an Asian resident hit by a stray bullet; opposition accounts: four) →
        # 2, the official figure. The fire comes «from an unknown source»: no source; the patrol returned it
        # (ACLED armed clash)
        E(True, ["ASSAULT"], [0, 1, 9], "لإطلاق نار كثيف", ["asserted", "reported"], mode="firearms",
          recipient=SA_PATROL, location=MUSAWARA, date=TODAY, fatalities=2,
          attribution=["المتحدث الأمني لوزارة الداخلية", "وكالة الأنباء السعودية «واس»",
                       "مصدر طبي في مستشفى القطيف المركزي", "حسابات معارضة"], acled=CLASH, tpara=1),
        # three wanted men arrested in a raid on empty buildings (headline 0); the raid and the seizure of
        # weapons are parts of it (optional); the continuing search is no event
        E(True, ["COERCE"], [0, 2], "القبض", ["asserted"], mode="arrest",
          source=SA_SECURITY, recipient=AWAMIYAH_WANTED3, location=MUSAWARA, date=TODAY, acled=ARREST,
          tpara=2),
        E(False, ["COERCE"], [2], "عملية دهم", ["asserted"], mode="arrest",
          source=SA_SECURITY, location=MUSAWARA, date=TODAY),
        E(False, ["COERCE"], [2], "وضبط", ["asserted"], mode="confiscate",
          source=SA_SECURITY, location=MUSAWARA, date=TODAY),
        # paragraph 3 (two centuries old, mud houses on narrow lanes, the old wall) holds no event
        # the municipality's machines keep demolishing the quarter under guard (ACLED destruction of
        # property); what the project «includes» is its content
        E(True, ["ASSAULT", "COERCE"], [4], "هدم", ["asserted"], mode="destroy",
          source=EP_MUNICIPALITY, location=MUSAWARA, date=TODAY, acled=DESTRUCTION),
        # families moved to furnished flats at the state's expense (AID)
        E(True, ["AID"], [5], "ونقلت", ["asserted", "reported"], mode="humanitarian",
          source=SA_AUTHORITIES, recipient=AWAMIYAH_FAMILIES, location=DAMMAM_QATIF, date=SINCE_YESTERDAY,
          attribution=["بيان لمحافظة القطيف"]),
        # a siege with water and power cut, told by accounts run from abroad and denied by the governorate
        E(True, ["COERCE"], [6], "حصار شامل", ["rumored", "negated", "reported"], mode="restrict",
          location=AWAMIYAH, date=SINCE_YESTERDAY,
          attribution=["حسابات في مواقع التواصل الاجتماعي", "مصدر في محافظة القطيف"]),
        # the spokesman's warning to whoever shelters the wanted men (THREATEN) and his call on them to
        # surrender
        E(True, ["THREATEN"], [7], "وحذّر", ["asserted"], mode="arrest",
          source=SA_INTERIOR_SPOKESMAN, recipient=HARBOURERS_SA, date=SINCE_YESTERDAY),
        E(True, ["REQUEST"], [7], "داعياً", ["asserted"],
          source=SA_INTERIOR_SPOKESMAN, recipient=AWAMIYAH_GUNMEN, date=SINCE_YESTERDAY),
        # his accusation of «terrorist elements linked to foreign parties»; the attacks of past months are an
        # aggregate (optional, generic)
        E(True, ["ACCUSE"], [8], "واتهم", ["asserted"],
          source=SA_INTERIOR_SPOKESMAN, recipient=AWAMIYAH_GUNMEN, date=SINCE_YESTERDAY),
        E(False, ["ASSAULT"], [8], "عمليات استهدفت", ["generic"], mode="firearms",
          source=AWAMIYAH_GUNMEN, recipient=SA_SECURITY, location=QATIF, date=None),
        # the follow-up (9) belongs to the first event; «could not be verified» negates nothing
        # the emir receives the Qatif notables (CONSULT, the host as source), who declare their support
        # (SUPPORT); their condemnation of the attack optional
        E(True, ["CONSULT"], [10], "واستقبل", ["asserted"], mode="visit",
          source=EP_EMIR, recipient=QATIF_NOTABLES, location=DAMMAM_EMIRATE, date=TODAY),
        E(True, ["SUPPORT"], [10], "تأييدهم", ["asserted"],
          source=QATIF_NOTABLES, recipient=SA_STATE, date=TODAY),
        E(False, ["ACCUSE"], [10], "مستنكرين", ["asserted"],
          source=QATIF_NOTABLES, date=TODAY),
        # paragraph 11 (days measured by checkpoints, avoiding al-Awamiyah after sunset) holds no event
        # background: Friday before a Wednesday, shots at a patrol in al-Qudaih without injuries (core,
        # historical: «without injuries» negates nothing); after «يُذكر أن», the expropriation and
        # compensation of last year (optional, historical)
        E(True, ["ASSAULT"], [12], "أطلقوا النار", ["historical", "asserted"], mode="firearms",
          source=UNKNOWN, recipient=SA_PATROL, location=QUDAIH, date=D("2017-07-14"), acled=CLASH),
        E(False, ["COERCE"], [12], "نزع ملكية", ["historical"], mode="confiscate",
          source=SA_AUTHORITIES, location=MUSAWARA, date=LAST_YEAR),
        E(False, ["AID"], [12], "وتعويض", ["historical"], mode="economic",
          source=SA_AUTHORITIES, location=MUSAWARA, date=LAST_YEAR),
        # the second compensation payment on Sunday (planned; one line)
        E(True, ["AID"], [13], "تصرف", ["planned"], mode="economic",
          source=COMPENSATION_COMMITTEE, recipient=AWAMIYAH_OWNERS, location=MUSAWARA, date=D("2017-07-23")),
        # a municipal councillor's demand to the municipality
        E(True, ["REQUEST"], [14], "وطالب", ["asserted"],
          source=QATIF_COUNCILLOR, recipient=EP_MUNICIPALITY, date=SINCE_YESTERDAY),
        # the funeral is no event; the demolition to be completed «within days» (optional, planned) and the
        # site's «cleansing» of wanted men (optional, hypothetical)
        E(False, ["ASSAULT", "COERCE"], [15], "تُستكمل", ["planned"], mode="destroy",
          source=EP_MUNICIPALITY, location=MUSAWARA, date=None),
        E(False, ["COERCE"], [15], "بتطهير", ["hypothetical"], mode="arrest",
          source=SA_SECURITY, location=MUSAWARA, date=None),
    ],
)
