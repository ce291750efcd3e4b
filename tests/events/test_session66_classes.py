"""Session 66: classes of language from the errors on the dev sets and the news files (docs/events.md § Session 66).
The texts are the team's own."""

from __future__ import annotations


def _roles(events_of, text: str, typ: str) -> list[tuple[list[str], list[str]]]:
    """The source and recipient texts of each event of a type."""
    return [([a["text"] for a in e["source"]], [a["text"] for a in e["recipient"]]) for e in events_of(text)
            if e["type"] == typ]


# reinforcements that carry members counted in the singular after their number («تضم … ألف مقاتل من X») are X's, as
# those counted in the plural are («تقل عناصر من X»)


def test_reinforcements_carrying_counted_fighters_are_theirs(events_of):
    text = "ووصلت إلى محيط البلدة، ليل أمس، تعزيزات عسكرية تضم دبابات وأكثر من ألف مقاتل من الحشد الشعبي."
    assert _roles(events_of, text, "MOBILIZE") == [(["مقاتل من الحشد الشعبي"], [])]


def test_one_officer_leading_reinforcements_does_not_make_them_his_units(events_of):
    # (a guard: a singular member with no number before it is no count of the members carried)
    text = "ووصلت إلى محيط البلدة، ليل أمس، تعزيزات عسكرية تضم دبابات ومدرعات يقودها ضابط من الحرس الجمهوري."
    assert _roles(events_of, text, "MOBILIZE") == []


# the owner of the target after the subject: the subject's head («طيران») before the actor found in it is the
# subject's too, so the target («مواقع لـX») is still reached; hideouts and strongholds («أوكار»، «معاقل») are
# targets as positions are


def test_the_owner_of_the_target_after_a_subject_with_its_head(events_of):
    text = "وقصف طيران الجيش العراقي مواقع لـ«داعش» في محيط البلدة."
    assert _roles(events_of, text, "ASSAULT") == [(["الجيش العراقي"], ["داعش"])]


def test_the_owner_of_hideouts_struck_is_the_target(events_of):
    text = "وشنت الطائرات غارات على أوكار «جبهة النصرة» في البادية."
    assert _roles(events_of, text, "ASSAULT") == [(["الطائرات"], ["جبهة النصرة"])]


# a deal or talks named only as the time another act is counted from («بعد ساعات على توقيع الهدنة»، «قبل أيام من بدء
# المفاوضات»), construct, indefinite or with its onset between, is a reference, not an event the article tells


def _types(events_of, text: str) -> list[str]:
    return [e["type"] for e in events_of(text)]


def test_talks_named_as_a_time_are_no_event(events_of):
    text = "وقُتل خمسة مدنيين في البلدة قبل أيام من بدء المفاوضات."
    assert _types(events_of, text) == ["ASSAULT"]


def test_a_truce_named_as_a_time_is_no_event_beside_the_meeting(events_of):
    text = "وبعد ساعات على توقيع الهدنة، عقد الطرفان اجتماعاً في البلدة لبحث تبادل الأسرى."
    assert _types(events_of, text) == ["CONSULT"]


def test_an_attack_named_as_a_time_is_still_told(events_of):
    # (a guard: an attack named with its agent and its target is told there, though it is named as a time)
    text = "وقُتل شاب برصاص قناص في البلدة بعد ساعات على هجوم مسلحين على حاجز للجيش قرب الجسر."
    assert _types(events_of, text) == ["ASSAULT", "ASSAULT"]


def test_a_meeting_named_as_a_time_with_its_parties_is_told(events_of):
    # (a guard: a meeting named with its parties, its genitive, is told there as well as named as a time)
    text = "وقُتل شاب في البلدة بعد أيام على اجتماع ممثلي الفصائل في المدينة لبحث مصير المنطقة."
    assert _types(events_of, text) == ["ASSAULT", "CONSULT"]


# arson of a party's office or another building («أحرق محتجون مقراً لأحد الأحزاب») is an attack, as that of a house is


def test_an_office_set_on_fire_is_an_attack(events_of):
    text = "وأحرق محتجون غاضبون مقراً لأحد الأحزاب في البلدة، بحسب شهود."
    assert _types(events_of, text) == ["ASSAULT"]


# a verb whose first root letter is «ف» («فتحت النار») is a past, not «ف» + a present verb: after «وكانت … قد» it is
# background told as done, not a past habit


