"""Where the policy and the model come from, resolved in one place.

Order: the command-line option, then the environment variable, then the shipped default. The
model is only ever loaded from the repository's `models/` or a directory the operator names,
never from anything that arrived with the documents (joblib files run code when loaded).
"""

from __future__ import annotations

import contextlib
import importlib
import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import IO

from extract.errors import ModelError

POLICY_ENV = "TENDER_TRIAGE_POLICY"
CACHE_ENV = "TENDER_TRIAGE_CACHE_DIR"
MODEL_ENV = "TENDER_TRIAGE_MODEL"
MODELS_DIR_ENV = "TENDER_TRIAGE_MODELS_DIR"

PACKAGE_DIR = Path(__file__).resolve().parent
DEFAULT_POLICY_DIR = PACKAGE_DIR / "policy" / "data"


#: Output formats of `scan` and `report` (here, not in extract.report, so that building the
#: command line's --help imports no stage: tender-triage --help stays fast).
OUTPUT_FORMATS = ("jsonl", "csv", "html")

def policy_dir(option: str | os.PathLike[str] | None = None) -> Path:
    """The policy directory to use: `--policy`, then $TENDER_TRIAGE_POLICY, then the shipped one."""
    if option:
        return Path(option)
    env = os.environ.get(POLICY_ENV)
    return Path(env) if env else DEFAULT_POLICY_DIR


#: `--model rules` (or $TENDER_TRIAGE_MODEL=rules): screen with the mention rules only, on purpose.
RULES = "rules"

#: Where a wheel or `pip install .` puts the repository's models/ folder (see pyproject.toml:
#: the folder is mapped into the package as `extract.shipped_models`).
SHIPPED_MODELS_DIR = PACKAGE_DIR / "shipped_models"


def models_dir() -> Path:
    """The folder holding `CURRENT` and one subfolder per model.

    $TENDER_TRIAGE_MODELS_DIR, else `models/` beside the package (a source checkout or an editable
    install), else the models shipped inside the package by a wheel or `pip install .`.
    """
    env = os.environ.get(MODELS_DIR_ENV)
    if env:
        return Path(env)
    for candidate in (PACKAGE_DIR.parent / "models", SHIPPED_MODELS_DIR):
        if (candidate / "CURRENT").is_file():
            return candidate
    return PACKAGE_DIR.parent / "models"


def model_dir(option: str | os.PathLike[str] | None = None) -> Path | None:
    """The model to screen with: `--model`, then $TENDER_TRIAGE_MODEL, then models/CURRENT.

    Returns None when the operator chose rules only (`--model rules`). Raises ModelError when no
    model can be found at all: screening silently with rules only would look like the shipped
    model to whoever reads the records, so that is never a default.
    """

    chosen = str(option) if option else os.environ.get(MODEL_ENV, "")
    if chosen == RULES:
        return None
    if chosen:
        return Path(chosen)
    base = models_dir()
    current = base / "CURRENT"
    if current.is_file():
        name = current.read_text(encoding="utf-8").strip()
        if name:
            return base / name
    raise ModelError(
        f"no model found: {current} is missing; pass --model DIR (a trained model) or --model rules "
        "(mention rules only), or reinstall tender-triage, whose wheel ships the default model"
    )


def optional_extension(module: str, env: str) -> ModuleType | None:
    """The optional C extension `module` (setup.py builds it where a compiler is found), or None
    when it was not built or the environment variable `env` says "python".

    Why one function: each extension has a Python reference of the same work, and the tests and
    benchmarks run both ways through `env`; one rule for all of them keeps a new extension from
    choosing its fallback differently (extract/parse/grid.py, extract/model/portable.py).
    """
    if os.environ.get(env, "").lower() == "python":
        return None
    try:
        return importlib.import_module(module)
    except ImportError:
        return None


def cache_dir() -> Path | None:
    """The directory that keeps what start-up derives from the policy and the model (extract.policy.cache,
    extract.model.portable), or None when caching is off: $TENDER_TRIAGE_CACHE_DIR, else
    $XDG_CACHE_HOME/tender-triage, else ~/.cache/tender-triage; `TENDER_TRIAGE_CACHE_DIR=off` turns it off."""
    env = os.environ.get(CACHE_ENV)
    if env is not None and env.strip().lower() in ("off", "0", "none"):
        return None
    if env:
        return Path(env)
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg) if xdg and os.path.isabs(xdg) else Path.home() / ".cache"
    return base / "tender-triage"


def usable_cache_dir(d: Path, create: bool) -> bool:
    """Is `d` a directory of ours that nobody else may write to (created 0700 when asked)? What a
    cache holds is trusted once its checks pass, so a folder others could write to is not used."""
    try:
        if create:
            d.mkdir(mode=0o700, parents=True, exist_ok=True)
        st = d.stat()
    except OSError:
        return False
    if not stat.S_ISDIR(st.st_mode):
        return False
    if hasattr(os, "getuid") and st.st_uid != os.getuid():
        return False
    return not st.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def cached_file(name: str) -> Path | None:
    """Where the cache file `name` is, or None when caching is off or the directory is not usable
    (the file itself may not exist)."""
    d = cache_dir()
    return d / name if d is not None and usable_cache_dir(d, create=False) else None


def store_in_cache(name: str, write: Callable[[IO[bytes]], object], *, prune: str | None = None, keep: int = 6) -> bool:
    """Write the cache file `name` with `write(file)`, atomically (a reader never sees half a file),
    in a private cache directory made when needed; with `prune` (a glob such as "policy-*.json"),
    only the `keep` most recently written files it matches are kept. False when caching is off or
    the file could not be written: a cache only ever saves time, so the caller goes on without it."""
    d = cache_dir()
    if d is None or not usable_cache_dir(d, create=True):
        return False
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=".part-", suffix=".tmp", dir=d)
        with os.fdopen(fd, "wb") as f:
            write(f)
        os.replace(tmp, d / name)
        tmp = None
    except OSError:
        return False
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
    if prune is not None:
        with contextlib.suppress(OSError):
            entries = sorted(d.glob(prune), key=lambda p: p.stat().st_mtime_ns, reverse=True)
            for old in entries[keep:]:
                old.unlink()
    return True


def store_checked(name: str, payload: bytes, meta: dict[str, object] | None = None, *, prune: str | None = None,
                  keep: int = 6) -> bool:
    """`store_in_cache` of `payload` behind a first line of JSON: `meta` and the payload's SHA-256,
    which `read_checked` verifies (a file damaged on disk is then not used)."""
    import hashlib
    import json

    head = json.dumps({**(meta or {}), "sha256": hashlib.sha256(payload).hexdigest()}).encode()
    return store_in_cache(name, lambda f: f.write(head + b"\n" + payload), prune=prune, keep=keep)


def read_checked(name: str) -> tuple[dict[str, object], bytes] | None:
    """(meta, payload) of the cache file `name` written by `store_checked`, or None when caching is
    off, the file is missing or unreadable, or its payload does not match its SHA-256."""
    import hashlib
    import json

    path = cached_file(name)
    if path is None:
        return None
    try:
        head, _, payload = path.read_bytes().partition(b"\n")
        meta = json.loads(head)
    except (OSError, ValueError):
        return None
    if not isinstance(meta, dict) or meta.get("sha256") != hashlib.sha256(payload).hexdigest():
        return None
    return meta, payload
