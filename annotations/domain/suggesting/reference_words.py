"""The words and patterns by which a text refers back to a source it named before: media named
with what they are, descriptions, appositions, titles, companies and clubs, bodies that have
just spoken (`references.Memory` uses them)."""

import re

from . import kinds as k
from . import mentions as m

_ADJECTIVE = re.compile(
    r"^[A-Z][\w]*-(?:based|run|owned|backed|funded|led|born|registered)$|^[A-Z][a-z]+(?:an|ish|ese|ic|ch)$|^(?:State|Official|National|Local|Western|Israeli|Iraqi|Saudi|"
    r"Pakistani|Qatari|Kuwaiti|Emirati|Bangladeshi|Yemeni|Omani|Somali|Nepali|Afghani|Azerbaijani|Thai)$"
)


# A medium's name with what it is ("the Tasnim news agency"), and descriptions before a name
# ("Iran's semi-official Tasnim", "London-based Syrian Observatory for Human Rights").
_MEDIA_SUFFIX = re.compile(
    r"\s+(?:news\s+agency|news\s+outlet|news\s+website|news\s+channel|newspaper|daily|broadcaster|"
    r"television|agency|website|channel|network|outlet|wire\s+service)$"
)


_POST_NOMINAL = re.compile(
    r"(?<=\w)(?:,?\s+(?:KC|QC|SC|MBE|OBE|CBE|KBE|DBE|PhD|MD|MP|MSP|MEP|TD|Jr\.?|Sr\.?))+$"
)


_STAFF = re.compile(r"(?<=\w)\s+(?:correspondents?|reporters?|journalists?|crew|interviewer|team)$")


# What a body is, capitalised at a sentence's start before its name.
_WHAT_IT_IS = re.compile(
    r"^(?:(?:Rival|Broadcaster|Newspaper|Tabloid|Website|Outlet|Regulator|Carmaker|Automaker|Chipmaker|"
    r"Drugmaker|Lender|Retailer|Insurer|Miner|Airline|Carrier|Operator|Developer|Broadsheet|Utility|Startup|"
    r"Start-up|Watchdog|Firm|Manufacturer|Supermarket|Producer|Exporter|Importer)\s+(?=[A-Z])"
    r"|Channel\s+(?=[A-Z][A-Z0-9]+\b))"  # ("Channel NTV"; "Channel East" is a name)
)


_DESCRIBED = re.compile(
    rf"^(?:(?:[{m._UPPER}][\w-]*['’]s|[a-z][\w-]*|[{m._UPPER}][\w]*-(?:based|run|owned|backed|funded|led))\s+)+"
    rf"(?P<name>[{m._UPPER}][\w’'.-]*(?:\s+(?:of\s+|for\s+|and\s+|de\s+)?[{m._UPPER}][\w’'.-]*)*)$"
)


_GENERIC = {
    "company",
    "firm",
    "group",
    "government",
    "body",
    "organisation",
    "organization",
    "charity",
    "foundation",
    "society",
    "coalition",
    "consortium",
}


_PUBLISHER_STAFF = re.compile(
    r"\s+(?:reporters?|correspondents?|journalists?|staff|team|photographers?)$", re.I
)


_MEDIA_WHAT = (
    r"(?P<what>affiliate|tabloid|broadcaster|news\s+agency|agency|newspaper|paper|daily|channel|network|station|outlet|website|"
    r"news\s+site|weekly|"
    r"magazine|tabloid|wire\s+service|journal|podcast|newsletter)"
)


# Cheap tests run first: a sentence without such a word cannot match the patterns that need one.
_MEDIA_WORDS = frozenset(
    [
        "broadcaster",
        "agency",
        "newspaper",
        "paper",
        "daily",
        "channel",
        "network",
        "station",
        "outlet",
        "website",
        "magazine",
        "tabloid",
        "service",
        "journal",
        "podcast",
        "site",
        "weekly",
        "newsletter",
    ]
)


_ORG_NOUNS = frozenset(
    word + ending
    for word in re.findall(r"[a-z]{3,}", m._ORG_WORDS.split("\\b")[0])
    for ending in ("", "s", "es")
)


_COMPANY_WORDS = frozenset(
    [
        "company",
        "firm",
        "maker",
        "group",
        "operator",
        "carrier",
        "airline",
        "bank",
        "giant",
        "manufacturer",
        "retailer",
        "insurer",
        "producer",
        "developer",
        "startup",
        "start",
        "miner",
        "lender",
        "farmer",
        "grower",
        "brewer",
        "exporter",
        "importer",
        "distributor",
        "supplier",
        "shipper",
        "builder",
        "provider",
        "conglomerate",
        "brand",
        "chain",
        "inc",
        "ltd",
        "corp",
        "holdings",
        "semiconductors",
        "energy",
        "motors",
        "airlines",
        "systems",
        "technologies",
        "pharmaceuticals",
        "industries",
        "telecom",
        "software",
        "labs",
    ]
)


