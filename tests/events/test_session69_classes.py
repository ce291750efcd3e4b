"""Session 69: classes of language from the errors on the dev sets and the news files (docs/events.md § Session 69).
The texts are the team's own."""

from __future__ import annotations


def _types(events_of, text: str) -> list[str]:
    return [e["type"] for e in events_of(text)]


def _places(events_of, text: str, typ: str) -> list[str]:
    return [(e.get("location") or {}).get("text") or "" for e in events_of(text) if e["type"] == typ]


# a common noun the CRF reads as a place («قرب فرن»، «في بستان زيتون»، Iraqi «سيطرة» = a checkpoint): the town named
# after it is where the act was


def test_a_blast_near_a_bakery_is_placed_in_the_town(events_of):
    text = "قُتل أربعة مدنيين، صباح اليوم، بانفجار سيارة مفخخة قرب فرن في مدينة منبج، وفق ما أفاد به مصدر طبي."
    assert [("منبج" in p) for p in _places(events_of, text, "ASSAULT")] == [True]


def test_shells_on_an_orchard_are_placed_in_the_town(events_of):
    text = "وسقطت قذيفتا هاون، ظهر اليوم، في بستان زيتون على أطراف بلدة كفرنبل، من دون أن تسفر عن إصابات."
    assert [("كفرنبل" in p) for p in _places(events_of, text, "ASSAULT")] == [True]


def test_a_checkpoint_the_crf_read_as_a_place_is_dropped():
    from marsad.doc import Mention
    from marsad.ner.merge import without_common_places

    def crf(text: str, start: int) -> Mention:
        return Mention(start=start, end=start + len(text), label="LOC", text=text, kind="place", origin="crf")

    kept = without_common_places([crf("سيطرة", 40), crf("وبستان", 60), crf("سامراء", 80), crf("الريف", 90)])
    assert [m.text for m in kept] == ["سامراء"]


# what a settlement word is said to be, not its name («قرى محيطة بها»، «ساحة مدرسة»)


def test_villages_around_a_town_are_not_a_place_called_around(events_of):
    text = ("وكانت قوات الدعم السريع قد هاجمت، في الثالث من آذار الماضي، مدينة الحصاحيصا وقرى محيطة بها، ما أدى إلى "
            "مقتل تسعة مدنيين.")
    assert _places(events_of, text, "ASSAULT") == ["مدينة الحصاحيصا"]


def test_a_school_a_house_or_another_place_word_is_no_name_after_a_place_word():
    from marsad.ner.patterns import find_patterns

    text = "سقطت قذيفة على ساحة مدرسة، وأخرى على قرية وبلدة مجاورتين، وثالثة على حي للطبقة العاملة."
    assert [m.name for m in find_patterns(text) if m.kind == "place"] == []


def test_a_town_whose_name_ends_like_an_adjective_is_still_a_place(events_of):
    # (guard: an indefinite name in «ـة» after a settlement word is a name)
    text = "وقصفت قوات النظام، صباح اليوم، قرية سكيكة بالمدفعية الثقيلة، ما أدى إلى مقتل مدنيَّين."
    assert _places(events_of, text, "ASSAULT") == ["قرية سكيكة"]


# the curated gazetteer knows Marib's districts and Tripoli's (Lebanon) quarters: the place has a point and a country


def _located(events_of, text: str, typ: str) -> list[tuple[str, str | None, bool]]:
    return [((e.get("location") or {}).get("text") or "", (e.get("location") or {}).get("country"),
             (e.get("location") or {}).get("lat") is not None) for e in events_of(text) if e["type"] == typ]


def test_an_attack_in_a_district_of_marib_is_placed_on_the_map(events_of):
    text = "قُتل ثلاثة جنود، صباح اليوم، بهجوم شنّه مسلحون حوثيون على موقع في مديرية صرواح غربي مأرب."
    assert _located(events_of, text, "ASSAULT") == [("مديرية صرواح", "YE", True)]


