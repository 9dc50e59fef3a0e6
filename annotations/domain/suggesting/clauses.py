"""The attribution frames of one sentence: who speaks (subject and verb), to whom, citing whom.

A frame is one attribution the sentence states: a speaker with a speech verb ("the ministry said",
"said Amina Diallo"), a source introduced by "according to", "citing" or "quoting", a source
quoted "as saying", a medium that is told, quoted by or carries a statement, a document "seen by"
a medium. `reader` puts the frames of a sentence into one chain. Quotations are masked first, so
what a speaker is quoted as saying ("the report says we failed") is never read as a cue.

Every pattern costs a bounded amount of work at each position (see `mentions`), and the sentence
is read once per pattern: linear in its length.
"""

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from . import kinds as k
from . import mentions as m

MASK = "\x01"


_QUOTE_MARK = re.compile(r"[\"“”]")


def mask_quotations(body: str) -> str:
    """`body` with what stands inside quotation marks replaced by MASK (same length, the marks
    kept); a quotation that does not close runs to the end. Steps from mark to mark (a loop over
    every character was a tenth of the reading time)."""
    if '"' not in body and "“" not in body and "”" not in body:
        return body
    pieces, last, straight, curly = [], 0, False, 0
    for mark in _QUOTE_MARK.finditer(body):
        inside = straight or curly > 0
        pieces.append(MASK * (mark.start() - last) if inside else body[last : mark.start()])
        pieces.append(mark.group())
        last = mark.end()
        if mark.group() == '"':
            straight = not straight
        elif mark.group() == "“":
            curly += 1
        else:
            curly = max(0, curly - 1)
    rest = len(body) - last
    pieces.append(MASK * rest if straight or curly > 0 else body[last:])
    return "".join(pieces)


@dataclass(frozen=True)
class Frame:
    """One attribution in a sentence; spans are offsets into the sentence."""

    kind: (
        str  # speaker | according | citing | cited_as | quoted_by | seen_by | listener | participle | saying
    )
    source: tuple[int, int] | None  # the mention of the source (None: a pronoun or the sentence subject)
    cue: tuple[int, int]
    verb: str = ""
    described: tuple[int, int] | None = None  # the name inside "the grid operator Nordnett"
    apposition: tuple[int, int] | None = None  # "X, <apposition>, said"
    listener: tuple[int, int] | None = None  # told / quoted by / seen by / carried by this medium
    listener_described: tuple[int, int] | None = None
    pronoun: str = ""
    inverted: bool = False

    @property
    def start(self) -> int:
        return min(self.source[0] if self.source else self.cue[0], self.cue[0])


# "X, the mayor, said"; an age and a clause may follow ("Sunita Chaudhry, 54, who has lived there
# for 20 years, said"): the first is read as the apposition.
_APPOSITION = (
    r"(?:\s*,\s+(?P<appos>(?:[^,;:\"“”\x01.]|\.(?=\w)){1,120}?),"
    r"(?:\s+(?:who|which|whose|where|now|then|herself|himself|aged|[\d]+)\b(?:[^,;:\"“”\x01.]|\.(?=\w)){0,120}?,)?)?"
)


_SRC = m.source("src")


# A description before a name in apposition: "The regional governor", "His lawyer".
_DESCRIPTION = (
    r"(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[A-Z][\w-]*['’]s)\s+"
    r"(?:[\w’'-]{1,50}+\s+){0,9}?[\w’'-]{1,50}+"
)


# Verbs that take a listener or an object after them, not a speaker ("..., told reporters").
_NOT_INVERTED = {"told", "tells", "show", "shows", "showed", "found", "finds", "expect", "expects", "believe",
                 "believes", "understands", "report", "reported", "reports", "say", "suggest", "indicate",
                 "reveal", "predict", "described"}  # fmt: skip


# Verbs that may come before their speaker after a quotation ("“March 2028,” repeated Hardcastle").
_INVERTED_VERBS = (
    r"(?:"
    + "|".join(
        sorted(
            {*m._VERBS, "repeated", "continued", "asked", "quipped", "retorted"} - _NOT_INVERTED,
            key=len,
            reverse=True,
        )
    )
    + r")\b"
)


