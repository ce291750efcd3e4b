"""The reviewer's view: explain() and ``marsad explain`` (texts written for these tests)."""

from __future__ import annotations

from marsad.cli.events import explain_cmd
from marsad.events.explain import explain


def test_explain_marks_the_trigger_and_gives_reasons():
    text = "هاجم مسلحون حاجزاً للجيش."
    event = {
        "id": "d#0", "type": "ASSAULT", "mode": None, "factuality": "asserted", "confidence": 0.8,
        "source": [{"text": "مسلحون", "start": 5, "end": 11, "actor": None, "name_en": None}], "recipient": [],
        "location": None, "date": None, "attribution": [], "fatalities": None, "acled": None,
        "evidence": {"sentence": 0, "start": 0, "end": len(text), "trigger": {"text": "هاجم", "start": 0, "end": 4}},
        "why": {"trigger": ["word «هاجم»"], "actors": ["VSO: first bare actor after the verb"]},
    }
    x = explain(text, event)
    assert ("هاجم", "trigger") in x.segments[0] and ("مسلحون", "source") in x.segments[0]
    assert "".join(p for p, _ in x.segments[0]) == text
    assert dict((f, w) for f, _, w in x.lines)["source"].startswith("VSO")


def test_explain_command_prints_events(runner, tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("تظاهر مئات الطلاب أمس أمام مبنى الوزارة في العاصمة.", encoding="utf-8")
    res = runner.invoke(explain_cmd, [str(f), "--published", "2021-03-04"])
    assert res.exit_code == 0, res.output
    assert "PROTEST" in res.output and "factuality" in res.output
