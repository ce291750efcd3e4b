"""Gold of article 209: Nubl and al-Zahraa (Bayanun, the road to Afrin), a Lebanese news site close to the
«resistance axis», 2014-10-21 (Tue). No dateline; 9 paragraphs; ¶5 holds no event."""
from actors_places import (
                           ABDUCTEES_FAMILIES,
                           ABDUCTORS,
                           AFRIN_MEDIATORS,
                           DEFENDERS,
                           HEZBOLLAH_IRGC,
                           ICRC_SARC,
                           MILITANTS_209,
                           NUBL,
                           NUBL_ABDUCTEES,
                           NUBL_AFRIN_ROAD,
                           NUBL_VICTIMS,
                           NUBL_ZAHRAA,
                           NUSRA,
                           NUSRA_STATE,
                           OPS_ROOM,
                           STATE_MEDIATORS,
                           SY_ARMY_HELI,
                           SY_STATE,
                           TOWNS_DEFENDERS,
                           TOWNS_RESIDENTS,
                           ZAHRAA,
                           ZAHRAA_2013_ATTACKERS,
                           ZAHRAA_FIGHT,
)
from common import ABDUCTION, CLASH, SHELL, D, E, paras_of

SLUG = "nubl_zahraa_2014_bayanun_attack_hell_cannons_airdrops_abductees"
ARTICLE = dict(
    id="team42-209", slug=SLUG, published="2014-10-21", outlet="Sham al-Muqawama news site (fictional)",
    paras=paras_of(f"209_{SLUG}.txt"),
    events=[
        # the attack on al-Zahraa from Bayanun and its repulse: headline 0, lead 1, the field commander's details 8
        # (the car bomb at the earth berm and the point lost and retaken are the same fight). Two-sided: both sides
        # are sources. Toll: 4 defenders + the attackers' «عشرات القتلى والجرحى» (no separate number) for which the
        # opposition pages admit 7 → 4 + 7 = 11
        E(True, ["ASSAULT"], [0, 1, 8], "هجوماً واسعاً شنّته", ["asserted", "reported"], mode="firearms",
          source=ZAHRAA_FIGHT, location=ZAHRAA, date=D("2014-10-21"), fatalities=11,
          attribution=["مراسل شآم المقاومة في ريف حلب", "قائد ميداني في اللجان الشعبية", "تنسيقيات المسلحين"],
          acled=CLASH, tpara=1),
        # the shelling of the two towns' quarters with rockets and «hell cannons» that accompanied the attack (other
        # victims, other weapons: its own event; headline 0 names «النصرة» and the woman and her daughter) → 2
        E(True, ["ASSAULT"], [0, 2], "قصف عنيف", ["asserted"], mode="heavy-weapons",
          source=NUSRA, recipient=NUBL_VICTIMS, location=NUBL, date=D("2014-10-21"), fatalities=2,
          acled=SHELL, tpara=2),
        # the army helicopters' airdrop last evening (AID; the local committee's distribution this morning optional);
        # parachutes that fell outside were seized by the militants (optional COERCE)
        E(True, ["AID"], [3], "ألقت مروحيات", ["asserted", "reported"], mode="humanitarian",
          source=SY_ARMY_HELI, recipient=TOWNS_RESIDENTS, location=NUBL_ZAHRAA, date=D("2014-10-20"),
          attribution=["مصدر في لجنة الإغاثة المحلية"]),
        E(False, ["AID"], [3], "توزيعها", ["asserted", "reported"], mode="humanitarian",
          source=TOWNS_RESIDENTS, recipient=TOWNS_RESIDENTS, location=NUBL_ZAHRAA, date=D("2014-10-21")),
        E(False, ["COERCE"], [3], "واستولى عليه المسلحون", ["asserted", "reported"], mode="confiscate",
          source=MILITANTS_209, date=D("2014-10-20", "day", ("2014-10-20", "2014-10-21"))),
        # the abduction of six people of Nubl on the Afrin road last Sunday (the abductors only «believed» to be of
        # the Islamic Front) and the families' appeal to the ICRC and SARC
        E(True, ["ASSAULT"], [4], "اختطف", ["reported", "asserted"], mode="abduct",
          source=ABDUCTORS, recipient=NUBL_ABDUCTEES, location=NUBL_AFRIN_ROAD, date=D("2014-10-19"),
          attribution=["ذوو المختطفين"], acled=ABDUCTION),
        E(True, ["REQUEST"], [4], "ناشدوا", ["asserted", "reported"],
          source=ABDUCTEES_FAMILIES, recipient=ICRC_SARC, date=D("2014-10-21", "day", ("2014-10-19", "2014-10-21"))),
        # paragraph 5 describes the siege's living conditions (habits, prices): deliberately NO gold event
        # talks through Afrin mediators «منذ أسابيع» (ongoing, undated); the exchange they aim at is future
        # (optional, planned); al-Nusra's refusal and its condition (a demand on the Syrian state)
        E(True, ["CONSULT"], [6], "مفاوضات", ["reported"], mode="third-party",
          source=AFRIN_MEDIATORS, recipient=NUSRA_STATE, date=None, attribution=["مصدر مطّلع لشآم المقاومة"]),
        E(False, ["RETREAT", "COOPERATE"], [6], "صفقة تبادل", ["planned"], mode="release",
          source=NUSRA_STATE, date=None),
        E(True, ["REJECT"], [6], "رفضت", ["reported"],
          source=NUSRA, recipient=STATE_MEDIATORS, date=None, attribution=["مصدر مطّلع لشآم المقاومة"]),
        E(True, ["REQUEST"], [6], "واشترطت", ["reported"],
          source=NUSRA, recipient=SY_STATE, date=None, attribution=["مصدر مطّلع لشآم المقاومة"]),
        # the statement ascribed to the «operations room» on the militants' pages: a threat to storm the towns (the
        # storming itself hypothetical, optional) and the accusation of Hezbollah and the IRGC; the defenders'
        # denial (optional REJECT)
        E(True, ["THREATEN"], [7], "توعّدت", ["reported", "asserted"], mode="violence",
          source=OPS_ROOM, recipient=TOWNS_DEFENDERS, date=None, attribution=["صفحات تنسيقيات المسلحين على فيسبوك"]),
        E(False, ["ASSAULT"], [7], "اقتحام نبل والزهراء", ["hypothetical"], mode="firearms",
          source=OPS_ROOM, location=NUBL_ZAHRAA, date=None),
        E(True, ["ACCUSE"], [7], "واتهمت", ["reported", "asserted"],
          source=OPS_ROOM, recipient=HEZBOLLAH_IRGC, date=None, attribution=["صفحات تنسيقيات المسلحين على فيسبوك"]),
        E(False, ["REJECT"], [7], "نفاه", ["asserted"],
          source=DEFENDERS, recipient=OPS_ROOM, date=None),
        # background in 8: last spring's attack on al-Zahraa, recalled in a relative clause (optional, historical)
        E(False, ["ASSAULT"], [8], "الهجوم الذي شنّته", ["historical"], mode="firearms",
          source=ZAHRAA_2013_ATTACKERS, location=ZAHRAA, date=D("2013-04-15", "month", ("2013-03-01", "2013-05-31")),
          fatalities=20, acled=CLASH),
    ],
)
