"""Merging mentions into events (hand-built event dicts)."""

from __future__ import annotations

import pytest

from marsad.events.merge import actors_overlap, drop_self_sources, merge_events, place_key


def ev(typ, sent, start, *, src=None, fact="asserted", pos="v", loc=None, anaphoric=None, distinct=False,
       how=None, strong=False, places=(), fat=None):
    return {
        "type": typ, "mode": None, "factuality": fact, "fatalities": fat, "confidence": 0.5,
        "source": [{"text": s, "actor": None, "_norm": s} for s in (src or [])], "recipient": [],
        "attribution": [], "date": None,
        "location": {"text": loc, "_norm": loc} if loc else None,
        "evidence": {"sentence": sent, "start": start, "end": start + 50,
                     "trigger": {"text": "x", "start": start + 1, "end": start + 3}},
        "why": {}, "_sent": sent, "_pos": pos, "_anaphoric": anaphoric, "_distinct": distinct,
        "_src_how": how, "_place_strong": strong, "_places": set(places),
    }


def test_same_sentence_physical_mentions_merge_and_keep_evidence():
    out = merge_events([ev("ASSAULT", 0, 0, src=["المسلحون"], fat=5), ev("ASSAULT", 0, 0, src=["الجيش"], fat=3)])
    assert len(out) == 1
    assert out[0]["fatalities"] == 3  # ACLED: the lowest reported number
    assert out[0]["evidence"]["triggers"]


def test_two_meetings_with_their_own_agents_stay_apart():
    a = ev("CONSULT", 0, 0, src=["الروس"], pos="n", how="genitive")
    b = ev("CONSULT", 0, 0, src=["ممثلي الفصائل"], pos="n", how="genitive")
    assert len(merge_events([a, b])) == 2


def test_anaphoric_definite_noun_joins_the_earlier_event():
    a = ev("CONSULT", 0, 0, src=["وفد روسي"])
    b = ev("CONSULT", 2, 200, pos="n", anaphoric="definite event noun")
    out = merge_events([a, b])
    assert len(out) == 1 and [200, 250] in out[0]["evidence"]["spans"]


def test_new_verb_event_at_another_place_is_not_merged():
    a = ev("CONSULT", 0, 0, src=["الوفد الروسي"], loc="مخيم اليرموك", strong=True, places={"مخيم يرموك"})
    b = ev("CONSULT", 3, 300, src=["الوفد الروسي"], loc="يلدا", strong=True, places={"يلد"})
    assert len(merge_events([a, b])) == 2


def test_non_asserted_noun_sharing_an_actor_merges():
    a = ev("RETREAT", 0, 0, src=["مقاتلي الهيئة"], fact="planned", pos="n")
    b = ev("RETREAT", 1, 100, src=["مقاتلي الهيئة"], fact="rumored", pos="n")
    assert len(merge_events([a, b])) == 1


def test_distinct_marker_blocks_merging():
    a = ev("CONSULT", 0, 0, src=["الروس"])
    b = ev("CONSULT", 1, 100, src=["الروس"], pos="n", fact="planned", distinct=True)
    assert len(merge_events([a, b])) == 2


def test_actor_overlap_uses_nisba_and_article_folding():
    a = {"source": [{"_norm": "وفد روسي"}], "recipient": []}
    b = {"source": [{"_norm": "الروس"}], "recipient": []}
    c = {"source": [{"_norm": "الجيش التركي"}], "recipient": []}
    assert actors_overlap(a, b)
    assert not actors_overlap(a, c)


def test_place_key_drops_locative_nouns():
    assert place_key("منطقه المادنيه") == place_key("المادنيه")
    assert place_key("جنوب دمشق") != place_key("مدينه دمشق")


# -- session 3: the headline's event, finer places, corroboration (hand-built events) --


def test_headline_event_without_actors_joins_the_first_detailed_report():
    a = ev("ASSAULT", 0, 0, pos="n")
    b = ev("ASSAULT", 2, 200, src=["الطيران الحربي"], loc="معرة النعمان")
    out = merge_events([a, b])
    assert len(out) == 1 and out[0]["source"][0]["text"] == "الطيران الحربي"


def test_headline_rule_needs_the_headline_and_a_near_sentence():
    a = ev("ASSAULT", 1, 100, pos="n")
    b = ev("ASSAULT", 3, 300, src=["الطيران الحربي"], loc="معرة النعمان")
    assert len(merge_events([a, b])) == 2
    a = ev("ASSAULT", 0, 0, pos="n")
    b = ev("ASSAULT", 6, 600, src=["الطيران الحربي"], loc="معرة النعمان")
    assert len(merge_events([a, b])) == 2


