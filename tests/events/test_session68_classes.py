"""Session 68: classes of language from the errors on the dev sets and the news files (docs/events.md § Session 68).
The texts are the team's own."""

from __future__ import annotations


def _types(events_of, text: str) -> list[str]:
    return [e["type"] for e in events_of(text)]


# «فور/بمجرد» + a masdar (as soon as): the moment another act is to follow, not an act told


def test_a_ceasefire_as_the_moment_of_a_deployment_is_no_event(events_of):
    text = ("وجدّد وزير الدفاع، في مؤتمر صحافي عقده في الوزارة اليوم، التزام الحكومة بنشر الجيش على الحدود الجنوبية "
            "فور وقف إطلاق النار.")
    assert "CONCEDE" not in _types(events_of, text)


def test_a_ceasefire_made_firm_as_the_moment_of_an_evacuation_is_no_event(events_of):
    text = ("قُتل ثلاثة مدنيين وأصيب خمسة آخرون، صباح اليوم الإثنين، بقصف مدفعي استهدف حي الميدان في مدينة حلب، وفق ما "
            "أفاد به مصدر طبي. وقال مدير فرع الهلال الأحمر في المدينة إن فرقه ستبدأ إجلاء مئة جريح ومريض من الأحياء "
            "المحاصرة «فور تثبيت وقف إطلاق النار بين الطرفين»، مشيراً إلى أن عشر سيارات إسعاف تنتظر عند المعبر.")
    assert _types(events_of, text) == ["ASSAULT"]


def test_a_ceasefire_agreed_is_still_told(events_of):
    # (guard: the ceasefire itself, with no «فور» before it)
    text = ("وأعلنت الفصائل المسلحة في المدينة، مساء أمس، وقف إطلاق النار مع القوات الحكومية لمدة ثلاثة أيام.")
    assert "CONCEDE" in _types(events_of, text)


def test_a_shooting_right_after_an_arrival_is_told(events_of):
    # (guard: «فور» before a masdar that is no trigger; the verb after it is the act)
    text = "وفور وصول الدورية إلى مدخل البلدة أطلق مسلحون مجهولون النار عليها من سيارة مسرعة صباح أمس."
    assert "ASSAULT" in _types(events_of, text)


# «قنبلة موقوتة» (a time bomb): a figure of speech, no explosive


def test_camps_called_time_bombs_are_no_attack(events_of):
    text = ("وقال مدير المنظمة إن إمكاناتها لا تكفي لحراسة آلاف المحتجزين، وإن مخيمات الاحتجاز في المحافظة «قنابل "
            "موقوتة» تهدد المنطقة كلها.")
    assert "ASSAULT" not in _types(events_of, text)


def test_a_bomb_that_went_off_is_still_an_attack(events_of):
    # (guard: a bomb with no «موقوتة» after it)
    text = "وانفجرت قنبلة يدوية ألقاها مجهولون على مدخل مخيم الاحتجاز في المحافظة مساء أمس، ما أدى إلى إصابة حارسين."
    assert "ASSAULT" in _types(events_of, text)


# a judgment on what was told: the acts after «معتبراً أن», the label after «معتبرين X «…»»


def test_strikes_judged_after_considering_that_are_no_new_event(events_of):
    text = ("وحمّلت وزارة الخارجية الميليشيات المتمردة مسؤولية انقطاع المياه عن المدينة، معتبرةً أن استهداف المنشآت "
            "الخدمية «جريمة حرب مكتملة الأركان».")
    assert "ASSAULT" not in _types(events_of, text)


def test_an_agreement_judged_a_displacement_is_no_displacement(events_of):
    text = "ورفض مسلحون في البلدة الاتفاق، معتبرين البنود «تهجيراً قسرياً» لأهلها إلى الشمال السوري."
    assert "RETREAT" not in _types(events_of, text)


def test_clashes_told_after_a_verb_of_saying_are_told(events_of):
    # (guard: «أن» after a verb of saying, not of judging)
    text = "وقالت مصادر محلية إن اشتباكات عنيفة اندلعت فجر اليوم بين مسلحين من عشيرتين في حي الجامع بمدينة الميادين."
    assert "ASSAULT" in _types(events_of, text)


# a counter-attack («هجوماً معاكساً»، «هجمات مضادة») is an attack; the same words after a weapon name the weapon


