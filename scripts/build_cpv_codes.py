"""Build extract/policy/data/cpv_codes.tsv: the 9,454 codes of the CPV 2008 main vocabulary.

    python scripts/build_cpv_codes.py [--labels ../shared/domain/cpv_labels.tsv] [--check]

Why: the model's `other_codes` column counts the CPV codes of a document that are outside the
policy (a notice coded for works or cleaning). Counted by shape alone (eight digits in the ranges
of the CPV divisions), any order number, routing id or account number of that shape read as a
code for something else, and lowered the score of an ICT call-off whose e-invoicing routing id
(Leitweg-ID) starts with eight digits. A number is a code when the CPV has it.

Input: ../shared/domain/cpv_labels.tsv (source: OP-TED/eForms-SDK 1.15.1, commit
184afa7dd27d4c017eaf0b3ed345410e853425a4, translations/code_<lang>.xml; CC BY 4.0; the CPV itself
is Regulation (EC) No 213/2008). Output: one code per line, sorted, under a header that says so.
Deterministic: same input, same file, byte for byte; `--check` fails when the file differs.
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "extract" / "policy" / "data" / "cpv_codes.tsv"
HEADER = """# The codes of the CPV 2008 main vocabulary (Regulation (EC) No 213/2008), 8 digits without the
# check digit, one per line. Source: OP-TED/eForms-SDK release 1.15.1 (commit
# 184afa7dd27d4c017eaf0b3ed345410e853425a4), translations/code_<lang>.xml, CC BY 4.0, read through
# ../shared/domain/cpv_labels.tsv; built by scripts/build_cpv_codes.py. Reference data, not a
# policy file (never edited by hand, not part of the policy version): extract/policy/codes.py reads
# an eight-digit number as a CPV code only when it is listed here, for the policy's code mentions
# and the model's other_codes column. Part of the feature definition: changing this file changes
# what a trained model reads.
code
"""


def build(labels: Path) -> str:
    with labels.open(encoding="utf-8", newline="") as f:
        codes = sorted({row["code"] for row in csv.DictReader(f, delimiter="\t")})
    bad = [c for c in codes if len(c) != 8 or not c.isdigit()]
    if bad:
        raise SystemExit(f"{labels}: not 8-digit codes: {bad[:5]}")
    return HEADER + "".join(c + "\n" for c in codes)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--labels", type=Path, default=ROOT.parent / "shared" / "domain" / "cpv_labels.tsv")
    ap.add_argument("--check", action="store_true", help="fail when the file in the tree differs")
    args = ap.parse_args(argv)
    text = build(args.labels)
    if args.check:
        same = OUT.is_file() and OUT.read_text(encoding="utf-8") == text
        print(f"{OUT}: {'up to date' if same else 'differs'}")
        return 0 if same else 1
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT} ({text.count(chr(10)) - HEADER.count(chr(10))} codes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
