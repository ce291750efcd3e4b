"""Arabic clitic segmentation in the style of the Penn Arabic Treebank / UD Arabic.

``segment(word)`` splits one word token into clitic segments, returned as
``(start, end)`` offsets relative to the word that concatenate exactly to the
word: conjunctions و ف, prepositions ب ل ك, future س and pronoun suffixes
(ه ها هم هما هن ك كم كما كن ي نا ني) are split off, the article ال stays on
its noun.  Nothing is rewritten: ``لل`` words give ``ل+لسلطة`` (as UD Arabic
writes them) and a ta marbuta that became ت before a suffix stays ت
(``زوجت+ه``).  Diacritics and tatweel stay inside the segment of the letter
they follow.

Method: a character-level CRF (python-crfsuite, trained on the first 700
sentences of UD Arabic-PUD by :mod:`marsad.text.clitics_train`) gives, for
every letter, the probability that a segment starts there.  Only
segmentations allowed by a small clitic grammar (proclitics, one host,
one pronoun suffix) are considered and the most probable one wins; a lexicon
of names vetoes splits of known names (``بيروت`` is never ``ب+يروت``).
"""

from __future__ import annotations

import itertools
import logging
import math
import threading
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from functools import cache
from pathlib import Path

from marsad.errors import ModelError
from marsad.resources import resource_path
from marsad.text.memo import StrMemo
from marsad.text.normalize import norm
from marsad.text.tokenize import tokenize

log = logging.getLogger(__name__)

#: Conjunction proclitics (first slot).
CONJUNCTIONS = ("و", "ف")
#: Preposition / future proclitics (second slot).
PARTICLES = ("ب", "ل", "ك", "س")
#: Pronoun suffixes (enclitics).
ENCLITICS = ("ه", "ها", "هم", "هما", "هن", "ك", "كم", "كما", "كن", "ي", "نا", "ني")

MODEL_FILE = "model.crfsuite"
LEXICON_FILE = "lexicon.tsv"
NAMES_FILE = "names.txt"
PLACES_FILE = "places.txt"
FREQ_FILE = "freq.txt.gz"

TATWEEL = "\u0640"
NAME_BONUS = 2.0  # log-score bonus for a segmentation whose host is a known name
YAA_PENALTY = 2.0  # log-score against the suffix ي (rare in news; nisba adjectives end in ي)
FREQ_WEIGHT = 0.3  # log-score per frequency level the host has over the whole word
_MIN_HOST = 2
_PROCLITIC_LETTERS = frozenset("وفبلكس")
_TANWEEN = frozenset(
    "\u064b\u064c\u064d"
)  # letters a host must keep unless the word is particle + pronoun (له، بها)


def _is_mark(ch: str) -> bool:
    """Combining marks and joiners never start a segment."""
    return unicodedata.category(ch) in ("Mn", "Cf")


def skeleton(word: str) -> tuple[str, list[int]]:
    """Base letters of ``word`` (marks dropped) and the index of each in ``word``."""
    idx = [i for i, ch in enumerate(word) if not _is_mark(ch)]
    return "".join(word[i] for i in idx), idx


# ---------------------------------------------------------------- features


_POS = tuple(f"pos={k}" for k in range(6))
_RPOS = tuple(f"rpos={k}" for k in range(7))


