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
is read in sections of about 20,000 characters, each with the 10,000 or so before it as
context (see SECTION), so references back reach 8,000 characters or more, and a chain is
the same in the claim form and in "Suggest claims". Names have at most 12 words, chains at
most 11 hops after the publisher. `bench/suggest_bench.py` measures it.
"""

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from typing import Any

from ..scales import Cue, SourceKind
from .chains import chain_display
from .names import name_key

# --- registry -----------------------------------------------------------------------------


@dataclass(frozen=True)
class KnownSource:
    id: int
    name: str
    kind: str


class Registry:
    """Registry sources by name and alias, keyed as `names.name_key` spells them."""

    def __init__(self, entries: dict[str, KnownSource] | None = None):
        self.entries = {name_key(key): value for key, value in (entries or {}).items()}

    def find(self, name: str) -> KnownSource | None:
        key = name_key(name)
        return self.entries.get(key) or self.entries.get(re.sub(r"^the\s+", "", key))


# --- text structure -----------------------------------------------------------------------

_ABBREVIATIONS = set(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "st",
        "gen",
        "col",
        "lt",
        "sen",
        "rep",
        "gov",
        "u.s",
        "u.k",
        "no",
        "jan",
        "feb",
        "aug",
        "sept",
        "oct",
        "nov",
        "dec",
        "inc",
        "corp",
        "co",
        "vs",
    ]
)
_SENTENCE_END = re.compile(r"[.!?][\"”’']?(?=\s+[\"“‘'(]?[A-Z0-9])")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    paragraph: int


_WORD_OR_DOT = re.compile(r"[\w.]")


def sentences(text: str) -> list[Sentence]:
    """Sentences with their offsets; paragraphs are the text's lines."""
    return list(_sentences(text, 0, len(text)))


def _sentences(text: str, begin: int, end: int) -> Iterator[Sentence]:
    """The sentences of text[begin:end] in document offsets, paragraphs numbered from `begin`.

    Every step looks at each character a bounded number of times: the last word before a
    full stop is read backwards from the stop, and the quotation marks since the last
    sentence end are counted as the line is read, not counted again over a growing slice
    (a long quotation made that quadratic).
    """
    offset, number = begin, 0
    while True:
        newline = text.find("\n", offset, end)
        line_end = end if newline == -1 else newline
        yield from _line_sentences(text[offset:line_end], offset, number)
        if newline == -1:
            return
        offset, number = newline + 1, number + 1


def _line_sentences(line: str, offset: int, paragraph: int) -> Iterator[Sentence]:
    begin = counted = 0
    straight = opening = closing = 0  # quotation marks in line[begin:counted]
    for match in _SENTENCE_END.finditer(line):
        if _word_before(line, begin, match.start()).lower().rstrip(".") in _ABBREVIATIONS:
            continue
        straight += line.count('"', counted, match.end())
        opening += line.count("“", counted, match.end())
        closing += line.count("”", counted, match.end())
        counted = match.end()
        if straight % 2 == 1 or opening > closing:
            continue  # a quotation of several sentences is attributed as one
        yield from _trimmed(line, offset, begin, match.end(), paragraph)
        begin = counted
        straight = opening = closing = 0
    yield from _trimmed(line, offset, begin, len(line), paragraph)


def _word_before(line: str, begin: int, stop: int) -> str:
    """The letters, digits and dots just before `stop` (not before `begin`): "U.S" in "the U.S."."""
    # Sentence ends are followed by white space, so these runs never overlap: linear in all.
    first = stop
    while first > begin and _WORD_OR_DOT.match(line, first - 1):
        first -= 1
    return line[first:stop]


def _trimmed(line: str, offset: int, begin: int, end: int, paragraph: int) -> Iterator[Sentence]:
    piece = line[begin:end]
    left = len(piece) - len(piece.lstrip())
    right = len(piece.rstrip())
    if right > left:
        yield Sentence(offset + begin + left, offset + begin + right, paragraph)


# --- source mentions ----------------------------------------------------------------------

