"""The precomputed character class of extract.normalize._special.

Why: the table is data written by scripts/build_special_ranges.py so that start-up does not ask
unicodedata about the whole BMP; a stale table (after a change to what counts as special) would
silently change normalisation, and so matching. These tests recompute it and compare.
"""

from __future__ import annotations

import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from extract import normalize as N

REPO = Path(__file__).resolve().parents[1]


def test_shipped_table_equals_a_fresh_computation():
    if unicodedata.unidata_version != N._SPECIAL_UNIDATA:
        pytest.skip(f"table is for Unicode {N._SPECIAL_UNIDATA}, this Python has {unicodedata.unidata_version}")
    assert N._SPECIAL_RANGES == N.special_ranges()


def test_generator_check_mode_agrees_with_the_file():
    done = subprocess.run([sys.executable, "scripts/build_special_ranges.py", "--check"], cwd=REPO, check=False,
                          capture_output=True, text=True)
    if unicodedata.unidata_version != N._SPECIAL_UNIDATA:
        assert done.returncode == 1  # another Unicode version: the table would be rewritten
    else:
        assert done.returncode == 0, done.stderr


def test_other_unicode_version_falls_back_to_the_runtime_build(monkeypatch):
    monkeypatch.setattr(N, "_SPECIAL", None)
    monkeypatch.setattr(N, "_SPECIAL_UNIDATA", "0.0.0")
    monkeypatch.setattr(N, "_SPECIAL_RANGES", "\\u0080")  # would be wrong if it were used
    pattern = N._special().pattern
    assert pattern == "[" + N.special_ranges() + "\\U00010000-\\U0010ffff]"


def test_special_characters_still_normalise_alike():
    samples = ["Ｈｕａｗｅｉ", "Straße", "ﬁber", "e\u0301cole", "Hik\u00advision", "한국", "ｶﾒﾗ", "Ⅻ"]
    for s in samples:
        assert N.normalize(s).text == N.fold(s.replace("\u00ad", ""))
