"""Session 82: classes of language from the errors on the dev sets and the news files (docs/events.md § Session
82). The texts are the team's own."""

from __future__ import annotations

from event_helpers import of_type

# a storming «من ثلاثة محاور» (from several axes) is a ground assault on a town, not a raid on it


def test_a_town_stormed_from_several_axes_is_an_assault(events_of) -> None:
    text = ("واقتحمت وحدات من الجيش، تساندها مجموعات من المتطوعين وعناصر الشرطة المحلية، بلدة الحمرا فجر "
            "اليوم الثلاثاء من المحاور الشمالي والغربي والجنوبي.")
    assert [e["type"] for e in events_of(text)] == ["ASSAULT"]


def test_a_camp_stormed_with_arrests_from_two_axes_stays_a_raid(events_of) -> None:
    # (the guard: an arrest told after the storming makes it a raid, whatever the axes)
    text = ("اقتحمت قوات الأمن مخيم الوادي من محورين فجر اليوم، واعتقلت خمسة شبان من أبنائه.")
    assert "ASSAULT" not in [e["type"] for e in events_of(text)]


# «استقبل» of people welcoming or taking in those who arrive (residents, fighters, volunteers; cheers) is no visit


def test_residents_welcoming_soldiers_is_no_visit(events_of) -> None:
    text = "وبثت قناة محلية مساء أمس مشاهد تظهر الأهالي يستقبلون الجنود في شوارع البلدة بعد انتهاء المعارك."
    assert "CONSULT" not in [e["type"] for e in events_of(text)]


def test_fighters_cheering_a_convoy_is_no_visit(events_of) -> None:
    text = ("ووصلت قافلة الإمداد إلى الثكنة ظهر اليوم بعد رحلة استمرت يومين، واستقبلها الحراس عند البوابة "
            "بالهتافات والأهازيج.")
    assert "CONSULT" not in [e["type"] for e in events_of(text)]


def test_an_official_receiving_people_who_speak_for_volunteers_is_a_visit(events_of) -> None:
    # (the guard: the welcomers are read right around the verb only, not in the delegation it receives)
    text = "واستقبل الوزير ممثلين عن المتطوعين في مكتبه صباح اليوم لبحث أوضاع المخيمات."
    assert "CONSULT" in [e["type"] for e in events_of(text)]


# an act told to be done «قبل/بعد كل …» (before or after every other act) is a habit; and «لا يكاد يمرّ يوم دون …»
# governs the whole of a long sentence listing what the days hold


def test_corridors_opened_before_every_advance_are_a_habit(events_of) -> None:
    text = ("وقال المتحدث باسم القيادة إن الجيش فتح الممرات الآمنة وأخلى العائلات قبل كل تقدم، نافياً "
            "اتهامات المنظمات.")
    assert "RETREAT" not in [e["type"] for e in events_of(text)]


def test_an_act_before_anything_else_is_told(events_of) -> None:
    # (the guard: «قبل كل شيء» is "above all", not "before every …")
    text = "وقال الوزير إن الحكومة أفرجت عن المعتقلين قبل كل شيء."
    evs = of_type(events_of(text), "RETREAT")
    assert [e["factuality"] for e in evs] == ["asserted"]


def test_a_killing_at_the_end_of_a_long_no_day_without_sentence_is_a_habit(events_of) -> None:
    text = ("ولا يكاد يمرّ أسبوع واحد من دون أن تعمد خلايا التنظيم إلى ملاحقة الرعاة الذين يقصدون البادية مع "
            "قطعانهم في الربيع بحثاً عن المراعي الخصبة قرب الآبار القديمة وقتلهم.")
    assert [e for e in events_of(text) if e["factuality"] in ("asserted", "reported")] == []


# the further items of a demand reach past a parenthetical between the verb and its object and along a long list


def test_the_last_item_of_a_long_demand_after_a_parenthetical_is_asked_for(events_of) -> None:
    text = ("وطالب مجلس البلدية، في اجتماع طارئ عقده بمن حضر من أعضائه مساء أمس، وزارة الداخلية بسحب قوات "
            "مكافحة الشغب من الأحياء وتسليم الأمن إلى الشرطة المحلية، وبتعويض عائلات الضحايا والمصابين، "
            "وبمعالجة الجرحى في مستشفيات العاصمة على نفقة الدولة، وبإطلاق سراح جميع الموقوفين من الشبان.")
    assert [e for e in of_type(events_of(text), "RETREAT") if e["factuality"] == "asserted"] == []



