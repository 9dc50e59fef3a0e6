"""Grapheme clusters: what a reader sees as one character (Unicode UAX #29, the `regex` module's \\X).

An accent written as a combining mark, an emoji joined with zero-width joiners, a flag made of
two regional indicators: each is several code points. The Web Annotation model says a selection
SHOULD NOT split one (4.2.4, 4.2.5); offsets still count code points.
"""

import regex  # type: ignore[import-untyped]

_CLUSTER = regex.compile(r"\X")
# Clusters are found by reading from a known boundary: the start of the line (a line break is
# always a boundary), but no further back than this, so a call costs at most this much work.
_LOOK_BACK = 4096


def cluster_at(text: str, index: int) -> tuple[int, int]:
    """(start, end) of the cluster holding the code point at `index` (0 <= index < len(text))."""
    floor = max(0, index - _LOOK_BACK)
    line = text.rfind("\n", floor, index)
    position = line + 1 if line != -1 else floor
    for match in _CLUSTER.finditer(text, position, min(len(text), index + _LOOK_BACK)):
        if match.end() > index:
            return match.start(), match.end()
    return index, index + 1


def is_boundary(text: str, offset: int) -> bool:
    """Whether `offset` falls between two clusters (or at either end of the text)."""
    if offset <= 0 or offset >= len(text):
        return True
    return cluster_at(text, offset)[0] == offset


def snap_forward(text: str, offset: int) -> int:
    """The first boundary at or after `offset`."""
    if is_boundary(text, offset):
        return offset
    return cluster_at(text, offset)[1]


def snap_back(text: str, offset: int) -> int:
    """The last boundary at or before `offset`."""
    if is_boundary(text, offset):
        return offset
    return cluster_at(text, offset)[0]
