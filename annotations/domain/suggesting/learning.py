"""What the reader learns from each sentence before resolving its mentions: full names (so a surname
or a first word names the person), what a description names ("the regulator", "the group", "the
mayor"), acronyms, which names are media, the company a text is about."""

import re
from collections.abc import Iterator

from ...scales import SourceKind
from . import kinds as k
from . import mentions as m
from .clauses import words_of
from .reference_words import (
    _APPOSED_BODY,
    _BODY_NOUN_WORDS,
    _BRACKETED,
    _COMPANY,
    _COMPANY_WORDS,
    _DESCRIBED_BODY,
    _MEDIA_HINTS,
    _MEDIA_WORDS,
    _NAME_AFTER,
    _NAME_RE,
    _ORG_NOUNS,
    _POST_NOMINAL,
    _PRINTED_IN,
    _PRINTED_WORDS,
    _TITLE_WORDS,
    _TITLED,
    _WHAT_IT_IS,
    _stem,
    _words,
)

# (also what is cited or quoted: "Citing the state Department of Transportation, the patrol said")
_OBJECT_BEFORE = re.compile(
    r"\b(?:to|by|from|with|in|on|at|for|of|about|[Cc]iting|[Qq]uoting)\s+(?:(?:the|a|an)\s+[a-z]+\s+)?$"
)


# "the operator, Sundgate Transport AS,": the name in apposition after a description (an acronym
# there is another name for the body described: "The national weather service, ANM, said").
_NAME_APPOSED = re.compile(rf",\s+(?![A-Z][A-Z-]{{1,7}}\b)({m._NAME})(?=\s*[,.;)])")


# Places that speak through their staff, named in full before "the museum" refers back to them.
_VENUE = re.compile(
    r"\b(?:Museum|Gallery|Library|Theatre|Theater|Zoo|Hospital|Clinic|School|College|Hospice)\b"
)


# Bodies whose names often read as a person's ("the humanitarian group Open Wake").
_GROUP_NOUN_LAST = re.compile(
    r"\b(?:group|charity|organi[sz]ation|campaign|movement|collective|network|alliance|coalition|band)$"
)


# A description that sets one apart from the body talked about ("works for a different company").
_OTHER_ONE = re.compile(r"(?:different|other|another|separate|similar|rival|second|third)\s", re.I)


_DOCUMENT_FIRST = re.compile(
    r"(?:Figures|Data|Documents|Records|Minutes|Statistics|Estimates)\s+(?:compiled|published|released|from|by)\b"
)
# (an owner's "s'" too, "Haldane Aero Engines' HX-700", not a body's own: "Road Transport Workers' Union")
_OWNER_IN_NAME = re.compile(
    r"(?:['’]s|(?<=s)['’](?!\s+(?:Union|Association|Federation|Guild|Party|League|Council|Club|Society|Alliance|"
    r"Trust|Fund|Forum|Network|Group|Centre|Center|Coalition|Congress|Institute|Movement|Cooperative|Co-operative|"
    r"Committee|Assembly|Chamber|Confederation|Organi[sz]ation|Campaign|Collective|Compensation|Rights)\b))\s+[A-Z]"
)

# An office of a body, then the holder's name, as state media write them.
_OFFICE_THEN_PERSON = re.compile(
    r"(?:.*\s)?(?:Federation|Republic|Kingdom|Union|States|Emirates|Ministry|Council|Assembly|Parliament|"
    r"Government|Commission|Committee|Affairs|Defen[cs]e|Finance|Interior|Justice)"
    r"(?:\s+of(?:\s+the)?\s+[A-Z][\w-]*)?\s+(?P<person>[A-Z][\w’'-]+\s+[A-Z][\w’'-]+)"
)


_NAME_BEFORE_COMMA = re.compile(rf"((?:[Tt]he\s+)?{m._NAME})\s*,\s*$")


# What a body's name joins with "and" ("Fire and Rescue Service", "Food and Drug Administration").
_FIELD_WORD = re.compile(
    r"\b(?:Fire|Police|Health|Social|Safety|Trade|Industry|Environment|Emergency|Science|Technology|Culture|"
    r"Sport|Education|Transport|Housing|Food|Drug|Family|Energy|Water|Marine|Fisheries|Land|Wildlife|"
    r"Parks|Roads|Customs|Border|Immigration|Finance|Economic|Justice|Labour|Employment|Welfare)$"
)