_MEDIA_HINTS = [
    re.compile(rf"(?P<name>{m._NAME}),\s+(?:the|a|an)\s+(?:[\w-]+\s+){{0,3}}?{_MEDIA_WHAT}\b"),
    re.compile(rf"\b{_MEDIA_WHAT}\s+(?P<name>{m._NAME})"),
    re.compile(rf"(?P<name>{m._NAME})\s+{_MEDIA_WHAT}\b"),
]


# A medium by what it printed: "according to a report in the Northern Clarion".
_PRINTED_IN = re.compile(
    rf"\b(?:report|article|story|interview|editorial|column|piece|op-ed)\s+(?:in|on)\s+(?:the\s+)?"
    rf"(?P<name>{m._NAME})"
)
_PRINTED_WORDS = frozenset(
    ["report", "article", "story", "interview", "editorial", "column", "piece", "op-ed"]
)


# ("C/2025 K3 (Dunmore)": a name in brackets after a code is no initials)
_BRACKETED = re.compile(rf"(?P<name>{m._NAME})(?<!\d)\s+\((?P<short>[{m._UPPER}][\w&.-]{{1,11}})\)")


def _acronym(name: str) -> str:
    """ "acl u" of nothing: the initials of a name of three words or more ("aclu"), else ""."""
    words = [w for w in name.split() if w[:1].isupper()]
    return "".join(w[0] for w in words).lower() if len(words) >= 3 else ""


_DESCRIBED_BODY = re.compile(m._ORG)


# A title in apposition: "The mayor, Anna Berg, said", "Lena Okoro, the finance minister, said".
_TITLED = re.compile(
    rf"\b[Tt]he\s+(?:[a-z][\w-]*\s+){{0,2}}(?P<title>(?i:{k.PERSON_TITLES}))"
    # ("The mayor of Kettlesby, Councillor Brenda Halloway,")
    rf"(?:\s+of\s+(?:the\s+)?{m._NAME}(?:\s+[a-z]+)?)?,\s+(?P<name>{m._NAME}),"
    rf"|(?P<name2>{m._NAME}),\s+(?:the|a|an|its|his|her|their)\s+(?:[\w-]+\s+){{0,3}}?"
    rf"(?P<title2>(?i:{k.PERSON_TITLES}))\b"
)


_TITLE_WORDS = frozenset(k.PERSON_TITLES.split("|"))


# The level of government before a body's name, part of how the text names it.
_LEVEL = re.compile(
    r"(?:[Tt]he\s+)?(?P<level>state|federal|national|regional|provincial|municipal|county|city|local|district)"
)


_PERSON_AT = re.compile(
    rf"(?P<person>[{m._UPPER}][\w’'-]+(?:\s+[{m._UPPER}][\w’'-]+){{1,2}})\s+(?:of|at|from)\s+(?:the\s+)?[{m._UPPER}].*"
)


_NAME_AFTER = re.compile(rf"\s+({m._NAME})")


# Nouns by which a text refers back to a body that has just spoken ("The regulator said" after "the
# Directorate General of Civil Aviation said"), when no earlier source is so named.
# An acronym told something is a news agency or broadcaster ("told CTK", "told NTB"), not a body
# such as the UN or NATO.
_MEDIA_ACRONYM = re.compile(
    r"(?!(?:UN|EU|NATO|IMF|WHO|ECB|OPEC|IAEA|OECD|FBI|CIA|NASA|ESA|BBC|AU|ASEAN|G7|G20|UNHCR|UNICEF|WFP|ICC|ICJ|"
    r"WTO|MPs?|PM|CEO|US|UK|UAE)\b)[A-Z]{2,5}"
)


# A document's name, which no body's class is read from ("A Kestrel Foundation report" is no charity)
_PAPER_NAME = re.compile(r"\b(?:report|study|survey|review|statement|letter|figures|data)$", re.I)
# A family or household by its surname ("the Kravik family"): "Kravik" alone is the person
_KIN = re.compile(r"\s(?:family|families|household|camp|estate)$", re.I)
_GENERIC_GROUP = re.compile(r"(?i)sources|officials|people|witnesses|residents|analysts|experts|diplomats")


