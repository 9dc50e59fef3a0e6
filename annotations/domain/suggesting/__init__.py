"""Attribution suggestions: propose a claim's chain from the article text itself.

Rule-based, for English news prose. The text is read in order, sentence by
sentence, keeping track of who has been cited and through whom:

- cues: "according to X", "citing X", "X said / reported / told / added / stated /
  confirmed ...", "X cited Y as saying", "with X confirming ...";
- unnamed sources: "officials familiar with the matter", "people familiar with the
  negotiations", "unnamed officials", "media reports";
- references back: "the outlet", "the American news outlet", "the report" name the
  last media source; "the unnamed officials", "the officials" the last unnamed one;
- nesting: a source cited by another keeps that path (Bloomberg citing officials:
  when "the officials added" later, the chain is publisher > Bloomberg > officials);
- carry-over: a sentence with no cue inherits the attribution of an earlier
  sentence of the same paragraph; an unnamed source with no explicit citer is the
  media source's own when the previous sentence reported that media source.

Names are matched to registry sources by name and alias (case-insensitive).
Nothing here writes: callers show the proposal and the reviewer decides.

Time is linear in the text read, and a claim form reads a bounded part of it: a long text
is read in sections of about 12,000 characters, each with the 8,000 or so before it as
context (see SECTION), so references back reach 6,000 characters or more, and a chain is
the same in the claim form and in "Suggest claims". Names have at most 12 words, chains at
most 11 hops after the publisher. `bench/suggest_bench.py` measures it."""

import time
from collections.abc import Iterator
from dataclasses import dataclass

from ...scales import Cue, SourceKind
from ..chains import chain_display
from .confidence import confidence, sure
from .kinds import guess_kind
from .mentions import _NAME_WORDS
from .reader import MAX_HOPS, Hop, Reader, Reading
from .registry import KnownSource, Registry
from .text import _SENTENCE_END, Sentence, _abbreviation, _sentences, _word_before, sentences

# What the rest of the workbench (and its tests) use; `_sentences` is looked up here when the
# text is read, so a test can watch how much of a document one request reads.
__all__ = [
    "CLAIMS_LIMIT",
    "CLAIMS_SECONDS",
    "CONTEXT",
    "MAX_HOPS",
    "SECTION",
    "_CUT_SEARCH",
    "_NAME_WORDS",
    "_sentences",
    "KnownSource",
    "Registry",
    "Sentence",
    "SuggestedClaims",
    "Suggestion",
    "guess_kind",
    "read_document",
    "sentences",
    "suggest_chain",
    "suggest_claims",
    "suggestion_flagged",
]


def read_document(text: str, registry: Registry, publisher: str = "") -> list[Reading]:
    """Every sentence of the text, read in order with nothing forgotten (the answers below read
    a long text section by section instead)."""
    return list(_read(text, registry, 0, len(text), publisher))


def _read(text: str, registry: Registry, begin: int, end: int, publisher: str = "") -> Iterator[Reading]:
    """The sentences of text[begin:end] read in order by one reader: all the engine looks at."""
    reader, previous = Reader(text, registry, publisher), None
    for sentence in _sentences(text, begin, end):
        previous = reader.read(sentence, previous)
        yield previous


# A long text is read in sections of about SECTION characters, each read with the CONTEXT
# characters before it: carry-over, references back and nesting look back to the section's
# context and no further (at least CONTEXT - _CUT_SEARCH characters, as sections begin at a
# paragraph or, in a very long one, at a sentence). Both answers read the same sections, so the
# chain "Suggest claims" lists for a sentence is the one the claim form proposes for it, and a
# claim form reads at most CONTEXT + SECTION + _CUT_SEARCH characters however long the
# document. A text shorter than SECTION is one section, read whole, as before sections existed.
SECTION = 12_000


CONTEXT = 8_000


_CUT_SEARCH = 2_000  # how far a cut looks for a paragraph or sentence end (<= CONTEXT < SECTION)


# "Suggest claims" reads the sections that begin before this offset, about 30,000 words: the
# page answers in a fraction of a second and lists what a reviewer can go through (a whole
# 10 MB document took 54 s and would list tens of thousands of sentences).
CLAIMS_LIMIT = 200_000


# ... and stops once it has read for this many seconds (checked after each sentence), wherever it
# is: what a sentence costs depends on its cues more than on its length (200,000 characters of
# 'Citing A, B said. ' took 4 s, of '. Channel He (NTSB) citing Alpha (NTSB), says journal,
# saying) and ' 5.6 s, where news prose takes 0.8 s), so only a clock bounds the wait whatever the
# text. The page says how far it read; the claim form reads a bounded window and needs no clock.
CLAIMS_SECONDS = 1.5


def _cut(text: str, at: int) -> int:
    """Where a section meant to begin at `at` begins: the next paragraph, else the next sentence."""
    if at <= 0:
        return 0
    if at >= len(text):
        return len(text)
    newline = text.find("\n", at - 1, at + _CUT_SEARCH)
    if newline != -1:
        return newline + 1
    for stop in _SENTENCE_END.finditer(text, at, at + _CUT_SEARCH):  # in a very long paragraph
        if not _abbreviation(_word_before(text, at, stop.start())):
            return stop.end()
    return at


def _section(text: str, position: int) -> tuple[int, int, int]:
    """The section holding `position`: where its context begins, where it begins and ends."""
    number = position // SECTION
    if _cut(text, number * SECTION) > position:
        number -= 1
    return (
        _cut(text, number * SECTION - CONTEXT),
        _cut(text, number * SECTION),
        _cut(text, (number + 1) * SECTION),
    )


