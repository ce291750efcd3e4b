"""Session 33: classes of language from the errors of the dev sets (docs/events.md § Session 33).
The texts are the team's own."""

from __future__ import annotations

import pytest

from marsad.numbers.casualties import fatalities, find_quantities


def _events(events_of, text: str) -> list[dict]:
    return events_of("عنوان الخبر\n" + text)


def _of_type(events: list[dict], typ: str) -> list[dict]:
    return [e for e in events if e["type"] == typ]


def _texts(args: list[dict]) -> list[str]:
    return [a["text"] for a in args]


def _triggers(e: dict) -> list[str]:
    return [e["evidence"]["trigger"]["text"], *(t["text"] for t in e["evidence"].get("triggers", []))]


# an event noun made definite by a time after a preposition («وعن قصف أمس»، «جراء غارات فجر اليوم») is the act of
# that day told before


@pytest.mark.parametrize("text", [
    "قصفت قوات النظام بلدة كفرنبل أمس بقذائف المدفعية، ما أدى إلى مقتل أربعة مدنيين.\n"
    "وعن قصف أمس، قال مسعف في البلدة إن القذائف سقطت قرب السوق وإن بين القتلى طفلين.",
    "شنّت طائرات حربية غارات على مواقع للميليشيات في البوكمال فجر اليوم.\n"
    "وبحسب مصادر طبية، فإن المشفى استقبل جثث عشرة عناصر جراء غارات فجر اليوم.",
])
def test_an_event_noun_with_a_time_genitive_is_the_act_told_before(events_of, text):
    attacks = _of_type(_events(events_of, text), "ASSAULT")
    assert len(attacks) == 1, attacks


def test_the_time_genitive_refers_to_the_act_of_its_kind(events_of):
    text = ("شنّت طائرات حربية روسية غارات على أطراف بلدة التمانعة فجر اليوم.\n"
            "وقُتل خمسة مدنيين بقصف مدفعي لقوات النظام على مدينة خان شيخون صباح اليوم.\n"
            "وعن قصف اليوم، قال ممرض في أحد المشافي إن القذائف انطلقت من مواقع قوات النظام في بلدة مورك.")
    attacks = _of_type(_events(events_of, text), "ASSAULT")
    assert len(attacks) == 2, attacks
    shelling = next(e for e in attacks if any("قصف" in t for t in _triggers(e)))
    assert "قصف" in _triggers(shelling)[1:], shelling  # the «قصف اليوم» mention joined the shelling, not the raids


def test_a_noun_and_a_time_after_a_verb_tell_an_act(events_of):  # (a guard)
    text = ("هاجم مسلحون حاجزاً للشرطة في بلدة طفس مساء الخميس.\n"
            "ووقع هجوم أمس الجمعة على دورية للجيش قرب مدرسة البلدة.")
    assert len(_of_type(_events(events_of, text), "ASSAULT")) == 2


# the masdar after «و»/«ف» + a preposition, after «عملية/عمليات» and after «أي» is no verb


def test_a_masdar_after_operations_in_a_charge_is_no_event(events_of):
    text = "وأعلنت الشرطة أنها ألقت القبض، مساء أمس، على أحد المتورطين في عمليات خطف سابقة على طريق المطار."
    events = _events(events_of, text)
    assert not _of_type(events, "ASSAULT"), events
    assert _of_type(events, "COERCE"), events


def test_a_masdar_after_any_is_no_event(events_of):
    text = "وأكد ذوو الموقوفين أنهم «عمال بسطاء لا علاقة لهم بأي خطف» وأنهم كانوا في طريقهم إلى العمل."
    assert not _of_type(_events(events_of, text), "ASSAULT")


def test_an_act_alleged_names_no_actor(all_events_of):
    # (kept with the generic events: merged with a real abduction told after it, its roles would be that event's)
    text = "ونفّذت دوريات الشرطة صباح اليوم حملة مداهمات في أحياء المدينة بحثاً عن شبان متورطين في عمليات خطف."
    alleged = _of_type(all_events_of("عنوان الخبر\n" + text), "ASSAULT")
    assert alleged and all(not e["source"] and not e["recipient"] for e in alleged), alleged


# a trend of many acts («تصاعداً في عمليات الخطف») over a span after «منذ نحو» is an aggregate


