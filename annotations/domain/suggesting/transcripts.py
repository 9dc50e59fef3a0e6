"""Transcripts: a paragraph labelled with its speaker ("KASIA BRENNAN: ...") is theirs, unless the
label is the publisher's own voice (a newsreader, or its reporter named as "our correspondent")."""

import re

from ...scales import SourceKind
from .entities import Entity
from .sentence_shapes import _LABEL, _STAFF_LABEL
from .subjects import Subjects
from .text import Sentence

_MIXED_CASE_NAME = re.compile(r"[A-Z][a-z’'-]+(?:[ -][A-Z][a-z’'-]+){1,3}")


class Transcripts(Subjects):
    """Knows whose a labelled paragraph is (`labelled`), and the publisher's people (`own_staff`)."""

    def _labelled(self, sentence: Sentence, body: str) -> str:
        """A transcript's paragraph labelled with its speaker ("KASIA BRENNAN: ..."): the paragraph is
        theirs (`labelled`), unless the label is the publisher's own (a newsreader, its reporter).
        Returns the body with the label blanked, so it is read as no name."""
        if sentence.start and self.text[sentence.start - 1] != "\n":
            return body  # (labels begin paragraphs)
        label = _LABEL.match(body)
        if not label:
            return body
        blanked = " " * label.end() + body[label.end() :]
        name = label.group("label")
        self.labelled = (sentence.paragraph, ())
        if _STAFF_LABEL.fullmatch(name) or len(name) < 4:
            return blanked
        bracketed = label.group("bracketed") or ""
        if _MIXED_CASE_NAME.fullmatch(bracketed.strip()):
            name = bracketed.strip()  # "FIRE CHIEF (Ruth Okonkwo-Baird):": the chief by name
        spoken = " ".join(word.capitalize() if word.isupper() else word for word in name.split())
        if spoken.lower() in self.own_staff:
            return blanked
        resolved = self.resolve(spoken)
        met = isinstance(resolved, Entity) and resolved.kind == SourceKind.NAMED_PERSON
        if " " not in spoken and not met:
            return blanked  # one word is a speaker only if it names one met before ("LIND:")
        if isinstance(resolved, Entity):  # (in person: not through a medium they spoke to before)
            self.labelled = (sentence.paragraph, resolved.path[-1:])
        elif isinstance(resolved, str):
            speaker = self._entity(resolved, SourceKind.NAMED_PERSON, sentence.start, label.span("label"))
            self._remember(speaker)
            self.labelled = (sentence.paragraph, speaker.path)
        return blanked
