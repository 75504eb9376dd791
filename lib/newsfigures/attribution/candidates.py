"""What the speaker grammar passes around: a candidate speaker (``_Cand``), the reading of
one sentence (``_Analysis``) and the context the grammar works in (``_Ctx``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Sequence

from .lexicon import _Entry, _Lexicon, _Ref
from .mentions import _Mention


@dataclass(frozen=True)
class _Cand:
    """A possible speaker found in one sentence (offsets in the folded text)."""

    kind: str  # entry | ref | person | org
    start: int
    end: int
    cue: int
    entry: _Entry | None = None
    ref: _Ref | None = None
    name: str = ""
    source_type: str = ""
    party: bool = False
    personal: bool = False
    generic: bool = False
    needs_registry: bool = False
    speaker: str = ""  # the person speaking for an organisation, as written


@dataclass(frozen=True)
class _Analysis:
    text: str
    folded: str
    offs: Sequence[int]
    mentions: tuple[_Mention, ...]
    speakers: tuple[_Cand, ...]  # in order of preference
    cited: tuple[_Cand, ...]
    relay: frozenset[int]
    quotes: tuple[tuple[int, int], ...]


@dataclass
class _Ctx:
    lex: _Lexicon
    text: str
    folded: str
    offs: Sequence[int]
    mentions: tuple[_Mention, ...]
    relay: set[int] = field(default_factory=set)  # indexes of relay mentions
    quotes: tuple[tuple[int, int], ...] = ()  # closed quotations (open, close) in the folded text
    role_at: tuple[int, ...] = ()  # where role nouns ("spokesman", "doctor") start

    def in_quote(self, pos: int) -> bool:
        return any(a < pos < b for a, b in self.quotes)


def _original(ctx: "_Ctx | _Analysis", start: int, end: int) -> str:
    """The text of the sentence behind folded offsets ``start:end``."""
    if end <= start:
        return ""
    return ctx.text[ctx.offs[start] : ctx.offs[end - 1] + 1]


def _det_start(folded: str, start: int) -> int:
    """Where a mention's determiner starts ("the White Helmets" -> the offset of "the")."""
    return start - 4 if folded[max(0, start - 4) : start].lower() == "the " else start
