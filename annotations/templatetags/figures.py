"""Agreement figures as people read them: undefined shown as a dash, never as a zero."""

from django import template

register = template.Library()


@register.filter
def figure(value, places: int = 2) -> str:
    """0.5714 -> "0.57"; None -> "—" (not defined, e.g. nothing to compare)."""
    return "—" if value is None else f"{value:.{places}f}"


@register.filter
def percent(value) -> str:
    return "—" if value is None else f"{value:.0%}"