# Each pattern with a word it cannot match without (a sentence lacking it is not searched) and
# the frame it makes; tried in this order, a mention already read is not read again.
_PATTERNS: list[tuple[str | tuple[str, ...], str, re.Pattern[str]]] = [
    # "Documents seen by Reuters show ...": the medium saw the document.
    (
        " by ",
        "seen_by",
        re.compile(
            rf"(?<![\w-])(?P<src>{m._DOCUMENTS}),?\s+(?:(?:\w+\s+){{0,2}}?)(?P<cue>seen|obtained|reviewed|viewed)\s+by\s+"
            rf"{m._LISTENER}"
        ),
    ),
    # "X was quoted by Y as saying": Y carries X's words.
    (
        ("quoted", "cited"),
        "quoted_by",
        re.compile(
            rf"(?<![\w-])(?:{_DESCRIPTION},\s+(?={m._NAME},))?{_SRC}{_APPOSITION},?\s+(?:was|were|is|are|has\s+been|had\s+been)"
            rf"\s+(?P<cue>quoted|cited)\s+(?:by\s+{m._LISTENER})?"
        ),
    ),
    # "X quoted / cited Y as saying"
    (
        ("quoted ", "cited "),
        "cited_as",
        re.compile(
            rf"(?<![\w-]){m.source('citer')}{_APPOSITION.replace('appos', 'citer_appos')}"
            rf"\s+{m._AUX}(?P<cue>quoted|cited)\s+(?:(?:its|his|her|their)\s+)?"
            rf"{_SRC}(?:,\s+(?:[^,;:\"“”\x01.]|\.(?=\w)){{1,120}}?,)?\s+as\s+(?:saying|telling|stating)"
        ),
    ),
    # "The reporter learned from the China Electricity Council that ...": the council is the source
    (
        ("learned", "learnt"),
        "bulletin",
        re.compile(rf"\b(?:learned|learnt|heard|was\s+told)\s+(?P<cue>from)\s+{_SRC}(?=\s+that\b|,)"),
    ),
    # "It quoted a senior figure at Sporting as saying": the pronoun cites
    (
        ("quoted", "cited"),
        "pronoun_cites",
        re.compile(
            rf"(?<![\w-])(?P<pronoun>[Ii]t|[Hh]e|[Ss]he|[Tt]hey)\s+{m._AUX}(?P<cue>quoted|cited)\s+{_SRC}\s+as\s+"
            r"(?:saying|telling|stating)"
        ),
    ),
    # "Minister Els Peeters declined to comment but told Meridian ...", "It kept a red warning in place
    # and warned that ...": the subject speaks after a first verb phrase
    (
        (" but ", " and "),
        "conjoined",
        re.compile(
            rf"^\W*(?:(?:In|On|At|For|After|Before|During|Speaking|Asked|Concluding|Reporting|Meanwhile|Separately|"
            rf"Earlier|Later|However|Addressing|Responding|Opening|Closing)\b[^,;:\x01]{{0,40}},\s+)?(?:(?>{_SRC}){_APPOSITION}|(?P<pronoun>He|She|It|They))"
            rf"\s+(?!{m._AUX}{m._VERB_WORDS})[a-z][^;:]{{2,160}}?,?\s+"
            r"(?:but|and)\s+(?:also\s+|later\s+)?(?P<cue>told|said|says|added|warned|argued|insisted|stressed|"
            r"noted|confirmed|recommended|cautioned|predicted|claimed|denied|admitted|acknowledged|affirmed|"
            r"stated|emphasi[sz]ed|pledged|promised)\b"
        ),
    ),
    # "Estimates by the Belgian Federation of Freight Forwarders put the cost at ...": the body estimates
    (
        ("put", "puts", "place", "places"),
        "bulletin",
        re.compile(
            r"(?:[Ee]stimates?|[Ff]igures|[Dd]ata|[Cc]alculations|[Pp]rojections|[Ff]orecasts?)\s+(?:by|from)\s+"
            rf"{_SRC}(?:,\s+[^,;:\"“”\x01]{{1,120}},)?\s+(?P<cue>put|puts|place|places)\b"
        ),
    ),
    # "Documents tendered to the court show ...": the documents speak
    (
        " court ",
        "speaker",
        re.compile(
            rf"(?<![\w-])(?P<src>{m._DOCUMENTS}\s+(?:tendered|filed|submitted|presented|shown|read)\s+"
            r"(?:to|in|at|before)\s+(?:the\s+)?court)\s+(?P<cue>show|shows|showed|say|says|said|reveal|reveals)\b"
        ),
    ),
    # "In an interview ..., Vos dismissed the report: "Nobody in my party ..."": the speaker's quotation
    (
        ":",
        "colon",
        re.compile(
            rf"(?<![\w-])(?P<src>{m._NAME}|(?:[Tt]he\s+)?{m._ORG})\s+(?P<cue>[a-z]{{3,20}}(?:ed|s))\b"
            r"(?:\s+(?!that\b)[\w’'-]+){0,6}\s*:\s*[\"“\x01]"
        ),
    ),
    # "It was reported by the Herald that ...", "as reported by X"
    (
        ("reported", "announced", "stated", "disclosed"),
        "passive",
        re.compile(
            rf"\b(?:[Ii]t\s+(?:was|has\s+been|had\s+been|is)\s+|[Aa]s\s+)?(?P<cue>reported|announced|stated|disclosed)\s+"
            rf"(?:(?:earlier|previously|first|initially|originally|already|also)\s+)?by\s+{_SRC}"
        ),
    ),
    (
        "ccording",
        "according",
        re.compile(
            rf"\b(?P<cue>[Aa]ccording\s+to)\s+(?:{_DESCRIPTION},\s+(?={m._NAME},)|{m._REPORT_BY})?{_SRC}"
        ),
    ),
    # "According to him, ...": the person last spoken of
    ("ccording", "according", re.compile(r"\b(?P<cue>[Aa]ccording\s+to)\s+(?P<pronoun>him|her|them)\b")),
    ("iting", "citing", re.compile(rf"\b(?P<cue>[Cc]iting)\s+(?:{m._REPORT_BY})?{_SRC}")),
    # "According to Reuters, which cited two sources, ..."
    ("which", "citing", re.compile(rf",\s+which\s+(?P<cue>cited|quoted)\s+(?:{m._REPORT_BY})?{_SRC}")),
    ("uoting", "citing", re.compile(rf"\b(?P<cue>[Qq]uoting)\s+(?:{m._REPORT_BY})?{_SRC}")),
    # "Speaking to Riverside TV, ...", "In a statement carried by KCNA, ...", "in an interview with the BBC"
    (
        (
            "peaking",
            "spoke",
            "talk",
            "carried",
            "broadcast",
            "aired",
            "published",
            "quoted",
            "cited",
            "riting",
            "wrote",
            "n a",
            "n an",
        ),
        "listener",
        re.compile(
            r"\b(?P<cue>[Ss]peaking\s+to|(?:spoke|talked|talking)\s+to|[Ii]n\s+an?\s+(?:interview|statement|comments?|remarks|post|message|"
            r"letter)\s+(?:\w+\s+){0,2}?(?:with|to|carried\s+by|published\s+by|broadcast\s+by|released\s+by|"
            r"on)|carried\s+by|broadcast\s+by|aired\s+by|published\s+by|quoted\s+by|cited\s+by|[Ww]riting\s+(?:in|for)|wrote\s+in)\s+"
            rf"{m._LISTENER}"
        ),
    ),
    # "published in The Lancet": a medium named, which "the journal" may later refer to.
    (
        " in ",
        "medium",
        re.compile(
            r"\b(?P<cue>published|printed|appeared|appears?|reports?|story|article|interview)\s+in\s+"
            rf"(?:(?:this|last|the|next)\s+(?:\w+['’]s\s+)?(?:issue|edition)\s+of\s+)?{m._LISTENER}"
        ),
    ),
    (
        "with",
        "participle",
        re.compile(
            rf"\bwith\s+(?:[\w-]+\s+){{0,4}}?(?P<src>{m._NAME})\s+(?P<cue>confirming|saying|reporting)\b"
        ),
    ),
    # "the latest bulletin from the weather bureau: "..."": the body speaks the quotation
    (
        ":",
        "colon",
        re.compile(
            r"\b(?:statement|bulletin|message|update|advisory|warning|notice|post|announcement|letter|"
            rf"communiqu[eé]|words|comments?|remarks)\s+(?P<cue>from|by|of)\s+{_SRC}\s*:\s*[\"“\x01]"
        ),
    ),
    # "Vance, in his victory speech at the brewery: "..."": the quotation is the speaker's
    (
        ":",
        "colon",
        re.compile(
            rf"(?<![\w-]){_SRC},\s+(?P<cue>in)\s+(?:a|an|his|her|its|their|the)\s+(?:[\w-]+\s+){{0,3}}?"
            r"(?:speech|statement|interview|address|remarks|post|message|letter|video|broadcast|briefing)\b"
            r"[^:;\"“\x01]{0,100}:\s*[\"“\x01]"
        ),
    ),
    # "... , said Amina Diallo", "…,” said the ministry"
    (
        "",
        "inverted",
        re.compile(
            rf"(?:[,\"”]|\x01)\s*(?P<cue>told\s+reporters|{_INVERTED_VERBS})\s+{_SRC}"
            r"(?=\s*(?:[,.;:!?]|$|\s+(?:in|on|at|during|after|to|from|of|when|while|who)\b))"
        ),
    ),
    # "The terminal operator, Kessel Port Holdings, said", "His lawyer, Eva Brenner, said"
    (
        ",",
        "speaker",
        re.compile(
            rf"(?<![\w-]){_DESCRIPTION},\s+(?P<src>{m._NAME}),\s+{m._AUX}"
            rf"(?:(?:[\w’'-]+\s+){{1,10}}?and\s+)?(?P<cue>{m._VERB_WORDS})"
        ),
    ),
    # "The ministry's statement said", "Amnesty's latest report says": the owner speaks.
    (
        ("’s ", "'s "),
        "speaker",
        re.compile(
            rf"(?<![\w-])(?P<src>(?:[Tt]he\s+)?(?:{m._NAME}|{m._MODIFIERS}{m._ORG_WORDS}))(?:['’]s)?(?<=['’]s)\s+"
            r"(?:[a-z]+\s+){0,2}?(?:statements?|reports?|stud(?:y|ies)|surveys?|analys[ie]s|data|figures|"
            r"forecasts?|assessments?|bulletins?|updates?|website|account|projections?|estimates?|minutes|"
            r"records|documents?|filings?)"
            r"(?:,\s+(?:[^,;:\"“”\x01.]|\.(?=\w)){1,120}?,)?"
            rf"\s+{m._AUX}(?P<cue>{m._VERB_WORDS})"
        ),
    ),
    # "She said", "It warned", "They added"
    (
        "",
        "pronoun",
        re.compile(rf"(?<![\w-])(?P<pronoun>[Hh]e|[Ss]he|[Ii]t|[Tt]hey)\s+{m._AUX}(?P<cue>{m._VERB_WORDS})"),
    ),
    # "A report published last month by the WHO warned" (only where such a word stands: the
    # optional prefix tried at every position was a third of the reading time)
    (
        (
            "report",
            "study",
            "survey",
            "poll",
            "statement",
            "analysis",
            "estimate",
            "figures",
            "data",
            "review",
        ),
        "speaker",
        re.compile(
            rf"(?<![\w-]){m._REPORT_BY}{_SRC}{_APPOSITION}"
            r"(?:\s+(?:published|released|issued|presented)\s+(?:in|on|last|this|earlier)\s+\w+)?"
            rf"\s+{m._AUX}(?P<cue>{m._VERB_WORDS})"
        ),
    ),
    # "the ministry said", "X, the mayor, said"
    (
        "",
        "speaker",
        re.compile(rf"(?<![\w-]){_SRC}{_APPOSITION}\s+{m._AUX}(?P<cue>{m._VERB_WORDS})"),
    ),
    # "X did Y on Tuesday, saying Z": the subject speaks from "saying" on.
    (
        "ing",
        "saying",
        re.compile(
            r",\s+(?P<cue>saying|adding|warning|insisting|arguing|projecting|claiming|noting|stressing|"
            r"explaining|predicting|estimating|citing\s+concerns)\b"
        ),
    ),
]