def char_features(
    s: str,
    *,
    stems: frozenset[str] | set[str] = frozenset(),
    names: frozenset[str] | set[str] = frozenset(),
    freq: Mapping[str, int] | None = None,
) -> list[list[str]]:
    """CRF features for each letter of the skeleton ``s`` (does a segment start here?).

    Args:
        s: the word's letters (marks removed).
        stems: known stems (matching form).
        names: known names (matching form).
        freq: word levels (2 x Zipf frequency, matching form) of a large word list.
    """
    n = len(s)
    pad = "^^^" + s + "$$$"
    ns = norm(s)
    aligned = len(ns) == n
    # the same for every letter of the word
    length = "len=" + str(min(n, 10))
    lexical = aligned and bool(stems or names)
    word_named = lexical and ns in names
    word_stem = "Lword=" + str(ns in stems) if lexical else ""
    use_freq = aligned and bool(freq)
    fget = freq.get if freq else None
    fw = fget(ns, 0) if fget is not None and use_freq else 0
    feats: list[list[str]] = []
    for i in range(n):
        p = i + 3
        f = [
            "b",
            "c0=" + pad[p],
            "c-1=" + pad[p - 1],
            "c+1=" + pad[p + 1],
            "c-2=" + pad[p - 2],
            "c+2=" + pad[p + 2],
            "c-3=" + pad[p - 3],
            "c+3=" + pad[p + 3],
            "b-1=" + pad[p - 1 : p + 1],
            "b+1=" + pad[p : p + 2],
            "b-2=" + pad[p - 2 : p],
            "b+2=" + pad[p + 1 : p + 3],
            "t-1=" + pad[p - 3 : p],
            "t+1=" + pad[p : p + 3],
            "t0=" + pad[p - 1 : p + 2],
            _POS[i if i < 5 else 5],
            _RPOS[n - i if n - i < 6 else 6],
            length,
        ]
        tail = n - i
        if i <= 4:
            f.append("pre=" + s[:i])
        if tail <= 4:
            f.append("suf=" + s[i:])
            if i <= 3:
                f.append("ps=" + s[:i] + "|" + s[i:])
        if lexical:
            if 0 < i <= 3:
                rest = ns[i:]
                f.append("Lrest=" + str(_known(rest, stems)))
                if rest in names:
                    f.append("Nrest")
            if tail <= 3 and i > 0:
                f.append("Lhead=" + str(_known(ns[:i], stems, strip_front=True)))
            if word_named:
                f.append("Nword")
            f.append(word_stem)
        if use_freq and fget is not None and i > 0:
            if i <= 3:
                fr = fget(ns[i:], 0)
                f += ["Fw=" + str(fw), "Fr=" + str(fr), "Fd=" + str(max(-6, min(6, fr - fw)))]
            if tail <= 3:
                head = ns[:i]
                fh = _host_level(head, fget)
                lh = len(head)
                if lh > 3:
                    fh2 = max(_host_level(head[1:], fget), _host_level(head[2:], fget))
                elif lh > 2:
                    fh2 = _host_level(head[1:], fget)
                else:
                    fh2 = 0
                f += ["Fh=" + str(fh), "Fhd=" + str(max(-6, min(6, fh - fw))), "Fh2=" + str(fh2)]
        feats.append(f)
    return feats


def _host_level(h: str, fget: Callable[[str, int], int]) -> int:
    """The highest frequency level of ``h``'s forms (:func:`_host_forms`)."""
    return max(fget(x, 0) for x in _host_forms(h))


def _host_forms(h: str) -> list[str]:
    """``h`` and the forms it may have before a pronoun suffix (matching form).

    ``مقاتلي`` ← ``مقاتلين``, ``مقاتلو`` ← ``مقاتلون``, ``زوجت`` ← ``زوجة``,
    ``أسمائ`` ← ``أسماء``.
    """
    out = [h]
    if h.endswith(("ي", "و")):
        out.append(h + "ن")
    if h.endswith("ت"):
        out.append(h[:-1] + "ه")
    if h.endswith("ي") and len(h) > 2 and h[-2] == "ا":
        out.append(h[:-1] + "ء")
    if h.endswith("ا"):
        out.append(h[:-1] + "ي")
    return out


def _known(part: str, stems: frozenset[str] | set[str], *, strip_front: bool = False) -> int:
    """How ``part`` is known: 1 as a stem, 2 as a stem's pre-suffix form, 3 after removing clitics, else 0."""
    if part in stems:
        return 1
    if strip_front:
        if _host_known(part, stems, with_self=False):
            return 2
        for k in (2, 1):
            if len(part) > k + 1 and _host_known(part[k:], stems):
                return 3
        return 0
    for k in (3, 2, 1):
        if len(part) > k + 1 and norm(part[-k:]) in _NORM_ENCLITICS:
            if _host_known(part[:-k], stems):
                return 3
    return 0


