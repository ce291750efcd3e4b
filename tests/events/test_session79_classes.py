"""Session 79: classes of language from the errors on the dev sets and the news files (docs/events.md § Session
79). The texts are the team's own."""

from __future__ import annotations

from event_helpers import of_type, one_of_type, texts

from marsad.geo.resolve import default_geocoder

# a town whose name is also a common word («سرت»، «الجنينة»، «نوى») is the town after a preposition, a direction or
# the fronts of a place («إلى سرت»، «غربي سرت»، «محاور سرت») when the article names it after a settlement word too


def _place_texts(text: str) -> list[str]:
    return [p.text for p in default_geocoder("LY").find_places(text)]


def test_a_town_named_as_a_town_is_the_town_after_a_preposition() -> None:
    text = ("سيطرت القوات على مدينة سرت الأسبوع الماضي. "
            "ووصلت إلى سرت، ليل أمس، كتائب جديدة قادمة من الغرب.")
    assert _place_texts(text).count("سرت") == 1


def test_a_town_named_as_a_town_is_the_town_after_its_fronts() -> None:
    text = ("سيطرت القوات على مدينة سرت الأسبوع الماضي. "
            "وتتواصل الاشتباكات على محاور سرت منذ الفجر.")
    assert "سرت" in _place_texts(text)


def test_a_common_word_after_a_preposition_needs_the_town_named() -> None:
    # (the guard: without «مدينة سرت» in the text, «إلى سرت» stays unread)
    text = "ووصلت إلى سرت، ليل أمس، كتائب جديدة قادمة من الغرب."
    assert "سرت" not in _place_texts(text)


def test_a_town_named_without_a_settlement_word_lends_no_support() -> None:
    # (the guard: «والميادين شواهد» (the arenas) names no town, so «في ميادين الحرب» is no place either)
    text = "إن الهزائم الساحقة تلاحق الإرهاب، والميادين شواهد. وقد ظهرت الحقائق في ميادين الحرب في العراق."
    found = [p.text for p in default_geocoder("SY").find_places(text)]
    assert "ميادين" not in found


def test_an_arrival_at_a_town_named_before_is_placed_there(events_of) -> None:
    text = ("سيطرت القوات على مدينة سرت الأسبوع الماضي. "
            "ووصلت إلى محاور سرت، ليل أمس، كتائب جديدة من مصراتة تضم دبابات.")
    e = one_of_type(events_of(text), "MOBILIZE")
    assert e["location"]["text"] == "سرت"


# what a threat told by a noun threatens («تهديدات إسرائيلية بقصف …»، «إنذارات جديدة بإخلاء …») is its content, no
# event of its own


def test_what_threats_named_by_a_noun_threaten_is_no_event(events_of) -> None:
    text = "وأطلق الجيش تهديدات جديدة بقصف أحياء في مدينة صور إذا لم تتوقف الهجمات."
    evs = events_of(text)
    assert of_type(evs, "THREATEN")
    assert not [e for e in of_type(evs, "ASSAULT") if "بقصف" in e["evidence"]["trigger"]["text"]]


def test_evacuations_warned_of_with_a_nationality_between_are_no_event(events_of) -> None:
    text = "إنذارات إسرائيلية بإخلاء أحياء في مدينة صور.. وخمسة قتلى في غارة دمّرت مبنى سكنياً في المدينة"
    evs = events_of(text)
    assert of_type(evs, "THREATEN") and not of_type(evs, "RETREAT")


def test_an_answer_to_threats_told_past_a_comma_is_still_an_event(events_of) -> None:
    # (the guard: only the «بـ» complement of a threat noun, or of its adjectives, is its content; «وتجاهلت الفصائل
    # التهديدات، وردّت … بقصف …» tells a shelling)
    text = "وتجاهلت الفصائل التهديدات، وردّت فجر اليوم بقصف صاروخي على مواقع الجيش قرب البلدة."
    assert of_type(events_of(text), "ASSAULT")


