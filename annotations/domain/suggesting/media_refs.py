"""What "the agency", "the broadcaster", "the newspaper", "the statement" or "the report" refers
back to (`Memory.resolve` asks): the last medium of that kind, a body that just spoke, the report
whose owner was named last, or the publisher itself."""

import re
from typing import TYPE_CHECKING, Any

from ...scales import SourceKind
from . import kinds as k
from .entities import _PUBLISHER
from .reference_words import _ADJECTIVE, _AGENCY_LIKE, _stem, _words

if TYPE_CHECKING:
    from .references import Memory


def media_ref(self: "Memory", raw: str, *, listener: bool = False) -> Any:
    """ "the agency", "the broadcaster", "the statement"; "the Anadolu news agency" is Anadolu."""
    words = raw.split()[1:]
    if re.match(r"[a-z][\w-]*['’]s\s", " ".join(words)):
        return " ".join(words)  # "the club's website": as written
    named = [w for w in words if (w[:1].isupper() and not _ADJECTIVE.match(w)) or w == "dpa"]
    if named:
        return self.resolve(" ".join(named))
    head = (
        " ".join(words[-2:]).lower()
        if " ".join(words[-2:]).lower() in k.MEDIA_REF_TYPES
        else words[-1].lower()
    )
    named_so = self.by_word.get(_stem(words[-1].lower()))
    if named_so and len(words) == 1 and not named_so.media and named_so.kind != SourceKind.UNNAMED:
        return named_so  # "the network said" after the Darfur Doctors Network, a volunteer group
    described_as = self.described_as.get(_stem(words[-1].lower()))
    if described_as and len(words) > 1 and set(_words(" ".join(words))) <= described_as[0]:
        named_before = described_as[1]  # "the state news agency" after "the state news agency SUNA"
        return self.by_name.get(named_before.lower()) or named_before
    if head == "statement" and "joint" in words:
        return "joint statement"  # signed by both sides: no one speaker's
    if head == "release":
        head = "statement"  # a press release is the statement of whoever issued it
    if head in ("statement", "document", "documents"):
        earlier = self.by_word.get(_stem(head)) if head != "statement" else self.last.get("statement")
        return earlier or self.last.get("speaker")
    if head == "report":
        document = self.last.get("document")
        if document and _stem(_words(document.name)[-1]) == "report" and not self.last.get("reporter"):
            return document  # "The report quotes a manager as ..." after "A leaked report found ..."
        reporter = self.last.get("reporter") or self.last.get("media")
        if self.report_owner and (not reporter or reporter.seen <= self.report_owner[0]):
            owner = self.report_owner[1]  # "the report" after "a report by the Brennick Institute"
            return self.by_name.get(owner.lower()) or self.resolve(owner)
        return reporter or "report"
    wanted = k.MEDIA_REF_TYPES.get(head)
    earlier = self.last.get(wanted) if wanted else self.last.get("media")
    body = self._body_just_heard() if head == "agency" else None
    if (
        body
        and not _AGENCY_LIKE.search(body.name)
        and body.name not in self.appositions.values()
        and (earlier or self.last.get("media"))
    ):
        body = None  # "the agency" is a news agency, unless an Organization or Authority just spoke
        # (or no medium was named: "According to CONAF, the national forestry corporation, ...")
    if body and (not earlier or body.seen > earlier.seen):
        return body  # "The agency added" right after the World Health Organization said
    medium = self.last.get("media")
    if (
        head == "agency"
        and not earlier
        and self.agency_named
        and (not medium or medium.seen <= self.agency_named_at)
    ):
        # "The agency said" after "cut by Stellan Ratings", named since the last medium was
        return self.by_name.get(self.agency_named.lower()) or self.agency_named
    if not earlier and not listener and medium and head != "programme":
        # "Citing sources, the broadcaster reported" after Sky Sport Italia reported: the medium
        # just named, whatever its kind (told "the newspaper", though, is the publisher).
        return self.last["media"]
    body = self.last.get("body") if head == "agency" and not earlier else None
    if body and _AGENCY_LIKE.search(body.name):
        return body  # "The agency rejected that" after the Anti-Doping Authority spoke, paragraphs ago
    if head == "agency" and not earlier and self.agency_named:
        # "citing the agency" after "an order from the Environmental Standards Agency", no news agency named
        return self.by_name.get(self.agency_named.lower()) or self.agency_named
    return earlier or _PUBLISHER  # "the newspaper" with no other named: the publisher itself