# the siege noun named as a span of time («طوال الحصار»، «خلال أسابيع الحصار») tells no siege


def test_a_siege_named_as_a_span_of_time_is_no_siege(events_of) -> None:
    text = ("وقال أعضاء المجلس المحلي إن البلدة بقيت طوال الحصار بلا طبيب جراح واحد، وإن الأهالي عاشوا أسابيع "
            "الحصار بلا كهرباء.")
    assert "COERCE" not in [e["type"] for e in events_of(text)]


def test_a_siege_laid_is_a_siege(events_of) -> None:
    # (the guard: «حصاراً» after a span, the siege imposed, is told)
    text = "ويفرض المسلحون منذ نحو أربعة أسابيع حصاراً مشدداً على البلدة الواقعة عند سفح الجبل."
    assert "COERCE" in [e["type"] for e in events_of(text)]


# «أعنف جولة» (the most violent round) is a round of fighting, not of talks


def test_the_most_violent_round_is_no_talks(events_of) -> None:
    text = "واستمرت الاشتباكات بين الطرفين حتى فجر اليوم، في أعنف جولة تشهدها البلدة منذ اندلاع القتال."
    assert "CONSULT" not in [e["type"] for e in events_of(text)]


def test_the_longest_round_of_talks_is_talks(events_of) -> None:
    # (the guard: a superlative of length is no violence)
    text = "واختتم الوفدان في جنيف مساء أمس أطول جولة بينهما منذ بدء الأزمة، من دون اتفاق."
    assert "CONSULT" in [e["type"] for e in events_of(text)]


# «نشر» after an interview, an article or a newspaper is publishing, not deploying


def test_an_interview_published_is_no_deployment(events_of) -> None:
    text = ("وقال قائد ميداني، في مقابلة مع صحيفة إيطالية نُشرت أمس، إن رجاله سيلاحقون المقاتلين الغرباء في "
            "البلدة.")
    assert "MOBILIZE" not in [e["type"] for e in events_of(text)]


def test_troops_deployed_around_a_newspaper_quarter_are_deployed(events_of) -> None:
    # (the guard: a publication named well after the deployment's object does not make it a publication)
    text = "ونشرت الشرطة سرايا من قوات الطوارئ أمام مبنى الصحيفة صباح اليوم بعد تهديدات تلقاها محرروها."
    assert "MOBILIZE" in [e["type"] for e in events_of(text)]


# «دعا إليه» after a meeting names who called the meeting, as after a protest: no request


def test_who_called_a_meeting_makes_no_request(events_of) -> None:
    text = ("ولم يحضر ممثلو الحي اجتماعاً دعا إليه رئيس البلدية مساء أمس لبحث أوضاع المدارس، قائلين إن الدعوة "
            "وصلتهم متأخرة.")
    assert "REQUEST" not in [e["type"] for e in events_of(text)]


def test_calling_on_a_body_after_a_meeting_is_a_request(events_of) -> None:
    # (the guard: «دعا» with no «إليه» after it asks for something)
    text = "وبعد الاجتماع دعا رئيس البلدية الحكومة إلى إرسال فرق لإصلاح شبكة المياه."
    assert "REQUEST" in [e["type"] for e in events_of(text)]


# «احتشد» of fighters or volunteers is a mobilisation, not a protest


def test_volunteers_massing_are_a_mobilisation(events_of) -> None:
    text = "واحتشد مئات المتطوعين من أبناء الحشد الشعبي، مساء الجمعة، في ساحة البلدة وعلى الطريق المؤدية منها شرقاً."
    assert "MOBILIZE" in [e["type"] for e in events_of(text)]
    assert "PROTEST" not in [e["type"] for e in events_of(text)]


def test_protesters_massing_before_soldiers_are_a_protest(events_of) -> None:
    # (the guard: soldiers named after the crowd are not the crowd)
    text = "واحتشد آلاف المحتجين أمام مقر المحافظة مطالبين بمحاسبة الجنود الذين أطلقوا النار."
    assert "PROTEST" in [e["type"] for e in events_of(text)]


# supplies dropped from the air («ألقت مروحيات … أطناناً من الطحين والأدوية فوق البلدة») are aid; arms dropped are not