# What follows a verb that also takes a plain object when it does report words: "that", a
# quotation, a colon, or the end of the clause ("..., the company confirmed on Monday.").
_CLAUSE_AFTER = re.compile(
    r"\s*(?:that\b|(?:he|she|it|they|we|i|there)\s+[a-z]|(?:on|in|at|during|after)\s[^,.;]{0,60}?\bthat\b|[^.;]{0,80}?\bas\s+[\"“\x01]|[:\"“\x01,.;]|$|(?:on|in|at|late|early|last|this|earlier|later)\b(?:[^,.;]{0,40})(?:[,.;]|$))"
)


_PRONOUNS = {"he": "he", "she": "she", "it": "it", "they": "they", "him": "he", "her": "she", "them": "they"}


_ASIDE_BEFORE = re.compile(
    r"(?:,\s+|(?<!during )(?<!after )(?<!in )(?<!at )(?<!on )\b)(?:which|whom|whose\s+\w+)\s+$|,\s+as\s+$"
)


_RELATIVE_BEFORE = re.compile(r"\w,\s+(?:who|whose|which)\b[^,;\x01]*,\s*$")


# "called the plan "reckless"", "described her son as "...": the quoted words are the speaker's.
_NAMES_WITH_QUOTE = frozenset(["called", "branded", "dubbed", "labelled", "labeled", "termed", "described"])


