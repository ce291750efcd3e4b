"""Gold of article 174: Nawa and western Daraa in July 2018 (Nawa's eastern quarter, al-Shaykh Sa'd and Adwan, Izra,
Heet and the Yarmouk basin, Tal al-Jabiya, Jasim and Inkhil, the southern Quneitra border, Shaykh Miskin), an
opposition Horan news network, 2018-07-17 (Tue), no dateline."""
from actors_places import (
                           ACTIVISTS,
                           AIR_INTEL,
                           ASSAD_FORCES,
                           ASSAD_VS_FACTIONS,
                           DARAA_FACTIONS,
                           DEESC_PARTIES,
                           HAYT,
                           HTS_174,
                           ISRAEL_ARMY,
                           IZRA,
                           JABIYA,
                           JASIM_INKHIL,
                           JASIM_INKHIL_COMMITTEES,
                           JASIM_INKHIL_RUSSIA,
                           KHALID_VS_FACTIONS,
                           LOCAL_SOURCES,
                           MIL_SEC_DARAA,
                           NAWA,
                           NAWA_AREA,
                           NAWA_COMMITTEE,
                           NAWA_COUNCIL,
                           NAWA_EAST,
                           NAWA_HOMES,
                           NAWA_PROTESTERS,
                           NAWA_SCHOOL_VICTIMS,
                           NEGOTIATORS,
                           QUNEITRA_IDPS,
                           QUNEITRA_SOUTH,
                           RETURNEES,
                           RUSSIA_AIR_174,
                           RUSSIA_OFFICERS,
                           RUSSIA_REGIME,
                           SF_COMMANDER,
                           SHEIKH_MISKIN,
                           SHEIKH_SAAD,
                           UN_JORDAN,
                           UNKNOWN,
                           WEST_DARAA,
)
from common import AGREEMENT, AIR, ARREST, ATTACK, CLASH, PEACEFUL, SHELL, D, E, paras_of