def test_flour_and_medicine_dropped_over_a_town_are_aid(events_of) -> None:
    text = ("وألقت مروحيات الجيش، يوم الجمعة، أكثر من ثلاثين طناً من الطحين وحليب الأطفال والأدوية فوق البلدة "
            "المحاصرة منذ شهرين.")
    assert "AID" in [e["type"] for e in events_of(text)]


def test_barrels_dropped_on_a_flour_store_are_no_aid(events_of) -> None:
    # (the guard: arms named between the verb and the supplies)
    text = "وألقت مروحيات النظام، فجر اليوم، ستة براميل متفجرة على مستودع للطحين في البلدة."
    assert "AID" not in [e["type"] for e in events_of(text)]


# storming parts of a place or barracks («اقتحموا أجزاء من الثكنة»، «كبرى ثكنات …») is a ground assault


def test_fighters_storming_parts_of_a_base_is_an_assault(events_of) -> None:
    text = "وكانت الفصائل قد اقتحمت أجزاء واسعة من كتيبة الدفاع الجوي شرق البلدة مساء أمس."
    assert [e["type"] for e in events_of(text)] == ["ASSAULT"]


def test_police_storming_a_house_stays_a_raid(events_of) -> None:
    # (the guard: a house is no part of a front)
    text = "واقتحمت قوة من الشرطة منزلاً في الحي الشرقي فجر اليوم بحثاً عن مطلوب."
    assert "ASSAULT" not in [e["type"] for e in events_of(text)]


# «أُغلقت عشرات المدارس» (dozens of schools shut) tells premises closed, not a road blocked by protesters


def test_dozens_of_schools_shut_are_no_protest(events_of) -> None:
    text = "ومنذ مطلع الشهر الجاري، أُغلقت عشرات المدارس في ريف المحافظة وتحولت إلى مراكز لإيواء النازحين."
    assert "PROTEST" not in [e["type"] for e in events_of(text)]


def test_dozens_of_young_men_closing_a_road_are_a_protest(events_of) -> None:
    # (the guard: the dozens are people)
    text = "وأغلق عشرات الشبان، صباح اليوم، الطريق الرئيسي المؤدي إلى المدينة بالإطارات المشتعلة."
    assert "PROTEST" in [e["type"] for e in events_of(text)]


# forces that meet up with other forces («والتقت بقوات البيشمركة عند مدخلها») link up at the front: no meeting


def test_forces_linking_up_are_no_meeting(events_of) -> None:
    text = ("ودخلت قوات الجيش، ظهر أمس، إلى البلدة من محورين، والتقت بقوات الشرطة الاتحادية عند مدخلها "
            "الشمالي.")
    assert "CONSULT" not in [e["type"] for e in events_of(text)]


def test_a_minister_meeting_commanders_of_forces_is_a_meeting(events_of) -> None:
    # (the guard: commanders of forces are met, not the forces)
    text = "ووصل وزير الدفاع إلى البلدة صباح اليوم، والتقى بقادة القوات المنتشرة فيها لبحث خطة الانتشار."
    assert "CONSULT" in [e["type"] for e in events_of(text)]


# a visit cut short («الذي قطع زيارة إلى …» and came back) is the setting of the return, no visit told


def test_a_visit_cut_short_is_no_visit(events_of) -> None:
    text = "ووصل المحافظ، الذي قطع زيارة كان يجريها إلى العاصمة، إلى مدينته مساء أمس."
    assert "CONSULT" not in [e["type"] for e in events_of(text)]


def test_a_visit_that_cut_off_a_path_is_a_visit(events_of) -> None:
    # (the guard: the visit is the subject of «قطعت»)
    text = "وقال المحلل: لقد قطعت زيارة الرئيس للأردن أمس الطريق على المشككين."
    assert "CONSULT" in [e["type"] for e in events_of(text)]


# «منذ توقيع اتفاق التسوية»، «منذ دخول البلدة اتفاق «التهدئة»»: the agreement named after «منذ» and its start is the time
# counted from, as «منذ توقيع الاتفاق» was


def test_an_agreement_named_after_since_its_signing_is_background(events_of) -> None:
    text = "وتشهد محافظة درعا منذ توقيع اتفاق التسوية بين الفصائل والجانب الروسي عمليات اغتيال متكررة."
    assert [e["factuality"] for e in of_type(events_of(text), "AGREE")] == ["historical"]

