"""Reading import files: our json and jsonl exports and W3C annotations, item by item with line numbers."""

import json
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import IO

from django.core.exceptions import ValidationError

from ..domain.storable import printable


class ImportFileError(ValueError):
    """The file as a whole cannot be read: not UTF-8, not JSON, or not a shape we know."""


@dataclass
class Item:
    """One claim read from a file (in our record shape), or why it could not be read."""

    line: int
    record: dict | None
    problem: str = ""


class Refused(Exception):
    def __init__(self, messages: list[str]):
        self.messages = messages


# Our records nest a few levels deep. Python's parser recurses once per level and gives up
# near its recursion limit (about a thousand), so anything nested past this is reported
# as too deep, wherever the parser gave up.
MAX_DEPTH = 100


_TOKEN = re.compile(
    r'(?P<string>"(?:[^"\\]|\\.)*")|(?P<open>[\[{])|(?P<close>[\]}])'
    r"|(?P<number>-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)|(?P<constant>NaN|-?Infinity)"
)


class _Unreadable(ValueError):
    """Text that is not JSON we can read, with where it goes wrong (an index into the text)."""

    def __init__(self, reason: str, position: int):
        super().__init__(reason)
        self.reason, self.position = reason, position

    def where(self, text: str) -> tuple[int, int]:
        line = text.count("\n", 0, self.position) + 1
        return line, self.position - (text.rfind("\n", 0, self.position) + 1) + 1


class _Constant(ValueError):
    pass


def _refuse_constant(name: str):
    raise _Constant(name)


def _loads(text: str):
    """JSON as Python reads it, minus what it reads but JSON forbids (NaN, Infinity) and what
    makes it crash (nesting past its recursion limit, integers too long to convert)."""
    try:
        return json.loads(text, parse_constant=_refuse_constant)
    except json.JSONDecodeError as error:
        raise _Unreadable(f"not JSON ({error.msg})", error.pos) from None
    except RecursionError:
        raise _Unreadable(f"nested more than {MAX_DEPTH} levels deep", _first(text, "open")) from None
    except _Constant as error:
        raise _Unreadable(f"{error} is not a JSON value", _first(text, "constant")) from None
    except ValueError:  # an integer past sys.get_int_max_str_digits()
        limit = sys.get_int_max_str_digits()
        raise _Unreadable(f"a number of more than {limit} digits", _first(text, "number")) from None


def _first(text: str, kind: str) -> int:
    """Where the parser's complaint lies: only called once the parser has refused the text."""
    depth, limit = 0, sys.get_int_max_str_digits()
    for token in _TOKEN.finditer(text):
        found, value = token.lastgroup, token.group().lstrip("-")
        depth += (found == "open") - (found == "close")
        if found == kind and (
            kind == "constant"
            or (kind == "open" and depth > MAX_DEPTH)
            or (kind == "number" and value.isdigit() and len(value) > limit)
        ):
            return token.start()
    return 0


def guess_format(handle: IO[bytes], *, name: str = "", content_type: str = "") -> str:
    """The format from the file name or content type, else from the first bytes."""
    lowered = name.lower()
    if lowered.endswith((".jsonl", ".ndjson")) or "ndjson" in content_type:
        return "jsonl"
    if lowered.endswith(".jsonld") or "ld+json" in content_type:
        return "w3c"
    head = handle.read(65536)
    handle.seek(0)
    first_line = head.split(b"\n", 1)[0].strip().lstrip(b"\xef\xbb\xbf")
    try:
        first = _loads(first_line.decode("utf-8"))
    except (UnicodeDecodeError, _Unreadable):
        first = None
    if isinstance(first, dict) and "quote" in first:
        return "jsonl"
    if b'"@context"' in head or b'"Annotation' in head:
        return "w3c"
    if b'"claims"' in head or b'"header"' in head:
        return "json"
    raise ImportFileError("Cannot tell the file's format: name it (json, jsonl or w3c).")


def read(handle: IO[bytes], fmt: str) -> tuple[list[tuple[int, object]], Iterable[Item]]:
    """(documents with their lines, claim items): jsonl streams; json and w3c are read whole."""
    if fmt == "jsonl":
        return [], _jsonl_items(handle)
    text = _decode(handle.read())
    try:
        data = _loads(text)
    except _Unreadable as error:
        line, column = error.where(text)
        raise ImportFileError(f"Line {line}, column {column}: {error.reason}.") from None
    if fmt == "json":
        return _json_parts(text, data)
    return [], _w3c_items(text, data)