# municipalities, coalitions and parliamentary blocs are actors («بلدية صور»، «ائتلاف دولة القانون»، «كتلة الأحرار»);
# a «كتلة» of concrete and a «مجلس» of mourning are none


def test_a_municipality_distributing_aid_is_its_source(events_of) -> None:
    text = "ووزّعت بلدية المدينة، أمس، وجبات ساخنة على العائلات النازحة من القرى الحدودية."
    e = one_of_type(events_of(text), "AID")
    assert any("بلدية" in t for t in texts(e["source"] or []))


def test_a_parliamentary_bloc_asking_is_the_source(events_of) -> None:
    text = "وطالبت كتلة الأحرار النيابية الحكومة بكشف نتائج التحقيق في الهجوم."
    e = one_of_type(events_of(text), "REQUEST")
    assert texts(e["source"] or []) == ["كتلة الأحرار النيابية"]
    assert texts(e["recipient"] or []) == ["الحكومة"]


def test_a_coalition_threatening_is_the_source(events_of) -> None:
    text = "وهدد ائتلاف القوى الوطنية بمقاطعة جلسات البرلمان ما لم تتحرك الحكومة."
    e = one_of_type(events_of(text), "THREATEN")
    assert any(t.startswith("ائتلاف") for t in texts(e["source"] or []))


def test_a_block_of_concrete_is_no_actor(events_of) -> None:
    # (the guard: «كتلة» is a bloc only when no word of a mass follows it)
    text = "وأغلقت كتلة خرسانية ضخمة الطريق المؤدي إلى الحاجز العسكري شرق البلدة."
    assert not [e for e in events_of(text) if any("كتلة" in t for t in texts(e["source"] or []))]


def test_a_funeral_gathering_blown_up_did_not_attack(events_of) -> None:
    text = "حظر تجوال في المقدادية بعد تفجير مجلس عزاء.. وإحراق مساجد في المدينة"
    e = one_of_type(events_of(text), "ASSAULT")
    assert not any("مجلس" in t for t in texts(e["source"] or []))


def test_the_bloc_of_members_of_parliament_belongs_to_the_subject(events_of) -> None:
    text = "ومن المقرر أن يزور وفد من نواب كتلة بعلبك الهرمل قيادة الجيش في اليرزة يوم الجمعة المقبل."
    e = one_of_type(events_of(text), "CONSULT")
    assert not any("كتلة" in t for t in texts(e["recipient"] or []))


# «قمة» as a hill's top, not a summit


def test_the_highest_top_of_a_hill_is_no_summit(events_of) -> None:
    text = ("وتدور منذ ثلاثة أيام معارك عنيفة على تلة «المرصد»، أعلى قمة في ريف المحافظة الشمالي، بين وحدات الجيش "
            "ومسلحي الفصائل.")
    assert not of_type(events_of(text), "CONSULT")


def test_a_summit_between_leaders_is_still_a_meeting(events_of) -> None:
    # (the guard: only a top after «أعلى/على/فوق» or before a hill's noun)
    text = "وتعقد القمة العربية في الرياض يوم الأحد المقبل بين قادة الدول العربية."
    assert of_type(events_of(text), "CONSULT")


# a ward or a town that takes civilians or survivors in («قسم الطوارئ استقبل عشرات المدنيين») holds no meeting


def test_an_emergency_ward_taking_civilians_in_holds_no_meeting(events_of) -> None:
    text = ("وقال مدير المستشفى إن الكادر الطبي عمل طوال يومين دون انقطاع وإن قسم الطوارئ استقبل عشرات المدنيين، "
            "مشيراً إلى نقص حاد في أكياس الدم.")
    assert not of_type(events_of(text), "CONSULT")


def test_a_governor_receiving_a_delegation_holds_a_meeting(events_of) -> None:
    # (the guard: an official receiving a delegation meets it)
    text = "واستقبل المحافظ، صباح اليوم، وفداً من وجهاء القرية في مكتبه لبحث أوضاع النازحين."
    assert of_type(events_of(text), "CONSULT")


