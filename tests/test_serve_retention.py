"""Stored uploads are removed after the retention period unless a document in them still waits
for a reviewer (extract.serve.retention; serve.toml keep_uploads_days, --keep-uploads-days)."""

from __future__ import annotations

import hashlib
import logging
import os
import time
from dataclasses import replace
from pathlib import Path

import pytest

pytest.importorskip("fastapi", reason="the serve extra is not installed (pip install -e '.[serve]')")

from fastapi.testclient import TestClient
from serve_helpers import (
    CLEANING,
    HIKVISION_QUOTE,
    bearer,
    server_settings,
    write_config,
)

from extract.intake.ledger import Ledger
from extract.serve.app import create_app
from extract.serve.config import (
    DEFAULT_KEEP_UPLOADS_DAYS,
    ServeConfigError,
    load_config,
)
from extract.serve.retention import clean_uploads
from extract.serve.uploads import stored_path

DAY = 86400


def _store(storage: Path, ledger: Ledger, data: bytes, verdict: str | None, *, age_days: float, now: float) -> str:
    """A stored upload of `data`, last uploaded `age_days` ago; with a ledger record of `verdict`
    (None: the ledger never heard of it)."""
    sha = hashlib.sha256(data).hexdigest()
    path = stored_path(storage, sha)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    os.utime(path, (now - age_days * DAY, now - age_days * DAY))
    if verdict is not None:
        record = {"path": f"{sha[:6]}.txt", "sha256": sha, "verdict": verdict, "score": 0.5, "mentions": [],
                  "entities": [], "reasons": [], "status": "ok"}
        ledger.store(f"upload/{sha}/{sha[:6]}.txt", sha, [record], model="m", policy="p", reading="r")
    return sha


def test_only_old_uploads_nobody_waits_on_are_removed_and_each_removal_is_logged(tmp_path, caplog):
    storage = tmp_path / "uploads"
    now = time.time()
    with Ledger(tmp_path / "ledger.sqlite") as ledger:
        old_decided = _store(storage, ledger, b"old, decided", "in_scope_ict", age_days=40, now=now)
        old_undecided = _store(storage, ledger, b"old, not decided", "in_scope_ict", age_days=40, now=now)
        old_look = _store(storage, ledger, b"old, verdict changed since", "restricted_vendor_named", age_days=40, now=now)
        old_unknown = _store(storage, ledger, b"old, never screened", None, age_days=40, now=now)
        new_decided = _store(storage, ledger, b"recent, decided", "out_of_scope", age_days=5, now=now)
        ledger.decide(old_decided, "clear", user="ana", note="", model="m", policy="p", verdict="in_scope_ict")
        ledger.decide(new_decided, "clear", user="ana", note="", model="m", policy="p", verdict="out_of_scope")
        ledger.decide(old_look, "clear", user="ana", note="", model="m", policy="p", verdict="out_of_scope")
        (storage / "notes.txt").write_text("not an upload", encoding="utf-8")  # never touched
        old_part = storage / "incoming" / "abc.part"
        old_part.parent.mkdir()
        old_part.write_bytes(b"half")
        os.utime(old_part, (now - 2 * DAY, now - 2 * DAY))

        with caplog.at_level(logging.INFO, logger="extract.serve.retention"):
            removed = clean_uploads(storage, ledger, 30, now=now)

        assert sorted(removed) == sorted([old_decided, old_unknown])
        left = {p.name for p in storage.rglob("*") if p.is_file()}
        assert left == {old_undecided, old_look, new_decided, "notes.txt"}
        logged = " ".join(r.getMessage() for r in caplog.records)
        assert old_decided in logged and old_unknown in logged and old_undecided not in logged
        [event] = [e for e in ledger.audit_log() if e["action"] == "uploads_removed"]
        assert sorted(event["detail"]["sha256"]) == sorted(removed) and event["detail"]["keep_days"] == 30
        assert clean_uploads(storage, ledger, 30, now=now) == []  # nothing more to do
        assert clean_uploads(storage, ledger, 0, now=now + 1000 * DAY) == []  # 0 keeps everything
        assert clean_uploads(storage, ledger, 30, now=now + 1000 * DAY) == [new_decided]


def test_keep_uploads_days_is_read_from_the_config_and_checked(tmp_path):
    path = write_config(tmp_path)
    assert load_config(path).keep_uploads_days == DEFAULT_KEEP_UPLOADS_DAYS
    path.write_text("keep_uploads_days = 7\n" + path.read_text(encoding="utf-8"), encoding="utf-8")
    assert load_config(path).keep_uploads_days == 7
    path.write_text("keep_uploads_days = -1\n" + path.read_text(encoding="utf-8").split("\n", 1)[1], encoding="utf-8")
    with pytest.raises(ServeConfigError, match="keep_uploads_days"):
        load_config(path)


def test_the_server_cleans_up_at_start_and_an_upload_again_restarts_the_clock(tmp_path):
    settings = replace(server_settings(tmp_path), keep_uploads_days=10)
    with TestClient(create_app(settings)) as client:
        files = [client.post("/api/documents", files={"file": (name, text.encode())}, headers=bearer("ana")).json()
                 ["files"][0] for name, text in (("quote.txt", HIKVISION_QUOTE), ("cleaning.txt", CLEANING))]
        for f in files:
            client.post("/api/decisions", json={"sha256": f["sha256"], "decision": "clear"}, headers=bearer("ana"))
    quote, cleaning = (stored_path(Path(settings.storage), f["sha256"]) for f in files)
    long_ago = time.time() - 30 * DAY
    for p in (quote, cleaning):
        os.utime(p, (long_ago, long_ago))
    with TestClient(create_app(settings)) as client:  # a restart: clean-up runs at start
        assert not quote.exists() and not cleaning.exists()
        # the same bytes uploaded again are stored again, and the clock starts from now
        again = client.post("/api/documents", files={"file": ("quote.txt", HIKVISION_QUOTE.encode())},
                            headers=bearer("ana")).json()["files"][0]
        assert again["cached"] is True and quote.exists()
        os.utime(quote, (long_ago, long_ago))
        client.post("/api/documents", files={"file": ("quote-2.txt", HIKVISION_QUOTE.encode())}, headers=bearer("ana"))
        assert time.time() - quote.stat().st_mtime < DAY
        assert client.app.state.clean_uploads() == []
    with TestClient(create_app(replace(settings, keep_uploads_days=0))):  # 0: keep everything
        assert quote.exists()


def test_the_command_refuses_a_negative_retention(tmp_path, capsys):
    from extract.cli import main

    config = write_config(tmp_path)
    assert main(["serve", "--db", str(tmp_path / "l.sqlite"), "--config", str(config), "--keep-uploads-days", "-1",
                 "--jobs", "0"]) == 2
    assert "--keep-uploads-days" in capsys.readouterr().err
