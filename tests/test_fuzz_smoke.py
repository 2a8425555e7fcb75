"""A bounded fuzz run in CI, and proof that the harness notices what it is meant to notice.

The long run is `python fuzz/fuzz_pipeline.py --runs 10000 --seed 1` (fuzz/README.md). Here a
time-bounded smoke run (seconds, not minutes, of mutated inputs) must end with no finding, and
each kind of misbehaviour the harness guards against (a hang, a dead worker, a write outside the
sandbox, a temp file left behind, a bug caught by the runner's safety net, a record that breaks
the contract) is staged once to show it is reported. Deselect with `-m "not fuzz"`.
"""

from __future__ import annotations

import hashlib
import io
import random
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from fuzz import fuzz_pipeline, invariants, mutate  # noqa: E402
from fuzz.seeds import build_seeds, seed_format  # noqa: E402

pytestmark = pytest.mark.fuzz

SMOKE_SECONDS = 45.0


@pytest.fixture(scope="module")
def seeds() -> dict[str, bytes]:
    return build_seeds()


# --------------------------------------------------------------------------- the smoke run


def test_smoke_run_finds_nothing_and_loses_no_document(seeds, tmp_path):
    summary = fuzz_pipeline.run(runs=5000, seconds=SMOKE_SECONDS, seed=20240601, crash_dir=tmp_path / "crashes", seeds=seeds)
    details = [(f["input"], f["seed_file"], f["ops"], f["violations"][:3], f.get("traceback")) for f in summary.findings]
    assert summary.findings == [], details
    assert summary.hangs == 0 and summary.deaths == 0
    # the seeds went through unmutated first, then mutated inputs: every format was exercised
    assert summary.runs > len(seeds)
    assert summary.records >= summary.runs  # at least one record per input (zips give more)
    for fmt in ("pdf", "docx", "xlsx", "zip", "html", "text"):
        assert summary.formats.get(fmt, 0) > 0, summary.formats
    assert summary.statuses.get("ok", 0) > 0 and summary.statuses.get("error", 0) > 0
    assert not (tmp_path / "crashes").exists()


def test_make_input_is_reproducible_from_seed_and_index(seeds):
    names = sorted(seeds)
    i = len(names) + 17
    assert fuzz_pipeline.make_input(i, 5, seeds, names) == fuzz_pipeline.make_input(i, 5, seeds, names)
    assert fuzz_pipeline.make_input(i, 5, seeds, names)[1] != fuzz_pipeline.make_input(i, 6, seeds, names)[1]
    assert fuzz_pipeline.make_input(0, 5, seeds, names)[1] == seeds[names[0]]  # seeds come first, unmutated


# --------------------------------------------------------------------------- the harness notices


def _staged(tmp_path, what: str, **kw):
    env = {"TT_FUZZ_SELFTEST": what, "TT_FUZZ_SELFTEST_TARGET": str(tmp_path / "escaped.txt")}
    return fuzz_pipeline.run(
        only=[0], seeds={"a.txt": b"Tender for Huawei switches"}, crash_dir=tmp_path / "crashes",
        test_hook="fuzz.selftest_hooks:misbehave", extra_env=env, **kw,
    )


def test_harness_kills_and_reports_a_hang(tmp_path):
    summary = _staged(tmp_path, "hang", budget=4.0)
    assert summary.hangs == 1
    assert summary.findings and summary.findings[0]["violations"][0].startswith("hang:")
    assert len(list((tmp_path / "crashes").glob("hang-*.txt"))) == 1


def test_harness_reports_a_dead_worker(tmp_path):
    summary = _staged(tmp_path, "die")
    assert summary.deaths == 1
    assert "worker died (exit code 77)" in summary.findings[0]["violations"][0]


def test_harness_reports_a_write_outside_the_sandbox(tmp_path):
    summary = _staged(tmp_path, "write-outside")
    assert any("wrote outside the sandbox" in v and "escaped.txt" in v for v in summary.findings[0]["violations"])


def test_harness_reports_a_temp_file_left_behind(tmp_path):
    summary = _staged(tmp_path, "leave-temp")
    assert any("files left behind" in v and "leftover-" in v for v in summary.findings[0]["violations"])


def test_harness_reports_a_bug_caught_by_the_runner_with_its_traceback(tmp_path):
    summary = _staged(tmp_path, "raise")
    finding = summary.findings[0]
    assert any("crash caught by the runner" in v and "selftest bug" in v for v in finding["violations"])
    assert finding["records"][0]["verdict"] == "unreadable"