# what a step «تهدف إلى» is an aim, no event


def test_what_a_truce_aims_at_is_no_event(events_of) -> None:
    text = ("وأعلنت القوات، مساء الاثنين، هدنة إنسانية من طرف واحد في الجنينة مدتها ثلاثة أيام، قالت إنها تهدف إلى "
            "فتح ممرات آمنة أمام المدنيين.")
    assert not of_type(events_of(text), "RETREAT")


def test_arrests_a_campaign_aims_at_are_no_event(events_of) -> None:
    text = "وأطلقت الشرطة حملة تهدف إلى اعتقال المطلوبين في أحياء المدينة."
    assert all("اعتقال" not in e["evidence"]["trigger"]["text"] for e in of_type(events_of(text), "COERCE"))


# a further «وبـ» item of a demand past a comma («طالب … بوقف …، وبفتح ممرات …») is what is asked for


def test_a_further_item_of_a_demand_is_no_event(events_of) -> None:
    text = ("وطالب الاتحاد الأفريقي، في بيان، الطرفين بوقف فوري للهجمات على المدنيين في المدينة، وبفتح ممرات آمنة "
            "تتيح للعالقين الوصول إلى الحدود.")
    evs = events_of(text)
    assert of_type(evs, "REQUEST") and not of_type(evs, "RETREAT")


# a truce one side announces («وأعلنت القوات هدنة من طرف واحد») is a concession, and «الهدنة» named again is it


def test_a_truce_one_side_announces_is_a_concession(events_of) -> None:
    text = ("وأعلنت قوات الدعم السريع، مساء الاثنين، «هدنة إنسانية» من طرف واحد في المدينة مدتها ثلاثة أيام. "
            "ولم تصمد الهدنة سوى ساعات، إذ تجددت الاشتباكات في الأحياء الغربية.")
    evs = events_of(text)
    assert len(of_type(evs, "CONCEDE")) == 1 and not of_type(evs, "AGREE")


def test_a_truce_two_sides_agree_on_is_an_accord(events_of) -> None:
    # (the guard: agreed, not announced by one side)
    text = "ودخلت هدنة بين الجيش والفصائل حيز التنفيذ فجر اليوم بوساطة روسية."
    evs = events_of(text)
    assert of_type(evs, "AGREE") and not of_type(evs, "CONCEDE")


# «عرض» of what is shown in pictures is no offer


def test_weapons_shown_in_pictures_are_no_offer(events_of) -> None:
    text = ("وعثرت القوات في مقر غرفة العمليات على مخازن أسلحة وذخائر، عرضتها في صور نشرها المركز الإعلامي، "
            "وقال إن الأسرى نُقلوا إلى العاصمة.")
    assert not of_type(events_of(text), "AGREE")


def test_a_settlement_offered_is_an_offer(events_of) -> None:
    # (the guard: «عرض» with no pictures or press after it offers)
    text = "وعرضت الحكومة على المسلحين تسوية أوضاعهم مقابل تسليم السلاح الثقيل."
    assert of_type(events_of(text), "AGREE")


# what chants say, with a phrase of their own before the verb («هتافات بالأرمنية والعربية تطالب بعودة …»), asks no one


def test_chants_in_two_languages_asking_for_a_return_make_no_request(events_of) -> None:
    text = "وردد المعتصمون أمام السفارة هتافات بالأرمنية والعربية تطالب بعودة أهالي البلدة إلى بيوتهم."
    assert not of_type(events_of(text), "REQUEST")


def test_families_asking_after_the_banners_make_a_request(events_of) -> None:
    # (the guard: a comma ends the banners' phrase; the families ask)
    text = "ورفع المحتجون لافتات، والعائلات تطالب بالإفراج عن أبنائها."
    assert of_type(events_of(text), "REQUEST")


# reinforcements sent to a place the gazetteer lacks are not where they come from («… إلى محاور المدينة … قادمة من
# مصراتة»)


