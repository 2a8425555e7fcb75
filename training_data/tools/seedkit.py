"""Helpers shared by the seed-set generators (build_d.py and later parts): sampling, HTML wrapping,
the near-duplicate measure and writing a part.

Why one module: every generator must measure near-duplicates the same way (word 5-shingles,
CJK text by characters, Jaccard >= 0.5 over the whole documents/ folder) or the figures in the
labelling guide would not be comparable between parts. Parts A and B predate this module and keep
their own copies of the measure (the same rule); their documents regenerate byte for byte, only
their labels followed the widened scope.
"""

from __future__ import annotations

import csv
import html as htmlmod
import random
import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")

ROOT = Path(__file__).resolve().parents[1]  # training_data/
DOCS = ROOT / "documents"
LABEL_FIELDS = ["file", "label", "language", "source", "notes"]
SUFFIXES = {".txt", ".md", ".html", ".csv"}


def pick(rng: random.Random, pool, k: int | None = None):
    """A random element, or k distinct random elements in random order."""
    if k is None:
        return rng.choice(pool)
    return rng.sample(list(pool), min(k, len(pool)))


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:40]


def to_html(title: str, text: str) -> str:
    """Wrap text as a simple HTML page; lines with ' | ' become table rows."""
    body = []
    rows: list[str] = []
    for block in text.split("\n"):
        if block.count(" | ") >= 2:
            cells = "".join(f"<td>{htmlmod.escape(x.strip())}</td>" for x in block.strip("| ").split(" | "))
            rows.append(f"<tr>{cells}</tr>")
            continue
        if rows:
            body.append("<table>" + "".join(rows) + "</table>")
            rows = []
        if block.strip():
            body.append(f"<p>{htmlmod.escape(block)}</p>")
    if rows:
        body.append("<table>" + "".join(rows) + "</table>")
    return f"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>{htmlmod.escape(title)}</title></head>\n<body>\n" + "\n".join(body) + "\n</body></html>\n"


# ---- near-duplicate measure (word 5-shingles, CJK by characters, as in parts A and B)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def shingles(text: str, n: int = 5) -> frozenset:
    text = re.sub(r"<[^>]+>", " ", text).lower()
    toks = re.findall(r"\w+", text)
    if sum(1 for t in toks if _CJK.search(t)) > len(toks) * 0.3:
        chars = [ch for ch in text if not ch.isspace()]
        return frozenset("".join(chars[i:i + n]) for i in range(max(1, len(chars) - n + 1)))
    return frozenset(tuple(toks[i:i + n]) for i in range(max(1, len(toks) - n + 1)))


def jaccard(a: frozenset, b: frozenset) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (UnicodeDecodeError, OSError):
        return path.read_bytes().decode("utf-8", "replace")


def least_similar(
    draw: Callable[[], tuple[str, T]], others: list[frozenset], limit: float = 0.45, tries: int = 30
) -> tuple[str, T, frozenset]:
    """Draw a document until it is less than `limit` similar (word 5-shingle Jaccard) to every
    shingle set in `others`, at most `tries` times, keeping the least similar draw.

    `limit` sits a margin under the 0.5 near-duplicate rule. `draw` returns (text, anything the
    caller needs back). Only sets of comparable size are compared: Jaccard <= min/max, so a set
    less than half the size of another cannot reach 0.5 with it.
    """
    best = None
    for _attempt in range(tries):
        text, extra = draw()
        sh = shingles(text)
        worst = max((jaccard(sh, o) for o in others if min(len(o), len(sh)) >= 0.5 * max(len(o), len(sh))), default=0.0)
        if best is None or worst < best[0]:
            best = (worst, text, extra, sh)
        if worst < limit:
            break
    _, text, extra, sh = best
    return text, extra, sh


def dress(text: str, ext: str) -> str:
    """The text in its file format: an HTML page, or Markdown with a heading on its first line."""
    if ext == ".html":
        return to_html(text.splitlines()[0][:120], text)
    if ext == ".md" and not text.startswith("#"):
        first, _, rest = text.partition("\n")
        return f"# {first}\n{rest}"
    return text


def existing_shingles(exclude_prefix: str) -> list[tuple[str, frozenset]]:
    """(path under training_data/, shingles) of every document whose name does not start with
    `exclude_prefix` (a generator excludes its own earlier output; "\\0" excludes nothing)."""
    out = []
    for p in sorted(DOCS.rglob("*")):
        if p.is_file() and not p.name.startswith(exclude_prefix) and p.suffix in SUFFIXES:
            out.append((str(p.relative_to(ROOT)), shingles(read_text(p))))
    return out


def measure(prefix: str) -> tuple[int, int, float, int, int, float]:
    """Near-duplicates over the whole folder: (documents, documents with a partner >= 0.5,
    highest pair, documents of part `prefix`, of those with a partner, highest pair touching it)."""
    items = existing_shingles(exclude_prefix="\0")
    n = len(items)
    flagged: set[int] = set()
    best = best_part = 0.0
    in_part = [Path(name).name.startswith(prefix) for name, _ in items]
    sizes = [len(s) for _, s in items]
    for i in range(n):
        for j in range(i + 1, n):
            a, b = sizes[i], sizes[j]
            if min(a, b) < 0.5 * max(a, b):  # Jaccard <= min/max < 0.5: cannot be a near-duplicate
                continue
            jv = jaccard(items[i][1], items[j][1])
            best = max(best, jv)
            if in_part[i] or in_part[j]:
                best_part = max(best_part, jv)
            if jv >= 0.5:
                flagged.update((i, j))
    return n, len(flagged), best, sum(in_part), sum(1 for k in flagged if in_part[k]), best_part


def write_part(docs: Iterable[Any], prefix: str, labels_file: Path, source: str, lineterminator: str = "\n") -> None:
    """Replace the part's documents (every documents/*/<prefix>* file) and its label file.

    `docs` have lang, name, text, label, doctype and note. `lineterminator` keeps each part's
    label file byte-identical to what its generator has always written.
    """
    for old in DOCS.glob(f"*/{prefix}*"):
        old.unlink()
    rows = []
    for d in docs:
        folder = DOCS / d.lang
        folder.mkdir(parents=True, exist_ok=True)
        (folder / d.name).write_text(d.text, encoding="utf-8")
        rows.append({"file": f"documents/{d.lang}/{d.name}", "label": d.label, "language": d.lang,
                     "source": f"{source}; {d.doctype}", "notes": d.note})
    rows.sort(key=lambda r: r["file"])
    with labels_file.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=LABEL_FIELDS, lineterminator=lineterminator)
        w.writeheader()
        w.writerows(rows)