# The patterns are tried at every position of a sentence, so each attempt must cost a bounded
# amount of work whatever follows: a name has at most _NAME_WORDS words of at most _WORD
# characters (a run of 15,000 capitalised words made every attempt read to its end, which was
# quadratic). The `+` (possessive) quantifiers give nothing back on failure; that changes no
# match, because what may follow a word or a name (white space, a comma, a lower-case cue
# word, the end of the pattern) can never be part of it.
_WORD = 50
_NAME_WORDS = 12
_CAP = rf"[A-Z][\w’'&.-]{{0,{_WORD - 1}}}+"
_NAME = rf"{_CAP}(?:\s+(?:of\s+|de\s+|al-|bin\s+)?{_CAP}){{0,{_NAME_WORDS - 1}}}+"
# Words that end a description rather than qualify it ("talks with officials" is not a source).
_STOP = (
    r"(?:that|with|and|or|but|to|of|in|on|at|for|by|from|said|says|told|has|have|had|was|were|is|are|"
    r"the|a|an|its|their|his|her|as|after|before|while|who|which)\b"
)
_MODIFIERS = rf"(?:(?!{_STOP})[\w’'-]{{1,{_WORD}}}+\s+){{0,3}}"
_GROUP_NOUNS = (
    r"(?i:officials?|sources?|people|persons|diplomats|insiders|aides|leaders|analysts|experts|researchers|"
    r"witnesses|residents|spokes(?:person|man|woman)|representatives)"
)
_QUALIFIER = (
    r"(?:\s+(?:familiar\s+with|close\s+to|with\s+knowledge\s+of|briefed\s+on|at|from|for|in|of)\s+the\s+"
    rf"(?:{_NAME}|[\w-]+))?"
)
_UNNAMED = rf"(?:[Tt]he\s+|[Aa]n?\s+)?{_MODIFIERS}{_GROUP_NOUNS}{_QUALIFIER}"
_DOCUMENTS = rf"(?:[Tt]he\s+)?{_MODIFIERS}(?:documents|records|minutes|emails|filings|memos?)"
_ORG_WORDS = (
    r"(?:union|ministry|government|commission|authority|operator|company|party|council|court|police|army|"
    r"military|office|department|committee|association|manufacturer|centre|center|regulator|institute)"
)
_ORG = rf"[Tt]he\s+{_MODIFIERS}{_ORG_WORDS}"
_MEDIA_REPORTS = (
    r"(?i:(?:media|press|news)\s+reports|"
    r"(?:local|foreign|state|western|official|international|national)\s+media)"
)
_MEDIA_WORDS = (
    r"(?:news\s+outlet|outlet|newspaper|paper|news\s+agency|agency|broadcaster|network|channel|report|daily|"
    r"website|publication)"
)
_MEDIA_REF = rf"[Tt]he\s+(?:[\w-]+\s+){{0,2}}?{_MEDIA_WORDS}"
_UNNAMED_REF = (
    r"[Tt]he\s+(?:unnamed\s+|anonymous\s+|same\s+)?"
    r"(?:officials|sources|source|official|people|diplomats|insiders)"
)
_SOURCE = (
    rf"(?P<src>{_MEDIA_REPORTS}|{_UNNAMED_REF}|{_MEDIA_REF}|{_DOCUMENTS}|{_UNNAMED}|{_ORG}"
    rf"|(?:the\s+)?{_NAME})"
)

_VERBS = {
    "reported": Cue.REPORTED, "reports": Cue.REPORTED, "report": Cue.REPORTED,
    "said": Cue.SAID, "says": Cue.SAID, "say": Cue.SAID, "noted": Cue.SAID, "wrote": Cue.SAID,
    "claimed": Cue.SAID, "explained": Cue.SAID, "warned": Cue.SAID, "insisted": Cue.SAID,
    "announced": Cue.STATED,
    "told": Cue.TOLD, "added": Cue.ADDED, "adds": Cue.ADDED,
    "stated": Cue.STATED, "states": Cue.STATED, "confirmed": Cue.CONFIRMED, "confirms": Cue.CONFIRMED,
    "denied": Cue.SAID, "denies": Cue.SAID, "show": Cue.OTHER, "shows": Cue.OTHER, "showed": Cue.OTHER,
}  # fmt: skip
_VERB = r"(?P<verb>" + "|".join(sorted(_VERBS, key=len, reverse=True)) + r")"
_AUX = r"(?:(?:has|have|had|was|were|also|later|previously)\s+)*"