def test_fire_opened_before_is_background_not_a_habit(all_events_of):
    text = ("وكانت القوات الأمنية قد فتحت النار، في الثاني من تشرين الأول الماضي، على متظاهرين تجمعوا أمام مبنى "
            "القائمقامية.")
    assert [(e["type"], e["factuality"]) for e in all_events_of(text) if e["type"] == "ASSAULT"] == [
        ("ASSAULT", "historical")]


def test_fire_opened_every_week_is_a_habit(all_events_of):
    # (a guard: the present «تفتح» after «كانت» is a past habit)
    text = "وكانت القوات الأمنية تفتح النار على المتظاهرين أمام مبنى القائمقامية."
    assert [(e["type"], e["factuality"]) for e in all_events_of(text) if e["type"] == "ASSAULT"] == [
        ("ASSAULT", "generic")]


# a definite noun that is no actor right after the verb («واتهم المصدر …») is its subject, also when the actor after it
# is quoted («المصدر «المجموعات الإرهابية»»): that actor is the object


def test_a_quoted_actor_after_a_subject_noun_is_the_object(events_of):
    text = "واتهم المصدر «المجموعات الإرهابية» بخرق التهدئة في الأحياء الشرقية."
    assert _roles(events_of, text, "ACCUSE") == [([], ["المجموعات الإرهابية"])]


def test_a_quoted_actor_right_after_the_verb_is_the_subject(events_of):
    # (with no noun between, the quoted actor after the verb is the subject: passes before and after the change)
    text = "واتهمت «قسد» الفصائل بخرق التهدئة في الأحياء الشرقية."
    assert _roles(events_of, text, "ACCUSE") == [(["قسد"], ["الفصائل"])]


# a feminine verb before a masculine party or envoy («وطالبت الجانب التركي»، «ودعت المجتمع الدولي») has it as object


def test_a_feminine_verb_before_the_turkish_side_addresses_it(events_of):
    text = "واتهمت الفصائل قوات النظام بخرق الهدنة، وطالبت الجانب التركي، بصفته ضامناً للاتفاق، بالضغط على موسكو."
    assert [rcp for _src, rcp in _roles(events_of, text, "REQUEST")] == [["الجانب التركي"]]


def test_a_feminine_verb_before_a_feminine_body_has_it_as_subject(events_of):
    # (a guard: a feminine body after a feminine verb is its subject)
    text = "وطالبت الحكومة التركية، في بيان، بالضغط على موسكو لوقف القصف."
    assert [src for src, _rcp in _roles(events_of, text, "REQUEST")] == [["الحكومة التركية"]]


# weapons handed over «إلى X»: X receives them (the recipient of the handover)


def test_weapons_handed_over_to_the_army(events_of):
    text = "وسلّم المسلحون في البلدة، صباح اليوم، دفعة جديدة من أسلحتهم الثقيلة إلى وحدات الجيش."
    assert _roles(events_of, text, "RETREAT") == [(["المسلحون"], ["وحدات الجيش"])]


# the deal a release is made under («بموجب الاتفاق») stands between the verb and «عن» of those released


def test_those_released_under_a_deal(events_of):
    text = "وأفرجت السلطات، ظهر اليوم، بموجب الاتفاق عن ستة وثلاثين موقوفاً من أبناء البلدة."
    assert _roles(events_of, text, "RETREAT") == [(["السلطات"], ["ستة وثلاثين موقوفاً من أبناء البلدة"])]


# reinforcements that took along («ضمّت») members counted before «من» («ومئات من عناصر X») are those members' group's


def test_reinforcements_that_took_along_hundreds_of_members(events_of):
    text = ("ووصلت إلى المدينة، ليل أمس، تعزيزات قادمة من العاصمة ضمّت عشرات العجلات المدرعة ومئات من عناصر قوات "
            "الرد السريع.")
    srcs = [src for src, _rcp in _roles(events_of, text, "MOBILIZE")]
    assert len(srcs) == 1 and srcs[0] and "قوات الرد" in srcs[0][0]


# a cordon tightened («أحكمت الميليشيا … طوقها على المدينة») is a restriction, with the verb far from its noun


def test_a_cordon_tightened_is_a_restriction(events_of):
    text = "أحكمت الميليشيا، منذ فجر أمس الأحد، طوقها على البلدة الجبلية، وقطعت آخر طريق للإمداد."
    assert "COERCE" in _types(events_of, text)


# «فدان» (an acre) is no «ف» + «دان» (condemned); tents that bear names («تحمل أسماء») carry no aid


def test_an_acre_is_no_condemnation(all_events_of):
    text = "وتعهّد الوزير بزراعة مليوني فدان من الأراضي المروية في الولاية."
    assert [e["type"] for e in all_events_of(text)] == ["AGREE"]


