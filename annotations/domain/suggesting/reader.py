"""The discourse reader: who is speaking in each sentence, on whose word, carried across sentences.

Each sentence's frames (`clauses`) are put into one chain, outermost first:
- a speaker after the content ("..., the ministry said", "..., said Amina Diallo") frames what
  comes before it, and "according to X" after the content frames that: "..., the ministry said,
  according to Xinhua" is Xinhua > ministry;
- a speaker before the content speaks it, and a speaker inside that content is theirs: "Al Jazeera
  reported that the ministry had quoted an official as saying" is Al Jazeera > ministry > official;
- "citing"/"quoting" X puts X under the speaker of its clause; a medium told, quoted by, seen by
  or carrying a statement goes above the speaker ("Witnesses told AFP": AFP > witnesses); the
  publisher itself, or "reporters", is no hop.

Mentions are resolved against what was read before: "the agency", "the broadcaster", "the
newspaper" name the last medium of that kind; "the ministry", "the statement", "the official",
"the documents" the last source so named; "she", "it", "they" the last person, body or group
that spoke; a surname the full name first given. A source referred back to keeps the chain it
was introduced with (what TASS's official said later stays under TASS).

A sentence with no cue takes the attribution of the sentence before it in its paragraph, unless it
reads as the publisher's own background (a year, "was founded"...); a paragraph that is a
quotation belongs to the last speaker.
"""

import re
from dataclasses import replace
from typing import Any

from ...scales import SourceKind
from . import kinds as k
from .clauses import MASK, Frame, frames, mask_quotations
from .entities import Entity, Hop
from .hops import MAX_HOPS, Element, Reading
from .references import learn_honorifics
from .republishing import Republishing
from .sentence_shapes import (
    _CLAUSE_BREAK,
    _INTRO,
    _OUR_STAFF,
    _OWNERS_ONE,
    _PROMISE_ENDS,
    _SAID_TO,
    _SAME_SPEAKER,
    _SENTENCE_ENDS_READ,
    _SUBJECT_FIRST,
    _SUBORDINATOR_BEFORE,
    _TIMESTAMP,
    _TOLD,
    second_clause,
)
from .speakers import _ITS_STAFF, _RELAYED, _SPEAKING_TO, _TOLD_HIM
from .text import Sentence

_NOT_YET = object()  # a speaker not resolved yet


_RELATIVE_ASIDE = re.compile(r",\s+(?:who|which)\s+[^,;:\"“”\x01]{3,160},\s*(?:[a-z]+ly\s+)?$")
_CAVEAT = re.compile(
    r"[,–—-]\s+(?:a|an)\s+(?:claim|account|assertion|figure|allegation|version)\s+(?:that\s+|which\s+)?"
    r"(?:[\w’'-]+\s+){0,6}?(?:could\s+not|cannot|can\s*not|has\s+not\s+been|was\s+not|difficult|hard|impossible)\b"
)
_PARENTHETICAL = re.compile(r".*,\s+(?:he|she|they)\s+(?:said|says|added|argued|noted),$")

# A sentence whose subject is a person's pronoun, perhaps after a question put to them: whom a
# participle later ("..., saying only that") is said by.
_PRONOUN_FIRST = re.compile(
    r"\s*\W{0,4}(?:(?:Asked|Pressed|Questioned|When\s+asked)\b[^,;:\x01]{0,80},\s+)?(?P<pronoun>[Hh]e|[Ss]he)\s+[a-z]"
)


# "Asked whether she would do it again, she paused": a sentence about a person named before
_PERSON_PRONOUN_SUBJECT = re.compile(r"\W*(?:[A-Z][^,;:\"“”\x01]{0,80},\s+)?(?:[Hh]e|[Ss]he)\s+[a-z]")


# A statement and who put it out: "in a press release issued by", "in a statement released by".
_ISSUED_BY = re.compile(r"\b(?:statement|release)\s+(?:\w+\s+){0,2}?(?:issued|released)\s+by$")


# A role just after "that", then the name of the one who holds it ("show that the board's director of
# operations, Graham Tulloch, told colleagues"): a speaker inside the content, not after it.
_ROLE_AFTER_THAT = re.compile(
    rf"\bthat\s+(?:the|its|their|his|her|[A-Z][\w-]*['’]s)\s+(?:[\w’'-]+\s+){{0,4}}?(?i:{k.PERSON_TITLES})"
    r"(?:\s+(?:of|for)\s+[^,;:\x01\"“”]{1,60})?,$"
)


