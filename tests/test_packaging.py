"""What ships works when installed: a wheel carries the model, the policy, and loads them.

Why: a non-editable install once shipped no model and screened silently with the mention rules,
and records said `"model": "rules"` where a reviewer expected the trained model. These tests build
the wheel, install it into a fresh virtual environment (not this checkout), and screen an example
there: the record must carry the shipped model's id. They also keep the dependency pins and the
shipped model's card in step, because the model only loads under the library versions it was
trained with.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from c_build import compiler_present

ROOT = Path(__file__).resolve().parents[1]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def _current_card() -> dict:
    name = (ROOT / "models" / "CURRENT").read_text(encoding="utf-8").strip()
    return json.loads((ROOT / "models" / name / "card.json").read_text(encoding="utf-8"))


def _requirement(name: str) -> str:
    for dep in PYPROJECT["project"]["dependencies"]:
        if re.match(rf"{re.escape(name)}\b", dep):
            return dep
    raise AssertionError(f"{name} is not a dependency")


def test_listed_packages_are_every_package_in_the_source_tree() -> None:
    listed = set(PYPROJECT["tool"]["setuptools"]["packages"])
    on_disk = {
        ".".join(p.parent.relative_to(ROOT).parts)
        for p in (ROOT / "extract").rglob("__init__.py")
    }
    assert on_disk <= listed, f"packages missing from pyproject.toml: {sorted(on_disk - listed)}"
    assert PYPROJECT["tool"]["setuptools"]["package-dir"]["extract.shipped_models"] == "models"


def test_pins_admit_exactly_the_shipped_models_library_versions() -> None:
    versions = _current_card()["versions"]
    assert _requirement("scikit-learn") == f"scikit-learn=={versions['sklearn']}"
    for lib in ("numpy", "joblib"):
        req = _requirement(lib)
        lo, hi = re.findall(r">=([\d.]+),<([\d.]+)", req)[0]
        major_minor = tuple(int(x) for x in versions[lib].split(".")[:2])
        assert tuple(int(x) for x in lo.split(".")[:2]) == major_minor, (req, versions[lib])
        assert major_minor < tuple(int(x) for x in hi.split(".")[:2]), (req, versions[lib])


def test_only_the_current_model_ships() -> None:
    current = (ROOT / "models" / "CURRENT").read_text(encoding="utf-8").strip()
    folders = sorted(p.name for p in (ROOT / "models").iterdir() if p.is_dir())
    assert folders == [current], "models/ holds only the promoted model (older ones live in git history)"


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """A fresh venv with the wheel built from this checkout installed (its bin/ folder)."""
    tmp = tmp_path_factory.mktemp("wheel")
    wheels = tmp / "dist"
    build = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wheels), str(ROOT)],
                           capture_output=True, text=True, timeout=900)
    if build.returncode != 0:
        pytest.fail(f"pip wheel failed: {build.stderr[-2000:]}")
    wheel = next(wheels.glob("tender_triage-*.whl"))
    venv = tmp / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    pip = subprocess.run([str(venv / "bin" / "python"), "-m", "pip", "install", "-q", str(wheel)],
                         capture_output=True, text=True, timeout=1200, env=_venv_env())
    if pip.returncode != 0:
        pytest.fail(f"installing the wheel failed: {pip.stderr[-2000:]}")
    return venv / "bin"


def _venv_env() -> dict[str, str]:
    """This environment without the tool's variables and without PYTHONPATH: with the checkout on
    PYTHONPATH, the fresh venv imports the checkout, and its pip finds the tender_triage.egg-info
    that `pip wheel` leaves there, takes the package as installed and installs no command."""
    return {k: v for k, v in os.environ.items() if not k.startswith("TENDER_TRIAGE_") and k != "PYTHONPATH"}


def _run(bin_dir: Path, *args: str, cwd: Path, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([str(bin_dir / "tender-triage"), *args], capture_output=True, text=True, cwd=cwd,
                          env={**_venv_env(), **(env or {})}, timeout=600)


def test_the_installed_wheel_screens_with_the_shipped_model(installed, tmp_path) -> None:
    doc = tmp_path / "rfq.txt"
    doc.write_text("Request for quotation: 12 managed PoE network switches, 48 ports, with three years of "
                   "support.\n", encoding="utf-8")
    proc = _run(installed, "scan", str(doc), "--format", "jsonl", "--quiet", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    record = json.loads(proc.stdout.splitlines()[0])
    card = _current_card()
    assert record["model"] == card["id"]
    assert record["policy"] == card["policy_version"]
    assert record["verdict"] == "in_scope_ict" and record["flag"] is True
    # The package it ran is the installed one, not this checkout.
    where = subprocess.run([str(installed / "python"), "-c", "import extract; print(extract.__file__)"],
                           capture_output=True, text=True, cwd=tmp_path, check=True, env=_venv_env()).stdout
    assert str(ROOT) not in where and "site-packages" in where


def test_the_installed_wheel_carries_the_c_extensions_where_they_can_be_built(installed, tmp_path) -> None:
    """setup.py's optional extensions (the PDF walk, the n-gram counting, the text scans) are in the wheel where a
    compiler and Python's headers are here: one that quietly stopped building would only show as
    a slower scan (tests/test_pdfwalk.py, tests/test_ngrams.py and tests/test_textscan.py check the checkout's build)."""
    if not compiler_present():
        pytest.skip("no C compiler or Python headers: the wheel carries the Python only")
    code = ("from extract.parse import grid; from extract.model import portable; from extract import textscan; "
            "print(grid.walk_engine(), portable.ngram_engine(), textscan.text_engine())")
    out = subprocess.run([str(installed / "python"), "-c", code], capture_output=True, text=True, cwd=tmp_path,
                         env=_venv_env(), check=True).stdout
    assert out.split() == ["c", "c", "c"]


def test_the_installed_wheel_refuses_to_run_without_a_model(installed, tmp_path) -> None:
    doc = tmp_path / "a.txt"
    doc.write_text("Supply of office chairs.\n", encoding="utf-8")
    empty = tmp_path / "no-models"
    empty.mkdir()
    proc = _run(installed, "scan", str(doc), "--quiet", cwd=tmp_path, env={"TENDER_TRIAGE_MODELS_DIR": str(empty)})
    assert proc.returncode == 2
    assert "no model found" in proc.stderr and "--model rules" in proc.stderr
    assert "Traceback" not in proc.stderr and proc.stdout == ""
    rules = _run(installed, "scan", str(doc), "--model", "rules", "--format", "jsonl", "--quiet", cwd=tmp_path,
                 env={"TENDER_TRIAGE_MODELS_DIR": str(empty)})
    assert rules.returncode == 0, rules.stderr
    assert json.loads(rules.stdout)["model"] == "rules"
