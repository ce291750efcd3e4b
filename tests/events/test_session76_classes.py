"""Session 76: classes of language from the errors on the dev sets (docs/events.md § Session 76).
The texts are the team's own."""

from __future__ import annotations

from event_helpers import facts

# the aim of an effort («التدخل العاجل لفتح ممر آمن»، «وساطة عشائرية للإفراج عن …») is not done, also with the
# effort's adjective or genitive between, and what the aim would reach («المساعي التركية للتوصل إلى تسوية»)


def test_the_aim_of_an_urgent_intervention_is_not_done(events_of):
    text = "وقال المسؤول إن التدخل العاجل لفتح ممر آمن بات ضرورياً لإخراج المحاصرين."
    assert facts(events_of, text, "RETREAT") == []


def test_the_aim_of_a_tribal_mediation_is_not_done(events_of):
    text = "وأعلن الوجهاء أن وساطة عشائرية لإطلاق سراح المخطوفين الخمسة تعثرت مساء أمس."
    assert facts(events_of, text, "RETREAT") == []


def test_the_aim_of_a_quoted_intervention_is_not_done(events_of):
    text = "وناشد الأهالي الوجهاء «التدخل «الفوري» للإفراج عن أبنائهم» المحتجزين لدى الفصيل منذ أسبوع."
    assert facts(events_of, text, "RETREAT") == []


def test_what_the_efforts_would_reach_is_no_agreement(events_of):
    text = "وأعلن الفصيل رفضه المساعي الإقليمية للتوصل إلى تسوية مع الحكومة قبل الإفراج عن المعتقلين."
    assert facts(events_of, text, "AGREE") == []


def test_a_withdrawal_hurried_after_an_effort_is_still_told(events_of):
    # (the «لـ» masdar follows a verb, not the effort noun: the withdrawal is done)
    text = "وبعد جهود الوسطاء، سارع المسلحون للانسحاب من المدرسة صباح اليوم."
    assert facts(events_of, text, "RETREAT") == ["asserted"]


# forces arriving: the verb «وصل» in the past at the head of its clause with forces as its subject after it («ووصلت إلى
# أطراف البلدة، ليل أمس، كتائب جديدة»), and the noun «وصول» right before forces («وصول قوة من …»); not after a subject,
# not a person arriving (a visit), not a tally reaching a number


def test_battalions_arriving_after_the_place_are_a_mobilisation(events_of):
    text = "ووصلت إلى أطراف البلدة، ليل أمس، كتائب جديدة من الجيش تضم مدافع هاون وراجمات صواريخ."
    assert facts(events_of, text, "MOBILIZE") == ["asserted"]


def test_a_force_arriving_is_a_mobilisation(events_of):
    text = "ووصلت قوة من الشرطة الاتحادية إلى مركز الناحية ظهر اليوم."
    assert facts(events_of, text, "MOBILIZE") == ["asserted"]


def test_the_arrival_of_a_force_told_by_its_noun(events_of):
    text = "وتزامن ذلك مع وصول قوة من الجيش قادمة من العاصمة إلى محيط البلدة."
    assert facts(events_of, text, "MOBILIZE") == ["asserted"]


def test_bodies_of_soldiers_arriving_at_a_hospital_are_no_mobilisation(events_of):
    text = "وقالت مصادر طبية إن جثث سبعة عناصر من قوات الجيش وصلت إلى المستشفى العسكري مساء أمس."
    assert facts(events_of, text, "MOBILIZE") == []


def test_a_commander_arriving_is_no_mobilisation(events_of):
    text = "ووصل قائد القوات الروسية في سوريا إلى القاعدة الجوية صباح اليوم للقاء الضباط."
    assert facts(events_of, text, "MOBILIZE") == []


def test_a_toll_reaching_a_number_is_no_mobilisation(events_of):
    text = "ووصل عدد قتلى القوات الحكومية في المعارك إلى عشرين عنصراً."
    assert facts(events_of, text, "MOBILIZE") == []


# a sweep, a raid, a search or a dispersal set after «خلال/أثناء/لدى» in a sentence that tells an attack or a killing is
# where that act happened, not an event of its own; a storming or a siege stays one


def test_a_sweep_during_which_a_clash_broke_out_is_its_setting(events_of):
    text = ("وقال الناطق إن ثلاثة من عناصر التنظيم قُتلوا في اشتباكات عنيفة مع وحدات الجيش خلال عملية تمشيط لملاحقة"
            " المنفذين، ما أسفر عن مقتل ثلاثة منهم.")
    assert facts(events_of, text, "COERCE") == []
    assert facts(events_of, text, "ASSAULT") == ["asserted"]