def test_a_counter_attack_is_an_attack(events_of):
    text = "وشنّت قوات الحكومة، فجر اليوم، هجوماً معاكساً على محور المطار جنوبي المدينة، واستعادت ثلاثة مواقع."
    assert "ASSAULT" in _types(events_of, text)


def test_anti_tank_missiles_seized_are_no_attack(events_of):
    # (guard: «مضادة» after a weapon, not after «هجوم»)
    text = "وضبطت دورية للشرطة، مساء أمس، قذائف مضادة للدروع داخل مستودع مهجور في أطراف البلدة."
    assert "ASSAULT" not in _types(events_of, text)


# thousands who settled their status: each settles alone, so thousands are a tally


def test_thousands_who_settled_their_status_are_a_tally(events_of):
    text = "وتقول الحكومة إن آلاف المسلحين سوّوا أوضاعهم بموجب الاتفاق منذ مطلع العام."
    assert "AGREE" not in _types(events_of, text)


def test_a_counted_group_that_settled_today_is_told(events_of):
    # (guard: a count short of thousands, on one day)
    text = "وقال مصدر في اللجنة إن مئة وعشرين شاباً سوّوا أوضاعهم صباح اليوم في مركز البلدة."
    assert "AGREE" in _types(events_of, text)


# the initiative one takes or holds («زمام المبادرة»), and initiatives that are names, are no proposals


def test_holding_the_initiative_is_no_proposal(events_of):
    text = ("وأكد المتحدث باسم القوات، في مؤتمر صحافي عقده في العاصمة اليوم، أن قواته «تملك زمام المبادرة» على كل "
            "المحاور.")
    assert "AGREE" not in _types(events_of, text)


def test_the_belt_and_road_initiative_is_a_name(events_of):
    text = "وقال الوزير إن المشروع يتماشى مع مبادرة الحزام والطريق التي أطلقتها الصين."
    assert "AGREE" not in _types(events_of, text)


def test_an_initiative_put_forward_is_still_told(events_of):
    # (guard: an initiative put forward, with its own words after it)
    text = "وطرحت الجامعة العربية، مساء أمس، مبادرة لوقف القتال في المدينة وتبادل الأسرى بين الطرفين."
    assert "AGREE" in _types(events_of, text)


# Tripoli's districts and airports (Libya) in the curated gazetteer


def test_a_strike_on_tajoura_is_placed_in_tripoli(events_of):
    text = ("طرابلس – «وكالة الشرق»: شنّ الطيران الحربي غارتين على منطقة تاجوراء شرقي العاصمة الليبية مساء أمس، ما "
            "أدى إلى مقتل ثلاثة مدنيين.")
    (e,) = events_of(text)
    assert (e["location"]["name_en"], e["location"]["country"], e["location"]["admin1"]) == ("Tajoura", "LY", "Tripoli")


def test_the_mitiga_airport_is_a_place_of_its_own():
    from marsad.geo.resolve import find_places
    places = find_places("وتوقفت الرحلات في مطار معيتيقة بعد سقوط قذائف على مدرجه", country="LY")
    assert [p.name_en for p in places if p.name_en] == ["Mitiga International Airport"]


# what is needed («بحاجة إلى مساعدات»، «تحتاج إلى مساعدات»): a need, not an act told


def test_aid_people_need_is_no_aid_delivered(events_of):
    text = ("وتقول منظمات إغاثية إن أكثر من ثلثي سكان المحافظة باتوا بحاجة إلى مساعدات، وإن حالات الإصابة بالكوليرا "
            "تتزايد في المخيمات.")
    assert "AID" not in _types(events_of, text)


def test_aid_delivered_to_those_in_need_is_told(events_of):
    # (guard: the need named after the aid, not before it)
    text = "ووصلت، صباح اليوم، قافلة مساعدات غذائية إلى ألف عائلة بحاجة إليها في مخيمات المحافظة."
    assert "AID" in _types(events_of, text)


# a definite participle of calling («الداعين»، «الداعية»): who someone is, no request made


def test_among_those_calling_for_calm_is_who_someone_is(events_of):
    text = "وكان الشيخ القتيل من أبرز الداعين إلى التهدئة مع قوات الحكومة في المنطقة خلال الأشهر الماضية."
    assert "REQUEST" not in _types(events_of, text)