def _host_known(h: str, stems: frozenset[str] | set[str], *, with_self: bool = True) -> bool:
    """Whether a form of ``h`` (:func:`_host_forms`; ``with_self=False``: other than ``h``) is a known stem."""
    forms = _host_forms(h)
    return any(f in stems for f in (forms if with_self else forms[1:]))


_NORM_ENCLITICS = frozenset(norm(e) for e in ENCLITICS)


# ---------------------------------------------------------------- candidates


def candidates(s: str, *, tanween: bool = False) -> list[tuple[int, ...]]:
    """Grammatical boundary sets for skeleton ``s`` (indices where a segment starts, never 0).

    Args:
        s: the word's letters.
        tanween: the word ends in a tanween (ـاً ـٌ ـٍ): an indefinite noun takes no pronoun suffix.
    """
    n = len(s)
    prefix_ends: list[tuple[int, ...]] = [()]
    if n >= 2 and s[0] in CONJUNCTIONS:
        prefix_ends.append((1,))
    for pe in list(prefix_ends):
        k = pe[-1] if pe else 0
        if k < n - 1 and s[k] in PARTICLES:
            prefix_ends.append((*pe, k + 1))
    out: list[tuple[int, ...]] = []
    for pe in prefix_ends:
        start = pe[-1] if pe else 0
        out.append(pe)
        for e in () if tanween else ENCLITICS:
            if not s.endswith(e):
                continue
            cut = n - len(e)
            host = cut - start
            if s.startswith("ال", start) and s[start:cut] != "الي":
                continue  # the article and a pronoun suffix exclude each other (الدولي is not الدول+ي)
            if host >= _MIN_HOST or (host == 0 and pe and s[start - 1] in "بلك" and e not in ("ي", "ك")):
                out.append(pe if host == 0 else (*pe, cut))
    return sorted(set(out))


# ---------------------------------------------------------------- model


