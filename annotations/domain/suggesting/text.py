"""Text structure: paragraphs and sentences, with their offsets, in one pass."""

import re
from collections.abc import Iterator
from dataclasses import dataclass

_ABBREVIATIONS = set(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "st",
        "gen",
        "col",
        "lt",
        "sen",
        "rep",
        "gov",
        "u.s",
        "u.k",
        "no",
        "jan",
        "feb",
        "aug",
        "sept",
        "oct",
        "nov",
        "dec",
        "inc",
        "corp",
        "co",
        "vs",
        "prof",
        "adm",
        "capt",
        "sgt",
        "maj",
        "brig",
        "cmdr",
        "supt",
        "jr",
        "sr",
        "rev",
        "hon",
        "govt",
        "dept",
        "approx",
        "a.m",
        "p.m",
        "e.g",
        "i.e",
    ]
)


def _abbreviation(word: str) -> bool:
    """A full stop that ends an abbreviation, or an initial ("John F. Kennedy"), not a sentence."""
    bare = word.lower().rstrip(".")
    return bare in _ABBREVIATIONS or (len(bare) == 1 and bare.isalpha() and word[:1].isupper())


# Abbreviations that often end a sentence too: "just after 1 a.m. The advisory was lifted".
_ENDS_SENTENCES_TOO = {"a.m", "p.m", "inc", "corp", "co", "jr", "sr", "ltd"}
_SENTENCE_OPENER = re.compile(
    r"\s+(?:[\"“][A-Z]|(?:The|A|An|He|She|It|They|We|But|His|Her|Its|Their|This|That|Police)\s)"
)  # (or a quotation opening: 'shortly after 11 a.m. "He wrote that ...'"


_SENTENCE_END = re.compile(r"[.!?][\"”’']?(?=\s+[\"“‘'(]?[A-Z0-9])")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    paragraph: int


_WORD_OR_DOT = re.compile(r"[\w.]")


def sentences(text: str) -> list[Sentence]:
    """Sentences with their offsets; paragraphs are the text's lines."""
    return list(_sentences(text, 0, len(text)))


def _sentences(text: str, begin: int, end: int) -> Iterator[Sentence]:
    """The sentences of text[begin:end] in document offsets, paragraphs numbered from `begin`.

    Every step looks at each character a bounded number of times: the last word before a
    full stop is read backwards from the stop, and the quotation marks since the last
    sentence end are counted as the line is read, not counted again over a growing slice
    (a long quotation made that quadratic).
    """
    offset, number = begin, 0
    while True:
        newline = text.find("\n", offset, end)
        line_end = end if newline == -1 else newline
        yield from _line_sentences(text[offset:line_end], offset, number)
        if newline == -1:
            return
        offset, number = newline + 1, number + 1


def _line_sentences(line: str, offset: int, paragraph: int) -> Iterator[Sentence]:
    begin = counted = 0
    straight = opening = closing = 0  # quotation marks in line[begin:counted]
    for match in _SENTENCE_END.finditer(line):
        before = _word_before(line, begin, match.start())
        if _abbreviation(before) and not (
            before.lower() in _ENDS_SENTENCES_TOO and _SENTENCE_OPENER.match(line, match.end())
        ):
            continue
        straight += line.count('"', counted, match.end())
        opening += line.count("“", counted, match.end())
        closing += line.count("”", counted, match.end())
        counted = match.end()
        if straight % 2 == 1 or opening > closing:
            continue  # a quotation of several sentences is attributed as one
        yield from _trimmed(line, offset, begin, match.end(), paragraph)
        begin = counted
        straight = opening = closing = 0
    yield from _trimmed(line, offset, begin, len(line), paragraph)


def _word_before(line: str, begin: int, stop: int) -> str:
    """The letters, digits and dots just before `stop` (not before `begin`): "U.S" in "the U.S."."""
    # Sentence ends are followed by white space, so these runs never overlap: linear in all.
    first = stop
    while first > begin and _WORD_OR_DOT.match(line, first - 1):
        first -= 1
    return line[first:stop]


def _trimmed(line: str, offset: int, begin: int, end: int, paragraph: int) -> Iterator[Sentence]:
    piece = line[begin:end]
    left = len(piece) - len(piece.lstrip())
    right = len(piece.rstrip())
    if right > left:
        yield Sentence(offset + begin + left, offset + begin + right, paragraph)
