"""How a sentence's sources become its chain's hops: each mention resolved, placed under its citer,
remembered with the chain it came with (`Reader` puts a sentence's frames in order first)."""

import re
from dataclasses import dataclass, field, replace
from typing import Any

from ...scales import Cue, SourceKind
from . import kinds as k
from . import mentions as m
from .clauses import Frame
from .entities import _PUBLISHER, Entity, Hop
from .references import Memory
from .sentence_shapes import _shared_name
from .text import Sentence

# A source in a sentence's chain: what its mention resolved to (an Entity, a new name, _PUBLISHER or
# None), the frame that names it, and its place: above the frame's speaker, the speaker, or below.
Element = tuple[Any, Frame, str]


@dataclass
class Reading:
    """What a sentence attributes, and to whom; `scoped` cues cover only text after them."""

    sentence: Sentence
    path: tuple[Hop, ...]
    scoped: list[tuple[int, tuple[Hop, ...]]] = field(default_factory=list)
    own_cue: bool = False

    def path_at(self, offset: int) -> tuple[Hop, ...]:
        for begins, path in sorted(self.scoped, key=lambda item: -item[0]):
            if offset >= begins:
                return path
        return self.path


# A claim's chain holds at most 12 hops, the publisher's included (services.MAX_CHAIN_LENGTH): a
# source nested deeper keeps the first hops of its citer's path (a chain of "A, citing B, said.
# B, citing C, said. ..." grew by one hop a sentence, and copying it made reading quadratic).
MAX_HOPS = 11


_CUES = {
    "according": Cue.ACCORDING_TO,
    "citing": Cue.CITING,
    "listener": Cue.REPORTED,
    "seen_by": Cue.OTHER,
    "quoted_by": Cue.SAID,
    "participle": Cue.CONFIRMED,
    "saying": Cue.SAID,
}


# Where a speaker's words are given in writing: "the statement", "the letter" will refer to them.
_GIVES_STATEMENT = re.compile(
    r"statement|\b(?:in|by)\s+(?:a|an|his|her|its|their)\s+(?:[\w-]+\s+)?(?:letter|post|e-?mail|message)\b",
    re.IGNORECASE,
)


# A written work before its authors' name: "A report by ...", "the study from ...".
_WRITTEN_BY = re.compile(
    r"\b(?:report|study|review|audit|assessment|analysis|survey|paper|inquiry)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:by|from)\s+(?:the\s+)?$"
)


_THE_STATEMENT = re.compile(r"\b(?:the|that|this)\s+statement\b", re.IGNORECASE)


# Another occasion than the medium someone last spoke to ("Speaking later on a call with analysts,
# the chief executive said"): what they say there is not said to that medium.
_NEW_OCCASION = re.compile(
    r"\b(?:[Ss]peaking|[Aa]ddressing|[Aa]ppearing\s+before)\b|\b(?:at|in|during|on)\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:press\s+conference|"
    r"news\s+conference|briefing|call|interview|hearing|meeting|rally|speech|statement|post)\b"
)


# A person's own statement or post ("said in a statement posted on social media", "wrote on X").
_OWN_OCCASION = re.compile(
    r"\bin\s+a\s+(?:[\w-]+\s+)?(?:statement|post)\s+(?:posted|published|shared|put\s+out)\s+(?:on|to)\b"
    r"|\b(?:wrote|posted)\s+on\s+(?:her|his|their)\s+(?:own\s+|official\s+)?(?:account|page|blog|website)\b"
)


