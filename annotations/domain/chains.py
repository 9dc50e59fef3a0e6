"""How an attribution chain is written on one line, publisher first: "Press TV > Bloomberg > officials"."""

from collections.abc import Collection, Iterable, Sequence

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


def suggestion_outcome(suggested: Sequence[str], saved: Sequence[Collection[str]]) -> tuple[str, list[int]]:
    """How a saved chain compares with the one suggested: ("used" | "edited" | "ignored", positions).

    `suggested` holds name keys, publisher first; `saved` the keys each saved hop answers to (its
    name and aliases, so a suggested alias is the source it names). Positions count from 1, the
    first source after the publisher; a hop added, dropped or replaced is a changed position.
    "ignored": no suggested source after the publisher stands where it was suggested.
    """
    length = max(len(suggested), len(saved))
    changed = [
        position
        for position in range(1, length)
        if position >= len(suggested) or position >= len(saved) or suggested[position] not in saved[position]
    ]
    if not changed:
        return "used", []
    kept = [position for position in range(1, len(suggested)) if position not in changed]
    return ("edited" if kept else "ignored"), changed
