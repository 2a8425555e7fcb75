"""The fuzzer's worker process: screens one input at a time exactly as a batch worker does.

Run by fuzz_pipeline.py as a child process (never imported by the tool). It talks over its
stdin/stdout with length-prefixed pickle frames; everything a library prints goes to stderr,
because fd 1 is pointed there once the protocol has its own copy of it.

Why a separate process: a hang (the per-input budget) or a death (a segfault in a C parser, the
memory cap) is observed from outside, the worker is replaced, and the run goes on, the way the
batch runner replaces a dead worker. Why an audit hook: Python reports every file opened for
writing and every rename, removal or mkdir (PEP 578), so a write outside the sandbox (an archive
member named ../../etc/passwd used as a path) is caught the moment it happens, even while other
processes on the machine are writing to /tmp.
"""

from __future__ import annotations

import os
import pickle
import struct
import sys
import time
import traceback
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

_HEADER = struct.Struct("<Q")


def write_frame(stream: Any, obj: Any) -> None:
    blob = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(_HEADER.pack(len(blob)) + blob)
    stream.flush()


def read_frame(stream: Any) -> Any:
    head = stream.read(_HEADER.size)
    if len(head) < _HEADER.size:
        return None
    (n,) = _HEADER.unpack(head)
    return pickle.loads(stream.read(n))


# --------------------------------------------------------------------------- writes outside the sandbox

_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND
_MUTATING_EVENTS = {
    "os.mkdir", "os.rename", "os.replace", "os.remove", "os.rmdir", "os.symlink", "os.link",
    "os.truncate", "os.chmod", "os.chown", "shutil.copyfile", "shutil.rmtree", "shutil.move",
}


class WriteAudit:
    """Collects file-system mutations outside `allowed` roots while `active`."""

    def __init__(self, allowed: list[str]):
        self.allowed = [os.path.realpath(a) for a in allowed] + ["/dev/null"]
        self.active = False
        self.outside: list[str] = []

    def _inside(self, p: Any) -> bool:
        if isinstance(p, int):  # an fd: was opened (and checked) earlier
            return True
        if isinstance(p, bytes):
            p = os.fsdecode(p)
        if not isinstance(p, str):
            p = os.fspath(p)
        full = os.path.realpath(os.path.join(os.getcwd(), p))
        return any(full == a or full.startswith(a + os.sep) for a in self.allowed)

    def __call__(self, event: str, args: tuple[Any, ...]) -> None:
        if not self.active:
            return
        try:
            if event == "open":
                path, mode, flags = (tuple(args) + (None, None, None))[:3]
                writes = (isinstance(mode, str) and any(c in mode for c in "wax+")) or (
                    isinstance(flags, int) and flags & _WRITE_FLAGS
                )
                if writes and path is not None and not self._inside(path):
                    self.outside.append(f"open for writing: {path!r}")
            elif event in _MUTATING_EVENTS:
                targets = [a for a in args[:2] if isinstance(a, (str, bytes, os.PathLike))]
                for t in targets:
                    if not self._inside(t):
                        self.outside.append(f"{event}: {t!r}")
        except Exception as exc:  # noqa: BLE001 - an audit hook must never break the code it watches
            self.outside.append(f"audit hook failed on {event}: {exc!r}")


# --------------------------------------------------------------------------- screening one input


def _listing(folder: str) -> list[str]:
    out = []
    for root, dirs, files in os.walk(folder):
        out.extend(os.path.relpath(os.path.join(root, n), folder) for n in dirs + files)
    return sorted(out)


def _empty(folder: str) -> None:
    import shutil

    for name in os.listdir(folder):
        p = os.path.join(folder, name)
        if os.path.isdir(p) and not os.path.islink(p):
            shutil.rmtree(p, ignore_errors=True)
        else:
            os.unlink(p)