class Hops(Memory):
    """Makes a sentence's hops from its elements (`Reader._compose`), remembering each source."""

    def _hops(
        self, elements: list[Element], base: int, body: str, previous: Reading | None
    ) -> tuple[Hop, ...]:
        """The chain the elements make, in order; new sources are remembered with their chain."""
        chain: list[Hop] = []
        own_outlet = any(
            role == "outer" or frame.verb in ("told", "tells", "tell") for _, frame, role in elements
        )
        listened = any(
            role == "outer" and (frame.kind == "listener" or frame.verb in ("told", "tells", "tell"))
            for _, frame, role in elements
        )
        # ("In a statement to the Gazette, Albion Mutual said", in the Gazette: whoever speaks to the
        # publisher speaks for themself, whoever reported them before)
        to_publisher = any(role == "outer" and resolved is _PUBLISHER for resolved, _, role in elements)
        own_occasion = _OWN_OCCASION.search(body) is not None  # (asked once, not for every hop)
        for position, (resolved, frame, role) in enumerate(elements):
            if resolved is None or resolved is _PUBLISHER:
                continue
            span = self._mention_span(frame, role)
            cue = (
                _CUES.get(frame.kind, m._VERBS.get(frame.verb, Cue.SAID)) if role != "outer" else Cue.REPORTED
            )
            if role == "inner":
                cue = Cue.CITING if frame.verb != "according to" else Cue.ACCORDING_TO
            where = self._where(base, span, frame.cue, cue)
            if isinstance(resolved, Entity):
                hop = replace(resolved.path[-1], **where)
                mention = re.sub(r"^(?:[Tt]he)\s+", "", body[slice(*span)])
                if resolved.media and (
                    resolved.name.lower() in mention.lower() or mention.lower() in resolved.name.lower()
                ):
                    resolved.path = (hop,)  # a medium named again is cited directly now
                carried_by_medium = any(
                    h.kind in (SourceKind.OUTLET, SourceKind.NEWS_AGENCY) or self.media_of(h.name, h.kind)
                    for h in resolved.path[:-1]
                )
                if (
                    not chain
                    and not to_publisher
                    and not (
                        (own_outlet or _NEW_OCCASION.search(body) or resolved.entry != self.entry)
                        and resolved.via_listener
                    )
                    # ("VADA said Droste had told investigators ... / Droste said in a statement posted
                    # on social media": a person named speaks for herself on an occasion of her own)
                    and not (resolved.kind == SourceKind.NAMED_PERSON and own_occasion)
                    and (
                        carried_by_medium
                        or resolved.kind
                        not in (SourceKind.OFFICIAL_BODY, SourceKind.OTHER, SourceKind.OUTLET)
                    )
                ):
                    # a source referred back keeps the chain it came with, unless that chain was a medium
                    # it spoke to and it speaks to someone else now
                    chain.extend((*resolved.path[:-1][: MAX_HOPS - 1], hop))
                elif not chain:  # ... unless it speaks through a medium or post of its own this time
                    chain.append(hop)
                    if resolved.kind == SourceKind.NAMED_PERSON and own_occasion:
                        resolved.path, resolved.via_listener = (hop,), False  # (and goes on in her own name)
                else:
                    chain.append(hop)
                    last = position == len(elements) - 1
                    if listened and role == "self" and last and len(chain) <= MAX_HOPS:
                        # "Holt told Arena TV that ... He added that ...": what he adds, he adds to
                        # Arena TV, as for one first named telling a medium
                        resolved.path, resolved.via_listener, resolved.entry = tuple(chain), True, self.entry
                continue
            known = self.registry.find(resolved)
            kind = self._kind(resolved)
            if (
                not known
                and role == "self"
                and frame.verb in ("reported", "reports")
                and kind in (SourceKind.NAMED_PERSON, SourceKind.OTHER)
            ):
                kind = SourceKind.OUTLET  # "Sky Sport Italia reported": whoever reports is a medium
            hop = Hop(known.name if known else resolved, kind, known.id if known else None, **where)
            if not chain and kind == SourceKind.UNNAMED and position == len(elements) - 1:
                chain.extend(self._reporter_before(resolved, previous, body))
            rest = len(elements) - position - 1
            chain = chain[: max(0, MAX_HOPS - 1 - rest)] if len(chain) + 1 + rest > MAX_HOPS else chain
            chain.append(hop)
            hint = self._media_hint
            media = hint[1] if hint and hint[0] == resolved else self.media_of(hop.name, kind)
            if media and kind == SourceKind.DOCUMENT and resolved[:1].isupper() and " " in resolved:
                # "seen by the Pacific Ledger": a newspaper's name, not a ledger
                kind = SourceKind.OUTLET
                hop = replace(hop, kind=kind)
            entity = Entity(
                hop.name,
                kind,
                hop.source_id,
                tuple(chain[-MAX_HOPS:]),
                media,
                via_listener=listened,
                entry=self.entry,
            )
            self._remember(entity)
            if self._new_statement():
                self.last["statement"] = entity
        for resolved, frame, _ in elements[-1:]:
            if isinstance(resolved, Entity):
                self._note(resolved)
                if self._new_statement():
                    self.last["statement"] = resolved
            report_by = (
                frame.kind == "according" and "report" in body[frame.cue[1] : (frame.source or frame.cue)[0]]
            )
            written = (  # (read just before the mention, not from the sentence's start for every frame)
                frame.kind == "speaker"
                and frame.source
                and _WRITTEN_BY.search(body, max(0, frame.source[0] - 200), frame.source[0])
            )
            if written and isinstance(resolved, Entity | str):
                # "A report by the council's officers recommended approval. It said ...": the report's
                # authors
                named = resolved if isinstance(resolved, Entity) else self.by_name.get(resolved.lower())
                if named:
                    self.last["it"] = self.last["reporter"] = named
            if isinstance(resolved, Entity | str) and (frame.verb in ("reported", "reports") or report_by):
                self.last["reporter"] = self.by_name.get(
                    (resolved.name if isinstance(resolved, Entity) else resolved).lower()
                ) or self.last.get("reporter")  # type: ignore[assignment]
        if chain:
            speaker = self.by_name.get(chain[-1].name.lower())
            if speaker:
                self.last["speaker"] = speaker
            head = self.by_name.get(chain[0].name.lower())
            if (
                len(chain) > 1
                and head
                and self.last.get("it") is not head
                and head.kind in (SourceKind.OFFICIAL_BODY, SourceKind.OTHER)
                and not head.media
                and k.is_organisation(head.name)
            ):
                # "The company said the monitoring board had recommended a pause. Two patients had
                # died, it said.": "it" is the sentence's subject, not whom it reported
                self.last["it"] = head
        return tuple(chain[:MAX_HOPS])

    def _reporter_before(self, name: str, previous: Reading | None, body: str) -> tuple[Hop, ...]:
        """People "familiar with" or "briefed on" something, cited by nobody here, are the sources of
        the medium the sentence before reported, when this sentence goes on about what it reported (a
        name in both: "Bloomberg reported that Erdogan was pressing Trump ... According to people
        familiar with the negotiations, Erdogan sought ..."), not when it turns to something else."""
        if not re.search(r"familiar with|briefed on|close to|knowledge of", name):
            return ()
        if (
            previous
            and previous.path
            and previous.path[-1].kind in (SourceKind.OUTLET, SourceKind.NEWS_AGENCY)
            and _shared_name(
                self.text[previous.sentence.start : previous.sentence.end], body, previous.path[-1].name
            )
        ):
            media = self.by_name.get(previous.path[-1].name.lower())
            return media.path[: MAX_HOPS - 1] if media else ()
        return ()

    @staticmethod
    def _mention_span(frame: Frame, role: str) -> tuple[int, int]:
        if role == "outer" and frame.listener:
            return frame.listener
        return frame.source or frame.cue

    def _where(self, base: int, span: tuple[int, int], cue_span: tuple[int, int], cue: str) -> dict[str, Any]:
        """A hop's cue and the offsets of cue and mention, in document offsets."""
        return {
            "cue": cue,
            "cue_text": self.text[base + cue_span[0] : base + cue_span[1]],
            "cue_start": base + cue_span[0],
            "cue_end": base + cue_span[1],
            "mention_start": base + span[0],
            "mention_end": base + span[1],
        }

    def _new_statement(self) -> bool:
        """Does the sentence give a statement whose words "the statement" will refer to? Not one that
        quotes "the statement" already given ("the chief executive said in the statement": the
        company's statement stays the company's)."""
        if self._statement_words is None:  # (looked for once a sentence, in what is read of it)
            masked = self._masked
            self._statement_words = (
                bool(_GIVES_STATEMENT.search(masked)),
                bool(_THE_STATEMENT.search(masked)),
            )
        gives, the = self._statement_words
        return gives and not (self.last.get("statement") and the)


