"""One output record per document: the output contract of `tender-triage scan`.

The field names are fixed by ../shared/DESIGN.md (tools and evaluations read them); fields may be
added, never renamed. Everything that writes JSONL, CSV, HTML or the ledger starts from the dict
built here, so the formats cannot drift apart.
"""

from __future__ import annotations

from typing import Any, Iterable

from extract.types import Document, Mention, Verdict

#: The contract fields, in output order. Extra fields follow them.
CONTRACT_FIELDS = (
    "path",
    "sha256",
    "status",
    "error",
    "pages",
    "verdict",
    "flag",
    "score",
    "entities",
    "categories",
    "mentions",
    "model",
    "policy",
)


def build_record(
    doc: Document,
    mentions: Iterable[Mention],
    verdict: Verdict,
    *,
    model_id: str,
    policy_version: str,
    seconds: float | None = None,
) -> dict[str, Any]:
    """The JSON-ready record for one document.

    `entities` lists restricted entities mentioned in any role (prohibited ones too: a reviewer
    wants to know a clause names Huawei), sorted; `categories` likewise for equipment categories.
    """
    mentions = list(mentions)
    entities = sorted({m.entity for m in mentions if m.entity})
    categories = sorted({m.category for m in mentions if m.category})
    ocr_pages = [p.number for p in doc.pages if p.ocr]
    record: dict[str, Any] = {
        "path": doc.path,
        "sha256": doc.sha256,
        "status": doc.status,
        "error": doc.error,
        "pages": doc.page_count,
        "verdict": verdict.label,
        "flag": bool(verdict.flag),
        "score": None if verdict.score is None else round(float(verdict.score), 6),
        "entities": entities,
        "categories": categories,
        "mentions": [m.to_dict() for m in mentions],
        "model": model_id,
        "policy": policy_version,
        # additions beyond the contract
        "format": doc.format,
        "size": doc.size,
        "threshold": verdict.threshold,
        "reasons": list(verdict.reasons),
    }
    if ocr_pages:
        record["ocr_pages"] = ocr_pages
        if doc.meta("ocr_engine"):  # Tesseract or RapidOCR read those pages (they differ: benchmarks/RESULTS.md)
            record["ocr_engine"] = doc.meta("ocr_engine")
    email = _email(doc)
    if email:
        record["email"] = email
    if seconds is not None:
        record["seconds"] = round(seconds, 4)
    return record


def _email(doc: Document) -> dict[str, str]:
    """Sender, recipients, subject and date of the mail a document is or came in (the parser's
    `email_*` metadata; the innermost mail's come first), for a reviewer to see who sent it."""
    out: dict[str, str] = {}
    for key, value in doc.metadata:
        if key.startswith("email_"):
            out.setdefault(key[len("email_"):], value)
    return out


def is_readable(record: dict[str, Any]) -> bool:
    return record.get("status") == "ok"
