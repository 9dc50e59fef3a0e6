"""What a body's noun alone refers back to ("the team", "the union", "the regulator", "the company"),
for `Memory.resolve`: a body named so before, a body of that class, the body that just spoke, or
nothing (better no hop than a wrong one)."""

from typing import TYPE_CHECKING, Any

from .reference_words import _BODY_NOUNS, _COMPANY_NOUNS, _GENERIC, _PAPER_NAME, _STUDY_PEOPLE, _stem

if TYPE_CHECKING:
    from .references import Memory

NOT_FOUND = object()  # (no rule here applies: `resolve` reads on)


def body_noun_ref(self: "Memory", name: str) -> Any:
    """ "the team", "the union" (`name` without its article), or NOT_FOUND."""
    studied = (self.unnamed_by_head.get((head, True)) for head in _STUDY_PEOPLE)
    researchers = next((f for f in studied if f), None) if name.lower() == "team" else None
    team = (self.names.get("team") or self.names.get("club")) if name.lower() == "team" else None
    if team:  # "the team" after Team Orvita, or after a club (Kessel FC)
        return self.by_name.get(team.lower()) or team
    if researchers and self.paragraph - researchers.paragraph <= 1:
        return researchers  # "the team found" just after "researchers at the University of X"
    if name.lower() == "team":
        return None  # ("the team" with no club or researchers named: better no hop)
    named = self.names.get(_stem(name.lower())) or (
        self.names.get("company") if name.lower() in _COMPANY_NOUNS else None
    )
    if named:
        return self.by_name.get(named.lower()) or named
    if classed := self.body_class.get(name.lower()):
        return classed  # "the union" after the Valdorian Airline Pilots' Association
    body = self._body_just_heard()
    if body and name.lower() in _BODY_NOUNS and not _PAPER_NAME.search(body.name):
        return body  # "The regulator said" right after the DGCA said
    if name.lower() in _GENERIC:
        return None  # "the company" with nothing it refers to: better no hop than a wrong one
    return NOT_FOUND
