"""Gold of article 323: Madinat al-Baath, Masharah, al-Samdaniyah al-Gharbiyah, Tal Kroum Jaba, Jubata
al-Khashab, Bir Ajam, Umm Batinah, Hadar and Taranjah (Quneitra, Syria), with Nawa (Daraa), a pan-Arab daily,
2018-07-17 (Tue). Mostly about negotiations, agreements, mediation, handovers of positions and local
reconciliation."""
from actors_places import (
    BIR_AJAM,
    BIR_AJAM_FACTION,
    DARAA_EAST,
    DARAA_EAST_PLACE,
    GOLAN_LINE,
    HADAR_JUBATA,
    IRAN_HEZBOLLAH,
    ISRAEL_DM,
    ISRAEL_SYRIA,
    JUBATA,
    JUBATA_DEAL,
    MADINAT_BAATH,
    MASHARAH,
    MASHARAH_VICTIMS,
    NAWA,
    NAWA_VICTIMS,
    QUN_COMMITTEE,
    QUN_DEAL,
    QUN_EVACUEES,
    QUN_FACTIONS,
    QUNEITRA,
    RU_AIR_2018,
    RU_SIDE,
    SAMDANIYAH,
    SY_FORCES_2018,
    TAL_KROUM,
    TARANJAH,
    UMM_BATINAH,
)
from common import AGREEMENT, AIR, SHELL, TRANSFER, D, E, paras_of

