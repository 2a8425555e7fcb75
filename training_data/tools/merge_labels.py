"""Merge the generators' label parts (tools/parts/labels_*.csv) into training_data/labels.csv.

Why: `tender-triage train` reads exactly one label file, so a row can never be counted twice, and
data staff add real documents to that one file. Each seed generator keeps writing its own part so
that regenerating one set never touches another's rows; this script rebuilds labels.csv from the
parts plus the rows of the current labels.csv that no part lists (rows added by hand).
Parts: labels_a.csv (build_a.py), labels_b.csv (build_b.py) and labels_d.csv (build_d.py); every
tools/parts/labels_<x>.csv is read, so a new part (e.g. labels_e.csv) needs no code here.

The `part` column says where a row comes from, so that training can keep the documents of one
part together (e.g. as cross-validation groups):
  * a generated row gets the <x> of its labels_<x>.csv (`a`, `b`, `d`, ...). Part files have the
    five columns file,label,language,source,notes (a `part` column, if a part file has one, must
    say the same letter).
  * a row added by hand to labels.csv keeps its own `part` value; an empty one becomes `staff`.
    Single lower-case letters are reserved for generated parts: give hand-added rows a longer
    name (`staff`, `staff-2027-03`, a portal name, ...).
  * a row of labels.csv that names a generated part (a single letter) but is no longer listed in
    any part file is stale (its generator renamed or dropped the document) and is removed; so is
    a row of a labels.csv written before the `part` column existed whose file is gone.

Run:  python training_data/tools/merge_labels.py     (rows sorted by file; refuses duplicates)
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PARTS = ROOT / "tools" / "parts"
OUT = ROOT / "labels.csv"
PART_FIELDS = ["file", "label", "language", "source", "notes"]  # what a generator writes
COLUMNS = PART_FIELDS + ["part"]  # what labels.csv holds
DEFAULT_PART = "staff"
GENERATED = re.compile(r"[a-z]")  # the part name of a generated row: one lower-case letter
PART_FILE = re.compile(r"labels_(.+)\.csv")


class MergeError(Exception):
    pass


def read(path: Path, allowed: tuple[list[str], ...]) -> list[dict[str, str]]:
    with open(path, newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        if reader.fieldnames not in allowed:
            raise MergeError(f"{path}: columns {reader.fieldnames}, expected {' or '.join(map(str, allowed))}")
        return list(reader)


def merge(parts: Path = PARTS, out: Path = OUT) -> tuple[int, int, list[str], list[str]]:
    """Rewrite `out` from the part files in `parts` and the hand-added rows of `out`.

    Returns (rows written, hand-added rows kept, files of the stale rows removed, files of kept
    hand-added rows that are not on disk)."""
    rows: dict[str, dict[str, str]] = {}
    for path in sorted(parts.glob("labels_*.csv")):
        m = PART_FILE.fullmatch(path.name)
        name = m.group(1) if m else ""
        if not GENERATED.fullmatch(name):
            raise MergeError(f"{path}: a part file is named labels_<x>.csv with <x> one lower-case letter")
        for row in read(path, (PART_FIELDS, COLUMNS)):
            if row.get("part", name) not in (name, ""):
                raise MergeError(f"{path}: {row['file']}: part {row['part']!r}, but the file is part {name!r}")
            if row["file"] in rows:
                raise MergeError(f"{path}: {row['file']} is listed twice")
            rows[row["file"]] = {**row, "part": name}
    kept, stale, missing = 0, [], []
    if out.is_file():
        current = read(out, (PART_FIELDS, COLUMNS))
        legacy = bool(current) and "part" not in current[0]  # written before the part column
        for row in current:
            if row["file"] in rows:
                continue
            part = (row.get("part") or "").strip()
            on_disk = (out.parent / row["file"].split("!", 1)[0]).is_file()
            if GENERATED.fullmatch(part) or (legacy and not on_disk):
                stale.append(row["file"])
                continue
            rows[row["file"]] = {**row, "part": part or DEFAULT_PART}
            kept += 1
            if not on_disk:
                missing.append(row["file"])
    with open(out, "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=COLUMNS, lineterminator="\n")
        w.writeheader()
        w.writerows(rows[k] for k in sorted(rows))
    return len(rows), kept, stale, missing


def main() -> int:
    try:
        n, kept, stale, missing = merge()
    except MergeError as e:
        sys.exit(str(e))
    print(f"{OUT}: {n} rows ({kept} kept from hand-added rows, {len(stale)} stale generated rows removed)")
    for f in stale[:10]:
        print(f"  removed stale row: {f}")
    if len(stale) > 10:
        print(f"  ... and {len(stale) - 10} more")
    for f in missing:
        print(f"  warning: hand-added row kept, but its file is not there: {f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
