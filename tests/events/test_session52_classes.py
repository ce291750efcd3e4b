"""Session 52: classes of language from the errors of the dev sets (docs/events.md § Session 52).
The texts are the team's own."""

from __future__ import annotations

import pytest
from event_helpers import of_type as _of_type
from event_helpers import under_headline as _events

# a banner's or a chant's second verb, joined by «و» to the first («لافتات تطالب … وترفض …»), has the banners as
# subject as the first has: no act of an actor


@pytest.mark.parametrize("text, kind", [
    ("وتجمّع العشرات أمام مبنى البلدية، رافعين لافتات تطالب بإعادة التيار الكهربائي وترفض «الوعود الكاذبة».", "REJECT"),
    ("وشيّع الأهالي جثمان الشاب إلى مقبرة القرية، وسط هتافات تندد بالاعتداء وتطالب بمحاسبة الفاعلين.", "REQUEST"),
])
def test_a_banners_second_verb_is_no_act(events_of, text, kind):
    assert _of_type(_events(events_of, text), kind) == []


def test_a_crowds_own_verb_after_a_banner_stays_an_act(events_of):
    # guard: «وطالبوا» after a comma is the crowd's own demand, not the banner's
    text = "ورفع المعتصمون لافتات تندد بانقطاع المياه، وطالبوا المحافظ بزيارة الحي خلال أيام."
    assert len(_of_type(_events(events_of, text), "REQUEST")) == 1


# the arrival of fighters («وصول مسلحين/مقاتلين/مؤازرات») is a deployment, as the arrival of reinforcements is


def test_the_arrival_of_fighters_is_a_deployment(events_of):
    text = "وتحدثت صفحات محلية، مساء اليوم، عن وصول مسلحين من خارج مدينة صيدا لمساندة المجموعة المحاصرة، وهو ما نفته الشرطة."
    evs = _of_type(_events(events_of, text), "MOBILIZE")
    assert len(evs) == 1 and evs[0]["factuality"] == "rumored", evs


# «أنباء عن سيطرة X على Y»: control seized, with a long holder between the noun and its «على»


def test_a_rumoured_seizure_with_a_long_holder(events_of):
    text = "وتداولت حسابات أنباء عن سيطرة مسلحين موالين للقائد السابق على معسكر الشرطة جنوبي المدينة، غير أن الوزارة نفت ذلك."
    evs = _of_type(_events(events_of, text), "ASSAULT")
    assert len(evs) == 1 and evs[0]["factuality"] == "rumored", evs


def test_control_out_of_reach_is_still_no_seizure(events_of):
    # guard: «الخارجة عن سيطرة …»
    text = "وقال المصدر إن المنطقة الخارجة عن سيطرة الحكومة منذ سنوات تعاني من نقص الدواء."
    assert _of_type(_events(events_of, text), "ASSAULT") == []


# who passes news on inside the news phrase («أنباء يتداولها الأهالي عن …»، «أحاديث في أوساط ناشطين عن …») did not act


@pytest.mark.parametrize("text", [
    "وتتحدث أنباء يتداولها الأهالي عن وصول تعزيزات عسكرية كبيرة إلى مطار حماة العسكري.",
    "وتدور أحاديث في أوساط ناشطين في البلدة عن وصول تعزيزات جديدة إلى أطراف مدينة حمص.",
])
def test_who_passes_news_on_is_not_the_agent(events_of, text):
    evs = _of_type(_events(events_of, text), "MOBILIZE")
    assert len(evs) == 1 and evs[0]["source"] == [], evs


# a settlement named by its kind alone («المدينة»، «البلدة نفسها») is the settlement of that kind named last before it


def test_the_town_is_the_town_named_before():
    from marsad.events.extract import _settlement_noun
    assert _settlement_noun("المدينة") and _settlement_noun("البلدة نفسها") and _settlement_noun("في القرية") is None
    assert _settlement_noun("المدينة المنورة") is None


