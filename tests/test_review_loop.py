"""`review export` and `review next`: decisions into a labelled part, the next documents to review."""

from __future__ import annotations

import csv
import hashlib
from pathlib import Path

import pytest

import toy_corpus as tc
from extract import cli
from extract.intake.ledger import Ledger
from extract.intake.review import export_decisions, next_to_review, stored_upload
from extract.model.data import load_labelled

R, I, O = "restricted_vendor_named", "in_scope_ict", "out_of_scope"


def _record(path: str, data: bytes, verdict: str, score: float, entities=(), mentions=0, threshold=0.3):
    return {"path": path, "sha256": hashlib.sha256(data).hexdigest(), "status": "ok", "verdict": verdict,
            "flag": verdict != O, "score": score, "threshold": threshold, "entities": list(entities),
            "mentions": [{"entity": e} for e in entities] + [{}] * max(0, mentions - len(entities)), "model": "m@1", "policy": "p"}


def _store(db: Ledger, path: Path, text: str, verdict: str, score: float, **kw) -> str:
    data = text.encode()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    rec = _record(str(path), data, verdict, score, **kw)
    db.store(str(path), rec["sha256"], [rec], model="m@1", policy="p")
    return rec["sha256"]


def _decide(db: Ledger, sha: str, decision: str, user: str, verdict: str, note: str = "") -> None:
    db.decide(sha, decision, user=user, model="m@1", policy="p", verdict=verdict, note=note)


@pytest.fixture
def ledger(tmp_path):
    """A ledger with scanned files and one upload, and decisions of every kind."""
    docs = tmp_path / "in"
    path = tmp_path / "scan.db"
    shas = {}
    with Ledger(path) as db:
        shas["huawei"] = _store(db, docs / "huawei.txt", tc.RESTRICTED[0], R, 0.9)
        shas["camera"] = _store(db, docs / "camera.txt", tc.IN_SCOPE[1], I, 0.7)
        shas["janitor"] = _store(db, docs / "janitor.txt", tc.OUT_OF_SCOPE[4], I, 0.35)
        shas["esc"] = _store(db, docs / "esc.txt", tc.RESTRICTED[1], R, 0.8)
        shas["dispute"] = _store(db, docs / "dispute.txt", tc.RESTRICTED[2], R, 0.6)
        shas["edited"] = _store(db, docs / "edited.txt", tc.RESTRICTED[3], R, 0.6)
        (docs / "edited.txt").write_text("changed since the scan")
        # An upload: the ledger names it, serve's storage holds the bytes under their hash.
        up = tc.RESTRICTED[4].encode()
        up_sha = hashlib.sha256(up).hexdigest()
        rec = _record("bid.txt", up, R, 0.95)
        db.store(f"upload/{up_sha}/bid.txt", up_sha, [rec], model="m@1", policy="p")
        store = stored_upload(Path(str(path) + ".uploads"), up_sha)
        store.parent.mkdir(parents=True)
        store.write_bytes(up)
        shas["upload"] = up_sha

        _decide(db, shas["huawei"], "confirm", "ann", R)
        _decide(db, shas["camera"], "confirm", "ann", I)
        _decide(db, shas["janitor"], "confirm", "bob", I)  # bob changes his mind: the latest counts
        _decide(db, shas["janitor"], "clear", "bob", I, note="clause only")
        _decide(db, shas["esc"], "escalate", "ann", R)
        _decide(db, shas["dispute"], "confirm", "ann", R)
        _decide(db, shas["dispute"], "clear", "bob", R)
        _decide(db, shas["edited"], "confirm", "ann", R)
        _decide(db, shas["upload"], "confirm", "bob", R)
    return path, shas


def _rows(path: Path) -> list[dict[str, str]]:
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def test_export_turns_decisions_into_labels(ledger, tmp_path, capsys):
    path, shas = ledger
    out = tmp_path / "part"
    assert cli.main(["review", "export", "--db", str(path), "--out", str(out)]) == 0
    labels = {r["sha256"]: r for r in _rows(out / "labels.csv")}
    assert {s: r["label"] for s, r in labels.items()} == {
        shas["huawei"]: R, shas["camera"]: I, shas["janitor"]: O, shas["upload"]: R}
    assert labels[shas["janitor"]]["reviewer"] == "bob" and labels[shas["janitor"]]["notes"] == "clause only"
    for sha, row in labels.items():  # the bytes are there, under their hash, and are the decided bytes
        copied = out / row["file"]
        assert copied.name.startswith(sha) and hashlib.sha256(copied.read_bytes()).hexdigest() == sha
    conflicts = _rows(out / "conflicts.csv")
    assert {(c["sha256"], c["user"], c["decision"]) for c in conflicts} == {
        (shas["dispute"], "ann", "confirm"), (shas["dispute"], "bob", "clear")}
    missing = {r["sha256"]: r["reason"] for r in _rows(out / "not_exported.csv")}
    assert set(missing) == {shas["esc"], shas["edited"]}
    assert "escalated" in missing[shas["esc"]] and "missing" in missing[shas["edited"]]
    assert "exported   4 documents" in capsys.readouterr().out


