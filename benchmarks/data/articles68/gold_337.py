"""Gold of article 337: Baqubah, al-Khalis, Kanaan, Balad Ruz, al-Muqdadiyah and Bani Saad (Diyala, Iraq), an
independent local news site of Diyala, 2019-11-12 (Tue). Mostly about protests, strikes and sit-ins and the
security response: a sit-in broken up by force, a general strike, a curfew, arrests, renewed sit-ins, demands,
threats and a refused invitation."""
from actors_places import (
    ANGRY_PROTESTERS,
    BANI_SAAD,
    BAQUBAH,
    BAQUBAH_HOMES,
    BAQUBAH_PROTESTERS,
    BAQUBAH_ROAD,
    DIWAN_BAQUBAH,
    DIYALA_GOVERNOR,
    DIYALA_POLICE,
    DIYALA_TOWNS,
    GOV_SHEIKHS,
    GOVERNOR_OFFICE,
    INFILTRATORS,
    IQ_AUTHORITIES,
    IQ_AUTHORITIES_HIST,
    KANAAN_BALADRUZ,
    KANAAN_PROTESTERS,
    KHALIS,
    KHALIS_STUDENTS,
    MUQDADIYAH,
    RIGHTS_PARL,
    RIOT_POLICE,
    SECURITY_FORCE,
    SITIN_COORD,
    SITIN_ORGANISERS,
    STRIKERS,
    TRIBAL_SHEIKHS,
    UNAMI,
    UNION_COORD,
    UNKNOWN_GUNMEN_IQ,
    VICTIM_FAMILY_IQ,
    WOMAN_ACTIVIST,
)
from common import ABDUCTION, ARREST, EXCESSIVE, PEACEFUL, RIOT, D, E, paras_of

