"""Who a sentence is about: a person or an organisation named as its subject is whom a later "he",
"she" or "..., it said" refers to (`Reader` reads the sentences)."""

import re

from ...scales import Cue, SourceKind
from . import kinds as k
from .entities import Entity, Hop
from .hops import Hops
from .reference_words import _BODY_NOUNS, _stem, _words
from .sentence_shapes import _GROUP_SUBJECT, _INTRODUCED, _SUBJECT, _SUBJECT_ROLE

# A body referred back to as the subject ("The union disputes that.").
_BODY_SUBJECT = re.compile(r"\W*(?P<src>The\s+(?P<noun>[a-z]+))\s+(?!of\b|in\b|at\b|for\b|and\b|said\b)[a-z]")


# A name qualifying a plural noun, the sentence's subject ("Valdorian forces had"): no later "it"
_PLURAL_HEAD = re.compile(r"\s+[a-z]+[^su\W]s\s+(?:had|have|were|are|will|would|could|did)\b")

# Someone named by the one name they gave: "who gave his name only as Yusuf", "identified only as Mira".
_NAMED_ONLY = re.compile(
    r"\b(?:gave|gives|giving)\s+(?:his|her|their)\s+(?:first\s+)?name\s+(?:only\s+)?as\s+"
    r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)"
    r"|\bidentified\s+only\s+(?:by\s+(?:his|her|their)\s+first\s+name\s+)?as\s+(?P<name2>[A-Z][\w’'-]+)"
    # ("a student who gave only his first name, Joaquín, said")
    r"|\bgave\s+only\s+(?:his|her|their)\s+(?:first\s+)?name,?\s+(?:as\s+)?(?P<name3>[A-Z][\w’'-]+)"
)


# A body that has put out a statement: what "it" next says is the statement's.
_ISSUED_STATEMENT = re.compile(
    r"\s+(?:has\s+|have\s+|had\s+)?(?:issued|released|published|put\s+out|posted)\s+(?:a|an)\s+"
    r"(?:[\w-]+\s+){0,3}?statement\b"
)


_CALLED = re.compile(r"\b(?:called|calls|recalled|questioned|cross-examined|introduced|heard|turned)\s")


_INTRODUCED_GROUPS = ("src", "described_src", "apposed_src", "aged_src", "for_src", "called_src")


