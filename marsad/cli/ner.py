"""NER commands: ``marsad tag`` (CoNLL tokens or plain text) and ``marsad train-ner``."""

from __future__ import annotations

import dataclasses
import io
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO

import click

from marsad.errors import MarsadError

#: Stages run by ``marsad tag --format json`` (the entity part of the default pipeline).
_ENTITY_STAGES = [
    "marsad.tokenizer.v1",
    "marsad.entity_ruler.v1",
    "marsad.entity_crf.v1",
    "marsad.entity_merger.v1",
]


def _conll_blocks(lines: Iterator[str]) -> Iterator[tuple[list[str], list[str]]]:
    """Group input lines into ``(token_lines, separator_lines)``: a sentence and the blank lines after it."""
    toks: list[str] = []
    blanks: list[str] = []
    for line in lines:
        if line.strip():
            if blanks:
                yield toks, blanks
                toks, blanks = [], []
            toks.append(line)
        else:
            blanks.append(line)
    if toks or blanks:
        yield toks, blanks


def _split_eol(line: str) -> tuple[str, str]:
    body = line.rstrip("\r\n")
    return body, line[len(body) :]


def tag_conll(src: IO[str], dst: IO[str], *, model: str | Path | None = None) -> int:
    """Tag a one-token-per-line stream; write ``token<TAB>TAG`` lines, blank lines as they came.

    The token is the whole line without its line ending (written back exactly);
    a line holding white space inside (``token GOLD``) is tagged by its first field.
    Returns the number of tokens tagged.
    """
    from marsad.ner.crf import CrfTagger

    tagger = CrfTagger.load(model)
    blocks = list(_conll_blocks(iter(src)))
    parsed = [[_split_eol(x) for x in toks] for toks, _ in blocks]
    words = [[body.split()[0] if body.split() else body for body, _ in parts] for parts in parsed]
    all_tags = tagger.predict_document([w for w in words if w])
    tags_iter = iter(all_tags)
    n = 0
    for (_, blank_lines), parts in zip(blocks, parsed, strict=True):
        if parts:
            tags = next(tags_iter)
            for (body, eol), tag in zip(parts, tags, strict=True):
                dst.write(f"{body}\t{tag}{eol or chr(10)}")
            n += len(parts)
        for b in blank_lines:
            dst.write(b)
    return n


@click.command("tag")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["conll", "json"]),
    default="conll",
    show_default=True,
    help="conll: one token per line in, token<TAB>BIO-tag out; json: plain text in, mentions JSON out.",
)
@click.option(
    "--model", type=click.Path(exists=True, dir_okay=False), help="A CRF model (default: the bundled one)."
)
def tag_cmd(fmt: str, model: str | None) -> None:
    """Tag named entities (PERS, LOC, ORG, MISC) read from stdin.

    With --format conll, stdin holds one token per line and a blank line between
    sentences; every token is written back exactly, followed by a TAB and its BIO
    tag, and blank lines are kept.  With --format json, stdin is plain text and
    the output is the merged mentions (knowledge base + CRF) as JSON.
    """
    # the raw byte streams: tokens are written back exactly, whatever the terminal's encoding
    # (click.get_binary_stream is deprecated in click 8.5)
    stdin = io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8", errors="replace", newline="")
    stdout = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", newline="")
    try:
        if fmt == "conll":
            tag_conll(stdin, stdout, model=model)
        else:
            stdout.write(
                json.dumps(_tag_json(stdin.read(), model=model), ensure_ascii=False, indent=2) + "\n"
            )
    except MarsadError as e:
        raise click.ClickException(str(e)) from e
    finally:
        stdout.flush()
        stdout.detach()
        stdin.detach()


def _tag_json(text: str, *, model: str | None) -> list[dict[str, object]]:
    import marsad
    from marsad.registry import get_factory

    names = [n for n in _ENTITY_STAGES if _registered(n)]
    if model is not None:
        from marsad.pipeline import Pipeline

        stages = [
            get_factory(n)(model_path=model) if n == "marsad.entity_crf.v1" else get_factory(n)()
            for n in names
        ]
        doc = Pipeline(stages)(text)
    else:
        doc = marsad.load(stages=names)(text)
    keys = ("start", "end", "text", "label", "kind", "kb_id", "name_en", "origin", "score")
    return [{k: getattr(m, k) for k in keys} for m in doc.mentions]


def _registered(name: str) -> bool:
    from marsad import registrations  # noqa: F401  (fills the registry)
    from marsad.registry import get_factory

    try:
        get_factory(name)
    except MarsadError:
        return False
    return True


