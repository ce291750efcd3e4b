#!/usr/bin/env python3
"""How many unseen foreign city names a NER model tags as a place, in hand-written frames.

    python benchmarks/ner_place_probe.py MODEL [MODEL ...]

Every city of ``CITIES`` that is in neither the hand-written lists (``cues.json`` cities and
countries) nor the model's learned name list (``MODEL`` → ``.names.tsv``) is put into each of the
``FRAMES`` and tagged alone; it counts when the city is exactly one ``B-LOC`` span.  The cities and
frames were written for this probe (no corpus text).  docs/ner.md (session 6) describes why it
exists: a feature set that scores the same on ANERcorp can find fewer unseen foreign places,
which the event extractor needs.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CITIES = """تورونتو مونتريال فانكوفر شيكاغو هيوستن سياتل بوسطن أتلانتا دنفر ملبورن أوساكا هانوي بانكوك جاكرتا
مانيلا كراتشي لاهور مومباي كاتماندو طشقند تبليسي يريفان وارسو بودابست بوخارست بلغراد زغرب مرسيليا ميلانو نابولي
ميونيخ هامبورغ فرانكفورت زيوريخ أمستردام روتردام كوبنهاغن أوسلو هلسنكي دبلن لشبونة ليما بوغوتا كراكاس هافانا
لاغوس نيروبي داكار أكرا""".split()
FRAMES = (
    "وتجمع مئات العمال في {} أمس للمطالبة بزيادة الأجور .",
    "وافتتحت أعمال الندوة صباح اليوم في {} بمشاركة عشرات الباحثين .",
    "وسافر الوفد التجاري إلى {} لبحث توسيع التعاون .",
)


def probe(model: Path) -> tuple[int, int, list[str]]:
    """(found, tried, missed cities) for one model."""
    from marsad.ner.crf import CrfTagger
    from marsad.resources import load_json
    from marsad.text.normalize import norm

    cues = load_json("ner", "cues.json")
    known = {norm(x) for key in ("cities", "countries") for x in cues[key]}
    names = model.with_suffix(".names.tsv")
    if names.is_file():
        for line in names.read_text(encoding="utf-8").splitlines():
            if "\t" in line:
                known.add(norm(line.split("\t", 1)[1].strip()))
    tagger = CrfTagger.load(model)
    found = tried = 0
    missed = []
    for city in CITIES:
        if norm(city) in known:
            continue
        for frame in FRAMES:
            words = frame.format(city).split()
            i = words.index(city)
            tags = tagger.predict_document([words])[0]
            ok = tags[i] == "B-LOC" and (i + 1 == len(tags) or not tags[i + 1].startswith("I-"))
            found += ok
            tried += 1
            if not ok:
                missed.append(city)
    return found, tried, missed


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    for m in argv:
        found, tried, missed = probe(Path(m))
        print(f"{m}: {found} of {tried} found ({tried // len(FRAMES)} unseen cities × {len(FRAMES)} frames)")
        print(
            f"  never found: {' '.join(c for c in dict.fromkeys(missed) if missed.count(c) == len(FRAMES))}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