# A name with what it is in apposition: "Save Our Wear, a group of anglers", "Fellside Water, the
# water company"; these nouns say what it is.
_APPOSED_NOUNS = [
    "group",
    "company",
    "firm",
    "charity",
    "organisation",
    "organization",
    "utility",
    "operator",
    "union",
    "association",
    "campaign",
    "club",
    "body",
    "regulator",
    "watchdog",
    "agency",
    "institute",
    "network",
    "alliance",
    "coalition",
    "party",
    "trust",
    "foundation",
    "app",
    "platform",
    "startup",
    "start-up",
    "laboratory",
    "lab",
    "service",
    "website",
    "site",
    "maker",
    "retailer",
    "chain",
    "brand",
    "carrier",
    "airline",
    "developer",
    "producer",
    "broadcaster",
    "newspaper",
    "channel",
    "station",
]


_BODY_NOUN_WORDS = frozenset(_APPOSED_NOUNS)


_APPOSED_BODY = re.compile(
    rf"(?P<name>{m._NAME}),\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,5}}?"
    rf"(?P<noun>{'|'.join(_APPOSED_NOUNS)})\b(?![’']s)"  # ("Dominic Freel, the company's head of ...": his)
    # (not "a statement to the Ledger, the company said": the noun goes on, it does not speak)
    rf"(?!\s+{m._AUX}{m._VERB_WORDS})"
)


_AGENCY_LIKE = re.compile(
    r"(?i)\b(?:agency|organi[sz]ation|authority|administration|bureau|service|office)\b"
)


_BODY_NOUNS = frozenset(
    ["regulator", "authority", "agency", "watchdog", "body", "operator", "company", "firm", "group",
     "organisation", "organization", "department", "office", "ministry", "service", "bureau", "board",
     "commission", "institute", "centre", "center", "carrier", "airline", "developer", "manufacturer",
     "maker", "lender", "bank", "insurer", "retailer", "utility", "charity", "club", "union", "council",
     "inspectorate", "directorate", "administration", "tribunal", "trust", "foundation", "force"]
)  # fmt: skip


_DOCUMENT_REF = re.compile(rf"[Tt]he\s+(?:[a-z][\w-]*\s+){{0,2}}?{m._DOCUMENT_WORDS}")


_NAME_RE = re.compile(m._NAME)


_IS_MEDIA_REPORTS, _IS_MEDIA_REF, _IS_UNNAMED_REF = (
    re.compile(m._MEDIA_REPORTS),
    re.compile(m._MEDIA_REF),
    re.compile(m._UNNAMED_REF),
)


_COMPANY_NOUNS = {
    "company",
    "firm",
    "manufacturer",
    "maker",
    "carrier",
    "airline",
    "group",
    "operator",
    "carmaker",
    "automaker",
    "chipmaker",
    "drugmaker",
    "planemaker",
    "steelmaker",
    "shipbuilder",
}


_COMPANY = re.compile(
    rf"\b(?:company|firm|maker|group|operator|carrier|airline|bank|giant|manufacturer|retailer|insurer|"
    rf"producer|developer|start-?up|chipmaker|automaker|carmaker|drugmaker|miner|lender|farmer|grower|brewer|exporter|importer|"
    rf"distributor|supplier|shipper|builder|provider|conglomerate|brand|chain)\s+(?P<name>{m._NAME})|"
    rf"(?P<named>[{m._UPPER}][\w&-]+(?:\s+[{m._UPPER}][\w&-]+)?\s+(?:Inc|Ltd|Corp|Group|Holdings|Semiconductors|Energy|Motors|Airlines|Systems|"
    rf"Technologies|Pharmaceuticals|Industries|Bank|Telecom|Software|Labs|Buses|Coaches|Ferries))\b"
    # two names joined by "&" are a firm's ("Hollins & Webb", "Marks & Spencer")
    rf"|(?P<joined>(?<![\w&] )[{m._UPPER}][a-z][\w-]+\s+&\s+[{m._UPPER}][a-z][\w-]+)(?!\s+[{m._UPPER}&])"
)


_HEAD_ENDS = re.compile(
    r"\s+(?:familiar|close|with|at|from|in|of|for|to|involved|briefed|aware|who|working|knowledgeable)\b|,"
)


def _singular(name: str) -> bool:
    """ "former network engineer at the company", "senior official": one person (whom "he" or "she"
    refers to), not "two people familiar with the matter" or "witnesses"."""
    head = _HEAD_ENDS.split(name.lower(), maxsplit=1)[0].split()
    if not head or re.match(r"(?:two|three|four|five|six|several|some|many|\d+)$", head[0]):
        return False
    return not head[-1].endswith("s") and head[-1] not in (
        "people",
        "police",
        "staff",
        "crew",
        "personnel",
        "media",
    )


def _words(name: str) -> list[str]:
    return [w for w in re.findall(r"[\w’'-]+", name.lower()) if w not in ("the", "of", "and", "a", "an")]


def _stem(word: str) -> str:
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


