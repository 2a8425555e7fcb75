"""What the static report and the review service both print about a record, as plain data.

Why here (the report stage) and not in extract/serve: the service comes after the report and
reads its templates (extract/report/templates), so the words both show (verdict titles, the rule
that decided, regimes as citations) are computed once, here, and the two pages cannot drift
apart. Nothing here builds HTML: Jinja2's autoescaping stays the only way record text reaches a
page.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

VERDICT_TITLES = {
    "restricted_vendor_named": "Restricted vendor named",
    "in_scope_ict": "In-scope ICT",
    "unreadable": "Unreadable",
    "out_of_scope": "Out of scope",
}


def deciding_rule(record: Mapping[str, Any]) -> str:
    """Why the verdict: the first reason the classifier gave (a rule, or the model's score)."""
    reasons = record.get("reasons") or []
    if reasons:
        return str(reasons[0])
    if record.get("error"):
        return str(record["error"])
    return ""


def policy_labels(policy: Any) -> tuple[dict[str, Any], dict[str, str]]:
    """({regime key: Regime}, {entity id: name}) of a Policy: what the pages need to cite regimes
    and name entities (`citations_by_subject`), for the static report and the service alike."""
    return dict(policy.regimes), {k: e.name for k, e in policy.entities.items()}


@dataclass(frozen=True, slots=True)
class Citation:
    """A regime as a reviewer cites it (from the policy's regimes.yaml)."""

    key: str
    jurisdiction: str
    instrument: str
    date: str
    scope: str
    source: str


def citation(key: str, regimes: Mapping[str, Any]) -> Citation:
    """The regime `key` as a citation; a key the policy at hand does not have is shown as itself."""
    r = regimes.get(key)
    if r is None:
        return Citation(key=key, jurisdiction="", instrument=key, date="", scope="", source="")
    return Citation(key=key, jurisdiction=r.jurisdiction, instrument=r.instrument, date=str(r.date), scope=r.scope,
                    source=r.source if str(r.source).startswith(("https://", "http://")) else "")


def citations_by_subject(record: Mapping[str, Any], regimes: Mapping[str, Any],
                         names: Mapping[str, str] | None = None) -> list[tuple[str, list[Citation]]]:
    """Each entity (then each category) once, with the regimes its mentions were reported under.

    Why once per subject: the same regime keys repeated on every mention row were what made a
    report of 11 documents need four screens (issue 14).
    """
    names = names or {}
    subjects: dict[str, dict[str, None]] = {}
    for m in record.get("mentions") or []:
        subject = m.get("entity") or m.get("category")
        if not subject:
            continue
        keys = subjects.setdefault(str(subject), {})
        for r in m.get("regimes") or []:
            keys[str(r)] = None
    entities = [s for s in subjects if s in (record.get("entities") or [])]
    others = [s for s in subjects if s not in entities]
    return [(names.get(s, s), [citation(k, regimes) for k in subjects[s]]) for s in entities + others if subjects[s]]
