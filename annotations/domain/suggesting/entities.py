"""What the reader's memory holds: a hop of a chain as the text gives it, and a source met so far
with the chain it came with."""

from dataclasses import dataclass

from ...scales import SourceKind


@dataclass(frozen=True)
class Hop:
    """One proposed hop after the publisher, with where the text says so (document offsets)."""

    name: str
    kind: str
    source_id: int | None
    cue: str
    cue_text: str
    cue_start: int | None
    cue_end: int | None
    mention_start: int | None
    mention_end: int | None

    @property
    def kind_words(self) -> str:
        return SourceKind(self.kind).label if self.kind in SourceKind.values else self.kind


@dataclass
class Entity:
    name: str
    kind: str
    source_id: int | None
    path: tuple[Hop, ...]  # hops from the first cited source down to this one
    media: str | None = None  # "agency" | "broadcaster" | "newspaper"
    seen: int = 0  # when it last spoke (Memory.clock): the most recent of two candidates wins
    via_listener: bool = False  # its chain holds a medium it was speaking to ("told Czech Radio")
    paragraph: int = -10  # the paragraph where it last spoke
    pronoun: str | None = None  # "he" or "she", once a pronoun was read as this person
    entry: int = -1  # the live blog's entry (Memory.entry) where it spoke to that medium


_PUBLISHER = object()  # a mention of the publisher itself: no hop
