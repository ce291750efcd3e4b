#!/usr/bin/env python3
"""Check that the pipeline's output stays identical while its speed is worked on.

    python3 benchmarks/pipeline_identity.py --record-crf        # once: freeze the CRF's mentions
    python3 benchmarks/pipeline_identity.py --write BASE.txt    # digest of every document
    python3 benchmarks/pipeline_identity.py --check BASE.txt    # same digest?  (exit 1 and the ids that differ)

Runs the default pipeline on the first N articles (default 300) of the Al Mayadeen file, read as the
CLI reads them (``iter_jsonl`` + ``service.make_document``), and writes one line per article: its id and
the SHA-1 of its whole JSON (``Document.to_dict``, keys sorted).

The CRF stage is the one part whose output is allowed to change (its model is retrained), so it is
replaced here by a *replay* of frozen CRF mentions: ``--record-crf`` runs the real CRF once and stores
each document's CRF mentions in a pickle outside the repository (``--crf-cache``, default
``~/.cache/marsad-bench/crf_replay.pkl``; it holds article text spans, so it is never committed).
Every other stage (merger, geocoder, events, which all read the CRF mentions) runs for real, so the
digest covers their behaviour with CRF mentions present.  ``--no-crf`` drops the CRF stage instead
(an empty replay) and needs no cache.
"""

from __future__ import annotations

import argparse
import copy
import hashlib
import json
import pickle
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT.parent / "shared" / "data" / "news" / "almayadeen_syria_2023-2024.jsonl"
CACHE = Path.home() / ".cache" / "marsad-bench" / "crf_replay.pkl"
CRF_STAGE = "marsad.entity_crf.v1"


def documents(path: Path, limit: int) -> Iterator:
    from marsad.errors import InputError
    from marsad.io import iter_jsonl
    from marsad.service import make_document

    n = 0
    for _, rec in iter_jsonl(path):
        if isinstance(rec, InputError):
            continue
        try:
            doc = make_document(rec)
        except InputError:
            continue
        yield doc
        n += 1
        if n >= limit:
            return


class ReplayCrf:
    """Stands in for the CRF stage: appends the CRF mentions recorded for each document id."""

    name = "entity_crf"
    REQUIRES: ClassVar[frozenset[str]] = frozenset({"tokens"})
    PROVIDES: ClassVar[frozenset[str]] = frozenset({"crf_mentions"})

    def __init__(self, recorded: dict[str, list]) -> None:
        self.recorded = recorded

    def __call__(self, doc):  # type: ignore[no-untyped-def]
        doc.mentions = [*doc.mentions, *copy.deepcopy(self.recorded.get(doc.id, []))]
        return doc


def replay_pipeline(recorded: dict[str, list]):  # type: ignore[no-untyped-def]
    from marsad.pipeline import Pipeline
    from marsad.registrations import DEFAULT_STAGES, build_pipeline

    real = build_pipeline()
    stages = [ReplayCrf(recorded) if name == CRF_STAGE else s for name, s in zip(DEFAULT_STAGES, real.stages, strict=True)]
    return Pipeline(stages)


def record_crf(path: Path, limit: int, cache: Path) -> None:
    from marsad.pipeline import Pipeline
    from marsad.registrations import DEFAULT_STAGES, build_pipeline

    upto = DEFAULT_STAGES.index(CRF_STAGE)
    pipe = Pipeline(build_pipeline(DEFAULT_STAGES[: upto + 1]).stages)
    recorded: dict[str, list] = {}
    for doc in documents(path, limit):
        pipe(doc)
        recorded[doc.id] = [m for m in doc.mentions if m.origin == "crf"]
    cache.parent.mkdir(parents=True, exist_ok=True)
    with open(cache, "wb") as f:
        pickle.dump({"limit": limit, "mentions": recorded}, f)
    print(f"recorded CRF mentions of {len(recorded)} documents in {cache}")


def digests(path: Path, limit: int, recorded: dict[str, list]) -> tuple[list[str], float]:
    pipe = replay_pipeline(recorded)
    lines = []
    t0 = time.process_time()
    for doc in documents(path, limit):
        d = pipe(doc).to_dict()
        h = hashlib.sha1(json.dumps(d, ensure_ascii=False, sort_keys=True).encode()).hexdigest()
        lines.append(f"{doc.id}\t{h}")
    return lines, time.process_time() - t0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT)
    ap.add_argument("-n", "--limit", type=int, default=300)
    ap.add_argument("--crf-cache", type=Path, default=CACHE)
    ap.add_argument("--no-crf", action="store_true", help="no CRF mentions at all (no cache needed)")
    g = ap.add_mutually_exclusive_group(required=True)
    g.add_argument("--record-crf", action="store_true")
    g.add_argument("--write", type=Path)
    g.add_argument("--check", type=Path)
    a = ap.parse_args()
    if not a.data.exists():
        print(f"skip: {a.data} not found")
        return 0
    if a.record_crf:
        record_crf(a.data, a.limit, a.crf_cache)
        return 0
    recorded: dict[str, list] = {}
    if not a.no_crf:
        if not a.crf_cache.exists():
            sys.exit(f"no CRF replay cache {a.crf_cache}: run with --record-crf first (or use --no-crf)")
        with open(a.crf_cache, "rb") as f:
            saved = pickle.load(f)
        if saved["limit"] < a.limit:
            sys.exit(f"the CRF cache covers {saved['limit']} articles; record again with -n {a.limit}")
        recorded = saved["mentions"]
    lines, cpu = digests(a.data, a.limit, recorded)
    total = hashlib.sha1("\n".join(lines).encode()).hexdigest()
    print(f"{len(lines)} documents, CPU {cpu:.1f} s ({1000 * cpu / max(len(lines), 1):.1f} ms/article), digest {total}")
    if a.write:
        a.write.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return 0
    want = a.check.read_text(encoding="utf-8").splitlines()
    if want == lines:
        print("IDENTICAL")
        return 0
    diff = [x.split("\t")[0] for x, y in zip(want, lines, strict=False) if x != y]
    print(f"DIFFERENT: {len(diff)} documents (and {abs(len(want) - len(lines))} missing/extra): {diff[:20]}")
    return 1


if __name__ == "__main__":
    sys.exit(main())