def test_sniping_from_a_quarter_of_tripoli_lebanon_is_placed_on_the_map(events_of):
    text = "وأطلق قناصون من جبل محسن النار على شاب في باب التبانة، مساء أمس، فأردوه قتيلاً."
    located = _located(events_of, text, "ASSAULT")
    assert len(located) == 1 and located[0][1:] == ("LB", True)


def test_a_district_named_before_its_governorate_stays_the_place(events_of):
    # (guard: Yemen's governorates stay out of the gazetteer, which would read «محافظة البيضاء» as the place)
    text = ("قُتل أربعة مدنيين، مساء أمس، بقصف مدفعي استهدف منازل في منطقة قيفة بمديرية ولد ربيع شمال غربي محافظة "
            "البيضاء.")
    assert [("البيضاء" in p) for p in _places(events_of, text, "ASSAULT")] == [False]


# «معتمدية» (a Tunisian delegation) heads the name of a town, as «مديرية» and «قضاء» do


def test_a_clash_in_a_tunisian_delegation_is_placed_there(events_of):
    text = ("القصرين – «إذاعة الوسط»: اندلعت مساء أمس مواجهات بين شبان وقوات الأمن في معتمدية تالة، أصيب خلالها ثلاثة "
            "أعوان بجروح.")
    assert [("تالة" in p) for p in _places(events_of, text, "ASSAULT")] == [True]


# «جبهة X» with X a known place is the front line there («جبهة رغوان»), not a group named after it


def test_an_attack_on_the_front_of_a_known_place_is_placed_there(events_of):
    text = ("مأرب – «سبأ برس»: قُتل جنديان، مساء أمس، بقصف مدفعي على مدينة مأرب. وهاجم الحوثيون، فجر اليوم، مواقع للجيش "
            "الوطني في جبهة صرواح، واندلعت اشتباكات استمرت ساعتين.")
    places = [p for p in _places(events_of, text, "ASSAULT") if "صرواح" in p]
    assert places



# «ما لا يقل عن N» (no fewer than) before the people a verb kills or abducts: the count and its noun are the recipients


def _recipients(events_of, text: str, typ: str) -> list[list[str]]:
    return [[a.get("text") or "" for a in e.get("recipient") or []] for e in events_of(text) if e["type"] == typ]


def test_no_fewer_than_eleven_civilians_killed_are_the_victims(events_of):
    text = "وأفادت لجان محلية بأن مسلحين قتلوا ما لا يقل عن أحد عشر مدنياً في قريتين شمالي المدينة خلال اليومين الماضيين."
    assert _recipients(events_of, text, "ASSAULT") == [["أحد عشر مدنياً"]]


# a number word of ten or more counting the people of an act since a long span («أكثر من ستين شخصاً … اختُطفوا منذ
# مطلع العام»): a tally, as digits were already read


def test_sixty_people_abducted_since_the_start_of_the_year_are_a_tally(events_of):
    text = ("وتشير إحصاءات محلية إلى أن أكثر من ستين شخصاً، معظمهم سائقو شاحنات، اختُطفوا على طرق البادية منذ مطلع "
            "العام.")
    assert "ASSAULT" not in _types(events_of, text)


def test_a_blame_after_a_count_of_other_acts_is_told(events_of):
    # (guard: the count is of killings, not of the blame that follows it)
    text = ("وبعد سبع عشرة عملية اغتيال في المحافظة منذ مطلع العام، حمّل المجلس المحلي الأجهزة الأمنية مسؤولية «التقصير "
            "في حماية الناشطين».")
    assert "ACCUSE" in _types(events_of, text)


# weapons searched for or defused («بحثاً عن عبوات ناسفة»، «فككت فرق الهندسة عبوة»): none fired


def test_a_search_for_roadside_bombs_is_no_attack(events_of):
    text = "وفتش الجنود المنازل المهجورة على أطراف البلدة، صباح اليوم، بحثاً عن عبوات ناسفة."
    assert "ASSAULT" not in _types(events_of, text)