_QUOTED_LATER = re.compile(r"[^.;:\"“\x01]{0,80}[\"“\x01]")


_DATED_ACT = re.compile(
    r"\s+(?:back\s+)?in\s+(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\s+)?(?:1[89]\d\d|20\d\d)\s+to\b"
)


_PASSIVE = re.compile(r"\b(?:was|were|been|being|be)\s+")


# The words a pattern needs, as one search each.
_COMPILED = [
    (
        re.compile("|".join(map(re.escape, (needed,) if isinstance(needed, str) else needed)))
        if needed
        else None,
        kind,
        pattern,
    )
    for needed, kind, pattern in _PATTERNS
]


def _span(match: re.Match[str], group: str) -> tuple[int, int] | None:
    try:
        start, end = match.span(group)
    except IndexError:
        return None
    return (start, end) if start >= 0 else None


_IN_BEFORE = re.compile(r"\b[Ii]n\s+(?:(?:an?|the|its|his|her)\s+)?$")


_VERB_AT = re.compile(rf"\b{m._VERB_WORDS}")


# A speaker's mention ends at most this far before its verb (a name of 12 words, an apposition of
# 120 characters, a report's description, four auxiliaries): the patterns that end in a verb are
# tried only there, not across the rest of a sentence ("X said that ..." and its long content).
_BEFORE_VERB = 240


