"""Session 70: classes of language from the errors on the dev sets and the news files (docs/events.md § Session 70).
The texts are the team's own."""

from __future__ import annotations


def _types(events_of, text: str) -> list[str]:
    return [e["type"] for e in events_of(text)]


# a denial of the act told before: the denier's own statement («في بيان نشرته …») is no report of others, and the act
# denied at the place of the act told (or with no place of its own) is that act, whoever the deniers name


def test_a_denial_in_a_statement_the_denier_published_is_the_act_told(events_of):
    text = ("قُتل خمسة مدنيين، صباح اليوم، بقذائف سقطت على سوق بلدة الكومة، واتهم ناشطون قوات الحرس الوطني بإطلاقها. "
            "في المقابل، نفت قوات الحرس الوطني، في بيان نشرته على منصة «إكس»، أي صلة لها بقصف السوق، واتهمت "
            "جماعة مسلحة بإطلاق القذائف.")
    assert _types(events_of, text).count("ASSAULT") == 1


def test_a_denial_naming_the_deniers_own_fighters_is_the_act_told(events_of):
    text = ("قُتل خمسة مدنيين، صباح اليوم، بقذائف سقطت على سوق بلدة الكومة. ونفى قيادي في الجماعة، في تسجيل صوتي "
            "تداولته حسابات محلية، أن يكون مقاتلوه قد أطلقوا أي قذيفة على البلدة.")
    assert [(e["type"], e["factuality"]) for e in events_of(text)] == [("ASSAULT", "asserted")]


def test_a_denied_report_of_others_stays_apart(events_of):
    # (guard: «نفى … ما أوردته وسائل إعلام عن …» denies a report, not the act told before)
    text = ("قُتل خمسة مدنيين، صباح اليوم، بقذائف سقطت على سوق بلدة الكومة. ونفى مصدر عسكري ما أوردته وسائل إعلام "
            "عن هجوم واسع شنّه مسلحون على مواقع الجيش في البلدة.")
    assert [(e["type"], e["factuality"]) for e in events_of(text)] == [("ASSAULT", "asserted"), ("ASSAULT", "negated")]


# «أبرم» (concluded a deal) is an agreement told; a deal described by who made it, with no time of its own, is not
# told again


def _triggers(events_of, text: str, typ: str) -> list[str]:
    return [e["evidence"]["trigger"]["text"] for e in events_of(text) if e["type"] == typ]


def test_a_deal_concluded_last_thursday_is_an_agreement(events_of):
    text = ("وقرأ وجهاء من البلدة، مساء أمس، بنود اتفاق «المصالحة» الذي أبرمته الفصائل المحلية مع ضباط من الشرطة "
            "العسكرية يوم الخميس الماضي، ويقضي بتسليم السلاح الثقيل.")
    assert _triggers(events_of, text, "AGREE") == ["أبرمته"]


def test_a_deal_described_by_who_made_it_is_not_told_again(events_of):
    # (guard: no time in the relative clause)
    text = "وأبدى الوزير تفهمه لقلق الجيران من الاتفاق النووي الذي أبرمته طهران مع القوى الكبرى، مؤكداً أن العقوبات ستعود."
    assert "أبرمته" not in _triggers(events_of, text, "AGREE")


def test_a_name_that_holds_the_verb_is_no_deal(events_of):
    # (guard: the verb needs a deal word near it)
    text = "ورحّب رئيس الوزراء بالتطبيع مع الجيران وليبرمان يحذر من سباق تسلح في المنطقة."
    assert _triggers(events_of, text, "AGREE") == []


# an activist described by the protests he belongs to («ناشطاً بارزاً في تظاهرات المحافظة») is no protest told


def test_an_activist_of_the_protests_is_no_protest(events_of):
    text = ("واغتال مسلحون مجهولون، مساء أمس، ناشطاً مدنياً بارزاً في تظاهرات المحافظة أمام منزله. وتداولت صفحات محلية "
            "أنباء عن اختطاف ناشطة شاركت في احتجاجات الأسبوع الماضي.")
    assert "PROTEST" not in _types(events_of, text)


