"""The JSON-LD contexts of the W3C export, and a pyld document loader that serves them from disk.

Two contexts describe the export: the W3C Web Annotation context (a local copy of
http://www.w3.org/ns/anno.jsonld, contexts/anno.jsonld) and our own vocabulary, version 1
(contexts/workbench-v1.jsonld). Ours is named by `context_iri()`: an address built from the
`WORKBENCH_NS` setting, never from the host a request came through, so two exports of the same
deployment name the same terms. The app serves it at /ns/workbench-v1.jsonld (pages/vocabulary).

Nothing here fetches: a JSON-LD processor given `document_loader` gets the two files, and any
other address is an error (the export uses no other context).
"""

import copy
import json
from functools import cache
from pathlib import Path
from typing import Any

from django.conf import settings

CONTEXTS = Path(__file__).parent / "contexts"
ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
CONTEXT_FILE = "workbench-v1.jsonld"


def namespace() -> str:
    """The base of our vocabulary's addresses (setting `WORKBENCH_NS`, ending in `/`)."""
    return settings.WORKBENCH_NS


def context_iri() -> str:
    return f"{namespace()}{CONTEXT_FILE}"


def vocabulary_iri() -> str:
    """What the `wb:` prefix stands for."""
    return f"{namespace()}workbench#"


@cache
def _file(name: str) -> dict[str, Any]:
    return json.loads((CONTEXTS / name).read_text())


def anno_context() -> dict[str, Any]:
    return copy.deepcopy(_file("anno.jsonld"))


def workbench_context() -> dict[str, Any]:
    """Our context as served: the shipped file with `wb` set from the settings."""
    document = copy.deepcopy(_file(CONTEXT_FILE))
    document["@context"]["wb"] = vocabulary_iri()
    return document


def workbench_terms() -> set[str]:
    """Every term our context declares (prefixes aside)."""
    return {name for name in _file(CONTEXT_FILE)["@context"] if not name.startswith("@")} - {"wb", "xsd"}


class ContextNotShipped(Exception):
    pass


def document_loader(url: str, options: dict | None = None) -> dict[str, Any]:
    """A pyld documentLoader that answers the two contexts from disk and refuses anything else."""
    documents = {ANNO_CONTEXT: anno_context, context_iri(): workbench_context}
    # anno.jsonld is also published under https; the same document.
    documents.setdefault(ANNO_CONTEXT.replace("http://", "https://"), anno_context)
    if url not in documents:
        raise ContextNotShipped(f"No local copy of {url}: the export uses only its two contexts.")
    return {"contextUrl": None, "documentUrl": url, "document": documents[url]()}
