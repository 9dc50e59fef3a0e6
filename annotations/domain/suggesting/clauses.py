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

from ...scales import SourceKind
from . import kinds as k
from . import mentions as m
from .frame_checks import (
    _AS_QUOTED,
    _ASIDE_BEFORE,
    _CALLED_NAME,
    _CITED_BEFORE,
    _CLAIMED_WHAT,
    _CONFIRMED_WHAT,
    _INTO_BEFORE,
    _MANNER_WORDS_AFTER,
    _NAMED_SHOW,
    _NOT_WHO_TOLD,
    _OBJECT_BEFORE,
    _ONLY_A_COMMA,
    _OWN_CHANNEL,
    _OWNED_BEFORE,
    _PASSIVE_BEFORE,
    _POSTED,
    _RECOMMENDED_TO,
    _REJECTS,
    _RELATIVE_BEFORE,
    _RELATIVE_OBJECT,
    _REPORTED_TO,
    _RESPONDED_TO,
    _SAYING_LEAD,
    _SHOWN_SOMEONE,
    _TELLS_SOMEONE,
    _THAN_BEFORE,
    _THAT_AFTER,
    _TOLD_TO_DO,
    _WITHOUT_BEFORE,
    right_after_quote,
    speaker_after_place,
    speaker_before_whose,
)
from .frame_patterns import _INVERTED_VERBS, _PATTERNS
from .sentence_shapes import (
    _AS_WHAT,
    _CHARACTERISES,
    _DATED_ACT,
    _OF_WHAT,
    _PASSIVE,
    _QUOTED_LATER,
    _RESULTS,
    _SUBJECT_APPOSED,
)

MASK = "\x01"


_QUOTE_MARK = re.compile(r"[\"“”]")


# A party and a seat after a name, as councils and parliaments are reported ("Rachel Oduya (Ind,
# Ashcombe), who sits ...", "Dan Cole (R-Texas) said"): read as if it were not there (one word alone
# may be the name's initials: "the Rapid Support Forces (RSF) said").
_PARTY = re.compile(
    r"(?<=[a-z])[ \t]\([A-Z][\w.]{0,12}(?:[ \t][A-Z][\w.]{0,12})?(?:,[ \t]?|[-–][ \t]?)"
    r"[A-Z][\w.-]{0,20}(?:[ \t](?:(?:and|&)[ \t])?[A-Z][\w.-]{0,20}){0,3}\)"  # ("(Ind, Fenby and Marsh)")
    r"(?=,|[ \t]+[a-z])"
)


def mask_quotations(body: str) -> str:
    """`body` with what stands inside quotation marks replaced by MASK (same length, the marks
    kept); a quotation that does not close runs to the end. Steps from mark to mark (a loop over
    every character was a tenth of the reading time). A party after a name is blanked too."""
    if "(" in body:
        body = _PARTY.sub(lambda found: " " * len(found.group()), body)
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


# What follows a verb that also takes a plain object when it does report words: "that", a
# quotation, a colon, or the end of the clause ("..., the company confirmed on Monday.").
_CLAUSE_AFTER = re.compile(
    # ("informed him that", "assured residents that": someone told, then what)
    r"\s*(?:(?:(?:him|her|them|us|me|(?:[a-z]+\s+)?(?:reporters|residents|parents|staff|members|investors|"
    r"journalists|customers|employees|workers|shareholders|patients|families|representatives|directors|"
    r"officials|colleagues|voters|lawmakers|councillors|delegates))\s+)?"
    r"(?:(?:as\s+recently\s+as|in|on|last|earlier\s+this|this)\s+[\w-]+\s+)?that\b|"
    # ("had informed him the sample showed": whom, then the words without "that")
    # (or a person by name after a verb of telling: "had assured Mr Pell the building would be dry")
    r"(?:him|her|them|us|me|(?:(?<=assured )|(?<=informed )|(?<=reminded )|(?<=advised )|(?<=warned ))"
    r"(?:(?:Mr|Mrs|Ms|Dr)\s+)?[A-Z][\w’'-]+)\s+(?:the|a|an|his|its|their|it|he|she|they)\s|"
    r"(?:he|she|it|they|we|i|there)\s+[a-z]|how\s|"  # ("described how the thieves entered")
    r"(?:on|in|at|during|after)\s[^,.;]{0,60}?\bthat\b|[^.;]{0,80}?\bas\s+[\"“\x01]|[:\"“\x01,.;]|$|(?:on|in|at|late|early|last|this|earlier|later)\b(?:[^,.;]{0,90})(?:[,.;]|$)"
    # ("denied ever having discussed the tour": what they deny, a gerund)
    r"|(?:ever\s+)?having\s+[a-z]+ed\b)"
)


