"""training_data/tools/merge_labels.py: the label parts become one labels.csv with a `part` column.

Why: training reads only labels.csv, and groups documents by the part they come from; hand-added
rows must survive a merge with their own part, and rows a generator no longer writes must not.
"""

from __future__ import annotations

import csv
import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("merge_labels", ROOT / "training_data" / "tools" / "merge_labels.py")
ml = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(ml)

FIVE = ["file", "label", "language", "source", "notes"]


def write(path: Path, header: list[str], rows: list[list[str]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def read(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    with open(path, newline="", encoding="utf-8") as fh:
        r = csv.DictReader(fh)
        return list(r.fieldnames or []), list(r)


def row(file: str, label: str = "out_of_scope", notes: str = "") -> list[str]:
    return [file, label, "en", "seed", notes]


@pytest.fixture
def data(tmp_path: Path) -> Path:
    parts = tmp_path / "tools" / "parts"
    write(parts / "labels_a.csv", FIVE, [row("documents/en/a-2.txt"), row("documents/en/a-1.txt", "in_scope_ict")])
    write(parts / "labels_d.csv", FIVE, [row("documents/es/d-1.txt", notes='quoted, "notes"')])
    write(parts / "labels_e.csv", FIVE, [row("documents/ja/e-1.txt", "restricted_vendor_named")])
    return tmp_path


def test_parts_merge_with_their_letter_sorted_by_file(data: Path) -> None:
    out = data / "labels.csv"
    n, kept, stale, missing = ml.merge(data / "tools" / "parts", out)
    header, rows = read(out)
    assert header == ["file", "label", "language", "source", "notes", "part"]
    assert (n, kept, stale, missing) == (4, 0, [], [])
    assert [(r["file"], r["part"]) for r in rows] == [
        ("documents/en/a-1.txt", "a"), ("documents/en/a-2.txt", "a"),
        ("documents/es/d-1.txt", "d"), ("documents/ja/e-1.txt", "e"),
    ]
    assert rows[2]["notes"] == 'quoted, "notes"'


def test_hand_rows_keep_their_part_and_stale_rows_go(data: Path) -> None:
    out = data / "labels.csv"
    (data / "documents" / "en").mkdir(parents=True)
    (data / "documents" / "en" / "real.pdf").write_bytes(b"%PDF")
    (data / "documents" / "en" / "legacy.txt").write_text("x", encoding="utf-8")
    write(out, FIVE + ["part"], [
        row("documents/en/real.pdf") + ["portal-x"],           # hand-added, own part
        row("documents/en/blank.txt") + [""],                  # hand-added, no part, file not there yet
        row("documents/en/a-1.txt", "out_of_scope") + ["a"],   # listed again by part a: the part wins
        row("documents/en/a-9.txt") + ["a"],                   # part a no longer lists it: stale
        row("documents/nb/c-1.txt") + ["c"],                   # its part was removed: stale
    ])
    n, kept, stale, missing = ml.merge(data / "tools" / "parts", out)
    _, rows = read(out)
    by_file = {r["file"]: r for r in rows}
    assert by_file["documents/en/real.pdf"]["part"] == "portal-x"
    assert by_file["documents/en/blank.txt"]["part"] == ml.DEFAULT_PART == "staff"
    assert by_file["documents/en/a-1.txt"]["label"] == "in_scope_ict" and by_file["documents/en/a-1.txt"]["part"] == "a"
    assert sorted(stale) == ["documents/en/a-9.txt", "documents/nb/c-1.txt"]
    assert missing == ["documents/en/blank.txt"]
    assert (n, kept) == (6, 2)
    # a labels.csv written before the part column: rows whose file exists are hand-added rows
    write(out, FIVE, [row("documents/en/legacy.txt"), row("documents/en/gone.txt")])
    n, kept, stale, _ = ml.merge(data / "tools" / "parts", out)
    _, rows = read(out)
    assert {r["file"]: r["part"] for r in rows}["documents/en/legacy.txt"] == "staff"
    assert stale == ["documents/en/gone.txt"] and kept == 1


def test_a_second_merge_changes_nothing(data: Path) -> None:
    out = data / "labels.csv"
    ml.merge(data / "tools" / "parts", out)
    first = out.read_bytes()
    ml.merge(data / "tools" / "parts", out)
    assert out.read_bytes() == first


def test_refusals(data: Path) -> None:
    parts = data / "tools" / "parts"
    write(parts / "labels_b.csv", FIVE, [row("documents/en/a-1.txt")])
    with pytest.raises(ml.MergeError, match="listed twice"):
        ml.merge(parts, data / "labels.csv")
    write(parts / "labels_b.csv", FIVE + ["part"], [row("documents/en/b-1.txt") + ["d"]])
    with pytest.raises(ml.MergeError, match="part 'd', but the file is part 'b'"):
        ml.merge(parts, data / "labels.csv")
    (parts / "labels_b.csv").unlink()
    write(parts / "labels_b.csv", ["file", "label"], [["documents/en/b-1.txt", "out_of_scope"]])
    with pytest.raises(ml.MergeError, match="columns"):
        ml.merge(parts, data / "labels.csv")
    (parts / "labels_b.csv").unlink()
    write(parts / "labels_extra.csv", FIVE, [row("documents/en/x-1.txt")])
    with pytest.raises(ml.MergeError, match="one lower-case letter"):
        ml.merge(parts, data / "labels.csv")
