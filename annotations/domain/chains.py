"""How an attribution chain is written on one line, publisher first: "Press TV > Bloomberg > officials"."""

from collections.abc import Iterable

SEPARATOR = " > "


def chain_display(names: Iterable[str]) -> str:
    """The sources' names in order."""
    return SEPARATOR.join(names)


def chain_text(hops: Iterable[tuple[str, str]]) -> str:
    """(name, cue words) in order, each hop after the publisher with how it is cited:
    "Press TV > (citing) Bloomberg" (stored on each claim, shown in its history)."""
    return SEPARATOR.join(
        name if position == 0 else f"({cue}) {name}" for position, (name, cue) in enumerate(hops)
    )
