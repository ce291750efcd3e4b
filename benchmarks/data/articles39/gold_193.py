"""Gold of article 193: as-Suwayda's western countryside and Shahba ('Ariqah, the 'Ariqah–Dama road, Shahba, as-Suwayda
city, Busr al-Harir), a local Suwayda news network, 2016-08-20 (Sat)."""
from actors_places import (
                           AQL,
                           ARIQAH,
                           ARIQAH_ARMED,
                           ARIQAH_DAMA,
                           ARIQAH_FAMILIES,
                           ARIQAH_GUNMEN,
                           ARIQAH_HOSTS,
                           ARIQAH_PROTESTERS,
                           ARIQAH_ROAD,
                           ARIQAH_YOUTHS,
                           BUSR_HARIR,
                           DARAA_FAMILIES,
                           DARAA_MEN,
                           HAWRAN_NOTABLES,
                           JABAL_NOTABLES,
                           MI_MEMBERS,
                           RAK,
                           SHAHBA,
                           SHAHBA_GUNMEN,
                           SHAHBA_NOTABLES,
                           SHAHBA_SIDES,
                           SHAHBA_YOUTHS,
                           SUWAYDA,
                           SW_ACTIVISTS,
                           SW_AUTHORITIES,
                           SW_KIDNAPPERS,
                           SW_NOTABLES_AQL,
                           SW_POLICE,
                           SW_SUSPECT,
                           SY_MI,
                           UNKNOWN,
)
from common import ABDUCTION, ARREST, CLASH, PEACEFUL, D, E, paras_of