def _decode(raw: bytes) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        raise ImportFileError(f"Line {line}: the file is not UTF-8 text.") from None


def _jsonl_items(handle: IO[bytes]) -> Iterator[Item]:
    for number, raw in enumerate(handle, start=1):
        raw = raw.strip()
        if number == 1:
            raw = raw.lstrip(b"\xef\xbb\xbf")
        if not raw:
            continue
        try:
            text = raw.decode("utf-8")
            value = _loads(text)
        except UnicodeDecodeError:
            yield Item(number, None, "The line is not UTF-8 text.")
            continue
        except _Unreadable as error:
            reason = error.reason[0].upper() + error.reason[1:]
            yield Item(number, None, f"{reason}, at column {error.where(text)[1]}.")
            continue
        if not isinstance(value, dict):
            yield Item(number, None, "Not a claim object.")
        else:
            yield Item(number, value)


def _json_parts(text: str, data) -> tuple[list[tuple[int, object]], list[Item]]:
    if not isinstance(data, dict) or not isinstance(data.get("claims"), list):
        raise ImportFileError("Not a workbench export: the file has no `claims` list.")
    if "header" in data and not isinstance(data["header"], dict):
        raise ImportFileError("The file's `header` is not an object.")
    header = data.get("header", {})
    version = header.get("schema_version", "1")
    if isinstance(version, bool) or not isinstance(version, str | int):
        raise ImportFileError("The header's `schema_version` is not a version number.")
    version = abridge(str(version))
    if version.split(".")[0] != "1":
        raise ImportFileError(f"Export schema version {version}: this workbench reads version 1 files.")
    documents = data.get("documents") or []
    if not isinstance(documents, list):
        raise ImportFileError("`documents` is not a list.")
    items = [
        Item(line, value) if isinstance(value, dict) else Item(line, None, "Not a claim object.")
        for line, value in _with_lines(text, ["claims"], data["claims"])
    ]
    return _with_lines(text, ["documents"], documents), items


def _w3c_items(text: str, data) -> list[Item]:
    annotations: object
    if isinstance(data, list):
        path, annotations = [], data
    elif isinstance(data, dict) and data.get("type") == "AnnotationCollection":
        if "first" not in data and data.get("total") == 0:
            return []  # an empty export: no page
        page = data.get("first")
        path, annotations = ["first", "items"], page.get("items") if isinstance(page, dict) else None
    elif isinstance(data, dict) and data.get("type") == "AnnotationPage":
        path, annotations = ["items"], data.get("items")
    elif isinstance(data, dict) and data.get("type") == "Annotation":
        return [_w3c_item(1, data)]
    else:
        raise ImportFileError("Not W3C Web Annotations: expected an Annotation, a page or a collection.")
    if not isinstance(annotations, list):
        raise ImportFileError("The collection's first page holds no `items` list.")
    return [_w3c_item(line, value) for line, value in _with_lines(text, path, annotations)]


def _w3c_item(line: int, annotation) -> Item:
    try:
        return Item(line, _record_from_annotation(annotation))
    except Refused as refused:
        return Item(line, None, " ".join(refused.messages))


def _as_list(value) -> list:
    return value if isinstance(value, list) else [value] if value else []


