"""Geometry for the small server-rendered SVG charts (no script, no external library)."""

from dataclasses import dataclass

WIDTH, HEIGHT, LEFT, BOTTOM, TOP = 640, 220, 40, 30, 16


@dataclass
class Bar:
    x: float
    y: float
    width: float
    height: float
    label: str
    value: int


def weekly_chart(weeks) -> dict:
    """Bars of claims made per week and a line of the gold match rate (0-100 %)."""
    weeks = list(weeks)[-16:]
    plot_height = HEIGHT - BOTTOM - TOP
    top = max((week.made for week in weeks), default=0) or 1
    step = (WIDTH - LEFT) / max(len(weeks), 1)
    bars, points = [], []
    for index, week in enumerate(weeks):
        height = plot_height * week.made / top
        x = LEFT + index * step
        bars.append(
            Bar(
                x + step * 0.15,
                TOP + plot_height - height,
                step * 0.7,
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
        "baseline": TOP + plot_height,
        "top": TOP,
        "max_made": top,
        "bars": bars,
        "line": " ".join(f"{x:.1f},{y:.1f}" for x, y in points),
        "points": points,
    }