# A medium's report by the medium's name: "a Reuters report" (not "the World Bank report": a body's).
_NAMED_REPORT = re.compile(r"(?<=[A-Za-z])\s+(?:news\s+)?reports?$")


# Someone who speaks for another: the mention is theirs, the other's title dropped.
_SPEAKING_FOR = re.compile(
    r"(?P<who>(?:spokes(?:man|woman|person)|lawyers?|attorneys?|aides?|advisers?|representatives?|agent)\s+"
    r"(?:for|to|of))\s+(?P<whom>(?:[a-z]+\s+){0,2}[A-Z].*)"
)


# The people who write a study, by whichever word a text uses for them.
_STUDY_PEOPLE = ("researcher", "author", "scientist", "team")
_CONFIDANTS = ("source", "insider", "friend", "pal", "confidant")


def _compound_initials(publisher: str) -> set[str]:
    """The publisher's initials where one word is a compound read as two ("Transworld Press" is
    TWP as well as TP): one more letter from a word, with at least three letters either side."""
    words = [w.lower() for w in publisher.split() if w[:1].isupper()]
    result = set()
    for number, word in enumerate(words):
        for at in range(3, len(word) - 2):
            result.add("".join(w[0] + (word[at] if n == number else "") for n, w in enumerate(words)))
    # an acronym in the name gives all its letters: "Kestrel Valley TV" is KVTV
    capitals = [w for w in publisher.split() if w[:1].isupper()]
    if any(len(w) > 1 and w.isupper() for w in capitals):
        result.add("".join(w.lower() if w.isupper() else w[0].lower() for w in capitals))
    return result


# What a body is that its name need not say: "the central bank" is the Bank of Veltria named before.
_ROLE_ADJECTIVES = frozenset(["central", "national", "state", "federal", "regional", "local", "provincial"])
_FIGURES_BY = re.compile(
    r"(?:[\w-]+\s+){0,2}(?:(?:[Ff]igures|[Dd]ata|[Ss]tatistics|[Ee]stimates|[Rr]eports)\s+(?:compiled|published|released|"
    # ("calculations by its X Centre")
    r"produced|issued)\s+by|(?:[Cc]alculations|[Pp]rojections|[Mm]odell?ing)\s+by"
    # (what was pointed to: "figures from the VSSA defect database", "a 2019 study by researchers at X")
    r"|(?:[Ff]igures|[Dd]ata|[Ss]tatistics)\s+from|(?:[Ss]tudy|[Ss]urvey|[Aa]nalysis|[Pp]aper)\s+by)"
    r"\s+(?:the\s+|its\s+|their\s+)?(?P<by>(?:(?:researchers|scientists|academics|economists|analysts|experts)"
    r"\s+(?:at|from)\s+(?:the\s+)?)?[A-Z][\w’'-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w’'-]*)*"
    r"(?:(?:\s+[a-z]+)?\s+(?:database|register|registry|survey|index|centre|center))?)"
)
_RANKED = re.compile(r"\b(?:world\s+)?No\.?\s*\d+\s+(?=[A-Z])")
_LANGUAGE = re.compile(r"\b[A-Z][a-z]+-language\s+(?=[A-Z])")
_HANDLE = re.compile(r"@\w{2,30}$")
# A person by their nation, as sports and foreign pages refer back ("the Italian", "the Frenchman").
_PERSON_BY_NATION = re.compile(
    r"[A-Z][a-z]{2,20}(?:ian|ean|an|ese|ish|i)|(?:French|Dutch|Irish|Welsh|English|Scots)(?:man|woman)|Spaniard|Swede|Dane|Pole|"
    r"Finn|Scot|Briton|Turk|Greek|Swiss|Thai|Portuguese|Croat|Serb|Czech|Slovak|Norwegian|Kiwi|Aussie"
)


def _plain_mention(raw: str, described: str | None) -> tuple[str, str | None, str | None]:
    """A mention with what is no part of a name taken off ("the former world No 4 Tomas Ekdahl", "the
    French-language Gazette de Lorne"), and the name it stands for when that is another mention's
    ("Figures compiled by Ashworth Borough Council": the council; an account by its "@handle")."""
    raw = " ".join(raw.split()).strip(" ,")
    if "No" in raw:
        raw = _RANKED.sub("", raw)
        described = _RANKED.sub("", described) if described else None
    figures_by = _FIGURES_BY.fullmatch(raw) if " by " in raw or " from " in raw else None
    if figures_by:
        return raw, described, figures_by.group("by")
    # (only before the name itself: "the French-language newspaper Le Monde" keeps the name described)
    if "-language " in raw and _LANGUAGE.search(raw):
        raw, described = _LANGUAGE.sub("", raw), None
    if "@" in raw and _HANDLE.search(raw):
        return raw, described, raw[raw.index("@") :]
    return raw, described, None
