"""Shared test fixtures: where the real corpus is, and the repository root.

The real documents in ../shared/corpus are never copied into this repository; tests that use
them skip cleanly when the folder is absent (e.g. a clone outside the workplace).
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus"


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    if not (CORPUS / "labels.tsv").is_file():
        pytest.skip(f"real corpus not found at {CORPUS} (only present in the workplace checkout)")
    return CORPUS


@pytest.fixture(scope="session")
def corpus_labels(corpus_dir: Path) -> list[dict[str, str]]:
    with open(corpus_dir / "labels.tsv", newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t"))
