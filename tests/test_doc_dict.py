"""``Document.to_dict`` converts annotations exactly as ``dataclasses.asdict`` does (faster), sharing nothing."""

from __future__ import annotations

import json
from collections import namedtuple
from dataclasses import asdict

from marsad.doc import Document, Mention, Place, Quantity, Sentence, TimeExpr, Token

Pair = namedtuple("Pair", "a b")


def _doc() -> Document:
    text = "قتل 3 مدنيين في قصف على بلدة كفرنبل يوم الاثنين"
    d = Document(text=text, id="t1", published="2024-03-05")
    d.tokens = [Token(0, 3, "قتل", [(0, 3)])]
    d.sentences = [Sentence(0, len(text), 0, 1)]
    d.mentions = [
        Mention(29, 35, "LOC", text="كفرنبل", kind="place", kb_id="P1", score=0.9, ref=None,
                attrs={"alts": [{"kind": "actor", "kb_id": "A1"}], "span": (1, 2), "pair": Pair(1, [2]),
                       "nested": {"x": [1, {"y": None}]}, "flag": True, "ratio": 0.5}),
        Mention(0, 3, "ORG", attrs={}),
    ]
    d.times = [TimeExpr(36, 48, text="يوم الاثنين", value="2024-03-04", attrs={"anchor": "published"})]
    d.places = [Place(29, 35, text="كفرنبل", lat=35.5, lon=36.5, geonameid=7)]
    d.quantities = [Quantity(4, 5, text="3", value=3, kind="killed")]
    return d


def test_to_dict_matches_asdict_key_for_key_and_in_order() -> None:
    d = _doc()
    out = d.to_dict()
    for key in ("sentences", "mentions", "times", "places", "quantities"):
        want = [asdict(x) for x in getattr(d, key)]
        assert out[key] == want
        # same key order, same types (tuples stay tuples, namedtuples stay namedtuples)
        assert json.dumps(out[key], ensure_ascii=False) == json.dumps(want, ensure_ascii=False)
        assert [repr(x) for x in out[key]] == [repr(x) for x in want]


def test_to_dict_shares_nothing_with_the_document() -> None:
    d = _doc()
    out = d.to_dict()
    out["mentions"][0]["attrs"]["alts"][0]["kind"] = "changed"
    out["mentions"][0]["attrs"]["nested"]["x"].append(9)
    out["times"][0]["attrs"]["anchor"] = "changed"
    assert d.mentions[0].attrs["alts"][0]["kind"] == "actor"
    assert d.mentions[0].attrs["nested"]["x"] == [1, {"y": None}]
    assert d.times[0].attrs["anchor"] == "published"
    assert Document.from_dict(d.to_dict()).to_dict() == d.to_dict()


def test_pickle_and_deepcopy_rebuild_equal_independent_objects() -> None:
    import copy
    import pickle

    d = _doc()
    for back in (pickle.loads(pickle.dumps(d, protocol=pickle.HIGHEST_PROTOCOL)), pickle.loads(pickle.dumps(d, 2)),
                 copy.deepcopy(d)):
        assert type(back) is Document and back == d
        assert back.to_dict() == d.to_dict()
        assert type(back.mentions[0]) is Mention and back.mentions[0].attrs["pair"] == Pair(1, [2])
        back.mentions[0].attrs["alts"][0]["kind"] = "changed"
        back.tokens[0].segments.append((1, 2))
        assert d.mentions[0].attrs["alts"][0]["kind"] == "actor"
        assert d.tokens[0].segments == [(0, 3)]
    m = copy.copy(d.mentions[0])
    assert m == d.mentions[0] and m is not d.mentions[0]


def test_to_json_is_the_json_of_to_dict() -> None:
    """The fast writer gives the very text of ``json.dumps(to_dict())``: tuples, namedtuples, nested
    dataclasses and non-ASCII text included; an unwritable value is refused as by ``json.dumps``."""
    import pytest

    d = _doc()
    d.mentions[1].attrs = {"place": Place(1, 2, text="حلب"), "pairs": [(1, 2), Pair("أ", (3,))], "n": None}
    d.events = [{"type": "ASSAULT", "location": {"text": "كفرنبل", "lat": 35.25}, "ids": (1, 2)}]
    d.meta = {"title": "عنوان", "warnings": ["x"]}
    assert d.to_json() == json.dumps(d.to_dict(), ensure_ascii=False)
    d.mentions[0].attrs["bad"] = {1, 2}
    with pytest.raises(TypeError):
        json.dumps(d.to_dict(), ensure_ascii=False)
    with pytest.raises(TypeError):
        d.to_json()


def test_to_json_of_a_pipeline_document() -> None:
    import marsad

    doc = marsad.load()(Document(text="قصفت قوات النظام بلدة كفرنبل في ريف إدلب يوم الاثنين 3 آذار 2024، ما أدى إلى مقتل 4 مدنيين.",
                                 id="x", published="2024-03-05"))
    assert doc.events and doc.mentions and doc.tokens
    assert doc.to_json() == json.dumps(doc.to_dict(), ensure_ascii=False)
