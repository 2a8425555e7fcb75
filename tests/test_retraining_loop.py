"""The data staff's loop end to end (issue 15): scan into a ledger, decide, export, train a
challenger on the seed plus the exported part, compare it with the champion, promote it; a
challenger that flags less is refused unless forced, and HISTORY says so."""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import toy_corpus as tc
from extract import cli
from extract.intake.ledger import Ledger
from extract.model import compare, data, evaluation, training
from extract.model.classify import load_model

R, I, O = "restricted_vendor_named", "in_scope_ict", "out_of_scope"
#: Documents arriving at intake (scanned with the shipped model and policy), by the label a reviewer gives.
INCOMING = {"bid-1.txt": (tc.RESTRICTED[6], R), "bid-2.txt": (tc.RESTRICTED[7], R), "rfq-1.txt": (tc.IN_SCOPE[6], I),
            "chores-1.txt": (tc.OUT_OF_SCOPE[8], O), "chores-2.txt": (tc.OUT_OF_SCOPE[9], O)}


def _seed_rows(k: int) -> list[tuple[str, str, str]]:
    """The first `k` toy documents of each label."""
    rows = tc.toy_rows()
    return [r for lab in (R, I, O) for r in [x for x in rows if x[1] == lab][:k]]


def test_scan_decide_export_train_compare_promote(tmp_path, monkeypatch, capsys):
    # 1. Intake: scan a folder into a ledger with the shipped model.
    incoming = tmp_path / "incoming"
    incoming.mkdir()
    for name, (text, _) in INCOMING.items():
        (incoming / name).write_text(text, encoding="utf-8")
    (incoming / "unsure.txt").write_text(tc.RESTRICTED[8], encoding="utf-8")
    (incoming / "disputed.txt").write_text(tc.IN_SCOPE[8], encoding="utf-8")
    db = tmp_path / "scan.db"
    assert cli.main(["scan", str(incoming), "--db", str(db), "--output", str(tmp_path / "scan.jsonl")]) == 0

    # 2. Review, through the ledger's library API (as serve records decisions).
    with Ledger(db) as ledger:
        by_name = {Path(r["path"]).name: r for r in ledger.queue()}
        assert set(by_name) == set(INCOMING) | {"unsure.txt", "disputed.txt"}
        for name, (_, label) in INCOMING.items():
            r = by_name[name]
            ledger.decide(r["sha256"], "clear" if label == O else "confirm", user="ann", model=r["model"],
                          policy=r["policy"], verdict=label if label != O else r["verdict"])
        u, d = by_name["unsure.txt"], by_name["disputed.txt"]
        ledger.decide(u["sha256"], "escalate", user="ann", model=u["model"], policy=u["policy"], verdict=u["verdict"])
        for user, decision in (("ann", "confirm"), ("bob", "clear")):
            ledger.decide(d["sha256"], decision, user=user, model=d["model"], policy=d["policy"], verdict=I)

    # From here on the toy parser, matcher and policy stand in (tiny, fast models).
    monkeypatch.setattr(data, "_default_parse", lambda: tc.parse)
    monkeypatch.setattr(data, "_default_find", lambda: tc.find)
    for module in (data, training, evaluation):
        monkeypatch.setattr(module, "resolve_policy", lambda policy: tc.ToyPolicy())

    # 3. Export the decisions into a training folder that lists the part with a weight.
    train_dir = tc.write_corpus(tmp_path / "training", _seed_rows(6))
    assert cli.main(["review", "export", "--db", str(db), "--out", str(train_dir / "review-1"),
                     "--base", str(train_dir)]) == 0
    with open(train_dir / "review-1" / "labels.csv", newline="", encoding="utf-8") as f:
        exported = {Path(r["file"]).name.split(".")[0]: r["label"] for r in csv.DictReader(f)}
    assert sorted(exported.values()) == sorted(label for _, label in INCOMING.values())
    assert (train_dir / "review-1" / "conflicts.csv").read_text().count("\n") == 3  # header + ann + bob
    assert "escalated" in (train_dir / "review-1" / "not_exported.csv").read_text()
    (train_dir / "parts.yaml").write_text(
        "parts:\n"
        "  - {name: seed, kind: labelled, path: labels.csv, weight: 1.0}\n"
        "  - {name: review-1, kind: labelled, path: review-1/labels.csv, weight: 1.0}\n", encoding="utf-8")

    # 4. A champion trained on less, with its threshold set for a recall of only 0.6 (so the gate has
    #    something to compare), and the challenger trained on the seed plus the reviewed part.
    models = tmp_path / "models"
    monkeypatch.setenv("TENDER_TRIAGE_MODELS_DIR", str(models))
    monkeypatch.delenv("TENDER_TRIAGE_MODEL", raising=False)
    monkeypatch.setenv("USER", "dana")
    champion_data = tc.write_corpus(tmp_path / "small", _seed_rows(4))
    assert cli.main(["train", str(champion_data), "--out", str(models / "champ"), "--no-cross-source",
                     "--folds", "2", "--target-recall", "0.6", "--promote"]) == 0
    assert cli.main(["train", str(train_dir), "--out", str(models / "chall"), "--no-cross-source",
                     "--folds", "2"]) == 0
    card = json.loads((models / "chall" / "card.json").read_text())
    assert card["training_data"]["counts"]  # trained on both parts
    assert "review-1" in json.dumps(card["metrics"]["per_part"])

    # 5. Compare on a labelled folder: the whole toy corpus.
    eval_dir = tc.write_corpus(tmp_path / "eval")
    capsys.readouterr()
    assert cli.main(["compare", str(models / "chall"), str(eval_dir), "--output", str(tmp_path / "c.html")]) == 0
    out = capsys.readouterr().out
    assert load_model(models / "chall").id in out and load_model(models / "champ").id in out
    assert (tmp_path / "c.html").is_file()

    # 6. Promote it: CURRENT changes and HISTORY has the entry.
    sets = compare.read_sets([eval_dir])
    result = compare.compare_models(models / "chall", models / "champ", sets)
    assert result["challenger"]["flag"]["recall"] >= result["champion"]["flag"]["recall"]
    assert cli.main(["promote", "chall", "--reason", "first review batch", "--data", str(eval_dir)]) == 0
    assert (models / "CURRENT").read_text().strip() == "chall"
    first, entry = compare.history(models)  # the champion's `train --promote`, then this promotion
    assert first["previous"] is None and "train --promote" in first["why"]
    assert entry["model"] == load_model(models / "chall").id and entry["forced"] is False
    assert entry["who"] == "dana" and entry["why"] == "first review batch"
    assert entry["data_sha256"] == sets.data_sha256

    # 7. A challenger worse on recall (the same model, its threshold raised) is refused, then forced.
    shutil.copytree(models / "chall", models / "strict")
    card = json.loads((models / "strict" / "card.json").read_text())
    card["threshold"] = 0.999
    (models / "strict" / "card.json").write_text(json.dumps(card))
    argv = ["promote", "strict", "--reason", "fewer alarms", "--data", str(eval_dir)]
    assert cli.main(argv) == 2
    assert (models / "CURRENT").read_text().strip() == "chall" and len(compare.history(models)) == 2  # nothing added
    assert cli.main([*argv, "--force", "--by", "lee"]) == 0
    assert (models / "CURRENT").read_text().strip() == "strict"
    last = compare.history(models)[-1]
    assert last["forced"] is True and last["who"] == "lee"
    assert last["challenger"]["recall"] < last["champion"]["recall"]
