"""Articles out of what people bring: web pages, text, Markdown, Word and PDF files, zips of them.

Each reader returns `Extracted` articles (the text exactly as it will be stored, so claim offsets
never drift) or raises `ExtractionError` with a reason a person can act on. Nothing here touches
the network or the database: fetching is `annotations.intake.fetching`, storing is the services.
"""

import io
import re
import zipfile
from dataclasses import dataclass, replace
from datetime import date
from pathlib import PurePosixPath

import charset_normalizer

from .articles import ArticleFormatError, parse_article

HTML_TYPES = ("text/html", "application/xhtml+xml")
TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
MARKDOWN_SUFFIXES = {".md", ".markdown"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | MARKDOWN_SUFFIXES | {".docx", ".pdf", ".zip"}

# A zip is opened only within these bounds (a zip bomb declares small sizes or packs a lot).
ZIP_MAX_MEMBERS = 200
ZIP_MAX_RATIO = 100
DOCX_MAX_BYTES = 30 * 2**20
# The longest article text kept (code points): a reader page and its claims stay workable.
MAX_TEXT = 2_000_000
# Below this many letters, an extraction found no article (a login wall, an empty page).
MIN_LETTERS = 40

_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.IGNORECASE
)
# Characters that are never part of an article's text (C0/C1 controls but tab and newline).
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_BLANK_LINES = re.compile(r"\n\s*\n+")


class ExtractionError(ValueError):
    """Why nothing could be read from an item; said to the person who brought it."""


@dataclass(frozen=True)
class Extracted:
    """An article as read: what the item form shows and the document stores."""

    text: str
    title: str = ""
    publisher: str = ""
    author: str = ""
    published_on: date | None = None
    dateline: str = ""
    url: str = ""
    site_name: str = ""
    name: str = ""  # the file (or zip member) it came from


def _codec(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return io.TextIOWrapper(io.BytesIO(), encoding=name.strip().strip("'\"")).encoding
    except LookupError:
        return None


def decode(data: bytes, *, declared: str | None = None, html: bool = False) -> str:
    """Bytes to text: a byte-order mark, then the declared charset (HTTP header), then the page's
    own <meta charset>, then strict UTF-8, then charset detection. Binary data is refused."""
    if data.startswith(b"\xef\xbb\xbf"):
        candidates: list[str | None] = ["utf-8-sig"]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        candidates = ["utf-16"]
    else:
        candidates = [_codec(declared)]
        if html:
            found = _META_CHARSET.search(data[:8192])
            candidates.append(_codec(found.group(1).decode("ascii")) if found else None)
        candidates.append("utf-8")
    for codec in candidates:
        if codec is None:
            continue
        try:
            text = data.decode(codec)
        except (UnicodeDecodeError, LookupError):
            continue
        return _refuse_binary(text)
    guess = charset_normalizer.from_bytes(data[:200_000]).best()
    if guess is None or guess.encoding is None:
        raise ExtractionError("This is not text (binary data, or an encoding that cannot be told).")
    return _refuse_binary(data.decode(guess.encoding, errors="replace"))


def _refuse_binary(text: str) -> str:
    sample = text[:20_000]
    junk = len(_CONTROLS.findall(sample)) + sample.count("\ufffd")
    if sample and junk > 0.02 * len(sample):
        raise ExtractionError("This is not text: it reads as binary data.")
    return text


def clean_text(text: str) -> str:
    """The stored form of an article body: one paragraph a line, no control characters, no
    trailing spaces; claims index into exactly this."""
    text = _CONTROLS.sub("", text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " "))
    lines = [" ".join(line.split()) for line in _BLANK_LINES.sub("\n", text).split("\n")]
    return "\n".join(line for line in lines if line)


