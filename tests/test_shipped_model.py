"""The model named by models/CURRENT is the one main should ship.

Why: the model is a build product kept in git. Editing the policy or the training data without
retraining leaves a model whose features no longer match what the matcher finds, and nothing else
fails. These checks fail with the command that fixes them. They also hold the issue-4 promise that
no ../shared/corpus document is in the training data (compared by content hash, not by name).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from extract.model.classify import load_model
from extract.policy.load import load_policy
from extract.model.data import load_labelled

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
RETRAIN = "retrain: tender-triage train training_data --out models/<new name> --promote"


@pytest.fixture(scope="module")
def shipped():
    name = (ROOT / "models" / "CURRENT").read_text(encoding="utf-8").strip()
    return load_model(ROOT / "models" / name)  # verifies sha256, versions and feature columns


@pytest.fixture(scope="module")
def training():
    return load_labelled(ROOT / "training_data")


def test_shipped_model_was_trained_with_the_shipped_policy(shipped) -> None:
    assert shipped.card["policy_version"] == load_policy().version, RETRAIN


def test_shipped_model_was_trained_on_the_training_data_in_the_repository(shipped, training) -> None:
    card = shipped.card["training_data"]
    assert card["sha256"] == training.data_sha256, RETRAIN
    assert card["documents"] == len(training.docs) and not training.skipped
    assert set(card["parts"]) >= {"a", "b", "d", "e", "notices"}


def test_shipped_threshold_meets_the_recall_target_on_the_labelled_parts(shipped) -> None:
    rule = shipped.card["threshold_rule"]
    per_part = shipped.card["metrics"]["per_part"]
    flagged = sum(per_part[p]["tp"] for p in rule["parts"])
    positives = sum(per_part[p]["positives"] for p in rule["parts"])
    assert flagged / positives >= rule["target_recall"] >= 0.95, (flagged, positives)


def test_shipped_model_finds_at_least_what_the_rules_find_on_every_held_out_source(shipped) -> None:
    """Cross-source validation written by `tender-triage train` into the card: one fold per source
    (each notice source, each seed part), at the stored threshold. On every fold the model's flag
    recall is at least the rules-only recall (the threshold rule demands it out of fold; this is
    the check on held-out sources). The precision half of the generalization bar (precision at
    least the rules' on every fold, +0.10 pooled) is NOT met by this model; the figures are in the
    card and the README says so."""
    folds = shipped.card["metrics"]["cross_source_folds"]
    assert len(folds) >= 8
    for name, fold in folds.items():
        assert fold["model"]["recall"] >= fold["rules"]["recall"], name
    cs = shipped.card["metrics"]["cross_source"]
    assert cs["model"]["recall"] > cs["rules"]["recall"] and cs["model"]["recall"] > cs["ctrl_f"]["recall"]


def test_shipped_model_is_monotone_in_its_evidence(shipped) -> None:
    booster = shipped.full_stack().booster()
    assert list(booster.monotonic_cst) == shipped.stack.monotone == [1, *shipped.card["monotone"]]


def test_no_corpus_document_is_in_the_training_data(training) -> None:
    if not CORPUS.is_dir():
        pytest.skip(f"{CORPUS} is absent")
    corpus = {hashlib.sha256(p.read_bytes()).hexdigest() for p in CORPUS.rglob("*") if p.is_file()}
    assert len(corpus) > 100
    assert len(training.file_hashes) == len(training.rows)
    shared = [row["file"] for row, sha in zip(training.rows, training.file_hashes) if sha in corpus]
    assert shared == []


def test_no_held_out_document_is_in_the_training_data(training) -> None:
    """evaluation/<set>/ is measured as documents no model has seen: none of its files may also
    be a training document (same bytes), or its figures would say nothing about unseen ones."""
    held = {hashlib.sha256(p.read_bytes()).hexdigest(): p
            for labels in (ROOT / "evaluation").glob("*/labels.csv")
            for p in (labels.parent / "documents").rglob("*") if p.is_file()}
    assert len(held) >= 100
    shared = [row["file"] for row, sha in zip(training.rows, training.file_hashes) if sha in held]
    assert shared == []


# Two documents that differ only in the digits of their dates, prices and reference numbers (the
# same length, so that only the digits differ).
_DATED = """Request for quotation {ref}, issued {day} March {year}.
The school invites quotations for support of its computer room for {days} months. Budget {price} EUR.
Deadline {due} April {year}.
"""


def test_the_shipped_model_does_not_read_the_calendar(shipped) -> None:
    """Scored from words, not from dates, prices or numbers: triage-2026-12-05j weighed years like
    words (2026 +8.4, 2020 -5.6), and shifting the years of 456 evaluation documents from
    2024-2026 to 2017-2019 changed 7 of its verdicts. It scored this request 0.337 dated 2026 and
    0.200 dated 2019, either side of its threshold (0.288)."""
    from extract.mentions import find_mentions
    from extract.types import Document, Page

    policy = load_policy()

    def doc(**kw: str) -> Document:
        text = _DATED.format(**kw)
        return Document(path="rfq.txt", sha256="0", format="text", status="ok", pages=(Page(1, text),))

    docs = [doc(ref="2026-114", day="9", due="2", year="2026", price="1.180,00", days="30"),
            doc(ref="2019-071", day="4", due="1", year="2019", price="2.450,00", days="60")]
    scores = shipped.scores(docs, [find_mentions(d, policy) for d in docs])
    assert scores[0] == pytest.approx(scores[1], abs=1e-12)