def test_an_exported_part_is_read_by_training(ledger, tmp_path):
    path, shas = ledger
    out = tmp_path / "part"
    export_decisions(path, out)
    s = load_labelled(out, policy=tc.ToyPolicy(), parse=tc.parse, find=tc.find)
    assert len(s) == 4 and not s.skipped
    assert sorted(s.labels) == sorted([R, I, O, R]) and set(s.parts) == {"part"}
    # Inside a training folder, --base makes the paths relative to the folder holding parts.yaml.
    export_decisions(path, tmp_path / "training" / "review-1", base=tmp_path / "training")
    (tmp_path / "training" / "parts.yaml").write_text(
        "parts:\n  - {name: review-1, kind: labelled, path: review-1/labels.csv, weight: 1.0}\n")
    s = load_labelled(tmp_path / "training", policy=tc.ToyPolicy(), parse=tc.parse, find=tc.find)
    assert len(s) == 4 and not s.skipped and set(s.parts) == {"review-1"}


def test_export_mistakes_are_one_sentence(ledger, tmp_path, capsys):
    path, _ = ledger
    assert cli.main(["review", "export", "--db", str(tmp_path / "none.db"), "--out", str(tmp_path / "x")]) == 2
    export_decisions(path, tmp_path / "once")
    assert cli.main(["review", "export", "--db", str(path), "--out", str(tmp_path / "once")]) == 2
    err = capsys.readouterr().err
    assert err.count("tender-triage: error:") == 2 and "Traceback" not in err


def test_next_orders_by_distance_to_the_threshold_then_novelty(tmp_path, capsys):
    path = tmp_path / "n.db"
    with Ledger(path) as db:
        decided = _store(db, tmp_path / "d.txt", "known huawei", R, 0.9, entities=["huawei"], mentions=1)
        _decide(db, decided, "confirm", "ann", R)
        _store(db, tmp_path / "far.txt", "far", O, 0.01)
        _store(db, tmp_path / "near.txt", "near", R, 0.32, entities=["zte"], mentions=1)
        _store(db, tmp_path / "tie_known.txt", "tie known", R, 0.4, entities=["huawei"], mentions=1)
        _store(db, tmp_path / "tie_new.txt", "tie new", R, 0.4, entities=["hikvision"], mentions=1)
        _store(db, tmp_path / "tie_a_more.txt", "tie a more", R, 0.2, entities=["hikvision"], mentions=3)
        _store(db, tmp_path / "exact.txt", "exact", R, 0.3)
    order = [Path(r["path"]).name for r in next_to_review(path, 10)]
    assert order == ["exact.txt", "near.txt", "tie_new.txt", "tie_a_more.txt", "tie_known.txt", "far.txt"]
    assert cli.main(["review", "next", "--db", str(path), "--n", "2"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == 2 and lines[0].split("\t")[0].endswith("exact.txt") and lines[1].split("\t")[3] == "0.3200"
    assert cli.main(["review", "next", "--db", str(path), "--n", "0"]) == 2


def test_training_report_counts_label_disagreement_per_part(tmp_path):
    """Label quality per part: out-of-fold disagreement and suspected label errors, in the
    assessment, the card and the report."""
    from extract.model.evaluation import assess, write_report

    files = [f"f{i}" for i in range(6)]
    gold = [R, R, O, O, I, O]
    scores = [0.9, 0.01, 0.1, 0.99, 0.8, 0.2]
    predicted = [R, O, O, R, I, O]
    parts = ["seed", "seed", "seed", "review", "review", "review"]
    a = assess(files, ["text"] * 6, gold, scores, predicted, 0.5, parts=parts)
    q = a["label_quality_per_part"]
    assert q["seed"] == {"documents": 3, "disagree": 1, "disagree_share": 1 / 3, "suspected_label_errors": 1}
    assert q["review"]["disagree"] == 1 and q["review"]["suspected_label_errors"] == 1
    page = write_report(tmp_path / "r.html", a, title="t").read_text()
    assert "Label quality per part" in page