class Reader(Republishing):
    """Reads sentences in order, remembering the sources met so far.

    The latest source of each name, of each word of a name, the latest person, body, group, and
    medium of each kind are kept by key, so a reference back is one look-up, not a walk back
    over every source met (which made long texts quadratic).
    """

    # --- reading a sentence --------------------------------------------------------------------

    def read(self, sentence: Sentence, previous: Reading | None) -> Reading:
        body = self.text[sentence.start : sentence.end]
        at_paragraph_start = sentence.start == 0 or self.text[sentence.start - 1] == "\n"
        if at_paragraph_start and re.match(
            r"\W*\d{1,2}[:.]\d\d\b(?:\s*(?:[ap]\.?m\.?|GMT|BST|CET|UTC))?\s*(?:[-–—:|]\s*)?[A-Z\"“]", body
        ):
            self.entry = sentence.paragraph
        self._track_republication(sentence, body, at_paragraph_start)
        return self._as_republished(sentence, body, self._read_sentence(sentence, previous))

    def _read_sentence(self, sentence: Sentence, previous: Reading | None) -> Reading:
        base, body = sentence.start, self.text[sentence.start : sentence.end]
        self.paragraph = sentence.paragraph
        self.sentence_start = base
        masked = self._learn_acronyms(
            _TIMESTAMP.sub(lambda t: " " * len(t.group()), mask_quotations(self._labelled(sentence, body)))
        )
        if len(masked) > 2 * _SENTENCE_ENDS_READ:
            # A "sentence" this long is no prose (a list, a table, a text without full stops): its cues
            # are read at its beginning and its end only, so the work per sentence stays bounded.
            middle = len(masked) - 2 * _SENTENCE_ENDS_READ
            masked = masked[:_SENTENCE_ENDS_READ] + MASK * middle + masked[-_SENTENCE_ENDS_READ:]
        self._learn_names(masked)
        learn_honorifics(self.honorific_pronoun, masked)
        self._learn_media(masked)
        self._learn_bodies(masked)
        self._learn_agency(masked)
        if (
            "our " in body or "Our " in body
        ):  # "Our correspondent Jonas Berg": the label "JONAS BERG:" is ours
            self.own_staff.update(name.lower() for name in _OUR_STAFF.findall(body))
        self._learn_company(masked)
        if "report" in masked:
            self._learn_report_owner(masked)
        found = frames(masked)
        self._statement_words, self._masked = None, masked
        self.subject_it_before, self.subject_it = self.subject_it, None
        self._subject_person(base, body, masked, speaks=any(f.kind == "speaker" for f in found))
        self._named_only_as(base, masked)
        speaker = self.labelled[1] if self.labelled[0] == sentence.paragraph else ()
        if not found:
            if self.has_subject or _PERSON_PRONOUN_SUBJECT.match(masked):
                self.narrated = (sentence.start, self.last.get("person"))
            elif self.last.get("person"):
                self._person_named_in(masked)
            return Reading(sentence, speaker) if speaker else self._carried(sentence, body, previous)
        chain, scoped = self._compose(found, base, body, masked, previous)
        if speaker:  # what a labelled speaker says others said is theirs: "the ministry said no"
            chain = (*speaker, *chain)[:MAX_HOPS] if chain[:1] != speaker[:1] else chain
            scoped = [
                (at, (*speaker, *path)[:MAX_HOPS] if path[:1] != speaker[:1] else path) for at, path in scoped
            ]
        for hop_path in [chain, *(p for _, p in scoped)]:
            if hop_path:
                self.last_speaker_path = hop_path
                self.last_speaker_paragraph = sentence.paragraph
        if self.introduced_path:  # (what follows the colon is said to the medium: `_spoke_to`)
            self.last_speaker_path, self.last_speaker_paragraph = self.introduced_path, sentence.paragraph
            self.introduced_path = ()
        if chain and ("tell" in body or "told" in body):
            scoped = [*scoped, *self._told_in_quotation(base, body, chain)]
        return Reading(sentence, chain, scoped, own_cue=True)

    @staticmethod
    def _a_person(frame: Frame, body: str) -> bool:
        """Does the frame's speaker read as one person ("she", "Our correspondent Ingrid Aas")?"""
        if frame.pronoun:
            return frame.pronoun in ("he", "she")
        mention = frame.described or frame.source
        name = re.sub(r"^(?:[Tt]he|[Aa]n?)\s+", "", body[slice(*mention)]) if mention else ""
        return k.guess_kind(k.strip_title(name)) == SourceKind.NAMED_PERSON

    @staticmethod
    def _finding_in_words(frame: Frame, first_cue_end: int, body: str) -> bool:
        """ "The board said the VAR, Neil Gorton, had found no error", "reported that navy divers had
        found ...": what people found, in someone's words, is no source of its own (a study's
        findings are)."""
        if frame.verb not in ("found", "finds") or frame.kind != "speaker":
            return False
        if first_cue_end > (frame.source or frame.cue)[0]:
            return False  # (no one speaks before)
        if frame.pronoun:
            return frame.pronoun in ("he", "she", "they", "both")
        mention = re.sub(r"^(?:[Tt]he|[Aa]n?)\s+", "", body[slice(*frame.source)]) if frame.source else ""
        return k.guess_kind(mention) in (SourceKind.NAMED_PERSON, SourceKind.UNNAMED)

    def _compose(
        self, found: list[Frame], base: int, body: str, masked: str, previous: Reading | None
    ) -> tuple[tuple[Hop, ...], list[tuple[int, tuple[Hop, ...]]]]:
        first_cue_end = min((f.cue[1] for f in found if f.kind == "speaker"), default=len(body))
        found = [f for f in found if not self._finding_in_words(f, first_cue_end, body)]
        speakers = [f for f in found if f.kind in ("speaker", "seen_by", "quoted_by")]
        according = [f for f in found if f.kind == "according"]
        inner: dict[int, list[Frame]] = {id(s): [] for s in speakers}
        outer: dict[int, list[Frame]] = {id(s): [] for s in speakers + according}
        heads: list[Frame] = []  # speakers and "according to" read in text order, outermost first
        tails: list[Frame] = []  # those after the content: the last is outermost
        scoped: list[tuple[int, tuple[Hop, ...]]] = []
        citer = self._medium_citing(found, speakers, body, masked)
        if citer:  # "The opposition daily Zora questioned why ..., citing two serving officers": Zora cites
            speakers, heads = [citer], [citer]
            inner[id(citer)] = []
            outer.setdefault(id(citer), [])  # (a listener may be its: "Asked ... by The Herald,")
        for frame in found:
            if frame.kind in ("speaker", "seen_by", "quoted_by", "according"):
                (tails if self._is_tail(frame, masked) else heads).append(frame)
            elif frame.kind == "citing" and speakers:
                inner[id(self._speaker_for(frame, speakers))].append(frame)
            elif frame.kind == "citing":
                heads.append(frame)  # "citing X" with no speaker: the publisher cites X
            elif frame.kind == "listener" and (speakers or according):
                outer[id(self._speaker_for(frame, speakers or according))].append(frame)
            elif frame.kind in ("medium", "listener") and frame.listener:
                # ("in an interview with the Coastline Tribune, ..., saying": "the paper" later)
                described = body[slice(*frame.listener_described)] if frame.listener_described else None
                medium = self.resolve(body[slice(*frame.listener)], described)
                self._register_medium(medium, base, frame)
                if not speakers and frame.kind == "listener" and _SPEAKING_TO.match(masked, frame.cue[0]):
                    self._spoke_to(medium, base, body)
                if frame.verb == "seen" and frame.source and not speakers:
                    self._register_document(medium, base, body, frame)
        order = [*reversed(tails), *heads]
        elements: list[Element] = []
        later: list[tuple[int, Frame]] = []  # clauses of their own, read after the main one
        nested_later: list[tuple[int, Frame]] = []  # speakers in a subordinate clause of the content
        last_verb_end = -1
        clause_begins = -1
        for number, frame in enumerate(order):
            # (order is the tails, then the heads: a frame is a head by its place, not by a look-up
            # comparing frames field by field, which made 500 frames in one sentence take a second)
            opens_clause = (
                number >= len(tails)
                and number == len(tails) == 0
                and frame.kind == "speaker"
                and second_clause(
                    masked, max(0, (frame.source or frame.cue)[0] - 300), (frame.source or frame.cue)[0]
                )
            )
            if opens_clause:
                # "Rovers are without two defenders, and Kessler said ...": the first clause is not his;
                # from him on, the sentence is read as one of its own ("... when X reported that Lenzi
                # had told directors that ...": X > Lenzi)
                clause_begins = (frame.source or frame.cue)[0]
            if (
                number > len(tails)
                and last_verb_end >= 0
                and frame.kind == "speaker"
                and frame.pronoun
                and (
                    _SAME_SPEAKER.fullmatch(masked, last_verb_end, frame.cue[0])
                    or _PARENTHETICAL.match(masked, max(0, frame.cue[0] - 8), frame.cue[1] + 1)
                )
            ):
                # "Station staff tell me they expect ...", "..., a sign, he said, that ...": the same
                # speaker, no hop of its own
                continue
            if number > len(tails) and last_verb_end >= 0 and frame.kind == "speaker":
                between = masked[last_verb_end : (frame.source or frame.cue)[0]]
                told_them = frame.verb in ("told", "tells") and _TOLD_HIM.match(masked, frame.cue[1])
                told_by = masked.startswith(
                    " by ", frame.cue[1]
                )  # ("but would say he had been assured by X")
                if _CLAUSE_BREAK.search(between) and (
                    told_by or told_them and self._a_person(order[number - 1], body)
                ):
                    # "Our correspondent says counting has paused, and the electoral office told her
                    # ...": what she was told is hers from there on
                    nested_later.append(((frame.source or frame.cue)[0], frame))
                    continue
                if _CLAUSE_BREAK.search(between):  # "X said A, while Y said B": a clause of its own
                    later.append(((frame.source or frame.cue)[0], frame))
                    continue
                if _SUBORDINATOR_BEFORE.search(between):
                    # "X reported that Otieno had agreed after ministers promised ...": the ministers'
                    # words are X's from there on; what comes before is not theirs
                    nested_later.append(((frame.source or frame.cue)[0], frame))
                    continue
            if not elements and frame.kind == "speaker" and frame.verb in ("told", "tells"):
                reporter = self._told_the_reporter(frame, masked)
                if reporter:  # "Our correspondent Hana Brierley says ... A senior whip told her ..."
                    elements.append((reporter, frame, "outer"))
            elements.extend(self._elements_of(frame, inner, outer, body, masked))
            if frame.kind != "according":
                last_verb_end = frame.cue[1]
        chain = self._hops(elements, base, body, previous)
        for begins, frame in later:
            separate = self._hops(self._elements_of(frame, inner, outer, body, masked), base, body, previous)
            scoped.append((base + begins, separate))
        for begins, frame in nested_later:
            hops = self._hops(self._elements_of(frame, inner, outer, body, masked), base, body, None)
            scoped.append((base + begins, (*chain, *hops)[:MAX_HOPS]))
        for frame in found:
            if frame.kind == "participle" and frame.source:
                hops = self._hops(
                    [(self.resolve(body[slice(*frame.source)]), frame, "self")], base, body, None
                )
                scoped.append((base + frame.cue[1], (*chain, *hops)[:MAX_HOPS]))
            elif frame.kind == "saying" and not speakers:
                subject = _OWNERS_ONE.match(masked) or _SUBJECT_FIRST.match(masked)
                pronoun = None if subject else _PRONOUN_FIRST.match(masked)
                if subject or pronoun:
                    if pronoun:  # "Asked whether a ransom was paid, he declined to comment, saying only"
                        src = pronoun.span("pronoun")
                        resolved: Any = self._person_called(pronoun.group("pronoun").lower())
                    elif subject:
                        src = subject.span("src")
                        resolved = self.resolve(body[slice(*src)], self._described(subject, body))
                    say = replace(frame, source=src)
                    told: list[Element] = [  # "in an interview with the Coastline Tribune, ..., saying"
                        (self._listener(f.listener, f.listener_described, body), f, "outer")
                        for f in found
                        if f.kind == "listener" and f.listener and f.cue[0] < frame.cue[0]
                    ][-1:]
                    if frame.listener:  # "..., telling radio station Onda Norte that"
                        told = [
                            (self._listener(frame.listener, frame.listener_described, body), frame, "outer")
                        ]
                    said = self._hops([*told, (resolved, say, "self")], base, body, previous)
                    scoped.append((base + frame.cue[0], said))  # from the participle on
                    speaker = (
                        self.by_name.get(said[-1].name.lower()) if frame.listener and len(said) > 1 else None
                    )
                    if speaker:  # ("... he said" next: to Onda Norte too)
                        speaker.path, speaker.via_listener, speaker.entry = said[-2:], True, self.entry
                    semicolon = masked.find(";", frame.cue[1])
                    if semicolon != -1:  # "..., arguing that she had taken files; the case was dropped"
                        scoped.append((base + semicolon + 1, chain))
        if clause_begins >= 0:
            scoped.append((base + clause_begins, chain))
            chain = ()
        promise = next((f for f in heads if f.kind == "speaker"), None)
        if promise and chain and (ends := _PROMISE_ENDS.match(masked, promise.cue[1])):
            # "Parents have vowed to fight the closure, after the council opened a consultation": what
            # they vowed ends where the publisher says why
            scoped.append((base + ends.end(), ()))
        head = heads[0] if heads and heads[0].kind == "speaker" and heads[0].source else None
        aside = _RELATIVE_ASIDE.match(masked, head.source[1], head.cue[0]) if head and head.source else None
        if chain and aside:
            # "Varga, who will face Okonjo in the final, said ...": who she is is the publisher's
            scoped.extend([(base + aside.start(), ()), (base + aside.end(), chain)])
        if chain and (caveat := _CAVEAT.search(masked)):
            # "..., a claim the Observer could not independently verify", "- an account difficult to
            # square with ...": the publisher's own word on what was said
            scoped.append((base + caveat.start() + 1, ()))
        return chain, scoped

    def _medium_citing(
        self, found: list[Frame], speakers: list[Frame], body: str, masked: str
    ) -> Frame | None:
        """A sentence whose subject is a medium, with "citing X" and no speaker: the medium cites X
        ("The Daily Clarion was first to report the blowup, citing a crew member"); any other subject
        may act for its own reasons ("The ministry closed the road, citing a report by X")."""
        if speakers or not any(f.kind == "citing" for f in found):
            return None
        subject = _SUBJECT_FIRST.match(masked)
        if not subject or subject.start("src") > 40:
            return None
        said = body[subject.start("src") : subject.end("src")]
        # (the name after what it is: "Private channel Kanal 7", "The opposition daily Zora")
        span = subject.span("described") if subject.group("described") else subject.span("src")
        resolved = self.resolve(body[slice(*span)])
        if isinstance(resolved, Entity):
            medium = resolved.media
        else:
            medium = resolved and k.media_type(said, k.guess_kind(str(resolved)))
        if not medium:
            return None
        return Frame("speaker", span, (subject.end("src"), subject.end("src")), "reported")

    def _is_tail(self, frame: Frame, masked: str) -> bool:
        """Is the frame after the content it attributes ("..., the ministry said", "..., according to X")?"""
        if frame.inverted:
            return True
        begins = (frame.source or frame.cue)[0] if frame.kind != "according" else frame.cue[0]
        if frame.pronoun and not frame.source:
            # (where the pronoun stands: "..., she said" is after the content as "..., Hollins said" is)
            at = masked.rfind(frame.pronoun, max(0, begins - 40), begins)
            begins = at if at >= 0 else begins
        before = masked[:begins].rstrip()
        if (
            not before
            or before[-1] not in ',"”\x01'
            or _INTRO.match(masked)
            and masked[:begins].count(",") <= 1
        ):
            return False
        if frame.kind == "according":
            # ("The spokesperson noted that, according to the weather service, ...": inside her words)
            return not re.search(r"\bthat\s*,$", before)
        if frame.source and _ROLE_AFTER_THAT.search(before):
            return False  # "... record that the board's director of operations, Graham Tulloch, told": his
        # (from the source when it follows its verb: "had been assured by the chair, Sir Martin Hale, that")
        rest = masked[max(frame.cue[1], frame.source[1] if frame.source else 0) :]
        after = re.split(
            r"[,.;]",
            rest.lstrip(", ") if frame.source and frame.source[0] > frame.cue[0] else rest,
            maxsplit=1,
        )[0]
        return len(after.split()) <= 8 and " that " not in f" {after} "

    @staticmethod
    def _speaker_for(frame: Frame, speakers: list[Frame]) -> Frame:
        """The speaker a "citing" or a medium belongs to: the one whose subject and verb it stands
        between, else the nearest before it, else the first after it."""
        at = frame.cue[0]
        for speaker in speakers:
            if speaker.cue == frame.cue:  # "X quoted Y as saying": Y is X's
                return speaker
        for speaker in speakers:
            if speaker.source and speaker.source[0] < at < speaker.cue[0]:
                return speaker
        before = [s for s in speakers if s.cue[1] <= at]
        return before[-1] if before else min(speakers, key=lambda s: abs(s.cue[0] - at))

    def _elements_of(
        self,
        frame: Frame,
        inner: dict[int, list[Frame]],
        outer: dict[int, list[Frame]],
        body: str,
        masked: str,
    ) -> list[Element]:
        """The frame's source with the media above it and the sources it cites below it."""
        result: list[Element] = []
        for wrapper in outer.get(id(frame), []):
            listener = self._listener(wrapper.listener, wrapper.listener_described, body)
            if listener is None and wrapper.listener and _ISSUED_BY.search(wrapper.verb):
                # whoever issued a statement is a hop, a medium or not ("In a press release issued by the
                # University of Marrowfield, co-author Tomas Greer said")
                listener = self.resolve(body[slice(*wrapper.listener)])
            result.append((listener, wrapper, "outer"))
        if frame.listener and frame.kind in ("seen_by", "quoted_by"):
            # whoever quotes or sees is a hop, a medium or not ("quoted by KCBT 6")
            described = body[slice(*frame.listener_described)] if frame.listener_described else None
            result.append((self.resolve(body[slice(*frame.listener)], described), frame, "outer"))
        speaker: Any = _NOT_YET
        if not frame.listener and frame.kind == "quoted_by" and self._medium_just_heard():
            speaker = self._speaker(frame, body)
            if not isinstance(speaker, Entity):
                # "Kim was quoted as saying ..." after "KCNA reported that ...": quoted by that medium
                # (one met before keeps the chain it came with: "Mwale was also quoted as saying")
                result.append((self._medium_just_heard(), frame, "outer"))
        if frame.kind == "speaker":  # "told AFP", "confirmed to the BBC"
            told = (_TOLD if frame.verb in ("told", "tells", "tell") else _SAID_TO).match(
                masked, frame.cue[1]
            )
            relayed = _RELAYED.match(masked, frame.cue[1]) if not told else None
            if relayed:  # "has said, in an update relayed by the organising committee, that": it passed it on
                result.append((self.resolve(body[slice(*relayed.span("by"))]), frame, "outer"))
            if told and "passed" in told.re.groupindex and told.group("passed"):
                # whoever passed the words on is a hop, a medium or not ("circulated by the Science Media
                # Centre")
                result.append((self.resolve(body[slice(*told.span("listener"))]), frame, "outer"))
            elif told:
                told_described = told.span("ldescribed") if told.group("ldescribed") else None
                result.append((self._listener(told.span("listener"), told_described, body), frame, "outer"))
        if (
            frame.kind == "speaker"
            and frame.source
            and _ITS_STAFF.search(masked, max(0, frame.source[0] - 90), frame.source[0])
        ):
            medium = self._medium_named_before()
            if (
                medium
            ):  # "Kestrel Television struck a warmer tone. Its diplomatic editor, Ines Corvadal, told"
                result.append((medium, frame, "outer"))
        result.append((self._speaker(frame, body) if speaker is _NOT_YET else speaker, frame, "self"))
        for cited in inner.get(id(frame), []):
            if cited.source:
                described = body[slice(*cited.described)] if cited.described else None
                result.append((self.resolve(body[slice(*cited.source)], described), cited, "inner"))
            elif cited.pronoun in ("he", "she"):  # "the Courier quoted him as saying": the last person
                result.append((self._person_called(cited.pronoun), cited, "inner"))
        return result
