"""Session 23: classes of language from set 12, read as a dev set for the first time, and from an audit of events on
the news files (docs/events.md § Session 23).  The texts are the team's own."""

from __future__ import annotations

from event_helpers import of_type as _of
from event_helpers import one_of_type as _one
from event_helpers import texts as _texts

# «للقاء X»: whom one comes to meet; the one who comes is the clause's subject


def test_coming_to_meet_names_whom_one_meets(events_of):
    ev = _one(events_of(
        "عنوان الخبر\nومن المقرر أن يصل إلى مدينة حماة، يوم الأحد المقبل، وفد من منظمة الصحة العالمية يضم أطباء "
        "وخبراء، للقاء محافظ حماة وزيارة المستشفى الوطني."), "CONSULT")
    assert _texts(ev["recipient"]) and _texts(ev["recipient"])[0].startswith("محافظ")
    assert "وفد" in " ".join(_texts(ev["source"]))
    assert ev["factuality"] == "planned"


def test_the_members_a_group_comprises_are_not_its_subject(events_of):
    # «وفد … يضم مسؤولين»: the members are no subject of the meeting, the delegation is
    ev = _one(events_of(
        "عنوان الخبر\nووصل وفد من الاتحاد الأوروبي يضم مسؤولين أمنيين إلى دمشق، أمس، لإجراء محادثات مع وزير الخارجية "
        "السوري."), "CONSULT")
    assert not any(t.startswith("مسؤولين") for t in _texts(ev["source"])), _texts(ev["source"])


def test_a_meeting_that_brought_together_names_its_participants(events_of):
    # (a guard: the past «ضم» after a meeting lists who took part)
    ev = _one(events_of(
        "عنوان الخبر\nوعقد ضباط من الشرطة العسكرية الروسية، أمس، اجتماعاً ضم ممثلين عن «المجلس المحلي» في مدينة "
        "تل رفعت."), "CONSULT")
    assert ev["recipient"], ev["why"]


# a file or a portfolio names no act


def test_an_aid_portfolio_is_no_delivery(events_of):
    evs = events_of("عنوان الخبر\nوالتقى المحافظ مسؤولين عن ملف المساعدات الإنسانية في مدينة إدلب، أمس.")
    assert not _of(evs, "AID")
    assert _of(evs, "CONSULT")


# floods and storms destroy; no one attacks


def test_floods_destroying_houses_are_no_attack(events_of):
    evs = events_of("عنوان الخبر\nودمّرت السيول، فجر اليوم، عشرات المنازل في مدينة سلقين بريف إدلب الغربي.")
    assert not _of(evs, "ASSAULT")


def test_bulldozing_a_rain_cistern_is_still_a_demolition(events_of):
    # (a guard: «مياه الأمطار» names what the cistern holds, not a storm)
    evs = events_of("عنوان الخبر\nوهدمت جرافات الاحتلال، صباح اليوم، منزلين وبئراً لجمع مياه الأمطار في بلدة يطا.")
    assert _of(evs, "ASSAULT") or _of(evs, "COERCE")


# a denial's clause ends where a new clause opens after a comma («، كما …»)


def test_a_threat_after_a_denial_in_another_clause_is_not_denied(events_of):
    ev = _one(events_of(
        "عنوان الخبر\nوقال المتحدث باسم الجماعة إن قواتها استهدفت سفينة حربية في البحر الأحمر، وهو ما نفته القيادة "
        "الأمريكية، كما توعّد المتحدث باسم الجماعة بتوسيع دائرة الاستهداف لتشمل كل السفن."), "THREATEN")
    assert ev["factuality"] == "asserted", ev["why"]["factuality"]


def test_what_a_denial_governs_stays_denied(events_of):
    # (a guard: no new clause between the denial and the act)
    evs = events_of("عنوان الخبر\nونفت وزارة الدفاع ما تداولته صفحات محلية عن قصف مواقع في ريف حماة.")
    assert all(e["factuality"] != "asserted" for e in _of(evs, "ASSAULT"))


# a spokesman right after a threat verb is its subject, though no actor; «المتحدث باسم X» stands for X


