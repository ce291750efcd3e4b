"""Session 70: classes of language from the errors on the dev sets and the news files (docs/events.md § Session 70).
The texts are the team's own."""

from __future__ import annotations


def _types(events_of, text: str) -> list[str]:
    return [e["type"] for e in events_of(text)]


# a denial of the act told before: the denier's own statement («في بيان نشرته …») is no report of others, and the act
# denied at the place of the act told (or with no place of its own) is that act, whoever the deniers name


def test_a_denial_in_a_statement_the_denier_published_is_the_act_told(events_of):
    text = ("قُتل خمسة مدنيين، صباح اليوم، بقذائف سقطت على سوق بلدة الكومة، واتهم ناشطون قوات الحرس الوطني بإطلاقها. "
            "في المقابل، نفت قوات الحرس الوطني، في بيان نشرته على منصة «إكس»، أي صلة لها بقصف السوق، واتهمت "
            "جماعة مسلحة بإطلاق القذائف.")
    assert _types(events_of, text).count("ASSAULT") == 1


def test_a_denial_naming_the_deniers_own_fighters_is_the_act_told(events_of):
    text = ("قُتل خمسة مدنيين، صباح اليوم، بقذائف سقطت على سوق بلدة الكومة. ونفى قيادي في الجماعة، في تسجيل صوتي "
            "تداولته حسابات محلية، أن يكون مقاتلوه قد أطلقوا أي قذيفة على البلدة.")
    assert [(e["type"], e["factuality"]) for e in events_of(text)] == [("ASSAULT", "asserted")]


def test_a_denied_report_of_others_stays_apart(events_of):
    # (guard: «نفى … ما أوردته وسائل إعلام عن …» denies a report, not the act told before)
    text = ("قُتل خمسة مدنيين، صباح اليوم، بقذائف سقطت على سوق بلدة الكومة. ونفى مصدر عسكري ما أوردته وسائل إعلام "
            "عن هجوم واسع شنّه مسلحون على مواقع الجيش في البلدة.")
    assert [(e["type"], e["factuality"]) for e in events_of(text)] == [("ASSAULT", "asserted"), ("ASSAULT", "negated")]
