"""Names of sources as people type them: one written form, and what counts as a name at all."""

import unicodedata

from django.core.exceptions import ValidationError

INVISIBLE_NAME = "A name needs at least one visible character (a letter, number or sign)."


def _invisible(character: str) -> bool:
    # Controls, format characters (zero-width space, joiners, direction marks) and spaces.
    return unicodedata.category(character)[0] in ("C", "Z")


def clean_name(name: str) -> str:
    """Whitespace collapsed to single spaces; invisible characters trimmed from both ends."""
    text = " ".join(name.split())
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
    return any(unicodedata.category(character)[0] in ("L", "N", "P", "S") for character in name)


def validate_visible(name: str) -> None:
    if not has_visible(name):
        raise ValidationError(INVISIBLE_NAME, code="invisible")