def test_a_town_noun_takes_the_place_of_the_town_named_before(nlp):
    from marsad.doc import Document
    from marsad.events.extract import _settlement_named_before, _unplaced_names
    text = "تظاهر المئات في مدينة سلقين وقرية كفرتخاريم صباح اليوم. وفرضت الشرطة حظر تجول في المدينة حتى إشعار آخر."
    doc = nlp(Document(text=text, id="t", published="2024-01-03"))
    at = text.index("المدينة")
    town = _settlement_named_before(doc, at, "المدينه", _unplaced_names(doc))
    assert town is not None and town["text"] == "مدينة سلقين", town  # the city, not the village named after it
    assert _settlement_named_before(doc, text.index("سلقين"), "المدينه", _unplaced_names(doc)) is None


# «زار X مدينة Y»: the place visited is the verb's object, not a place named before in the sentence


def test_the_place_visited_is_the_object_of_the_visit_verb(events_of):
    text = "قُتل شاب بقصف مدفعي على بلدة كفرنبل صباح اليوم، فيما زار المحافظ مدينة إدلب."
    evs = _of_type(_events(events_of, text), "CONSULT")
    assert len(evs) == 1 and evs[0]["location"]["name_en"] == "Idlib", evs


def test_a_governor_of_a_place_is_not_the_place_visited(events_of):
    # guard: «يزور محافظ حمص بلدة X»: Homs names whose governor
    text = "ومن المقرر أن يزور محافظ حمص مدينة تلكلخ يوم السبت المقبل لتفقد الأضرار."
    evs = _of_type(_events(events_of, text), "CONSULT")
    assert len(evs) == 1 and evs[0]["location"]["text"] == "مدينة تلكلخ", evs


# a visit told at a country and then at its capital is one visit (the gazetteer knows Damascus is in Syria)


def test_a_visit_to_a_country_and_to_its_capital_is_one(events_of):
    # (the place visited, the object of «سيزور», is a strong place of its own: without the gazetteer's containment the
    # two tellings would stay apart)
    text = ("أفادت الخارجية الأردنية بأن وزير الخارجية أيمن الصفدي يصل إلى سوريا يوم الأحد المقبل، في زيارة رسمية قصيرة. "
            "ونقلت صحيفة محلية عن مسؤول سوري أن وزير الخارجية الأردني سيزور دمشق الأحد المقبل.")
    evs = _of_type(_events(events_of, text), "CONSULT")
    assert len(evs) == 1, evs


# «أول زيارة منذ العام 2011»: the first since then — the time dates the last one, not this one


@pytest.mark.parametrize("text", [
    "وصل وزير الخارجية الأردني إلى دمشق اليوم في أول زيارة منذ عام 2011.",
    "وصل وزير الخارجية الأردني إلى دمشق اليوم في زيارة هي الأولى منذ عام 2011.",
])
def test_the_first_since_a_year_is_not_dated_by_it(events_of, text):
    evs = _of_type(_events(events_of, text), "CONSULT")
    assert len(evs) == 1 and not evs[0]["date"]["value"].startswith("2011") and evs[0]["factuality"] == "asserted", evs


# a curfew told with an adjective between its words («حظراً شاملاً للتجوال»، «حظر عام للتجوال»)


@pytest.mark.parametrize("text", [
    "وفرضت قيادة الشرطة حظراً شاملاً للتجوال في مدينة المقدادية منذ منتصف الليل وحتى إشعار آخر.",
    "وأعلنت السلطات حظر عام للتجوال في مدينة بعقوبة اعتباراً من مساء اليوم.",
])
def test_a_curfew_with_an_adjective(events_of, text):
    evs = [e for e in _events(events_of, text) if e["type"] == "COERCE" and e["mode"] == "curfew"]
    assert len(evs) == 1, evs


# words that name no new act: an accord breached with a word between («بـ«خرق متعمد» لاتفاق …»); a site of holding
# («أماكن احتجاز»); the freed welcomed home («استقبل الأهالي الأسرى المفرج عنهم»); aid lived on («تعتمد … على
# المساعدات»)