def test_a_dispersal_during_which_protesters_were_shot_is_its_setting(events_of):
    text = ("وأصيب ثلاثة محتجين برصاص قوات مكافحة الشغب، مساء أمس، خلال تفريقهم وقفة احتجاجية نظمها أهالي البلدة أمام"
            " مبنى المحافظة.")
    assert facts(events_of, text, "COERCE") == []


def test_a_sweep_with_no_attack_in_its_sentence_stays_an_event(events_of):
    # (the rule reads only sentences that tell an attack or a killing)
    text = "وعثرت وحدات الجيش على مخزن كبير للأسلحة خلال عملية تمشيط واسعة في جبال المنطقة، صباح اليوم."
    assert facts(events_of, text, "COERCE") == ["asserted"]


# receiving mourners or guests at home («استقبل فيه ذووه المعزين»، «يستقبل ضيوفه») is no visit


def test_a_family_receiving_mourners_is_no_visit(events_of):
    text = "وأُقيم للقتيل مجلس عزاء في منزل العائلة وسط البلدة، استقبل فيه ذووه المعزين ثلاثة أيام."
    assert facts(events_of, text, "CONSULT") == []



# the attackers getting away («إن المهاجمين، وعددهم أربعة، … انسحبوا»، «وأطلقوا النار بكثافة ثم انسحبوا») are part of
# the attack told, no withdrawal; a force withdrawing after a battle is one


def test_the_attackers_withdrawing_after_their_attack_are_part_of_it(events_of):
    text = ("وقال مصدر أمني إن المهاجمين، وعددهم خمسة، اقتربوا من الحاجز على متن سيارتين وأطلقوا النار بكثافة قبل أن"
            " يصيبوا عنصرين، وإنهم انسحبوا باتجاه البساتين.")
    assert facts(events_of, text, "RETREAT") == []


def test_gunmen_who_fired_then_withdrew_did_not_withdraw_apart(events_of):
    text = "واقترب مسلحون من النقطة العسكرية فجر اليوم وأطلقوا النار بكثافة ثم انسحبوا باتجاه الوادي."
    assert facts(events_of, text, "RETREAT") == []


def test_fighters_withdrawing_from_a_town_after_battles_is_a_withdrawal(events_of):
    text = "وانسحب مقاتلو التنظيم من البلدة فجر اليوم بعد معارك عنيفة مع وحدات الجيش استمرت ثلاثة أيام."
    assert facts(events_of, text, "RETREAT") == ["asserted"]


# a deal named again with the article («وجاءت الصفقة تتويجاً لوساطة …») after an exchange told before («صفقة لتبادل
# الأسرى») is that exchange, not a new agreement


def test_the_deal_named_again_is_the_exchange_told_before(events_of):
    text = ("صفقة تبادل أسرى بين القوات الحكومية والمسلحين في ريف البلدة.. وقذائف على السوق\n"
            "أنجزت القوات الحكومية والمسلحون، ظهر اليوم، في منطقة الوادي شمال البلدة، صفقة لتبادل الأسرى بين الطرفين،"
            " أُطلق بموجبها سراح سبعة من الجنود مقابل ستة من المسلحين، بحسب ما أفاد به أحد الوسطاء.\n"
            "وقال أحد المحررين إنه أمضى ثمانية عشر شهراً في السجن.\n"
            "وجاءت الصفقة تتويجاً لوساطة قادها أحد مشايخ المنطقة منذ أسابيع، والتقى قيادات من الطرفين أكثر من مرة.")
    assert facts(events_of, text, "AGREE") == []
    assert facts(events_of, text, "COOPERATE") == ["asserted"]


# «قطع الطريق» travelled («يقطعون الطريق ليلاً عبر الوديان») or cut by the weather («قطعت العاصفة الثلجية الطرق») is
# no road blocked by protesters


def test_a_way_travelled_at_night_is_no_road_block(events_of):
    text = "وقالت المفوضية إن معظم الفارين يقطعون الطريق ليلاً عبر الوديان تجنباً لنقاط التفتيش."
    assert facts(events_of, text, "PROTEST") == []


def test_roads_cut_by_a_snow_storm_are_no_road_block(events_of):
    text = "ويعاني سكان القرى نقصاً حاداً في الخبز منذ أن قطعت العاصفة الثلجية الأخيرة الطرق الجبلية."
    assert facts(events_of, text, "PROTEST") == []


def test_protesters_cutting_a_road_still_protest(events_of):
    text = "وقطع عشرات المحتجين الطريق الدولي بالإطارات المشتعلة، ظهر اليوم، احتجاجاً على انقطاع الكهرباء."
    assert facts(events_of, text, "PROTEST") == ["asserted"]