SLUG = "suwayda_2016_ariqah_abductions_shahba_exchange_rijal_al_karama"
ARTICLE = dict(
    id="team39-193", slug=SLUG, published="2016-08-20", outlet="Sada al-Jabal network (fictional)",
    paras=paras_of(f"193_{SLUG}.txt"),
    events=[
        # the abduction of three young men of 'Ariqah «مساء أمس الجمعة»: headline 0, lead 1, and again in 9 with new
        # details (the hour, four masked gunmen, the burnt car found this morning: part of the same act)
        E(True, ["ASSAULT"], [0, 1, 9], "خطف ثلاثة شبان", ["asserted", "reported"], mode="abduct",
          source=SW_KIDNAPPERS, recipient=ARIQAH_YOUTHS, location=ARIQAH, date=D("2016-08-19"),
          attribution=["أحد أقارب المخطوفين", "مصادر أهلية في عريقة"], acled=ABDUCTION, tpara=1),
        # the counter-abduction hours later (headline 0: «خطف مضاد»): four men of eastern Daraa held by gunmen of the
        # town; «لن يُمسّ أحد منهم بأذى» is a promise, no event
        E(True, ["ASSAULT", "COERCE"], [0, 2], "احتجز", ["asserted", "reported"], mode="abduct",
          source=ARIQAH_GUNMEN, recipient=DARAA_MEN, location=ARIQAH_DAMA,
          date=D("2016-08-19", "day", ("2016-08-19", "2016-08-20")), attribution=["أحد المشاركين فيها"],
          acled=ABDUCTION, tpara=2),
        # this morning's road block with burning tyres (headline 0), its demand and its blame of the government
        E(True, ["PROTEST"], [0, 3], "قطع العشرات", ["asserted"], mode="obstruct",
          source=ARIQAH_PROTESTERS, location=ARIQAH_ROAD, date=D("2016-08-20"), acled=PEACEFUL, tpara=3),
        E(True, ["REQUEST"], [3], "مطالبين", ["asserted"],
          source=ARIQAH_PROTESTERS, recipient=SW_AUTHORITIES, location=ARIQAH_ROAD, date=D("2016-08-20")),
        E(True, ["ACCUSE"], [3], "ومحمّلين", ["asserted"],
          source=ARIQAH_PROTESTERS, recipient=SW_AUTHORITIES, date=D("2016-08-20")),
        # the ransom demand exists only as a rumour on Facebook pages and a relative denies any call; the Daraa
        # faction's denial of any role is no event
        E(True, ["REQUEST"], [4], "وطالبوا بفدية", ["rumored", "negated", "reported"],
          source=SW_KIDNAPPERS, recipient=ARIQAH_FAMILIES,
          date=D("2016-08-20", "day", ("2016-08-19", "2016-08-20")),
          attribution=["صفحات محلية على فيسبوك", "أحد أقاربهم"]),
        # Shahba, last Thursday: the Military Intelligence arrest at a checkpoint, the relatives' seizure of two
        # branch members, and the exchange that evening (one RETREAT/COOPERATE; the notables' mediation optional)
        E(True, ["COERCE"], [5], "اعتقلت", ["asserted", "reported"], mode="arrest",
          source=SY_MI, recipient=SHAHBA_YOUTHS, location=SHAHBA, date=D("2016-08-18"),
          attribution=["مراسل الشبكة"], acled=ARREST),
        E(True, ["ASSAULT", "COERCE"], [5], "احتجاز عنصرين", ["asserted", "reported"], mode="abduct",
          source=SHAHBA_GUNMEN, recipient=MI_MEMBERS, location=SHAHBA, date=D("2016-08-18"),
          attribution=["مراسل الشبكة"], acled=ABDUCTION),
        E(True, ["RETREAT", "COOPERATE"], [5], "عملية تبادل", ["asserted", "reported"], mode="release",
          source=SHAHBA_SIDES, location=SHAHBA, date=D("2016-08-18"), attribution=["مراسل الشبكة"]),
        E(False, ["CONSULT"], [5], "بوساطة", ["asserted"], mode="third-party",
          source=SHAHBA_NOTABLES, location=SHAHBA, date=D("2016-08-18")),
        # the Men of Dignity statement this evening: accusation of unnamed security bodies and a conditional threat;
        # its call for restraint is optional
        E(True, ["ACCUSE"], [6], "اتهمت", ["asserted"],
          source=RAK, recipient=SW_AUTHORITIES, date=D("2016-08-20"), attribution=["بيان حركة رجال الكرامة"]),
        E(True, ["THREATEN"], [6], "وهددت", ["asserted"], mode="violence",
          source=RAK, date=D("2016-08-20"), attribution=["بيان حركة رجال الكرامة"]),
        E(False, ["REQUEST"], [6], "داعيةً", ["asserted"],
          source=RAK, date=D("2016-08-20")),
        # the Sheikhs of Aql visit 'Ariqah this afternoon (host side as recipient); a notables' delegation is due in
        # Busr al-Harir tomorrow (planned)
        E(True, ["CONSULT"], [7], "زار", ["asserted"], mode="visit",
          source=AQL, recipient=ARIQAH_HOSTS, location=ARIQAH, date=D("2016-08-20")),
        E(True, ["CONSULT"], [7], "يتوجه وفد", ["planned"], mode="visit",
          source=JABAL_NOTABLES, recipient=HAWRAN_NOTABLES, location=BUSR_HARIR, date=D("2016-08-21")),
        # paragraph 8 (two years of tit-for-tat kidnappings) is generic: deliberately NO gold event
        # shots at a police patrol near the central market at noon (one policeman wounded)
        E(True, ["ASSAULT"], [10], "لإطلاق نار", ["asserted", "reported"], mode="firearms",
          source=UNKNOWN, recipient=SW_POLICE, location=SUWAYDA, date=D("2016-08-20"),
          attribution=["مراسل الشبكة"], acled=CLASH),
        # SANA's police source: an arrest yesterday evening, place not given; «عمليات خطف سابقة» is an aggregate
        E(True, ["COERCE"], [11], "ألقت القبض", ["reported"], mode="arrest",
          source=SW_POLICE, recipient=SW_SUSPECT, date=D("2016-08-19"),
          attribution=["سانا عن مصدر في قيادة شرطة محافظة السويداء"], acled=ARREST),
        # the exchange that ended a similar crisis early this year and its negotiations (optional, historical)
        E(False, ["RETREAT", "COOPERATE"], [12], "بصفقة تبادل", ["historical"], mode="release",
          date=D("2016-01-20", "month", ("2016-01-01", "2016-02-15"))),
        E(False, ["CONSULT"], [12], "مفاوضات", ["historical"],
          date=D("2016-01-10", "month", ("2016-01-01", "2016-02-15"))),
        # the sit-in called for next Monday (planned); the call itself optional
        E(True, ["PROTEST"], [13], "اعتصام", ["planned"], mode="demo",
          source=SW_ACTIVISTS, location=SUWAYDA, date=D("2016-08-22")),
        E(False, ["REQUEST"], [13], "ودعا", ["asserted"],
          source=SW_ACTIVISTS, location=SUWAYDA, date=D("2016-08-20")),
        # the Daraa families' appeal in a video (the day it was posted is not given: yesterday or today)
        E(True, ["REQUEST"], [14], "ناشد", ["asserted"],
          source=DARAA_FAMILIES, recipient=SW_NOTABLES_AQL,
          date=D("2016-08-20", "day", ("2016-08-19", "2016-08-20")),
          attribution=["تسجيل مصوّر على مواقع التواصل الاجتماعي"]),
        # «لم يُفرج عن أي من المخطوفين»: a negated release (optional); the town's gunmen deployed at its entrances
        E(False, ["RETREAT"], [15], "لم يُفرج", ["negated"], mode="release",
          location=ARIQAH, date=None),
        E(True, ["MOBILIZE"], [15], "انتشاراً لمسلحين", ["asserted"], mode="troops",
          source=ARIQAH_ARMED, location=ARIQAH, date=D("2016-08-20")),
    ],
)