@pytest.mark.parametrize("text", [
    "ويشهد الجبل منذ نحو عامين تصاعداً في عمليات الخطف المتبادل بين أبناء المحافظتين.",
    "وتشهد المنطقة منذ سنوات ازدياداً في عمليات الاغتيال.",
])
def test_a_trend_of_acts_is_no_event(events_of, text):
    assert not _of_type(_events(events_of, text), "ASSAULT")


# «بين قتيل وجريح» counts no one


def test_killed_and_wounded_after_between_count_no_one():
    text = "وأوقع المهاجمون عناصر الحاجز بين قتيل وجريح."
    assert fatalities(find_quantities(text)) is None


def test_a_singular_killed_noun_still_counts_one():  # (a guard)
    assert fatalities(find_quantities("وسقط قتيل في البلدة أمس.")) == 1


def test_a_count_beside_killed_and_wounded_is_kept(events_of):
    text = "قُتل ثلاثة جنود في هجوم على حاجز، وأوقع المهاجمون عناصره بين قتيل وجريح."
    attacks = _of_type(_events(events_of, text), "ASSAULT")
    assert attacks and attacks[0]["fatalities"] == 3, attacks


# a threat's condition («ما لم يسلّم المسلحون أسلحتهم») and «تسوية … بالأرض» are no events of their own


def test_a_threat_with_its_condition_and_a_razing(events_of):
    text = ("وصباح اليوم، توعّد ضابط في حاجز البلدة، عبر مكبرات الصوت، باقتحام الحي «وتسويته بالأرض» "
            "ما لم يسلّم «المسلحون» أنفسهم وأسلحتهم خلال يومين.")
    events = _events(events_of, text)
    assert [e["type"] for e in events] == ["THREATEN"], events


def test_a_settlement_agreement_is_still_one(events_of):  # (a guard)
    assert _of_type(_events(events_of, "وقّع الطرفان اتفاق تسوية في البلدة أمس."), "AGREE")


# carrying off the wounded is no withdrawal; a ban on entry far from its verb is still a ban


def test_evacuating_the_wounded_is_no_withdrawal_and_the_ban_is_found(events_of):
    text = ("وفي غضون ذلك، منع عناصر الحاجز ذاته سيارتي إسعاف تابعتين للهلال الأحمر العربي السوري من دخول المدينة "
            "لإخلاء الجرحى، وأعادوهما باتجاه حمص.")
    events = _events(events_of, text)
    assert not _of_type(events, "RETREAT"), events
    bans = _of_type(events, "COERCE")
    assert bans and any("عناصر الحاجز" in t for t in _texts(bans[0]["source"])), events


def test_evacuating_civilians_is_still_a_withdrawal(events_of):  # (a guard)
    assert _of_type(_events(events_of, "وبدأت أمس عملية إخلاء المدنيين من البلدة المحاصرة."), "RETREAT")


# a release that is the aim of an effort, the subject of talks or a promise not kept has not happened


@pytest.mark.parametrize("text", [
    "في المقابل، ناشد ذوو الرجال الأربعة، في تسجيل مصوّر، وجهاءَ المدينة التدخل للإفراج عن أبنائهم.",
    "على أن يتوجه وفد من الوجهاء يوم غدٍ إلى البلدة للقاء وجهاء من المنطقة والتفاوض على إطلاق سراح المخطوفين.",
    "وقال القيادي إن «الوعود الأمريكية بانسحاب الوحدات لم تُنفذ حتى الآن».",
])
def test_a_release_or_withdrawal_not_done(events_of, text):
    assert not _of_type(_events(events_of, text), "RETREAT")


def test_a_release_done_is_still_one(events_of):  # (a guard)
    assert _of_type(_events(events_of, "وأفرج المسلحون عن الشاب المخطوف مساء أمس."), "RETREAT")


# the talks held during a meeting are that meeting; an accusative object after a time and a «في» phrase


def test_talks_during_the_meeting_and_its_object(events_of):
    text = ("واستقبل محافظ حماة، صباح اليوم، في مكتبه بمدينة حماة وفداً من وجهاء سلمية وفعالياتها الأهلية، "
            "جرى خلال اللقاء بحث الأوضاع الخدمية.")
    meetings = _of_type(_events(events_of, text), "CONSULT")
    assert len(meetings) == 1, meetings
    assert any("وفد" in t for t in _texts(meetings[0]["recipient"])), meetings[0]


