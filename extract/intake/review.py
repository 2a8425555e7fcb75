"""Reviewers' decisions back into training data, and which documents to review next (issue 15).

Why here (intake/): both read the ledger, which the model stage may not import; intake may import
the model stage, so this is the lowest place that sees decisions, records and models.

Export: a reviewer's decision becomes a label a person decided. confirm keeps the verdict the
reviewer saw (restricted_vendor_named or in_scope_ict), clear means out_of_scope, escalate is no
label yet. Only the latest decision of each reviewer counts; when reviewers disagree the document
goes to conflicts.csv instead of being guessed. The bytes are copied by sha256 and checked again,
so the exported part trains on exactly what was decided, never on a file edited since.
"""

from __future__ import annotations

import csv
import os
import shutil
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from extract.errors import TriageError
from extract.intake.ledger import Ledger
from extract.model.classify import file_sha256
from extract.types import Label

R, I, O = Label.RESTRICTED.value, Label.IN_SCOPE.value, Label.OUT_OF_SCOPE.value

#: labels.csv columns of an exported part: what extract.model.data reads (file, label, language,
#: source, notes, part: the export folder's name, so training reports show the part by that name)
#: plus who decided, when, and the bytes' hash (kept for audits; training ignores them).
EXPORT_COLUMNS = ("file", "label", "language", "source", "notes", "part", "reviewer", "decided_at", "sha256")


def label_of(decision: dict[str, Any]) -> str | None:
    """The training label a decision gives, or None (escalate; a confirm of a verdict that is
    not a model label, e.g. unreadable)."""
    if decision["decision"] == "clear":
        return O
    if decision["decision"] == "confirm" and decision["verdict"] in (R, I, O):
        return decision["verdict"]
    return None


