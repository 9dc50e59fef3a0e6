"""What a sentence with no cue of its own carries (`Reader` reads the sentences): a quotation's
speaker over the paragraphs it runs on, a quotation after a sentence about someone, reported speech
going on, a gossip column's paragraph credited to a paper at its end; and, in a speaker's quotation,
what others told them ("Staff told us that ...")."""

import re

from ...scales import Cue, SourceKind
from . import kinds as k
from .entities import Entity, Hop
from .hops import MAX_HOPS, Reading, _quoting
from .reference_words import _stem
from .sentence_shapes import (
    _BACKGROUND,
    _CONTINUES,
    _LOOKS_AHEAD,
    _NOT_SAID,
    _OPENS_WITH_QUOTE,
    _REPORTED_SPEECH,
    _SUBJECT,
    _YEAR,
)
from .speakers import Speakers
from .text import Sentence

# The opening of a quotation in which someone says what others told them.
_TOLD_IN_QUOTATION = re.compile(
    r"(?:^|(?<=[\s:,(]))[\"“]"
    # (or later in the quotation, a sentence or a leading phrase on: "If these numbers hold, this is a
    # first. Two years ago, Dunca's own strategists privately told me ...")
    r"(?:[^\"“”\n]{0,400}?(?:[.!?]\s+|,\s+))?"
    r"(?!(?:Nobody|No\s+one|Everyone|Everybody|Somebody|Someone|They|He|She|It|We|You|I|"
    r"People|Others|Some|Many|All|Nothing)\b)(?P<src>(?:[Tt]he\s+)?[A-Z][\w’'-]*(?:\s+(?!(?:tell|tells|told|have|had|has|kept|keep)\b)"
    r"[\w’'-]+){0,5}?)(?:\s+(?:privately|repeatedly|openly|once|also|later|recently|often|always))?"
    r"\s+(?:(?:have|had|has|keep|kept)\s+)?(?P<cue>tell|tells|told|telling)\s+(?:me|us)\b"
    r"(?:\s+(?:plainly|repeatedly|again|openly|privately))?(?:\s+that)?\s+"
)
# A body by its noun, then what it will do: "The board will discuss the report next week" (not
# subjects._BODY_SUBJECT, which is any sentence about a body, for "it" next)
_BODY_WILL = re.compile(r"\W*(?P<noun>[Tt]he\s+[a-z]{3,20})\s+(?:would|could|will|had|might)\b")
_CREDIT = re.compile(r"\(\s*(?P<name>(?:[Tt]he\s+)?[A-Z][\w’'&.-]*(?:\s+[A-Z][\w’'&.-]*){0,4})\s*\)\s*$")
_OPEN_QUOTE_READ = 5_000
_QUOTED_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z])")
_CAPITALISED = re.compile(r"(?<![\w’'-])[A-Z][\w’'-]+(?!['’]s\b)")