# Each pattern with a word it cannot match without: a sentence lacking the word is not searched
# (the first pattern, anchored nowhere, was most of the time spent reading).
_CUE_PATTERNS = [
    # "X cited Y as saying" / "X, citing Y," / "citing Y, X said"
    (
        re.compile(rf"{_SOURCE.replace('src', 'citer')}\s+cited\s+{_SOURCE}\s+as\s+saying"),
        "cited_as_saying",
        "cited",
    ),
    # "X, citing Y, said": X speaks
    (re.compile(rf"(?<![\w-]){_SOURCE},\s+citing\s+[^,]+,\s+{_AUX}{_VERB}\b"), "speaker", "citing"),
    (re.compile(rf"\b[Cc]iting\s+{_SOURCE}"), "citing", "iting"),
    (re.compile(rf"\b[Aa]ccording\s+to\s+{_SOURCE}"), "according_to", "ccording"),
    (
        re.compile(
            rf"\bwith\s+(?:[\w-]+\s+){{0,4}}?(?P<src>{_NAME})\s+(?P<verb>confirming|saying|reporting)\b"
        ),
        "participle",
        "with",
    ),
    (re.compile(rf"(?<![\w-]){_SOURCE},?\s+{_AUX}{_VERB}\b"), "speaker", ""),
]
_TOLD_MEDIA = re.compile(rf"\btold\s+(?P<ref>{_MEDIA_REF}|{_NAME})")

_MEDIA_NAMES = re.compile(
    r"(news|times|post|press|tv|agency|reuters|afp|bloomberg|associated press|\bap\b|xinhua|tass|anadolu|"
    r"bbc|cnn|"
    r"journal|herald|guardian|telegraph|ria|interfax|al jazeera|sputnik|irna|isna|globalsecurity)",
    re.I,
)
_AGENCY_NAMES = re.compile(
    r"(agency|reuters|afp|bloomberg|associated press|\bap\b|xinhua|tass|anadolu|interfax|ria)", re.I
)
_OFFICIAL_NAMES = re.compile(
    r"(ministry|government|department|pentagon|white house|kremlin|congress|parliament|senate|council|army|"
    r"military|police|ankara|washington|moscow|beijing|tehran|london|paris|berlin|kyiv|nato|united nations|"
    r"\bun\b|european union|\beu\b|commission|office|embassy|administration|rosoboronexport)",
    re.I,
)
_PERSON_TITLES = re.compile(
    r"^(?:President|Prime Minister|Minister|Secretary|Spokesperson|Spokesman|Spokeswoman|Senator|General|"
    r"Ambassador|Chancellor|King|Queen|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)\s+"
)
_NOT_SOURCES = {
    "it",
    "he",
    "she",
    "they",
    "this",
    "that",
    "which",
    "who",
    "turkey",
    "the",
    "there",
    "we",
    "i",
}


def guess_kind(name: str) -> str:
    lowered = name.lower()
    if re.search(r"\b(documents|records|minutes|emails|filings|memos?)$", lowered):
        return SourceKind.DOCUMENT
    if re.fullmatch(_MEDIA_REPORTS, lowered) or re.search(
        r"\b(officials?|sources?|people|diplomats|insiders|aides)\b", lowered
    ):
        return SourceKind.UNNAMED
    if _AGENCY_NAMES.search(name):
        return SourceKind.NEWS_AGENCY
    if _MEDIA_NAMES.search(name):
        return SourceKind.OUTLET
    if _OFFICIAL_NAMES.search(name):
        return SourceKind.OFFICIAL_BODY
    if _PERSON_TITLES.match(name) or len(name.split()) in (2, 3):
        return SourceKind.NAMED_PERSON
    return SourceKind.OTHER


# --- discourse ----------------------------------------------------------------------------


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


