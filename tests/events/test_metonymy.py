"""A capital standing for its government (marsad.events.metonymy)."""

from __future__ import annotations

from marsad.events.metonymy import capitals


def test_the_table_names_governments_and_leaves_out_shared_names():
    caps = capitals()
    assert caps["دمشق"][0] == "SYR-GOV" and caps["تل ابيب"][0] == "ISR"
    assert "عمان" not in caps and "طرابلس" not in caps  # Amman/Oman, Libya/Lebanon


def test_a_capital_subject_of_a_political_verb_is_its_government(roles_of):
    assert roles_of("اتهمت دمشق واشنطن بدعم الجماعات المسلحة.", "ACCUSE") == (["SYR-GOV"], ["USA"])
    assert roles_of("موسكو تطالب بوقف التصعيد في الشمال.", "REQUEST")[0] == ["RUS"]


def test_a_capital_after_a_preposition_or_as_a_destination_stays_a_place(events_of):
    evs = events_of("زار الوزير دمشق أمس والتقى نظيره.")
    assert not [a for e in evs for a in e["source"] + e["recipient"] if a.get("actor") == "SYR-GOV"]
    evs = events_of("طالب المحتجون في دمشق بالإفراج عن المعتقلين.")
    assert not [a for e in evs for a in e["source"] + e["recipient"] if a.get("actor") == "SYR-GOV"]


def test_a_demonym_after_an_attack_noun_is_its_source(roles_of):
    # session 6: «الغارات الجوية الإسرائيلية» is Israel's raids (a manner adjective may come first)
    assert roles_of("وقتل ثلاثة مدنيين في الغارات الجوية الإسرائيلية على ريف دمشق.", "ASSAULT")[0] == ["ISR"]
    assert roles_of("واستهدف القصف التركي قرى ريف الحسكة أمس.", "ASSAULT")[0] == ["TUR"]


def test_two_demonyms_after_an_agreement_are_its_parties(roles_of):
    assert roles_of("ونص الاتفاق الروسي التركي على وقف إطلاق النار في إدلب.", "AGREE") == (["RUS"], ["TUR"])
    # the speaker of the clause is not a party
    assert roles_of("وقالت الوزارة إن الاتفاق الأميركي التركي يهدد وحدة البلاد.", "AGREE") == (["USA"], ["TUR"])


def test_a_demonym_describing_another_noun_is_no_party(events_of):
    evs = events_of("وندد الوزير باغتيال العالم النووي الإيراني.")
    assert not [a for e in evs for a in e["source"] if a.get("actor") == "IRN"]


def test_the_demonym_table_uses_kb_ids():
    from marsad.events.metonymy import demonym_of, demonyms
    assert demonym_of("الروسيه") == demonym_of("روسي") == ("RUS", "Russia")
    ids = {v[0] for v in capitals().values()}
    from marsad.kb.store import default_kb

    found = {v[0] for v in demonyms().values()}
    assert found <= set(default_kb().actors)  # every nisba names a KB actor
    assert found - {"HOUTHI"} <= ids  # every state is one the capitals table names too (the Houthis are no state)
