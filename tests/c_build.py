"""Whether this machine can build setup.py's optional C extensions.

Why here: the tests that fail when an extension was not built (tests/test_pdfwalk.py,
tests/test_ngrams.py, tests/test_packaging.py) must skip on a machine without a compiler, and
the three asked the same question three ways before; `engine_with` runs the check both extensions'
environment switches share.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path


def compiler_present() -> bool:
    """Python's headers and a C compiler are here, so `pip install` builds the extensions."""
    headers = Path(sysconfig.get_paths()["include"]) / "Python.h"
    return headers.exists() and any(shutil.which(cc) for cc in ("cc", "gcc", "clang"))


def engine_with(variable: str, value: str, code: str) -> str:
    """What `code` prints in a fresh interpreter whose environment sets `variable` to `value`: an
    extension's environment switch is read when its module is first imported, so only a new
    process shows what it chooses."""
    env = {**os.environ, variable: value}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    return out.stdout.strip()
