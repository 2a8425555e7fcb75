"""Screening uploads off the event loop, in the worker pool `scan` uses (extract.intake.pool).

Why worker processes: parsing and the model are CPU-bound Python; in the server's own process
they would hold the GIL and stall every other request. Why the intake pool rather than one of
our own: an upload must be read exactly as `scan` reads a file, with the same limits, deadlines
and handling of a worker that dies (a segfault in a C parser, the OOM killer), so the review
queue shows the same record for the same bytes whichever way they came in. `ScreeningPool` runs
`screen_path` in loky workers (each loads the policy and model once and runs it in its main
thread, so the SIGALRM wall-clock backstop applies), replaces a broken pool and re-screens the
uploads it held alone, so only the one that kills its worker gets the `error` record
("worker process died while reading this document (...)"), flagged.

`jobs=0` screens in threads of this process (tests: no process start-up; only the cooperative
deadline applies there).
"""

from __future__ import annotations

import asyncio
import threading
from typing import Any

from extract.intake.pool import ScreeningPool
from extract.intake.screen import ScanConfig, prepare, reading_key, screen_bytes


def _warm(config: ScanConfig) -> tuple[str, str, str]:
    """Load the policy and model in a worker before the first upload arrives; say which they are.

    The server process itself never loads the model (no scikit-learn there): it learns the model
    id, policy version and reading key it needs for the ledger's skip check from a worker.
    """
    ctx = prepare(config)
    # One tiny document through the whole pipeline builds what is built lazily on first use (the
    # policy's match automaton, about 3 s; parser imports), which would otherwise stall the first
    # uploads (the load test measured 3 s for the first 20 of them before this).
    screen_bytes(b"Warm-up: network switch, Huawei.\n", "warm-up.txt", config)
    return ctx.model_id, ctx.policy_version, reading_key(config)


class Screener:
    """The server's handle on the intake pool; `await screen(path, name)` gives the records."""

    def __init__(self, config: ScanConfig, jobs: int):
        self.config = config
        self.jobs = jobs
        self.pool = ScreeningPool(config, jobs)
        self.versions: tuple[str, str, str] = ("", "", "")  # model id, policy version, reading key
        self._lock = threading.Lock()
        self._started = False

    def start(self) -> None:
        """Start the workers and load the model in each, so the first upload is not slow.

        Raises what loading raises (ModelError, PolicyError): the command calls this before it
        binds the port, so a bad model is exit 2 with its message, not a failed server start-up.
        Once started, later calls do nothing.
        """
        with self._lock:
            if self._started:
                return
            for versions in self.pool.run_everywhere(_warm, self.config):
                self.versions = versions
            self.pool.versions = self.versions[:2]
            self._started = True

    async def screen(self, path: str, name: str) -> list[dict[str, Any]]:
        return await asyncio.wrap_future(self.pool.submit(path, name))

    def close(self) -> None:
        self.pool.close()