def test_reinforcements_are_not_placed_where_they_come_from(events_of) -> None:
    text = ("وتحدثت مصادر قبلية عن دفع الجماعة، خلال الليلتين الماضيتين، بمئات المقاتلين من محافظة البيضاء نحو الجبال "
            "المطلة على بلدة بيحان من جهة الغرب، في محاولة لاستعادة ما خسرته.")
    e = one_of_type(events_of(text), "MOBILIZE")
    assert e["location"] is not None and e["location"]["text"] != "محافظة البيضاء"


# a masdar's genitive that is an armed group or a definite body, with people counted after it, is its agent
# («اعتقال القوات الحكومية عشرات الشبان»، «احتجاز مسلحي التنظيم خمسة مدنيين»)


def test_the_forces_after_an_arrest_noun_arrest_the_dozens_after_them(events_of) -> None:
    text = "وتتناقل مواقع معارضة أنباء عن اعتقال القوات الحكومية عشرات الشبان ممن بقوا في البلدة."
    e = one_of_type(events_of(text), "COERCE")
    assert texts(e["source"] or []) == ["القوات الحكومية"]
    assert texts(e["recipient"] or []) == ["عشرات الشبان"]


def test_gunmen_after_a_detention_noun_hold_the_civilians_after_them(events_of) -> None:
    text = "وتتحدث أنباء عن احتجاز مسلحي التنظيم خمسة مدنيين في أقبية البلدة."
    e = one_of_type(events_of(text), "COERCE")
    assert texts(e["source"] or []) == ["مسلحي التنظيم"]


# declining to comment with a long quoted subject between («رفض متحدث باسم «مجلس …» التعليق») is no rejection


def test_a_spokesman_of_a_quoted_council_declining_to_comment_rejects_nothing(events_of) -> None:
    text = "فيما رفض متحدث باسم «مجلس المحافظة العسكري» التعليق على تلك الأنباء حتى مساء اليوم."
    assert not of_type(events_of(text), "REJECT")


# a subject's short name in brackets («قوات سوريا الديمقراطية («قسد»)») is neither its object nor in its way


def test_the_object_after_a_subject_s_bracketed_short_name_is_the_recipient(events_of) -> None:
    text = "واتهمت قوات سوريا الديمقراطية («قسد») الفصائل الموالية لتركيا بقصف القرى الحدودية."
    e = one_of_type(events_of(text), "ACCUSE")
    assert texts(e["recipient"] or []) == ["الفصائل الموالية لتركيا"]


def test_those_appealed_to_after_an_office_s_acronym_are_the_recipients(events_of) -> None:
    text = "وناشد مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية («أوتشا») أطراف النزاع السماح بوصول المساعدات."
    e = one_of_type(events_of(text), "REQUEST")
    assert texts(e["recipient"] or []) == ["أطراف النزاع"]


# a refusal told as the moment of another act («… حين رفض النزلاء العودة إلى زنازينهم») is no rejection


def test_a_refusal_that_sets_off_a_quarrel_is_no_rejection(events_of) -> None:
    text = ("وقُتل الشيخ برصاص عناصر حاجز عند مدخل المدينة، إثر مشادة نشبت حين رفض الشيخ الستيني النزول من سيارته "
            "للتفتيش.")
    assert not of_type(events_of(text), "REJECT")


def test_a_refusal_after_whereas_is_a_rejection(events_of) -> None:
    # (the guard: «في حين» is «whereas», and the refusal after it is one of its own)
    text = "وعقد الطرفان اجتماعاً أمس، في حين رفض ممثلو الفصائل العرض الروسي."
    assert of_type(events_of(text), "REJECT")


def test_a_truce_both_sides_keep_is_no_concession(events_of) -> None:
    # (regression: «من طرفيها» is both its sides, not «من طرفه» one side's)
    text = "وأعلنت اللجنة هدنة يلتزم بها كل من طرفيها ابتداء من اليوم."
    assert not of_type(events_of(text), "CONCEDE")
