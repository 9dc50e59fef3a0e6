"""How likely a proposed chain is to be right, from what the text around it shows.

The rules propose a chain for every sentence they can read; on articles they were never tuned on
about one proposed hop in five is wrong, and a wrong hop costs a reviewer more than none. This
scores a proposal from surface facts of its sentence and paragraph (are the hops' names there,
how many speech cues, a quotation, a pronoun ...), by a logistic model fitted on what earlier
versions of the rules proposed for gold sets *before* they were tuned on them
(`tests/confidence_training.py`, weights in `confidence_weights.py`). It never looks at how the
rules reached the chain, so rules written later do not change what the model means.

Linear: each feature reads the sentence, its paragraph or a bounded window before it.
"""

import math
import re

from .confidence_weights import THRESHOLD, WEIGHTS

# How far back a name is looked for when it is not in the sentence's paragraph (references back
# reach this far in most articles; the window bounds the work per sentence).
LOOK_BACK = 3_000

# The word lists below are the model's own, not the rules' (mentions, speech_verbs, kinds): the
# weights were fitted on exactly these facts, and the rules' lists grow every round, which would
# change what a fact means without a refit.
_CUE = re.compile(
    r"\b(?:said|says|say|told|tells|added|adds|stated|states|according|citing|quoting|quoted|reported|"
    r"reports|claimed|claims|announced|confirmed|insisted|warned|wrote|writes|argued|noted|explained|"
    r"described|alleged|denied|acknowledged|admitted|suggested|show|shows|showed|found|revealed)\b",
    re.IGNORECASE,
)
_NESTING = re.compile(
    r"\b(?:citing|quoting|according to|quoted|cited|seen by|obtained by|told)\b", re.IGNORECASE
)
_PRONOUN_START = re.compile(r"[\"“‘']?\s*(?:he|she|they|it|his|her|their)\b", re.IGNORECASE)
_QUOTE = re.compile(r"[\"“”]")
_CAPITALISED = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][\w’'-]+")
_REFERENCE = re.compile(
    r"\bthe (?:agency|newspaper|paper|broadcaster|outlet|ministry|report|official|spokesperson|"
    r"spokesman|spokeswoman|company|statement|group|minister|court|station|channel|police)\b",
    re.IGNORECASE,
)
_LEADING = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
# A title or rank left on a name ("DI Walsh", "Lt. Marcus Delgado"): the conventions drop it.
_TITLE = re.compile(
    r"^(?:mr|mrs|ms|dr|prof|professor|sir|dame|lord|lady|lt|col|gen|general|brigadier|captain|capt|"
    r"major|sergeant|sgt|di|dci|ds|pc|inspector|superintendent|chief|minister|president|senator|"
    r"governor|mayor|judge|justice|councillor|cllr|rev|father|sheikh|king|queen|prince|princess)\b\.?",
    re.IGNORECASE,
)
_NOT_A_NAME_PART = {"the", "a", "an", "said", "and", "of", "to", "by", "that"}
_TELLS = re.compile(r"\b(?:told|telling|speaking to|interview with)\s+(?:the\s+)?[A-Z]")


_NAME_PAIR = re.compile(r"\b[A-Z][\w’'-]+(?:\s+(?:of\s+|de\s+|al-)?[A-Z][\w’'-]+)+")
_MEDIUM_WORD = re.compile(
    r"\b(?:TV|Television|Radio|FM|Times|News|Post|Herald|Gazette|Tribune|Journal|Courier|Chronicle|"
    r"Agency|Wire|Press|Daily|newspaper|broadcaster|agency|paper|magazine|channel|station)\b"
)
_CAPITAL_WORD = re.compile(r"[A-Z][\w’'-]*")
_LOWER_WORD = re.compile(r"[a-z][\w-]*")


def _lower_tail(name: str) -> bool:
    """Capitalised words, then lower-case ones to the end ("Authority officer at a drop-in session"):
    word by word (a pattern with a repeated optional space tried every split of a long name)."""
    words = name.split()
    capitals = next((n for n, word in enumerate(words) if not _CAPITAL_WORD.fullmatch(word)), len(words))
    return 0 < capitals < len(words) and all(_LOWER_WORD.fullmatch(word) for word in words[capitals:])


def _needles(name: str) -> list[str]:
    """What shows a hop's name in the text: the name without a leading article, and for a
    capitalised name its last word too (a surname, "the Chronicle")."""
    bare = _LEADING.sub("", name.strip())
    needles = [bare] if bare else []
    words = bare.split()
    if len(words) > 1 and words[-1][:1].isupper():
        needles.append(words[-1])
    return needles


def _found(lowered: str, name: str) -> bool:
    """Whether the name shows in a window of the text (given in lower case, lowered once)."""
    return any(needle.lower() in lowered for needle in _needles(name))


# How many of a name's occurrences before it are looked at (a one-letter name in a run of that letter
# made every sentence read thousands).
_OCCURRENCES = 20


def _fuller_before(text: str, lo: int, hi: int, name: str) -> bool:
    """Whether text[lo:hi] gives the name with more in front of it ("Aoife Walsh" before "Walsh",
    "two Corvane engineers" before "engineers"): a short name may be a reference back the rules did
    not follow to its first, fuller form."""
    bare = _LEADING.sub("", name.strip())
    at = text.find(bare, lo, hi) if bare else -1
    for _ in range(_OCCURRENCES):
        if at == -1:
            break
        word = _word_before(text, at, lo)
        if word and word.lower() not in _NOT_A_NAME_PART:
            return True
        at = text.find(bare, at + 1, hi)
    return False


def _word_before(text: str, at: int, lo: int) -> str:
    """The word just before `at`, past white space (read back over at most 40 characters, not
    before `lo`)."""
    end = at
    while end > lo and at - end < 40 and text[end - 1].isspace():
        end -= 1
    if end == at:
        return ""  # (the name runs on from a word: no word before it)
    start = end
    while start > lo and end - start < 40 and (text[start - 1].isalnum() or text[start - 1] in "_’'-"):
        start -= 1
    return text[start:end]


def features(text: str, sentence_start: int, sentence_end: int, names: list[str]) -> dict[str, float]:
    """The facts the model weighs for the chain `names` (hops after the publisher, in order)
    proposed for the sentence text[sentence_start:sentence_end]."""
    sentence_start = min(max(0, sentence_start), len(text))  # (offsets out of the text read nothing more)
    sentence_end = min(max(sentence_start, sentence_end), len(text))
    names = names or [""]
    sentence = text[sentence_start:sentence_end]
    reach = max(0, sentence_start - LOOK_BACK)
    newline = text.rfind("\n", reach, sentence_start)
    paragraph_start = newline + 1 if newline != -1 else reach
    paragraph_end = text.find("\n", sentence_end, sentence_end + LOOK_BACK)
    paragraph = text[paragraph_start : paragraph_end if paragraph_end != -1 else sentence_end + LOOK_BACK]
    before_start = max(0, paragraph_start - LOOK_BACK)
    depth = len(names)
    origin = names[-1]
    # (the wider windows are lowered only when a name is not found in the narrower one: most are)
    low_sentence = sentence.lower()
    in_sentence = [_found(low_sentence, name) for name in names]
    low_paragraph = paragraph.lower() if not all(in_sentence) else ""
    in_paragraph = [
        found or _found(low_paragraph, name) for found, name in zip(in_sentence, names, strict=True)
    ]
    origin_before = not in_paragraph[-1] and _found(text[before_start:paragraph_start].lower(), origin)
    cues = len(_CUE.findall(sentence))
    nesting = bool(_NESTING.search(sentence))
    words = origin.split()
    capitalised = len(_CAPITALISED.findall(sentence))
    low_names = [_LEADING.sub("", n).lower() for n in names]
    others = [
        pair
        for pair in _NAME_PAIR.findall(sentence)
        if not any(pair.lower() in n or n in pair.lower() for n in low_names if n)
    ]
    medium_near = bool(_MEDIUM_WORD.search(text, max(0, paragraph_start - 600), sentence_end))
    return {
        "bias": 1.0,
        "two hops": float(depth == 2),
        "three or more hops": float(depth >= 3),
        "origin unnamed": float(not origin[:1].isupper()),
        "origin in sentence": float(in_sentence[-1]),
        "first in sentence": float(in_sentence[0]),
        "hops not in sentence": sum(not found for found in in_sentence) / depth,
        "origin only in paragraph": float(in_paragraph[-1] and not in_sentence[-1]),
        "origin only before": float(not in_paragraph[-1] and origin_before),
        "origin nowhere near": float(not in_paragraph[-1] and not origin_before),
        "no cue": float(cues == 0),
        "cues": min(cues, 4) / 4,
        "nesting word": float(nesting),
        "nesting word, one hop": float(nesting and depth == 1),
        "told a name, one hop": float(depth == 1 and bool(_TELLS.search(sentence))),
        "origin titled": float(bool(_TITLE.match(origin)) and len(words) > 1),
        "origin one word": float(len(words) == 1),
        "origin one lower-case word": float(len(words) == 1 and not origin[:1].isupper()),
        "origin named more fully before": float(_fuller_before(text, before_start, sentence_start, origin)),
        "origin long": min(len(words), 8) / 8,
        "quotation mark": float(bool(_QUOTE.search(sentence))),
        "quotation paragraph": float(paragraph[:1] != "" and paragraph[:1] in "\"“‘'"),
        "pronoun start": float(bool(_PRONOUN_START.match(sentence))),
        "reference back": float(bool(_REFERENCE.search(sentence))),
        "capitalised words": min(capitalised, 12) / 12,
        "long sentence": min(len(sentence), 600) / 600,
        "other names in sentence": min(len(others), 3) / 3,
        "origin with a lower-case tail": float(_lower_tail(_LEADING.sub("", origin))),
        "medium near, first hop no medium": float(medium_near and not _MEDIUM_WORD.search(names[0])),
        "quotation start, no cue": float(sentence.lstrip()[:1] in '"“' and cues == 0),
    }


def confidence(text: str, sentence_start: int, sentence_end: int, names: list[str]) -> float:
    """The chance, by the model, that the proposed hops `names` are exactly right (1.0 for the
    publisher alone: proposing no source is never a wrong hop)."""
    if not names:
        return 1.0
    score = sum(
        WEIGHTS.get(key, 0.0) * value
        for key, value in features(text, sentence_start, sentence_end, names).items()
    )
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, score))))


def sure(value: float) -> bool:
    """Whether a chain of this confidence is offered as it is (below it, the reviewer is told the
    chain is a guess to check hop by hop)."""
    return value >= THRESHOLD