@click.command("train-ner")
@click.option(
    "--data",
    required=True,
    type=click.Path(exists=True, dir_okay=False),
    help="ANERcorp-style token TAG file.",
)
@click.option(
    "--dev-fraction",
    default=0.15,
    show_default=True,
    type=click.FloatRange(0, 0.9),
    help="Last share of sentences held out for the dev score (never trained on); 0 trains on everything.",
)
@click.option(
    "--out",
    type=click.Path(dir_okay=False),
    help="Model file (default: the bundled resources/models/ner.crfsuite).",
)
@click.option(
    "--wojood",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False),
    help="Wojood-format file added to training (repeatable).",
)
@click.option("--c1", default=None, type=float, help="L1 regularisation (keeps the model small).")
@click.option("--c2", default=None, type=float, help="L2 regularisation.")
@click.option("--max-iterations", default=None, type=int, help="L-BFGS iterations.")
@click.option(
    "--name-folds",
    default=None,
    type=click.IntRange(0, 50),
    help="Blocks for the learned name list (each block gets the names tagged in the others; 0: no list). "
    "The list of all training names is written beside the model as NAME.names.tsv.",
)
@click.option(
    "--self-train",
    "self_train",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False),
    help="JSON-lines news file for self-training (repeatable): the model tags it, the confidently "
    "tagged sentences are added to training and the model is trained again.",
)
@click.option(
    "--self-train-cap",
    default=None,
    type=click.IntRange(0),
    help="At most this many self-tagged sentences (default of SelfTrainParams).",
)
@click.option(
    "--self-train-min",
    default=None,
    type=click.FloatRange(0, 1),
    help="Marginal probability every token of a self-tagged sentence must reach.",
)
@click.option(
    "--teacher",
    type=click.Path(exists=True, dir_okay=False),
    help="With --self-train: a model already trained with this recipe on this data tags the news "
    "(skips the first training).",
)
def train_ner_cmd(
    data: str,
    dev_fraction: float,
    out: str | None,
    wojood: tuple[str, ...],
    c1: float | None,
    c2: float | None,
    max_iterations: int | None,
    name_folds: int | None,
    self_train: tuple[str, ...],
    self_train_cap: int | None,
    self_train_min: float | None,
    teacher: str | None,
) -> None:
    """Train the CRF NER model on DATA and report entity-level F1 on the held-out dev part."""
    from rich.console import Console
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn
    from rich.table import Table

    from marsad.ner.crf import MODEL_PARTS, TrainParams, train_from_conll
    from marsad.ner.selftrain import SelfTrainParams

    defaults = TrainParams()
    params = TrainParams(
        c1=defaults.c1 if c1 is None else c1,
        c2=defaults.c2 if c2 is None else c2,
        max_iterations=defaults.max_iterations if max_iterations is None else max_iterations,
        name_folds=defaults.name_folds if name_folds is None else name_folds,
    )
    st = SelfTrainParams()
    st = dataclasses.replace(
        st,
        cap=st.cap if self_train_cap is None else self_train_cap,
        min_marginal=st.min_marginal if self_train_min is None else self_train_min,
    )
    if out is None:
        import marsad.resources as res

        out = str(Path(res.__file__).parent.joinpath(*MODEL_PARTS))
    console = Console(stderr=True)
    with Progress(
        TextColumn("[bold]training CRF"),
        BarColumn(),
        TextColumn("iter {task.completed}/{task.total}"),
        TextColumn("loss {task.fields[loss]:.1f}"),
        TimeElapsedColumn(),
        console=console,
    ) as progress:
        task = progress.add_task("train", total=params.max_iterations, loss=0.0)

        def on_iteration(i: int, loss: float) -> None:
            progress.update(task, completed=i, loss=loss)

        try:
            report = train_from_conll(
                data,
                out=out,
                dev_fraction=dev_fraction,
                wojood=wojood,
                params=params,
                on_iteration=on_iteration,
                self_train=self_train,
                self_params=st,
                teacher=teacher,
            )
        except (MarsadError, OSError, ValueError) as e:
            raise click.ClickException(str(e)) from e
    if report.dev_sentences:
        table = Table(title=f"dev F1 (last {dev_fraction:.0%} of sentences: {report.dev_sentences})")
        for col in ("type", "P", "R", "F1", "gold"):
            table.add_column(col, justify="right")
        for typ, s in report.scores.items():
            table.add_row(typ, f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}", str(s.tp + s.fn))
        console.print(table)
    else:
        console.print("trained on all sentences (--dev-fraction 0): no dev score")
    console.print(
        f"model {report.model_path} ({report.model_bytes / 1e6:.1f} MB); trained on {report.train_sentences} "
        f"sentences + {report.extra_sentences} extra"
    )


COMMANDS: list[click.Command] = [tag_cmd, train_ner_cmd]