def _windows(
    anchors: Iterable[tuple[int, int]], masked: str, before: int, after: int
) -> list[tuple[int, int]]:
    """The stretches from `before` characters before each anchor to `after` characters after it,
    merged where they overlap. No mention holds a quotation, so a stretch begins no earlier than
    the last masked character before its anchor."""
    windows: list[tuple[int, int]] = []
    length = len(masked)
    for found_start, found_end in anchors:
        start, end = max(0, found_start - before), min(length, found_end + after)
        while start > 0 and masked[start - 1].isalnum():
            start -= 1  # a stretch begins at a word, not inside one ("o internal documents")
        quoted = masked.rfind(MASK, start, found_start)
        if quoted != -1:
            start = quoted
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(end, windows[-1][1]))
        else:
            windows.append((start, end))
    return windows


# Where the patterns that hold a fixed cue word can match: near that word (a mention before it,
# one after it), not from every position of the sentence. The widths bound what the patterns
# read: a description and a name before a cue, a name and "as saying" after it.
_ANCHORS = {
    "seen_by": (re.compile(r"\b(?:seen|obtained|reviewed|viewed)\s+by\b"), 360, 400),
    "quoted_by": (re.compile(r"\b(?:was|were|is|are|been)\s+(?:quoted|cited)\b"), 320, 400),
    "pronoun_cites": (re.compile(r"\b(?:quoted|cited)\s.{0,700}?\bas\s+(?:saying|telling|stating)\b"), 40, 0),
    "cited_as": (re.compile(r"\b(?:quoted|cited)\s.{0,700}?\bas\s+(?:saying|telling|stating)\b"), 320, 0),
    "inverted": (re.compile(rf"\b(?:told|{_INVERTED_VERBS})"), 40, 700),
    "participle": (re.compile(r"\b(?:confirming|saying|reporting)\b"), 480, 0),
    "pronoun": (_VERB_AT, 140, 0),
    "colon": (
        re.compile(r":\s*[\"“\x01]"),
        360,
        4,
    ),  # a speaker and a colon before a quotation  # (the verbs are found once: see frames)
}


