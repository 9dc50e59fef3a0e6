"""Names of sources as people type them: one written form, and what counts as a name at all."""

import unicodedata

from django.core.exceptions import ValidationError

INVISIBLE_NAME = "A name needs at least one visible character (a letter, number or sign)."


# Letters and symbols by their category that nonetheless print as nothing (fillers, the blank
# Braille pattern): a name of these alone would look empty.
_BLANK = frozenset("\u115f\u1160\u17b4\u17b5\u2800\u3164\uffa0")
# Invisible characters that carry no meaning inside a name and only make lookalikes
# ("Reu\u200bters"): zero-width space, word joiner, BOM, soft hyphen, Mongolian vowel separator.
# Zero-width joiners and non-joiners stay: Persian, Indic scripts and emoji need them.
_DROPPED = str.maketrans(dict.fromkeys("\u200b\u2060\ufeff\u00ad\u180e"))


def _invisible(character: str) -> bool:
    # Controls, format characters (joiners, direction marks), spaces and blank fillers.
    return unicodedata.category(character)[0] in ("C", "Z") or character in _BLANK


def clean_name(name: str) -> str:
    """Whitespace collapsed to single spaces; meaningless invisible characters dropped,
    and any invisible characters trimmed from both ends."""
    text = " ".join(name.translate(_DROPPED).split())
    start, end = 0, len(text)
    while start < end and _invisible(text[start]):
        start += 1
    while end > start and _invisible(text[end - 1]):
        end -= 1
    return text[start:end]


def name_key(name: str) -> str:
    """What two spellings of one name share: cleaned, case folded ("BLOOMBERG  news" = "Bloomberg News")."""
    return clean_name(name).casefold()


def has_visible(name: str) -> bool:
    """At least one letter, number, punctuation mark or symbol: something a reader can see."""
    return any(
        unicodedata.category(character)[0] in ("L", "N", "P", "S") and character not in _BLANK
        for character in name
    )


def validate_visible(name: str) -> None:
    if not has_visible(name):
        raise ValidationError(INVISIBLE_NAME, code="invisible")
