"""Application facade: analyse one article or a stream of them, on all cores.

The CLI and the web app call these functions; they never assemble pipelines
themselves.  Batch work runs the pipeline in worker processes (forked after
the pipeline is loaded once, so models are shared copy-on-write) and yields
results in input order; a record that fails yields its exception instead of
stopping the batch.
"""

from __future__ import annotations

import gc
import logging
import multiprocessing as mp
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from typing import Any

from marsad.doc import Document
from marsad.errors import InputError, MarsadError
from marsad.io import script_language
from marsad.pipeline import Pipeline

log = logging.getLogger(__name__)

Record = dict[str, Any]

_PIPELINE: Pipeline | None = None
_STAGES: list[str] | None = None


def get_pipeline() -> Pipeline:
    """The pipeline (the default one unless :func:`use_stages` chose others), loaded once per process."""
    global _PIPELINE
    if _PIPELINE is None:
        from marsad.registrations import build_pipeline

        _PIPELINE = build_pipeline(_STAGES)
    return _PIPELINE


def use_stages(names: Iterable[str] | None) -> None:
    """Run only these registered stages (``None``: the default pipeline) in pipelines built from now on.

    Short names are accepted (``tokenizer`` for ``marsad.tokenizer.v1``).  The pipeline is built
    at once, so unknown names and unmet requirements are reported here (``PipelineError``).
    Worker processes forked afterwards inherit the setting.
    """
    global _PIPELINE, _STAGES, _WARM
    from marsad.registrations import build_pipeline

    wanted = None if names is None else [n if "." in n else f"marsad.{n}.v1" for n in names]
    if wanted != _STAGES:
        pipeline = build_pipeline(wanted)
        _STAGES, _PIPELINE, _WARM = wanted, pipeline, False


def use_kb_dirs(dirs: Iterable[str]) -> None:
    """Merge user knowledge-base directories over the bundled KB for the pipelines built from now on.

    Worker processes forked afterwards inherit the setting.
    """
    global _PIPELINE, _WARM
    from pathlib import Path

    from marsad.kb.store import set_user_kb_dirs, user_kb_dirs

    wanted = [Path(d) for d in dirs]
    if wanted != user_kb_dirs():
        set_user_kb_dirs(wanted)
        _PIPELINE = None
        _WARM = False


def make_document(record: Record) -> Document:
    """A ``Document`` from a normalised input record (see ``marsad.io.normalize_record``)."""
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError(f"[E028] record {record.get('id')!r}: no article text")
    doc = Document(
        text=text,
        id=str(record.get("id") or ""),
        published=_iso_or_none(record.get("published")),
        outlet=record.get("outlet"),
        url=record.get("url"),
    )
    doc.lang = script_language(text)
    if record.get("title"):
        doc.meta["title"] = record["title"]
    if doc.lang != "ar":
        doc.meta.setdefault("warnings", []).append("text is not Arabic: marsad analyses Arabic only")
    return doc


def analyse(record: Record, *, pipeline: Pipeline | None = None) -> Document:
    """Run the pipeline on one record ``{"id","text","published"?,"outlet"?,"url"?}``."""
    doc = make_document(record)
    return (pipeline or get_pipeline())(doc)


def _iso_or_none(value: Any) -> str | None:
    if value in (None, ""):
        return None
    s = str(value).strip()
    return s or None


def _work(record: Record, finish: Callable[[Document], Any] | None = None) -> tuple[Record, Any]:
    return record, _result(record, finish)


def _result(record: Record, finish: Callable[[Document], Any] | None = None) -> Any:
    """The document of ``record`` (through ``finish``), or the error that stopped its analysis."""
    try:
        doc = analyse(record)
        return doc if finish is None else finish(doc)
    except MarsadError as e:
        return e
    except Exception as e:  # a bug on one article must not stop the batch; report it with its type
        log.exception("analysis failed for %s", record.get("id"))
        return MarsadError(f"[E099] {record.get('id')}: internal error {type(e).__name__}: {e}")


_WARM = False


def warm_up() -> None:
    """Load the pipeline and every stage's data once in this process (before forking workers).

    What is alive after loading (models, knowledge base, gazetteers, compiled patterns) lives as long
    as the process, so it is then moved out of the garbage collector's sight (``gc.freeze``): the
    collector's full passes no longer walk it again and again, and forked workers do not write to
    the pages they share with the parent just to mark those objects.
    """
    global _WARM
    if not _WARM:
        get_pipeline()(Document(text="قصفت قوات النظام بلدة كفرنبل في ريف إدلب يوم الاثنين 3 آذار 2024.",
                                published="2024-03-05"))
        gc.collect()  # the garbage of loading is freed, not frozen
        gc.freeze()
        _WARM = True


#: Garbage-collector thresholds of a batch worker.  A worker makes and drops many short-lived
#: objects per article, nearly all freed by reference counting; with the default (700, 10, 10) the
#: collector runs ~5 young passes per article for little garbage (about 3 ms/article in all).
WORKER_GC_THRESHOLD = (20_000, 20, 20)


def _init_worker() -> None:
    gc.set_threshold(*WORKER_GC_THRESHOLD)


def default_workers() -> int:
    """All cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - non-Linux
        return max(1, os.cpu_count() or 1)


def analyse_records(
    records: Iterable[Record],
    *,
    workers: int | None = None,
    chunksize: int = 2,
    finish: Callable[[Document], Any] | None = None,
) -> Iterator[tuple[Record, Any]]:
    """Analyse many records, yielding ``(record, document or error)`` in input order.

    Args:
        records: normalised input records.
        workers: processes to use (default: all cores); 1 runs in this process.
        chunksize: records handed to a worker at a time.
        finish: a module-level function applied to each document in the worker (e.g. turning it
            into its output line); its result is yielded instead of the document, so the parent
            does not unpickle and convert whole documents.
    """
    n = workers or default_workers()
    # stages load their data on first use: run one short text so forked workers share it
    warm_up()
    work = _work if finish is None else partial(_work, finish=finish)
    if n <= 1:
        for rec in records:
            yield work(rec)
        return
    # the workers send back only the results: the parent keeps the records it sent, in order (``imap``
    # yields the results in the order of the records, each after its record was taken from the input)
    sent: deque[Record] = deque()

    def sending() -> Iterator[Record]:
        for rec in records:
            sent.append(rec)
            yield rec

    ctx = mp.get_context("fork")
    with ctx.Pool(n, initializer=_init_worker) as pool:
        for result in pool.imap(partial(_result, finish=finish), sending(), chunksize=chunksize):
            yield sent.popleft(), result


def sample_articles_path() -> str:
    """Path of the team-written sample articles bundled in the package (JSON Lines)."""
    from marsad.resources import resource_path

    return str(resource_path("samples", "articles.jsonl"))


def run_demo(db: str, *, workers: int | None = None, progress: bool = True) -> dict[str, Any]:
    """The main job on the embedded default: ingest the bundled samples into a SQLite store and dedupe.

    Returns:
        ``{"db", "ingest": report dict, "dedup": report dict, "events": [event rows]}``.
    """
    from marsad.storage.dedup import dedup_store
    from marsad.storage.ingest import ingest
    from marsad.storage.store import Store

    with Store(db) as store:
        report = ingest(
            [sample_articles_path()],
            store,
            analyse=lambda recs: analyse_records(recs, workers=workers),
            progress=progress,
        )
        merged = dedup_store(store, run_id=report.run_id)
        events = store.events()
    return {"db": db, "ingest": report.to_dict(), "dedup": merged.to_dict(), "events": events}
