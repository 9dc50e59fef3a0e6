"""What a text republishes and whose it is: an agency credited in a dateline ("Vientiane, 12 May (KPL)
–"), a body's statement or release reproduced below a note ("The company's statement is reproduced
below", "Editor's note: X issued the following press release"), a monitoring service's header ("Text of
report by the ... daily X", "The following is the text of the report"); everything read in it goes
under its owner up to the line that ends it ("ENDS", "###", "Source: ..."), except the publisher's own
notes inside it (a bracketed paragraph, "<publisher> note:")."""

import re

from ...scales import Cue, SourceKind
from .carrying import Carrying
from .entities import Entity, Hop
from .hops import Reading, _same_body
from .sentence_shapes import _CREDITED_DATELINE, _END_OF_TEXT, _REPRODUCED_BELOW
from .text import Sentence

# A bracketed note that ends with who wrote it: "[Drevaplin took over the network in 2019 – Orbis]"
_SIGNED_NOTE_END = re.compile(r"[-–—]\s*(?P<who>[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*){0,3})\s*\]\s*$")
_NOTE_READ = 3_000
# The groups of _REPRODUCED_BELOW that name whose text follows
_OWNER_GROUPS = ("owner", "issuer", "maker", "holder", "textby", "textof")
# Where the medium whose report a text is was named: a name of two to six capitalised words.
_MEDIUM_LOOK_BACK = 3_000
_BROADCAST_WORD = re.compile(r"\b(?:bulletin|broadcast|newscast|programme|aired|report)\b")
_NAME_IN_TEXT = re.compile(r"(?<![\w’'-])[A-Z][\w’'-]+(?:\s+(?:of\s+)?[A-Z][\w’'-]+){1,5}")


# A note signed by its writer at a paragraph's start ("Fieldnote Science note:", "Orbis comment:").
_NOTE_OF = re.compile(r"\W*(?P<who>[\w .&'’-]{1,60}?)\s+(?:note|comment|adds)\s*:", re.IGNORECASE)


class Republishing(Carrying):
    """Tracks the text a publisher republishes, and puts what is read in it under its owner."""

    def _track_republication(self, sentence: Sentence, body: str, at_paragraph_start: bool) -> None:
        """Before a sentence is read: a line that ends a republished text, the publisher's signed
        note, a credited dateline, or the paragraph after a note saying what is reproduced below."""
        if at_paragraph_start and _END_OF_TEXT.match(body):
            self.republished = None
        elif (
            at_paragraph_start
            and self.republished
            and (note := _NOTE_OF.match(body))
            and self._is_publisher(note.group("who"))
        ):
            # "Fieldnote Science note: We asked an independent specialist ...": the publisher's own
            self.republished = None
        elif at_paragraph_start and (credited := _CREDITED_DATELINE.match(body)):
            credit = credited.group("credit").strip()
            if not self._is_publisher(credit):
                known = self.registry.find(credit)
                self.republished = Hop(
                    known.name if known else credit,
                    known.kind if known else SourceKind.OUTLET,
                    known.id if known else None,
                    **self._where(
                        sentence.start, credited.span("credit"), credited.span("credit"), Cue.PUBLISHED
                    ),
                )
        if self.reproduced and sentence.paragraph > self.reproduced[0]:
            self.republished, self.reproduced = self.reproduced[1], None

    def _as_republished(self, sentence: Sentence, body: str, reading: Reading) -> Reading:
        """A sentence read, under whoever's text it stands in (and a note that says what follows)."""
        if self._publisher_note(sentence):
            return Reading(sentence, ())  # the publisher's own note inside a text it republishes
        agency = self.republished
        if reproduced := _REPRODUCED_BELOW.match(body):
            group = next(g for g in _OWNER_GROUPS if reproduced.group(g))
            owner = reproduced.span(group)
            # (from the next paragraph: the rest of the note is the publisher's own, "Eastmarch Today has
            # not independently verified the findings")
            if group == "textof":  # (whose report it is: a medium that broadcast it, else nobody named)
                hop = self._medium_named_last(sentence.start)
            else:
                hop = self._owner_hop(sentence.start, owner)
            self.reproduced = (sentence.paragraph, hop or agency)
        if agency is None:
            return reading

        def under(path: tuple[Hop, ...]) -> tuple[Hop, ...]:
            if path[:1] and _same_body(path[0].name, agency.name):
                return (agency, *path[1:])  # "Voltaro Mobility AB" in Voltaro Mobility's own release
            return (agency, *path)

        return Reading(
            reading.sentence, under(reading.path), [(b, under(p)) for b, p in reading.scoped], reading.own_cue
        )

    def _publisher_note(self, sentence: Sentence) -> bool:
        """Does the sentence stand in a paragraph in square brackets signed by the publisher ("[... –
        Orbis]" in Orbis Media Monitoring's translation)? (Looked for within _NOTE_READ characters
        either side: a longer paragraph is no note.)"""
        begins = self.text.rfind("\n", max(0, sentence.start - _NOTE_READ), sentence.start) + 1
        if not self.text.startswith("[", begins):
            return False
        ends = self.text.find("\n", sentence.end, sentence.end + _NOTE_READ)
        ends = len(self.text) if ends == -1 else ends
        if self.republished and self.text.find("]", begins, ends) == len(self.text[:ends].rstrip()) - 1:
            return True  # a whole paragraph in brackets in a text republished: the publisher's note
        signed = _SIGNED_NOTE_END.search(self.text, max(sentence.start, ends - 80), ends)
        return bool(signed and self._is_publisher(signed.group("who")))

    def _medium_named_last(self, before: int) -> Hop | None:
        """The last medium the text named before (within _MEDIUM_LOOK_BACK characters), spoken or not:
        whose report "the text of the report" is."""
        begins = max(0, before - _MEDIUM_LOOK_BACK)
        found = None
        for match in _NAME_IN_TEXT.finditer(self.text, begins, before):
            name = re.sub(r"^(?:The|A)\s+", "", match.group())
            if (
                not self._is_publisher(name)
                and self.media_of(name, self._kind(name))
                # (named with what it broadcast: "Norvik TV led its bulletin with ...", not "Reuters
                # published the findings", whose report it may not be)
                and _BROADCAST_WORD.search(self._sentence_after(match.end(), before))
            ):
                found = (name, (match.end() - len(name), match.end()))
        if not found:
            return None
        name, span = found
        return Hop(name, self._kind(name), None, **self._where(0, span, span, Cue.PUBLISHED))

    def _sentence_after(self, start: int, limit: int) -> str:
        """The rest of the sentence from start (within 250 characters and before limit)."""
        rest = self.text[start : min(limit, start + 250)]
        return re.split(r"[.!?](?:\s|$)|\n", rest, maxsplit=1)[0]

    def _owner_hop(self, base: int, span: tuple[int, int]) -> Hop | None:
        """The body whose statement is reproduced below ("The company's statement ..."), as a hop."""
        resolved = self.resolve(self.text[base + span[0] : base + span[1]])
        if isinstance(resolved, Entity) and resolved.path:
            return resolved.path[-1]
        if isinstance(resolved, str) and not self._is_publisher(resolved):
            where = self._where(base, span, span, Cue.PUBLISHED)
            return Hop(resolved, self._kind(resolved), None, **where)
        return None