@pytest.mark.parametrize("text, kind", [
    ("واتهمت الفصائل قوات النظام بـ«خرق متعمد» لاتفاق خفض التصعيد في ريف حمص الشمالي.", "AGREE"),
    ("وقالت المنظمة إن عائلات كثيرة لا تعرف أماكن احتجاز ذويها منذ سنوات في مدينة حماة.", "COERCE"),
    ("واستقبل المئات من أهالي مدينة الضالع الأسرى المفرج عنهم عند مدخل المدينة.", "CONSULT"),
    ("وتعتمد آلاف العائلات النازحة في المخيمات المحيطة بمدينة إدلب على المساعدات بصورة شبه كاملة.", "AID"),
])
def test_words_that_name_no_new_act(events_of, text, kind):
    assert _of_type(_events(events_of, text), kind) == []


@pytest.mark.parametrize("text, kind", [
    # guards: an arrest told with the place people were taken to; a host who receives a delegation; aid handed out
    ("واعتقلت قوات الأمن ثلاثة شبان في مدينة حماة، واقتادتهم إلى مكان احتجاز مجهول.", "COERCE"),
    ("واستقبل الرئيس وفداً من وجهاء مدينة درعا في القصر الجمهوري.", "CONSULT"),
    ("ووزعت منظمة الهلال الأحمر المساعدات على العائلات النازحة في مدينة إدلب.", "AID"),
])
def test_the_acts_beside_them_stay(events_of, text, kind):
    assert len(_of_type(_events(events_of, text), kind)) == 1


# what talks are about («بحث الطرفان انسحاب الفصائل»، «تركّز البحث على … وإعادة فتح الطريق») is a topic, not an act


@pytest.mark.parametrize("text, kind", [
    ("والتقت اللجنة وفداً روسياً في مدينة الرستن، وتركّز البحث على ملف المعتقلين وإعادة فتح الطريق الدولي.", "RETREAT"),
    ("وبحث رئيس الحكومة مع الموفد الأممي في دمشق مسألتي عودة النازحين والانسحاب التركي من الشمال.", "RETREAT"),
    ("وناقش الوزراء في مسقط آثار الاتفاق النووي على أمن الخليج.", "AGREE"),
])
def test_what_talks_are_about_is_no_act(events_of, text, kind):
    assert _of_type(_events(events_of, text), kind) == []


def test_an_act_after_a_time_anchor_stays(events_of):
    # guard: «بعد انسحاب …» dates the talks by the withdrawal; it is no topic
    text = "وبحث الطرفان في مدينة منبج، بعد انسحاب القوات الأمريكية من المدينة، مستقبل المنطقة."
    assert len(_of_type(_events(events_of, text), "RETREAT")) == 1


# an attack threatened with «بمواصلة/باستئناف» is the threat's content, no verbal attack of its own


@pytest.mark.parametrize("text", [
    "وتوعّدت الحركة، في البيان ذاته، بمواصلة هجماتها حتى خروج آخر جندي أجنبي من مدينة بلدوين.",
    "وهدد الجيش باستئناف القصف على مدينة درعا إذا لم يسلّم المسلحون سلاحهم.",
])
def test_an_attack_threatened_with_continuing_is_the_threats_content(events_of, text):
    evs = _events(events_of, text)
    assert [e["type"] for e in evs] == ["THREATEN"], evs


# a quoted name ends at its closing mark: «وحمّل «الشباب» المسؤولية» has «الشباب» as the one blamed, not a source
# «الشباب» المسؤولية» running into the trigger


def test_a_quoted_name_ends_at_its_closing_mark(events_of):
    text = "ودان حاكم الإقليم الهجوم على مدينة بلدوين، وحمّل «الشباب» المسؤولية الكاملة عنه."
    evs = _of_type(_events(events_of, text), "ACCUSE")
    assert evs and all("»" not in a["text"] for e in evs for a in e["source"] + e["recipient"]), evs
    assert any(a["text"] == "الشباب" for e in evs for a in e["recipient"]), evs


# a time told after «على أن» (the terms of a deal) dates those terms, not an act named before them