def test_a_call_made_with_the_participle_is_told(events_of):
    # (guard: the indefinite participle after a verb of saying)
    text = "وأصدر مجلس العشائر بياناً مساء أمس، داعياً الحكومة إلى سحب الحواجز من البلدة."
    assert "REQUEST" in _types(events_of, text)


# barriers removed («أزالت … الحواجز»، «لم تُزِل … السواتر»): an easing of a restriction, told or denied


def test_barriers_not_removed_are_a_negated_easing(events_of):
    text = "ولم تُزِل الميليشيا حتى مساء اليوم أياً من السواتر الترابية التي أقامتها في شوارع المدينة."
    assert [(e["type"], e["factuality"]) for e in events_of(text)] == [("RETREAT", "negated")]


def test_barriers_removed_are_an_easing(events_of):
    text = "وأزالت القوات الحكومية صباح اليوم الحواجز الإسمنتية من مداخل البلدة بعد توقيع الاتفاق."
    assert "RETREAT" in _types(events_of, text)


# aid sent to a place named before it, a time between («وصلت إلى درنة، ظهر اليوم، قافلة …»)


def test_aid_arriving_at_a_town_named_before_a_time_is_for_that_town(events_of):
    text = "وصلت إلى درنة، ظهر اليوم، قافلة مساعدات تضم 45 شاحنة محمّلة بالمواد الغذائية والأدوية."
    (e,) = events_of(text)
    assert [a["text"] for a in e["recipient"]] == ["درنة"]


def test_a_shipment_not_arrived_at_a_hospital_is_for_that_hospital(events_of):
    text = "ولم تصل إلى مشفى السقيلبية حتى مساء اليوم شحنة الأدوية التي أعلنت مديرية الصحة إرسالها صباحاً."
    (e,) = events_of(text)
    assert [a["text"] for a in e["recipient"]] == ["مشفى السقيلبية"]


# a person in the accusative with tanween after a masdar's genitive is its object («خطف قوة إسرائيلية راعياً»)


def test_a_shepherd_abducted_by_a_force_is_the_recipient(events_of):
    text = "وتداولت حسابات، صباح اليوم، أنباء عن خطف قوة إسرائيلية راعياً من أطراف بلدة شبعا الحدودية."
    (e,) = events_of(text)
    assert ([a["text"] for a in e["source"]], [a["text"] for a in e["recipient"]]) == (["قوة إسرائيلية"], ["راعياً"])


# who died «تحت التعذيب» (under torture) is the torture's victim, not its agent


def test_a_detainee_who_died_under_torture_is_its_victim(events_of):
    text = "وتداولت صفحات محلية أنباء عن وفاة أحد المعتقلين تحت التعذيب في سجن المدينة."
    (e,) = events_of(text)
    assert ([a["text"] for a in e["source"]], [a["text"] for a in e["recipient"]]) == ([], ["أحد المعتقلين"])


# a clause describing the subject («مسلحون يستقلون سيارة رمادية») before a time set off by commas, then the object


def test_a_trader_abducted_by_gunmen_in_a_car_is_the_recipient(events_of):
    text = "واختطف مسلحون مجهولون يستقلون سيارة رمادية، مساء الأحد الماضي، تاجراً من أبناء بلدة أرمناز."
    (e,) = events_of(text)
    assert e["recipient"][0]["text"].startswith("تاجراً")


# the traffic a closure or a ban bars («أمام حركة الشاحنات»، «حظر حركة الدراجات النارية») is its recipient


def test_a_crossing_closed_to_lorries_bars_the_lorries(events_of):
    text = "وأعلنت السلطات، صباح اليوم، إغلاق مركز الحدود أمام حركة الشاحنات السورية حتى إشعار آخر."
    (e,) = events_of(text)
    assert (e["type"], [a["text"] for a in e["recipient"]]) == ("COERCE", ["حركة الشاحنات السورية"])


def test_a_ban_on_motorcycles_bars_them_and_is_no_agent(events_of):
    text = ("وقررت اللجنة الأمنية في المحافظة، في اجتماع طارئ عقدته اليوم، منع حركة الدراجات النارية في المدينة "
            "اعتباراً من مساء اليوم.")
    (e,) = (e for e in events_of(text) if e["type"] == "COERCE")
    assert "حركة الدراجات النارية" not in [a["text"] for a in e["source"]]
    assert [a["text"] for a in e["recipient"]] == ["حركة الدراجات النارية"]
