"""No training document, notice or test case may copy or closely paraphrase a corpus document.

The evaluation corpus (../shared/corpus) is what the tool is measured on; a copy of one of its
documents in the training data or the test cases makes that measure optimistic. This runs the
leak check (extract/model/leakcheck.py, whose docstring gives the measures and the thresholds) over
everything under training_data/ and tests/cases/, and fails naming each offending file or case
line with its corpus match and the measure that fired. Skipped when the corpus is absent.
Corpus documents are parsed through the shared per-session cache (tests/corpus_cache.py).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from extract.model.leakcheck import (
    THRESHOLDS, EvalIndex, Item, load_cases, load_evaluation, load_notices, load_training,
)

from corpus_cache import parsed

pytestmark = pytest.mark.corpus


class _Corpus:
    """The index and the parsed corpus documents; its repr names no text (pytest prints it on failure)."""

    def __init__(self, index: EvalIndex, items: list[Item]):
        self.index, self.items = index, items

    def __repr__(self) -> str:
        return f"<corpus: {len(self.items)} documents with text>"


@pytest.fixture(scope="module")
def corpus(corpus_dir: Path) -> _Corpus:
    evals, _no_text = load_evaluation(corpus_dir / "labels.tsv", parse=lambda p: parsed(str(p)))
    return _Corpus(EvalIndex(evals), evals)


def _fail_listing(hits, what: str) -> None:
    if hits:
        lines = "\n".join(h.describe() for h in hits)
        pytest.fail(f"{len({h.candidate for h in hits})} {what} copy or closely paraphrase corpus documents "
                    f"(candidate  ~  corpus file  (measure=value)):\n{lines}", pytrace=False)


def test_the_check_sees_every_corpus_document(corpus: _Corpus) -> None:
    # A broken parse or tokenizer would make every candidate look clean: each corpus document
    # checked as a candidate must match itself on the shingle and the character measures.
    assert len(corpus.items) >= 130, "fewer corpus documents with text than expected"
    scores = corpus.index.score(corpus.items)
    own = np.arange(len(corpus.items))
    assert (scores.values["containment"][own, own] >= 0.99).all()
    assert (scores.values["char_cosine"][own, own] >= 0.99).all()


def test_training_data_copies_no_corpus_document(corpus: _Corpus, repo_root: Path) -> None:
    docs, _unread = load_training(repo_root / "training_data")
    notices = load_notices(repo_root / "training_data")
    assert docs, "no training documents found"
    _fail_listing(corpus.index.score([*docs, *notices]).hits(THRESHOLDS), "training documents/notices")


def test_test_cases_copy_no_corpus_document(corpus: _Corpus, repo_root: Path) -> None:
    cases = load_cases(repo_root / "tests" / "cases")
    assert cases, "no test cases found"
    _fail_listing(corpus.index.score(cases).hits(THRESHOLDS), "test cases")


def test_held_out_sets_copy_no_corpus_document(corpus: _Corpus, repo_root: Path) -> None:
    # evaluation/<set>/ holds labelled documents no model is trained on; one that copied the
    # corpus would make its figures as optimistic as a leak into the training data would.
    sets = sorted(p.parent for p in (repo_root / "evaluation").glob("*/labels.csv"))
    assert sets, "no held-out set under evaluation/"
    docs = [item for folder in sets for item in load_training(folder)[0]]
    assert docs, "no held-out documents found"
    _fail_listing(corpus.index.score(docs).hits(THRESHOLDS), "held-out documents")
