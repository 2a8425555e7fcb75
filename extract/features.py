"""Mention-derived features: one row of numbers (plus the text) per document.

The classifier sees two things about a document: its words (vectorised inside the saved pipeline,
so training and scanning cannot drift apart) and what the policy matcher found in it. This module
turns the second into numbers. Each numeric feature is one small function whose docstring says
what it measures; the evaluation report reuses those docstrings.

Counts are log1p-scaled: the difference between 0 and 1 Huawei mention matters far more than the
difference between 40 and 41, and a 900-page archive must not dominate the scaler.

The column list has two parts:

* `FEATURE_COLUMNS`: fixed in code. `load_model` refuses a model whose card lists other columns,
  because the pipeline's scaler would silently read the wrong numbers.
* category columns `cat:<id>`, one per equipment category id of the policy the model was trained
  with. They are chosen at training time, stored in the card (`categories`) and reused verbatim
  when scanning, so a policy that later adds a category does not shift any column.
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any

from extract.types import Document, Mention, MentionKind, Role

if TYPE_CHECKING:  # pandas is imported lazily so `--help` stays fast
    import pandas as pd

#: Characters of document text given to the text vectorisers. A tender's first 60k characters
#: (about 25-30 pages) hold its title, scope and bill of quantities; the tail is mostly annexed
#: terms and conditions. The cap bounds vectorising time and memory on 1,000-page archives.
#: Mention features are still computed over the whole document.
TEXT_CAP = 60_000

#: Separator of table cells in page text (see extract.types.Page).
_CELL_SEP = " | "

_KINDS = tuple(k.value for k in MentionKind)
_ROLES = tuple(r.value for r in Role)


def _log_count(n: float) -> float:
    return math.log1p(n)


def _restricted(mentions: Sequence[Mention]) -> list[Mention]:
    return [m for m in mentions if m.entity]


# --------------------------------------------------------------------------- feature functions


def mention_count(doc: Document, mentions: Sequence[Mention]) -> float:
    """log1p of the number of policy hits of any kind."""
    return _log_count(len(mentions))


def _count_feature(name: str, doc_: str, keep: Callable[[Mention], bool], *, restricted: bool = False
                   ) -> Callable[[Document, Sequence[Mention]], float]:
    """A feature counting (log1p) the mentions `keep` accepts; `restricted` first narrows to
    mentions of restricted entities. One factory for the kind, role and restricted-role columns."""
    def feature(doc: Document, mentions: Sequence[Mention]) -> float:
        pool = _restricted(mentions) if restricted else mentions
        return _log_count(sum(1 for m in pool if keep(m)))

    feature.__doc__ = doc_
    feature.__name__ = name
    return feature


def _kind_count(kind: str) -> Callable[[Document, Sequence[Mention]], float]:
    return _count_feature(f"kind_{kind}", f"log1p of the number of `{kind}` mentions.", lambda m: m.kind == kind)


def _role_count(role: str) -> Callable[[Document, Sequence[Mention]], float]:
    return _count_feature(f"role_{role}", f"log1p of the number of mentions (any kind) whose role is `{role}`.",
                          lambda m: m.role == role)


def _restricted_role_count(role: str) -> Callable[[Document, Sequence[Mention]], float]:
    return _count_feature(f"restricted_{role}",
                          f"log1p of the number of restricted-entity mentions whose role is `{role}`.",
                          lambda m: m.role == role, restricted=True)


def distinct_entities(doc: Document, mentions: Sequence[Mention]) -> float:
    """Number of distinct restricted entities named in any role (a bid naming three is unusual)."""
    return float(len({m.entity for m in _restricted(mentions)}))


def offered_restricted(doc: Document, mentions: Sequence[Mention]) -> float:
    """1 when a restricted entity is offered (line item, quote, specification), else 0."""
    return 1.0 if any(m.role == Role.OFFERED.value for m in _restricted(mentions)) else 0.0


def prohibited_only(doc: Document, mentions: Sequence[Mention]) -> float:
    """1 when restricted entities appear and every one of those mentions is a prohibition.

    The typical FAR 52.204-25 clause: Huawei named only to be excluded.
    """
    restricted = _restricted(mentions)
    return 1.0 if restricted and all(m.role == Role.PROHIBITED.value for m in restricted) else 0.0


def distinct_categories(doc: Document, mentions: Sequence[Mention]) -> float:
    """Number of distinct equipment categories found (cameras + NVRs + switches = 3)."""
    return float(len({m.category for m in mentions if m.category}))


def code_hits(doc: Document, mentions: Sequence[Mention]) -> float:
    """log1p of the number of classification-code (CPV and similar) hits."""
    return _log_count(sum(1 for m in mentions if m.kind == MentionKind.CODE.value))


#: Pseudo-count of table_share: one stray mention on a table row must not read as a bill of
#: quantities (a Norwegian notice whose one "Ruter" hit sits on a " | " line scored 0.998).
TABLE_PRIOR = 3


def table_share(doc: Document, mentions: Sequence[Mention]) -> float:
    """Share of mentions that sit on a table row (a bill of quantities), shrunk toward 0 for few.

    hits / (mentions + TABLE_PRIOR): 1 of 1 gives 0.25, 40 of 40 gives 0.93. Table rows appear in
    page text as one line with cells joined by " | " (extract.types.Page).
    """
    if not mentions:
        return 0.0
    lines_by_page = {p.number: p.text.split("\n") for p in doc.pages}
    hits = 0
    for m in mentions:
        lines = lines_by_page.get(m.page)
        if lines and 1 <= m.line <= len(lines) and _CELL_SEP in lines[m.line - 1]:
            hits += 1
    return hits / (len(mentions) + TABLE_PRIOR)


def page_count(doc: Document, mentions: Sequence[Mention]) -> float:
    """log1p of the number of pages (sheets for spreadsheets)."""
    return _log_count(len(doc.pages))


def text_length(doc: Document, mentions: Sequence[Mention]) -> float:
    """log1p of the number of text characters in the whole document."""
    return _log_count(sum(len(p.text) for p in doc.pages))


def ocr_share(doc: Document, mentions: Sequence[Mention]) -> float:
    """Share of pages whose text came from OCR (OCR text matches less reliably)."""
    return sum(1 for p in doc.pages if p.ocr) / len(doc.pages) if doc.pages else 0.0


# --------------------------------------------------------------------------- clause context
#
# Solicitations of every kind carry the same procurement clauses (FAR 52.204-23/24/25/26, DFARS
# 252.204-7018, 2 CFR 200.216, the Secure Networks Act): they name Huawei, ZTE, Kaspersky and
# "telecommunications equipment" and "video surveillance" whatever is being bought. The features
# below separate mentions inside such clause text from mentions in the subject of the purchase,
# so a janitorial solicitation with the clause looks like a janitorial solicitation.

#: Clause markers: clause numbers and the phrases the restriction clauses are built from, in the
#: languages the seed set has. Matched case-insensitively on page text.
def _markers(*patterns: str) -> re.Pattern[str]:
    """One case-insensitive alternation; a space in a pattern matches any whitespace run (OCR and
    PDF text break clause titles across lines, one word per line in the worst scans); " ?" any or
    no whitespace."""
    return re.compile("|".join(p.replace(" ?", r"\s*").replace(" ", r"\s+") for p in patterns), re.IGNORECASE)


CLAUSE_MARKERS = _markers(
    r"\b52\.204-2[1-9]\b", r"\b252\.204-70(?:0\d|1\d|2\d)\b", r"\b52\.212-[35]\b",
    r"covered (?:defense )?telecommunications", r"covered articles?\b", r"covered list",
    r"\b(?:section|sec\.|§|article|artículo|abschnitt|art\.) ?889\b",
    r"\bndaa\b", r"national defense authorization act",
    r"\b2 ?c\.?f\.?r\.? ?(?:§ ?)?200\.216", r"secure (?:and trusted communications )?networks act",
    r"prohibition on (?:contracting|a hardware|kaspersky)",
    r"representation regarding certain telecommunications",
    r"ausschlussklausel", r"verbotsklausel", r"clause d'exclusion", r"cláusula de (?:exclusión|prohibición)",
    r"調達方針及び調達手続に関する申合せ", r"申合せ",
)

#: A mention is in clause context when a clause marker starts within this many characters of it
#: on the same page (a clause paragraph names the vendors a few lines below its number/title).
CLAUSE_WINDOW = 400

_clause_cache: list[Any] = [None, None, None]  # [doc, mentions, flags]: one-slot memo per row


def _marker_starts(page_text: str) -> list[int]:
    return [m.start() for m in CLAUSE_MARKERS.finditer(page_text)]


def clause_context(doc: Document, mentions: Sequence[Mention]) -> list[bool]:
    """For each mention, whether a clause marker starts within CLAUSE_WINDOW characters of it.

    Memoised for the last (doc, mentions) pair: several features of one row ask in turn.
    """
    if _clause_cache[0] is doc and _clause_cache[1] is mentions:
        return _clause_cache[2]
    markers = {p.number: _marker_starts(p.text) for p in doc.pages}
    flags = []
    for m in mentions:
        starts = markers.get(m.page, ())
        i = bisect.bisect_left(starts, m.start - CLAUSE_WINDOW)
        flags.append(i < len(starts) and starts[i] <= m.end + CLAUSE_WINDOW)
    _clause_cache[:] = [doc, mentions, flags]
    return flags


def _is_scope(m: Mention) -> bool:
    """An in-scope signal that names no vendor: equipment, a classification code, a category."""
    return m.entity is None and (m.kind in (MentionKind.EQUIPMENT.value, MentionKind.CODE.value) or bool(m.category))


def clause_markers(doc: Document, mentions: Sequence[Mention]) -> float:
    """log1p of the number of clause markers (52.204-25, "covered telecommunications", NDAA, ...)."""
    return _log_count(sum(len(CLAUSE_MARKERS.findall(p.text)) for p in doc.pages))


def clause_share(doc: Document, mentions: Sequence[Mention]) -> float:
    """Share of mentions that sit in clause context (boilerplate), 0 when there are none."""
    flags = clause_context(doc, mentions)
    return sum(flags) / len(flags) if flags else 0.0


def scope_outside_clause(doc: Document, mentions: Sequence[Mention]) -> float:
    """log1p of equipment/code mentions outside clause context (what is actually being bought)."""
    flags = clause_context(doc, mentions)
    return _log_count(sum(1 for m, f in zip(mentions, flags) if not f and _is_scope(m)))


def restricted_outside_clause(doc: Document, mentions: Sequence[Mention]) -> float:
    """log1p of restricted-entity mentions outside clause context."""
    flags = clause_context(doc, mentions)
    return _log_count(sum(1 for m, f in zip(mentions, flags) if not f and m.entity))


#: Every fixed numeric feature, in column order. Changing this list invalidates trained models.
FEATURES: dict[str, Callable[[Document, Sequence[Mention]], float]] = {
    "mentions": mention_count,
    **{f"kind_{k}": _kind_count(k) for k in _KINDS},
    **{f"role_{r}": _role_count(r) for r in _ROLES},
    **{f"restricted_{r}": _restricted_role_count(r) for r in _ROLES},
    "distinct_entities": distinct_entities,
    "offered_restricted": offered_restricted,
    "prohibited_only": prohibited_only,
    "distinct_categories": distinct_categories,
    "code_hits": code_hits,
    "table_share": table_share,
    "page_count": page_count,
    "text_length": text_length,
    "ocr_share": ocr_share,
    "clause_markers": clause_markers,
    "clause_share": clause_share,
    "scope_outside_clause": scope_outside_clause,
    "restricted_outside_clause": restricted_outside_clause,
}

FEATURE_COLUMNS: tuple[str, ...] = tuple(FEATURES)

CATEGORY_PREFIX = "cat:"


def category_columns(categories: Iterable[str]) -> list[str]:
    """The category column names for a list of category ids (sorted, de-duplicated)."""
    return [CATEGORY_PREFIX + c for c in sorted(set(categories))]


def numeric_columns(categories: Iterable[str]) -> list[str]:
    """All numeric columns, in pipeline order: FEATURE_COLUMNS then the category columns."""
    return [*FEATURE_COLUMNS, *category_columns(categories)]


def policy_categories(policy: Any) -> list[str]:
    """Category ids a policy defines, tolerant of how the policy object exposes them.

    Accepts `policy.categories` as a mapping keyed by id, or a sequence of ids or of objects with
    an `id`. Returns [] when the policy has none (the model then has no category columns).
    """
    cats = getattr(policy, "categories", None) if policy is not None else None
    if not cats:
        return []
    if isinstance(cats, dict):
        return sorted(str(k) for k in cats)
    out = []
    for c in cats:
        out.append(str(c) if isinstance(c, str) else str(getattr(c, "id")))
    return sorted(set(out))


#: Features that look at the clauses themselves (every mention, with its clause context). Every
#: other feature is computed on the subject mentions only: a FAR 52.204-25 clause names Huawei,
#: ZTE, "telecommunications equipment" and "video surveillance" in every US solicitation, so its
#: mentions say nothing about what is bought. Counting its vendor names taught the model that a
#: document naming no vendor at all (a short notice) is less likely out of scope than one with
#: boilerplate, which is backwards.
CLAUSE_FEATURES = frozenset({"clause_markers", "clause_share", "scope_outside_clause", "restricted_outside_clause"})


def subject_mentions(doc: Document, mentions: Sequence[Mention]) -> list[Mention]:
    """The mentions that describe the purchase: all but those in clause context."""
    flags = clause_context(doc, mentions)
    return [m for m, f in zip(mentions, flags) if not f]


def feature_row(doc: Document, mentions: Sequence[Mention], categories: Sequence[str]) -> dict[str, float]:
    """The numeric features of one document, keyed by column name."""
    subject = subject_mentions(doc, mentions)
    row = {name: float(fn(doc, mentions if name in CLAUSE_FEATURES else subject)) for name, fn in FEATURES.items()}
    present = {m.category for m in subject if m.category}
    for c in sorted(set(categories)):
        row[CATEGORY_PREFIX + c] = 1.0 if c in present else 0.0
    return row


#: Text kept out of the vectorisers around each clause marker: from CLAUSE_BEFORE characters
#: before it to CLAUSE_AFTER after it (a clause's number or title, then its definitions).
CLAUSE_BEFORE = 100
CLAUSE_AFTER = 800


def strip_clauses(text: str) -> str:
    """`text` without the spans around clause markers (each span becomes one line break).

    Why: the restriction clauses are the same words in every solicitation ("telecommunications
    equipment", "video surveillance", Huawei, ZTE, ...). Left in, they make a janitorial
    solicitation read like a network tender to the word and character n-grams; the mention
    features still count what sat in them (clause_markers, clause_share).
    """
    spans: list[list[int]] = []
    for m in CLAUSE_MARKERS.finditer(text):
        lo, hi = max(0, m.start() - CLAUSE_BEFORE), m.end() + CLAUSE_AFTER
        if spans and lo <= spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], hi)
        else:
            spans.append([lo, hi])
    if not spans:
        return text
    out, pos = [], 0
    for lo, hi in spans:
        out.append(text[pos:lo])
        pos = hi
    out.append(text[pos:])
    return "\n".join(out)


def document_text(doc: Document, cap: int = TEXT_CAP) -> str:
    """The text the vectorisers see: the document text without clause spans, cut at `cap`."""
    text = strip_clauses(doc.text)
    return text if len(text) <= cap else text[:cap]


def to_frame(
    docs: Sequence[Document],
    mentions_per_doc: Sequence[Sequence[Mention]],
    categories: Sequence[str] = (),
    *,
    text_cap: int = TEXT_CAP,
) -> pd.DataFrame:
    """One row per document: a `text` column plus every numeric column (see `numeric_columns`)."""
    import pandas as pd

    if len(docs) != len(mentions_per_doc):
        raise ValueError(f"{len(docs)} documents but {len(mentions_per_doc)} mention lists")
    columns = numeric_columns(categories)
    rows = []
    for doc, mentions in zip(docs, mentions_per_doc):
        row: dict[str, Any] = feature_row(doc, mentions, categories)
        row["text"] = document_text(doc, text_cap)
        rows.append(row)
    return pd.DataFrame(rows, columns=["text", *columns])


def feature_docs(categories: Sequence[str] = ()) -> dict[str, str]:
    """Column name -> one-line description, for the card and the report."""
    docs = {name: (fn.__doc__ or "").strip().split("\n")[0] for name, fn in FEATURES.items()}
    for c in sorted(set(categories)):
        docs[CATEGORY_PREFIX + c] = f"1 when equipment category `{c}` was found, else 0."
    return docs
