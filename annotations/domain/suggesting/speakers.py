"""Who a frame's mentions name: the speaker (a pronoun, a name in apposition, a role with its
workplace), a medium spoken to, a medium named without speaking (`Reader` puts them in chains)."""

import re
from dataclasses import replace
from typing import Any

from ...scales import Cue, SourceKind
from . import kinds as k
from . import mentions as m
from .clauses import Frame
from .entities import _PUBLISHER, Entity, Hop
from .sentence_shapes import _IT_AFTER_COLON, _IT_AFTER_CONTENT, _PUBLISHED_BY
from .transcripts import Transcripts

# A name with where its holder works and the town ("X of the Y Institute in Z"), in apposition.
_NAME_AT_IN_PLACE = re.compile(
    r"(?P<named>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){1,3}\s+(?:of|at|from)\s+(?:the\s+)?"
    r"[A-Z][\w’'-]*(?:\s+(?:(?:for|of|and|on)\s+)?[A-Z][\w’'-]*){0,6})\s+in\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}"
)

_REPORT_OWNER = re.compile(
    rf"\breport\s+(?:[\w-]+\s+){{0,4}}?by\s+(?:the\s+)?(?P<by>{m._NAME})"
    rf"|(?<![\w-])(?:[Tt]he|[Aa])\s+(?P<named>{m._NAME})\s+report\b"
    # ("The commission's report, published in May, ..."; a name's own "'s" is read by the line above)
    r"|(?<![\w-])(?P<owned>[Tt]he\s+[a-z]{3,20})['’]s\s+(?:[\w-]+\s+){0,2}?report\b"
    # ("In a 46-page report published in April, Halvard Research, a short-seller, alleged")
    rf"|^\W*In\s+(?:a|an|its|their)\s+(?:[\w-]+\s+){{0,3}}?report\b[^,;:\"“”\x01]{{0,60}},\s+(?P<writer>{m._NAME}|[Tt]he\s+[a-z]{{3,20}}(?=\s+[a-z]))"
)
# Words put out by the subject of the sentence before: "Team Orvita have put out a statement."
_PUT_OUT = re.compile(
    r"\b(?:put\s+out|issued|released|published|posted|sent|shared)\s+(?:a|an|its|their|his|her)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:statement|release|notice|letter|message|post|note)\b[^.!?]{0,120}[.!?]\W*$"
)
# A name, then a parenthetical pronoun: "Arkwright, he said, had lost his job" (not Arkwright speaking)
_NAMED_THEN_PRONOUN = re.compile(r"\W*(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}),\s*$")
# A medium's staff by "its" ("Its diplomatic editor, Ines Corvadal, told viewers"): the medium is a hop
_ITS_STAFF = re.compile(
    r"\b(?:Its|its|Their|their)\s+(?:[a-z-]+\s+){0,3}(?:editor|correspondent|reporter|presenter|anchor|"
    r"columnist|commentator|host)\s*,\s*$"
)
# Words passed on by others than a medium: "has said, in an update relayed by the organising committee,"
_RELAYED = re.compile(
    # (not "a statement issued through the force", which the family's own words are)
    r",\s+in\s+an?\s+(?:update|statement|note|message)\s+(?:relayed|passed\s+on)\s+by\s+"
    r"(?P<by>(?:the\s+)?(?:[\w’'-]+\s+){0,3}?(?:committee|organisers|organizers|office|team|council|club|family|"
    r"police|force))\b"
)
_NAME_RE = re.compile(m._NAME)
_SPEAKING_TO = re.compile(r"[Ss]peaking\s+(?:to|with|on)\b")
_TOLD_HIM = re.compile(r"\s+(?:him|her)\b")


# A role with its holder's name last ("former Tesnian foreign minister Ingrid Solvay"), after a role
# in the possessive ("the mission's head").
_ROLE_THEN_NAME = re.compile(
    r"(?!(?:published|in|at|by|from|of|for|on|with)\b)(?:[\w-]+\s+){1,5}?(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})"
)
_ROLE_OF = re.compile(
    r"(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+[\w-]+['’]s\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*"
)


_NAME_GIVEN = re.compile(
    r"who\s+(?:gave|gives)\s+(?:his|her|their)\s+(?:first\s+)?name\s+(?:only\s+)?as\s+(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)"
    # (a handle an account posts under: "one user, posting as lowtide_lantern, wrote")
    r"|(?:posting|writing|known\s+online)\s+(?:under\s+the\s+(?:name|handle)|as)\s+(?P<handle>@?[\w.-]{3,30})"
)


# What a report does ("It found that ...", "It concludes").
_WHAT_REPORTS_DO = frozenset(
    ["found", "finds", "concluded", "concludes", "shows", "showed", "recommends", "recommended", "notes",
     "noted", "estimates", "estimated", "warns", "warned"]
)  # fmt: skip