def _names_in(body: str) -> Iterator[str]:
    """The names of several words in a sentence; two people joined by "and" are two names ("Liv
    Sandgren and Canadian actor Theo Marchetti"), a body's name is one ("Ministry of Trade and
    Industry")."""
    for match in _NAME_RE.finditer(body):
        written = match.group()
        left, joined, right = written.partition(" and ")
        if not joined and " of the " in written:  # "Amira Solenko of the Civic Renewal party"
            left, joined, right = written.partition(" of the ")
            # (not an office: "Deputy Chairman of the Cabinet of Ministers ... Atamyrat Begliyev")
            org_after = re.search(m._ORG_WORDS, (right + body[match.end() : match.end() + 30]).lower())
            office = re.search(m._ORG_WORDS, left.lower()) or k.strip_title(left) != left
            joined = joined if org_after and not office else ""
        if joined == " and " and re.search(m._ORG_WORDS, right.lower()) and _FIELD_WORD.search(left):
            yield written  # a body's name with "and" in it: "Carrowdale Fire and Rescue Service"
        elif joined and k.guess_kind(k.strip_title(left)) == SourceKind.NAMED_PERSON:
            yield from (part for part in (left, right) if " " in part)
        elif joined == " and " and k.is_company(left) and k.is_company(right):
            yield from (left, right)  # two companies: "Castellan Bank and Norvik Savings Group"
        elif joined == " and " and " " not in left and " " not in right:
            continue  # two one-word names ("Varennia and Korsk"), not one name
        elif " " in written:
            yield written  # (one word: nothing to learn; most are the first word of a sentence)


# A name followed by "which" is no person's ("Orrin Aeroengines, which builds ...").
_WHICH_AFTER_NAME = re.compile(rf"(?<![\w-])(?P<name>{m._NAME}),\s+which\s+(?!is\b|was\b)[a-z]")


# What a firm's news speaks of, for a name "X & Y" to be read as a firm's
_BUSINESS_WORDS = re.compile(
    r"\b(?:shares?|profits?|forecasts?|sales|revenue|turnover|stock|investors|merger|takeover|retailer|chain|"
    r"firm|company|group|plc|brand|customers|stores?|dividend|earnings|guidance|acquisition)\b"
)
_AGENCY_NAME = re.compile(
    r"(?:(?!The\b)[A-Z][\w’'-]+\s+(?:(?:of|for|and)\s+)?){1,5}(?:Agency|Ratings)\b"
)  # (a ratings agency too)