def test_activists_who_join_protests_are_protesters(events_of):
    # (guard: «شارك ناشطون في تظاهرات» tells of the protests)
    text = "وشارك ناشطون في تظاهرات جابت وسط المدينة ظهر اليوم للمطالبة بالإفراج عن المعتقلين."
    assert "PROTEST" in _types(events_of, text)


# «استهدفت غارة ثانية …»: a second act's noun and the verb right before it are one act


def test_a_second_raid_and_its_verb_are_one_attack(events_of):
    text = ("قُتل خمسة مدنيين بغارة جوية على منزل في بلدة السوسة ليل أمس. وفي الليلة نفسها، استهدفت غارة ثانية محيط مسجد في "
            "بلدة الشعفة، ما أدى إلى مقتل رجل وابنه.")
    assert [(e["type"], e["fatalities"]) for e in events_of(text)] == [("ASSAULT", 5), ("ASSAULT", 2)]


# forces entering a place in a fight («دخلت القوات أطراف البلدة بعد اشتباكات مع …») make a ground assault, one with the
# fighting; a convoy or forces entering without a fight are deployed


def test_forces_entering_a_town_after_clashes_are_one_assault(events_of):
    text = ("دخلت قوات الفيلق الخامس، مساء أمس، الأطراف الشمالية لبلدة العشارة في ريف دير الزور، بعد اشتباكات مع "
            "مقاتلي التنظيم استمرت منذ الفجر.")
    assert _types(events_of, text) == ["ASSAULT"]


def test_forces_entering_a_town_without_a_fight_are_deployed(events_of):
    # (guard: «من دون قتال»)
    text = "ودخلت وحدات من الجيش، ظهر اليوم، بلدة العشارة من دون قتال بعد أن سلّم المسلحون أسلحتهم."
    assert "ASSAULT" not in _types(events_of, text)


# a background act with a day of its own («وكان مسلحون قد فجّروا …، في الحادي والعشرين من شباط الماضي، …») is not the
# undated act the detection model doubted


def test_a_dated_background_bombing_is_not_the_doubted_attack():
    from marsad.events.merge import _background_on_its_own_day

    doubted = {"type": "ASSAULT", "factuality": "generic", "_model_fact": "asserted", "date": None}
    bombing = {"type": "ASSAULT", "factuality": "historical", "_pos": "v",
               "date": {"value": "2018-02-21", "precision": "day", "text": "في الحادي والعشرين من شباط الماضي"},
               "why": {"factuality": ["stated by the article",
                                      "its own date is 62 days before publication: background, not the report's news"]}}
    assert _background_on_its_own_day(doubted, bombing)
    # (guard: a mention with no reason to be background — no pluperfect, no date of its own far back, no doubt of the
    # detection model — may still be the act told; session 74 let a noun with such a reason stand apart as a verb does)
    recalled = {**bombing, "_pos": "n", "why": {"factuality": ["stated by the article"]}}
    assert not _background_on_its_own_day(doubted, recalled)


# buses leaving a town («وغادرت الرستن … أولى الحافلات») and tanks handed over («سلّمت المجموعات … دبابتين») are
# withdrawals; a name that holds «سلم» («الملك سلمان») hands nothing over


def test_buses_leaving_a_town_are_a_withdrawal(events_of):
    text = ("وغادرت بلدة الحولة، بعد ظهر اليوم، أولى الحافلات وعلى متنها نحو ثلاثمئة شخص بينهم مسلحون وجرحى، "
            "باتجاه الشمال السوري.")
    assert _types(events_of, text) == ["RETREAT"]


def test_tanks_handed_over_are_a_withdrawal(events_of):
    text = "وسلّمت المجموعات المسلحة في البلدة، صباح اليوم، دبابتين وراجمة صواريخ إلى وحدات الجيش عند مدخل البلدة."
    assert "RETREAT" in _types(events_of, text)


def test_people_leaving_their_countries_is_no_withdrawal(events_of):
    # (guard: «غادر» needs the buses or the convoy of an evacuation)
    text = "وأشار التقرير إلى أن عدد المقاتلين الأجانب الذين غادروا أوطانهم للانضمام إلى التنظيم ارتفع خلال العام."
    assert "RETREAT" not in _types(events_of, text)