class Speakers(Transcripts):
    """Resolves a frame's speaker and listener against what was read."""

    def _register_medium(self, resolved: Any, base: int, frame: Frame) -> None:
        """A medium named without speaking ("published in The Lancet"), for "the journal" later."""
        if isinstance(resolved, str):
            kind = self._kind(resolved)
            span = frame.listener or frame.cue
            hop = Hop(resolved, kind, None, **self._where(base, span, frame.cue, Cue.REPORTED))
            media = self.media_of(resolved, kind)
            if not media and kind in (SourceKind.UNNAMED, SourceKind.NAMED_PERSON):
                # "ByteWire spoke with two Corvane engineers": people spoken to, "they" next, no medium
                self._remember(Entity(resolved, kind, None, (hop,)))
                return
            if kind in (SourceKind.NAMED_PERSON, SourceKind.OTHER):
                kind = SourceKind.OUTLET  # ("host broadcaster RTV Valmorra" is no person "he" may be)
                hop = replace(hop, kind=kind)
            self._remember(Entity(resolved, kind, None, (hop,), media or "newspaper"))

    def _register_document(self, medium: Any, base: int, body: str, frame: Frame) -> None:
        """A document a medium saw, named where nobody speaks ("laid bare in a leaked email seen by
        the Post"): what "it" next refers to, with the medium before it unless the medium is ours."""
        assert frame.source is not None
        document = self.resolve(body[slice(*frame.source)])
        if not isinstance(document, str) or k.guess_kind(document) != SourceKind.DOCUMENT:
            return
        hop = Hop(document, SourceKind.DOCUMENT, None, **self._where(base, frame.source, frame.cue, Cue.SAID))
        if isinstance(medium, str):
            medium = self.by_name.get(medium.lower())  # (just registered as a medium)
        before = medium.path[-1:] if isinstance(medium, Entity) else ()
        self._remember(Entity(document, SourceKind.DOCUMENT, None, (*before, hop)))

    def _listener(self, span: tuple[int, int] | None, described: tuple[int, int] | None, body: str) -> Any:
        if span is None:
            return None
        told = self.resolve(body[slice(*span)], body[slice(*described)] if described else None, listener=True)
        if re.search(r"['’]s$", body[slice(*span)]):
            # "told Pennick's chairman": someone at a body told, a hop only if the body is a medium
            name = told.name if isinstance(told, Entity) else told if isinstance(told, str) else ""
            if not (isinstance(told, Entity) and told.media) and not self.media_of(name, self._kind(name)):
                return None
        return told

    def _pronoun_of(self, person: Entity) -> str | None:
        """The pronoun a person was read as, or the one their honorific says ("Ms Okafor"): only for
        the person the surname first named ("Mr Kerrow" is not his mother, Brenda Kerrow)."""
        words = person.name.split()
        if person.pronoun or person.kind != SourceKind.NAMED_PERSON or len(words) < 2:
            return person.pronoun
        surname = words[-1].lower()
        if self.persons.get(surname, person.name) != person.name:
            return None
        return self.honorific_pronoun.get(surname) or None

    def _person_called(self, pronoun: str) -> Entity | None:
        """The person "he" or "she" is: the last person, unless a pronoun was read before as the other
        one's ("..., his daughter Marta said. ... In a 1996 interview, he said": not Marta)."""
        person = self.last.get("person")
        if person and self._pronoun_of(person) not in (None, pronoun):
            person = next(
                (met for met in reversed(self.persons_met) if self._pronoun_of(met) in (None, pronoun)),
                person,
            )
        if person and person.pronoun is None:
            person.pronoun = pronoun
        return person

    def _speaker(self, frame: Frame, body: str) -> Any:
        if (
            frame.pronoun == "it"
            and self.subject_it
            and frame.cue[0] > self.subject_it[0]
            and (
                _IT_AFTER_CONTENT.search(body, max(0, frame.cue[0] - 40), frame.cue[0])
                or _IT_AFTER_COLON.search(body, max(0, frame.cue[0] - 40), frame.cue[0])
            )
        ):
            # "Grupo Alvira will pay ..., it said" (not "as it reported to"); "The Department puts it
            # lower: it told us ..."
            return self.subject_it[1]
        if frame.pronoun == "it" and frame.verb == "reads":
            # "Team Orvita have put out a statement. "...," it reads.": the statement of that subject
            # (or the person who posted it); nothing else ("a petition from residents ... it reads")
            if not _PUT_OUT.search(self.text, max(0, self.sentence_start - 300), self.sentence_start):
                return None
            subject = self.subject_it or self.subject_it_before
            return subject[1] if subject else self.last.get("person")
        if frame.pronoun == "it":
            it, document = self.last.get("it"), self.last.get("document")
            if document and (not it or document.seen > it.seen) and self.paragraph - document.paragraph <= 1:
                return document  # "... in a leaked email seen by the Post. It quotes an aide as warning"
        if frame.pronoun == "it" and self.report_owner and frame.verb in _WHAT_REPORTS_DO:
            it = self.last.get("it")
            if not it or it.seen <= self.report_owner[0]:
                # "... a draft report by the Regional Care Quality Inspectorate. ... It found that": the
                # report, whose author nothing has spoken since
                owner = self.report_owner[1]
                return self.by_name.get(owner.lower()) or self.resolve(owner)
        if frame.pronoun in ("he", "she") and "person" not in self.last:
            it = self.last.get("it")
            if it and it.kind == SourceKind.OTHER and not it.media and " " not in it.name:
                return it  # ""...," said Priya, 17. "...," she said": one name alone, no one else named
        if frame.pronoun in ("he", "she"):
            person = self._person_called(frame.pronoun)
            said_of = _NAMED_THEN_PRONOUN.match(body, 0, max(0, frame.cue[0] - len(frame.pronoun) - 1))
            if person and said_of and said_of.group("name").split()[-1] in person.name.split():
                # "Arkwright, he said, had lost his job": "he" is not the one he speaks of
                return next((met for met in reversed(self.persons_met) if met is not person), person)
            return person
        if frame.pronoun == "both":  # "Both said": the two people last named, not a document
            unnamed = self.last.get("unnamed")
            latest = max((entity.seen for entity in self.last.values()), default=0)
            # (only those last met: after "The Fiscal Council and the central bank", one of the two,
            # or an unnamed group named before them, would be half the answer or a wrong one)
            return (
                unnamed if unnamed and unnamed.kind == SourceKind.UNNAMED and unnamed.seen == latest else None
            )
        if frame.pronoun:
            return self.last.get({"it": "it", "they": "they"}[frame.pronoun])
        if frame.source is None:
            return None
        raw = body[slice(*frame.source)]
        described = body[slice(*frame.described)] if frame.described else None
        if frame.apposition:
            apposition = body[slice(*frame.apposition)].strip()
            named_only = _NAME_GIVEN.fullmatch(apposition)
            if named_only and named_only.group("handle"):
                return named_only.group("handle")  # the account's handle, as written
            if named_only:  # "A retired teacher, who gave her name only as Agnesa, said": Agnesa
                return self.resolve(named_only.group("name"))
            in_place = _NAME_AT_IN_PLACE.fullmatch(apposition)
            if in_place:  # "Tadeo Ruiz-Kemp of the Institute for Ancient Genomics in Lisbourne": where
                apposition = in_place.group("named")  # he works is part of what names him; the town not
            named = re.fullmatch(m._NAME, apposition)
            if re.fullmatch(r"@\w{2,30}", apposition):
                return apposition  # "An account on X, @truthnurse_val, ... posted": the account
            if re.fullmatch(r"[A-Z][A-Z-]{1,7}", apposition):
                self.acronyms.setdefault(apposition.lower(), re.sub(r"^(?:[Tt]he)\s+", "", raw))
                named = None  # "The national weather service, ANM, said": the service, now also ANM
            if named and not re.match(rf"{m._NAME}$", raw) and not described:
                return self.resolve(apposition)  # "The terminal operator, Kessel Port Holdings, said"
            role_named = re.fullmatch(
                rf"(?!citing\b|quoting\b)(?:[a-z][\w-]*\s+){{1,4}}({m._NAME})", apposition
            )
            if (
                role_named
                and not described
                and k.guess_kind(role_named.group(1)) == SourceKind.NAMED_PERSON
                and k.guess_kind(re.sub(r"^(?:[Tt]he|[Aa]n?)\s+", "", raw)) == SourceKind.UNNAMED
            ):
                # "a delegate from the Orsk region, tractor brigade leader Ilinca Moraru, said": her
                return self.resolve(role_named.group(1))
            role_then_name = _ROLE_THEN_NAME.fullmatch(apposition)
            if (
                role_then_name
                and not described
                and _ROLE_OF.fullmatch(raw)
                and k.guess_kind(role_then_name.group("name")) == SourceKind.NAMED_PERSON
            ):
                # "the mission's head, former Tesnian foreign minister Ingrid Solvay, told": her
                return self.resolve(role_then_name.group("name"))
            by = _PUBLISHED_BY.match(apposition)
            if by and k.guess_kind(re.sub(r"^(?:[Tt]he)\s+", "", raw)) in (
                SourceKind.DOCUMENT,
                SourceKind.UNNAMED,
            ):
                # "The figures, published by the statistics office on Tuesday, show": the office's
                return self.resolve(by.group("by"))
            at_org = re.fullmatch(rf"(?:from|at|of)\s+(?:the\s+)?({m._NAME})", apposition)
            if at_org and re.match(
                r"(?:\w+\s+)?(?:analysts|experts|researchers|economists|lawyers)\b", raw, re.I
            ):
                return self.resolve(at_org.group(1))  # "Lawyers for the men, from the ACLU, said"
            result = self.resolve(raw, described)
            if result is None and re.fullmatch(
                r"[Tt]he\s+(?:official|source|person|spokes(?:man|woman|person))", raw
            ):
                result = raw[4:]  # "The official, speaking on condition of anonymity, said": none before
            # "RNV, the regional broadcaster, said" (not "X, in an interview with broadcaster NBR, said")
            kind = re.match(
                r"(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(broadcaster|agency|newspaper|paper|channel|network|daily)\b",
                apposition,
            )
            if isinstance(result, str) and kind:
                self._media_hint = (result, k.MEDIA_REF_TYPES.get(kind.group(1)))
            return result
        return self.resolve(raw, described)

    def _spoke_to(self, medium: Any, base: int, body: str) -> None:
        """ "Speaking to the public broadcaster CRT on Sunday, Finance Minister Julian Teague
        dismissed speculation ...": what he says next ("he said") he says to CRT."""
        person = self.last.get("person")
        if (
            medium is _PUBLISHER
            and person
            and self.has_subject
            and len(person.path) > 1
            and person.name.split()[-1] in body
        ):
            # "Speaking to the Courier yesterday, Brathwaite ..." in the Courier, after a press release
            # quoted her: from here on she speaks to the publisher, not through the release.
            person.path = (person.path[-1],)
            return
        if isinstance(medium, str):
            medium = self.by_name.get(medium.lower())
        if (
            isinstance(medium, Entity)
            and medium.media
            and person
            and self.has_subject
            and person.path
            # (named in this sentence: a new mention, or by a name met before, "Brannigan has been ...")
            and (
                (person.path[-1].mention_start or -1) >= base
                or re.search(rf"\b{re.escape(person.name.split()[-1])}\b", body)
            )
        ):
            told = medium.path[-1]
            if told.kind not in (SourceKind.OUTLET, SourceKind.NEWS_AGENCY):
                told = replace(told, kind=SourceKind.OUTLET)  # (a medium, whatever its name says)
            person.path = (told, person.path[-1])
            person.via_listener, person.entry = True, self.entry
            if body.rstrip().endswith(":"):
                # "Brannigan has been speaking to RTV Valmorra at the finish:" and a quotation next
                self.introduced_path = person.path

    def _medium_named_before(self) -> Any:
        """The medium last named in this paragraph before the sentence (read over 300 characters)."""
        at = self.sentence_start
        begins = max(self.text.rfind("\n", max(0, at - 300), at) + 1, at - 300)
        before = self.text[begins:at]
        stop = before.rfind(". ", 0, len(before) - 2)
        last = stop + 2 if stop >= 0 else 0  # (the sentence before: its subject)
        first = last + len(before[last:]) - len(before[last:].lstrip())
        if before.startswith("The ", first):
            first += 4  # ("The Saturday Herald, which has backed him, ... Its political editor")
        opener = _NAME_RE.match(before, first)
        if not opener or not k.media_type(opener.group(), ""):
            return None  # ("Apex Books said ..., according to Reuters. Its editor": Apex's, not Reuters')
        return self.resolve(opener.group(), listener=True)

    def _told_the_reporter(self, frame: Frame, masked: str) -> Entity | None:
        """Whom "told her" names when the sentence before was a person's report in this paragraph
        (a live blog's correspondent: "Hana Brierley says the mood has shifted. A senior whip told her
        ..."): that person, a hop before the one who told them."""
        if not _TOLD_HIM.match(masked, frame.cue[1]) or self.last_speaker_paragraph != self.paragraph:
            return None
        path = self.last_speaker_path
        if len(path) != 1 or path[0].kind != SourceKind.NAMED_PERSON:
            return None
        return self.by_name.get(path[0].name.lower())

    def _learn_report_owner(self, masked: str) -> None:
        """ "a report published in September by the Brennick Institute", "The Brennick report": whose
        "the report" later is, if no medium reported since."""
        for owner in _REPORT_OWNER.finditer(masked):
            name = owner.group("by") or owner.group("named") or owner.group("owned") or owner.group("writer")
            if name and not self._is_publisher(name):
                self.report_owner = (self.clock, name)
