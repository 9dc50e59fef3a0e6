"""Geometry for the small server-rendered SVG charts (no script, no external library)."""

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

WIDTH, HEIGHT, LEFT, RIGHT, BOTTOM, TOP = 640, 220, 40, 40, 30, 16
MAX_BAR = 48


@dataclass
class Bar:
    x: float
    y: float
    width: float
    height: float
    label: str
    value: int


def weekly_chart(weeks: Iterable[Any], limit: int = 16) -> dict[str, Any]:
    """Bars of claims made per week and a line of the gold match rate (0-100 %)."""
    weeks = list(weeks)[-limit:]
    plot_height = HEIGHT - BOTTOM - TOP
    top = max((week.made for week in weeks), default=0) or 1
    step = (WIDTH - LEFT - RIGHT) / max(len(weeks), 1)
    bar_width = min(step * 0.7, MAX_BAR)
    bars, points = [], []
    for index, week in enumerate(weeks):
        height = plot_height * week.made / top
        x = LEFT + index * step
        bars.append(
            Bar(
                x + (step - bar_width) / 2,
                TOP + plot_height - height,
                bar_width,
                height,
                f"{week.monday:%d %b}",
                week.made,
            )
        )
        if week.gold_match_rate is not None:
            points.append((x + step / 2, TOP + plot_height * (1 - week.gold_match_rate)))
    return {
        "width": WIDTH,
        "height": HEIGHT,
        "left": LEFT,
        "right": WIDTH - RIGHT,
        "baseline": TOP + plot_height,
        "top": TOP,
        "max_made": top,
        "bars": bars,
        "line": " ".join(f"{x:.1f},{y:.1f}" for x, y in points),
        "points": points,
    }


def progress_chart(days: Iterable[Any], *, total: int) -> dict[str, Any]:
    """Bars of reviews marked done per day and a line of the share of all needed reviews done so far.

    `days` have `day`, `done` and `cumulative`; drawn on the weekly chart's axes (the line 0-100 %).
    """

    @dataclass
    class _Point:
        monday: Any
        made: int
        gold_match_rate: float | None

    points = [_Point(day.day, day.done, day.cumulative / total if total else None) for day in days]
    return weekly_chart(points, limit=31)
