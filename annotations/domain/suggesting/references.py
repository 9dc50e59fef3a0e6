"""What the reader remembers and how a mention is resolved against it: the source a name, a
reference back ("the agency", "the ministry", "the official", a surname, "she") or a description
names, or the publisher itself."""

import re
from typing import Any

from ...scales import SourceKind
from . import kinds as k
from . import mentions as m
from . import offices
from .body_refs import NOT_FOUND, body_noun_ref
from .entities import _PUBLISHER, Entity, Hop
from .learning import Learning
from .media_refs import media_ref
from .reference_words import (
    _BODY_NOUNS,
    _CONFIDANTS,
    _DESCRIBED,
    _DOCUMENT_REF,
    _GENERIC_GROUP,
    _HEAD_ENDS,
    _IS_MEDIA_REF,
    _IS_MEDIA_REPORTS,
    _IS_UNNAMED_REF,
    _KIN,
    _LEVEL,
    _MEDIA_ACRONYM,
    _MEDIA_SUFFIX,
    _NAMED_REPORT,
    _PAPER_NAME,
    _PERSON_AT,
    _PERSON_BY_NATION,
    _POST_NOMINAL,
    _PUBLISHER_STAFF,
    _ROLE_ADJECTIVES,
    _SPEAKING_FOR,
    _STAFF,
    _STUDY_PEOPLE,
    _WHAT_IT_IS,
    _acronym,
    _compound_initials,
    _plain_mention,
    _singular,
    _stem,
    _words,
)
from .registry import Registry

_WRITTEN_REF = re.compile(r"the\s+(?:letter|post|email|e-mail|message)")


# What a medium is, said before its name ("Spanish radio show Onda Gol", "trade title Grower & Merchant").
_MEDIUM_BEFORE = re.compile(
    r"\b(?:radio|television|TV|show|programme|program|title|podcast|magazine|newspaper|paper|broadcaster|"
    r"channel|station|network|website|site|outlet|daily|weekly|tabloid|journal|newsletter)\s+$"
)


# What a body writes, named by its owner: "Fairmark's report", "the Treasury's own analysis".
_OWNERS_PAPER = re.compile(
    r"([A-Z][\w&.-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w&.-]*){0,6}"
    # (a medium referred back: "The newspaper's investigation also quoted")
    r"|[Tt]he\s+(?:newspaper|paper|broadcaster|agency|magazine|daily|station|channel|network|outlet|authority|"
    r"regulator|watchdog|ministry|department|commission|council|company|bank|union|institute|board|"
    r"laboratory|lab|university|hospital|agency|firm|group|charity|service|force))['’]s\s+"
    r"(?:[a-z]+\s+){0,3}(?:report|study|survey|analysis|figures|data|estimates|review|results|"
    r"audit|poll|findings|tests|calculations|research|investigation|story|article|reporting|account|coverage)"
)


_AGE_REF = re.compile(m.AGE_REF)


# What a body's name says it is, for "the force", "the union", "the regulator" and "the club".
_REGULATOR = re.compile(r"\b(?:Authority|Commission|Regulator|Inspectorate|Ombudsman)\b")
_BODY_CLASSES = (
    ("force", re.compile(r"\b(?:Police|Constabulary)\b")),
    ("union", re.compile(r"\b(?:Union|Association|Federation|Guild|Confederation)\b")),
    ("regulator", _REGULATOR),
    ("watchdog", _REGULATOR),
    ("club", re.compile(r"\b(?:FC|United|Rovers|Athletic|Wanderers|Rangers|Albion|Club)\b")),
    ("charity", re.compile(r"\b(?:Trust|Foundation|Charity)\b")),
    ("think tank", re.compile(r"\b(?:Institute|Foundation|Centre|Center|Forum|Council)\b")),
)


# An honorific that says which pronoun a person takes, before a capitalised surname.
_HONORIFIC = re.compile(
    r"\b(?:(?P<he>Mr|Sir|Lord)|(?P<she>Mrs|Ms|Miss|Dame|Lady))\.?\s+"
    r"(?P<name>[A-Z][\w’'-]+(?: +[A-Z][\w’'-]+){0,3})"
)