def test_a_bare_spokesman_can_threaten(events_of):
    evs = events_of("عنوان الخبر\nوتوعّد المتحدث، في كلمة متلفزة، بتوسيع الهجمات على السفن.")
    assert _one(evs, "THREATEN")["factuality"] == "asserted"


def test_a_spokesman_for_an_actor_stands_for_it(events_of):
    # (a guard: the spokesman «باسم X» is linked to X, not left a bare spokesman chunk)
    ev = _one(events_of("عنوان الخبر\nوهدّد المتحدث باسم الجيش الإسرائيلي بتوسيع دائرة الاستهداف في جنوب لبنان."),
              "THREATEN")
    assert [a["actor"] for a in ev["source"]] == ["ISR-MIL"], ev["source"]


# outlets whose names hold a place


def test_a_place_in_an_outlets_name_is_not_where_the_event_is(events_of):
    evs = events_of(
        "الرقة/ «بوابة الفرات»: تظاهر العشرات أمس في مدينة الطبقة احتجاجاً على انقطاع المياه.\n"
        "وقال ناشطون لـ«بوابة الفرات» إن قوات الأمن اعتقلت ثلاثة من المحتجين.")
    ev = _one(evs, "COERCE")
    assert ev["location"] and ev["location"]["text"] != "الفرات", ev["location"]


def test_a_place_after_a_correspondents_quote_mark_is_a_name(events_of):
    evs = events_of("عنوان الخبر\nواعتقلت قوات الأمن شابين، أمس، بحسب ما أفاد به مراسل «الفرات».")
    ev = _one(evs, "COERCE")
    assert not ev["location"] or ev["location"]["text"] != "الفرات", ev["location"]


# the recipient of a rejection or a welcome is who proposed or did what is rejected or welcomed


def test_rejecting_a_proposal_is_addressed_to_who_proposed_it(events_of):
    ev = _one(events_of(
        "عنوان الخبر\nورفضت الحكومة المكلفة من مجلس النواب، في بيان صدر اليوم، مقترحاً طرحته الأمم المتحدة لإنشاء آلية "
        "مشتركة للإعمار."), "REJECT")
    assert _texts(ev["recipient"]) == ["الأمم المتحدة"]


def test_welcoming_steps_is_addressed_to_who_took_them(events_of):
    ev = _one(events_of(
        "عنوان الخبر\nورحّبت منظمة العفو الدولية، في تدوينة على حسابها الرسمي، بـ«الخطوات التي اتخذها مكتب النائب "
        "العام» في القضية."), "SUPPORT")
    assert "النائب العام" in " ".join(_texts(ev["recipient"]))


def test_a_mission_is_an_actor(events_of):
    ev = _one(events_of("عنوان الخبر\nورفضت الحكومة، أمس، مقترحاً طرحته البعثة الأممية لإنشاء صندوق مشترك."), "REJECT")
    assert _texts(ev["recipient"]) == ["البعثة الأممية"]


# what an accusation says, what someone is to be persuaded to do, what portends, what a pretext names


def test_a_masdar_joined_to_an_accusations_content_is_that_content(events_of):
    evs = events_of(
        "عنوان الخبر\nوقال الوزير إن بلاده ترفض التدخل الأجنبي، متّهماً الجماعات المسلحة باستغلال الأزمة ومنع "
        "وصول المساعدات إلى المتضررين في حلب.")
    assert all(e["factuality"] != "asserted" for e in _of(evs, "COERCE")), [e["why"] for e in _of(evs, "COERCE")]


def test_failing_to_persuade_negates_the_act(events_of):
    ev = _one(events_of(
        "عنوان الخبر\nوفشل المبعوث الذي زار أنقرة الأسبوع الماضي في إقناع الحكومة التركية بالموافقة على الخطة."),
        "AGREE")
    assert ev["factuality"] == "negated"


def test_persuading_to_withdraw_is_no_withdrawal(events_of):
    evs = events_of("عنوان الخبر\nوتعمل موسكو على إقناع الفصائل بالانسحاب من المدينة.")
    assert all(e["factuality"] not in ("asserted", "reported") for e in _of(evs, "RETREAT"))


def test_what_portends_is_no_threat(events_of):
    evs = events_of("عنوان الخبر\nوأكدت الوزارة أن السياسات التي ينتهجها الاحتلال تنذر بإشعال المنطقة.")
    assert not _of(evs, "THREATEN")


