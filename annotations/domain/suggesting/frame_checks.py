"""What turns down a frame a pattern matched: the words around a speech verb that show it reports
no words ("told some exporters informally to hold back", "reported the breach to the regulator",
"the female, called Sorrel,"), or a mention that is no speaker ("its Nether Ashby claims", "to discuss
it publicly", "Outside County Hall, Lucy Garrow, ..., told"). `clauses.frames` asks these of each match."""

import re

from . import mentions as m

# "claimed responsibility": an act, not words.
_CLAIMED_WHAT = re.compile(
    r"\s+(?:full\s+|sole\s+)?(?:responsibility|credit|victory|the\s+(?:title|prize|seat|win))\b"
)


# A quotation of three words or so just before a speaker: a verb that also takes an object reports it
# ('"A complete success," X declared at a briefing held ...'; not a title: '"Tides," Mayor Lind declared
# a state of emergency'); what must follow a verb of how something was said for it to report words.
_QUOTE_END = "\x01" * 12


def right_after_quote(masked: str, end: int) -> bool:
    """Whether a masked quotation ends just before `end` (spaces between). Read from `end` back, a
    short way: a pattern searched from the start of the sentence to `end` for each frame was
    quadratic on a long run of masked text (a 10 KB run-on sentence took four seconds)."""
    tail = masked[max(0, end - 80) : end].rstrip()
    return tail[-1:] in ('"', "”") and tail[:-1].endswith(_QUOTE_END)


_MANNER_WORDS_AFTER = re.compile(r"\s*(?::\s*[\"“\x01]|[\"“\x01]|,?\s+that\b)")


# Only a comma between what was read and a verb (no slice of the sentence copied to test it).
_ONLY_A_COMMA = re.compile(r"\W*,\s*")


# Verbs whose object is whom words were given to: after one, "X ... that" is the listener, no subject.
_TELLS_SOMEONE = frozenset(["warned", "told", "assured", "informed", "reminded", "urged", "advised"])
_THAT_AFTER = re.compile(r"(?:[^.;:\"“”\x01]{0,80}?,)?\s+that\b")
_REPORTED_TO = re.compile(
    r"\s+(?:(?:the|a|an|its|their|his|her)\s+)?(?:(?!that\b|(?:January|February|March|April|May|June|July|"
    r"August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
    r"[\w-]+\s+){0,8}?to\s+"
    r"(?:the\s+)?"
    # (a body in lower case too: "reported the matter to the exam board", "reported cracks ... to the
    # municipality")
    r"(?:[A-Z]|(?:[a-z]+\s+)?(?:police|authorities|board|municipality|council|regulator|ombudsman|watchdog)\b)"
)
_WITHOUT_BEFORE = re.compile(r"\bwithout\s+$")
# "Deputies had responded to 63 crashes", "crews responded to a call": what crews do, not an answer
_RESPONDED_TO = re.compile(
    r"\s+to\s+(?:(?:more\s+than|about|nearly|over|at\s+least|some)\s+)?(?:\d|dozens\b|hundreds\b|scores\b|"
    r"calls\b|reports\s+of\b|the\s+scene\b|an?\s+(?:call|report|incident|emergency|fire|crash|alarm)\b)"
)
# "The federation, citing miners at the site, said workers had complained that": those cited are who
# complained, not a source after them
_CITED_BEFORE = re.compile(r"\b(?:[Cc]iting|[Qq]uoting|[Aa]ccording\s+to)\b")
# "said nobody had told him", "said his gut told him", "said last week his lawyers had told him", "said
# the man who warned him": no one, a thing, or words that begin with when (where the one who told
# begins is not sure), or a relative clause; the speaker alone is suggested
_NOT_WHO_TOLD = re.compile(
    r"^(?:no|nobody|none|nothing|everyone|everybody|everything|someone|somebody|something|anyone|anybody|"
    r"last|this|next|on|after|before|during|when|while|since|to|in|at|by|for|once|later|earlier|then)\b"
    r"|\b(?:who|which|that|gut|instincts?|heart|conscience|experience|sense|numbers|figures|data|results|"
    r"prices|costs|facts|evidence|polls|feeling|eyes|ears|body)$"
    # (a document a medium saw is read as such: "says an internal memo seen by the broadcaster warned")
    r"|\b(?:seen|obtained|reviewed|viewed)\s+by\b",
    re.IGNORECASE,
)
# "quoted as saying Caldonian mediators had assured him": the verb of the frame before is no part
# of the name of the one who speaks in the next
_SAYING_LEAD = re.compile(
    r"(?:saying|adding|claiming|insisting|noting|arguing|warning|stating)\s+(?:that\s+)?"
)
# "An investigation by the Chronicle into Evergrove, ..., found": not Evergrove
_INTO_BEFORE = re.compile(r"\binto\s+(?:the\s+)?$")
# "the Carrowby show himself": one name and "show", not followed by what was shown, is an event.
_NAMED_SHOW = re.compile(r"\b(?:the|a|an|his|her|their)\s+[A-Z][\w’'-]*\s+show$")
# "The board recommended the offer to shareholders": a board's act, not words
_RECOMMENDED_TO = re.compile(
    r"\s+(?:[\w’'-]+\s+){1,5}?to\s+(?:its\s+|their\s+|the\s+)?(?:shareholders|investors|members|voters|unitholders)\b"
)
# "rejected the report as "a pitiful lie"": words said of it, in quotation marks (not "dismissed the case")
_REJECTS = frozenset(["rejected", "dismissed", "denounced"])
_AS_QUOTED = re.compile(r"(?:\s+[^.;:,\"“\x01]{1,60}?)?\s+as\s*[\"“\x01]")
# "a statement posted to the festival's website": where someone puts out their own words, no medium
# (one told by a club's website was interviewed by it: "Ashcombe told the club's website")
_POSTED = re.compile(r"\b(?:posted|put\s+out|uploaded|published)\s+(?:to|on)$")
_OWN_CHANNEL = re.compile(
    r"(?:the\s+[\w’'-]+(?:\s+[\w’'-]+)?['’]s|\b(?:its|his|her|their|our))\s+(?:own\s+|official\s+)?"
    r"(?:website|site|web\s*page|page|blog|account|channels?|feed)\b"
)
# "not authorised to discuss it publicly, said": "it" after a verb or a preposition is its object
_OBJECT_BEFORE = re.compile(
    r"\b(?!(?:and|but|or|that|as|when|because|so|while|since|if|then|where|which|though|although|yet|before|"
    r"after|until|once|now|how|what|why|whether|than)\b)[a-z]{2,20}\s+$"
)
# "told some exporters informally to hold back": an instruction to do something, not words passed on
_TOLD_TO_DO = re.compile(
    r"\s+(?:(?:the|a|an|some|its|his|her|their|all|several|other)\s+)?"
    r"(?:(?!(?:that|she|he|they|it|we|i|you|the|a|an)\b)[\w’'-]+\s+){1,4}?to\s+"
    r"(?!(?:the|a|an|his|her|their|its|our|my|your|them|him|me|us|"
    r"this|these|those|reporters|journalists)\b)[a-z]+\b(?![^.;:]{0,80}\bthat\b)"
)
_THAN_BEFORE = re.compile(r"\bthan\s+$")
# "The two-year-old female, called Sorrel, was found": a name given, not words said
_CALLED_NAME = re.compile(r"\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?\s*,")
# "It was disclosed by", "as disclosed by": a passive of saying (not "documents disclosed by the force")
_PASSIVE_BEFORE = re.compile(r"(?:\b(?:was|been|is)\s+|\b[Aa]s\s+)$")
# "its Nether Ashby claims": a name after "its" qualifies a noun; it says nothing ("its developers
# said" is another matter: a description, not a name)
_OWNED_BEFORE = re.compile(r"\b(?:its|their|his|her|our|my|your)\s+$")


