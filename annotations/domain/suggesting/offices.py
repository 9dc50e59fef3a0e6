"""People named by their office and nationality, as translated state media name them: "the
Kelvarian minister", "the head of the Azmaran foreign ministry", "the head of state", "the Chinese
guest"."""

import re

# (the nationality's pattern is lower case: mentions are matched lower-cased)
_NATIONALITY = r"[a-z]{3,20}(?:an|ese|ish|i|ic|ch)"


_NATIONAL_ROLE = re.compile(
    r"the\s+(?:"
    rf"head\s+of\s+the\s+(?:(?P<nationality>{_NATIONALITY})\s+)?(?:[a-z]+\s+)?(?P<role>ministry)"
    rf"|(?P<nationality2>{_NATIONALITY})\s+(?:[a-z]+\s+)?"
    r"(?P<role2>minister|president|premier|guest|side|counterpart|envoy|ambassador|leader)"
    r"|(?P<role3>head\s+of\s+state|head\s+of\s+government))"
)


# The title a role refers to ("" for a role that is anyone of that nationality).
_ROLE_TITLE = {"ministry": "minister", "guest": "", "side": "", "counterpart": "", "leader": "",
               "head of state": "president", "head of government": "premier"}  # fmt: skip


def _stem_of(country: str) -> str:
    return country[: max(4, len(country) - 1)]  # "azmar" of Azmara: "Azmaran"


def person_named(
    mention: str, *, national: dict[str, str], unmarked: dict[str, str], titles: dict[str, str]
) -> str | None:
    """The person a lower-cased mention names by office and nationality ("" when it is such a
    mention but names no one met), or None when it is no such mention.

    `national` holds "kelvarian minister" (a title with a nationality or a country) and "kelvarian"
    (the nationality alone) -> the person last given them; `unmarked` a title given with no
    nationality (in state media, the publisher's own country's minister); `titles` any title."""
    found = _NATIONAL_ROLE.fullmatch(mention)
    if not found:
        return None
    nationality = found.group("nationality") or found.group("nationality2")
    role = found.group("role") or found.group("role2") or found.group("role3")
    title = _ROLE_TITLE.get(role, role)
    if nationality and nationality not in national:
        # "Azmaran" is of Azmara: the country's name and the adjective share their stem
        nationality = next(
            (key for key in national if " " not in key and nationality.startswith(_stem_of(key))), nationality
        )
    if nationality:
        named = national.get(f"{nationality} {title}") or national.get(nationality) or unmarked.get(title)
    else:
        named = unmarked.get(title) or titles.get(title)
    return named or ""