# counted families returning to a place («وعادت نحو مئتي عائلة … إلى ناحية بعشيقة») and convoys of return are
# returns; a family described («عائلة عادت إلى …») or a property that belongs to someone («تعود ملكيتها لـ…») is not;
# «وقّع» (signed, with its shadda or a deal noun after it) is an agreement


def test_counted_families_returning_are_a_return(events_of):
    text = "وعادت نحو مئتي عائلة، خلال اليومين الماضيين، إلى بلدة الحمدانية بعد أن أنهت فرق الهندسة تطهير أحيائها."
    assert [(e["type"], e["mode"]) for e in events_of(text)] == [("RETREAT", "return")]


def test_a_family_described_as_returned_is_no_return(events_of):
    # (guard: the subject after the verb must be counted)
    text = "ووزّعت الجمعية، صباح اليوم، سلالاً غذائية على مئة عائلة عادت خلال الشهر الجاري إلى قرى الناحية."
    assert "RETREAT" not in _types(events_of, text)


def test_return_convoys_are_no_aid(events_of):
    text = "ومن المقرر أن تسيّر وزارة الهجرة، يوم الأحد المقبل، أولى قوافل العودة لنازحي البلدة من المخيمات."
    assert _types(events_of, text) == ["RETREAT"]


def test_elders_signing_a_charter_agree(events_of):
    text = "ووقّع شيوخ ووجهاء من عشائر المحافظة، في اجتماع عُقد أمس في مضيف عشائري، «وثيقة شرف» تقضي بمنع الثأر."
    assert "AGREE" in _types(events_of, text)


def test_clashes_that_happened_after_a_deal_are_no_signing(events_of):
    # (guard: «وقع» without a shadda and no deal noun right after it happened)
    text = "ووقع خلاف بين الطرفين حول بنود الاتفاق."
    assert "ووقع" not in _triggers(events_of, text, "AGREE")


# «كمين» in Egyptian usage is also a checkpoint post: the target of an attack («هجوم على كمين أمني»), its men («قوة
# الكمين»), where attackers came near («اقتربوا من الكمين»); an ambush laid stays an attack


def test_an_attack_on_a_checkpoint_post_is_one_attack(events_of):
    text = ("قُتل مجندان، فجر اليوم، في هجوم شنّه مسلحون على كمين أمني جنوب مدينة العريش. وأوضح مصدر أمني أن المهاجمين "
            "اقتربوا من الكمين على متن سيارتين رباعيتي الدفع تحت ستار الظلام، وأن قوة الكمين تصدّت لهم.")
    assert _types(events_of, text) == ["ASSAULT"]


def test_an_ambush_laid_is_an_attack(events_of):
    # (guard: «وقعوا في كمين»)
    text = "وقالت مصادر محلية إن عناصر الفرقة وقعوا، مساء أمس، في كمين على الطريق بين البلدتين."
    assert "ASSAULT" in _types(events_of, text)


# a definite event noun opening a clause after «أن» («وتؤكد اللجنة أن الاتفاق لا يستثني أحداً») is not done by the
# one who says it: it refers back to the act told


def test_the_speaker_about_a_deal_is_not_its_party(events_of):
    text = ("وأبرمت الفصائل المحلية، يوم الخميس الماضي، اتفاقاً مع ضباط من الشرطة العسكرية يقضي بتسليم السلاح الثقيل. "
            "وتؤكد لجنة المصالحة أن الاتفاق «لا يستثني أحداً» وأن من حق كل من لا يريد البقاء أن يغادر.")
    assert _types(events_of, text).count("AGREE") == 1


# combat vehicles arriving («وصول عشرات العربات القتالية التابعة لـ…») are forces deployed


def test_combat_vehicles_arriving_are_a_deployment(events_of):
    text = "ورصد شهود، منذ صباح اليوم، وصول عشرات العربات القتالية التابعة لقوات الدعم السريع إلى الأطراف الشرقية للمدينة."
    assert _types(events_of, text) == ["MOBILIZE"]

