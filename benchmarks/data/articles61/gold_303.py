"""Gold of article 303: Qanawat, Suwayda city (al-Karama Square, al-Anqud roundabout), al-Tha'la airbase and
al-Mazraa (Suwayda, Syria), with Jaramana and Sahnaya (Rif Dimashq), a Suwayda local news page, 2024-05-27
(Mon). Mostly about politics: a delegation, an offer and its rejection, accusations, demands, threats and a
show of support, with a clash, a withdrawal and a killing around them."""
from actors_places import (
    ANQUD,
    ANQUD_CHECKPOINT,
    ANQUD_FIGHT,
    DAMASCUS_DELEGATION,
    DELEGATION_SPIRITUAL,
    FOREIGN_PARTIES,
    HIRAK_BODY,
    JARAMANA,
    JARAMANA_CIVIC,
    KARAMA_PLATFORM,
    KARAMA_SQUARE,
    MAZRAA,
    POLICE_HQ_SUWAYDA,
    QANAWAT,
    QURAYYA_YOUTHS,
    RIF_DIMASHQ,
    RIJAL_KARAMA,
    SANA,
    SHAHBA_VICTIM,
    SPIRITUAL_LEADERSHIP,
    SUWAYDA,
    SUWAYDA_GOV,
    SUWAYDA_GOVERNORATE,
    SUWAYDA_PROTESTERS,
    SY_AUTHORITIES,
    SY_CONVOY,
    SY_SECURITY_AGENCIES,
    THALA,
    UNKNOWN,
)
from common import ARREST, ATTACK, CLASH, PEACEFUL, D, E, paras_of

