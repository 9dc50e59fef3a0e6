"""Fitting the suggestions' confidence model (annotations/domain/suggesting/confidence.py).

The examples are what earlier rules proposed for each gold set *before* anything was tuned on it
(`tests/data/confidence/arrival.jsonl`: each claim's proposed hops and the commit whose rules
proposed them: a held-out set's own round, a development set's arrival). The rules of today
are right on nearly every claim of those sets, so they would teach the model nothing about the
mistakes made on new articles; the rules of the day show those mistakes.

    python -m tests.confidence_training            # leave-one-set-out figures
    python -m tests.confidence_training --write    # fit on every set, write the weights

A logistic regression with a little L2 shrinkage, fitted by Newton's method (a few dozen
features: no library needed).
"""

import argparse
import json
import math
import re
from pathlib import Path

from annotations.domain.articles import read_article
from annotations.domain.suggesting import sentences
from annotations.domain.suggesting.confidence import features

DATA = Path(__file__).parent / "data"
EXAMPLES = DATA / "confidence" / "arrival.jsonl"
WEIGHTS_FILE = Path(__file__).parent.parent / "annotations/domain/suggesting/confidence_weights.py"
SHRINK = 1.0


def _norm(name: str) -> str:
    return re.sub(r"^(the|a|an)\s+", "", " ".join(name.lower().split()))


def examples() -> list[dict]:
    """Each proposal that names a source, with its features, whether it was right and its hops."""
    rows, texts, golds = [], {}, {}
    for line in EXAMPLES.read_text().splitlines():
        row = json.loads(line)
        if not row["proposed"]:
            continue
        key = (row["set"], row["file"])
        if key not in texts:
            text = read_article(DATA / row["set"] / row["file"]).text
            texts[key] = (text, sentences(text))
        if row["set"] not in golds:
            gold = json.loads((DATA / row["set"] / "gold.json").read_text())
            golds[row["set"]] = {
                (entry["file"], claim["quote"]): claim["chain"][1:]
                for entry in gold["articles"]
                for claim in entry["claims"]
            }
        text, spans = texts[key]
        start = text.index(row["quote"])
        sentence = next((s for s in spans if s.start <= start < s.end), None)
        if sentence is None:
            continue
        wanted = [_norm(name) for name in golds[row["set"]][(row["file"], row["quote"])]]
        got = [_norm(name) for name in row["proposed"]]
        rows.append(
            {
                "set": row["set"],
                "x": features(text, sentence.start, sentence.end, row["proposed"]),
                "right": got == wanted,
                "hops": len(got),
                "right hops": sum(a == b for a, b in zip(got, wanted, strict=False)),
            }
        )
    return rows


def _solve(matrix: list[list[float]], vector: list[float]) -> list[float]:
    """Gaussian elimination with partial pivoting (the matrix is small and positive definite)."""
    n = len(vector)
    a = [row[:] + [vector[i]] for i, row in enumerate(matrix)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(a[r][col]))
        a[col], a[pivot] = a[pivot], a[col]
        for r in range(col + 1, n):
            factor = a[r][col] / a[col][col]
            for c in range(col, n + 1):
                a[r][c] -= factor * a[col][c]
    solution = [0.0] * n
    for r in range(n - 1, -1, -1):
        solution[r] = (a[r][n] - sum(a[r][c] * solution[c] for c in range(r + 1, n))) / a[r][r]
    return solution


def fit(rows: list[dict]) -> dict[str, float]:
    keys = list(rows[0]["x"])
    w = [0.0] * len(keys)
    for _ in range(25):
        gradient = [0.0] * len(keys)
        hessian = [[0.0] * len(keys) for _ in keys]
        for row in rows:
            x = [row["x"][k] for k in keys]
            p = 1 / (1 + math.exp(-max(-30.0, min(30.0, sum(a * b for a, b in zip(w, x, strict=True))))))
            error = p - row["right"]
            for i, xi in enumerate(x):
                if xi:
                    gradient[i] += error * xi
                    for j, xj in enumerate(x):
                        if xj:
                            hessian[i][j] += p * (1 - p) * xi * xj
        for i, key in enumerate(keys):
            if key != "bias":
                gradient[i] += SHRINK * w[i]
                hessian[i][i] += SHRINK
        step = _solve(hessian, gradient)
        w = [a - b for a, b in zip(w, step, strict=True)]
        if max(abs(s) for s in step) < 1e-6:
            break
    return dict(zip(keys, w, strict=True))


def _probability(weights: dict[str, float], x: dict[str, float]) -> float:
    score = sum(weights[k] * v for k, v in x.items())
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, score))))


def report(scored: list[tuple[float, dict]]) -> None:
    """Per threshold: proposals kept, hop precision before and after, right chains lost."""
    hops = sum(row["hops"] for _, row in scored)
    right = sum(row["right hops"] for _, row in scored)
    print(f"{len(scored)} proposals naming a source; hop precision {right / hops:.3f}")
    ranked = sorted(scored, key=lambda pair: pair[0])
    positives = sum(row["right"] for _, row in scored)
    negatives = len(scored) - positives
    below = rank_sum = 0
    for _, row in ranked:  # AUC by counting the wrong proposals ranked below each right one
        if row["right"]:
            rank_sum += below
        else:
            below += 1
    print(f"AUC {rank_sum / (positives * negatives):.3f}")
    for threshold in (0.3, 0.4, 0.5, 0.6, 0.7, 0.8):
        kept = [row for p, row in scored if p >= threshold]
        kept_hops = sum(row["hops"] for row in kept)
        kept_right = sum(row["right hops"] for row in kept)
        lost = sum(row["right"] for p, row in scored if p < threshold)
        dropped_wrong = sum(not row["right"] for p, row in scored if p < threshold)
        print(
            f"  at {threshold:.1f}: keeps {len(kept)} ({len(kept) / len(scored):.0%}), hop precision "
            f"{kept_right / max(1, kept_hops):.3f}; withholds {dropped_wrong} wrong and {lost} right chains"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--write", action="store_true", help="fit on every set and write the weights")
    parser.add_argument(
        "--threshold", type=float, default=0.6, help="below it a chain is flagged (written with --write)"
    )
    args = parser.parse_args()
    rows = examples()
    sets = sorted({row["set"] for row in rows})
    scored = []
    for held in sets:  # leave one set out: the figures say how the model does on a set it never saw
        weights = fit([row for row in rows if row["set"] != held])
        scored += [(_probability(weights, row["x"]), row) for row in rows if row["set"] == held]
    print("Leave one set out:")
    report(scored)
    if args.write:
        weights = fit(rows)
        body = "\n".join(f'    "{key}": {value:.4f},' for key, value in weights.items())
        WEIGHTS_FILE.write_text(
            '"""Weights of the suggestions\' confidence model, written by\n'
            "`python -m tests.confidence_training --write` from tests/data/confidence/arrival.jsonl\n"
            '(see that module)."""\n\n'
            "# Below this a chain is offered as a guess to check hop by hop (see confidence.sure).\n"
            f"THRESHOLD = {args.threshold}\n\nWEIGHTS: dict[str, float] = {{\n{body}\n}}\n"
        )
        print(f"Wrote {WEIGHTS_FILE}")
    # 0.6, chosen on the leave-one-set-out figures: the chains flagged are mostly wrong (about
    # 130 wrong to 100 right of 1,679), and six in seven chains are offered unflagged.


if __name__ == "__main__":
    main()
