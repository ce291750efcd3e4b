"""Session 75: classes of language from the errors on the dev sets (docs/events.md § Session 75).
The texts are the team's own."""

from __future__ import annotations

from event_helpers import facts

# a verb in «ت» is no noun that a phrase's gap reaches: «وطالبت» is not «طالباً» (a student arrested), though the
# defective verbs' stems read «دعت» as «دعا»


def test_a_demand_after_stopped_operations_is_no_arrest(events_of):
    text = "وأوقفت إدارة المستشفى العمليات الجراحية غير العاجلة، وطالبت نقابة الأطباء الوزارة بتأمين الوقود."
    assert facts(events_of, text, "COERCE") == []


def test_a_student_stopped_is_still_an_arrest(events_of):
    text = "وأوقفت دورية للشرطة، مساء أمس، طالباً جامعياً قرب البوابة الشمالية للمدينة."
    assert facts(events_of, text, "COERCE") == ["asserted"]


# a general remark on such acts in the lead («تنوعت الخروقات بين قصف مدفعي وعمليات قنص») does not tell the
# headline's act: its toll told in the body further down is still the headline's event


def test_a_headline_toll_told_after_a_general_remark_is_one_event(events_of):
    text = ("خروقات جديدة للتهدئة.. ثلاثة قتلى بقذائف على سوق شعبي في ريف درعا الغربي\n"
            "عمّان – «الوادي»: تبادلت الفصائل المحلية والقوات الحكومية الاتهامات بخرق التهدئة في ريف درعا الغربي منذ"
            " مطلع الشهر الجاري. وأوضح بيان للفصائل أن الخروقات تنوعت بين قصف مدفعي وعمليات قنص. ودعا البيان الوسطاء"
            " إلى التحرك.\n"
            "ورأى محللون أن التهدئة باتت هشة.\n"
            "وقُتل ثلاثة مدنيين، بينهم امرأة، مساء أمس، جراء سقوط قذيفتي هاون أطلقتهما القوات الحكومية على السوق"
            " الشعبي في بلدة الشيخ مسكين، بحسب ما أفاد به مصدر طبي في البلدة.")
    assert facts(events_of, text, "ASSAULT") == ["asserted"]