# A verb followed at once by another ("a vote his opponents say was stolen", "cuts the union says will
# cost jobs"): the speaker stands in a relative clause whose object is what comes before it
_RELATIVE_OBJECT = re.compile(r"\s+(?:was|were|is|are|had|has|have|would|will|could|might|may|should)\b")


# What was already thought, confirmed ("the findings confirmed what she had long suspected"): an
# object, not words given
_CONFIRMED_WHAT = re.compile(
    r"(?:(?<=confirmed)|(?<=confirms))\s+what\s+(?:[\w’'-]+\s+){1,3}?(?:had|has|have)\b"
)


_SHOWN_SOMEONE = re.compile(r"(?<=show|hows|owed|hown)\s+(?:him|her|them|me|us)\b")


_ASIDE_BEFORE = re.compile(
    r"(?:,\s+|(?<!during )(?<!after )(?<!in )(?<!at )(?<!on )\b)(?:which|whom|whose(?:\s+\w+)?)\s+$"
    r"|,\s+as\s+$|\bwhat\s+$"
    # ("..., a decision that Ardent said at the time was 'deeply disappointing'")
    r"|,\s+(?:an?|the)\s+(?:[a-z]+\s+){0,2}?[a-z]+\s+that\s+$"
    # (and without "that": "..., a warning the service said would remain in force")
    r"|,\s+an?\s+(?:[a-z]+\s+)?[a-z]+\s+$"
    # (whom the speaker came with: "Vance, accompanied by her partner, the actor Tobias Reyne, told")
    r"|\b(?:accompanied|flanked|joined|surrounded|escorted)\s+by\s+[^,;\x01]{0,60}(?:,\s+)?$"
)


_RELATIVE_BEFORE = re.compile(r"\w,\s+(?:who|whose|which)\b[^,;\x01]*,\s*$")


# "Outside County Hall, Lucy Garrow, whose two children attend Wickbrook Primary, told": a place at the
# sentence's start, then the speaker's name in what reads as its apposition
_PLACE_OPENER = re.compile(
    r"\W*(?:At|Outside|Inside|Near|Beside|Behind|Opposite|Across)\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){0,2}"
)
_NAME_THEN_COMMA = re.compile(r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3}(?=,)")


def speaker_after_place(
    masked: str, source: tuple[int, int], apposition: tuple[int, int] | None
) -> tuple[int, int] | None:
    """The name after a place read as a speaker ("Outside County Hall, Lucy Garrow, ..."), if so."""
    if not apposition or not _PLACE_OPENER.fullmatch(masked, 0, source[0]):
        return None
    name = _NAME_THEN_COMMA.match(masked, apposition[0])
    return name.span() if name else None


# "Pieter Reel, whose son Tomas, an engineer, was also freed, said": the one the sentence opens with
_WHOSE_OPENER = re.compile(rf"\W*(?P<name>{m._NAME}),\s+whose\s")


def speaker_before_whose(
    masked: str, source: tuple[int, int], cue: tuple[int, int]
) -> tuple[int, int] | None:
    """The name a sentence opens with when the speaker read is inside its "whose" clause and the verb
    after it (not "Tom Reed, whose lawyer said he would appeal, was jailed": the lawyer said it)."""
    if ", whose " not in masked[: source[0]] or "," not in masked[source[1] : cue[0]]:
        return None
    opener = _WHOSE_OPENER.match(masked)
    return opener.span("name") if opener and opener.end() <= source[0] else None