class Carrying(Speakers):
    """Reads what a sentence with no cue carries over from those before it."""

    def _carried(self, sentence: Sentence, body: str, previous: Reading | None) -> Reading:
        """A sentence with no cue: the speaker's if it is their quotation or continues their words."""
        if self.text.find("(", sentence.start, sentence.end + 3000) != -1:
            credited = self._credited(sentence)
            if credited:
                return Reading(sentence, credited)
        narrated_at, person = self.narrated
        if (
            _OPENS_WITH_QUOTE.match(body)
            and person
            and previous
            and not previous.path
            and previous.sentence.start == narrated_at
            and sentence.paragraph - previous.sentence.paragraph <= 2
        ):
            # "Asked whether she would do it again, she paused for a long time. / "I still believe in
            # policing."", "Mara Vik, the opposition leader, disagreed. "The numbers do not lie."": the
            # quotation right after a sentence about someone is theirs
            return Reading(sentence, person.path[-1:])
        if _OPENS_WITH_QUOTE.match(body) and sentence.paragraph - self.last_speaker_paragraph <= 2:
            return Reading(sentence, _quoting(self.last_speaker_path))
        if _OPENS_WITH_QUOTE.match(body) and previous and previous.path and self._left_open(previous):
            # a quotation running over paragraphs: each opens with a quotation mark, and only the last
            # closes ("I watched it back," he said. / "Rhys gets the ball first. / "Somebody has bottled it.")
            return Reading(sentence, _quoting(previous.path_at(previous.sentence.end)))
        if _NOT_SAID.search(body):
            return Reading(sentence, ())  # "The order did not say ...": the publisher's own words
        if previous and previous.sentence.paragraph == sentence.paragraph and previous.path:
            # Only words that read as the speaker's carry over: reported speech ("would", "had"), or a
            # pronoun going on about it. Anything else may be the publisher's own background, and a
            # wrong chain costs a reviewer more than none.
            continues = _REPORTED_SPEECH.search(body) or _CONTINUES.match(body)
            background = _BACKGROUND.search(body) or (_YEAR.search(body) and not _LOOKS_AHEAD.search(body))
            carried = previous.path_at(previous.sentence.end)
            if (
                continues
                and not background
                and not self._publisher_subject(body)
                and not self._another_subject(body, carried)
            ):
                return Reading(sentence, carried)
        return Reading(sentence, ())

    def _credited(self, sentence: Sentence) -> tuple[Hop, ...]:
        """ "Port Alderney are confident of completing the move. (Morning Gazette)": a gossip column's
        paragraph ends with the medium it is from."""
        end = self.text.find("\n", sentence.end, sentence.end + 3000)
        if end == -1:
            end = len(self.text) if len(self.text) - sentence.end <= 3000 else -1
        credit = _CREDIT.search(self.text, max(sentence.start, end - 80), end) if end > 0 else None
        if not credit:
            return ()
        name = re.sub(r"^(?:[Tt]he)\s+", "", credit.group("name"))
        kind = self._kind(name)
        if self._is_publisher(name) or not (self.media_of(name, kind) or kind == SourceKind.OUTLET):
            return ()
        hop = Hop(
            name, SourceKind.OUTLET, None, **self._where(0, credit.span("name"), credit.span(), Cue.REPORTED)
        )
        return (hop,)

    def _left_open(self, previous: Reading) -> bool:
        """Does the paragraph the previous sentence ends end inside a quotation it opened? (Looked
        for within _OPEN_QUOTE_READ characters back: a paragraph longer than that is no quotation
        left open, and an unbounded look-back for each sentence would make a long paragraph quadratic.)"""
        lowest = max(0, previous.sentence.start - _OPEN_QUOTE_READ)
        newline = self.text.rfind("\n", lowest, previous.sentence.start)
        if newline == -1 and lowest > 0:
            return False
        paragraph = self.text[newline + 1 : previous.sentence.end]
        if not _OPENS_WITH_QUOTE.match(paragraph):
            return False
        curly = max(paragraph.rfind("“"), paragraph.rfind("”"))
        if curly >= 0:
            return paragraph[curly] == "“"
        return paragraph.count('"') % 2 == 1

    def _person_named_in(self, masked: str) -> None:
        """A sentence where nobody speaks about someone already met ("For Corrigan, the past two years
        have taken a toll"): they are whom "she" next refers to, not the last one who spoke (a
        sentence's subject is remembered as such)."""
        for word in _CAPITALISED.findall(masked):
            known = self.by_word.get(_stem(word.lower()))
            if known and known.kind == SourceKind.NAMED_PERSON and word in known.name.split():
                self.last["person"] = known
                return

    def _another_subject(self, body: str, path: tuple[Hop, ...]) -> bool:
        """ "The board will discuss the report next week" after the inspectorate spoke: a body the
        text named, other than the speaker, is the subject; what it will do is the publisher's."""
        subject = _BODY_WILL.match(body)
        if not subject or not path or path[-1].kind not in (SourceKind.OFFICIAL_BODY, SourceKind.OTHER):
            return False  # (a person speaking of their body goes on: "Council leader Tom Ward said ...")
        named = self.resolve(subject.group("noun"))
        if isinstance(named, Entity):
            name = named.name if named.kind in (SourceKind.OFFICIAL_BODY, SourceKind.OTHER) else ""
        else:  # (only a body named before: "The shortfall would have to be closed" goes on)
            name = named if isinstance(named, str) and k.is_organisation(named) else ""
        if not name:
            return False
        speaker = path[-1].name.lower()
        head = _stem(subject.group("noun").split()[-1].lower())
        return name.lower() != speaker and head not in {_stem(word) for word in speaker.split()}

    def _publisher_subject(self, body: str) -> bool:
        """ "Verity Check could find no record of ...": the publisher's own sentence."""
        subject = _SUBJECT.match(body)
        return bool(subject and self._is_publisher(subject.group("src")))

    def _told_in_quotation(
        self, base: int, body: str, chain: tuple[Hop, ...]
    ) -> list[tuple[int, tuple[Hop, ...]]]:
        """ "Staff told us plainly that ...", "Nurses tell me they are sleeping ...": in a speaker's
        quotation, what others told them is nested under them from there on (their own next words
        are theirs again: the sentence after is read with the speaker's chain)."""
        found = []
        for told in _TOLD_IN_QUOTATION.finditer(body):
            name = self.resolve(told.group("src"))
            if isinstance(name, Entity):
                name = name.name
            if not isinstance(name, str):
                continue
            span = told.span("src")
            hop = Hop(name, k.guess_kind(name), None, **self._where(base, span, told.span("cue"), Cue.TOLD))
            found.append((base + span[0], (*chain, hop)[:MAX_HOPS]))
            ends = _QUOTED_SENTENCE_END.search(body, told.end())
            if ends:  # ("Staff told us that they did not feel safe. That should alarm everyone.": hers)
                found.append((base + ends.end(), chain))
        return found