class Learning:
    """The tables a sentence teaches (`Memory` holds them and resolves mentions against them)."""

    agency_named: str | None  # the last body named "... Agency"
    agency_named_at: int  # the clock when it was named
    clock: int  # (kept by `References`: one tick for each source noted)
    names: dict[str, str]  # a word of a body's name -> the name first given
    described_as: dict[str, tuple[set[str], str]]
    appositions: dict[str, str]
    titles: dict[str, str]
    national: dict[str, str]
    unmarked_titles: dict[str, str]
    persons: dict[str, str]
    given_first: dict[str, str]
    first_words: dict[str, str]
    acronyms: dict[str, str]
    media_hints: dict[str, str]
    body_hints: set[str]

    def _learn_media(self, masked: str) -> None:
        """Names the text says are media: "RNV, the regional broadcaster", "the newspaper Kurier",
        "the Postimees newspaper"."""
        words = words_of(masked)
        if not _PRINTED_WORDS.isdisjoint(words):
            for match in _PRINTED_IN.finditer(masked):
                self.media_hints.setdefault(match.group("name").lower().rstrip("."), "newspaper")
        if _MEDIA_WORDS.isdisjoint(words):
            return  # most sentences: the patterns below would try every capitalised word
        for pattern in _MEDIA_HINTS:
            for match in pattern.finditer(masked):
                kind = k.MEDIA_REF_TYPES.get(match.group("what").lower(), "newspaper")
                self.media_hints.setdefault(match.group("name").lower().rstrip("."), kind)

    def media_of(self, name: str, kind: str) -> str | None:
        return self.media_hints.get(name.lower()) or k.media_type(name, kind)

    def _learn_acronyms(self, masked: str) -> str:
        """ "the National Transportation Safety Board (NTSB)": NTSB names the board from now on; the
        bracket is blanked so "the board (NTSB) said" reads as "the board said"."""

        def blank(match: re.Match[str]) -> str:
            self.acronyms.setdefault(match.group("short").lower(), match.group("name"))
            return match.group("name") + " " * (len(match.group()) - len(match.group("name")))

        return _BRACKETED.sub(blank, masked) if "(" in masked else masked

    def _learn_bodies(self, masked: str) -> None:
        """Names the text says are no person: "Orrin Aeroengines, which builds the HT-900, said" (two
        capitalised words are read as a person's name otherwise)."""
        if " which " not in masked:
            return
        for match in _WHICH_AFTER_NAME.finditer(masked):
            self.body_hints.add(match.group("name").lower())

    def _learn_company(self, body: str) -> None:
        """The company a text is about, for "the company" ("Software maker Brightwave")."""
        if _COMPANY_WORDS.isdisjoint(words_of(body)) and " & " not in body:
            return
        for match in _COMPANY.finditer(body):
            if match.group("joined") and not _BUSINESS_WORDS.search(body):
                continue  # ("Romeo & Juliet opened at the Globe", "Research & Development spending")
            named = match.group("name") or match.group("named") or match.group("joined")
            self.names["company"] = named.rstrip(".")

    def _learn_agency(self, body: str) -> None:
        """A body named "... Agency" anywhere (an object too: "an order from the Environmental
        Standards Agency"), for "the agency" when no news agency was named."""
        if "Agency" in body or "Ratings" in body:
            for named in _AGENCY_NAME.finditer(body):
                self.agency_named, self.agency_named_at = named.group(), self.clock

    def _learn_names(self, body: str) -> None:
        """Full names as first given, so a surname alone names the person ("Lind" is Oskar Lind) and
        "the fund" the International Monetary Fund named before; bodies described in lower case
        too ("the office" after "Portugal's accident investigation office", the latest so named)."""
        for match in _DESCRIBED_BODY.finditer(body) if not _ORG_NOUNS.isdisjoint(words_of(body)) else ():
            description = re.sub(r"^(?:[Tt]he|[Aa]n?)\s+", "", match.group()).rstrip(".")
            named = _NAME_AFTER.match(body, match.end()) or _NAME_APPOSED.match(body, match.end())
            if named and (
                k.guess_kind(named.group(1)) != SourceKind.NAMED_PERSON
                # (a group's name may read as a person's: "the humanitarian group Open Wake")
                or (_GROUP_NOUN_LAST.search(description) and named.re is _NAME_AFTER)
            ):
                # "the state rail operator Alpenbahn": "the operator" is Alpenbahn from now on
                self.described_as[_stem(_words(description)[-1])] = (
                    set(_words(description)),
                    named.group(1).rstrip("."),
                )
            elif (
                (apposed_to := _NAME_BEFORE_COMMA.search(body, max(0, match.start() - 200), match.start()))
                and k.guess_kind(apposed_to.group(1)) != SourceKind.NAMED_PERSON
                and not _OBJECT_BEFORE.search(body, max(0, apposed_to.start() - 30), apposed_to.start())
            ):  # (not "In a statement to the Ledger, the company said": an object, then a new clause)
                # "The Data Protection Inspectorate (DPI), the national privacy regulator, said":
                # "the regulator" is the inspectorate
                self.names[_stem(_words(description)[-1])] = re.sub(
                    r"^(?:[Tt]he)\s+", "", apposed_to.group(1)
                )
            elif len(description.split()) > 1 and not _OTHER_ONE.match(description):
                self.names[_stem(_words(description)[-1])] = description
        if ", " in body and not _BODY_NOUN_WORDS.isdisjoint(words_of(body)):
            for apposed in _APPOSED_BODY.finditer(body):
                if re.search(
                    r"\b(?:to|by|from|with|in|on|at|for)\s+(?:the\s+)?$", body[: apposed.start()]
                ) and (body.startswith("the", apposed.end("name") + 2)):
                    continue  # the object of a preposition, then a new clause ("to the Ledger, the company")
                self.names[apposed.group("noun")] = apposed.group("name")
                self.appositions[body[apposed.end("name") : apposed.end()].strip(" ,").lower()] = (
                    apposed.group("name")
                )  # "The group said": Save Our Wear
        if ", " in body and not _TITLE_WORDS.isdisjoint(words_of(body)):
            for titled in _TITLED.finditer(body):
                name = k.strip_title(titled.group("name") or titled.group("name2"))
                if " " in name and k.guess_kind(name) == SourceKind.NAMED_PERSON:
                    self.titles[(titled.group("title") or titled.group("title2")).lower()] = name
        for found in _names_in(body):
            owner = _OWNER_IN_NAME.search(found)
            if owner and " " in found[: owner.start()]:
                found = found[: owner.start()]  # "Prime Minister Anselm Voight’s Progress Party": Voight
            written = _WHAT_IT_IS.sub("", _POST_NOMINAL.sub("", re.sub(r"['’]s$", "", found.rstrip("."))))
            venue = _VENUE.search(written)
            if venue and venue.start() > 0:
                # "taken to the Fenwick Museum of Antiquities": "the museum" later, though it never spoke
                self.names[venue.group().lower()] = re.sub(r"^(?:[Tt]he)\s+", "", written)
            name = k.strip_title(written)
            if k.guess_kind(name) == SourceKind.DOCUMENT or _DOCUMENT_FIRST.match(name):
                continue  # ("Figures compiled by Ashworth Borough Council" names no council)
            words = name.split()
            office = _OFFICE_THEN_PERSON.fullmatch(name)
            if office and k.guess_kind(office.group("person")) == SourceKind.NAMED_PERSON:
                # "President of the Kessarian Federation Teodor Valkanis": "Valkanis" is him
                name = office.group("person")
                words = name.split()
            if len(words) > 2 and re.search(r"['’]s$", words[0]) and re.search(m._ORG_WORDS, name.lower()):
                # "Latvia's Constitutional Court": "the court" names it as written
                for word in _words(" ".join(words[1:])):
                    self.names.setdefault(_stem(word), name)
                continue
            if not 2 <= len(words) <= 6 or re.search(r"['’]s$", words[0]):
                # ("Portugal's Record" is no person's full name, and its owner no part of it)
                continue
            written_words = written.split()  # (any white space between the words: "Lena\u00a0Okoro")
            if name != written and written_words[-len(words) :] == words:
                # "Finance Minister Lena Okoro": "the minister" is Lena Okoro
                before = written_words[: -len(words)]
                # (the first word: "Kelvarian Foreign Minister X", not "President of the Republic of X"; or
                # the country the office is of: "Minister of Foreign Affairs of the Republic of Azmara X")
                nationality = before[0].lower() if re.fullmatch(m.NATIONALITY, before[0]) else None
                if not nationality and len(before) > 2 and before[-2] == "of" and before[-1][:1].isupper():
                    nationality = before[-1].lower()
                for title in before:
                    if k.is_title(title):
                        self.titles[title.lower()] = name
                        # ("Cllr Priya Hanlon": "the councillor" later)
                        self.titles.setdefault(k.TITLE_IN_FULL.get(title.lower().rstrip("."), ""), name)
                        # ("Kelvarian Foreign Minister Ilse Vogt": "the Kelvarian minister" later)
                        if nationality:
                            self.national[f"{nationality} {title.lower()}"] = name
                        else:
                            self.unmarked_titles[title.lower()] = name
                if nationality:
                    self.national[nationality] = name
            for noun in k.nouns_naming(name):
                # "Calder Robotics": the company; "Harbourside Rovers": the club (the first named,
                # unless another is a sentence's subject later: `Subjects._subject_person`)
                self.names.setdefault(noun, name)
            if k.guess_kind(name) != SourceKind.NAMED_PERSON:
                self.first_words.setdefault(words[0].lower(), name)
                if len(words) >= 3 and k.is_company(name):
                    # "Sable Ridge" after "Sable Ridge Pharmaceuticals": the company as first named
                    self.first_words.setdefault(" ".join(words[:-1]).lower(), name)
            if re.search(m._ORG_WORDS, name.lower()) or len(words) > 4:
                for word in _words(name):
                    self.names.setdefault(_stem(word), name)
            else:
                self.persons.setdefault(words[-1].lower(), name)
                # a family name given first ("Zhao said" after "Zhao Mingyuan"), or a first name
                self.given_first.setdefault(words[0].lower(), name)

    # --- resolving mentions --------------------------------------------------------------------
