"""Whether this machine can build setup.py's optional C extensions.

Why here: the tests that fail when an extension was not built (tests/test_pdfwalk.py,
tests/test_ngrams.py, tests/test_packaging.py) must skip on a machine without a compiler, and
the three asked the same question three ways before.
"""

from __future__ import annotations

import shutil
import sysconfig
from pathlib import Path


def compiler_present() -> bool:
    """Python's headers and a C compiler are here, so `pip install` builds the extensions."""
    headers = Path(sysconfig.get_paths()["include"]) / "Python.h"
    return headers.exists() and any(shutil.which(cc) for cc in ("cc", "gcc", "clang"))