SLUG = "suwayda_2024_qanawat_karama_square_anqud_mazraa"
TODAY = D("2024-05-27")
YESTERDAY = D("2024-05-26")
SINCE_YESTERDAY = D("2024-05-27", "day", ("2024-05-26", "2024-05-27"))
ARTICLE = dict(
    id="team61-303", slug=SLUG, published="2024-05-27",
    outlet="Minbar al-Jabal Suwayda local news page (fictional)",
    paras=paras_of(f"303_{SLUG}.txt"),
    events=[
        # the Damascus delegation's visit to the spiritual leadership in Qanawat (headline 0, lead 1; the
        # names not disclosed negate nothing)
        E(True, ["CONSULT"], [0, 1], "زار", ["asserted", "reported"], mode="visit",
          source=DAMASCUS_DELEGATION, recipient=SPIRITUAL_LEADERSHIP, location=QANAWAT, date=TODAY,
          attribution=["مصادر من داخل الدار"], tpara=1),
        # one sentence, two events: the delegation's offer (checkpoints removed against offices reopened:
        # AGREE as an offer) and the Sheikh al-Aql's rejection (headline «يرفض عرضه»)
        E(True, ["AGREE"], [2], "عرض", ["asserted", "reported"],
          source=DAMASCUS_DELEGATION, recipient=SPIRITUAL_LEADERSHIP, location=QANAWAT, date=TODAY,
          attribution=["المصادر"]),
        E(True, ["REJECT"], [0, 2], "رفض", ["asserted", "reported"],
          source=SPIRITUAL_LEADERSHIP, recipient=DAMASCUS_DELEGATION, location=QANAWAT, date=TODAY,
          attribution=["المصادر"], tpara=2),
        # in the offer's relative clauses: the checkpoints «set up lately» and the offices the protesters
        # closed (optional, historical)
        E(False, ["MOBILIZE", "COERCE"], [2], "استُحدثت", ["historical"], mode="police",
          location=SUWAYDA, date=None),
        E(False, ["PROTEST", "COERCE"], [2], "أغلقها المحتجون", ["historical"], mode="obstruct",
          source=SUWAYDA_PROTESTERS, location=SUWAYDA, date=None),
        # the daily gathering in al-Karama Square (PROTEST); what its banners ask optional
        E(True, ["PROTEST"], [3], "احتشد", ["asserted"], mode="demo",
          source=SUWAYDA_PROTESTERS, location=KARAMA_SQUARE, date=TODAY, acled=PEACEFUL),
        E(False, ["REQUEST"], [3], "تطالب", ["asserted"],
          source=SUWAYDA_PROTESTERS, location=KARAMA_SQUARE, date=TODAY),
        # paragraph 4 (the movement's tenth month, a daily habit) holds no event
        # the fight at the new checkpoint by al-Anqud «مساء أمس الأحد» (two-sided: both are sources): ¶5 (the
        # page's correspondent: a checkpoint man and a gunman, two), the follow-up ¶8 (a medical source: one
        # security man's body; a missing son), SANA's retelling ¶10 («استشهاد عنصرين») → 2 vs 1 vs 2 → 1
        E(True, ["ASSAULT"], [5, 8, 10], "اشتباك", ["asserted", "reported"], mode="firearms",
          source=ANQUD_FIGHT, location=ANQUD, date=YESTERDAY, fatalities=1,
          attribution=["مراسل «منبر الجبل»", "مصدر طبي في المشفى الوطني بالسويداء", "سانا"], acled=CLASH),
        # the Men of Dignity's statement: blame on the security agencies (ACCUSE) and a conditional vow
        # (THREATEN, made); the response it vows optional, hypothetical; its silence on the gunmen negates
        # nothing
        E(True, ["ACCUSE"], [6], "وحمّلت", ["asserted"],
          source=RIJAL_KARAMA, recipient=SY_SECURITY_AGENCIES, date=YESTERDAY),
        E(True, ["THREATEN"], [6], "وتوعّدت", ["asserted"], mode="violence",
          source=RIJAL_KARAMA, recipient=SY_SECURITY_AGENCIES, date=YESTERDAY),
        E(False, ["ASSAULT"], [6], "بالرد", ["hypothetical"], mode="firearms",
          source=RIJAL_KARAMA, date=None),
        # a convoy from Rif Dimashq at al-Tha'la airbase: rumoured, unconfirmed (not denied)
        E(True, ["MOBILIZE"], [7], "وصول رتل عسكري", ["rumored", "reported"], mode="troops",
          source=SY_CONVOY, location=THALA, date=TODAY, attribution=["صفحات محلية", "ناشطين"]),
        # the delegation's return to Qanawat on Thursday (planned); the freeze it is conditioned on optional
        E(True, ["CONSULT"], [9], "يعود الوفد", ["planned", "reported"], mode="visit",
          source=DAMASCUS_DELEGATION, location=QANAWAT, date=D("2024-05-30"), attribution=["المصادر ذاتها"]),
        E(False, ["AGREE", "CONCEDE"], [9], "يُجمَّد", ["planned"],
          source=DELEGATION_SPIRITUAL, location=QANAWAT, date=None),
        # SANA's accusation of «foreign parties» (its account of the fight belongs to the clash above)
        E(True, ["ACCUSE"], [10], "واتهمت", ["asserted", "reported"],
          source=SANA, recipient=FOREIGN_PARTIES, date=SINCE_YESTERDAY),
        # the General Body's demand (its content: the checkpoint and three detainees), their arrest last week
        # (optional, historical), its seven-day ultimatum (THREATEN, headline «يمهل») and the sit-in it
        # waves (optional, hypothetical)
        E(True, ["REQUEST"], [11], "وطالبت", ["asserted"],
          source=HIRAK_BODY, recipient=SUWAYDA_GOVERNORATE, location=KARAMA_PLATFORM, date=TODAY),
        E(False, ["COERCE"], [11], "اعتُقلوا", ["historical"], mode="arrest",
          recipient=QURAYYA_YOUTHS, location=RIF_DIMASHQ,
          date=D("2024-05-21", "week", ("2024-05-17", "2024-05-25")), acled=ARREST),
        E(True, ["THREATEN"], [0, 11], "وأمهلت", ["asserted"], mode="obstruct",
          source=HIRAK_BODY, recipient=SUWAYDA_GOVERNORATE, location=KARAMA_PLATFORM, date=TODAY, tpara=11),
        E(False, ["PROTEST"], [11], "بإغلاق مبنى المحافظة", ["hypothetical"], mode="obstruct",
          source=HIRAK_BODY, location=SUWAYDA_GOV, date=None),
        # paragraph 12 (power cuts, fuel prices, remittances) holds no event
        # background at another place: a young man of Shahba shot dead near al-Mazraa «مساء الخميس الماضي»
        # (core, historical, 1); the protests' start in August 2023 optional, historical
        E(True, ["ASSAULT"], [13], "قُتل", ["historical", "asserted"], mode="firearms",
          source=UNKNOWN, recipient=SHAHBA_VICTIM, location=MAZRAA, date=D("2024-05-23"), fatalities=1,
          acled=ATTACK),
        E(False, ["PROTEST"], [13], "الاحتجاجات", ["historical"], mode="demo",
          location=SUWAYDA_GOV, date=D("2023-08-20", "month", ("2023-08-01", "2023-08-31")), acled=PEACEFUL),
        # civic groups of Jaramana and Sahnaya back the movement (SUPPORT); their call optional
        E(True, ["SUPPORT"], [14], "تضامنها", ["asserted"],
          source=JARAMANA_CIVIC, recipient=SUWAYDA_PROTESTERS, location=JARAMANA, date=TODAY),
        E(False, ["REQUEST"], [14], "ودعت", ["asserted"],
          source=JARAMANA_CIVIC, recipient=SY_AUTHORITIES, location=JARAMANA, date=TODAY),
        # the update: the checkpoint's men withdraw to the police command (RETREAT, carried out)
        E(True, ["RETREAT"], [15], "انسحب", ["asserted", "reported"], mode="withdraw",
          source=ANQUD_CHECKPOINT, location=POLICE_HQ_SUWAYDA, date=TODAY, attribution=["مراسلنا"]),
    ],
)
