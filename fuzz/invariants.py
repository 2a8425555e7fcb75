"""What must hold for every record, whatever the input: the checks the fuzzer applies.

Kept apart from the harness so the tests (test_fuzz_smoke, test_hostile_batch, test_limits) hold
records to exactly the same contract. Each check returns a list of human-readable violations
(empty when all is well) rather than raising, so one input can report several problems.
"""

from __future__ import annotations

import hashlib
import json
import math
from typing import Any

from extract.intake.record import CONTRACT_FIELDS
from extract.types import FLAGGED_LABELS, Label, MentionKind, Role, Status

STATUSES = {s.value for s in Status}
VERDICTS = {lab.value for lab in Label}
KINDS = {k.value for k in MentionKind}
ROLES = {r.value for r in Role}

#: Messages that mean our own code failed on the input (the runner's safety nets caught it).
#: Parse errors from a library on garbage are expected; these are not.
CRASH_MARKERS = ("internal error while screening", "worker process died")

_TYPES: dict[str, tuple[type, ...]] = {
    "path": (str,),
    "sha256": (str,),
    "status": (str,),
    "error": (str, type(None)),
    "pages": (int, type(None)),
    "verdict": (str,),
    "flag": (bool,),
    "score": (float, int, type(None)),
    "entities": (list,),
    "categories": (list,),
    "mentions": (list,),
    "model": (str,),
    "policy": (str,),
}

_MENTION_TYPES: dict[str, tuple[type, ...]] = {
    "entity": (str, type(None)),
    "kind": (str,),
    "text": (str,),
    "page": (int,),
    "line": (int,),
    "start": (int,),
    "end": (int,),
    "role": (str,),
    "snippet": (str,),
    "regimes": (list,),
}


def check_record(rec: dict[str, Any]) -> list[str]:
    """Contract fields, types, and the status/verdict/flag rules of ../shared/DESIGN.md."""
    out: list[str] = []
    where = repr(rec.get("path"))[:120]
    for name in CONTRACT_FIELDS:
        if name not in rec:
            out.append(f"{where}: missing field {name!r}")
        elif not isinstance(rec[name], _TYPES[name]) or (name != "flag" and isinstance(rec[name], bool)):
            out.append(f"{where}: field {name!r} has type {type(rec[name]).__name__}")
    if out:
        return out
    status, verdict, error = rec["status"], rec["verdict"], rec["error"]
    if status not in STATUSES:
        out.append(f"{where}: unknown status {status!r}")
    if verdict not in VERDICTS:
        out.append(f"{where}: unknown verdict {verdict!r}")
    if status != Status.OK.value:
        if verdict != Label.UNREADABLE.value or rec["flag"] is not True:
            out.append(f"{where}: status {status} but verdict {verdict} flag {rec['flag']}")
        if not error or "\n" in error:
            out.append(f"{where}: status {status} without a one-line error message: {error!r}")
        if rec["mentions"]:
            out.append(f"{where}: unreadable document carries mentions")
    elif verdict == Label.UNREADABLE.value:
        out.append(f"{where}: status ok but verdict unreadable")
    if rec["flag"] != (verdict in FLAGGED_LABELS):
        out.append(f"{where}: flag {rec['flag']} does not follow verdict {verdict}")
    score = rec["score"]
    if score is not None and not (math.isfinite(score) and 0.0 <= score <= 1.0):
        out.append(f"{where}: score {score!r} is not a probability")
    if rec["pages"] is not None and rec["pages"] < 1:
        out.append(f"{where}: pages {rec['pages']}")
    if len(rec["sha256"]) != 64 or any(c not in "0123456789abcdef" for c in rec["sha256"]):
        out.append(f"{where}: sha256 {rec['sha256']!r} is not a hex digest")
    for key in ("entities", "categories"):
        values = rec[key]
        if not all(isinstance(v, str) for v in values) or values != sorted(set(values)):
            out.append(f"{where}: {key} not sorted unique strings: {values!r}")
    for m in rec["mentions"]:
        out.extend(_check_mention(where, m, rec))
    try:
        json.dumps(rec, allow_nan=False, ensure_ascii=False)
    except (TypeError, ValueError) as exc:
        out.append(f"{where}: record is not strict JSON: {exc}")
    return out


def _check_mention(where: str, m: Any, rec: dict[str, Any]) -> list[str]:
    if not isinstance(m, dict):
        return [f"{where}: mention is {type(m).__name__}, not an object"]
    out = []
    for name, types in _MENTION_TYPES.items():
        if name not in m:
            out.append(f"{where}: mention missing {name!r}")
        elif not isinstance(m[name], types):
            out.append(f"{where}: mention field {name!r} has type {type(m[name]).__name__}")
    if out:
        return out
    if m["kind"] not in KINDS:
        out.append(f"{where}: mention kind {m['kind']!r}")
    if m["role"] not in ROLES:
        out.append(f"{where}: mention role {m['role']!r}")
    if not (0 <= m["start"] < m["end"]) or m["page"] < 1 or m["line"] < 1:
        out.append(f"{where}: mention span page {m['page']} line {m['line']} [{m['start']}:{m['end']}]")
    if rec["pages"] is not None and m["page"] > rec["pages"]:
        out.append(f"{where}: mention on page {m['page']} of {rec['pages']}")
    if m["entity"] is not None and m["entity"] not in rec["entities"]:
        out.append(f"{where}: mention entity {m['entity']!r} not in entities")
    return out


def check_offsets(rec: dict[str, Any], page_texts: list[str]) -> list[str]:
    """Every mention points at exactly its characters: `page_text[start:end] == text`."""
    out = []
    for m in rec.get("mentions", []):
        p = m.get("page", 0)
        if not 1 <= p <= len(page_texts):
            out.append(f"{rec['path']!r}: mention page {p} outside 1..{len(page_texts)}")
            continue
        text = page_texts[p - 1]
        if text[m["start"]:m["end"]] != m["text"]:
            out.append(f"{rec['path']!r}: page {p}[{m['start']}:{m['end']}] is {text[m['start']:m['end']]!r}, mention says {m['text']!r}")
        elif m["line"] > text.count("\n") + 1:
            out.append(f"{rec['path']!r}: mention line {m['line']} past the page's last line")
    return out


def check_input_records(records: list[dict[str, Any]], path: str, data: bytes) -> list[str]:
    """Per-input rules: at least one record, each belongs to this input, no crash markers, and a
    non-archive input is exactly one record carrying the input's own hash."""
    if not records:
        return [f"{path!r}: no record at all (document lost)"]
    out = []
    for rec in records:
        out.extend(check_record(rec))
        rp = rec.get("path")
        if not isinstance(rp, str) or not (rp == path or rp.startswith(path + "!")):
            out.append(f"record path {rp!r} does not belong to input {path!r}")
        err = rec.get("error") or ""
        if any(marker in err for marker in CRASH_MARKERS):
            out.append(f"{rp!r}: crash caught by the runner: {err}")
    members = [r for r in records if r.get("path") != path]
    if not members:
        if len(records) != 1:
            out.append(f"{path!r}: {len(records)} records for a single document")
        elif records[0].get("sha256") != hashlib.sha256(data).hexdigest():
            out.append(f"{path!r}: sha256 is not the hash of the input bytes")
    return out