def test_tents_bearing_names_carry_no_aid(all_events_of):
    text = ("وتنتشر في الساحة عشرات الخيام التي تحمل أسماء العشائر والنقابات، فيما يوزع متطوعون المساعدات الغذائية على "
            "المعتصمين.")
    assert [(e["type"], e["evidence"]["trigger"]["text"]) for e in all_events_of(text)] == [("AID", "يوزع")]


# people, papers or a place named by a deal in their genitive («رافضي التسوية»، «مركز التسوية») are no deal made; the
# verb «سوّوا أوضاعهم» (settled their status) is one, unless it only says who people are («ممن سوّوا أوضاعهم»)


def test_those_refusing_the_settlement_are_no_settlement(all_events_of):
    text = "ولم تخرج الدفعة الأولى من رافضي التسوية وعائلاتهم باتجاه الشمال السوري يوم أمس السبت."
    assert "AGREE" not in [e["type"] for e in all_events_of(text)]


def test_men_who_settled_their_status(events_of):
    text = "وأكد المصدر أن ثمانية عشر شخصاً من أبناء البلدة سوّوا أوضاعهم خلال الأسبوع الجاري في مدينة حماة."
    assert _types(events_of, text) == ["AGREE"]


def test_men_described_as_having_settled_are_no_settlement(all_events_of):
    # (a guard: «ممن سوّوا أوضاعهم» says who the four are)
    text = "وتداولت صفحات محلية أنباء عن اعتقال أربعة شبان ممن سوّوا أوضاعهم عند حاجز للقوات الحكومية."
    assert "AGREE" not in [e["type"] for e in all_events_of(text)]


# a deal's collapse or a turn against it («انهيار هدنة البلدة»، «الانقلاب على الهدنة») is no deal made; a ceasefire named
# as the time counted from («بعد تسع ساعات فقط من بدء سريان وقف إطلاق النار») is no ceasefire told


def test_a_truce_collapsing_is_no_truce(all_events_of):
    text = "انهيار هدنة البلدة بعد عشرة أيام: قذائف على أحياء البلدة ومقتل شاب برصاص قناص"
    assert "AGREE" not in [e["type"] for e in all_events_of(text)]


def test_a_ceasefire_named_as_a_time_is_no_ceasefire(events_of):
    text = ("وسقطت القذائف على حي السكري عصر أمس الأربعاء، أي بعد تسع ساعات فقط من بدء سريان وقف إطلاق النار، فقُتل "
            "تسعة مدنيين بينهم ثلاثة أطفال.")
    assert _types(events_of, text) == ["ASSAULT"]


# the antecedent of a relative clause set off by commas before «حمّل» is who blames; when it ends with where the body
# is («السلطة المحلية في محافظة البيضاء، التي …»), the body


def test_the_body_before_a_relative_clause_blames(events_of):
    text = ("والسلطة المحلية في محافظة البيضاء، التي تدير شؤون المديريات الجنوبية، حمّلت الميليشيا مسؤولية «المجزرة» "
            "التي شهدها سوق المدينة.")
    assert _roles(events_of, text, "ACCUSE") == [(["السلطة المحلية"], ["الميليشيا"])]


# buses that set off or did not move («لم تتحرك الحافلات»، «أن تنطلق … قافلة تضم ثمانين حافلة») tell the evacuation;
# public transport («حافلات النقل الداخلي») tells none


def test_buses_that_did_not_move(events_of):
    text = "لم تتحرك الحافلات الخضراء وسيارات الإسعاف المتوقفة عند منطقة الراموسة حتى ظهر اليوم."
    assert [(e["type"], e["factuality"]) for e in events_of(text)] == [("RETREAT", "negated")]


def test_town_buses_leaving_their_square_are_no_evacuation(all_events_of):
    # (a guard: public transport)
    text = "كما تنطلق من ساحة السوق في مدينة الباب معظم حافلات النقل الداخلي نحو الأحياء."
    assert "RETREAT" not in [e["type"] for e in all_events_of(text)]


# a ship carrying wheat or fuel («سفينة تحمل خمسة آلاف طن من القمح») brings aid, as one carrying medicine does


def test_a_ship_carrying_wheat_brings_aid(events_of):
    text = "ورست في ميناء الحديدة، صباح أمس، سفينة تحمل خمسة آلاف طن من القمح مقدمة من برنامج الأغذية العالمي."
    assert _types(events_of, text) == ["AID"]