def test_a_pretext_names_no_event(events_of):
    evs = events_of("عنوان الخبر\nواتخذت الحكومة الحادثة ذريعة للعدوان على البلدة.")
    assert not _of(evs, "ASSAULT")


def test_endangering_peace_is_no_threat(events_of):
    evs = events_of("عنوان الخبر\nوحذّرت الخارجية من أن التصعيد في المنطقة يهدد السلم والأمن الدوليين.")
    assert not _of(evs, "THREATEN")


def test_ready_to_meet_names_whom_one_would_meet(events_of):
    ev = _one(events_of("عنوان الخبر\nوأبدى الرئيس التركي استعداده للقاء الرئيس السوري في أي وقت."), "CONSULT")
    assert _texts(ev["recipient"]) and "السوري" in _texts(ev["recipient"])[0], ev["recipient"]


# lexicon: evacuations, detention orders, deployments named by a light verb, sentences «بحبس»


def test_evacuating_a_crew_is_aid(events_of):
    ev = _one(events_of(
        "عنوان الخبر\nوأجلت سفينة تابعة للبحرية الهندية، فجر اليوم، أفراد طاقم الناقلة إلى ميناء جيبوتي."), "AID")
    assert ev["factuality"] == "asserted"


def test_postponing_a_meeting_is_no_evacuation(events_of):
    # (a guard: «أجّلت» normalises like «أجلت», but nothing evacuated follows)
    evs = events_of("عنوان الخبر\nوأجّلت الحكومة اجتماعها مع النقابات إلى الأسبوع المقبل.")
    assert not _of(evs, "AID")


def test_ordering_detention_is_an_arrest(events_of):
    ev = _one(events_of(
        "عنوان الخبر\nقضائياً، أمر النائب العام، اليوم، بحبس أربعة من موظفي البلدية على ذمة التحقيق."), "COERCE")
    assert "النائب العام" in _texts(ev["source"])


def test_carrying_out_a_deployment(events_of):
    ev = _one(events_of(
        "عنوان الخبر\nوعلى الأثر، نفّذت وحدات من الجيش انتشاراً في محيط المبنى المستهدف وضربت طوقاً حول المكان."),
        "MOBILIZE")
    assert ev["source"]


def test_a_court_sentencing_with_bi_habs(events_of):
    ev = _one(events_of("عنوان الخبر\nوقضت محكمة الجنايات في حمص، أمس، بحبس المتهم ثلاث سنوات."), "SANCTION")
    assert ev["factuality"] == "asserted"


# «ثم» joins a verb to the clause before; a title and a unit noun head a quoted name


def test_then_met_shares_the_subject(events_of):
    ev = _one(events_of(
        "عنوان الخبر\nوجال الوزير على المستشفى الوطني حيث تفقّد الجرحى، ثم التقى محافظ حمص في مكتبه."), "CONSULT")
    assert _texts(ev["source"]) == ["الوزير"]
    assert ev["recipient"] and _texts(ev["recipient"])[0].startswith("محافظ")


def test_the_head_of_a_quoted_branch(events_of):
    ev = _one(events_of(
        "عنوان الخبر\nوهدّد رئيس فرع «الأمن العسكري» في درعا، خلال اجتماع مع وجهاء المدينة، بحملة عسكرية."),
        "THREATEN")
    assert len(ev["source"]) == 1 and "الأمن العسكري" in ev["source"][0]["text"], ev["source"]
    assert not any("الأمن العسكري" in t for t in _texts(ev["recipient"]))


def test_the_threatened_named_after_a_joined_threat_verb(events_of):
    ev = _one(events_of(
        "عنوان الخبر\nونعت الحركة، في بيان نشرته مساء أمس، ثلاثة من مقاتليها قضوا في القصف، وتوعّدت إسرائيل بأن "
        "«دماء الشهداء لن تمرّ دون حساب»."), "THREATEN")
    assert _texts(ev["recipient"]) == ["إسرائيل"], ev["why"]["actors"]


# the recipient of a condemnation is whose act it condemns, past a long parenthetical and without a trigger of its own


