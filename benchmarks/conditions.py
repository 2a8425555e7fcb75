"""Conditions every benchmark that times fresh processes sets up the same way."""

from __future__ import annotations

import os
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def compile_bytecode() -> None:
    """Compile the package's bytecode before timing fresh processes, and say so.

    Why: `pip install .` and a wheel install compile every module once; an editable checkout
    compiles on first import and keeps the result, unless PYTHONDONTWRITEBYTECODE is set (it is
    on the development machine), when every `scan` process compiled all of extract/ again
    (about 0.1 s). Timed as installed, the figures say what a user's scan costs."""
    import compileall

    ok = compileall.compile_dir(str(REPO / "extract"), quiet=1)
    flag = os.environ.get("PYTHONDONTWRITEBYTECODE")
    print(f"bytecode    extract/ compiled with compileall ({'ok' if ok else 'with errors'}; "
          f"PYTHONDONTWRITEBYTECODE={flag or 'unset'})", flush=True)
