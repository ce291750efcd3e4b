"""Tokeniser stage: tokens (with matching form and clitic segments) and sentences."""

from __future__ import annotations

from typing import ClassVar

from marsad.doc import Document, Sentence, Token
from marsad.text.clitics import segment
from marsad.text.normalize import norm
from marsad.text.sentences import split_sentences
from marsad.text.tokenize import tokenize


class Tokenizer:
    """Split the text into tokens and sentences; fill ``token.norm`` and ``token.segments``."""

    name = "tokenizer"
    REQUIRES: ClassVar[frozenset[str]] = frozenset({"text"})
    PROVIDES: ClassVar[frozenset[str]] = frozenset({"tokens", "sentences", "token.norm", "token.segments"})

    def __init__(self, *, segment_clitics: bool = True) -> None:
        """Args: segment_clitics: fill ``token.segments`` with clitic segments (else the whole word)."""
        self.segment_clitics = segment_clitics

    def __call__(self, doc: Document) -> Document:
        text = doc.text
        spans = tokenize(text)
        tokens: list[Token] = []
        add = tokens.append
        seg = self.segment_clitics
        for start, end, kind in spans:
            word = text[start:end]
            if seg and kind == "word":
                rel = segment(word)
                # one segment covers the whole word
                segs = [(start, end)] if len(rel) == 1 else [(start + a, start + b) for a, b in rel]
            else:
                segs = [(start, end)]
            add(Token(start, end, norm(word), segs, kind))
        doc.tokens = tokens
        doc.sentences = [
            Sentence(s, e, a, b) for s, e, a, b in split_sentences(text, [(s, e) for s, e, _ in spans])
        ]
        return doc


def make_tokenizer(*, segment_clitics: bool = True) -> Tokenizer:
    """Factory for the registry."""
    return Tokenizer(segment_clitics=segment_clitics)