class CliticSegmenter:
    """The trained CRF, its lexicon and the name list, bound together."""

    def __init__(self, model_dir: Path) -> None:
        """Args: model_dir: folder holding ``model.crfsuite``, ``lexicon.tsv``, ``names.txt`` (and ``places.txt``)."""
        import pycrfsuite

        self.model_dir = model_dir
        self._lock = threading.Lock()
        self.tagger = pycrfsuite.Tagger()
        try:
            self.tagger.open(str(model_dir / MODEL_FILE))
        except OSError as e:
            raise ModelError(f"[E101] cannot load clitic model {model_dir / MODEL_FILE}: {e}") from e
        self.stems, self.memory = read_lexicon(model_dir / LEXICON_FILE)
        self.names = read_names(model_dir / NAMES_FILE) | read_names(model_dir / PLACES_FILE, missing_ok=True)
        self.freq = read_freq(model_dir / FREQ_FILE, missing_ok=True)
        self.freq_weight = FREQ_WEIGHT
        self.yaa_penalty = YAA_PENALTY
        self.memory_conj = True
        self.memory_hamza = True

    def remembered(self, s: str) -> tuple[int, ...] | None:
        """The training segmentation of ``s``, also when news drops its initial hamza (انه ← أنه)."""
        cuts = self.memory.get(s)
        if cuts is None and s[:1] == "ا" and self.memory_hamza:
            cuts = self.memory.get("أ" + s[1:], self.memory.get("إ" + s[1:]))
        return cuts

    def boundaries(self, s: str, *, tanween: bool = False) -> tuple[int, ...]:
        """Best grammatical boundary set for skeleton ``s`` (``tanween``: see :func:`candidates`)."""
        ns = norm(s)
        if len(s) < 2:
            return ()
        remembered = self.remembered(s)
        if remembered is not None:
            return remembered
        if ns in self.names:
            return ()
        cands = candidates(s, tanween=tanween)
        rest = None
        if self.memory_conj and s[0] in _PROCLITIC_LETTERS and not s.startswith("لل"):
            # (لل is ل + ال: its rest لمجلس is المجلس, not the word ل+مجلس)
            rest = self.remembered(s[1:])
        if rest is not None:
            # proclitic + a remembered word: if split, split the rest as remembered (ولدى → و+لدى)
            known = (1, *(c + 1 for c in rest))
            cands = [c for c in cands if not c or c[0] != 1 or c == known]
        if len(cands) == 1:
            return cands[0]
        aligned = len(ns) == len(s)
        if aligned:
            # proclitics + a known name: split before the name and nowhere else
            named = [
                c
                for c in cands
                if c
                and len(s) - c[-1] >= 3
                and ns[c[-1] :] in self.names
                and ns not in self.stems
                and self.freq.get(ns, 0) <= self.freq.get(ns[c[-1] :], 0)
            ]
            if named:
                return min(named, key=lambda c: c[-1])
        feats = char_features(s, stems=self.stems, names=self.names, freq=self.freq)
        with self._lock:  # the crfsuite tagger holds the current sequence: one user at a time
            self.tagger.set(feats)
            marg = [self.tagger.marginal("B", i) for i in range(len(s))]
        logb = []
        for p in marg:
            pb = min(max(p, 1e-9), 1 - 1e-9)
            logb.append((math.log(pb), math.log(1 - pb)))
        best: tuple[float, tuple[int, ...]] = (-math.inf, ())
        for c in cands:
            score = sum(lb if i in c else li for i, (lb, li) in enumerate(logb) if i > 0)
            if c and c[-1] == len(s) - 1 and s[-1] == "ي":
                score -= self.yaa_penalty
            if aligned and c:
                host = _host(ns, c)
                if host in self.names:
                    score += NAME_BONUS
                if self.freq_weight and self.freq:
                    fh = max(self.freq.get(h, 0) for h in _host_forms(host))
                    score += self.freq_weight * (fh - self.freq.get(ns, 0))
            if score > best[0]:
                best = (score, c)
        return best[1]


def _host(ns: str, cuts: tuple[int, ...]) -> str:
    """The longest segment of ``ns`` under ``cuts``."""
    edges = [0, *cuts, len(ns)]
    return max((ns[a:b] for a, b in itertools.pairwise(edges)), key=len)


def read_lexicon(path: Path) -> tuple[frozenset[str], dict[str, tuple[int, ...]]]:
    """Stems (matching form) and remembered segmentations (skeleton → boundaries) from ``lexicon.tsv``."""
    stems: set[str] = set()
    memory: dict[str, tuple[int, ...]] = {}
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as e:
        raise ModelError(f"[E102] cannot read clitic lexicon {path}: {e}") from e
    for line in lines:
        if not line or line.startswith("#"):
            continue
        kind, _, value = line.partition("\t")
        if kind == "S":
            stems.add(value)
        elif kind == "M":
            word, _, cuts = value.partition("\t")
            memory[word] = tuple(int(x) for x in cuts.split(",") if x)
    return frozenset(stems), memory


def read_freq(path: Path, *, missing_ok: bool = False) -> dict[str, int]:
    """Word levels from a gzipped ``level<TAB>word word ...`` file (see ``build_frequency_lexicon``)."""
    import gzip

    if missing_ok and not path.exists():
        return {}
    out: dict[str, int] = {}
    try:
        # one decompress and one split: several times faster than iterating a text-mode gzip stream
        text = gzip.decompress(path.read_bytes()).decode("utf-8")
        for line in text.split("\n"):
            if not line or line.startswith("#") or "\t" not in line:
                continue
            level, _, words = line.partition("\t")
            out.update(dict.fromkeys(words.split(), int(level)))
    except (OSError, ValueError, EOFError) as e:
        raise ModelError(f"[E106] cannot read clitic frequency lexicon {path}: {e}") from e
    return out