def test_an_actor_inside_a_place_phrase_set_off_by_commas_is_no_object(events_of):  # (a guard)
    text = "وفي السياق، التقى محافظ القنيطرة، أمس، في مبنى المحافظة بمدينة البعث، وفداً من قيادة قوة «أندوف»."
    meetings = _of_type(_events(events_of, text), "CONSULT")
    assert meetings and any("وفد" in t for t in _texts(meetings[0]["recipient"])), meetings


# a time after «، وقد» dates that clause's act; a count names no one when merging


def test_a_time_after_a_new_clause_and_a_counted_reference(events_of):
    text = ("خطف مسلحون مجهولون ثلاثة شبان من أبناء البلدة مساء أمس على طريق زراعي.\n"
            "وأكدت شبكة محلية أن إطلاق نار كثيف سُمع في المنطقة ظهر اليوم.\n"
            "وبحسب مصادر أهلية، فإن الشبان الثلاثة خُطفوا قرابة التاسعة مساءً على طريق ترابي غرب البلدة، "
            "وقد عُثر صباح اليوم على سيارتهم محترقة.")
    abductions = [e for e in _of_type(_events(events_of, text), "ASSAULT") if e.get("mode") == "abduct"]
    assert len(abductions) == 1, abductions
    assert abductions[0]["date"]["value"] == "2024-01-01", abductions[0]


# the «لـ» of an abduction names who was taken, not who took


def test_the_lam_of_an_abduction_is_no_agent(all_events_of):
    text = "وهذه ثاني عملية خطف لعمال زراعيين على طريق المطار منذ مطلع الشهر."
    for e in _of_type(all_events_of("عنوان الخبر\n" + text), "ASSAULT"):
        assert not any("عمال" in t for t in _texts(e["source"])), e


# a denial, a report or a rumour ends where the speaker goes on with «، وقال/وأكد …» or «، مؤكداً/متوعداً …»


def _fact_of(events: list[dict], typ: str) -> str:
    return next(e["factuality"] for e in events if e["type"] == typ)


def test_a_denial_ends_at_a_new_statement(events_of):
    text = ("ونفى قيادي في الفصيل، في حديث لشبكة محلية اليوم، التوصل إلى أي اتفاق لوقف إطلاق النار مع «الوحدات» الكردية، "
            "وقال إن الفصائل «ترفض أي هدنة مع الميليشيات».")
    assert _fact_of(_events(events_of, text), "REJECT") == "asserted"


def test_a_denied_report_ends_at_a_new_statement(events_of):
    text = ("غير أن قيادياً في الجبهة نفى، في تصريح لشبكة محلية، صحة هذه الأنباء، وأكد أن الفصائل «ترفض أي تسوية أو "
            "مصالحة مع النظام».")
    assert _fact_of(_events(events_of, text), "REJECT") == "asserted"


def test_a_denied_rumour_ends_at_a_participle_of_saying(events_of):
    text = ("ونفت قيادة الشرطة، في بيان، ما تداولته صفحات محلية عن مقتل متظاهر، مؤكدةً أن المعتقلين الستة «أُطلق "
            "سراحهم بكفالة» ظهر اليوم.")
    assert _fact_of(_events(events_of, text), "RETREAT") not in ("negated", "rumored")


def test_a_denial_still_governs_its_own_clause(events_of):  # (a guard)
    text = "ونفى مصدر أمني اعتقال أي شخص في البلدة أمس، وقال إن الوضع هادئ."
    assert _fact_of(_events(events_of, text), "COERCE") == "negated"


def test_talk_of_an_act_is_a_rumour(events_of):
    text = "وقلّل مصدر من أهمية هذه الأنباء، مشيراً إلى أن «الحديث عن اقتحام المدينة سابق لأوانه»."
    storming = [e for e in _events(events_of, text) if "اقتحام" in e["evidence"]["trigger"]["text"]]
    assert storming and storming[0]["factuality"] == "rumored", storming


# shots fired in celebration are no attack; what «كل من» would do is no event; «من» after a noun is no «whoever»


def test_celebratory_gunfire_is_no_attack(events_of):
    text = "وقال مصدر في الشرطة إن أصوات الرصاص التي سمعها السكان مساء أمس تعود إلى «إطلاق نار احتفالي في حفل زفاف»."
    assert not _of_type(_events(events_of, text), "ASSAULT")


