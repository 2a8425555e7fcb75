"""Screening uploads off the event loop: worker processes by default, a thread for tests.

Why processes: parsing and the model are CPU-bound Python; in the server's own process they
would hold the GIL and stall every other request. Worker processes are started with `spawn`
(the server has threads; forking a threaded process can copy a held lock), each loads the policy
and model once (extract.intake.screen.prepare's per-process cache) and runs `screen_path` in its
main thread, so the SIGALRM wall-clock backstop applies as in a scan. A worker that dies (a
segfault in a C parser, the OOM killer) breaks the pool: the pool is replaced and that upload
gets an `error` record, flagged, as scan does.

`jobs=0` screens in a thread of this process (tests: no process start-up; only the cooperative
deadline applies there).
"""

from __future__ import annotations

import asyncio
import multiprocessing
import threading
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from extract.intake.record import build_record
from extract.intake.screen import (
    ScanConfig,
    _error_document,
    prepare,
    reading_key,
    screen_bytes,
    screen_path,
)
from extract.types import unreadable_verdict


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
    """A pool that screens stored uploads; `await screen(path, name)` gives the records."""

    def __init__(self, config: ScanConfig, jobs: int):
        self.config = config
        self.jobs = jobs
        self._lock = threading.Lock()
        self._executor: Executor | None = None
        self.versions: tuple[str, str, str] = ("", "", "")  # model id, policy version, reading key
        self._started = False

    def _make(self) -> Executor:
        if self.jobs <= 0:
            return ThreadPoolExecutor(max_workers=2, thread_name_prefix="tender-triage-screen")
        return ProcessPoolExecutor(max_workers=self.jobs, mp_context=multiprocessing.get_context("spawn"))

    def start(self) -> None:
        """Start the workers and load the model in each, so the first upload is not slow.

        Raises what loading raises (ModelError, PolicyError): the command calls this before it
        binds the port, so a bad model is exit 2 with its message, not a failed server start-up.
        Once started, later calls do nothing.
        """
        with self._lock:
            if self._started:
                return
            if self._executor is None:
                self._executor = self._make()
            executor = self._executor
        futures = [executor.submit(_warm, self.config) for _ in range(max(1, self.jobs))]
        for f in futures:
            self.versions = f.result()
        self._started = True

    def _current(self) -> Executor:
        with self._lock:
            if self._executor is None:
                self._executor = self._make()
            return self._executor

    def _replace(self, broken: Executor) -> None:
        with self._lock:
            if self._executor is broken:
                self._executor = self._make()
        broken.shutdown(wait=False, cancel_futures=True)

    async def screen(self, path: str, name: str) -> list[dict[str, Any]]:
        executor = self._current()
        try:
            return await asyncio.wrap_future(executor.submit(screen_path, path, self.config, name=name))
        except BrokenProcessPool:
            self._replace(executor)
            message = "worker process died while reading this document"
            doc = _error_document(path, message, name=name)
            model, policy, _ = self.versions
            return [build_record(doc, [], unreadable_verdict(message), model_id=model, policy_version=policy)]

    def close(self) -> None:
        with self._lock:
            executor, self._executor = self._executor, None
        if executor is not None:
            executor.shutdown(wait=True, cancel_futures=True)