def _record_from_annotation(annotation) -> dict:
    """A W3C Annotation in our record shape; the chain and confidence ride in `wb:Assessment`.

    Only the annotation's own structure is checked here; the values it carries into the
    record are checked with every other claim's (`read_claim`).
    """
    if not isinstance(annotation, dict) or annotation.get("type") != "Annotation":
        raise Refused(["Not a W3C Annotation (its `type` is not “Annotation”)."])
    problems = []
    bodies = _as_list(annotation.get("body"))
    if not all(isinstance(body, dict | str) for body in bodies):
        problems.append("body: each body is an object or an address.")
    bodies = [body for body in bodies if isinstance(body, dict)]
    assessment = next((body for body in bodies if body.get("type") == "wb:Assessment"), None)
    if assessment is None:
        problems.append("The annotation has no wb:Assessment body: it carries no chain or confidence.")
        assessment = {}
    target: object = next(iter(_as_list(annotation.get("target"))), {})
    target = {"source": target} if isinstance(target, str) else target
    if not isinstance(target, dict):
        problems.append("target: not an object or an address.")
    elif not isinstance(target.get("source") or "", str):
        problems.append("target.source: not an address.")
    target = target if isinstance(target, dict) else {}
    selectors = _as_list(target.get("selector"))
    if not all(isinstance(selector, dict) for selector in selectors):
        problems.append("target.selector: each selector is an object.")
    selectors = [selector for selector in selectors if isinstance(selector, dict)]
    quote = next((s for s in selectors if s.get("type") == "TextQuoteSelector"), None)
    position: dict[str, object] = next((s for s in selectors if s.get("type") == "TextPositionSelector"), {})
    if quote is None and not problems:
        problems.append("The annotation's target has no TextQuoteSelector.")
    creator = annotation.get("creator")
    if isinstance(creator, dict):
        creator = creator.get("nickname") or creator.get("name")
    if creator is not None and not isinstance(creator, str):
        problems.append("creator: not a person's name.")
    identifier = annotation.get("id")
    if identifier is not None and not isinstance(identifier, str):
        problems.append("id: not an address.")
    if problems:
        raise Refused(problems)
    quote = quote or {}
    number = re.search(r"(?<!\d)(\d{1,18})/?$", identifier or "")
    return {
        "id": int(number.group(1)) if number else None,
        "document": _document_reference(assessment.get("wb:document"), target.get("source")),
        "start": position.get("start"),
        "end": position.get("end"),
        "quote": quote.get("exact"),
        "prefix": quote.get("prefix"),
        "suffix": quote.get("suffix"),
        "chain": assessment.get("wb:chain"),
        "confidence": assessment.get("wb:confidence"),
        "note": next((b.get("value") for b in bodies if b.get("purpose") == "commenting"), None),
        "status": assessment.get("wb:status"),
        "reviewer": creator,
        "gold": assessment.get("wb:gold"),
        "adjudicated_from": assessment.get("wb:adjudicatedFrom"),
        "version": assessment.get("wb:version"),
        "created_at": annotation.get("created"),
        "updated_at": annotation.get("modified"),
    }


def _document_reference(document, source) -> object:
    """The assessment's document in our record shape: in the W3C export `id` is its address
    and `document_id` the number (JSON-LD reads `id` as an address)."""
    if not document:
        return {"url": source or ""}
    if isinstance(document, dict) and "document_id" in document:
        return {**{k: v for k, v in document.items() if k != "document_id"}, "id": document["document_id"]}
    return document


_DECODER = json.JSONDecoder()


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \t\n\r":
        pos += 1
    return pos


def _value_start(text: str, pos: int, key: str) -> int | None:
    """Where the value of `key` starts in the object at `pos` (the text is valid JSON)."""
    pos = _skip_space(text, pos)
    if text[pos] != "{":
        return None
    pos = _skip_space(text, pos + 1)
    while text[pos] != "}":
        name, pos = _DECODER.raw_decode(text, pos)
        pos = _skip_space(text, _skip_space(text, pos) + 1)  # past the colon
        if name == key:
            return pos
        _, pos = _DECODER.raw_decode(text, pos)
        pos = _skip_space(text, pos)
        if text[pos] == ",":
            pos = _skip_space(text, pos + 1)
    return None


def _with_lines(text: str, path: list[str], values: list) -> list[tuple[int, object]]:
    try:
        lines = _array_lines(text, path)
    except RecursionError:  # an element nested about as deep as the parser could go
        lines = []
    if len(lines) != len(values):  # a repeated key: JSON keeps the last, the scan found the first
        lines = [0] * len(values)
    return list(zip(lines, values, strict=True))


def _array_lines(text: str, path: list[str]) -> list[int]:
    """The line on which each element of the array at `path` starts, to name it in the report."""
    pos = _skip_space(text, 0)
    for key in path:
        found = _value_start(text, pos, key)
        if found is None:
            return []
        pos = found
    if text[pos] != "[":
        return []
    lines, line, counted = [], 1, 0
    pos = _skip_space(text, pos + 1)
    while text[pos] != "]":
        line += text.count("\n", counted, pos)
        counted = pos
        lines.append(line)
        _, pos = _DECODER.raw_decode(text, pos)
        pos = _skip_space(text, pos)
        if text[pos] == ",":
            pos = _skip_space(text, pos + 1)
    return lines


def abridge(value: str, limit: int = 60) -> str:
    """A value quoted back in a message: shortened, and lone surrogates made printable."""
    value = printable(value)
    return value if len(value) <= limit else value[: limit - 1] + "…"


def error_messages(error: ValidationError) -> list[str]:
    if hasattr(error, "error_dict"):
        return [
            message if field in {"chain", "__all__"} else f"{field}: {message}"
            for field, messages in error.message_dict.items()
            for message in messages
        ]
    return list(error.messages)