def read_document(text: str, registry: Registry) -> list[Reading]:
    """Every sentence of the text, read in order with nothing forgotten (the answers below read
    a long text section by section instead)."""
    return list(_read(text, registry, 0, len(text)))


def _read(text: str, registry: Registry, begin: int, end: int) -> Iterator[Reading]:
    """The sentences of text[begin:end] read in order by one reader: all the engine looks at."""
    reader, previous = Reader(text, registry), None
    for sentence in _sentences(text, begin, end):
        previous = reader.read(sentence, previous)
        yield previous


# --- how much is read ---------------------------------------------------------------------

# A long text is read in sections of about SECTION characters, each read with the CONTEXT
# characters before it: carry-over, references back and nesting look back to the section's
# context and no further (at least CONTEXT - _CUT_SEARCH characters, as sections begin at a
# paragraph or, in a very long one, at a sentence). Both answers read the same sections, so the
# chain "Suggest claims" lists for a sentence is the one the claim form proposes for it, and a
# claim form reads at most CONTEXT + SECTION + _CUT_SEARCH characters however long the
# document. A text shorter than SECTION is one section, read whole, as before sections existed.
SECTION = 20_000
CONTEXT = 10_000
_CUT_SEARCH = 2_000  # how far a cut looks for a paragraph or sentence end (<= CONTEXT < SECTION)
# "Suggest claims" reads the sections that begin before this offset, about 30,000 words: the
# page answers in a fraction of a second and lists what a reviewer can go through (a whole
# 10 MB document took 54 s and would list tens of thousands of sentences).
CLAIMS_LIMIT = 200_000


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
        if _word_before(text, at, stop.start()).lower().rstrip(".") not in _ABBREVIATIONS:
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


# --- the answers --------------------------------------------------------------------------


@dataclass(frozen=True)
class Suggestion:
    publisher: Hop
    hops: tuple[Hop, ...]
    sentence_start: int
    sentence_end: int

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
    for reading in _read(text, registry, context, section_end):
        chosen = reading  # the section's last sentence if none holds the span
        if reading.sentence.end > start and reading.sentence.start < end:
            break
    if chosen is None:  # the section is white space
        return Suggestion(_publisher_hop(publisher, registry), (), start, end)
    return Suggestion(
        _publisher_hop(publisher, registry),
        _dedupe(chosen.path_at(start), publisher),
        chosen.sentence.start,
        chosen.sentence.end,
    )


class SuggestedClaims(list[Suggestion]):
    """The suggested claims in text order, and how far the text was read (`read_up_to`, less
    than the text's length when only its beginning was read)."""

    def __init__(self, suggestions: list[Suggestion], read_up_to: int):
        super().__init__(suggestions)
        self.read_up_to = read_up_to


def suggest_claims(
    text: str, publisher: str, registry: Registry, *, limit: int = CLAIMS_LIMIT
) -> SuggestedClaims:
    """Candidate claims: sentences whose attribution the text states (a cue in them or carried over).

    Reads the sections that begin before `limit`, so a long document's later part is not read
    (`read_up_to` says where reading stopped); each sentence is read as suggest_chain reads it.
    """
    result, read_up_to = [], 0
    publisher_hop = _publisher_hop(publisher, registry)
    for context, start, end in _sections(text, limit):
        for reading in _read(text, registry, context, end):
            if reading.path and reading.sentence.start >= start:
                hops = _dedupe(reading.path, publisher)
                result.append(Suggestion(publisher_hop, hops, reading.sentence.start, reading.sentence.end))
        read_up_to = end
    return SuggestedClaims(result, read_up_to)


def _dedupe(path: tuple[Hop, ...], publisher: str = "") -> tuple[Hop, ...]:
    """Drop a hop repeating the one before it (an outlet referring back to itself)."""
    result: list[Hop] = [Hop(publisher, "", None, "", "", None, None, None, None)] if publisher else []
    for hop in path:
        if not result or result[-1].name.lower() != hop.name.lower():
            result.append(hop)  # hops are frozen: shared, not copied
    return tuple(result[1:] if publisher else result)