class Subjects(Hops):
    """Remembers each sentence's named subject."""

    @staticmethod
    def _described(match: re.Match[str], body: str) -> str | None:
        start, end = match.span("src_described") if "src_described" in match.re.groupindex else (-1, -1)
        return body[start:end] if start >= 0 else None

    def _entity(
        self,
        name: str,
        kind: str,
        base: int,
        span: tuple[int, int],
        cue: str = Cue.SAID,
        media: str | None = None,
    ) -> Entity:
        """A source named in this sentence (at `span`), with its one hop."""
        hop = Hop(name, kind, None, **self._where(base, span, span, cue))
        return Entity(name, kind, None, (hop,), media)

    def _body_kind(self, name: str) -> str:
        kind = self._kind(name)
        return SourceKind.OTHER if kind == SourceKind.NAMED_PERSON else kind  # (two capitalised words)

    def _named_only_as(self, base: int, masked: str) -> None:
        """ "a man who gave his name only as Yusuf": Yusuf is whom "he" next refers to."""
        if "name" not in masked and "identified" not in masked:
            return
        for found in _NAMED_ONLY.finditer(masked):
            group = next(group for group in ("name", "name2", "name3") if found.group(group))
            self._remember(self._entity(found.group(group), SourceKind.NAMED_PERSON, base, found.span(group)))

    def _subject_person(self, base: int, body: str, masked: str, *, speaks: bool = False) -> None:
        """A person who is the subject of a sentence is whom a "he" or "she" next refers to
        ("Dr Amadou Traoré called the results a turning point. 'For the first time...,' he said.")."""
        subject = _SUBJECT_ROLE.match(masked) or _SUBJECT.match(masked)
        self.has_subject = subject is not None
        if not speaks and (grouped := _GROUP_SUBJECT.match(masked)):
            subject = grouped
        body_subject = _BODY_SUBJECT.match(masked) if not subject and not speaks else None
        if body_subject and body_subject.group("noun").lower() in _BODY_NOUNS:
            # "The union disputes that. It says ...": "it" next is the body this sentence is about
            resolved = self.resolve(body[slice(*body_subject.span("src"))])
            if isinstance(resolved, str) and k.is_organisation(resolved):
                resolved = self._entity(resolved, self._body_kind(resolved), base, body_subject.span("src"))
            if isinstance(resolved, Entity) and k.is_organisation(resolved.name):
                self.last["it"] = resolved
            return
        if not subject:
            # (only where nobody speaks: a speaker introduced so is remembered with the chain they speak in)
            cheap = ", " in masked or _CALLED.search(masked)  # (a sentence with neither cannot match)
            titled = _INTRODUCED.search(masked) if cheap and not speaks else None
            group = next(
                (g for g in _INTRODUCED_GROUPS if titled and titled.group(g)),
                "",
            )
            if (
                titled
                and k.guess_kind(titled.group(group)) == SourceKind.NAMED_PERSON
                # (not a medium: "According to a report in the Harbour Clarion, the squad ...")
                and not self.media_hints.get(titled.group(group).lower())
            ):
                # "This did not impress Tom Hardcastle, the shadow energy secretary, ...", "His rival,
                # the economist Inga Kalniņa, ...", "Irazábal's agent, Gustavo Peralta, was more guarded."
                start, end = titled.span(group)
                resolved = self.resolve(body[start:end])
                if isinstance(resolved, str):
                    self._remember(self._entity(resolved, SourceKind.NAMED_PERSON, base, (start, end)))
                elif isinstance(resolved, Entity):
                    self.last["person"] = resolved
                return
            else:
                return
        resolved = self.resolve(body[slice(*subject.span("src"))], self._described(subject, body))
        if isinstance(resolved, str) and k.is_company(resolved):
            self.names["company"] = resolved  # "Greenhaven Homes has applied ...": "the company" later
        named = (
            resolved.name if isinstance(resolved, Entity) else resolved if isinstance(resolved, str) else ""
        )
        for noun in k.nouns_naming(named):
            self.names[noun] = named  # "Westmere Athletic have sacked ... after a defeat by Calderbrook Town"
        span = subject.span("src")
        if subject.re is _GROUP_SUBJECT and isinstance(resolved, str):
            # "Analysts at Nordhaven Bank were more cautious. In a note, they wrote ...": the analysts,
            # not the bank their name ends with
            self._remember(self._entity(resolved, SourceKind.UNNAMED, base, span))
            return
        if _PLURAL_HEAD.match(body, span[1]):
            return  # "Valdorian forces had opened fire, it said": not the Valdorian ministry
        issued = _ISSUED_STATEMENT.match(body, span[1])
        if issued and (
            isinstance(resolved, Entity)
            or (isinstance(resolved, str) and k.guess_kind(resolved) != SourceKind.NAMED_PERSON)
        ):
            # "Port Calder City have released a statement. It says ...": "it" is the statement, the body's
            entity = (
                resolved
                if isinstance(resolved, Entity)
                else self._entity(resolved, self._body_kind(resolved), base, span)
            )
            if entity.kind != SourceKind.NAMED_PERSON:
                self._remember(entity)
                self.last["it"] = self.last["statement"] = entity
                self.subject_it = (span[1], entity)  # (and "..., it reads" is its statement's words)
                return
        if isinstance(resolved, Entity) and k.is_organisation(resolved.name):
            self.subject_it = (span[1], resolved)
            return
        if (
            isinstance(resolved, str)
            and not speaks
            and (media := self.media_of(resolved, self._kind(resolved)))
        ):
            # "Bloomberg News first reported the deal on Monday. ..., the agency said": a medium named
            kind = self._kind(resolved)
            kind = SourceKind.OUTLET if kind in (SourceKind.NAMED_PERSON, SourceKind.OTHER) else kind
            self._remember(self._entity(resolved, kind, base, span, Cue.REPORTED, media))
            return
        if isinstance(resolved, str) and k.is_organisation(resolved):
            # "Grupo Alvira will pay 14.20 euros a share, it said": "it" after the content is the subject
            kind = self._body_kind(resolved)
            self.subject_it = (span[1], self._entity(resolved, kind, base, span))
            if (
                kind == SourceKind.OFFICIAL_BODY
                and not self.media_of(resolved, kind)
                and (not speaks or not self.by_word.get(_stem(_words(resolved)[-1])))
            ):
                # (named as a subject while someone else speaks too: "The Bank of Veltria cut its rate,
                # but Governor Rook said ...", then "the central bank said")
                # "The Philippine Institute of Volcanology ... measured it at 7.2. The agency said"
                self._remember(self.subject_it[1])
            return
        if isinstance(resolved, str) and k.guess_kind(resolved) == SourceKind.NAMED_PERSON:
            known = self.registry.find(resolved)
            span = subject.span("src")
            hop = Hop(
                known.name if known else resolved,
                SourceKind.NAMED_PERSON,
                known.id if known else None,
                **self._where(base, span, span, Cue.SAID),
            )
            self._remember(Entity(hop.name, SourceKind.NAMED_PERSON, hop.source_id, (hop,)))
        elif isinstance(resolved, Entity) and resolved.kind == SourceKind.NAMED_PERSON:
            self.last["person"] = resolved
        elif (
            isinstance(resolved, str)
            and not speaks
            and k.guess_kind(resolved) == SourceKind.UNNAMED
            and resolved.split()[0].endswith("s")
            and len(resolved.split()) >= 3  # (not "MPs were")
        ):
            # "Analysts at Castellan Securities were more cautious. In a note, they warned ..."
            hop = Hop(resolved, SourceKind.UNNAMED, None, **self._where(base, span, span, Cue.SAID))
            self._remember(Entity(resolved, SourceKind.UNNAMED, None, (hop,)))