_PRONOUNS = {"he": "he", "she": "she", "it": "it", "they": "they", "him": "he", "her": "she", "them": "they",
             "his": "he", "their": "they", "both": "both", "both of them": "both"}  # fmt: skip


# "called the plan "reckless"", "described her son as "...": the quoted words are the speaker's.
_NAMES_WITH_QUOTE = frozenset(["called", "branded", "dubbed", "labelled", "labeled", "termed", "described"])


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
_QUOTED_AS = re.compile(
    rf"\b(?:quoted|cited|quotes|cites)\s(?:.{{0,700}}?\bas\s+{m.AS_SAYING}\b"
    r"|[^.;:]{0,200}?\bwho\s+(?:had\s+)?(?:told|said|says|tells|warned|described)\b)"
)
_ANCHORS = {
    "seen_by": (re.compile(r"\b(?:seen|obtained|reviewed|viewed)\s+by\b|\bleaked\s+to\b"), 360, 400),
    "quoted_by": (re.compile(r"\b(?:was|were|is|are|been)\s+(?:also\s+)?(?:quoted|cited)\b"), 320, 400),
    "pronoun_cites": (_QUOTED_AS, 40, 0),
    "cited_as": (_QUOTED_AS, 320, 0),
    # (tried only around its verb: the subject's pattern at every position of a sentence cost a third
    # more on plain prose)
    "points_to": (re.compile(r"\b(?:pointed\s+to|cited|referred\s+to)\s[^.;:]{0,200}?\bwhich\b"), 320, 40),
    "inverted": (re.compile(rf"\b(?:told|{_INVERTED_VERBS})"), 40, 700),
    "participle": (re.compile(r"\b(?:confirming|saying|reporting)\b"), 480, 0),
    "pronoun": (_VERB_AT, 140, 0),
    "figure_put": (
        re.compile(
            r"\b(?:put|puts|placed|places)\s+(?:(?:the|its|their)\s+(?:[\w-]+\s+)?"
            r"(?:toll|number|figure|cost|count|bill|damage|losses)(?:\s+of\s+[\w-]+)?\s+at\b"
            r"|(?:[\w’'-]+\s+){1,5}?at\s+(?:about\s+|around\s+|nearly\s+|some\s+|roughly\s+)?[$£€¥]?\d)"
        ),
        360,
        0,
    ),
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


_BE = ("is ", "are ", "was ", "were ")  # ("is reporting": "reporting" is the word to look for)


# Every frame has one of these words; a sentence without any (most of a long quotation, masked)
# is not searched at all.
_CUE_WORDS = frozenset(
    [*(verb.split()[0] for verb in m._VERBS if not verb.startswith(_BE)), "went", "goes", "according",
     "citing", "quoting", "quoted",
     "cited", "seen", "obtained",
     "reviewed", "viewed", "speaking", "spoke", "spoken", "talked", "talking", "carried", "broadcast",
     "aired",
     "published", "printed", "appeared", "appear", "appears", "writing", "wrote", "saying", "adding",
     "telling", "posting", "sharing", "commentating", "insisting", "learned", "learnt",
     "arguing", "confirming", "reporting", "bulletin", "statement", "message", "update", "advisory",
     "warning", "notice", "post", "announcement", "letter", "communique", "communiqué", "words",
     "comment", "comments", "remarks", "projecting", "claiming", "noting", "stressing", "explaining",
     "predicting", "estimating", "describing", "promising", "vowing",
     "alleging", "announcing", "stating", "study", "paper", "speech", "interview", "address", "video",
     "briefing", "repeated",
     "asked", "quipped", "retorted", "continued", "story", "article", "report", "reports", "put", "puts",
     "place", "places"]
)  # fmt: skip


_LOWER_WORD = re.compile(r"[a-z]+")


_COLON_QUOTE = re.compile(r":\s*[\"“\x01]")


@lru_cache(maxsize=8)  # asked of the same sentence by the frames and by what is remembered of it
def words_of(masked: str) -> frozenset[str]:
    """The sentence's words, lower-cased: a set to test before any pattern is tried."""
    return frozenset(_LOWER_WORD.findall(masked.lower()))


def frames(masked: str) -> list[Frame]:
    """The frames of a sentence (its quotations masked), in text order of their cue."""
    found: list[Frame] = []
    if _CUE_WORDS.isdisjoint(words_of(masked)) and not _COLON_QUOTE.search(masked):
        return found  # ("X was blunt: "...": a colon before a quotation is a cue of its own)
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
            cue = (
                _span(match, "cue")
                or _span(match, "cue2")
                or _span(match, "cue3")
                or (match.start(), match.start())
            )
            seen = _span(match, "listener") if kind == "seen_by" else None  # "seen by Reuters show"
            # (the description too; "she said, as quoted by X": her verb too, read with the frame)
            whole = match.span() if kind in ("citing", "according", "as_quoted_by") else None
            spans = [span for span in (source, cue, seen, whole) if span and span[1] > span[0]]
            if kind == "speaker" and taken[match.start()]:
                continue  # begins inside a mention read ("quoting the minister of the Russian Federation")
            if any(taken.find(1, *span) != -1 for span in spans):  # overlaps one already read
                continue  # (marked in a byte array: a walk over those read was quadratic)
            if kind == "told_speaker" and (
                _CITED_BEFORE.search(masked, 0, match.start())
                or (source and _NOT_WHO_TOLD.search(masked[source[0] : source[1]]))
            ):
                continue
            if kind == "citing" and _WITHOUT_BEFORE.search(masked, max(0, cue[0] - 9), cue[0]):
                continue  # "TRK-1 reported, without citing sources, that ...": no one cited
            if (
                kind == "speaker"
                and source
                and masked[cue[0] : cue[1]] == "show"
                and _NAMED_SHOW.search(masked, max(0, cue[0] - 60), cue[1])
                and not masked.startswith(" that", cue[1])  # ("figures from the Treasury show that")
            ):
                continue  # "he had cancelled the Carrowby show himself": a noun, not what figures show
            if (
                kind == "pronoun"
                and match.group("pronoun") == "it"
                and _OBJECT_BEFORE.search(masked, max(0, match.start() - 22), match.start())
            ):
                continue
            if (
                kind == "listener"
                and _POSTED.search(masked, max(0, cue[1] - 20), cue[1])
                and _OWN_CHANNEL.match(masked, cue[1] + 1)
            ):
                continue
            if (
                masked[cue[0] : cue[1]] in ("called", "named", "dubbed")
                and masked[max(0, cue[0] - 2) : cue[0]] == ", "
                and _CALLED_NAME.match(masked, cue[1])
            ):
                continue  # "The female, called Sorrel, was found": her name, not what was said
            told = masked[cue[0] : cue[1]] == "told"
            if kind == "speaker" and source and told and _TOLD_TO_DO.match(masked, cue[1]):
                continue  # "Agrocal had told some exporters informally to hold back": an order, no words
            if kind == "speaker" and source and _INTO_BEFORE.search(masked, max(0, source[0] - 9), source[0]):
                continue  # "An investigation by the Chronicle into Evergrove, ..., found": not Evergrove
            if (
                kind == "passive"
                and masked[cue[0] : cue[1]] == "disclosed"
                and not _PASSIVE_BEFORE.search(masked, max(0, cue[0] - 12), cue[0])
            ):
                continue  # "documents disclosed by the force in a tribunal claim showed": the documents
            if (
                kind == "speaker"
                and source
                and masked[source[0]].isupper()
                and _OWNED_BEFORE.search(masked, max(0, source[0] - 7), source[0])
            ):
                continue  # "it had settled 85 per cent of its Nether Ashby claims": no one claims
            if kind == "speaker" and source and _THAN_BEFORE.search(masked, max(0, source[0] - 6), source[0]):
                continue  # "the race was tighter than public surveys suggested": a comparison, no source
            if kind in ("speaker", "pronoun") and _ASIDE_BEFORE.search(
                masked, max(0, match.start() - 80), match.start()
            ):
                continue  # "..., which the union says would cost 1,800 jobs": an aside, not a source of all
            if (
                kind == "inverted"
                and source
                and masked[cue[0] : cue[1]].lower() in _TELLS_SOMEONE
                and _THAT_AFTER.match(masked, source[1])
            ):
                continue  # "Tomas Reyl ... warned the company's head of security, Ines Hadley, that": told
            if kind == "inverted" and _RELATIVE_BEFORE.search(masked, max(0, cue[0] - 200), cue[0]):
                continue  # "An engineer, who asked not to be named, said staff ...": the engineer speaks
            if kind == "inverted" and _SUBJECT_APPOSED.match(masked, 0, cue[0]):
                continue  # "Graham Pettifer, the council's director, said the Old Mill Bridge, ...": Pettifer
            if kind == "inverted" and _ONLY_A_COMMA.fullmatch(masked, taken.rfind(1, 0, cue[0]) + 1, cue[0]):
                continue  # "The memo, ... seen by Ledgerline, says the company's ...": the memo says
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
                named = _span(match, "cited_name")  # ("it quotes her aide, Tom Riordan, as warning")
                cited, described = (
                    (named, None) if named else (_span(match, "src"), _span(match, "src_described"))
                )
                found.append(Frame("citing", cited, cue, verb, described))
                continue
            if kind == "points_to":  # the one who pointed to it speaks, citing it
                said = _span(match, "pronoun")
                pronoun = _PRONOUNS[match.group("pronoun").lower()] if said else ""
                citer = None if said else _span(match, "citer")
                found.append(
                    Frame("speaker", citer, cue, "said", _span(match, "citer_described"), pronoun=pronoun)
                )
                whole = _span(match, "pointed")  # ("figures from the VSSA defect database")
                found.append(Frame("citing", whole or source, cue, verb))
                continue
            if kind == "aside_cites":  # "X, he said, had documented ...": he speaks (his own frame), citing X
                found.append(Frame("citing", source, cue, verb))
                continue
            if kind in ("cited_as", "as_quoted_by"):
                # The citer speaks; the one cited is read as its source.
                citer_described = _span(match, "citer_described")
                found.append(Frame("speaker", _span(match, "citer"), cue, "said", citer_described))
                named = _span(match, "cited_name")
                cited, described = (named, None) if named else (source, _span(match, "src_described"))
                if not named and _span(match, "bare"):
                    cited, described = _span(match, "bare"), None  # ("quoted former inmates as saying")
                if _span(match, "objpron"):  # ("quoted him as saying", "she said, as quoted by")
                    pronoun = _PRONOUNS[match.group("objpron").lower()]
                    found.append(Frame("citing", None, cue, verb, pronoun=pronoun))
                    continue
                found.append(Frame("citing", cited, cue, verb, described))
                continue
            if kind == "seen_by" and _IN_BEFORE.search(masked[max(0, match.start() - 8) : match.start()]):
                kind = (
                    "listener"  # "In a memo seen by X, the chief executive said": the memo carries her words
                )
            told_speaker = kind == "told_speaker"  # (its pattern holds the clause after the verb)
            if told_speaker:  # (its match begins at the verb of the one it tells)
                kind = "speaker"
            if kind == "passive":
                kind, verb = "speaker", "reported"
            elif kind in ("bulletin", "colon", "told_by", "figure_put"):
                kind, verb = "speaker", "said"
            elif kind in ("speaker", "pronoun") and _PASSIVE.search(
                # (from the last comma: ", who asked not to be named, said" is an aside, not the verb's)
                masked,
                max(
                    (_span(match, "appos") or source or _span(match, "pronoun") or cue)[1],
                    masked.rfind(",", 0, cue[0]) + 1,
                ),
                cue[0],
            ):
                continue  # "Residents were told to leave", "the funds he was promised": nobody speaks
            if (
                verb in ("reported", "reports")
                and kind == "speaker"
                and source
                and not told_speaker  # ("told the Herald that a witness had reported seeing": theirs)
                and not _CLAUSE_AFTER.match(masked, cue[1])
                and not k.media_type(masked[source[0] : source[1]], "")
                and re.search(r"\b(?:that|show|shows|showed)\s+$", masked[: source[0]])
            ):
                continue  # "members had reported sewage fungus to the regulator": told, not a source
            if verb in ("reported", "reports") and _REPORTED_TO.match(masked, cue[1]):
                continue  # "The company reported the breach to the regulator": an act, not words
            if verb in ("responded", "responds") and _RESPONDED_TO.match(masked, cue[1]):
                continue
            if verb in ("recommended", "recommends") and _RECOMMENDED_TO.match(masked, cue[1]):
                continue  # "The board recommended the offer to shareholders": a board's act, not words
            if verb in ("reported", "reports", "posted", "posts") and _RESULTS.match(masked, cue[1]):
                continue  # "Corvath reported third-quarter revenue of 2.41 billion krona": results, not words
            if kind in ("speaker", "pronoun") and _SHOWN_SOMEONE.match(masked, cue[1]):
                continue  # "after CCTV footage showed him discarding it": what was seen, not words
            if (
                kind == "pronoun"
                and verb.startswith("show")
                and match.group("pronoun").lower() in ("he", "she")
            ):
                continue  # "he showed no emotion": a person shows a feeling; documents show what they hold
            if kind in ("speaker", "pronoun") and _RELATIVE_OBJECT.match(masked, cue[1]):
                continue  # "a vote his opponents say was stolen": their word on the vote, not on all before
            if kind in ("speaker", "pronoun") and _CONFIRMED_WHAT.match(masked, cue[1]):
                continue  # "the findings confirmed what she had long suspected": no words of theirs
            if kind in ("speaker", "pronoun") and _DATED_ACT.match(masked, cue[1]):
                continue  # "China pledged in 2020 to peak its emissions": the publisher's background
            if (
                kind in ("speaker", "pronoun", "inverted")
                and verb in m.MANNER_VERBS
                and not _MANNER_WORDS_AFTER.match(masked, cue[1])
                and not right_after_quote(masked, (source or _span(match, "pronoun") or cue)[0])
                and not right_after_quote(masked, cue[0])
            ):
                continue  # "Fans fumed.", "Oil gushed from the pipe": no words
            if kind in ("speaker", "pronoun") and verb == "claimed" and _CLAIMED_WHAT.match(masked, cue[1]):
                continue  # "The Kharan Resistance Movement later claimed responsibility": an act, not words
            if kind in ("speaker", "pronoun") and verb in _REJECTS and not _AS_QUOTED.match(masked, cue[1]):
                continue  # "The union rejected that offer in a ballot": an act, not words
            if (
                kind in ("speaker", "pronoun")
                and verb in m.NEEDS_CLAUSE
                and not told_speaker
                and verb not in _REJECTS  # (said "as" a quotation: asked just above)
                and not _CLAUSE_AFTER.match(masked, cue[1])
                and not (verb in _NAMES_WITH_QUOTE and _QUOTED_LATER.match(masked, cue[1]))
                and not (verb in _CHARACTERISES and _AS_WHAT.match(masked, cue[1]))
                and not (verb in ("accused", "accuses") and _OF_WHAT.match(masked, cue[1]))
                # (just after a quotation its words: '"A complete success," X declared at a briefing held')
                and not right_after_quote(masked, (source or _span(match, "pronoun") or cue)[0])
            ):
                continue  # "Governor Ana Ruiz declared a state of emergency": an act, not words

            appos = _span(match, "appos")
            if kind == "speaker" and source and (lead := _SAYING_LEAD.match(masked, *source)):
                source = (lead.end(), source[1])
            if kind == "speaker" and source and (person := speaker_after_place(masked, source, appos)):
                source, appos = person, None
            if (
                kind in ("speaker", "inverted")
                and source
                and (opener := speaker_before_whose(masked, source, cue))
            ):
                source, appos = opener, None
            where = _span(match, "where")
            if (
                source
                and where
                and where[1] > where[0]
                and k.guess_kind(masked[slice(*source)]) != SourceKind.NAMED_PERSON
            ):
                source = (source[0], where[1])  # "Police in Lagos", not "Mei Ling Tan ... in Singapore"
            found.append(
                Frame(
                    kind="speaker" if kind in ("pronoun", "inverted") else kind,
                    source=None if kind == "pronoun" else source,
                    cue=cue,
                    verb=verb,
                    described=_span(match, "src_described"),
                    apposition=appos,
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