def test_a_bomb_defused_by_engineers_is_no_attack(events_of):
    text = "وفككت فرق الهندسة عبوة ناسفة زُرعت على جانب الطريق الدولي صباح اليوم."
    assert "ASSAULT" not in _types(events_of, text)



# terms listed after «أبرزها/أهمها/منها» and a noun of terms («ثلاثة من بنود الخارطة، أبرزها تسليم السلاح …»): the
# content of a plan, as after «تتضمن/تنص على», not acts told


def test_the_foremost_terms_of_a_roadmap_are_no_events(events_of):
    text = ("ورفضت اللجنة المركزية، في بيان نشرته مساء أمس، ثلاثة من بنود الخارطة، أبرزها تسليم السلاح الخفيف وترحيل "
            "عدد من الشبان إلى الشمال.")
    assert sorted(_types(events_of, text)) == ["REJECT"]


def test_the_foremost_of_the_attacks_is_told(events_of):
    # (guard: «أبرزها» after acts, not terms: the attack listed is one that happened)
    text = ("وشهدت المنطقة خلال اليومين الماضيين حوادث أمنية عدة، أبرزها هجوم مسلحين على حاجز للجيش عند مدخل البلدة "
            "أدى إلى مقتل جنديين.")
    assert "ASSAULT" in _types(events_of, text)


# the buses of an evacuation leaving («تنطلق دفعة ثانية من الحافلات») anchor the departure though no one is named; «كان
# مقرراً أن …» (was scheduled to) is a plan, not a past habit


def _facts(events_of, text: str, typ: str) -> list[str]:
    return [e["factuality"] for e in events_of(text) if e["type"] == typ]


def test_a_second_batch_of_buses_due_to_leave_is_a_planned_departure(events_of):
    text = "ومن المقرر أن تنطلق دفعة ثانية من الحافلات صباح غدٍ الإثنين باتجاه الشمال."
    assert _facts(events_of, text, "RETREAT") == ["planned"]


def test_buses_scheduled_to_leave_this_morning_are_a_plan_not_a_habit(events_of):
    text = "وكان مقرراً أن تنطلق صباح اليوم أولى قوافل الحافلات من نقطة التجمع عند المدخل الشرقي للبلدة."
    assert _facts(events_of, text, "RETREAT") == ["planned"]



def test_a_meeting_a_delegation_that_did_not_come_was_to_hold_did_not_happen(events_of):
    text = "ولم يصل إلى البلدة، حتى مساء اليوم، وفد المحافظة الذي كان مقرراً أن يلتقي وجهاءها في المركز الثقافي."
    assert [e["factuality"] for e in events_of(text) if e["evidence"]["trigger"]["text"] == "يلتقي"] == ["negated"]


# an exchange of prisoners or bodies («بتبادل جثامين ثمانية قتلى»، «عملية تبادل لأحد عشر أسيراً»): a release (the
# golds code it COOPERATE or RETREAT), not an exchange of fire or of accusations


def test_an_exchange_of_bodies_due_on_thursday_is_a_planned_release(events_of):
    text = ("ومن المقرر أن تُستكمل الصفقة يوم الخميس المقبل بتبادل جثامين ثمانية قتلى من الطرفين عند نقطة التماس في "
            "مديرية الزاهر.")
    assert "RETREAT" in _types(events_of, text)


def test_an_exchange_of_fire_is_still_a_clash(events_of):
    # (guard: no prisoner or body after «تبادل»)
    text = "وتبادل مقاتلو الطرفين إطلاق النار لساعات عند أطراف البلدة مساء أمس."
    assert _types(events_of, text) == ["ASSAULT"]


# a party's own names for itself in its media («الجيش واللجان الشعبية» for the Houthis, «جنود الخلافة» for the Islamic
# State): the same actor, so its claim is told of the same attacker


def _source_ids(events_of, text: str, typ: str) -> list[list[str | None]]:
    return [[a.get("actor") for a in e.get("source") or []] for e in events_of(text) if e["type"] == typ]