def test_condemning_an_aggression_past_a_long_parenthetical(events_of):
    ev = _one(events_of(
        "عنوان الخبر\nوأدانت وزارة الخارجية، في رسالتين متطابقتين وجّهتهما اليوم إلى الأمين العام للأمم المتحدة ورئيس "
        "مجلس الأمن، «العدوان الإسرائيلي الغاشم» على منطقة السيدة زينب."), "ACCUSE")
    assert [a.get("actor") for a in ev["recipient"]] == ["ISR"], ev["recipient"]


def test_the_zionist_aggression_is_israels(events_of):
    ev = _one(events_of(
        "عنوان الخبر\nوأدان المتحدث باسم وزارة الخارجية، في تصريح صحفي، «العدوان الصهيوني» على ريف دمشق."), "ACCUSE")
    assert [a.get("actor") for a in ev["recipient"]] == ["ISR"], ev["recipient"]


def test_condemning_a_strike_named_by_its_state(events_of):
    ev = _one(events_of(
        "عنوان الخبر\nوأدان الناطق باسم الحكومة، في بيان صدر ظهر اليوم، الضربة الأمريكية، واصفاً إياها بالاعتداء."),
        "ACCUSE")
    assert [a.get("actor") for a in ev["recipient"]] == ["USA"], ev["recipient"]


def test_condemning_an_escalation_of_an_actor(events_of):
    ev = _one(events_of(
        "عنوان الخبر\nوأدان «الائتلاف الوطني السوري»، في بيان أصدره مساء اليوم، «التصعيد الإجرامي» لنظام الأسد على "
        "ريف إدلب."), "ACCUSE")
    assert "نظام الأسد" in _texts(ev["recipient"])


def test_syrian_defences_are_not_the_attacker(events_of):
    # (a guard: «السورية» is no attacker's mark)
    evs = events_of("عنوان الخبر\nوتصدّت الدفاعات الجوية السورية، فجر اليوم، لعدوان جوي استهدف محيط دمشق.")
    assert all(a.get("actor") != "SYR" for e in _of(evs, "ASSAULT") for a in e["source"])


# whose proposal is rejected; what an attack verb hit past a time between commas


def test_rejecting_a_call_is_addressed_to_who_made_it(events_of):
    ev = _one(events_of(
        "عنوان الخبر\nفي المقابل، رفض «المجلس العربي في كركوك» دعوة «الحزب الديمقراطي الكردستاني»، وعدّها محاولة "
        "للتصعيد."), "REJECT")
    assert _texts(ev["recipient"]) and "الديمقراطي الكردستاني" in _texts(ev["recipient"])[0]


def test_what_bulldozers_demolished_past_a_time(events_of):
    ev = _one(events_of(
        "عنوان الخبر\nوفي مدينة يطا، هدمت جرافات الاحتلال، صباح اليوم، منزلين قيد الإنشاء في الجهة الجنوبية من المدينة."),
        "ASSAULT")
    assert _texts(ev["recipient"]) == ["منزلين قيد الإنشاء"]


def test_a_target_and_its_quoted_name(events_of):
    ev = _one(events_of(
        "عنوان الخبر\nوأعلن الحزب، في بيان، أن مقاتليه استهدفوا، عصر اليوم، موقع «جل العلام» الإسرائيلي بصاروخين."),
        "ASSAULT")
    assert _texts(ev["recipient"]) == ["موقع «جل العلام»"]


def test_a_base_named_with_its_owner_is_what_was_hit(events_of):
    # (a guard: «قاعدة الاحتلال» is the target, not a machine acting for the occupation)
    ev = _one(events_of("عنوان الخبر\nواستهدفت طائرة مسيّرة قاعدة الاحتلال الأميركي قرب مطار أربيل فجر اليوم."),
              "ASSAULT")
    assert not any(t.startswith("قرب") for t in _texts(ev["recipient"])), ev["recipient"]


# a passive killing by a weapon that someone fired or planted


def test_killed_by_a_shell_the_army_fired(events_of):
    ev = _one(events_of(
        "عنوان الخبر\nوكانت طفلة قد قُتلت، الخميس الماضي، بقذيفة أطلقتها قوات النظام على بلدة الناجية."), "ASSAULT")
    assert _texts(ev["source"]) == ["قوات النظام"]
    assert "قوات النظام" not in _texts(ev["recipient"])


