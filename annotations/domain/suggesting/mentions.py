"""How sources are mentioned: names, unnamed sources, organisations and media, speech verbs and cues."""

import re

from ...scales import Cue, SourceKind

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