def latest_per_user(decisions: Sequence[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """By sha256: each reviewer's latest decision (ledger ids grow with time)."""
    out: dict[str, dict[str, dict[str, Any]]] = {}
    for d in sorted(decisions, key=lambda d: d["id"]):
        out.setdefault(d["sha256"], {})[d["user"]] = d
    return {sha: sorted(users.values(), key=lambda d: d["id"]) for sha, users in out.items()}


def stored_upload(storage: Path, sha256: str) -> Path:
    """Where `serve` keeps uploaded bytes: <storage>/<sha[:2]>/<sha256> (extract.serve.uploads)."""
    return storage / sha256[:2] / sha256


def _find_bytes(ledger: Ledger, sha256: str, storage: Path | None) -> tuple[Path | None, str]:
    """A file on disk whose bytes have this sha256, and the document's name; (None, name) when
    none is left (moved, edited, or a zip member whose archive holds other bytes)."""
    sources = ledger.document_sources(sha256)
    name = sources[0]["path"] if sources else ""
    candidates: list[Path] = []
    if storage is not None:
        candidates.append(stored_upload(storage, sha256))
    for s in sources:
        candidates += [Path(s["path"]), Path(s["file_path"])]
    for c in candidates:
        try:
            if c.is_file() and file_sha256(c) == sha256:
                return c, name
        except OSError:
            continue
    return None, name


def _write_csv(path: Path, header: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(rows)


def export_decisions(ledger_path: Path, out: Path, *, storage: Path | None = None,
                     base: Path | None = None) -> dict[str, Any]:
    """Write the decided documents of a ledger as a labelled part under `out`.

    out/labels.csv (EXPORT_COLUMNS), out/documents/<sha256><suffix> (the bytes), out/conflicts.csv
    (one row per reviewer's latest decision of each disputed document) and out/not_exported.csv
    (escalated, no label, bytes missing). `storage` is serve's upload folder (default
    <ledger>.uploads when it exists). `base` is the folder `train` resolves the `file` column
    against (the one holding parts.yaml; default `out`, a folder trained or evaluated on its own).
    Returns the counts and the lists.
    """
    ledger_path, out = Path(ledger_path), Path(out)
    if not ledger_path.is_file():
        raise TriageError(f"{ledger_path}: no such ledger")
    if out.exists() and not out.is_dir():
        raise TriageError(f"{out}: is a file, not a folder")
    if (out / "labels.csv").exists():
        raise TriageError(f"{out}: already holds a labels.csv (export into a new folder)")
    if storage is None:
        default = Path(str(ledger_path) + ".uploads")
        storage = default if default.is_dir() else None
    (out / "documents").mkdir(parents=True, exist_ok=True)
    labels, conflicts, skipped = [], [], []
    with Ledger(ledger_path) as ledger:
        for sha, latest in sorted(latest_per_user(ledger.decisions()).items()):
            outcomes = {(d["decision"], label_of(d)) for d in latest}
            if len(outcomes) > 1:
                name = (ledger.document_sources(sha) or [{"path": ""}])[0]["path"]
                conflicts += [(sha, name, d["user"], d["decision"], d["verdict"], d["decided_at"], d["note"])
                              for d in latest]
                continue
            d = latest[-1]
            label = label_of(d)
            src, name = _find_bytes(ledger, sha, storage)
            if label is None:
                skipped.append((sha, name, d["decision"], "escalated" if d["decision"] == "escalate"
                                else f"no training label for verdict {d['verdict']}"))
                continue
            if src is None:
                skipped.append((sha, name, d["decision"], "bytes missing (no stored file has this sha256)"))
                continue
            suffix = Path(name.split("!")[-1]).suffix.lower() or src.suffix.lower()
            target = out / "documents" / f"{sha}{suffix}"
            if not target.exists():
                shutil.copyfile(src, target)
            rel = Path(os.path.relpath(target, base)).as_posix() if base is not None else f"documents/{target.name}"
            reviewers = ",".join(x["user"] for x in latest)
            notes = " | ".join(x["note"] for x in latest if x["note"])
            labels.append((rel, label, "", "review", notes, out.name, reviewers, d["decided_at"], sha))
    _write_csv(out / "labels.csv", EXPORT_COLUMNS, labels)
    _write_csv(out / "conflicts.csv", ("sha256", "path", "user", "decision", "verdict", "decided_at", "note"), conflicts)
    _write_csv(out / "not_exported.csv", ("sha256", "path", "decision", "reason"), skipped)
    return {"exported": len(labels), "conflicts": len({c[0] for c in conflicts}), "not_exported": skipped,
            "labels": str(out / "labels.csv"), "counts": {lab: sum(1 for r in labels if r[1] == lab) for lab in (R, I, O)}}


def next_to_review(ledger_path: Path, n: int = 20) -> list[dict[str, Any]]:
    """The `n` undecided documents whose score is nearest their model's threshold.

    Why nearest the threshold: those are the verdicts the model is least sure of, so a decision
    there teaches the next model most. Ties go to the more novel document first: more of its
    entities never seen in a decided document, then fewer mentions (less the rules already cover).
    """
    if not Path(ledger_path).is_file():
        raise TriageError(f"{ledger_path}: no such ledger")
    with Ledger(ledger_path) as ledger:
        decided = set(ledger.current_decisions())
        records = ledger.queue()
    seen_entities = {e for r in records if r.get("sha256") in decided for e in r.get("entities") or ()}
    out, done = [], set()
    for r in records:
        sha = r.get("sha256")
        if not sha or sha in decided or sha in done or r.get("score") is None or r.get("threshold") is None:
            continue
        done.add(sha)
        distance = abs(float(r["score"]) - float(r["threshold"]))
        novel = len(set(r.get("entities") or ()) - seen_entities)
        out.append({"path": r.get("path", ""), "sha256": sha, "verdict": r.get("verdict"), "score": float(r["score"]),
                    "threshold": float(r["threshold"]), "distance": distance, "novel_entities": novel,
                    "mentions": len(r.get("mentions") or ())})
    out.sort(key=lambda x: (round(x["distance"], 6), -x["novel_entities"], x["mentions"], x["path"]))
    return out[:n]