def _matches(
    pattern: re.Pattern[str], masked: str, windows: list[tuple[int, int]] | None
) -> Iterator[re.Match[str]]:
    if windows is None:
        yield from pattern.finditer(masked)
        return
    for start, end in windows:
        yield from pattern.finditer(masked, start, end)


# Every frame has one of these words; a sentence without any (most of a long quotation, masked)
# is not searched at all.
_CUE_WORDS = frozenset(
    [*m._VERBS, "went", "goes", "according", "citing", "quoting", "quoted", "cited", "seen", "obtained",
     "reviewed", "viewed", "speaking", "spoke", "talked", "talking", "carried", "broadcast", "aired",
     "published", "printed", "appeared", "writing", "wrote", "saying", "adding", "warning", "insisting",
     "arguing", "confirming", "reporting", "bulletin", "statement", "message", "update", "advisory",
     "warning", "notice", "post", "announcement", "letter", "communique", "communiqué", "words",
     "comment", "comments", "remarks", "projecting", "claiming", "noting", "stressing", "explaining",
     "predicting", "estimating", "speech", "interview", "address", "video", "briefing", "repeated",
     "asked", "quipped", "retorted", "continued", "story", "article", "report", "reports", "put", "puts",
     "place", "places"]
)  # fmt: skip


_LOWER_WORD = re.compile(r"[a-z]+")


@lru_cache(maxsize=8)  # asked of the same sentence by the frames and by what is remembered of it
def words_of(masked: str) -> frozenset[str]:
    """The sentence's words, lower-cased: a set to test before any pattern is tried."""
    return frozenset(_LOWER_WORD.findall(masked.lower()))


