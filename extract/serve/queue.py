"""The review queue: one row per distinct document (sha256), filtered, in urgency order.

Why group by sha256: the same bytes arrive under several names (a bid e-mailed twice, a file in
two packages). A reviewer decides about the bytes once; the other names are shown with it.
Decisions are keyed by sha256 for the same reason (extract.intake.ledger).

Urgency: restricted vendor named, then in-scope ICT, then unreadable, then out of scope (the
report's order, extract.types.URGENCY); within each, documents nobody has decided on yet (or
whose verdict changed since their decision) come before decided ones, then by score, highest
first. Everything here is plain data for the templates and the API: no HTML is built in Python,
so Jinja2's autoescaping is the only way record text reaches a page.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from extract.intake.ledger import needs_another_look
from extract.report.view import (
    VERDICT_TITLES,
    Citation,
    citation,
    citations_by_subject,
    deciding_rule,
)
from extract.types import URGENCY

__all__ = [
    "DECIDED_CHOICES",
    "VERDICT_TITLES",
    "Citation",
    "Filters",
    "QueueItem",
    "apply_filters",
    "build_queue",
    "citation",
    "citations_by_subject",
    "deciding_rule",
    "record_regimes",
    "urgency",
]

DECIDED_CHOICES = ("", "no", "yes", "look")  # all, undecided (or needs another look), decided, needs another look


@dataclass(frozen=True, slots=True)
class Filters:
    """The queue's filters, as validated from the query string (unknown values are ignored)."""

    verdict: str = ""
    entity: str = ""
    regime: str = ""
    decided: str = ""
    q: str = ""

    @classmethod
    def from_query(cls, query: Mapping[str, str]) -> Filters:
        verdict = query.get("verdict", "")
        decided = query.get("decided", "")
        return cls(
            verdict=verdict if verdict in URGENCY else "",
            entity=str(query.get("entity", ""))[:100],
            regime=str(query.get("regime", ""))[:100],
            decided=decided if decided in DECIDED_CHOICES else "",
            q=str(query.get("q", ""))[:200],
        )


@dataclass(frozen=True, slots=True)
class QueueItem:
    """One distinct document in the queue."""

    sha256: str
    record: dict[str, Any]  # the most recent screening of these bytes
    names: tuple[str, ...]  # every name the bytes arrived under
    received: str  # first time any of them was stored
    decision: dict[str, Any] | None  # the current decision, if any
    needs_look: bool  # decided, but the verdict changed since
    regimes: tuple[str, ...]

    @property
    def decided(self) -> bool:
        return self.decision is not None and not self.needs_look

    @property
    def duplicates(self) -> int:
        return len(self.names) - 1

    def to_api(self) -> dict[str, Any]:
        """The record as the API returns it: the contract fields plus review state."""
        return dict(self.record, names=list(self.names), received=self.received, decision=self.decision,
                    needs_another_look=self.needs_look)


def record_regimes(record: Mapping[str, Any]) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for m in record.get("mentions") or []:
        for r in m.get("regimes") or []:
            seen[str(r)] = None
    return tuple(seen)


def build_queue(records: Iterable[dict[str, Any]], decisions: Mapping[str, dict[str, Any]]) -> list[QueueItem]:
    """Group the ledger's latest records by sha256 (records without a hash stay on their own)."""
    groups: dict[str, list[dict[str, Any]]] = {}
    for rec in records:
        key = rec.get("sha256") or f"path:{rec.get('path')}"
        groups.setdefault(key, []).append(rec)
    items = []
    for key, recs in groups.items():
        latest = max(recs, key=lambda r: (str(r.get("screened_at", "")), str(r.get("path", ""))))
        sha = str(latest.get("sha256") or "")
        decision = decisions.get(sha) if sha else None
        items.append(QueueItem(
            sha256=sha,
            record=latest,
            names=tuple(sorted({str(r.get("path", "")) for r in recs})),
            received=min(str(r.get("received", "")) for r in recs),
            decision=decision,
            needs_look=needs_another_look(decision, latest),
            regimes=record_regimes(latest),
        ))
    return sorted(items, key=urgency)


def urgency(item: QueueItem) -> tuple[int, int, float, str]:
    verdict = item.record.get("verdict")
    rank = URGENCY.index(verdict) if verdict in URGENCY else len(URGENCY)
    score = item.record.get("score")
    return (rank, 1 if item.decided else 0, -(float(score) if score is not None else 0.0), item.names[0] if item.names else "")


def apply_filters(items: Iterable[QueueItem], f: Filters) -> list[QueueItem]:
    out = []
    q = f.q.casefold()
    for item in items:
        rec = item.record
        if f.verdict and rec.get("verdict") != f.verdict:
            continue
        if f.entity and f.entity not in (rec.get("entities") or []):
            continue
        if f.regime and f.regime not in item.regimes:
            continue
        if f.decided == "yes" and not item.decided:
            continue
        if f.decided == "no" and item.decided:
            continue
        if f.decided == "look" and not item.needs_look:
            continue
        if q and not any(q in name.casefold() for name in item.names):
            continue
        out.append(item)
    return out
