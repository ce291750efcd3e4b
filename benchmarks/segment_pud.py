"""Clitic segmentation accuracy on the held-out part of UD Arabic-PUD.

Word-level exact match over every marsad word token (``kind == "word"``) of
the last 300 sentences (file order) of ``ar_pud-ud-test.conllu``, next to the
no-segmentation baseline, with a breakdown of the remaining errors.

Usage (from the repo root)::

    python benchmarks/segment_pud.py                 # via marsad.text.clitics.segment_line
    python benchmarks/segment_pud.py --cli           # via `marsad segment` on stdin
    python benchmarks/segment_pud.py --pud PATH --first 700 --errors 40
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

from marsad.text.clitics import CONJUNCTIONS, ENCLITICS, PARTICLES, segment_line
from marsad.text.clitics_train import GoldWord, read_pud
from marsad.text.tokenize import tokenize

DEFAULT_PUD = (
    Path(__file__).resolve().parent.parent
    / ".."
    / "shared"
    / "data"
    / "ud_arabic_pud"
    / "ar_pud-ud-test.conllu"
)


def predicted_words(lines: list[str], segmented: list[str]) -> list[list[list[str]]]:
    """Per line, the predicted segments of each word token, read back from the ``+``-joined output.

    The output must equal the input line with ``+`` inserted inside words only;
    a line that does not is reported as unsegmented words.
    """
    out = []
    for line, seg in zip(lines, segmented, strict=True):
        preds = []
        shift = 0
        for a, b, kind in tokenize(line):
            if kind != "word":
                continue
            w = line[a:b]
            pos, j, parts, cur = a + shift, 0, [], ""
            while j < len(w) and pos < len(seg):
                if seg[pos] == w[j]:
                    cur += w[j]
                    j += 1
                elif seg[pos] == "+" and cur:
                    parts.append(cur)
                    cur = ""
                    shift += 1
                else:
                    break
                pos += 1
            parts.append(cur)
            preds.append(parts if "".join(parts) == w else [w])
        out.append(preds)
    return out


def error_class(gold: list[str], pred: list[str]) -> str:
    """A coarse name for how ``pred`` differs from ``gold``."""
    clitic_pre = set(CONJUNCTIONS) | set(PARTICLES)
    gpre = _lead(gold, clitic_pre)
    ppre = _lead(pred, clitic_pre)
    gsuf = gold[-1] if len(gold) > 1 and gold[-1] in ENCLITICS else ""
    psuf = pred[-1] if len(pred) > 1 and pred[-1] in ENCLITICS else ""
    kinds = []
    if gpre != ppre:
        if len(ppre) > len(gpre):
            kinds.append(f"over-split prefix {'+'.join(ppre[len(gpre) :]) or '?'}")
        else:
            kinds.append(f"missed prefix {'+'.join(gpre[len(ppre) :]) or '?'}")
    if gsuf != psuf:
        kinds.append(
            f"over-split suffix {psuf}"
            if psuf and not gsuf
            else f"missed suffix {gsuf}"
            if gsuf and not psuf
            else "wrong suffix"
        )
    if not kinds:
        kinds.append("other (" + ("non-clitic gold split" if len(gold) > len(pred) else "odd split") + ")")
    return "; ".join(kinds)


def _lead(parts: list[str], clitics: set[str]) -> list[str]:
    out = []
    for p in parts[:-1]:
        if p not in clitics:
            break
        out.append(p)
    return out


def evaluate(sents: list[tuple[str, list[GoldWord]]], segmented: list[str]) -> dict[str, object]:
    """Accuracy, baseline and error list of ``segmented`` lines against the gold words of ``sents``."""
    preds = predicted_words([t for t, _ in sents], segmented)
    n = ok = base = 0
    errors: list[tuple[str, str, str]] = []
    for (_, gold_words), pred_words in zip(sents, preds, strict=True):
        for g, p in zip(gold_words, pred_words, strict=True):
            gold = [g.text[a:b] for a, b in g.segments]
            n += 1
            base += len(gold) == 1
            if gold == p:
                ok += 1
            else:
                errors.append(("+".join(gold), "+".join(p), error_class(gold, p)))
    return {"words": n, "accuracy": ok / n, "baseline": base / n, "errors": errors}


def run_cli(lines: list[str]) -> list[str]:
    """Segment ``lines`` with the real ``marsad segment`` command."""
    proc = subprocess.run(
        [sys.executable, "-m", "marsad", "segment"],
        input="\n".join(lines) + "\n",
        capture_output=True,
        text=True,
        check=True,
    )
    out = proc.stdout.split("\n")
    return out[: len(lines)]


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pud", type=Path, default=DEFAULT_PUD)
    ap.add_argument("--first", type=int, default=700, help="sentences reserved for training (not measured)")
    ap.add_argument("--cli", action="store_true", help="pipe the text through `marsad segment`")
    ap.add_argument("--errors", type=int, default=25, help="example errors to print")
    args = ap.parse_args(argv)
    if not args.pud.exists():
        print(f"PUD file not found: {args.pud}", file=sys.stderr)
        return 2
    sents = read_pud(args.pud)[args.first :]
    lines = [t for t, _ in sents]
    t0 = time.perf_counter()
    segmented = run_cli(lines) if args.cli else [segment_line(t) for t in lines]
    dt = time.perf_counter() - t0
    res = evaluate(sents, segmented)
    errors: list[tuple[str, str, str]] = res["errors"]  # type: ignore[assignment]
    print(
        f"sentences {len(sents)}  word tokens {res['words']}  via {'CLI' if args.cli else 'segment_line'}  ({dt:.2f}s)"
    )
    print(f"accuracy  {res['accuracy']:.4f}")
    print(f"baseline  {res['baseline']:.4f}  (no segmentation)")
    print(f"errors    {len(errors)}")
    for cls, k in Counter(e[2] for e in errors).most_common():
        print(f"  {k:4d}  {cls}")
    for gold, pred, cls in errors[: args.errors]:
        print(f"  gold {gold:<20} pred {pred:<20} {cls}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