SLUG = "quneitra_2018_madinat_al_baath_masharah_jubata_hadar"
TODAY = D("2018-07-17")
YESTERDAY = D("2018-07-16")
SINCE_YESTERDAY = D("2018-07-17", "day", ("2018-07-16", "2018-07-17"))
ARTICLE = dict(
    id="team65-323", slug=SLUG, published="2018-07-17",
    outlet="Afaq al-Mashriq pan-Arab daily, Amman correspondent (fictional)",
    paras=paras_of(f"323_{SLUG}.txt"),
    events=[
        # one sentence, two acts: the preliminary agreement reached with the Russian side «مساء أمس الاثنين»
        # (headline 0; what it provides — a ceasefire, handing over heavy weapons, the departure of those who
        # refuse — is its content) and the third round of talks in Madinat al-Baath it closed (CONSULT)
        E(True, ["AGREE"], [0, 1], "اتفاق أولي", ["asserted", "reported"],
          source=QUN_DEAL, location=MADINAT_BAATH, date=YESTERDAY,
          attribution=["عضو في لجنة التفاوض عن المحافظة"], acled=AGREEMENT, tpara=1),
        E(True, ["CONSULT"], [1], "جولة تفاوض", ["asserted", "reported"], mode="third-party",
          source=QUN_COMMITTEE, recipient=RU_SIDE, location=MADINAT_BAATH, date=YESTERDAY,
          attribution=["عضو في لجنة التفاوض عن المحافظة"]),
        # the regime's rockets on Masharah «بعد ظهر أمس»: headline 0 («قتلى», no number), ¶2 (the Civil
        # Defence: five), the follow-up 7 (a field medical point: four bodies; SANA's «ضربات مركزة على تجمعات
        # الإرهابيين» is a retelling) → 5 vs 4 → 4; the Russian air strikes on Tal Masharah, told by
        # activists, optional
        E(True, ["ASSAULT"], [0, 2, 7], "بقصف صاروخي", ["asserted", "reported"], mode="heavy-weapons",
          source=SY_FORCES_2018, recipient=MASHARAH_VICTIMS, location=MASHARAH, date=YESTERDAY, fatalities=4,
          attribution=["الدفاع المدني في المحافظة", "مسؤول في نقطة طبية ميدانية قريبة من البلدة", "سانا"],
          acled=SHELL, tpara=2),
        E(False, ["ASSAULT"], [2], "غارات للطيران الروسي", ["reported"], mode="aerial",
          source=RU_AIR_2018, location=MASHARAH, date=YESTERDAY, attribution=["ناشطون"], acled=AIR),
        # one sentence, two handovers carried out this morning: the heavy weapons handed to the Russian
        # military police at al-Samdaniyah al-Gharbiyah (RETREAT, disarm) and the fighters' withdrawal from
        # Tal Kroum Jaba, entered by regime units without a fight (RETREAT, a non-violent transfer)
        E(True, ["RETREAT"], [3], "سلّمت", ["asserted"], mode="disarm",
          source=QUN_FACTIONS, recipient=RU_SIDE, location=SAMDANIYAH, date=TODAY),
        E(True, ["RETREAT"], [3], "وانسحب مقاتلوها", ["asserted"], mode="withdraw",
          source=QUN_FACTIONS, recipient=SY_FORCES_2018, location=TAL_KROUM, date=TODAY, acled=TRANSFER),
        # paragraph 4 (Quneitra, the disengagement line, UNDOF) holds no event
        # a separate deal of Jubata al-Khashab's notables with Military Security: rumoured («تسربت … أنباء»),
        # denied by the negotiating committee
        E(True, ["AGREE"], [5], "اتفاق منفرد", ["rumored", "negated"],
          source=JUBATA_DEAL, location=JUBATA, date=D("2018-07-16", "day", ("2018-07-15", "2018-07-17")),
          attribution=["لجنة التفاوض"]),
        # one sentence, two acts: a Bir Ajam faction's refusal of the deal and its demand for written
        # guarantees (what it asks is content)
        E(True, ["REJECT"], [6], "رفض", ["asserted"],
          source=BIR_AJAM_FACTION, recipient=RU_SIDE, location=BIR_AJAM, date=SINCE_YESTERDAY),
        E(True, ["REQUEST"], [6], "وطالب", ["asserted"],
          source=BIR_AJAM_FACTION, recipient=RU_SIDE, location=BIR_AJAM, date=SINCE_YESTERDAY),
        # the Russian officer's deadline «حتى مساء الخميس» (THREATEN, made; told by a committee member); the
        # resumed operations it threatens optional, hypothetical
        E(True, ["THREATEN"], [8], "وأمهل", ["asserted", "reported"], mode="violence",
          source=RU_SIDE, recipient=QUN_FACTIONS, date=SINCE_YESTERDAY, attribution=["عضو لجنة التفاوض"]),
        E(False, ["ASSAULT"], [8], "العمليات العسكرية", ["hypothetical"], mode="heavy-weapons",
          source=RU_SIDE, recipient=QUN_FACTIONS, date=None),
        # the buses due «يوم الجمعة المقبل» near Umm Batinah to take fighters and families to Idlib (planned
        # RETREAT; the Red Crescent escort is a condition, no event)
        E(True, ["RETREAT"], [9], "لنقل", ["planned", "reported"], mode="withdraw",
          source=QUN_EVACUEES, location=UMM_BATINAH, date=D("2018-07-20"), attribution=["المصدر ذاته"]),
        # the Israeli defence minister's warning (THREATEN, made); the 1974 agreement recalled (optional,
        # historical)
        E(True, ["THREATEN"], [10], "حذّر", ["asserted"], mode="violence",
          source=ISRAEL_DM, recipient=IRAN_HEZBOLLAH, location=GOLAN_LINE, date=TODAY),
        E(False, ["AGREE"], [10], "لاتفاق عام 1974", ["historical"],
          source=ISRAEL_SYRIA, location=GOLAN_LINE,
          date=D("1974-05-31", "year", ("1974-01-01", "1974-12-31"))),
        # local reconciliation: Hadar's and Jubata al-Khashab's notables meet in Taranjah through tribal
        # mediators (CONSULT) and agree (AGREE; reopening the road and a joint committee are its content)
        E(True, ["CONSULT"], [11], "التقى", ["asserted"], mode="third-party",
          source=HADAR_JUBATA, location=TARANJAH, date=TODAY),
        E(True, ["AGREE"], [11], "واتفق الجانبان", ["asserted"],
          source=HADAR_JUBATA, location=TARANJAH, date=TODAY, acled=AGREEMENT),
        # background at another place: three civilians killed by a Russian air strike on Nawa (Daraa) «مساء
        # السبت الماضي» (core, historical, 3); the settlements of eastern Daraa early this month optional,
        # historical
        E(True, ["ASSAULT"], [12], "بغارة", ["historical", "asserted"], mode="aerial",
          source=RU_AIR_2018, recipient=NAWA_VICTIMS, location=NAWA, date=D("2018-07-14"), fatalities=3,
          acled=AIR),
        E(False, ["AGREE"], [12], "تسويات مماثلة", ["historical"],
          source=DARAA_EAST, location=DARAA_EAST_PLACE,
          date=D("2018-07-05", "month", ("2018-07-01", "2018-07-10")), acled=AGREEMENT),
        # paragraph 13 (the displaced in tents by the border: a standing situation) holds no event
        # the Russian Reconciliation Centre's announced end of combat from midnight (CONCEDE); the military
        # police deployment it foresees optional, planned
        E(True, ["CONCEDE"], [14], "وقف العمليات القتالية", ["asserted"], mode="ceasefire",
          source=RU_SIDE, location=QUNEITRA, date=TODAY),
        E(False, ["MOBILIZE"], [14], "ستنتشر", ["planned"], mode="police", source=RU_SIDE, date=None),
        # paragraph 15 (the government's silence and the state media's phrase) holds no event
    ],
)