def _sections(text: str, limit: int) -> Iterator[tuple[int, int, int]]:
    """Every section beginning before `limit`, in order, as _section gives them."""
    number, start = 0, 0
    while start < min(len(text), limit):
        end = _cut(text, (number + 1) * SECTION)
        yield _cut(text, number * SECTION - CONTEXT), start, end
        number, start = number + 1, end


@dataclass(frozen=True)
class Suggestion:
    publisher: Hop
    hops: tuple[Hop, ...]
    sentence_start: int
    sentence_end: int
    # How likely the hops are to be exactly right (confidence.py); 1.0 for the publisher alone.
    confidence: float = 1.0

    @property
    def sure(self) -> bool:
        """Offered as it is; else flagged as a guess to check hop by hop."""
        return sure(self.confidence)

    @property
    def chain(self) -> tuple[Hop, ...]:
        return (self.publisher, *self.hops)

    @property
    def display(self) -> str:
        return chain_display(hop.name for hop in self.chain)


def _publisher_hop(publisher: str, registry: Registry) -> Hop:
    known = registry.find(publisher)
    return Hop(
        name=known.name if known else publisher,
        kind=known.kind if known else SourceKind.OUTLET,
        source_id=known.id if known else None,
        cue=Cue.PUBLISHED,
        cue_text="",
        cue_start=None,
        cue_end=None,
        mention_start=None,
        mention_end=None,
    )


def suggest_chain(text: str, publisher: str, start: int, end: int, registry: Registry) -> Suggestion:
    """The chain proposed for the span start..end (offsets into `text`), read from the span's
    section (see SECTION), up to the sentence that holds the span."""
    if not (0 <= start < end <= len(text)):
        raise ValueError(f"The span {start}-{end} is not inside the text (0-{len(text)}).")
    context, _, section_end = _section(text, start)
    chosen = None
    for reading in _read(text, registry, context, section_end, publisher):
        chosen = reading  # the section's last sentence if none holds the span
        if reading.sentence.end > start and reading.sentence.start < end:
            break
    if chosen is None:  # the section is white space
        return Suggestion(_publisher_hop(publisher, registry), (), start, end)
    return _suggestion(
        text, _publisher_hop(publisher, registry), _dedupe(chosen.path_at(start), publisher), chosen
    )


def _suggestion(text: str, publisher: Hop, hops: tuple[Hop, ...], reading: Reading) -> Suggestion:
    start, end = reading.sentence.start, reading.sentence.end
    return Suggestion(publisher, hops, start, end, confidence(text, start, end, [hop.name for hop in hops]))


def suggestion_flagged(text: str, start: int, names: list[str]) -> bool:
    """Whether the chain `names` (hops after the publisher) was shown flagged as a guess for a span
    starting at `start`: scored on the sentence holding it as suggest_chain finds it (the span's
    section read from its context, so quotation marks pair as they did), without reading for the
    chain again."""
    if not 0 <= start < len(text):
        return False  # (no span of this text: nothing was suggested for it)
    context, _, section_end = _section(text, start)
    holding = next((s for s in _sentences(text, context, section_end) if s.end > start), None)
    bounds = (holding.start, holding.end) if holding else (start, start + 1)
    return not sure(confidence(text, *bounds, names))


class SuggestedClaims(list[Suggestion]):
    """The suggested claims in text order, and how far the text was read (`read_up_to`, less
    than the text's length when only its beginning was read)."""

    def __init__(self, suggestions: list[Suggestion], read_up_to: int):
        super().__init__(suggestions)
        self.read_up_to = read_up_to


def suggest_claims(
    text: str,
    publisher: str,
    registry: Registry,
    *,
    limit: int = CLAIMS_LIMIT,
    seconds: float = CLAIMS_SECONDS,
) -> SuggestedClaims:
    """Candidate claims: sentences whose attribution the text states (a cue in them or carried over).

    Reads the sections that begin before `limit`, and no more once `seconds` have passed, so a long
    or dense document's later part is not read (`read_up_to` says where reading stopped); each
    sentence is read as suggest_chain reads it.
    """
    result, read_up_to = [], 0
    publisher_hop = _publisher_hop(publisher, registry)
    deadline = time.monotonic() + seconds
    for context, start, end in _sections(text, limit):
        for reading in _read(text, registry, context, end, publisher):
            if reading.path and reading.sentence.start >= start:
                result.append(_suggestion(text, publisher_hop, _dedupe(reading.path, publisher), reading))
            if time.monotonic() > deadline:
                return SuggestedClaims(result, max(read_up_to, reading.sentence.end))
        read_up_to = end
    return SuggestedClaims(result, read_up_to)


def _dedupe(path: tuple[Hop, ...], publisher: str = "") -> tuple[Hop, ...]:
    """Drop a hop repeating one before it: an outlet referring back to itself, or a speaker named
    again at the end ("Officials had told him ..., he said": him, then the officials, once each)."""
    result: list[Hop] = [Hop(publisher, "", None, "", "", None, None, None, None)] if publisher else []
    seen = {hop.name.lower() for hop in result}
    for hop in path:
        if hop.name.lower() not in seen:
            result.append(hop)  # hops are frozen: shared, not copied
            seen.add(hop.name.lower())
    return tuple(result[1:] if publisher else result)
