"""Merge the generators' label parts (tools/parts/labels_*.csv) into training_data/labels.csv.

Why: `tender-triage train` reads exactly one label file, so a row can never be counted twice, and
data staff add real documents to that one file. Each seed generator keeps writing its own part so
that regenerating one set never touches another's rows; this script rebuilds labels.csv from the
parts plus any row of the current labels.csv whose file no part lists (rows added by hand).
Parts: labels_a.csv (build_a.py), labels_b.csv (build_b.py) and labels_d.csv (build_d.py); every
tools/parts/labels_*.csv is read, so a new part needs no code here.

Run:  python training_data/tools/merge_labels.py     (rows sorted by file; refuses duplicates)
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PARTS = ROOT / "tools" / "parts"
OUT = ROOT / "labels.csv"
COLUMNS = ["file", "label", "language", "source", "notes"]


def read(path: Path) -> list[dict[str, str]]:
    with open(path, newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        if reader.fieldnames != COLUMNS:
            sys.exit(f"{path}: columns {reader.fieldnames}, expected {COLUMNS}")
        return list(reader)


def main() -> int:
    rows: dict[str, dict[str, str]] = {}
    for part in sorted(PARTS.glob("labels_*.csv")):
        for row in read(part):
            if row["file"] in rows:
                sys.exit(f"{part}: {row['file']} is listed twice")
            rows[row["file"]] = row
    kept = 0
    if OUT.is_file():
        for row in read(OUT):
            if row["file"] not in rows:
                rows[row["file"]] = row
                kept += 1
    with open(OUT, "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=COLUMNS, lineterminator="\n")
        w.writeheader()
        w.writerows(rows[k] for k in sorted(rows))
    print(f"{OUT}: {len(rows)} rows ({kept} kept from hand-added rows)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
