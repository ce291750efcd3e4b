"""``crf.path_spans`` (spans read from label ids) equals ``bio_spans(repair_tags(to_bio(tags)))`` on random paths
over the bundled model's labels and over other label sets (BIO only, BILOU, a label that is no tag)."""

from __future__ import annotations

import random

from marsad.ner.crf import bio_spans, label_codes, path_spans, repair_tags, to_bio

MODEL = [
    "O",
    "B-ORG",
    "I-ORG",
    "L-ORG",
    "U-LOC",
    "B-PERS",
    "L-PERS",
    "U-PERS",
    "B-LOC",
    "L-LOC",
    "I-PERS",
    "U-MISC",
    "U-ORG",
    "B-MISC",
    "I-MISC",
    "L-MISC",
    "I-LOC",
]


def _definition(path: list[int], labels: list[str]) -> list[tuple[int, int, str]]:
    return bio_spans(repair_tags(to_bio([labels[y] for y in path])))


def test_path_spans_equal_the_tag_strings_spans() -> None:
    rng = random.Random(5)
    for labels in (MODEL, ["O", "B-X", "I-X", "B-Y", "I-Y"], ["I-A", "O", "L-A", "U-B"], ["O", "I-A", "I-B"]):
        codes = label_codes(labels)
        assert codes is not None
        for _ in range(3000):
            n = rng.randint(0, 12)
            # mostly O, as in text
            path = [
                0 if rng.random() < 0.4 and labels[0] == "O" else rng.randrange(len(labels)) for _ in range(n)
            ]
            assert path_spans(path, codes) == _definition(path, labels), (path, labels)
    assert path_spans([], label_codes(MODEL)) == []  # type: ignore[arg-type]


def test_labels_that_are_not_tags_have_no_codes() -> None:
    assert label_codes(["O", "PERS"]) is None
    assert label_codes(["O", "B-"]) is None
    assert label_codes(["O", "X-PERS"]) is None
    assert label_codes([]) == []
