"""Reading article files into documents.

The plain-text format of `seeds/`: a title line, a publisher line, a dateline,
then the body, one paragraph per line, possibly followed by the republishing
site's boilerplate (a "NEWSLETTER / Join the ... mailing list" footer), which
is cut off. The body is stored exactly as read otherwise, so offsets never drift.
"""

import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

SUPPORTED_SUFFIXES = {".txt"}

# Lines a republisher wraps around an article: table pipes, newsletter prompts.
_BOILERPLATE = [
    re.compile(r"^[\s|]*$"),
    re.compile(r"^[\s|]*newsletter[\s|]*$", re.IGNORECASE),
    re.compile(r"^[\s|]*join the .* mailing list[\s|]*$", re.IGNORECASE),
    re.compile(r"^[\s|]*(subscribe|sign up)\b.*$", re.IGNORECASE),
]
# The republisher names itself in its footer: where the article was found.
_MAILING_LIST = re.compile(r"^[\s|]*join the (.+?) mailing list[\s|]*$", re.IGNORECASE)
_DATELINE_FORMATS = [
    "%A, %d %B %Y %I:%M %p",
    "%A, %d %B %Y %H:%M",
    "%A, %d %B %Y",
    "%d %B %Y %I:%M %p",
    "%d %B %Y %H:%M",
    "%d %B %Y",
    "%B %d, %Y %H:%M",
    "%B %d, %Y",
    "%Y-%m-%d",
]


class ArticleFormatError(ValueError):
    """A file that is not an article in the expected format; names the file and line."""

    def __init__(self, path: Path | str, line: int, message: str):
        self.path, self.line = str(path), line
        super().__init__(f"{path}:{line}: {message}")


@dataclass(frozen=True)
class Article:
    title: str
    publisher: str
    dateline: str
    published_on: date | None
    text: str
    path: str
    found_site: str = ""  # the republisher whose footer was cut off ("GlobalSecurity.org")


def _is_boilerplate(line: str) -> bool:
    return any(pattern.match(line) for pattern in _BOILERPLATE)


# A time zone after the time, as wire copy prints it ("3 March 2026 14:22 GMT"): the date is what is kept.
_TIME_ZONE = re.compile(r"\s+(?:GMT|UTC|[A-Z]{2,4}T|[+-]\d{2}:?\d{2})$")


# Datelines also come without the weekday's comma, with a comma before the time, or with "at"
# ("Friday 13 February 2026, 19:05"): read again without weekday, commas and "at".
_WEEKDAY = re.compile(r"^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+")


def parse_dateline(value: str) -> date | None:
    cleaned = _TIME_ZONE.sub("", " ".join(value.split()))
    plain = re.sub(r"\s+at\s+", " ", _WEEKDAY.sub("", cleaned).replace(",", ""))
    for candidate in (cleaned, plain):
        for fmt in _DATELINE_FORMATS:
            try:
                return datetime.strptime(candidate, fmt).date()
            except ValueError:
                continue
    # Last, a date anywhere in it ("18 October 2026, last updated 16:40").
    found = _ANY_DATE.search(plain)
    if found:
        for fmt in ("%d %B %Y", "%B %d %Y", "%Y-%m-%d", "%d.%m.%Y", "%d/%m/%Y"):
            try:
                return datetime.strptime(found.group(), fmt).date()
            except ValueError:
                continue
    return None


_ANY_DATE = re.compile(
    r"\b\d{1,2} [A-Z][a-z]+ \d{4}\b|\b[A-Z][a-z]+ \d{1,2} \d{4}\b|\b\d{4}-\d{2}-\d{2}\b"
    r"|\b\d{1,2}[./]\d{1,2}[./]\d{4}\b"
)


def parse_article(raw: str, path: Path | str) -> Article:
    lines = raw.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    for number, label in ((1, "title"), (2, "publisher"), (3, "dateline")):
        if len(lines) < number or not lines[number - 1].strip():
            raise ArticleFormatError(path, number, f"expected the {label} on this line, found nothing.")
    title, publisher, dateline = (line.strip() for line in lines[:3])
    published_on = parse_dateline(dateline)
    if published_on is None:
        raise ArticleFormatError(
            path,
            3,
            f"cannot read the dateline “{dateline}” (expected e.g. “Friday, 07 November 2025 8:33 AM”).",
        )
    body = lines[3:]
    found_site = ""
    while body and _is_boilerplate(body[-1]):
        site = _MAILING_LIST.match(body[-1])
        if site:
            found_site = site.group(1).strip()
        body.pop()
    while body and not body[0].strip():
        body.pop(0)
    if not body:
        raise ArticleFormatError(path, 4, "the article has no body text after the dateline.")
    return Article(
        title=title,
        publisher=publisher,
        dateline=dateline,
        published_on=published_on,
        text="\n".join(body),
        path=str(path),
        found_site=found_site,
    )


def read_article(path: Path) -> Article:
    data = path.read_bytes()
    try:
        raw = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise ArticleFormatError(path, line, "not valid UTF-8 text.") from None
    return parse_article(raw.removeprefix("\ufeff"), path)


def article_files(path: Path) -> list[Path]:
    if path.is_file():
        return [path]
    return sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES)