def _same_body(one: str, other: str) -> bool:
    """The same body named whole or in part ("Voltaro Mobility AB", "Voltaro Mobility")."""
    one, other = one.lower(), other.lower()
    return one == other or one.startswith(f"{other} ") or other.startswith(f"{one} ")


def _quoting(path: tuple[Hop, ...]) -> tuple[Hop, ...]:
    """Whose a quotation paragraph is after a sentence with a chain: the speaker's, not what the
    speaker reported someone else told them or a document said ("She said the authority had told her
    the defences were holding. / "If you are told to leave, please leave."" is hers). A medium's
    report is not cut: after "Reuters reported that the minister said ...", the quotation is his."""
    while len(path) > 1:
        last, speaker = path[-1], path[-2]
        nested = (
            speaker.cue_end is not None
            and last.cue_start is not None
            and last.cue_start > speaker.cue_end
            and last.cue in (Cue.SAID, Cue.TOLD, Cue.REPORTED, Cue.ACCORDING_TO)
            and speaker.kind not in (SourceKind.OUTLET, SourceKind.NEWS_AGENCY)
            and speaker.cue != Cue.REPORTED  # (a medium spoken to or on: "he said on air", to Vireo Sport)
        )
        if not nested:
            break
        path = path[:-1]
    return path
