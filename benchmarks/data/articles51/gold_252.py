"""Gold of article 252: the Delta (Kafr Saad and Faraskur in Damietta, Baltim, Sidi Salem and Mutubas in Kafr
el-Sheikh, Mansoura) and Cairo, an Egyptian daily, 2005-12-08 (Thu)."""
from actors_places import (
    BALTIM_SIDI_SALEM,
    BALTIM_VOTERS,
    CAIRO,
    DAMIETTA,
    DAMIETTA_GOVERNOR,
    DAMIETTA_KAFR_SHEIKH,
    DAMIETTA_OFFICIALS,
    DOCTORS_RELIEF,
    EG_CSF,
    EG_GOV,
    EG_INTERIOR,
    EG_PROSECUTION,
    EG_SECURITY,
    FARASKUR,
    FUNERAL_MOURNERS,
    JUDGES_CLUB,
    KAFR_SAAD,
    KAFR_SAAD_HOSPITAL,
    KAFR_SAAD_VOTERS,
    MANSOURA,
    MANSOURA_CAMPAIGN,
    MB,
    MB_CANDIDATE_HOUSE,
    MB_DETAINEES,
    MUTUBAS,
    MUTUBAS_CLASH,
    SEC,
    US_STATE,
    VICTIM_FAMILIES_EG,
)
from common import ARREST, EXCESSIVE, OTHER, PEACEFUL, D, E, paras_of