def test_what_whoever_would_do_is_no_event(events_of):
    events = _events(events_of, "وتوعّدت الهيئة كل من يسلّم سلاحه للنظام بالمحاسبة.")
    assert not _of_type(events, "RETREAT") and _of_type(events, "THREATEN"), events


def test_a_masdar_phrase_after_min_is_no_whoever(all_events_of):  # (a guard)
    text = "ويأتي ذلك بعد نحو ست سنوات من توقيع اتفاق ستوكهولم في كانون الأول/ديسمبر 2018."
    deals = _of_type(all_events_of("عنوان الخبر\n" + text), "AGREE")
    assert deals and deals[0]["factuality"] != "generic", deals


# fighters driven out are no sanction; a banner's words are no event; what a ransom would buy is no release


@pytest.mark.parametrize("text", [
    "وكانت قوات النظام قد سيطرت على المدينة عام 2017 بعد طرد تنظيم «داعش» منها.",
    "وهي القافلة الرابعة منذ طرد التنظيم من المدينة أواخر الشهر الماضي.",
])
def test_fighters_driven_out_are_no_sanction(all_events_of, text):
    assert not _of_type(all_events_of("عنوان الخبر\n" + text), "SANCTION")


def test_expelling_an_ambassador_is_still_a_sanction(events_of):  # (a guard)
    assert _of_type(_events(events_of, "وقررت الحكومة أمس طرد السفير من البلاد."), "SANCTION")


def test_a_banner_with_a_verb_phrase_is_no_event(all_events_of):
    text = ("وخرج العشرات من أهالي حارم، عصر أمس الثلاثاء، في وقفة احتجاجية أمام مبنى المحكمة التابعة للهيئة في ساحة "
            "المدينة، رافعين لافتات كُتب عليها «الكاميرا ليست سلاحاً» و«أطلقوا سراح الشهود»، ومطالبين بالإفراج الفوري "
            "عن الناشطَين.")
    assert not _of_type(all_events_of("عنوان الخبر\n" + text), "RETREAT")


def test_what_a_ransom_would_buy_is_no_release(events_of):
    text = ("وأفاد أحد أقاربه بأن الخاطفين تواصلوا مع العائلة صباح اليوم وطالبوا بفدية قدرها ستون ألف دولار "
            "مقابل إطلاق سراحه.")
    events = _events(events_of, text)
    assert _of_type(events, "REQUEST") and not _of_type(events, "RETREAT"), events


def test_a_release_in_a_swap_is_still_told(all_events_of):  # (a guard)
    text = ("ومن المقرر أن تجري غداً عملية تبادل تسلّم بموجبها الفصائل جثتي عنصرين من قوات النظام مقابل إطلاق "
            "سراح ثلاث معتقلات.")
    assert _of_type(all_events_of("عنوان الخبر\n" + text), "RETREAT")


def test_a_hospital_taking_in_patients_is_no_visit(events_of):
    text = "وقال مدير مشفى سلقين الميداني إن المشفى استقبل خلال الساعات الأربع والعشرين الماضية ثلاثين جريحاً."
    assert not _of_type(_events(events_of, text), "CONSULT")


def test_a_present_verb_in_a_relative_clause_is_a_state(events_of):
    text = "من جهتها، رفضت «هيئة تحرير الشام»، التي ينتشر مقاتلوها في عدد من بلدات الريف الغربي، أي اتفاق مع الروس."
    assert not _of_type(_events(events_of, text), "MOBILIZE")


# a beating («انهالوا على أحدهما بالضرب») is an attack of its own, not the shelling named in its sentence; a verb with
# its subject right after «فيما» tells another act


def test_a_beating_is_found_and_kept_apart_from_a_shelling(events_of):
    text = ("قصفت قوات النظام ريف جسر الشغور أمس بالمدفعية الثقيلة.\n"
            "وفي مدينة حارم، اعتقل عناصر حاجز تابع للهيئة، مساء الإثنين، ناشطَين إعلاميَين أثناء عودتهما من تصوير آثار "
            "القصف في ريف جسر الشغور، وقالت التنسيقية إن عناصر الحاجز انهالوا على أحدهما بالضرب قبل وضعهما في سيارة.")
    attacks = _of_type(_events(events_of, text), "ASSAULT")
    assert any(e.get("mode") == "beat" for e in attacks), attacks
    assert not any(e.get("mode") == "beat" and any("قصف" in t for t in _triggers(e)) for e in attacks), attacks


