"""The source registry as the reader sees it: names and aliases keyed as `names.name_key` spells them."""

import re
from dataclasses import dataclass

from ..names import name_key


@dataclass(frozen=True)
class KnownSource:
    id: int
    name: str
    kind: str


class Registry:
    """Registry sources by name and alias, keyed as `names.name_key` spells them."""

    def __init__(self, entries: dict[str, KnownSource] | None = None):
        self.entries = {name_key(key): value for key, value in (entries or {}).items()}

    def find(self, name: str) -> KnownSource | None:
        key = name_key(name)
        return self.entries.get(key) or self.entries.get(re.sub(r"^the\s+", "", key))