def frames(masked: str) -> list[Frame]:
    """The frames of a sentence (its quotations masked), in text order of their cue."""
    found: list[Frame] = []
    if _CUE_WORDS.isdisjoint(words_of(masked)):
        return found
    taken = bytearray(len(masked))  # 1 where a mention already read stands
    verbs = [found.span() for found in _VERB_AT.finditer(masked)]
    windows = _windows(verbs, masked, _BEFORE_VERB, 0)
    for needed, kind, pattern in _COMPILED:
        if needed and not needed.search(masked):
            continue
        anchored = _ANCHORS.get(kind)
        if anchored:
            anchor, before, after = anchored
            spans = verbs if anchor is _VERB_AT else (found.span() for found in anchor.finditer(masked))
            scope: list[tuple[int, int]] | None = _windows(spans, masked, before, after)
        else:
            scope = windows if kind == "speaker" else None
        for match in _matches(pattern, masked, scope):
            source = _span(match, "src") or _span(match, "citer")
            cue = _span(match, "cue") or (match.start(), match.start())
            seen = _span(match, "listener") if kind == "seen_by" else None  # "seen by Reuters show"
            spans = [span for span in (source, cue, seen) if span and span[1] > span[0]]
            if any(taken.find(1, *span) != -1 for span in spans):  # overlaps one already read
                continue  # (marked in a byte array: a walk over those read was quadratic)
            if kind in ("speaker", "pronoun") and _ASIDE_BEFORE.search(
                masked, max(0, match.start() - 80), match.start()
            ):
                continue  # "..., which the union says would cost 1,800 jobs": an aside, not a source of all
            if kind == "inverted" and _RELATIVE_BEFORE.search(masked, max(0, cue[0] - 200), cue[0]):
                continue  # "An engineer, who asked not to be named, said staff ...": the engineer speaks
            for start, end in spans:
                taken[start:end] = b"\x01" * (end - start)
            verb = masked[cue[0] : cue[1]].lower()
            if kind == "conjoined":
                pronoun = _PRONOUNS.get(match.group("pronoun").lower(), "") if _span(match, "pronoun") else ""
                found.append(
                    Frame(
                        "speaker",
                        None if pronoun else source,
                        cue,
                        verb,
                        _span(match, "src_described"),
                        apposition=_span(match, "appos"),
                        pronoun=pronoun,
                    )
                )
                continue
            if kind == "pronoun_cites":  # "It quoted X as saying": the one "it" refers to speaks, citing X
                pronoun = _PRONOUNS[match.group("pronoun").lower()]
                found.append(Frame("speaker", None, cue, "said", pronoun=pronoun))
                found.append(Frame("citing", _span(match, "src"), cue, verb, _span(match, "src_described")))
                continue
            if kind == "cited_as":
                # The citer speaks; the one cited is read as its source.
                citer_described = _span(match, "citer_described")
                found.append(Frame("speaker", _span(match, "citer"), cue, "said", citer_described))
                found.append(Frame("citing", _span(match, "src"), cue, verb, _span(match, "src_described")))
                continue
            if kind == "seen_by" and _IN_BEFORE.search(masked[max(0, match.start() - 8) : match.start()]):
                kind = (
                    "listener"  # "In a memo seen by X, the chief executive said": the memo carries her words
                )
            if kind == "passive":
                kind, verb = "speaker", "reported"
            elif kind in ("bulletin", "colon"):
                kind, verb = "speaker", "said"
            elif kind in ("speaker", "pronoun") and _PASSIVE.search(
                masked, (_span(match, "appos") or source or cue)[1], cue[0]
            ):
                continue  # "Residents were told to leave": nobody here speaks
            if (
                verb in ("reported", "reports")
                and kind == "speaker"
                and source
                and not _CLAUSE_AFTER.match(masked, cue[1])
                and not k.media_type(masked[source[0] : source[1]], "")
                and re.search(r"\b(?:that|show|shows|showed)\s+$", masked[: source[0]])
            ):
                continue  # "members had reported sewage fungus to the regulator": told, not a source
            if kind in ("speaker", "pronoun") and _DATED_ACT.match(masked, cue[1]):
                continue  # "China pledged in 2020 to peak its emissions": the publisher's background
            if (
                kind in ("speaker", "pronoun")
                and verb in m.NEEDS_CLAUSE
                and not _CLAUSE_AFTER.match(masked, cue[1])
                and not (verb in _NAMES_WITH_QUOTE and _QUOTED_LATER.match(masked, cue[1]))
            ):
                continue  # "Governor Ana Ruiz declared a state of emergency": an act, not words

            found.append(
                Frame(
                    kind="speaker" if kind in ("pronoun", "inverted") else kind,
                    source=None if kind == "pronoun" else source,
                    cue=cue,
                    verb=verb,
                    described=_span(match, "src_described"),
                    apposition=_span(match, "appos"),
                    listener=_span(match, "listener"),
                    listener_described=_span(match, "ldescribed"),
                    pronoun=_PRONOUNS.get(match.group("pronoun").lower(), "")
                    if _span(match, "pronoun")
                    else "",
                    inverted=kind == "inverted",
                )
            )
    found.sort(key=lambda frame: frame.cue[0])
    return found