def test_killed_by_a_mine_a_militia_planted(events_of):
    ev = _one(events_of(
        "عنوان الخبر\nوكان مدنيان قد قُتلا، الأحد الماضي، بانفجار لغم أرضي زرعته ميليشيا الحوثي في طريق ترابية."),
        "ASSAULT")
    assert _texts(ev["source"]) == ["ميليشيا الحوثي"]


# a protest with no actor named: the crowd that protested


def test_hundreds_of_residents_came_out(events_of):
    ev = _one(events_of(
        "عنوان الخبر\nخرج المئات من أهالي منطقة الحولة في ريف حمص الشمالي، مساء أمس، في مظاهرة جابت شوارع بلدة "
        "كفرلاها."), "PROTEST")
    assert _texts(ev["source"]) == ["المئات من أهالي منطقة الحولة"]


def test_dozens_took_part_in_a_vigil(events_of):
    ev = _one(events_of(
        "عنوان الخبر\nوشهدت ساحة البلدة، مساء أمس، وقفة احتجاجية شارك فيها العشرات من أبناء البلدة."), "PROTEST")
    assert _texts(ev["source"]) == ["العشرات من أبناء البلدة"]


def test_dozens_of_towns_are_no_crowd(events_of):
    # (a guard: «عشرات المدن» counts places)
    evs = events_of("عنوان الخبر\nوتخرج التظاهرات يومياً في ساحات عشرات المدن والقرى في المحافظة.")
    assert all(not e["source"] for e in _of(evs, "PROTEST"))


def test_arrests_made_during_an_operation(events_of):
    ev = _one(events_of(
        "عنوان الخبر\nوفي عملية منفصلة، نفّذت قوة من جهاز مكافحة الإرهاب، فجر اليوم، إنزالاً جوياً على أحد البساتين "
        "جنوب سامراء، اعتقلت خلاله خمسة مطلوبين."), "COERCE")
    assert _texts(ev["source"]) == ["قوة من جهاز مكافحة الإرهاب"]


# requests: a verb joined to a clause of the same agreement, a relative clause on the one asked, banners that ask


def test_called_on_all_parties_after_welcoming(events_of):
    ev = _one(events_of(
        "عنوان الخبر\nورحّبت البعثة الأممية، في بيان نشرته على موقعها ظهر اليوم، باتفاق التهدئة في مصراتة، ودعت «جميع "
        "الأطراف» إلى الامتناع عن أي أعمال عسكرية."), "REQUEST")
    assert "الأطراف" in " ".join(_texts(ev["recipient"])), ev["why"]["actors"]


def test_asked_the_states_that_imposed_sanctions(events_of):
    evs = events_of(
        "عنوان الخبر\nوأدانت وزارة الخارجية الفلسطينية، في بيان أصدرته ليل أمس، «إرهاب المستوطنين» في مسافر يطا، وطالبت "
        "الدول التي فرضت عقوبات على مستوطنين عنيفين بـ«توسيعها».")
    ev = _one(evs, "REQUEST")
    assert _texts(ev["recipient"]) == ["الدول"]


def test_banners_that_ask(events_of):
    ev = _one(events_of("عنوان الخبر\nورفع المتظاهرون لافتات تطالب روسيا بإغلاق الأجواء أمام المسيّرات."), "REQUEST")
    assert _texts(ev["source"]) == ["المتظاهرون"] and _texts(ev["recipient"]) == ["روسيا"]


def test_dozens_of_kurds_protested(events_of):
    ev = _one(events_of("عنوان الخبر\nوتظاهر عشرات الأكراد في محافظة السليمانية أمس احتجاجاً على القصف."), "PROTEST")
    assert _texts(ev["source"]) == ["عشرات الأكراد"]


def test_a_crowd_before_a_verb_is_the_crowd_alone(events_of):
    ev = _one(events_of("عنوان الخبر\nوخرج العشرات يهتفون ضد الحكومة في مظاهرة وسط المدينة أمس."), "PROTEST")
    assert _texts(ev["source"]) == ["العشرات"]
