"""Split an article body into sentences with character offsets (sentencex, rule-based).

sentencex (Wikimedia's segmenter) keeps abbreviations such as "Nov. 27, 2016", "U.N." and
"Lt. Col." inside one sentence, needs no model and is fast (about 0.2 ms per paragraph; pysbd
took 15 ms per article, most of the extraction time). Paragraphs (separated by blank lines)
are segmented one at a time, so a sentence never spans two paragraphs, and offsets always
slice the body: ``body[s.start:s.end] == s.text``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from ..regexstore import compile as compile_regex


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int
    end: int
    paragraph: int


def _segment(text: str) -> list[str]:
    import sentencex

    try:
        return list(sentencex.segment("en", text))
    except BaseException as exc:  # the Rust segmenter panics on some inputs (pyo3 PanicException)
        if isinstance(exc, (KeyboardInterrupt, SystemExit)):
            raise
        return _FALLBACK_SPLIT.findall(text)


# the segmenter cuts by byte and panics inside these line-break characters: read them as spaces
# (one character for one, so offsets are kept)
_UNSAFE_BREAKS = str.maketrans({c: " " for c in "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"})
# what is left to split on if the segmenter fails anyway: a sentence end and a space
_FALLBACK_SPLIT = compile_regex(r"\S.*?(?:[.!?](?=\s)|$)", re.S)


_PARAGRAPH = compile_regex(r"[^\n]+(?:\n(?!\n)[^\n]+)*")
_MAX_PARAGRAPH = 20_000  # cut pathological run-on blocks at newlines/full stops before segmenting


def split_sentences(body: str) -> list[Sentence]:
    """Sentences of ``body`` in order, with offsets into ``body``."""
    out: list[Sentence] = []
    for pno, para in enumerate(_PARAGRAPH.finditer(body)):
        ptext = para.group(0)
        chunks = [(0, ptext)] if len(ptext) <= _MAX_PARAGRAPH else _chunks(ptext)
        for coff, chunk in chunks:
            pos = 0
            safe = chunk.translate(_UNSAFE_BREAKS)
            for text in _segment(safe):
                # the segmenter returns the sentence text: find it to get exact offsets
                idx = safe.find(text.strip(), pos) if text.strip() else -1
                if idx < 0:
                    continue
                stripped = chunk[idx: idx + len(text.strip())]  # (the same characters, line breaks restored)
                start = para.start() + coff + idx
                out.append(Sentence(stripped, start, start + len(stripped), pno))
                pos = idx + len(stripped)
    return out


def _chunks(text: str) -> list[tuple[int, str]]:
    out, start = [], 0
    while start < len(text):
        end = min(len(text), start + _MAX_PARAGRAPH)
        if end < len(text):
            cut = max(text.rfind(". ", start, end), text.rfind("\n", start, end))
            end = cut + 1 if cut > start else end
        out.append((start, text[start:end]))
        start = end
    return out
