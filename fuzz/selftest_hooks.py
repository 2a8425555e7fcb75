"""Deliberate misbehaviour, to prove the harness notices it (used by tests/test_fuzz_smoke.py).

Passed to the runner as ScanConfig.test_hook ("fuzz.selftest_hooks:misbehave"), which calls it
with each input path before parsing, in the worker. Nothing else uses it. The behaviour is
picked by the environment variable TT_FUZZ_SELFTEST so one hook serves every case.
"""

from __future__ import annotations

import os
import time


def misbehave(path: str) -> None:
    what = os.environ.get("TT_FUZZ_SELFTEST", "")
    target = os.environ.get("TT_FUZZ_SELFTEST_TARGET", "")
    if what == "hang":
        while True:  # the runner's alarm is not armed yet here: only the harness budget stops this
            time.sleep(3600)
    elif what == "die":
        os._exit(77)
    elif what == "write-outside" and target:
        with open(target, "w") as fh:
            fh.write("escaped")
    elif what == "leave-temp":
        import tempfile

        fd, _ = tempfile.mkstemp(prefix="leftover-")
        os.close(fd)
    elif what == "raise":
        raise RuntimeError("selftest bug")
