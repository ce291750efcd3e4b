"""Gold of article 629: Ganfouda, al-Sabri, al-Gwarsha and al-Laithi (Benghazi, Libya), a pro-army private
satellite channel's website based in Benghazi, 2017-01-24 (Tue)."""
from actors_places import (
    BATTLE_629,
    BENGHAZI_MUNICIPALITY,
    BENGHAZI_POLICE,
    BRSC,
    BRSC_LEADERS,
    DISPLACED_629,
    GANFOUDA,
    GANFOUDA_EDGES,
    GANFOUDA_GUNMEN,
    GWARSHA,
    HOR_MEMBER,
    HOR_SPEAKER,
    LAITHI,
    LAITHI_YOUTHS,
    LNA_629,
    LNA_AIR,
    LNA_CHIEF,
    LNA_COMMAND,
    LNA_SPOKESMAN,
    MIL_POLICE,
    QATAR_TURKEY,
    SABRI,
    SABRI_CLASH,
    TOBRUK,
    TRAPPED_FAMILIES,
    UNSMIL,
    WARRING_PARTIES,
)
from common import AIR, ARREST, CLASH, D, E, paras_of

SLUG = "benghazi_2017_ganfouda_sabri_gwarsha_laithi"
TODAY = D("2017-01-24")
YESTERDAY = D("2017-01-23")
LATELY = D("2017-01-24", "day", ("2017-01-23", "2017-01-24"))
SINCE_YESTERDAY = D("2017-01-23", "day", ("2017-01-23", "2017-01-24"))
ARTICLE = dict(
    id="team126-629", slug=SLUG, published="2017-01-24",
    outlet="Manarat Barqa, a pro-army private satellite channel's website based in Benghazi (fictional)",
    paras=paras_of(f"629_{SLUG}.txt"),
    events=[
        # the main event, first in the lead (dateline «المرج»: the town where one warring side's general
        # command sits): the storming of the last positions of the Shura Council in Ganfouda since dawn
        # yesterday; seven soldiers dead per the General Command's spokesman, eleven per a source at the
        # Benghazi Medical Centre (¶2) → 7 (lowest count); ¶14 the funeral prayers over «جثامين الجنود
        # السبعة»; the headline names it
        E(True, ["ASSAULT"], [0, 1, 2, 14], "اقتحمت", ["asserted", "reported"], mode="firearms",
          source=BATTLE_629, location=GANFOUDA, date=SINCE_YESTERDAY, fatalities=7,
          attribution=["الناطق باسم القيادة العامة", "مصدر في مركز بنغازي الطبي"], acled=CLASH, tpara=1),
        # ¶3: the army's air raids through the night on Ganfouda (core ASSAULT, Air strike)
        E(True, ["ASSAULT"], [3], "غارات", ["asserted"], mode="aerial", source=LNA_AIR, recipient=BRSC,
          location=GANFOUDA, date=SINCE_YESTERDAY, acled=AIR),
        # ¶4: a three-hour halt of the raids announced (core CONCEDE) and no trapped family leaving (core
        # RETREAT, negated); the army's charge that the gunmen hold them (optional ACCUSE) and the holding
        # itself (optional COERCE, reported)
        E(True, ["CONCEDE"], [4], "وقف الغارات", ["asserted"], mode="ceasefire", source=LNA_COMMAND,
          location=GANFOUDA, date=YESTERDAY),
        E(True, ["RETREAT"], [4], "تغادر", ["negated"], source=TRAPPED_FAMILIES, location=GANFOUDA,
          date=SINCE_YESTERDAY),
        E(False, ["ACCUSE"], [4], "يتهم", ["asserted"], source=LNA_629, recipient=BRSC, date=None),
        E(False, ["COERCE"], [4], "بمنعها", ["reported"], mode="restrict", source=BRSC,
          recipient=TRAPPED_FAMILIES, location=GANFOUDA, date=None),
        # ¶5: renewed clashes in al-Sabri near Souq al-Hout (core ASSAULT, Armed clash); the roads closed by
        # the police are optional
        E(True, ["ASSAULT"], [5], "الاشتباكات", ["asserted"], mode="firearms", source=SABRI_CLASH,
          location=SABRI, date=TODAY, acled=CLASH),
        E(False, ["COERCE"], [5], "وأغلقت", ["asserted"], mode="restrict", source=BENGHAZI_POLICE,
          location=SABRI, date=TODAY),
        # ¶6: UNSMIL's call for a safe corridor (core REQUEST); its second call, for the Red Crescent,
        # optional
        E(True, ["REQUEST"], [6], "ودعت", ["asserted"], source=UNSMIL, recipient=WARRING_PARTIES,
          location=GANFOUDA, date=LATELY),
        E(False, ["REQUEST"], [6], "وداعية", ["asserted"], source=UNSMIL, date=LATELY),
        # ¶7: the spokesman's «مهلة أخيرة» to the gunmen left in Ganfouda (core THREATEN); his pledge of a
        # corridor for the families is optional (AGREE, planned)
        E(True, ["THREATEN"], [7], "مهلة", ["asserted"], mode="violence", source=LNA_SPOKESMAN,
          recipient=GANFOUDA_GUNMEN, location=GANFOUDA, date=LATELY),
        E(False, ["AGREE"], [7], "سيؤمّن", ["planned", "hypothetical"], source=LNA_629, location=GANFOUDA,
          date=None),
        # paragraph 8 (Ganfouda: a description) holds no event background in «وكانت … قد», at another place:
        # al-Gwarsha taken on 11 November (core, historical, Armed clash); the siege of Ganfouda it completed
        # is optional (historical)
        E(True, ["ASSAULT"], [9], "معارك", ["historical", "asserted"], mode="firearms", source=LNA_629,
          recipient=BRSC, location=GWARSHA, date=D("2016-11-11"), acled=CLASH),
        E(False, ["COERCE"], [9], "الحصار", ["historical"], mode="restrict", source=LNA_629,
          location=GANFOUDA, date=None),
        # ¶10: four young men of al-Laithi detained by the military police (core COERCE, Arrests)
        E(True, ["COERCE"], [10], "واعتقلت", ["asserted", "reported"], mode="arrest", source=MIL_POLICE,
          recipient=LAITHI_YOUTHS, location=LAITHI, date=YESTERDAY, attribution=["مصدر أمني"], acled=ARREST),
        # ¶11: Shura Council commanders said to have fled by sea (core RETREAT, rumored)
        E(True, ["RETREAT"], [11], "فرار", ["rumored"], mode="withdraw", source=BRSC_LEADERS,
          location=GANFOUDA, date=None, attribution=["مصادر محلية"]),
        # ¶12: a member of parliament accuses Qatar and Turkey (core ACCUSE); his demand to UNSMIL is optional
        E(True, ["ACCUSE"], [12], "اتهم", ["asserted"], source=HOR_MEMBER, recipient=QATAR_TURKEY,
          location=TOBRUK, date=LATELY),
        E(False, ["REQUEST"], [12], "مطالباً", ["asserted"], source=HOR_MEMBER, recipient=UNSMIL, date=LATELY),
        # ¶13: the first displaced to return early next month (core RETREAT, planned); the municipality's
        # water tankers and generators are optional (planned AID)
        E(True, ["RETREAT"], [13], "يعود", ["planned"], mode="return", source=DISPLACED_629,
          location=GANFOUDA_EDGES, date=D("2017-02-01", "week", ("2017-02-01", "2017-02-07")),
          attribution=["عميد بلدية بنغازي"]),
        E(False, ["AID"], [13], "ستوفر", ["planned"], mode="humanitarian", source=BENGHAZI_MUNICIPALITY,
          date=None),
        # ¶14, the funeral prayers, is a paragraph of the main event
        # ¶15: an armoured battalion sent to al-Sabri last night (core MOBILIZE)
        E(True, ["MOBILIZE"], [15], "ودفعت", ["asserted", "reported"], mode="troops", source=LNA_COMMAND,
          location=SABRI, date=SINCE_YESTERDAY, attribution=["آمر ميداني في المحور"]),
        # paragraph 16 (a woman's words) holds no event
        # ¶17: the speaker of parliament praises the army (core SUPPORT) in a phone call (optional CONSULT)
        E(True, ["SUPPORT"], [17], "وأشاد", ["asserted"], source=HOR_SPEAKER, recipient=LNA_CHIEF,
          date=YESTERDAY),
        E(False, ["CONSULT"], [17], "اتصال هاتفي", ["asserted"], mode="phone", source=HOR_SPEAKER,
          recipient=LNA_CHIEF, date=YESTERDAY),
    ],
)
