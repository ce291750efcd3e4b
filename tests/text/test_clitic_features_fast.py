"""The clitic CRF features, computed with per-word constants hoisted and host forms checked in place,
equal the plain definition (kept here as the reference)."""

from __future__ import annotations

from collections.abc import Mapping

from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.text.clitics import _NORM_ENCLITICS, _host_forms, _host_known, _host_level, _known, char_features
from marsad.text.normalize import norm

LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآةىئؤ"
WORD = st.text(alphabet=LETTERS, min_size=1, max_size=9)


def _reference_features(
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
            "pos=" + str(min(i, 5)),
            "rpos=" + str(min(n - i, 6)),
            "len=" + str(min(n, 10)),
        ]
        if i <= 4:
            f.append("pre=" + s[:i])
        if n - i <= 4:
            f.append("suf=" + s[i:])
        if i <= 3 and n - i <= 4:
            f.append("ps=" + s[:i] + "|" + s[i:])
        if aligned and (stems or names):
            head, rest = ns[:i], ns[i:]
            if i <= 3 and i > 0:
                f.append("Lrest=" + str(_reference_known(rest, stems)))
                if rest in names:
                    f.append("Nrest")
            if n - i <= 3 and i > 0:
                f.append("Lhead=" + str(_reference_known(head, stems, strip_front=True)))
            if ns in names:
                f.append("Nword")
            f.append("Lword=" + str(ns in stems))
        if aligned and freq and i > 0:
            fw = freq.get(ns, 0)
            if i <= 3:
                fr = freq.get(ns[i:], 0)
                f += ["Fw=" + str(fw), "Fr=" + str(fr), "Fd=" + str(max(-6, min(6, fr - fw)))]
            if n - i <= 3:
                head = ns[:i]
                fh = max(freq.get(h, 0) for h in _host_forms(head))
                fh2 = max(
                    (freq.get(h, 0) for k in (1, 2) if len(head) > k + 1 for h in _host_forms(head[k:])),
                    default=0,
                )
                f += ["Fh=" + str(fh), "Fhd=" + str(max(-6, min(6, fh - fw))), "Fh2=" + str(fh2)]
        feats.append(f)
    return feats


def _reference_known(part: str, stems: frozenset[str] | set[str], *, strip_front: bool = False) -> int:
    """How ``part`` is known: 1 as a stem, 2 as a stem's pre-suffix form, 3 after removing clitics, else 0."""
    if part in stems:
        return 1
    if strip_front:
        if any(f in stems for f in _host_forms(part)[1:]):
            return 2
        for k in (2, 1):
            if len(part) > k + 1 and any(f in stems for f in _host_forms(part[k:])):
                return 3
        return 0
    for k in (3, 2, 1):
        if len(part) > k + 1 and norm(part[-k:]) in _NORM_ENCLITICS:
            if any(f in stems for f in _host_forms(part[:-k])):
                return 3
    return 0


@given(st.lists(WORD, min_size=1, max_size=12), st.lists(WORD, max_size=30), st.lists(WORD, max_size=8), st.data())
@settings(max_examples=300, deadline=None)
def test_char_features_equal_the_reference(words: list[str], lexicon: list[str], names: list[str], data: st.DataObject) -> None:
    # stems, names and frequencies drawn from pieces of the words themselves, so that they hit
    pieces = [norm(w[a:b]) for w in words for a in range(len(w)) for b in range(a + 1, len(w) + 1)]
    stems = frozenset(lexicon) | frozenset(data.draw(st.lists(st.sampled_from(pieces), max_size=20)))
    named = frozenset(names) | frozenset(data.draw(st.lists(st.sampled_from(pieces), max_size=5)))
    freq = {p: data.draw(st.integers(-2, 12)) for p in data.draw(st.lists(st.sampled_from(pieces), max_size=25))}
    for w in words:
        for kw in ({}, {"stems": stems, "names": named, "freq": freq}, {"stems": set(stems), "freq": {}}):
            assert char_features(w, **kw) == _reference_features(w, **kw)
        for i in range(len(w) + 1):
            for part in (norm(w)[:i], norm(w)[i:]):
                assert _known(part, stems) == _reference_known(part, stems)
                assert _known(part, stems, strip_front=True) == _reference_known(part, stems, strip_front=True)
                assert _host_level(part, freq.get) == max(freq.get(h, 0) for h in _host_forms(part))
                assert _host_known(part, stems) == any(h in stems for h in _host_forms(part))
                assert _host_known(part, stems, with_self=False) == any(h in stems for h in _host_forms(part)[1:])