SLUG = "nawa_2018_school_strike_izra_talks_hayt_jabiya"
ARTICLE = dict(
    id="team35-174", slug=SLUG, published="2018-07-17", outlet="Sahl Horan news network (fictional)",
    paras=paras_of(f"174_{SLUG}.txt"),
    events=[
        # the Russian strikes on the school «مساء أمس الإثنين» (headline 0, the correspondent 1, the civil defence
        # and the activists 8 with 13 dead → 11)
        E(True, ["ASSAULT"], [0, 1, 8], "غارات جوية نفذتها طائرات حربية روسية", ["asserted", "reported"],
          mode="aerial", source=RUSSIA_AIR_174, recipient=NAWA_SCHOOL_VICTIMS, location=NAWA_EAST,
          date=D("2018-07-16"), fatalities=11,
          attribution=["مراسل «شبكة سهل حوران»", "الدفاع المدني في درعا", "ناشطون"], acled=AIR, tpara=1),
        # the regime's artillery and rocket fire on Nawa, al-Shaykh Sa'd and Adwan under one verb (one event; fired
        # from around Shaykh Miskin, which is not its place)
        E(True, ["ASSAULT"], [2], "قصف مدفعي وصاروخي", ["asserted"], mode="heavy-weapons",
          source=ASSAD_FORCES, recipient=NAWA_HOMES, location=NAWA_AREA, date=D("2018-07-16"), acled=SHELL),
        # the committee's meeting with the Russian officers in Izra (headline 0); no agreement (optional, negated);
        # the committee's request to stop the shelling (optional)
        E(True, ["CONSULT"], [0, 3], "اجتماعاً", ["asserted", "reported"],
          source=NAWA_COMMITTEE, recipient=RUSSIA_OFFICERS, location=IZRA, date=D("2018-07-16"),
          attribution=["عضو في اللجنة"], tpara=3),
        E(False, ["AGREE"], [3], "ولم يُفضِ إلى اتفاق", ["negated"],
          source=NAWA_COMMITTEE, recipient=RUSSIA_OFFICERS, location=IZRA, date=D("2018-07-16")),
        E(False, ["REQUEST"], [3], "طلب وقف القصف", ["reported"],
          source=NAWA_COMMITTEE, recipient=RUSSIA_OFFICERS, location=IZRA, date=D("2018-07-16")),
        # the Russian conditions (the handover and the exit to the north are their content) and the conditional
        # threat, both told by the committee member
        E(True, ["REQUEST"], [4], "طالب الفصائل", ["reported"],
          source=RUSSIA_OFFICERS, recipient=DARAA_FACTIONS, date=D("2018-07-16"), attribution=["عضو في اللجنة"]),
        E(True, ["THREATEN"], [4], "وهدد الضباط الروس", ["reported"], mode="violence",
          source=RUSSIA_OFFICERS, recipient=DARAA_FACTIONS, date=D("2018-07-16"), attribution=["عضو في اللجنة"]),
        # Jaysh Khalid's dawn attack near Heet and the clashes (one battle, both sides sources; 3 rebels killed),
        # retold in 16 with the infiltration route and two fighters captured
        E(True, ["ASSAULT"], [5, 16], "هجوماً", ["asserted", "reported"], mode="firearms",
          source=KHALID_VS_FACTIONS, location=HAYT, date=D("2018-07-17"), fatalities=3,
          attribution=["ناشطون من المنطقة", "صفحة «أخبار حوض اليرموك» على فيسبوك"], acled=CLASH),
        # paragraph 6: the displaced, deliberately NO gold event
        # the fighting at Tal al-Jabiya since yesterday noon; the capture claimed by loyalist media and denied by the
        # rebels is part of the same battle
        E(True, ["ASSAULT"], [7], "اشتباكات عنيفة", ["asserted"], mode="firearms",
          source=ASSAD_VS_FACTIONS, location=JABIYA, date=D("2018-07-16", "day", ("2018-07-16", "2018-07-17")),
          acled=CLASH),
        # the separate settlement of Jasim and Inkhil three days ago (historical); the activists' charge against the
        # two committees is optional
        E(True, ["AGREE"], [9], "اتفاق «تسوية»", ["historical", "asserted"],
          source=JASIM_INKHIL_RUSSIA, location=JASIM_INKHIL, date=D("2018-07-14"), acled=AGREEMENT),
        E(False, ["ACCUSE"], [9], "اتهام اللجنتين", ["asserted"],
          source=ACTIVISTS, recipient=JASIM_INKHIL_COMMITTEES, date=None),
        # Israeli aid through the fence last night, told by activists
        E(True, ["AID"], [10], "أدخل", ["reported"], mode="humanitarian",
          source=ISRAEL_ARMY, recipient=QUNEITRA_IDPS, location=QUNEITRA_SOUTH,
          date=D("2018-07-16", "day", ("2018-07-16", "2018-07-17")), attribution=["ناشطون"]),
        # the demonstration in Nawa's square and its demand to the factions
        E(True, ["PROTEST"], [11], "مظاهرة", ["asserted"], mode="demo",
          source=NAWA_PROTESTERS, location=NAWA, date=D("2018-07-16"), acled=PEACEFUL),
        E(True, ["REQUEST"], [11], "وطالبوا الفصائل", ["asserted"],
          source=NAWA_PROTESTERS, recipient=DARAA_FACTIONS, location=NAWA, date=D("2018-07-16")),
        # paragraph 12: commentary on Nawa's place, deliberately NO gold event
        # the assassination in al-Shaykh Sa'd today (1); the local sources' charge is optional
        E(True, ["ASSAULT"], [13], "اغتال مسلحون مجهولون", ["asserted"], mode="assassinate",
          source=UNKNOWN, recipient=SF_COMMANDER, location=SHEIKH_SAAD, date=D("2018-07-17"), fatalities=1,
          acled=ATTACK),
        E(False, ["ACCUSE"], [13], "اتهمت مصادر محلية", ["asserted"],
          source=LOCAL_SOURCES, recipient=AIR_INTEL, location=SHEIKH_SAAD, date=D("2018-07-17")),
        # HTS: rejection of any deal with the Russians and a commander's threat in a voice message (undated: today
        # or yesterday)
        E(True, ["REJECT"], [14], "رفضت", ["asserted"],
          source=HTS_174, recipient=RUSSIA_OFFICERS, location=WEST_DARAA,
          date=D("2018-07-17", "day", ("2018-07-16", "2018-07-17"))),
        E(True, ["THREATEN"], [14], "وتوعّد", ["reported", "asserted"], mode="violence",
          source=HTS_174, recipient=NEGOTIATORS, date=D("2018-07-17", "day", ("2018-07-16", "2018-07-17")),
          attribution=["تسجيل صوتي تناقلته مجموعات على «واتساب»"]),
        # tomorrow's round in Izra (planned); the buses for those who refuse are only leaks (optional)
        E(True, ["CONSULT"], [15], "جولة جديدة من المفاوضات", ["planned"],
          source=NAWA_COMMITTEE, recipient=RUSSIA_OFFICERS, location=IZRA, date=D("2018-07-18")),
        E(False, ["RETREAT"], [15], "لنقل الرافضين", ["rumored", "planned"], mode="withdraw", date=None),
        # the arrest of five returnees at the Shaykh Miskin checkpoint («في غضون ذلك»: these days)
        E(True, ["COERCE"], [17], "اعتقل حاجز", ["reported"], mode="arrest",
          source=MIL_SEC_DARAA, recipient=RETURNEES, location=SHEIKH_MISKIN,
          date=D("2018-07-17", "day", ("2018-07-16", "2018-07-17")), attribution=["ذووهم"], acled=ARREST),
        # the Nawa council's statement: blame of Russia and the regime, appeal to the UN and Jordan; the 2017
        # de-escalation agreement recalled (optional, historical)
        E(True, ["ACCUSE"], [18], "وحمّل", ["asserted"],
          source=NAWA_COUNCIL, recipient=RUSSIA_REGIME, location=NAWA, date=D("2018-07-17")),
        E(True, ["REQUEST"], [18], "وناشد", ["asserted"],
          source=NAWA_COUNCIL, recipient=UN_JORDAN, location=NAWA, date=D("2018-07-17")),
        E(False, ["AGREE"], [18], "باتفاق «خفض التصعيد»", ["historical"],
          source=DEESC_PARTIES, date=D("2017-07-07", "month", ("2017-07-01", "2017-07-31")), acled=AGREEMENT),
    ],
)