# A republisher's credit to the original publisher, on a line of its own near the top or the end:
# "Source: Iran Press TV", "Originally published by The Guardian", "This article first appeared in X".
_CREDIT = re.compile(
    r"^(?:source|originally published (?:by|in|on)|this (?:article|story) (?:was )?(?:first |originally )?"
    r"(?:appeared|published) (?:in|on|by))\s*[:\-–—]?\s*(?P<name>[^.:;\n]{2,80}?)\.?$",
    re.IGNORECASE,
)


def credited_publisher(text: str) -> str:
    """The original publisher a republished article credits, or ""."""
    lines = text.split("\n")
    for line in lines[:3] + lines[-3:]:
        found = _CREDIT.match(line.strip())
        if found:
            return found.group("name").strip()
    return ""


def _line(value: str, limit: int) -> str:
    """A one-line field (title, author, publisher, dateline): no control characters, spaces
    collapsed, cut to what the database keeps."""
    return " ".join(_CONTROLS.sub("", value).split())[:limit]


def _checked(article: Extracted) -> Extracted:
    if len(article.text) > 4 * MAX_TEXT:
        raise ExtractionError(f"The article is over {MAX_TEXT:,} characters: split it.")
    text = clean_text(article.text)
    if len(text) > MAX_TEXT:
        raise ExtractionError(f"The article is over {MAX_TEXT:,} characters: split it.")
    if sum(ch.isalpha() for ch in text[:10_000]) < MIN_LETTERS:
        raise ExtractionError(
            "No article text was found (an empty page, a login or cookie wall, or an image)."
        )
    title = _line(article.title, 500)
    publisher = _line(article.publisher or credited_publisher(text), 200)
    return replace(
        article,
        text=text,
        title=title or _line(_title_from(text, article.name), 500),
        publisher=publisher,
        author=_line(article.author, 300),
        dateline=_line(article.dateline, 200),
        site_name=_line(article.site_name, 200),
        url=article.url if len(article.url) <= 1000 and not _CONTROLS.search(article.url) else "",
    )


def _title_from(text: str, name: str) -> str:
    first = text.split("\n", 1)[0]
    if len(first) <= 150:
        return first
    stem = PurePosixPath(name).stem.replace("_", " ").replace("-", " ").strip()
    return stem or first[:100].rsplit(" ", 1)[0] + "…"


def _parse_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def from_html(data: bytes | str, *, url: str = "", charset: str | None = None, name: str = "") -> Extracted:
    """A web page's main text and metadata (trafilatura; its dates come from htmldate): navigation,
    newsletter prompts, related links, cookie banners and comments are left out."""
    import trafilatura  # imported here: it loads lxml and its models, which most requests never need

    markup = data if isinstance(data, str) else decode(data, declared=charset, html=True)
    found = trafilatura.bare_extraction(
        markup,
        url=url or None,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        favor_precision=True,
    )
    # trafilatura answers a Document (or a dict when asked): read it as a dict either way.
    fields: dict[str, object] = {}
    if found is not None:
        fields = found if isinstance(found, dict) else found.as_dict()
    text = str(fields.get("text") or "")
    if not text:
        raise ExtractionError(
            "No article text was found on the page (an index page, a video, or a login wall)."
        )
    title = str(fields.get("title") or "")
    # The headline is often repeated as the body's first line: it is the title, not a claim.
    head, _, rest = text.partition("\n")
    if title and rest and " ".join(head.split()) == " ".join(title.split()):
        text = rest
    return _checked(
        Extracted(
            text=text,
            title=title,
            author=str(fields.get("author") or ""),
            published_on=_parse_date(str(fields.get("date") or "")),
            dateline=str(fields.get("date") or ""),
            url=str(fields.get("url") or url),
            site_name=str(fields.get("sitename") or ""),
            name=name,
        )
    )