SLUG = "baqubah_2019_diyala_sit_in_strike_khalis_bani_saad"
TODAY = D("2019-11-12")
LAST_NIGHT = D("2019-11-11")
ARTICLE = dict(
    id="team68-337", slug=SLUG, published="2019-11-12",
    outlet="Mirat Diyala independent local news site (fictional)",
    paras=paras_of(f"337_{SLUG}.txt"),
    events=[
        # the riot police break up the sit-in before the Diyala governorate building «ليل أمس الإثنين» with
        # tear gas and live fire (one-sided; ACLED: excessive force against protesters, so PROTEST and COERCE
        # are accepted as types): headline 0, lead 1 (eyewitnesses), the follow-up 4 (the health directorate:
        # one body) and the governor's denial 6 (a retelling: «مندسين» fired) → 1. Burning the tents is
        # optional
        E(True, ["ASSAULT", "COERCE", "PROTEST"], [0, 1, 4, 6], "اقتحمت", ["asserted", "reported"],
          mode="firearms", source=RIOT_POLICE, recipient=BAQUBAH_PROTESTERS, location=DIWAN_BAQUBAH,
          date=LAST_NIGHT, fatalities=1,
          attribution=["شهود عيان", "مصدر في دائرة صحة ديالى", "محافظ ديالى"], acled=EXCESSIVE, tpara=1),
        E(False, ["ASSAULT"], [1], "تُضرم النار", ["asserted"], mode="destroy",
          source=RIOT_POLICE, recipient=BAQUBAH_PROTESTERS, location=DIWAN_BAQUBAH, date=LAST_NIGHT),
        # the general strike «صباح اليوم الثلاثاء» in Baqubah and three districts (one verb: one event;
        # headline 0); the union's and the committee's call is optional REQUEST; the union's decision due on
        # Thursday is no event
        E(True, ["PROTEST"], [0, 2], "إضراب شامل", ["asserted"], mode="strike",
          source=STRIKERS, location=DIYALA_TOWNS, date=TODAY, acled=PEACEFUL, tpara=2),
        E(False, ["REQUEST"], [2], "لدعوة", ["asserted"],
          source=UNION_COORD, date=None),
        # the police command's night curfew on Baqubah (headline 0)
        E(True, ["COERCE"], [0, 3], "حظر للتجوال", ["asserted"], mode="curfew",
          source=DIYALA_POLICE, location=BAQUBAH, date=TODAY, tpara=3),
        # ¶5: hundreds back on the square with new tents (PROTEST), the chants' demand (optional REQUEST) and
        # the committee's statement with its demand (core REQUEST, addressed to no one by name); «زملائهم
        # الذين اقتيدوا فجر اليوم» is a back-reference to the arrests of ¶8
        E(True, ["PROTEST"], [5], "عاد مئات المحتجين", ["asserted"], mode="demo",
          source=BAQUBAH_PROTESTERS, location=DIWAN_BAQUBAH, date=TODAY, acled=PEACEFUL),
        E(False, ["REQUEST"], [5], "تطالب", ["asserted"],
          source=BAQUBAH_PROTESTERS, location=DIWAN_BAQUBAH, date=TODAY),
        E(True, ["REQUEST"], [5], "طالبت", ["asserted"],
          source=SITIN_COORD, location=DIWAN_BAQUBAH, date=TODAY),
        # ¶6: the governor's version belongs to the first event; his blame of «مندسين» and his call on the
        # protesters are optional; the inquiry committee is no event
        E(False, ["ACCUSE"], [6], "متهماً", ["asserted"],
          source=DIYALA_GOVERNOR, recipient=INFILTRATORS, date=TODAY),
        E(False, ["REQUEST"], [6], "داعياً", ["asserted"],
          source=DIYALA_GOVERNOR, recipient=BAQUBAH_PROTESTERS, date=TODAY),
        # ¶7 (the province, its water, orchards and jobless graduates) holds no event
        # ¶8: three organisers arrested at home «فجر اليوم» (told by their families; the police confirm and
        # charge them: the charge is an optional ACCUSE); the seizure of a phone and a laptop is optional
        E(True, ["COERCE"], [8], "واعتقلت", ["reported", "asserted"], mode="arrest",
          source=SECURITY_FORCE, recipient=SITIN_ORGANISERS, location=BAQUBAH_HOMES, date=TODAY,
          attribution=["ذووهم", "قيادة الشرطة"], acled=ARREST),
        E(False, ["COERCE"], [8], "صادرت", ["reported"], mode="confiscate",
          source=SECURITY_FORCE, recipient=SITIN_ORGANISERS, location=BAQUBAH_HOMES, date=TODAY),
        E(False, ["ACCUSE"], [8], "بتهمة", ["asserted", "reported"],
          source=DIYALA_POLICE, recipient=SITIN_ORGANISERS, date=TODAY),
        # ¶9: an activist's abduction in al-Muqdadiyah, told by activists' accounts and denied by security
        # sources (rumoured; neither version confirmed); the earlier abductions elsewhere are generic
        E(True, ["ASSAULT"], [9], "اختطاف ناشطة", ["rumored", "negated"], mode="abduct",
          source=UNKNOWN_GUNMEN_IQ, recipient=WOMAN_ACTIVIST, location=MUQDADIYAH,
          date=D("2019-11-12", "day", ("2019-11-11", "2019-11-12")),
          attribution=["حسابات ناشطين على مواقع التواصل الاجتماعي", "مصادر أمنية"], acled=ABDUCTION),
        # ¶10: the sheikhs' conditional threat to block the Baqubah–Baghdad road (THREATEN, made); the road
        # block itself is hypothetical (optional); the wake is no event
        E(True, ["THREATEN"], [10], "وهدّد", ["asserted"], mode="obstruct",
          source=TRIBAL_SHEIKHS, location=BAQUBAH, date=TODAY),
        E(False, ["PROTEST"], [10], "بقطع الطريق", ["hypothetical"], mode="obstruct",
          source=TRIBAL_SHEIKHS, location=BAQUBAH_ROAD, date=None),
        # ¶11: the rights commission and parliamentary committee's visit «يوم غدٍ الأربعاء» (planned)
        E(True, ["CONSULT"], [11], "وفد من المفوضية العليا", ["planned"], mode="visit",
          source=RIGHTS_PARL, location=BAQUBAH, date=D("2019-11-13"), attribution=["نائب عن المحافظة"]),
        # ¶12: the students' vigil in al-Khalis (PROTEST; «من دون أن تُسجَّل أي احتكاكات» negates nothing),
        # the deployment around it (optional MOBILIZE) and the vigils in Kanaan and Balad Ruz (one event,
        # optional)
        E(True, ["PROTEST"], [12], "وقفة تضامنية", ["asserted"], mode="demo",
          source=KHALIS_STUDENTS, location=KHALIS, date=TODAY, acled=PEACEFUL),
        E(False, ["MOBILIZE"], [12], "انتشرت", ["asserted"], mode="police",
          source=RIOT_POLICE, location=KHALIS, date=TODAY),
        E(False, ["PROTEST"], [12], "وقفات مماثلة", ["asserted"], mode="demo",
          source=KANAAN_PROTESTERS, location=KANAAN_BALADRUZ, date=TODAY, acled=PEACEFUL),
        # background at another place: protesters set fire to a party office in Bani Saad on 26 October (core,
        # historical, a riot), dispersed by the security forces (optional) — arrests then announced (optional)
        E(True, ["PROTEST"], [13], "أضرموا النار", ["historical", "asserted"], mode="riot",
          source=ANGRY_PROTESTERS, location=BANI_SAAD, date=D("2019-10-26"), acled=RIOT),
        E(False, ["ASSAULT"], [13], "تفرّقهم", ["historical"], mode="beat",
          source=RIOT_POLICE, recipient=ANGRY_PROTESTERS, location=BANI_SAAD, date=D("2019-10-26"),
          acled=EXCESSIVE),
        E(False, ["COERCE"], [13], "توقيف", ["historical"], mode="arrest",
          source=IQ_AUTHORITIES_HIST, location=BANI_SAAD, date=None),
        # ¶14 (the nationwide wave and its toll since October: an aggregate) holds no event
        # ¶15: the committee refuses the governor's invitation (REJECT; the invitation optional REQUEST), so
        # the meeting is held with sheikhs and notables only (CONSULT, asserted: «فلم يحضر … سوى»), and the
        # governor's pledge to them is optional AGREE
        E(True, ["REJECT"], [15], "ورفضت", ["asserted"],
          source=SITIN_COORD, recipient=DIYALA_GOVERNOR, location=BAQUBAH, date=TODAY),
        E(False, ["REQUEST"], [15], "دعوة وجّهها", ["asserted"],
          source=DIYALA_GOVERNOR, recipient=SITIN_COORD, location=GOVERNOR_OFFICE, date=TODAY),
        E(True, ["CONSULT"], [15], "يحضر اللقاء", ["asserted"],
          source=GOV_SHEIKHS, recipient=GOV_SHEIKHS, location=GOVERNOR_OFFICE, date=TODAY),
        E(False, ["AGREE"], [15], "تعهّد", ["asserted"],
          source=DIYALA_GOVERNOR, recipient=VICTIM_FAMILY_IQ, location=GOVERNOR_OFFICE, date=TODAY),
        # ¶16: UNAMI's call on the Iraqi authorities (REQUEST)
        E(True, ["REQUEST"], [16], "ودعت", ["asserted"],
          source=UNAMI, recipient=IQ_AUTHORITIES, date=TODAY),
    ],
)
