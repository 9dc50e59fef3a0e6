"""Text the database can store: no NUL character (PostgreSQL refuses it), no lone surrogate (not UTF-8)."""

import re

_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def unstorable_reason(text: str) -> str | None:
    """Why `text` cannot be stored or looked up, in words for the person who sent it; None if it can."""
    if "\x00" in text:
        return "contains a NUL character (\\x00), which cannot be stored"
    found = _LONE_SURROGATE.search(text)
    if found:
        return f"contains a lone surrogate (U+{ord(found.group()):04X}), which cannot be stored"
    return None


def printable(text: str) -> str:
    """`text` safe to echo back in a message: lone surrogates shown as U+FFFD."""
    return _LONE_SURROGATE.sub("\ufffd", text)