def test_harness_is_quiet_when_nothing_misbehaves(tmp_path):
    summary = _staged(tmp_path, "")
    assert summary.findings == [] and summary.runs == 1 and summary.records == 1


# --------------------------------------------------------------------------- the record checks


def _good_record() -> dict:
    text = "Lot 1: Huawei switch"
    return {
        "path": "a.txt", "sha256": hashlib.sha256(b"x").hexdigest(), "status": "ok", "error": None, "pages": 1,
        "verdict": "restricted_vendor_named", "flag": True, "score": 1.0, "entities": ["huawei"],
        "categories": [], "model": "rules", "policy": "p1",
        "mentions": [{"entity": "huawei", "kind": "vendor", "text": "Huawei", "page": 1, "line": 1,
                      "start": text.index("Huawei"), "end": text.index("Huawei") + 6, "role": "offered",
                      "snippet": text, "regimes": []}],
    }


@pytest.mark.parametrize(
    "change, expected",
    [
        (lambda r: r.pop("sha256"), "missing field 'sha256'"),
        (lambda r: r.update(flag="yes"), "field 'flag' has type str"),
        (lambda r: r.update(pages=True), "field 'pages' has type bool"),
        (lambda r: r.update(status="error", error="broken"), "status error but verdict restricted_vendor_named"),
        (lambda r: r.update(status="error", error=None, verdict="unreadable", mentions=[], entities=[]), "without a one-line error"),
        (lambda r: r.update(verdict="out_of_scope"), "flag True does not follow verdict out_of_scope"),
        (lambda r: r.update(score=float("nan")), "is not a probability"),
        (lambda r: r.update(entities=["zte", "huawei"]), "entities not sorted"),
        (lambda r: r["mentions"][0].update(role="maybe"), "mention role 'maybe'"),
        (lambda r: r["mentions"][0].update(page=3), "mention on page 3 of 1"),
    ],
)
def test_check_record_catches_each_contract_break(change, expected):
    rec = _good_record()
    assert invariants.check_record(rec) == []
    change(rec)
    problems = invariants.check_record(rec)
    assert any(expected in p for p in problems), problems


def test_check_offsets_compares_with_the_page_text():
    rec = _good_record()
    assert invariants.check_offsets(rec, ["Lot 1: Huawei switch"]) == []
    assert invariants.check_offsets(rec, ["Lot 1:  Huawei switch"])  # shifted by one character
    assert invariants.check_offsets(rec, [])  # page missing


def test_check_input_records_catches_lost_and_foreign_records():
    rec = _good_record()
    assert invariants.check_input_records([], "a.txt", b"x") == ["'a.txt': no record at all (document lost)"]
    assert invariants.check_input_records([rec], "a.txt", b"x") == []
    assert any("not the hash" in p for p in invariants.check_input_records([rec], "a.txt", b"y"))
    assert any("does not belong" in p for p in invariants.check_input_records([rec], "b.txt", b"x"))


# --------------------------------------------------------------------------- the mutators


@pytest.mark.parametrize("name", ["zip_central_directory", "zip_local_header", "zip_hostile_name", "zip_member_content"])
def test_zip_mutators_change_the_archive_reproducibly(seeds, name):
    fn = getattr(mutate, name)
    data = seeds["bundle.zip"]
    out = fn(data, random.Random(3))
    assert out != data
    assert out == fn(data, random.Random(3))


def test_zip_hostile_name_puts_a_dangerous_name_in_the_archive(seeds):
    for s in range(6):
        out = mutate.zip_hostile_name(seeds["stored.zip"], random.Random(s))
        hostile = [h for h in mutate.HOSTILE_NAMES if h.encode() in out]
        assert hostile, zipfile.ZipFile(io.BytesIO(out)).namelist()
        assert out.count(hostile[0].encode()) == 2  # local and central header agree


@pytest.mark.parametrize("name", ["pdf_xref", "pdf_objects", "pdf_stream"])
def test_pdf_mutators_damage_the_pdf(seeds, name):
    data = seeds["boq.pdf"]
    changed = {getattr(mutate, name)(data, random.Random(s)) != data for s in range(5)}
    assert True in changed


def test_every_seed_format_has_structural_mutators(seeds):
    assert {seed_format(n) for n in seeds} <= set(mutate.BY_FORMAT)