def read_name_words(path: Path, *, missing_ok: bool = False) -> list[str]:
    """Words of a name list (one name per line, ``#`` comments), as written."""
    if missing_ok and not path.exists():
        return []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as e:
        raise ModelError(f"[E103] cannot read clitic name list {path}: {e}") from e
    return [w for line in lines for w in line.split("#", 1)[0].split() if len(w) >= 2]


def read_names(path: Path, *, missing_ok: bool = False) -> frozenset[str]:
    """Words of a name list in matching form (see :func:`read_name_words`)."""
    return frozenset(norm(w) for w in read_name_words(path, missing_ok=missing_ok))


@cache
def _default() -> CliticSegmenter:
    return CliticSegmenter(resource_path("clitics", MODEL_FILE).parent)


# ---------------------------------------------------------------- public API


def segment(word: str) -> list[tuple[int, int]]:
    """Clitic segments of ``word`` as ``(start, end)`` offsets relative to the word.

    The segments are contiguous and cover the word exactly; a mark (diacritic,
    tatweel, joiner) stays in the segment of the letter before it.

    Args:
        word: one word token (Arabic letters and marks; no spaces).

    Returns:
        ``[(0, len(word))]`` for an unsplit word, ``[]`` for the empty string.
    """
    segs = _SEGMENTS.get(word)
    if segs is None:
        segs = _segment_memo.miss(word)
    return list(segs)


def _segment(word: str) -> tuple[tuple[int, int], ...]:
    return tuple(_segment_list(word))


def _segment_list(word: str) -> list[tuple[int, int]]:
    if not word:
        return []
    s, idx = skeleton(word)
    if len(s) < 2 or not all("\u0600" <= ch <= "\u06ff" for ch in s):
        return [(0, len(word))]
    # A tatweel at the edge of a word is a dash (UD: its own token) unless it
    # lengthens the article (الـ).
    lo, hi = 0, len(s)
    while lo < hi and s[lo] == TATWEEL:
        lo += 1
    cuts = {lo} if 0 < lo < hi else set()
    j = hi
    while j > lo and s[j - 1] == TATWEEL:
        j -= 1
    if lo < j < hi:
        core = s[lo:j]
        if j - lo <= 3 and all(ch in _PROCLITIC_LETTERS for ch in core):
            # لـ، وبـ: proclitics written apart from their host; the tatweel stays on the last one
            cuts.update(range(lo + 1, j))
            return cuts_to_segments(word, [idx[c] for c in cuts])
        if not core.endswith("ال"):
            cuts.add(j)
            hi = j
    if hi - lo >= 2:
        tanween = any(ch in _TANWEEN for ch in word[idx[hi - 1] :])
        cuts.update(lo + c for c in _default().boundaries(s[lo:hi], tanween=tanween))
    return cuts_to_segments(word, [idx[c] for c in cuts])


#: segments per word (a plain table rather than ``lru_cache``: see ``marsad.text.memo``)
_segment_memo = StrMemo(_segment, 200_000)
_SEGMENTS = _segment_memo.table


def cuts_to_segments(word: str, cuts: Iterable[int]) -> list[tuple[int, int]]:
    """Turn cut offsets (where segments start) into contiguous ``(start, end)`` segments."""
    edges = [0, *sorted(c for c in set(cuts) if 0 < c < len(word)), len(word)]
    return [(a, b) for a, b in itertools.pairwise(edges)]


def segment_line(text: str) -> str:
    """``text`` with every word replaced by its segments joined with ``+`` (``والتقى`` → ``و+التقى``).

    Everything that is not a word token (numbers, Latin, punctuation, spacing)
    is kept as it is.
    """
    out: list[str] = []
    pos = 0
    for start, end, kind in tokenize(text):
        if kind != "word":
            continue
        word = text[start:end]
        out.append(text[pos:start])
        out.append("+".join(word[a:b] for a, b in segment(word)))
        pos = end
    out.append(text[pos:])
    return "".join(out)
