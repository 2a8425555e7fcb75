"""The held-out sets under evaluation/ are well formed: every labelled file exists, every document
is labelled, labels are model labels, and each set keeps both sides of the line it measures.

Why: `tender-triage evaluate` skips what it cannot read and says so, but a set that silently lost
its purchases, or a document nobody labelled, would change the figures quoted in
evaluation/README.md without anyone noticing.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SETS = sorted(p.parent for p in (ROOT / "evaluation").glob("*/labels.csv"))
LABELS = {"restricted_vendor_named", "in_scope_ict", "out_of_scope"}


def test_there_is_a_held_out_set() -> None:
    assert SETS, "no evaluation/<set>/labels.csv"


@pytest.mark.parametrize("folder", SETS, ids=lambda p: p.name)
def test_a_held_out_set_labels_each_of_its_documents_once(folder: Path) -> None:
    with open(folder / "labels.csv", newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    files = [r["file"] for r in rows]
    assert len(files) == len(set(files)), "a document is labelled twice"
    assert {r["label"] for r in rows} <= LABELS
    assert [f for f in files if not (folder / f).is_file()] == []
    on_disk = {p.relative_to(folder).as_posix() for p in (folder / "documents").rglob("*") if p.is_file()}
    assert on_disk - set(files) == set(), "documents nobody labelled"
    flagged = sum(r["label"] != "out_of_scope" for r in rows)
    assert 0 < flagged < len(rows), "a set needs documents on both sides of the line"
