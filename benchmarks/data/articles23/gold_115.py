"""Gold of article 115: Saada (Qatabir: Al Thabit and al-Ghawr; Monabbih: al-Raqw; Saada city; the al-Buqaa front;
Razih), a Yemeni news site, 2024-06-19 (Wed)."""
from actors_places import (
    AID_WORKERS,
    AL_THABIT,
    ARMY_HOUTHIS,
    ARMY_POSITIONS,
    BUQAA,
    ETHIOPIAN_MIGRANTS,
    HOUTHI_FIGHTERS,
    HOUTHI_SECURITY,
    HOUTHIS,
    QATABIR_CIVILIANS,
    QATABIR_MONABBIH,
    RAQW,
    RAZIH,
    SAADA,
    SAADA_CITY,
    SAADA_SQUARE,
    SAUDI_FORCES,
    THABIT_SHEPHERDS,
    UN_YE,
    YE_ARMY,
)
from common import AIR, ARREST, ATTACK, CLASH, SHELL, D, E, paras_of

SLUG = "saada_qatabir_al_thabit_monabbih_raqw_buqaa_razih"
YESTERDAY = D("2024-06-18")
TODAY = D("2024-06-19")
ARTICLE = dict(
    id="team23-115", slug=SLUG, published="2024-06-19", outlet="Ain Saada news site (fictional)",
    paras=paras_of(f"115_{SLUG}.txt"),
    events=[
        # Saudi artillery and rocket fire on three border areas under ONE verb («طال مناطق آل ثابت والغور والرقو»:
        # one event; 5 civilians wounded) «مساء أمس الثلاثاء»: headline 0, lead 1, and the Houthi local source in 3
        # through al-Masirah («واصل «جرائمه»» retells it)
        E(True, ["ASSAULT"], [0, 1, 3], "قصف مدفعي وصاروخي", ["asserted", "reported"], mode="heavy-weapons",
          source=SAUDI_FORCES, recipient=QATABIR_CIVILIANS, location=QATABIR_MONABBIH, date=YESTERDAY,
          attribution=["مصادر طبية في مستشفى الطلح العام", "قناة «المسيرة»", "مصدر في السلطة المحلية بصعدة"],
          acled=SHELL, tpara=1),
        # the Saudi border guards shoot migrants crossing at al-Raqw this morning (2 killed): headline 0, ¶2, and the
        # follow-up 4 (the bodies, the wounded man; «كل أسبوع تقريباً» is habitual)
        E(True, ["ASSAULT"], [0, 2, 4], "برصاص حرس الحدود السعودي", ["asserted", "reported"], mode="firearms",
          source=SAUDI_FORCES, recipient=ETHIOPIAN_MIGRANTS, location=RAQW, date=TODAY, fatalities=2,
          attribution=["سكان محليون", "مصدر في مكتب الصحة بمديرية منبه"], acled=ATTACK, tpara=2),
        # the Houthi local source blames Riyadh (participle «محمّلاً»: ACCUSE) and threatens it (participle
        # «ومتوعداً»: THREATEN, no act named)
        E(True, ["ACCUSE"], [3], "محمّلاً", ["asserted", "reported"],
          source=HOUTHIS, recipient=SAUDI_FORCES, location=SAADA, date=TODAY,
          attribution=["قناة «المسيرة»"]),
        E(True, ["THREATEN"], [3], "ومتوعداً", ["asserted", "reported"],
          source=HOUTHIS, recipient=SAUDI_FORCES, location=SAADA, date=TODAY,
          attribution=["قناة «المسيرة»"]),
        # Saada city: Houthi security arrests six aid workers in house raids (one COERCE: raids, seizure of phones)
        # and the UN calls on the Houthi authorities to release them (REQUEST; «الإفراج» is its content)
        E(True, ["COERCE"], [5], "اعتقلت", ["asserted", "reported"], mode="arrest",
          source=HOUTHI_SECURITY, recipient=AID_WORKERS, location=SAADA_CITY, date=YESTERDAY,
          attribution=["أقارب أحد المعتقلين"], acled=ARREST),
        E(True, ["REQUEST"], [5], "وطالبت", ["asserted"],
          source=UN_YE, recipient=HOUTHI_SECURITY, date=D("2024-06-19", "day", ("2024-06-18", "2024-06-19"))),
        # the al-Buqaa front, one sentence, two events: the clash with the national army (two sides; 3 Houthi fighters
        # killed) and a Houthi drone on government positions («من دون أن تُسجّل إصابات» negates only the injuries)
        E(True, ["ASSAULT"], [6], "اشتباكات", ["asserted", "reported"], mode="firearms",
          source=ARMY_HOUTHIS, location=BUQAA, date=TODAY, fatalities=3,
          attribution=["مصدر عسكري حكومي"], acled=CLASH),
        E(True, ["ASSAULT"], [6], "استهدفت مسيّرة حوثية", ["asserted", "reported"], mode="aerial",
          source=HOUTHI_FIGHTERS, recipient=ARMY_POSITIONS, location=BUQAA, date=TODAY,
          attribution=["مصدر عسكري حكومي"], acled=AIR),
        # paragraph 7 is generic (near-daily shelling of border villages, the migrants' route, rights reports):
        # NO gold event
        # the rumour of Houthi reinforcements sent to Razih «خلال الأيام الماضية» (rumoured MOBILIZE)
        E(True, ["MOBILIZE"], [8], "دفعت", ["rumored"], mode="troops",
          source=HOUTHIS, location=RAZIH, date=D("2024-06-17", "week", ("2024-06-12", "2024-06-19")),
          attribution=["أوساط أهالي صعدة"]),
        # the Houthi media's claimed capture of advanced army positions at al-Buqaa, denied by the government source
        # (negated; «الهجوم الحوثي» points back at the clash of 6)
        E(True, ["ASSAULT", "COERCE"], [9], "«السيطرة على مواقع متقدمة»", ["negated", "rumored", "reported"],
          mode="seize", source=HOUTHIS, recipient=YE_ARMY, location=BUQAA,
          date=D("2024-06-19", "day", ("2024-06-18", "2024-06-19")),
          attribution=["المصدر العسكري الحكومي", "وسائل إعلام الجماعة"]),
        # a Houthi rally due «عصر يوم الجمعة المقبل» (planned PROTEST); the aid groups' conditional suspension of
        # their work («قد تضطر … إذا لم يُفرج») is a hypothetical warning, no event
        E(True, ["PROTEST"], [10], "مسيرة جماهيرية", ["planned"], mode="demo",
          source=HOUTHIS, location=SAADA_SQUARE, date=D("2024-06-21")),
        # background «وكان … قد»: Saudi border guards fire on shepherds at Al Thabit «مساء الأحد الماضي» (2 wounded);
        # the UN truce in force since April 2022 (optional historical AGREE)
        E(True, ["ASSAULT"], [11], "أطلق النار", ["historical", "asserted"], mode="firearms",
          source=SAUDI_FORCES, recipient=THABIT_SHEPHERDS, location=AL_THABIT, date=D("2024-06-16"), acled=ATTACK),
        E(False, ["AGREE"], [11], "الهدنة الأممية", ["historical"],
          date=D("2022-04-02", "month", ("2022-04-01", "2022-04-30"))),
    ],
)