def from_text(data: bytes, *, name: str = "", charset: str | None = None) -> Extracted:
    """A plain-text file, or one in the seeds layout (title, publisher, dateline, then the body)."""
    text = decode(data, declared=charset).removeprefix("\ufeff")
    try:
        article = parse_article(text, name or "text")
    except ArticleFormatError:
        lines = clean_text(text).split("\n")
        # A short first line followed by more is a headline; otherwise the whole file is the body.
        if len(lines) > 1 and len(lines[0]) <= 150 and not lines[0].endswith((".", "!", "?", ":")):
            return _checked(Extracted(text="\n".join(lines[1:]), title=lines[0], name=name))
        return _checked(Extracted(text="\n".join(lines), name=name))
    return _checked(
        Extracted(
            text=article.text,
            title=article.title,
            publisher=article.publisher,
            published_on=article.published_on,
            dateline=article.dateline,
            name=name,
        )
    )


def from_markdown(data: bytes, *, name: str = "") -> Extracted:
    """Markdown as the text a reader sees: headings, paragraphs and list items one a line, the
    first level-one heading as the title."""
    import markdown
    from lxml import html as lxml_html

    source = decode(data).removeprefix("\ufeff")
    tree = lxml_html.fromstring(f"<div>{markdown.markdown(source)}</div>")
    title = ""
    blocks = []
    for element in tree.iter("h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "blockquote"):
        # A list item or quotation is one block, with whatever is nested in it.
        if any(a.tag in ("li", "blockquote") for a in element.iterancestors()):
            continue
        words = " ".join(element.text_content().split())
        if not words:
            continue
        if element.tag == "h1" and not title:
            title = words
            continue
        blocks.append(words)
    return _checked(Extracted(text="\n".join(blocks), title=title, name=name))


def from_docx(data: bytes, *, name: str = "") -> Extracted:
    import docx  # python-docx
    from docx.opc.exceptions import PackageNotFoundError

    # A .docx is a zip: the same bounds as an uploaded zip, before python-docx unpacks it whole.
    try:
        zip_members(data, max_member_bytes=DOCX_MAX_BYTES, max_total_bytes=DOCX_MAX_BYTES, read=False)
    except ExtractionError as error:
        raise ExtractionError(f"This is not a readable Word (.docx) file: {error}") from None
    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as error:
        raise ExtractionError(f"This is not a readable Word (.docx) file ({error}).") from None
    title = document.core_properties.title or ""
    paragraphs = []
    for paragraph in document.paragraphs:
        words = " ".join(paragraph.text.split())
        if not words:
            continue
        if not title and (paragraph.style is not None and paragraph.style.name in ("Title", "Heading 1")):
            title = words
            continue
        paragraphs.append(words)
    return _checked(
        Extracted(
            text="\n".join(paragraphs),
            title=title,
            author=document.core_properties.author or "",
            name=name,
        )
    )


_SENTENCE_END = re.compile(r"""[.!?:;"”’)\]]$""")


def from_pdf(data: bytes, *, name: str = "") -> Extracted:
    """A PDF's text layer, its lines joined back into paragraphs (a scan has none: OCR it first)."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise ExtractionError("The PDF is encrypted: save an unprotected copy and add that.")
        pages = [page.extract_text() or "" for page in reader.pages]
        metadata = reader.metadata
    except ExtractionError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, RecursionError) as error:
        raise ExtractionError(f"This PDF cannot be read ({type(error).__name__}).") from None
    paragraphs: list[str] = []
    current = ""
    for line in "\n".join(pages).split("\n"):
        line = " ".join(line.split())
        if not line:
            if current:
                paragraphs.append(current)
            current = ""
            continue
        if current.endswith("-") and line[:1].islower():
            current = current[:-1] + line
        else:
            current = f"{current} {line}".strip()
        if _SENTENCE_END.search(line):
            paragraphs.append(current)
            current = ""
    if current:
        paragraphs.append(current)
    text = "\n".join(paragraphs)
    if not text.strip():
        raise ExtractionError("The PDF has no text layer (a scanned image?): run OCR on it first.")
    title = (metadata.title if metadata and metadata.title else "") or ""
    author = (metadata.author if metadata and metadata.author else "") or ""
    return _checked(Extracted(text=text, title=str(title), author=str(author), name=name))


def kind_of(name: str, data: bytes, content_type: str = "") -> str:
    """What a file is, by its name, then by its first bytes."""
    suffix = PurePosixPath(name.lower()).suffix
    if suffix in HTML_SUFFIXES or content_type.split(";")[0].strip() in HTML_TYPES:
        return "html"
    if suffix in MARKDOWN_SUFFIXES:
        return "markdown"
    if suffix == ".docx":
        return "docx"
    if suffix == ".pdf" or data.startswith(b"%PDF-"):
        return "pdf"
    if suffix == ".zip" or content_type.startswith("application/zip"):
        return "zip"
    if suffix in TEXT_SUFFIXES or content_type.startswith("text/plain"):
        return "text"
    head = data[:1024].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html")):
        return "html"
    if data.startswith(b"PK\x03\x04"):
        return "zip"
    raise ExtractionError(
        f"“{name or 'This file'}” is not a kind of file articles are read from: "
        "use .txt, .html, .htm, .md, .docx, .pdf or a .zip of those."
    )


def read_file(name: str, data: bytes, *, content_type: str = "", charset: str | None = None) -> Extracted:
    """One file (not a zip) as an article."""
    kind = kind_of(name, data, content_type)
    if kind == "html":
        return from_html(data, charset=charset, name=name)
    if kind == "markdown":
        return from_markdown(data, name=name)
    if kind == "docx":
        return from_docx(data, name=name)
    if kind == "pdf":
        return from_pdf(data, name=name)
    if kind == "zip":
        raise ExtractionError("A zip inside a zip is not opened: add the inner zip on its own.")
    return from_text(data, name=name, charset=charset)


def zip_members(
    data: bytes, *, max_member_bytes: int, max_total_bytes: int, read: bool = True
) -> list[tuple[str, bytes]]:
    """The article files in a zip, read within bounds: no zip bomb, no path tricks, no nesting.
    Members of other kinds are skipped silently only when they are folders or system files."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError) as error:
        raise ExtractionError(f"This is not a readable zip file ({error}).") from None
    members = [
        info
        for info in infos
        if not info.is_dir()
        and not info.filename.startswith("__MACOSX/")
        and not PurePosixPath(info.filename).name.startswith(".")
    ]
    if not members:
        raise ExtractionError("The zip holds no files.")
    if len(members) > ZIP_MAX_MEMBERS:
        raise ExtractionError(
            f"The zip holds {len(members)} files: at most {ZIP_MAX_MEMBERS} are read at once."
        )
    declared = sum(info.file_size for info in members)
    if declared > max_total_bytes:
        raise ExtractionError(
            f"The zip unpacks to {declared // 2**20} MiB: at most {max_total_bytes // 2**20} MiB are read."
        )
    result = []
    total = 0
    for info in members:
        if info.flag_bits & 0x1:
            raise ExtractionError("The zip is encrypted: add an unprotected one.")
        if info.compress_size and info.file_size / info.compress_size > ZIP_MAX_RATIO:
            raise ExtractionError(
                f"“{info.filename}” unpacks {ZIP_MAX_RATIO}× larger than it is packed: a zip bomb?"
            )
        if not read:  # only checked (a .docx, which python-docx then reads itself)
            continue
        try:
            with archive.open(info) as member:
                # The declared size can lie: read no more than the cap allows, whatever it says.
                content = member.read(max_member_bytes + 1)
        except (zipfile.BadZipFile, NotImplementedError, RuntimeError, OSError, EOFError) as error:
            raise ExtractionError(f"“{info.filename}” cannot be unpacked ({error}).") from None
        if len(content) > max_member_bytes:
            raise ExtractionError(f"“{info.filename}” is over {max_member_bytes // 2**20} MiB.")
        total += len(content)
        if total > max_total_bytes:
            raise ExtractionError(f"The zip unpacks to more than {max_total_bytes // 2**20} MiB.")
        result.append((info.filename, content))
    return result
