"""Configuration errors stop `scan` with exit 2 before any document is read (DESIGN.md, exit codes).

A broken policy file must name file and line; a tampered model file or card must be refused
with a message naming the mismatch, and never unpickled. Nothing is written to the output.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

import toy_corpus as tc
from extract.cli import main
from extract.settings import DEFAULT_POLICY_DIR


@pytest.fixture()
def docs(tmp_path: Path) -> Path:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "boq.txt").write_text("Item | Huawei S5735-L24T4S-A switch | qty 10 | 1,200.00 USD\n", encoding="utf-8")
    (folder / "furniture.txt").write_text("Supply of 40 office desks and chairs.\n", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def toy_model(tmp_path_factory) -> Path:
    return tc.train_toy_model(tmp_path_factory.mktemp("cfg"))


def test_broken_policy_exits_2_naming_file_and_line_and_scans_nothing(docs, tmp_path, capsys):
    bad = tmp_path / "policy"
    shutil.copytree(DEFAULT_POLICY_DIR, bad)
    entities = bad / "entities.yaml"
    text = entities.read_text(encoding="utf-8")
    lines = text.splitlines()
    target = next(i for i, ln in enumerate(lines) if "regex:" in ln and "'" in ln)
    lines[target] = lines[target].replace("regex: '", "regex: '(?P<unclosed", 1)
    entities.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["scan", str(docs), "--no-model", "--policy", str(bad), "-j", "1", "-q", "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert f"entities.yaml:{target + 1}" in err
    assert "regex" in err
    assert not out.exists()


def test_tampered_model_file_exits_2_and_is_not_loaded(docs, toy_model, tmp_path, capsys, monkeypatch):
    good_out = tmp_path / "good.jsonl"
    assert main(["scan", str(docs), "--model", str(toy_model), "-j", "1", "-q", "-o", str(good_out)]) in (0, 1)
    assert len(good_out.read_text(encoding="utf-8").splitlines()) == 2

    copy = tmp_path / "tampered"
    shutil.copytree(toy_model, copy)
    blob = bytearray((copy / "model.joblib").read_bytes())
    blob[len(blob) // 2] ^= 0xFF
    (copy / "model.joblib").write_bytes(bytes(blob))
    import joblib

    def _never(*a, **k):  # a tampered file must be refused before unpickling
        raise AssertionError("joblib.load called on a tampered model")

    monkeypatch.setattr(joblib, "load", _never)
    out = tmp_path / "out.jsonl"
    assert main(["scan", str(docs), "--model", str(copy), "-j", "1", "-q", "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert "sha256" in err and "model.joblib" in err
    assert not out.exists()


def test_tampered_card_exits_2_naming_the_field(docs, toy_model, tmp_path, capsys):
    copy = tmp_path / "card"
    shutil.copytree(toy_model, copy)
    card = json.loads((copy / "card.json").read_text(encoding="utf-8"))
    card["threshold"] = 7.5  # scan reads scorer.npz, whose scores do not depend on the scikit-learn version
    (copy / "card.json").write_text(json.dumps(card), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["scan", str(docs), "--model", str(copy), "-j", "1", "-q", "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert "threshold" in err and "7.5" in err
    assert not out.exists()
