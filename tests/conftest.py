"""Shared test fixtures: where the real corpus is, the repository root, and the shipped policy's
equipment categories of a sentence (the per-language term tests).

The real documents in ../shared/corpus are never copied into this repository; tests that use
them skip cleanly when the folder is absent (e.g. a clone outside the workplace).
"""

from __future__ import annotations

import csv
import os
import shutil
import tempfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus"

# The compiled-policy cache (extract/policy/cache.py) goes to a private folder of this test run,
# not the user's ~/.cache: a test run leaves nothing behind, and never reads a cache an earlier
# checkout wrote. Set before any test starts a subprocess, so CLI tests inherit it.
_CACHE_ROOT = None
if "TENDER_TRIAGE_CACHE_DIR" not in os.environ:
    _CACHE_ROOT = tempfile.mkdtemp(prefix="tt-test-cache-")
    os.environ["TENDER_TRIAGE_CACHE_DIR"] = os.path.join(_CACHE_ROOT, "cache")


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if _CACHE_ROOT is not None:
        shutil.rmtree(_CACHE_ROOT, ignore_errors=True)


@pytest.fixture(scope="session")
def categories_of():
    """A function: the equipment categories the shipped policy finds in a text."""
    from extract.mentions.match import find_mentions_in_text
    from extract.policy import load_policy

    policy = load_policy()

    def of(text: str) -> set[str]:
        return {m.category for m in find_mentions_in_text(text, policy) if m.kind == "equipment"}

    return of


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO


@pytest.fixture
def policy_copy(tmp_path: Path) -> Path:
    """A copy of the shipped policy directory, for tests that break one file and read the problems."""
    from extract.settings import policy_dir

    d = tmp_path / "policy"
    shutil.copytree(policy_dir(), d)
    return d


@pytest.fixture
def bad_row_reported(policy_copy: Path):
    """A check that a broken row of a policy TSV file is reported with its line and refused:
    `check(name, row, problem, drop=...)` drops the lines `drop` selects, appends `row` to the
    copy's file `name`, and asserts that `policy check` names that line with `problem` and that
    loading the copy fails."""
    from extract.errors import PolicyError
    from extract.policy import check_policy, load_policy

    def check(name: str, row: str, problem: str, drop=lambda line: False) -> None:
        path = policy_copy / name
        lines = [x for x in path.read_text(encoding="utf-8").splitlines() if not drop(x)]
        lines.append(row)
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        problems = check_policy(policy_copy)
        assert any(p.startswith(f"{name}:{len(lines)}: ") and problem in p for p in problems), problems
        with pytest.raises(PolicyError):
            load_policy(policy_copy)

    return check


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    if not (CORPUS / "labels.tsv").is_file():
        pytest.skip(f"real corpus not found at {CORPUS} (only present in the workplace checkout)")
    return CORPUS


@pytest.fixture(scope="session")
def corpus_labels(corpus_dir: Path) -> list[dict[str, str]]:
    with open(corpus_dir / "labels.tsv", newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t"))