def learn_honorifics(found: dict[str, str], body: str) -> None:
    """Surname -> pronoun from the honorifics in a sentence; a surname given both is marked "" (two
    people of one family: "Mr and Mrs Ellery")."""
    for match in _HONORIFIC.finditer(body):
        pronoun = "he" if match.group("he") else "she"
        surname = match.group("name").split()[-1].lower()  # ("Ms Lena Brandt": Brandt)
        found[surname] = pronoun if found.get(surname, pronoun) == pronoun else ""


class Memory(Learning):
    """The sources met so far, kept by key so a reference back is one look-up, not a walk back
    over every source met (which made long texts quadratic): the latest source of each name and
    of each word of a name, the latest person, body, group, and medium of each kind."""

    def __init__(self, text: str, registry: Registry, publisher: str = ""):
        self.text, self.registry = text, registry
        self.publisher_words = set(_words(publisher))
        self.publisher_key = " ".join(_words(publisher))
        self.publisher_initials = "".join(w[0] for w in publisher.split() if w[:1].isupper()).lower()
        # "VoD" for Voice of Dravonia, "BoE" for Bank of England: the small words' letters too
        self.publisher_all_initials = "".join(w[0] for w in publisher.split() if w[:1].isalpha()).lower()
        self.publisher_compound_initials = _compound_initials(publisher)
        self.by_name: dict[str, Entity] = {}  # lower-cased name
        self.by_word: dict[str, Entity] = {}  # each word of a name, stemmed
        self.persons: dict[str, str] = {}  # a surname -> the full name first given
        self.given_first: dict[str, str] = {}  # a person's first word -> the full name first given
        self.titles: dict[str, str] = {}  # a title -> the person it was given before ("minister")
        # a title with a nationality ("kelvarian minister"), or a nationality alone, -> the person; and
        # a title given with no nationality (the publisher's own country's minister, in state media)
        self.national: dict[str, str] = {}
        self.unmarked_titles: dict[str, str] = {}
        self.unnamed_by_head: dict[tuple[str, bool], Entity] = {}  # ("source", plural?) -> the latest
        self.appositions: dict[str, str] = {}  # "the kazakh state news agency" -> "Kazinform"
        self.first_words: dict[str, str] = {}  # "brackwater" -> "Brackwater Water" (a body's first word)
        self.names: dict[str, str] = {}  # a word of a body's name -> the name first given
        self.agency_named: str | None = None  # the last body named "... Agency" (spoken or not)
        self.agency_named_at = 0
        # a description's head noun -> its words and the name it described ("the state rail operator
        # Alpenbahn": "operator" -> ({"state", "rail", "operator"}, "Alpenbahn"))
        self.described_as: dict[str, tuple[set[str], str]] = {}
        self.acronyms: dict[str, str] = {}  # "ntsb" -> "National Transportation Safety Board"
        self.body_class: dict[str, Entity] = {}  # the last body of each kind by name ("force": X Police)
        self.persons_met: list[Entity] = []  # the last persons noted, the latest last
        # a surname -> "he" or "she" ("" for both), from the honorifics the sentences read so far give it
        # ("Ms Okafor"): who a pronoun can be before any pronoun was read as theirs
        self.honorific_pronoun: dict[str, str] = {}
        self.body_hints: set[str] = set()  # "orrin aeroengines" ("Orrin Aeroengines, which builds ...")
        self.media_hints: dict[str, str] = {}  # "rnv" -> "broadcaster" ("RNV, the regional broadcaster")
        self.last: dict[str, Entity] = {}  # "person", "it", "they", "unnamed", "media", "statement", ...
        self.last_speaker_path: tuple[Hop, ...] = ()
        self.last_speaker_paragraph = -10
        self.narrated: tuple[int, Entity | None] = (-1, None)  # a sentence about someone: its start, who
        self.has_subject = False  # does the sentence read now begin with a named subject?
        self.report_owner: tuple[int, str] | None = None  # (when) whose report was named last
        self.own_staff: set[str] = set()  # the publisher's people named so far, lower-cased
        # a transcript's labelled paragraph and its speaker
        self.labelled: tuple[int, tuple[Hop, ...]] = (-1, ())
        self._media_hint: tuple[str, str | None] | None = None  # "RNV, the regional broadcaster"
        self.clock = 0  # counts the sources noted, for recency
        self.republished: Hop | None = None  # the agency whose text is republished (a credited dateline)
        # a note's paragraph and the body whose text is reproduced after it ("The following release ...")
        self.reproduced: tuple[int, Hop | None] | None = None
        self.subject_it: tuple[int, Entity] | None = None  # an organisation, the sentence's subject
        self.subject_it_before: tuple[int, Entity] | None = None  # (the sentence before's)
        self.introduced_path: tuple[Hop, ...] = ()  # who speaks to a medium after a colon
        # does the sentence give a statement, name "the statement" (None: not looked for yet)
        self._statement_words: tuple[bool, bool] | None = None
        self._masked = ""  # the sentence being read, as the frames see it
        self.paragraph = 0  # the paragraph being read
        self.sentence_start = 0  # where the sentence being read begins
        # a live blog's entry: the last paragraph that begins with a time ("17:28"); whoever spoke to a
        # medium in one entry speaks on another occasion in the next
        self.entry = -1

    # --- remembering ---------------------------------------------------------------------------

    def _remember(self, entity: Entity) -> None:
        self.by_name[entity.name.lower()] = entity
        if entity.kind in (SourceKind.OFFICIAL_BODY, SourceKind.OTHER) and not _PAPER_NAME.search(
            entity.name
        ):
            for noun, named_so in _BODY_CLASSES:  # "the force" after Eastmoor Police
                if named_so.search(entity.name):
                    self.body_class[noun] = entity
        initials = _acronym(entity.name)
        if initials:  # "the ACLU" after "the American Civil Liberties Union"
            self.by_name.setdefault(initials, entity)
        # (a description in lower case is unnamed whatever its kind: "a volunteer from the Tessaly Mountain
        # Rescue Team" is no "Tessaly Mountain Rescue Team")
        described = entity.kind == SourceKind.UNNAMED or (
            entity.name[:1].islower() and entity.kind == SourceKind.NAMED_PERSON
        )  # (a "regional branch of the Emergencies Ministry" is still "the ministry")
        indexed = _HEAD_ENDS.split(entity.name, maxsplit=1)[0] if described else entity.name
        if entity.kind == SourceKind.UNNAMED and _words(indexed):
            head = _words(indexed)[-1]
            self.unnamed_by_head[(_stem(head), head.endswith("s") or head == "people")] = entity
        # ("a former Corvane employee" is no "Corvane": a name inside an unnamed source is not it)
        inner_names = (  # (nor is a document's author: "figures compiled by the council" is no council)
            {w.lower() for w in indexed.split()[1:] if w[:1].isupper()}
            if described or entity.kind == SourceKind.DOCUMENT
            else ()
        )
        for word in _words(indexed):  # "spokesperson for the health ministry" is no "ministry"
            if word not in inner_names:
                self.by_word[_stem(word)] = entity
        self._note(entity)

    def _note(self, entity: Entity) -> None:
        """The entity just spoke: it is now what "she", "it", "they", "the agency" refer to."""
        kind = entity.kind
        self.clock += 1
        entity.seen, entity.paragraph = self.clock, self.paragraph
        if kind == SourceKind.DOCUMENT:
            self.last["document"] = entity
        elif kind in (SourceKind.OFFICIAL_BODY, SourceKind.OTHER) and not entity.media:
            self.last["body"] = entity
        if kind == SourceKind.NAMED_PERSON or (kind == SourceKind.UNNAMED and _singular(entity.name)):
            self.last["person"] = entity
            if entity in self.persons_met:
                self.persons_met.remove(entity)
            self.persons_met = [*self.persons_met[-5:], entity]
        elif kind == SourceKind.UNNAMED or (entity.name[:1].islower() and entity.name.endswith("s")):
            self.last["they"] = entity
        else:
            self.last["it"] = entity
            self.last.setdefault("they", entity)
        if kind == SourceKind.UNNAMED:
            self.last["unnamed"] = entity
        if entity.media:
            self.last["media"] = entity
            self.last[entity.media] = entity

    def _is_publisher(self, name: str) -> bool:
        words = _words(_PUBLISHER_STAFF.sub("", name))
        if not words or not self.publisher_words:
            return False
        if len(words) == 2 and words[1] in ("news", "online", "tv", "radio") and len(words[0]) > 2:
            # "told NBS News": Northmoor Broadcasting Service's news, by its initials (only by them:
            # "Irish News" in The Irish Times is another medium)
            return words[0] in (self.publisher_initials, self.publisher_all_initials)
        return (
            set(words) <= self.publisher_words
            or " ".join(words) == self.publisher_key
            or (len(words) == 1 and words[0] == self.publisher_initials)  # "told MPA": Meridian Press Agency
            or (len(words) == 1 and len(words[0]) > 2 and words[0] == self.publisher_all_initials)
            or (len(words) == 1 and words[0] in self.publisher_compound_initials)  # "TWP": Transworld Press
        )

    def _another_document(self, lowered: str) -> bool:
        """ "The settlement agreement" after "court filings" is another document, not those filings;
        "the papers", "the files" are any."""
        last = self.last.get("document")
        head = _stem(lowered.split()[-1])
        if not last or head in ("document", "paper", "file", "record", "data", "figure", "statistic"):
            return False
        return head not in {_stem(word) for word in _words(last.name)}

    def resolve(self, raw: str, described: str | None = None, *, listener: bool = False) -> Any:
        """The entity a mention names (an earlier one it refers back to, or a new one to make:
        returned as its name), `_PUBLISHER`, or None when it names no source."""
        raw, described, named = _plain_mention(raw, described)
        if named is not None:
            return self.resolve(named) if named[:1] != "@" else named
        owned = _OWNERS_PAPER.fullmatch(raw)
        if owned and not described:
            return self.resolve(owned.group(1))  # "According to Fairmark's report": Fairmark
        lowered = raw.lower()
        if _AGE_REF.fullmatch(raw) and self.last.get("person"):
            age = re.search(r"\d+", raw).group()  # type: ignore[union-attr]
            if re.search(
                rf"\b(?:a|an)\s+{age}-year-old\b",
                self.text[max(0, self.sentence_start - 3000) : self.sentence_start],
            ):
                return None  # ("a 71-year-old man was arrested": someone never named)
            return self.last["person"]  # "The 71-year-old said" after "Walter Briggs, 71, said"
        if _WRITTEN_REF.fullmatch(lowered) and raw.split()[-1].islower() and self.last.get("statement"):
            # (not "the Post", a newspaper's name)
            return self.last["statement"]  # "the letter stated" after "In a letter to X, Mattias Rehn said"
        if lowered in self.appositions and not described:
            named_before = self.appositions[lowered]  # "the Kazakh state news agency": Kazinform
            return self.by_name.get(named_before.lower()) or named_before
        level = None
        # (what the description says it is: "Spanish radio show Onda Gol" is a medium told)
        described_medium = bool(
            described and raw.endswith(described) and _MEDIUM_BEFORE.search(raw[: len(raw) - len(described)])
        )
        if described:
            # "the state Department of Transportation" is that department, as the text names it; "the
            # grid operator Nordnett" is Nordnett
            level = _LEVEL.fullmatch(raw[: len(raw) - len(described)].strip())
            raw = f"{level.group('level')} {described}" if level else described
        elif _IS_MEDIA_REPORTS.fullmatch(raw):
            return re.sub(r"^(?:[Tt]he)\s+", "", raw)
        elif (
            _DOCUMENT_REF.fullmatch(raw)
            and (self.last.get("document") or self._body_just_heard())
            and not self._another_document(lowered)
        ):
            # "The papers say" after "internal documents seen by the Ledger"; "The figures showed" after
            # "according to figures released by the statistics office"
            return self.last.get("document") or self._body_just_heard()
        elif _IS_MEDIA_REF.fullmatch(raw):
            return media_ref(self, raw, listener=listener)
        elif _IS_UNNAMED_REF.fullmatch(raw) and not raw.split()[-1][:1].isupper():  # ("the Observer": a name)
            head = _stem(lowered.split()[-1])
            plural = lowered.endswith("s") or head == "people"
            earlier = self.unnamed_by_head.get((head, plural))
            for same in (_STUDY_PEOPLE, _CONFIDANTS):
                if not earlier and head in same:  # "the authors" after "researchers at X", "the insider"
                    earlier = next(  # after "a source close to the star"
                        (found for other in same if (found := self.unnamed_by_head.get((other, plural)))),
                        None,
                    )
            two_words = len(lowered.split()) == 2
            titled = self.titles.get(lowered.split()[-1]) if not plural and two_words else None
            if titled and not earlier:  # "the judge" after "Mrs Justice Harriet Moreland", "Judge X"
                return self.by_name.get(titled.lower()) or titled
            if earlier:
                return earlier  # "the on-set source" after "a source on the set" (not "Sources said")
            if head.startswith("spokes") or head in ("official", "source", "person", "people"):
                # "the spokesman" after "spokesman Esmaeil Baghaei"; "the sources" after "two people
                # familiar with the matter told Meridian"
                plural = lowered.endswith("s") or head == "people"
                return (
                    self.last.get("unnamed")
                    if plural
                    else self.last.get("person") or self.last.get("unnamed")
                )
            return re.sub(r"^(?:[Tt]he)\s+", "", raw)  # "the delegates" with none before: these delegates
        name = re.sub(
            # ("one" and "another" stay, as most sets write them: "one cabinet minister", "another
            # neighbour"; three claims of older sets drop "one")
            r"^(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+",
            "",
            raw,
        )
        name = _WHAT_IT_IS.sub("", name)  # "Broadcaster NTV is reporting", "Rival Tessaline Group said"
        staff = _STAFF.search(name)
        if staff and re.search(r"(?:\b[A-Z0-9][\w&.-]*|\bdpa)$", name[: staff.start()]):
            # "an Anadolu Agency correspondent": Anadolu Agency (not "the national team")
            name = name[: staff.start()]
        reporter = _NAMED_REPORT.sub("", name)
        if reporter != name and self.media_of(reporter, k.guess_kind(reporter)):
            name = reporter  # "a Reuters report citing ...": Reuters
        name = _POST_NOMINAL.sub("", name)  # "Nicholas Trent KC": Nicholas Trent
        if re.search(r"(?:[A-Z]\S*|\bdpa)" + _MEDIA_SUFFIX.pattern, name):
            name = _MEDIA_SUFFIX.sub("", name)  # "Tasnim news agency" is Tasnim
        described_name = None if level else _DESCRIBED.match(name)
        if (
            described_name
            and re.fullmatch(
                rf"(?:[{m._UPPER}][\w-]*\s+)*[{m._UPPER}][\w-]*['’]s\s+", name[: described_name.start("name")]
            )
            and not k.media_type(described_name.group("name"), SourceKind.OTHER)
        ):
            described_name = None  # "Vietnam's National Centre for Hydro-Meteorological Forecasting"
        if described_name and not re.search(
            r"\b(?:at|of|for|from|in|with|on|to|by|inside|within|near|among|around|close|who)\s",
            name[: described_name.start("name")],
        ):
            name = described_name.group("name")
        name = re.sub(r"['’]s$", "", name)  # "Amnesty International's report": Amnesty International
        owner = re.match(r"(.+?)['’]s\s+[A-Z]", name) if listener else None
        if owner and k.media_type(owner.group(1), "") and not k.media_type(name[owner.end(1) :], ""):
            name = owner.group(1)  # "on Northern Sports TV's Final Whistle programme": the broadcaster
        place = re.match(rf"[{m._UPPER}][\w-]*(?:\s+[{m._UPPER}][\w-]*)?['’]s\s+(?=[{m._UPPER}]|dpa\b)", name)
        rest = name[place.end() :] if place else ""
        if place and (
            k.media_type(rest, SourceKind.OTHER)
            or (" " not in rest and not re.fullmatch(m._ORG_WORDS, rest.lower()))
        ):
            name = name[place.end() :]  # "Hong Kong's South China Morning Post" is the Post
        if name.endswith(".") and "." not in name.split()[-1][:-1]:
            name = name[:-1]  # the sentence's full stop, not "U.S."
        speaking_for = _SPEAKING_FOR.match(name)
        if speaking_for:  # "a spokesman for Prime Minister Karl Dane" speaks for him: not Dane himself
            name = f"{speaking_for.group('who')} {k.strip_title(speaking_for.group('whom'))}"
        else:
            name = k.strip_title(name)
        if described and re.search(rf"\b(?:{k.PERSON_TITLES})\b", lowered):
            name = k.cut_workplace(name)
        person_at = _PERSON_AT.fullmatch(name)
        if person_at and k.guess_kind(person_at.group("person")) == SourceKind.NAMED_PERSON:
            name = person_at.group("person")  # "Tomasz Wilk of Jefferies"
        if not name or name.lower() in ("it", "he", "she", "they", "this", "that", "there", "we", "i"):
            return None
        if self._is_publisher(name):
            return _PUBLISHER
        words = name.split()
        if self.national or self.unmarked_titles:
            named_so = offices.person_named(
                lowered, national=self.national, unmarked=self.unmarked_titles, titles=self.titles
            )
            if named_so is not None:  # "the Kelvarian minister", "the head of state"
                return (self.by_name.get(named_so.lower()) or named_so) if named_so else None
        titled = (
            self.titles.get(words[-1].lower()) if lowered.startswith("the ") and len(words) <= 2 else None
        )
        if titled and k.is_title(words[-1]) and "'s" not in lowered and "’s" not in lowered:
            return (
                self.by_name.get(titled.lower()) or titled
            )  # "the minister" after "Finance Minister Lena Okoro"
        if (
            lowered.startswith("the ")
            and len(words) == 1
            and _PERSON_BY_NATION.fullmatch(name)
            and not self.by_word.get(_stem(name.lower()))  # (not "the Guardian" after The Guardian)
            and k.guess_kind(name) == SourceKind.OTHER
        ):
            # "the Italian said" after Redmere manager Lucio Ferrante: the person just named
            return self.last.get("person") or name
        earlier = self.by_name.get(name.lower())
        if earlier:
            return earlier
        shortened = self.first_words.get(name.lower()) if " " in name else None
        if shortened and not listener:  # "Sable Ridge said" after Sable Ridge Pharmaceuticals
            return self.by_name.get(shortened.lower()) or shortened
        if (
            lowered.startswith("the ")
            # ("the Civic Alliance leader", "the detective chief inspector")
            and (len(words) <= 2 or all(w[:1].isupper() or k.is_title(w) for w in words[:-1]))
            and k.is_title(words[-1])
            and "'s" not in lowered
            and "’s" not in lowered
        ):
            titled = self.titles.get(words[-1].lower())
            if titled:  # "the minister" after "Finance Minister Lena Okoro"
                return self.by_name.get(titled.lower()) or titled
            person = self.last.get("person")
            if person and person.name in self.titles.values():
                return name  # the last person has another title: a minister not named
            if person and person.kind == SourceKind.UNNAMED and words[-1].lower() not in person.name.lower():
                return name  # "the governor" after "a hospital director": another person
            return person or name  # "the spokesman" after "Anna Berg, a spokeswoman for ..."
        if name.lower() in self.acronyms:
            expanded = self.acronyms[name.lower()]
            return self.by_name.get(expanded.lower()) or expanded
        initial = re.fullmatch(r"[A-Z]\.\s*([A-Z][\w’'-]+)", name)
        surname_of = self.persons.get(initial.group(1).lower()) if initial else None
        if surname_of:  # "B. Amanov": Batyr Amanov
            return self.by_name.get(surname_of.lower()) or surname_of
        if len(words) == 1 and name[:1].isupper() and not _GENERIC_GROUP.fullmatch(name):
            # a surname, or a short name of a body ("Sources said" are sources, not the last ones)
            earlier = self.by_word.get(_stem(name.lower()))
            first_given = self.persons.get(name.lower())
            if (
                earlier
                and first_given
                and earlier.kind == SourceKind.NAMED_PERSON
                and earlier.name != first_given
                and len(first_given.split()) <= 3
                and k.guess_kind(first_given) == SourceKind.NAMED_PERSON
                and not listener
            ):
                # a surname alone is the full name first given ("Radcliffe" is Owen Radcliffe, not his
                # mother Margit Radcliffe who spoke later)
                return self.by_name.get(first_given.lower()) or first_given
            if earlier and _KIN.search(earlier.name) and not listener:
                # "Kravik" after "the Kravik family said": the man himself (by the full name if given)
                earlier = None
                if not first_given:
                    return name
            if earlier:
                # (one told is a hop only as a medium: "told Aurelia directors" after Virtus Aurelia)
                return None if listener and not earlier.media else earlier
            named_body = self.names.get(_stem(name.lower()))
            full = (
                self.persons.get(name.lower())
                or self.first_words.get(name.lower())
                or self.given_first.get(name.lower())
                # a body by the last word of its name: "City" after Castlegate City
                or (
                    named_body
                    if named_body and named_body.split()[-1] == name and k.is_organisation(named_body)
                    else None
                )
                # or by its first ("Harcourt" after Harcourt Fine Art, the underwriter)
                or (named_body if named_body and named_body.split()[0] == name else None)
            )
            if full and full != name:
                return (
                    self.by_name.get(full.lower()) or full
                )  # "Lind": Oskar Lind; "Brackwater": Brackwater Water
        if lowered.startswith("the ") or (len(words) > 1 and all(w[:1].isupper() for w in words)):
            # "the union" after "the national farmers' union"; "Joint Chiefs of Staff" after
            # "South Korea's Joint Chiefs of Staff": every word of the mention in an earlier name.
            mention = set(map(_stem, _words(name)))
            for word in reversed(words):  # ("the foreign ministry" after the Ministry of Defence spoke
                earlier = self.by_word.get(_stem(word.lower()))  # and the Ministry of Foreign Affairs)
                if (
                    earlier
                    and earlier.kind == SourceKind.UNNAMED
                    and lowered.startswith("the ")
                    and words[-1].lower() in _BODY_NOUNS
                ):
                    continue  # "the council" is a body, not "two senior council officers"
                if earlier and mention <= set(map(_stem, _words(earlier.name))):
                    return earlier
            earlier = self.by_word.get(_stem(words[-1].lower()))
            if (
                lowered.startswith("the ")
                and len(words) == 2
                and words[0] in _ROLE_ADJECTIVES
                and earlier
                and earlier.kind in (SourceKind.OFFICIAL_BODY, SourceKind.OTHER)
            ):
                return earlier  # "the central bank" after the Bank of Veltria
            if lowered.startswith("the ") and (len(words) == 1 or lowered == "the think tank"):
                found = body_noun_ref(self, name if len(words) == 1 else "think tank")
                if found is not NOT_FOUND:
                    return found
            described_as = (
                self.described_as.get(_stem(words[-1].lower())) if lowered.startswith("the ") else None
            )
            if described_as and set(_words(name)) <= described_as[0]:
                named = described_as[1]  # "the rail operator", "the operator": Alpenbahn
                return self.by_name.get(named.lower()) or named
        if (
            listener
            and not self.media_of(name, self._kind(name))
            and not _MEDIA_ACRONYM.fullmatch(name)
            and not (described_medium and name == described)
        ):
            return None
        return name

    def _medium_just_heard(self) -> "Entity | None":
        """The medium that spoke in this paragraph or the one before."""
        medium = self.last.get("media")
        return medium if medium and self.paragraph - medium.paragraph <= 1 else None

    def _body_just_heard(self) -> "Entity | None":
        """The body (not a person, group or medium) that spoke in this paragraph or the one before."""
        body = self.last.get("body")
        return body if body and self.paragraph - body.paragraph <= 1 else None

    def _kind(self, name: str) -> str:
        known = self.registry.find(name)
        if known:
            return known.kind
        guessed = k.guess_kind(name)
        if guessed == SourceKind.NAMED_PERSON and name.lower() in self.body_hints:
            return SourceKind.OTHER
        return guessed