def test_a_verb_with_its_subject_after_fima_is_another_act(events_of):
    text = ("وتجددت مساء أمس الاشتباكات بين الفصائل وعناصر المجلس العسكري في محيط قرية العمارنة، ما أدى إلى مقتل ثلاثة "
            "عناصر، فيما قصفت المدفعية التركية المتمركزة على الحدود مواقع المجلس في المنطقة.")
    attacks = _of_type(_events(events_of, text), "ASSAULT")
    assert len(attacks) == 2, attacks


# a sentence opening with an incident as its topic («وعن حادثة القارب، …»، «وفي تفاصيل ما جرى في السوق، …») tells
# that incident again; «وفي حادثة منفصلة، …» tells another


@pytest.mark.parametrize(("text", "told_again"), [
    ("وعن حادثة القارب، روى صاحبه لمراسلنا أن رصاص القناصة انهمر عليهم.", True),
    ("وفي تفاصيل ما جرى في السوق، روى أحد الناجين أن الطائرة نفّذت غارتين متتاليتين.", True),
    ("وفي حادثة منفصلة، خطف مسلحون مجهولون مساء الاثنين تاجر مواشٍ.", False),
    ("وعن الوضع الميداني، قال مصدر إن قوات النظام قصفت البلدة.", False),
])
def test_an_incident_named_as_the_topic(nlp, text, told_again):
    from marsad.doc import Document
    from marsad.events.extract import _incident_topic, _words
    from marsad.text.normalize import norm

    doc = nlp(Document(text=text, id="t", published="2024-01-02"))
    toks = doc.sentence_tokens(doc.sentences[0])
    words = _words(doc.text, toks, [t.norm or norm(doc.text[t.start : t.end]) for t in toks])
    end = _incident_topic(words)
    assert (end is not None and words[end].norm in (",", "،")) == told_again


def test_a_separate_incident_is_another_event(events_of):  # (a guard)
    text = ("قُتل خمسة مدنيين ليل الأحد بقصف مدفعي لقوات النظام على أطراف البلدة.\n"
            "وفي حادثة منفصلة، خطف مسلحون مجهولون مساء الاثنين تاجر مواشٍ من أبناء البلدة.")
    assert len(_of_type(_events(events_of, text), "ASSAULT")) == 2


# what someone is blamed for («حمّلت X المسؤولية عن «المجزرة»») names no actor of its own; a claim of it does


def test_an_act_blamed_on_someone_names_no_actor(all_events_of):
    text = "وحمّلت الحملة التحالف الدولي المسؤولية المباشرة عن «المجزرة»، وطالبته بفتح تحقيق."
    massacres = [e for e in all_events_of("عنوان الخبر\n" + text) if e["type"] == "ASSAULT"]
    assert massacres and not massacres[0]["source"], massacres


def test_an_act_claimed_keeps_its_claimer(events_of):  # (a guard)
    text = "وأعلنت جماعة «جند الشام» في بيان اليوم مسؤوليتها عن التفجير الذي هزّ سوق الخضار في البلدة مساء الأحد."
    attacks = _of_type(_events(events_of, text), "ASSAULT")
    assert attacks and any("جند الشام" in t for t in _texts(attacks[0]["source"])), attacks


# «قبل انسحابه» dates what was done before, and a phrase asked for in the accusative is the appeal's content


def test_before_its_withdrawal_is_no_withdrawal(events_of):
    text = "قُتل طفلان صباح اليوم بانفجار لغم أرضي زرعه تنظيم «داعش» قبل انسحابه في أرض زراعية قرب القرية."
    assert not _of_type(_events(events_of, text), "RETREAT")


def test_a_phrase_asked_for_in_the_accusative_is_no_event(events_of):
    text = "وناشدت الغرفة المنظمات الإنسانية والهلال الأحمر «فتح ممرات آمنة» لإجلاء الجرحى."
    events = _events(events_of, text)
    assert _of_type(events, "REQUEST") and not _of_type(events, "RETREAT"), events
