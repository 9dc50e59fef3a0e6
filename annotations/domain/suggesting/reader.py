"""The discourse reader: who is speaking in each sentence, on whose word, carried across sentences."""

import re
from dataclasses import dataclass, field, replace
from typing import Any

from ...scales import Cue, SourceKind
from .mentions import _CUE_PATTERNS, _MEDIA_REF, _NOT_SOURCES, _TOLD_MEDIA, _UNNAMED_REF, _VERBS, guess_kind
from .registry import Registry
from .text import Sentence


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

    @property
    def is_media(self) -> bool:
        return self.kind in (SourceKind.OUTLET, SourceKind.NEWS_AGENCY)


@dataclass
class Reading:
    """What a sentence attributes, and to whom; `scoped` cues cover only text after them."""

    sentence: Sentence
    path: tuple[Hop, ...]
    scoped: list[tuple[int, tuple[Hop, ...]]] = field(default_factory=list)
    own_cue: bool = False

    def path_at(self, offset: int) -> tuple[Hop, ...]:
        for begins, path in self.scoped:
            if offset >= begins:
                return path
        return self.path


# A claim's chain holds at most 12 hops, the publisher's included (services.MAX_CHAIN_LENGTH): a
# source nested deeper keeps the first hops of its citer's path (a chain of "A, citing B, said.
# B, citing C, said. ..." grew by one hop a sentence, and copying it made reading quadratic).
MAX_HOPS = 11


