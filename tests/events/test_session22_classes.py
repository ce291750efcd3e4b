"""Session 22: classes of language from the error analysis of the dev team sets, set 11 read as a dev set for the
first time (docs/events.md § Session 22)."""

from __future__ import annotations


def _of(events, typ):
    return [e for e in events if e["type"] == typ]


def _one(events, typ):
    evs = _of(events, typ)
    assert len(evs) == 1, [(e["type"], e["evidence"]["trigger"]["text"]) for e in events]
    return evs[0]


def _texts(args):
    return [a["text"] for a in args]


# an indefinite event noun after a bare «إثر/بسبب/عقب» is told there for the first time


def test_an_indefinite_cause_is_a_new_strike(events_of):
    evs = events_of(
        "قصف تركي على ريف الحسكة\n"
        "قصفت طائرة مسيّرة تركية، فجر اليوم، سيارة قرب قرية تل طويل بريف القامشلي، ما أدى إلى مقتل شخصين كانا على متنها.\n"
        "وفي مدينة عين العرب، أُصيب ثلاثة مدنيين بجروح، ظهر اليوم، إثر غارة لمسيّرة تركية استهدفت منزلاً في حي الشهداء."
    )
    strikes = _of(evs, "ASSAULT")
    assert len(strikes) == 2, [(e["evidence"]["trigger"]["text"], e["why"].get("merged")) for e in strikes]
    assert {e["location"]["text"] for e in strikes if e.get("location")} >= {"حي الشهداء"}


def test_a_definite_cause_is_the_strike_told_before(events_of):
    # (a guard: «إثر الغارة» names the strike of the sentence before)
    evs = events_of(
        "عنوان الخبر\nقصفت طائرة مسيّرة تركية، فجر اليوم، منزلاً في قرية تل طويل بريف القامشلي.\n"
        "وأُصيب ثلاثة مدنيين بجروح إثر الغارة، بحسب مصادر محلية."
    )
    ev = _one(evs, "ASSAULT")
    assert "مدنيين" in " ".join(_texts(ev["recipient"]))