def test_the_army_and_popular_committees_in_houthi_media_are_the_houthis(events_of):
    text = ("ونقلت وكالة «سبأ» التابعة للجماعة عن مصدر عسكري أن «الجيش واللجان الشعبية» استهدفوا، فجر اليوم، تجمعات "
            "للقوات الحكومية في مديرية صرواح.")
    assert _source_ids(events_of, text, "ASSAULT") == [["HOUTHI"]]


def test_soldiers_of_the_caliphate_are_the_islamic_state(events_of):
    text = "وزعمت إذاعة التنظيم أن «جنود الخلافة» قصفوا بقذائف الهاون، مساء أمس، تجمعاً للقوات الحكومية غربي سرت."
    assert _source_ids(events_of, text, "ASSAULT") == [["ISIS"]]



# a reply «ردّ … على مصادر إطلاق القذائف» with a shelling named inside it: the reply is that shelling, one event


def test_a_reply_by_shelling_the_sources_of_fire_is_one_attack(events_of):
    text = ("وردّت وحدات من الجيش المرابطة في المنطقة بقصف مدفعي مركّز على مصادر إطلاق القذائف في محيط البلدة، بحسب "
            "مصدر عسكري.")
    assert _types(events_of, text) == ["ASSAULT"]


def test_a_reply_on_the_sources_of_fire_with_no_other_act_named_is_an_attack(events_of):
    # (guard: the reply phrase alone stays the attack)
    text = "وردّت وحدات الجيش على مصادر النيران بالأسلحة المناسبة، مساء أمس، وفق مصدر عسكري."
    assert _types(events_of, text) == ["ASSAULT"]


# a fight «بين X و Y» with two places as X and Y («الاشتباكات بين التبانة وجبل محسن»): their armed men are the sides


def _source_texts(events_of, text: str, typ: str) -> list[list[str]]:
    return [[a.get("text") or "" for a in e.get("source") or []] for e in events_of(text) if e["type"] == typ]


def test_clashes_between_two_quarters_have_the_quarters_as_sides(events_of):
    text = "واندلعت الاشتباكات بين التبانة وجبل محسن مساء أمس، ما أدى إلى مقتل شابين وإصابة خمسة آخرين."
    assert _source_texts(events_of, text, "ASSAULT") == [["التبانة", "جبل محسن"]]


def test_rockets_fired_from_the_desert_between_two_towns_have_no_towns_as_sides(events_of):
    # (guard: «بين» far after the attack, in the place the rockets came from)
    text = ("وأكدت المصادر أن القاعدة استُهدفت بعدة صواريخ أُطلقت من البادية الواقعة بين مدينتي الميادين والبوكمال، "
            "من دون أن تُعرف الخسائر.")
    assert all("الميادين" not in " ".join(s) for s in _source_texts(events_of, text, "ASSAULT"))


def test_a_group_word_still_heads_whom_it_gathers_after_lam():
    # (regression: «لـ» + a definite word is no name after a place word only; «تجمع للشيعة التركمان» is a gathering
    # of people an attack may target)
    from marsad.ner.patterns import find_patterns

    assert [m.kind for m in find_patterns("استهدف التفجير تجمع للشيعة التركمان في البلدة")] == ["actor"]


# «قبل ظهر اليوم» (late this morning) is a time of the day, not «before» another event the act is tied to


def _dates(events_of, text: str, typ: str) -> list[tuple[str | None, str | None]]:
    return [((e.get("date") or {}).get("value"), (e.get("date") or {}).get("precision"))
            for e in events_of(text) if e["type"] == typ]


def test_a_sit_in_before_noon_today_is_dated_today(events_of):
    text = ("ونفّذ عشرات النازحين اعتصاماً أمام مبنى المحافظة قبل ظهر اليوم، احتجاجاً على تأخر صرف بدلات الإيواء، "
            "ورفعوا لافتات تطالب الحكومة بالوفاء بوعودها.")
    dates = _dates(events_of, text, "PROTEST")
    assert dates and all(d == ("2024-01-02", "day") for d in dates)  # (the time read, not the publication fallback)