def test_a_headline_act_at_a_place_absorbs_no_other_kind_of_act_there():
    # session 43: «استشهاد عسكري في انفجار لغم.. ومعطّلون … أمام مقر ولاية القصرين», then «وأن وحدات الجيش شرعت إثر
    # الحادثة في قصف مواقع …» in a sentence placed at the same town: a blast is not the army's shelling
    a = ev("ASSAULT", 0, 0, pos="n", loc="القصرين") | {"_headline": True, "mode": "explosives"}
    b = ev("ASSAULT", 9, 900, src=["وحدات الجيش"], pos="n", loc="القصرين", fact="historical") | {"mode": "heavy-weapons"}
    assert len(merge_events([a, b])) == 2
    c = ev("ASSAULT", 9, 900, pos="n", loc="القصرين") | {"mode": "explosives"}
    assert len(merge_events([a, c])) == 1  # (the blast told again: still one)


def test_planned_headline_event_does_not_absorb_a_report():
    a = ev("ASSAULT", 0, 0, pos="n", fact="planned")
    b = ev("ASSAULT", 1, 100, src=["الطيران الحربي"])
    assert len(merge_events([a, b])) == 2


@pytest.mark.parametrize(
    "finer, country, admin1, kept",
    [
        ("مدينة حلب", "SY", "Aleppo", "مدينة حلب"),  # a finer place inside the coarse one replaces it
        ("بيروت", "LB", "Beirut", "سوريا"),  # a place in another country does not
    ],
)
def test_a_finer_place_replaces_the_coarse_one_only_inside_it(finer, country, admin1, kept):
    a = ev("ASSAULT", 0, 0, pos="n")
    a["location"] = {"text": "سوريا", "country": "SY", "admin1": None, "geo_precision": 3}
    b = ev("ASSAULT", 1, 100, src=["الطيران الحربي"])
    b["location"] = {"text": finer, "country": country, "admin1": admin1, "geo_precision": 1}
    out = merge_events([a, b])
    assert len(out) == 1 and out[0]["location"]["text"] == kept


def test_the_other_side_of_a_meeting_fills_a_missing_recipient():
    from marsad.events.merge import fill_counterparts

    def side(text):
        return [{"text": text, "actor": None, "_norm": text}]

    meet = ev("CONSULT", 0, 0, src=["الوفد الروسي"])
    meet["recipient"] = side("الفصائل")
    req = ev("REQUEST", 1, 100, src=["الفصائل"])
    other = ev("CONSULT", 2, 200, pos="n", distinct=True)
    far = ev("REQUEST", 9, 900, src=["الفصائل"])
    events = [meet, req, other, far]
    fill_counterparts(events)
    assert req["recipient"][0]["text"] == "الوفد الروسي"
    assert other["source"][0]["text"] == "الوفد الروسي" and other["recipient"][0]["text"] == "الفصائل"
    assert far["recipient"] == []  # too far from the meeting


def test_a_repeated_sentence_is_the_same_event():
    a = ev("ACCUSE", 0, 0, src=["الوزير"])
    a["_repeat_key"] = ("اتهم الوزير الحزب بالتقصير", 0)
    b = ev("ACCUSE", 7, 700, src=["الوزير"], loc="حلب", strong=True, places={"حلب"})
    b["_repeat_key"] = ("اتهم الوزير الحزب بالتقصير", 0)
    c = ev("ACCUSE", 9, 900, src=["الوزير"], loc="حمص", strong=True, places={"حمص"})
    c["_repeat_key"] = ("اتهم الوزير النقابة بالتقصير", 0)
    out = merge_events([a, b, c])
    assert len(out) == 2 and [700, 750] in out[0]["evidence"]["spans"]


def test_an_actor_is_not_the_source_of_an_act_on_itself():
    e = {"type": "ASSAULT", "source": [{"text": "داعش", "actor": "ISIS"}, {"text": "طائرات التحالف", "actor": "COAL"}],
         "recipient": [{"text": "مواقع داعش", "actor": "ISIS"}], "why": {}}
    drop_self_sources(e)
    assert [a["actor"] for a in e["source"]] == ["COAL"]
    e = {"type": "ASSAULT", "source": [{"text": "مسلحون"}], "recipient": [{"text": "مسلحون"}], "why": {}}
    drop_self_sources(e)
    assert e["source"] == []
    e = {"type": "ASSAULT", "source": [{"text": "الجيش", "actor": "SYR-ARMY"}],
         "recipient": [{"text": "داعش", "actor": "ISIS"}], "why": {}}
    drop_self_sources(e)
    assert [a["actor"] for a in e["source"]] == ["SYR-ARMY"]