class Reader:
    """Reads sentences in order, remembering the sources met so far.

    The latest source of each name, of each last word, the latest unnamed one and the latest
    medium are kept by key, so a reference back is one look-up, not a walk back over every
    source met (which made long texts quadratic).
    """

    def __init__(self, text: str, registry: Registry):
        self.text, self.registry = text, registry
        self.by_name: dict[str, Entity] = {}  # exact name
        self.by_lower_name: dict[str, Entity] = {}
        self.by_head: dict[str, Entity] = {}  # last word of the name, lower-cased
        self.last_unnamed: Entity | None = None
        self.last_media: Entity | None = None

    def _remember(self, entity: Entity) -> None:
        self.by_name[entity.name] = entity
        self.by_lower_name[entity.name.lower()] = entity
        words = entity.name.split()
        if words:
            self.by_head[words[-1].lower()] = entity
        if entity.kind == SourceKind.UNNAMED:
            self.last_unnamed = entity
        if entity.is_media:
            self.last_media = entity

    def _clean(self, raw: str) -> str:
        name = " ".join(raw.split()).strip(" ,")
        name = re.sub(r"^(?:[Tt]he|[Aa]n?)\s+", "", name)  # "the Bloomberg" is Bloomberg
        # Analysts or experts at a named organisation speak for it.
        at_org = re.match(
            r"^(?:analysts|experts|researchers)\s+(?:at|from|of)\s+the\s+([A-Z].*)$", name, re.I
        )
        return at_org.group(1) if at_org else name

    def entity(
        self,
        raw: str,
        base: int,
        start: int,
        end: int,
        cue: str,
        cue_span: tuple[int, int],
        via: tuple[Hop, ...],
    ) -> "Entity | None":
        """The entity a mention names: an earlier one it refers back to, or a new one under `via`."""
        lowered = " ".join(raw.lower().split())
        if re.fullmatch(_UNNAMED_REF, raw.strip()) or (
            lowered.startswith("the ") and guess_kind(raw) == SourceKind.UNNAMED
        ):
            earlier = self.last_unnamed
            if earlier:
                return self._here(earlier, base, start, end, cue, cue_span)
        if re.fullmatch(_MEDIA_REF, raw.strip()):
            earlier = self.last_media
            if earlier:
                return self._here(earlier, base, start, end, cue, cue_span)
            return None  # "the newspaper" with no other medium named: the publisher itself
        name = self._clean(raw)
        if name.lower() in _NOT_SOURCES:
            return None
        earlier = self.by_lower_name.get(name.lower())
        if earlier:
            return self._here(earlier, base, start, end, cue, cue_span)
        # "the union" after "the national farmers' union", "Novak" after "Petra Novak"
        definite = lowered.startswith("the ") or (len(name.split()) == 1 and name[:1].isupper())
        if definite:
            earlier = self.by_head.get(name.split()[-1].lower())
            if earlier:
                return self._here(earlier, base, start, end, cue, cue_span)
        known = self.registry.find(name)
        kind = known.kind if known else guess_kind(name)
        hop = Hop(
            name=known.name if known else name,
            kind=kind,
            source_id=known.id if known else None,
            **self._where(base, start, end, cue, cue_span),
        )
        created = Entity(hop.name, kind, hop.source_id, (*via[: MAX_HOPS - 1], hop))
        self._remember(created)
        return created

    def _where(self, base: int, start: int, end: int, cue: str, cue_span: tuple[int, int]) -> dict[str, Any]:
        """A hop's cue and the offsets of cue and mention, in document offsets."""
        return {
            "cue": cue,
            "cue_text": self.text[base + cue_span[0] : base + cue_span[1]],
            "cue_start": base + cue_span[0],
            "cue_end": base + cue_span[1],
            "mention_start": base + start,
            "mention_end": base + end,
        }

    def _here(
        self, earlier: Entity, base: int, start: int, end: int, cue: str, cue_span: tuple[int, int]
    ) -> Entity:
        """An earlier entity as mentioned here: the last hop carries this cue and these offsets."""
        hop = replace(earlier.path[-1], **self._where(base, start, end, cue, cue_span))
        return Entity(earlier.name, earlier.kind, earlier.source_id, (*earlier.path[:-1], hop))

    def read(self, sentence: Sentence, previous: Reading | None) -> Reading:
        base, body = sentence.start, self.text[sentence.start : sentence.end]
        found: list[tuple[int, str, re.Match[str]]] = []
        for pattern, form, needed in _CUE_PATTERNS:
            if needed in body:
                found.extend((match.start(), form, match) for match in pattern.finditer(body))
        found.sort(key=lambda item: item[0])
        speaker: Entity | None = None
        # The source a "citing" names: read at once, or (name, span, cue span) until its speaker is known.
        citing: Entity | tuple[str, tuple[int, int], tuple[int, int]] | None = None
        scoped: list[tuple[int, tuple[Hop, ...]]] = []
        taken = bytearray(len(body))  # 1 where a mention already read stands
        reporter_before = previous.path[-1] if previous and previous.path else None
        for _, form, match in found:
            span = match.span("src")
            if taken.find(1, *span) != -1:  # overlaps one already read (a walk over them was quadratic)
                continue
            taken[span[0] : span[1]] = b"\x01" * (span[1] - span[0])
            if form == "cited_as_saying":
                citer_span = match.span("citer")
                speaker = self.entity(match.group("citer"), base, *citer_span, Cue.SAID, citer_span, ())
                cue_span = (match.start("src") - len("cited "), match.start("src"))
                if speaker:
                    citing = self.entity(match.group("src"), base, *span, Cue.CITING, cue_span, speaker.path)
            elif form == "citing":
                cue_span = (match.start(), match.start() + len("citing"))
                citing = (match.group("src"), span, cue_span)
            elif form == "according_to":
                cue_span = (match.start(), match.start("src"))
                via = self._unnamed_via(match.group("src"), reporter_before)
                speaker = speaker or self.entity(
                    match.group("src"), base, *span, Cue.ACCORDING_TO, cue_span, via
                )
            elif form == "participle":
                verb = match.span("verb")
                via = speaker.path if speaker else ()
                entity = self.entity(match.group("src"), base, *span, Cue.CONFIRMED, verb, via)
                if entity:
                    scoped.append((base + verb[1], entity.path))
            elif form == "speaker":
                verb = match.span("verb")
                via = self._unnamed_via(match.group("src"), reporter_before)
                told = _TOLD_MEDIA.match(body, verb[0])
                if told:  # "officials told the agency": the agency's sources
                    listener = self.entity(told.group("ref"), base, *told.span("ref"), Cue.REPORTED, verb, ())
                    via = listener.path if listener else via
                candidate = self.entity(
                    match.group("src"), base, *span, _VERBS[match.group("verb").lower()], verb, via
                )
                speaker = speaker or candidate
        if isinstance(citing, tuple) and speaker:
            raw, span, cue_span = citing
            citing = self.entity(raw, base, *span, Cue.CITING, cue_span, speaker.path)
        if isinstance(citing, tuple):  # "citing X" with no speaker: the publisher cites X
            raw, span, cue_span = citing
            citing = self.entity(raw, base, *span, Cue.CITING, cue_span, ())
        chosen = citing if citing else speaker
        if chosen:
            return Reading(sentence, chosen.path, scoped, own_cue=True)
        if previous and previous.sentence.paragraph == sentence.paragraph and previous.path:
            return Reading(sentence, previous.path, scoped)  # carried over within the paragraph
        return Reading(sentence, (), scoped)

    def _unnamed_via(self, raw: str, reporter_before: Hop | None) -> tuple[Hop, ...]:
        """An unnamed source nobody is said to cite is the last media reporter's own."""
        if guess_kind(raw) != SourceKind.UNNAMED:
            return ()
        if reporter_before and reporter_before.kind in (SourceKind.OUTLET, SourceKind.NEWS_AGENCY):
            media = self.by_name.get(reporter_before.name)
            return media.path if media else ()
        return ()