def test_the_time_of_the_terms_does_not_date_what_comes_before(all_events_of):
    text = ("وأوضح العضو أن الطرفين توصلا إلى اتفاق مبدئي يقضي بإدخال قافلة من المحروقات والطحين إلى مدن الريف عبر "
            "المعبر ذاته، مقابل تسليم الفصائل رفات ثلاثة من عناصر قوات النظام قضوا في معارك سابقة على جبهة تلبيسة، "
            "على أن تعبر القافلة يوم الخميس المقبل برفقة فريق أممي.")
    evs = [e for e in all_events_of(text) if e["type"] == "ASSAULT"]
    assert evs and all((e["date"] or {}).get("value") != "2024-01-04" for e in evs), evs


# the town an earlier attack of the sentence aims at («بقصف … على كفرنبل بعد ساعات من اجتماع …») is not the place of the
# meeting named after it


def test_the_attacks_target_is_not_the_meetings_place(events_of):
    text = ("ثلاثة قتلى بقصف لقوات النظام على بلدة كفرنبل بعد ساعات من اجتماع اللجنة والروس\n"
            "التقت لجنة التفاوض، يوم أمس الإثنين، وفداً من ضباط الشرطة العسكرية الروسية قرب مدينة الرستن، في جولة "
            "هي الثالثة من نوعها. وقُتل ثلاثة مدنيين، مساء أمس، بقصف مدفعي لقوات النظام على بلدة كفرنبل.")
    evs = [e for e in events_of(text) if e["type"] == "CONSULT"]
    assert len(evs) == 1 and evs[0]["location"]["text"] != "بلدة كفرنبل", evs


# fortifications named as things («مواقع الإرهابيين وتحصيناتهم»، «المواقع والتحصينات») or a metaphor («تحصين الجبهة
# الداخلية») are no deployment; fortifying positions still is


@pytest.mark.parametrize("text", [
    "وعرض التلفزيون لقطات لضربات طالت مواقع المسلحين وتحصيناتهم قرب جسر الشغور.",
    "وتحولت أطراف مدينة الضالع إلى خطوط تماس تتوزع عليها المواقع والتحصينات.",
    "ودعا الخطيب في مدينة الموصل إلى تحصين للجبهة الداخلية في وجه الشائعات.",
])
def test_fortifications_named_are_no_deployment(events_of, text):
    assert _of_type(_events(events_of, text), "MOBILIZE") == []


def test_fortifying_positions_is_a_deployment(events_of):
    text = "وباشرت الوحدات الهندسية في ريف حماة الشمالي تحصين عدد من النقاط المكشوفة قرب بلدة كفرنبودة."
    assert len(_of_type(_events(events_of, text), "MOBILIZE")) == 1


def test_the_freed_welcomed_home_past_an_aside(events_of):
    text = "واستقبل المئات من أهالي الضالع، مساء أمس، الأسرى السبعة في ساحة عامة وسط المدينة."
    assert _of_type(_events(events_of, text), "CONSULT") == []


# after «حالة/حالات» an act word is the masdar («لا صحة لأي حالة خطف مسجلة»), not a verb with a subject after it


def test_a_case_of_is_followed_by_a_masdar(events_of):
    text = ("وتناقلت صفحات أنباء عن اختطاف ثلاثة شبان على يد مسلحين ملثمين على طريق المقدادية ليل أمس، وهو ما نفاه "
            "مصدر في الشرطة، مؤكداً أن «لا صحة لأي حالة خطف مسجلة» وأن الشبان الثلاثة عادوا إلى منازلهم.")
    evs = _of_type(_events(events_of, text), "ASSAULT")
    assert len(evs) == 1 and evs[0]["factuality"] == "rumored", evs


# «منذ فرض/إطباق الحصار»: the siege since which a period runs is background, no siege laid today


@pytest.mark.parametrize("text", [
    "أُنجزت أمس أول عملية تبادل منذ إطباق الحصار على بلدة قدسيا.",
    "وتعيش البلدة أزمة خانقة منذ فرض الحصار عليها من قبل قوات النظام في مدينة داريا.",
])
def test_a_siege_since_which_is_background(events_of, text):
    assert _of_type(_events(events_of, text), "COERCE") == []