# reinforcements or aid that did not come («ولم تصل إلى البلدة أي تعزيزات للجيش») are an event negated, not «no event at
# all» as «لم تشهد الجبهات أي اشتباكات» is


def test_reinforcements_that_did_not_come(events_of):
    text = "ولم تصل إلى البلدة أي تعزيزات للجيش الوطني من المحافظة المجاورة حتى مساء اليوم."
    assert [(e["type"], e["factuality"]) for e in events_of(text)] == [("MOBILIZE", "negated")]


def test_no_clashes_at_all_is_no_event(all_events_of):
    # (a guard: «أي» under a negation of witnessing names no act)
    text = "ولم تشهد جبهات البلدة أي اشتباكات منذ مساء الجمعة، بحسب مصادر محلية."
    assert [e["type"] for e in all_events_of(text)] == []


# chants and banners that ask no one («وسط هتافات تطالب بإسقاط الحكومة») say what the protest is about: no request of
# their own; banners that ask someone («لافتات تطالب روسيا بـ…») stay requests


def test_chants_that_ask_no_one_are_no_request(events_of):
    text = "وتوافد آلاف المحتجين إلى ساحة المدينة وسط هتافات تطالب بإسقاط الحكومة ومحاسبة القتلة."
    assert "REQUEST" not in _types(events_of, text)


def test_banners_that_ask_someone_stay_a_request(events_of):
    # (a guard: the banners name whom they ask)
    text = "ورفع المتظاهرون في ساحة المدينة لافتات تطالب الحكومة بالإفراج عن المعتقلين."
    assert "REQUEST" in _types(events_of, text)


# accusations traded («وتبادل الطرفان الاتهامات بخرق الهدنة») are no accusation of their own; each side's («إذ اتهم …»)
# is


def test_accusations_traded_are_told_by_each_sides_own(events_of):
    text = "وتبادل الطرفان الاتهامات بخرق الهدنة؛ إذ اتهم «قسد» مقاتلي العشائر بقصف البلدة."
    assert [(e["type"], e["evidence"]["trigger"]["text"]) for e in events_of(text)] == [("ACCUSE", "اتهم")]


# a present refusal that says what chants say («هتافات ترفض «التهجير»») or who people are («المزارعين الذين يرفضون ترك
# أرزاقهم») is no refusal made; a body's stance («أن اللجنة ترفض بند الترحيل») is


def test_farmers_who_refuse_to_leave_are_no_refusal(all_events_of):
    text = "ولم يبقَ في البلدة سوى مئات من كبار السن ومن المزارعين الذين يرفضون ترك أرزاقهم."
    assert "REJECT" not in [e["type"] for e in all_events_of(text)]


def test_a_committee_that_refuses_a_clause_refuses(events_of):
    # (a guard: a body's stance told in the present)
    text = "وأكد عضو في اللجنة المركزية، في تصريح للشبكة، أن اللجنة ترفض بند الترحيل بشكل قاطع."
    assert "REJECT" in _types(events_of, text)


# «أوقف» (detained) with people it holds as its object after the subject («أوقفت الشرطة أحدهما وهي امرأة»، «أوقف
# الحاجز ثلاثة سائقين»)


def test_the_police_detained_a_woman(events_of):
    text = "ونقلت وسائل الإعلام أن الشرطة أوقفت أحد المهاجمين في المدينة وهي امرأة."
    assert "COERCE" in _types(events_of, text)


# a road not opened («ولم تفتح الجماعة حتى اليوم الطريق …») is a passage denied, and another act than a convoy allowed
# in by the same side before it; a way paved («يفتح الطريق أمام احتمال …») opens no road


def test_a_road_not_opened_after_a_convoy_allowed_in(events_of):
    text = ("وسمحت الجماعة، ظهر اليوم، بدخول قافلة مساعدات إلى مدينة حيس. ولم تفتح الجماعة حتى اليوم الطريق الرابط بين "
            "حيس ومدينة الجراحي.")
    assert [(e["type"], e["factuality"]) for e in events_of(text) if e["type"] == "RETREAT"] == [
        ("RETREAT", "asserted"), ("RETREAT", "negated")]


def test_a_way_paved_opens_no_road(all_events_of):
    # (a guard: «أمام» and no traffic after it)
    text = "وقال مسؤول في دمشق إن الاتفاق يفتح الطريق أمام احتمال فرض عقوبات على الأطراف في سوريا."
    assert "RETREAT" not in [e["type"] for e in all_events_of(text)]
