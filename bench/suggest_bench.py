"""Suggestion benchmark: time against text size, for news prose and for adversarial text.

    python bench/suggest_bench.py                  # 10 KB, 100 KB, 1 MB, 10 MB
    python bench/suggest_bench.py --sizes 10000,100000 --kinds prose,quotation

For each kind of text and each size it times
- chain: `suggest_chain` for a few words in the middle of the text, as the claim form asks;
- claims: `suggest_claims` as the "Suggest claims" page asks (it reads the sections that begin
  in the first CLAIMS_LIMIT characters);
- whole: `suggest_claims` over the whole text, which shows how reading grows with length;
and prints the growth per tenfold size (linear: chain ~1x, whole ~10x). Times are the CPU time
of this process (the best of a few runs when one is quick), so a busy machine does not inflate
them. No database needed.
"""

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "workbench.settings")

from annotations.domain import articles, suggesting  # noqa: E402

SEED = articles.read_article(ROOT / "seeds" / "presstv-turkey-s400-2025-11-07.txt")


def _repeat(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


# The cases and their relatives: each made one request or page take minutes.
KINDS = {
    "prose": lambda size: _repeat(SEED.text + "\n", size),  # the seed article, paragraph by paragraph
    "one-paragraph": lambda size: _repeat(SEED.text.replace("\n", " ") + " ", size),  # no line breaks
    "quotation": lambda size: '"' + _repeat("Ab. ", size - 1),  # a quotation that never closes
    "capitals": lambda size: _repeat("Xy ", size),  # one run of capitalised words
    "nesting": lambda size: "".join(  # "A1, citing A2, said. A2, citing A3, said. ..."
        f"Agency{n}, citing Agency{n + 1}, said so. " for n in range(size // 36 + 1)
    )[:size],
    # Texts with no full stop, built against the second round's patterns: a colon before a
    # quotation after every few words, and asides ("which the union says") one after another.
    "colons": lambda size: _repeat('Xy Zz dismissed the report: "ab" ', size),
    "asides": lambda size: _repeat("the union, which the union says, said ", size),
    # Short sentences dense with cues (a hostile probe's): they cost per sentence, not per character.
    "cue-dense": lambda size: _repeat("Citing A, B said. ", size),
    "cue-soup": lambda size: _repeat(
        ". Channel He (NTSB) citing Alpha (NTSB), says journal, saying) and ", size
    ),
    # Round 7's probe: runs of spaces after a comma in long sentences dense with source-like words
    # (an apposition's spaces were read again from every split of the run: 6.6 s for a claim form).
    "space-runs": lambda size: _repeat(
        _repeat("A statement from the company's informed Analysts," + " " * 80 + "x ", 2900).rstrip()
        + ". A ",
        size,
    ),
    # Round 8's probe: a long run of brackets before many inverted verbs ("(((... Ab, said Xy, said
    # Xy") had every verb's subject check re-read the run (16 s for a claim form), and transcript
    # labels at every line ("ABCD: x") each searched the 20 KB before them (0.44 s).
    "bracket-run": lambda size: _repeat("(" * 20_000 + " Ab" + ", said Xy" * 160 + ".\n", size),
    "labels": lambda size: _repeat("ABCD: x\n", size),
    # Round 9's probe: a hyphenated word of 3,000 characters after "reported" was split every way by
    # the results check ("reported third-quarter revenue"): 2.8 s a claim form.
    "hyphen-runs": lambda size: _repeat("Corvath reported " + "x-quarter-" * 298 + "zz.\n", size),
}
SIZES = [10_000, 100_000, 1_000_000, 10_000_000]
TARGET_SECONDS = 0.050  # a claim form on a 1 MB document


def timed(work, budget: float = 0.3) -> float:
    """CPU seconds per call: the best of several calls when one is quick, else one call."""
    started = time.process_time()
    work()
    best = time.process_time() - started
    spent = best
    while spent < budget:
        started = time.process_time()
        work()
        took = time.process_time() - started
        best, spent = min(best, took), spent + took
    return best


def middle_span(text: str) -> tuple[int, int]:
    """A few words in the middle, starting at a word, as a reader would select them."""
    start = len(text) // 2
    while start < len(text) - 1 and not (text[start].isalnum() and not text[start - 1].isalnum()):
        start += 1
    return start, min(len(text), start + 20)


def measure(kind: str, size: int) -> dict[str, float]:
    text = KINDS[kind](size)
    registry = suggesting.Registry()
    start, end = middle_span(text)
    chain = timed(lambda: suggesting.suggest_chain(text, "Iran Press TV", start, end, registry))
    claims = timed(lambda: suggesting.suggest_claims(text, "Iran Press TV", registry))
    whole = timed(  # how reading grows with the text: no clock
        lambda: suggesting.suggest_claims(
            text, "Iran Press TV", registry, limit=len(text), seconds=float("inf")
        )
    )
    return {"chain": chain, "claims": claims, "whole": whole}


def size_words(size: int) -> str:
    return f"{size // 1_000_000} MB" if size >= 1_000_000 else f"{size // 1_000} KB"


COLUMNS = ("chain", "claims", "whole")


def row(kind: str, size: str, cells: list[str]) -> str:
    return f"{kind:>14} {size:>6}" + "".join(f" {cell:>16}" for cell in cells)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)), help="characters, comma-separated")
    parser.add_argument("--kinds", default=",".join(KINDS), help=", ".join(KINDS))
    args = parser.parse_args()
    sizes = [int(size) for size in args.sizes.split(",")]
    window = suggesting.CONTEXT + suggesting.SECTION + suggesting._CUT_SEARCH
    print(
        f"chain: suggest_chain reads at most {window:,} characters around the span; claims: "
        f"suggest_claims reads the sections beginning in the first {suggesting.CLAIMS_LIMIT:,}, "
        f"for {suggesting.CLAIMS_SECONDS} s at most; whole: suggest_claims over all of it, no clock."
    )
    print(row("text", "size", [f"{name} ms (x)" for name in COLUMNS]))
    slow = []
    for kind in args.kinds.split(","):
        before = None
        for size in sizes:
            times = measure(kind, size)
            cells = [
                f"{times[name] * 1000:.1f}" + (f" ({times[name] / before[name]:.1f})" if before else "      ")
                for name in COLUMNS
            ]
            print(row(kind, size_words(size), cells), flush=True)
            if kind == "prose" and size == 1_000_000 and times["chain"] > TARGET_SECONDS:
                slow.append(f"a claim form on 1 MB of prose took {times['chain'] * 1000:.0f} ms")
            before = times
    print(
        "(x): the time over the time for a tenth of the text. Linear: about 1 for chain (a bounded "
        "window), about 10 for whole; from 10 KB to 100 KB it is higher because a text under "
        f"{suggesting.SECTION:,} characters is one section, read without the context a later section "
        "reads again."
    )
    if slow:
        sys.exit("; ".join(slow) + f" (target: {TARGET_SECONDS * 1000:.0f} ms)")


if __name__ == "__main__":
    main()