def _diagnose(path: str, config: Any, ctx: Any) -> str:
    """Re-run the stages without the runner's safety net, to get the traceback of a crash."""
    from extract.model.classify import rules_verdict
    from extract.limits import Deadline
    from extract.mentions.match import find_mentions
    from extract.parse import parse_path

    try:
        for doc in parse_path(path, limits=config.limits, deadline=Deadline(config.limits.max_seconds)):
            if doc.ok:
                mentions = find_mentions(doc, ctx.policy)
                if ctx.model is not None:
                    ctx.model.predict([doc], [mentions])
                else:
                    rules_verdict(doc, mentions, ctx.policy)
        return "(not reproduced outside the runner)"
    except BaseException:  # noqa: BLE001
        return traceback.format_exc(limit=12)


class Screener:
    """Holds the loaded policy/model (prepared once) and screens inputs one by one."""

    def __init__(self, setup: dict[str, Any]):
        import extract.intake.screen as batch
        from extract.limits import Limits

        self.batch = batch
        self.sandbox = setup["sandbox"]
        self.work = os.path.join(self.sandbox, "cwd")
        self.tmp = os.path.join(self.sandbox, "tmp")
        os.chdir(self.work)
        self.config = batch.ScanConfig(
            model_dir=setup.get("model_dir"),
            limits=Limits(**setup.get("limits", {})),
            max_worker_mb=setup.get("max_worker_mb"),
            test_hook=setup.get("test_hook"),
        )
        self.ctx = batch.prepare(self.config)
        self.pairs: list[tuple[Any, dict[str, Any]]] = []
        original = batch.screen_document

        def capture(doc, ctx, **kw):  # the same function, remembering which Document gave which record
            rec = original(doc, ctx, **kw)
            self.pairs.append((doc, rec))
            return rec

        batch.screen_document = capture
        self.audit = WriteAudit([self.sandbox])
        sys.addaudithook(self.audit)

    def screen(self, name: str, data: bytes) -> dict[str, Any]:
        from fuzz.invariants import CRASH_MARKERS, check_input_records, check_offsets

        with open(name, "wb") as fh:
            fh.write(data)
        self.pairs.clear()
        self.audit.outside.clear()
        self.audit.active = True
        t0 = time.monotonic()
        try:
            records = self.batch.screen_path(name, self.config)
        except BaseException:  # noqa: BLE001 - the runner promised never to raise
            records = []
            escaped = traceback.format_exc(limit=12)
        else:
            escaped = None
        finally:
            self.audit.active = False
        seconds = time.monotonic() - t0
        violations = []
        if escaped:
            violations.append(f"exception escaped screen_path: {escaped.strip().splitlines()[-1]}")
        violations += check_input_records(records, name, data)
        for doc, rec in self.pairs:
            if rec in records:
                violations += check_offsets(rec, [p.text for p in doc.pages])
        violations += [f"wrote outside the sandbox: {w}" for w in self.audit.outside]
        os.unlink(name)
        leftovers = _listing(self.work) + [f"tmp/{n}" for n in _listing(self.tmp)]
        if leftovers:
            violations.append(f"files left behind: {leftovers[:5]}")
            _empty(self.work)
            _empty(self.tmp)
        detail = escaped
        if not detail and any(any(m in (r.get("error") or "") for m in CRASH_MARKERS) for r in records):
            detail = _diagnose_in_place(name, data, self)
        import resource

        return {
            "records": [
                {k: r.get(k) for k in ("path", "status", "error", "verdict", "flag", "pages", "format")} for r in records
            ],
            "n_mentions": sum(len(r.get("mentions") or ()) for r in records),
            "violations": violations,
            "traceback": detail,
            "seconds": seconds,
            "maxrss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
        }


def _diagnose_in_place(name: str, data: bytes, s: Screener) -> str:
    with open(name, "wb") as fh:
        fh.write(data)
    try:
        return _diagnose(name, s.config, s.ctx)
    finally:
        os.unlink(name)


def main() -> int:
    protocol_out = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)  # anything printed by a library goes to stderr, never into the protocol
    sys.stdout = sys.stderr
    stdin = sys.stdin.buffer
    setup = read_frame(stdin)
    if setup is None:
        return 0
    screener = Screener(setup)
    write_frame(protocol_out, {"ready": True, "model": screener.ctx.model_id, "policy": screener.ctx.policy_version})
    while True:
        job = read_frame(stdin)
        if job is None:
            return 0
        write_frame(protocol_out, screener.screen(job["name"], job["data"]))


if __name__ == "__main__":
    sys.exit(main())
