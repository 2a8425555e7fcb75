"""Bring the shared notice pool into training_data/ as its own part (`notices/notices.jsonl.gz`).

Why: the seed documents are written by the team, so a model trained on them alone learns the
team's phrasing. ../shared/pool/notices.jsonl holds 11,565 real public procurement notices (7
sources, 25 languages) with the classification codes their publishers gave them. They are real
wording from real buyers, labelled weakly by those codes (see training_data/notices/README.md and
`extract.training` for how a label is derived from the codes through the policy's CPV tiers).

What this script does, and nothing more: check the pool's sha256 against the one its README
states, keep every field of every notice unchanged (id, source, path, commit, language, country,
date, title, description, codes, buyer: the provenance travels with each row), and write them
gzip-compressed with a fixed timestamp so a rebuild is byte-identical. Labels are NOT written here:
they are derived at training time from the codes, so a policy change (a code moved in or out of
scope) relabels the part without rebuilding it.

    python training_data/tools/build_notices.py [--pool ../shared/pool/notices.jsonl]
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import io
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "notices" / "notices.jsonl.gz"
DEFAULT_POOL = HERE.parents[2] / "shared" / "pool" / "notices.jsonl"
POOL_SHA256 = "559a2bec567513de33ff354c72da8d6a3ba48bbaa79d054a58f0c93dcdf019a1"
FIELDS = ("id", "source", "path", "commit", "language", "country", "date", "title", "description", "codes", "buyer")


def build(pool: Path, out: Path = OUT) -> int:
    raw = pool.read_bytes()
    digest = hashlib.sha256(raw).hexdigest()
    if digest != POOL_SHA256:
        raise SystemExit(f"{pool}: sha256 {digest} is not the pool's published {POOL_SHA256}; refusing to build")
    lines = []
    seen: set[str] = set()
    for n, line in enumerate(raw.decode("utf-8").splitlines(), 1):
        if not line.strip():
            continue
        row = json.loads(line)
        missing = [f for f in FIELDS if f not in row]
        if missing:
            raise SystemExit(f"{pool}:{n}: missing field(s) {', '.join(missing)}")
        if row["id"] in seen:
            raise SystemExit(f"{pool}:{n}: id {row['id']!r} repeated")
        seen.add(row["id"])
        lines.append(json.dumps({f: row[f] for f in FIELDS}, ensure_ascii=False, sort_keys=False))
    buf = io.BytesIO()
    with gzip.GzipFile(filename="notices.jsonl", mode="wb", fileobj=buf, mtime=0, compresslevel=9) as gz:
        gz.write(("\n".join(lines) + "\n").encode("utf-8"))
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(buf.getvalue())
    return len(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--pool", type=Path, default=DEFAULT_POOL)
    a = ap.parse_args(argv)
    if not a.pool.is_file():
        print(f"{a.pool}: not found (the shared notice pool)", file=sys.stderr)
        return 2
    n = build(a.pool)
    print(f"wrote {OUT} ({n} notices, {OUT.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