SLUG = "kafr_saad_2005_damietta_baltim_mutubas_mansoura"
TODAY = D("2005-12-08")
SINCE_YESTERDAY = D("2005-12-08", "day", ("2005-12-07", "2005-12-08"))
ARTICLE = dict(
    id="team51-252", slug=SLUG, published="2005-12-08", outlet="Sawt al-Delta daily (fictional)",
    paras=paras_of(f"252_{SLUG}.txt"),
    events=[
        # the Central Security Forces' fire on the voters at a school in a village of Kafr Saad «أمس الأربعاء»
        # (the run-off day): headline 0, lead 1 (Damietta's health directorate: two), the follow-up 6 (the
        # EOHR: three; the Brotherhood's candidate: four; the ministry denies only the live rounds, which
        # negates nothing) → 2. The voters' gathering is a separate PROTEST; their being kept out optional
        E(True, ["ASSAULT"], [0, 1, 6], "أطلقت قوات الأمن المركزي", ["asserted", "reported"], mode="firearms",
          source=EG_CSF, recipient=KAFR_SAAD_VOTERS, location=KAFR_SAAD, date=D("2005-12-07"), fatalities=2,
          attribution=["مديرية الصحة بدمياط", "شهود عيان", "المنظمة المصرية لحقوق الإنسان",
                       "موقع الجماعة على الإنترنت", "وزارة الداخلية"], acled=EXCESSIVE, tpara=1),
        E(True, ["PROTEST"], [1], "تجمهروا", ["asserted"], mode="demo",
          source=KAFR_SAAD_VOTERS, location=KAFR_SAAD, date=D("2005-12-07"), acled=EXCESSIVE),
        E(False, ["COERCE"], [1], "منعهم", ["asserted"], mode="restrict",
          recipient=KAFR_SAAD_VOTERS, location=KAFR_SAAD, date=D("2005-12-07")),
        # one sentence, two events: the cordon around polling stations in Baltim and Sidi Salem (told by
        # independent candidates' agents) and the stick-and-knife fight in Mutubas between two candidates'
        # supporters (two-sided, no deaths)
        E(True, ["COERCE"], [2], "طوقاً", ["asserted", "reported"], mode="restrict",
          source=EG_CSF, recipient=BALTIM_VOTERS, location=BALTIM_SIDI_SALEM, date=D("2005-12-07"),
          attribution=["مندوبو مرشحين مستقلين"], acled=OTHER),
        E(True, ["ASSAULT"], [2], "اشتبك أنصار", ["asserted"], mode="beat",
          source=MUTUBAS_CLASH, location=MUTUBAS, date=D("2005-12-07")),
        # the arrests announced by the Brotherhood (headline); the prosecution's four-day detention optional
        E(True, ["COERCE"], [0, 3], "اعتقلت", ["reported", "asserted"], mode="arrest",
          source=EG_SECURITY, recipient=MB_DETAINEES, location=DAMIETTA_KAFR_SHEIKH, date=SINCE_YESTERDAY,
          attribution=["بيان جماعة الإخوان المسلمين"], acled=ARREST, tpara=3),
        E(False, ["COERCE", "SANCTION"], [3], "أمرت بحبس", ["reported", "asserted"], mode="arrest",
          source=EG_PROSECUTION, recipient=MB_DETAINEES, date=SINCE_YESTERDAY),
        # paragraph 4 (Kafr Saad's economy and its families' rivalry) holds no event
        # the Judges' Club: an accusation of the interior ministry and a demand to the elections committee
        E(True, ["ACCUSE"], [5], "اتهم نادي القضاة", ["asserted"],
          source=JUDGES_CLUB, recipient=EG_INTERIOR, date=SINCE_YESTERDAY),
        E(True, ["REQUEST"], [5], "مطالباً", ["asserted"],
          source=JUDGES_CLUB, recipient=SEC, date=SINCE_YESTERDAY),
        # the ministry's statement of last evening: an accusation (the attack on the polling stations is its
        # content, the ministry's retelling of Kafr Saad) and a warning
        E(True, ["ACCUSE"], [7], "واتهمت", ["asserted"],
          source=EG_INTERIOR, recipient=MB, date=D("2005-12-07")),
        E(True, ["THREATEN"], [7], "محذّرةً", ["asserted"], mode="arrest",
          source=EG_INTERIOR, date=D("2005-12-07")),
        # the rumoured raid on the Brotherhood candidate's house in Faraskur, denied by a security source
        E(True, ["COERCE"], [8], "مداهمة", ["rumored", "negated", "reported"], mode="arrest",
          source=EG_CSF, recipient=MB_CANDIDATE_HOUSE, location=FARASKUR, date=TODAY,
          attribution=["أنباء ترددت في فارسكور", "مصدر أمني بمديرية أمن دمياط"], acled=ARREST),
        # the vigil before the Press Syndicate on Saturday (planned)
        E(True, ["PROTEST"], [9], "وقفة احتجاجية", ["planned"], mode="demo",
          source=MB, location=CAIRO, date=D("2005-12-10")),
        # the governor's meeting; the grant to the two families decided there optional (planned)
        E(True, ["CONSULT"], [10], "اجتماعاً", ["asserted"],
          source=DAMIETTA_GOVERNOR, recipient=DAMIETTA_OFFICIALS, location=DAMIETTA, date=TODAY),
        E(False, ["AID"], [10], "صرف إعانة", ["planned", "asserted"], mode="economic",
          source=DAMIETTA_GOVERNOR, recipient=VICTIM_FAMILIES_EG, location=DAMIETTA, date=TODAY),
        # paragraph 11 (clashes and vote-buying in the earlier rounds, «a tradition») is generic: no event
        # the State Department's call on the Egyptian government (its «concern» is no event)
        E(True, ["REQUEST"], [12], "ودعت", ["asserted"],
          source=US_STATE, recipient=EG_GOV, date=SINCE_YESTERDAY),
        # the funeral turned demonstration; the Central Security deployment around the village optional
        E(True, ["PROTEST"], [13], "مظاهرة", ["asserted"], mode="demo",
          source=FUNERAL_MOURNERS, location=KAFR_SAAD, date=TODAY, acled=PEACEFUL),
        E(False, ["MOBILIZE"], [13], "انتشار كثيف", ["asserted"], mode="police",
          source=EG_CSF, location=KAFR_SAAD, date=TODAY),
        # background at another place: the raid on a Brotherhood campaign office in Mansoura «فجر الأحد
        # الماضي» (core, historical; one raid); the arrest of five in the same sentence optional
        E(True, ["COERCE"], [14], "داهمت", ["historical", "asserted"], mode="arrest",
          source=EG_CSF, recipient=MANSOURA_CAMPAIGN, location=MANSOURA, date=D("2005-12-04"),
          attribution=["محامي الحملة"], acled=ARREST),
        E(False, ["COERCE"], [14], "واعتقلت", ["historical", "asserted"], mode="arrest",
          source=EG_CSF, recipient=MANSOURA_CAMPAIGN, location=MANSOURA, date=D("2005-12-04")),
        # the Doctors' Syndicate's medical convoy; the hospital's earlier appeal optional
        E(True, ["AID"], [15], "قافلة طبية", ["asserted"], mode="humanitarian",
          source=DOCTORS_RELIEF, recipient=KAFR_SAAD_HOSPITAL, location=KAFR_SAAD, date=TODAY),
        E(False, ["REQUEST"], [15], "ناشدت", ["asserted"],
          source=KAFR_SAAD_HOSPITAL, date=SINCE_YESTERDAY),
    ],
)
