"""Write the precomputed ranges of extract.normalize._special into extract/normalize.py.

    python scripts/build_special_ranges.py [--check]

Why: computing the ranges asks unicodedata about every BMP character, which every command paid
at start-up. The table is keyed to the Unicode version of the Python that wrote it; run this
again with a Python whose `unicodedata.unidata_version` is the one most installs use, or after
changing what `_special` counts as special (tests/test_normalize_special.py fails until then).
With --check, exit 1 when the file's table differs from a fresh computation instead of writing.
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from extract.normalize import special_ranges

TARGET = REPO / "extract" / "normalize.py"
BLOCK = re.compile(r"(# BEGIN GENERATED[^\n]*\n)(.*?)(# END GENERATED\n)", re.DOTALL)


def generated_block() -> str:
    """The lines between the markers: the Unicode version and the ranges, wrapped for reading."""
    items = re.findall(r"\\u[0-9a-f]{4}(?:-\\u[0-9a-f]{4})?", special_ranges())
    lines = ["".join(items[i : i + 8]) for i in range(0, len(items), 8)]
    body = "\n".join(f'    r"{line}"' for line in lines)
    return f'_SPECIAL_UNIDATA = "{unicodedata.unidata_version}"\n_SPECIAL_RANGES = (\n{body}\n)\n'


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="compare, do not write")
    args = ap.parse_args(argv)
    text = TARGET.read_text(encoding="utf-8")
    m = BLOCK.search(text)
    if m is None:
        print(f"{TARGET}: no GENERATED block", file=sys.stderr)
        return 2
    new = text[: m.start(2)] + generated_block() + text[m.end(2) :]
    if args.check:
        if new != text:
            print(f"{TARGET}: the precomputed ranges are stale; run scripts/build_special_ranges.py", file=sys.stderr)
            return 1
        return 0
    TARGET.write_text(new, encoding="utf-8")
    print(f"wrote the ranges for Unicode {unicodedata.unidata_version} into {TARGET.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
