"""The scan ledger: atomic per-file commits, skip checks by model/policy, latest-record reads."""

from __future__ import annotations

import sqlite3

import pytest

from extract.intake.ledger import (
    SCHEMA_VERSION,
    Ledger,
    LedgerError,
    needs_another_look,
)
from extract.intake.record import build_record
from extract.types import Document, Page, Verdict


def _record(path: str, sha: str, verdict: str = "out_of_scope", status: str = "ok") -> dict:
    doc = Document(path=path, sha256=sha, format="text", status=status, pages=(Page(1, "text"),) if status == "ok" else ())
    v = Verdict(verdict, verdict != "out_of_scope", 0.25)
    return build_record(doc, [], v, model_id="m1", policy_version="p1")


def test_store_then_lookup_same_model_and_policy(tmp_path):
    with Ledger(tmp_path / "l.sqlite") as ledger:
        recs = [_record("a.txt", "aa")]
        ledger.store("a.txt", "aa", recs, model="m1", policy="p1")
        assert ledger.lookup("a.txt", "aa", model="m1", policy="p1") == recs


@pytest.mark.parametrize(
    "path,sha,model,policy",
    [("a.txt", "bb", "m1", "p1"), ("b.txt", "aa", "m1", "p1"), ("a.txt", "aa", "m2", "p1"), ("a.txt", "aa", "m1", "p2")],
)
def test_lookup_misses_on_changed_bytes_path_model_or_policy(tmp_path, path, sha, model, policy):
    with Ledger(tmp_path / "l.sqlite") as ledger:
        ledger.store("a.txt", "aa", [_record("a.txt", "aa")], model="m1", policy="p1")
        assert ledger.lookup(path, sha, model=model, policy=policy) is None


def test_rescreen_keeps_one_row_per_document_and_first_seen(tmp_path):
    db = tmp_path / "l.sqlite"
    with Ledger(db) as ledger:
        ledger.store("a.txt", "aa", [_record("a.txt", "aa")], model="m1", policy="p1")
        first = sqlite3.connect(db).execute("SELECT first_seen, screened_at FROM documents").fetchone()
        ledger.store("a.txt", "aa", [_record("a.txt", "aa", "in_scope_ict")], model="m1", policy="p2")
        assert ledger.count_documents() == 1
        assert ledger.lookup("a.txt", "aa", model="m1", policy="p1") is None
        assert ledger.lookup("a.txt", "aa", model="m1", policy="p2")[0]["verdict"] == "in_scope_ict"
    second = sqlite3.connect(db).execute("SELECT first_seen, screened_at FROM documents").fetchone()
    assert second[0] == first[0]
    assert second[1] > first[1]


def test_zip_members_are_rows_keyed_by_member_path_and_returned_in_order(tmp_path):
    members = [_record("p.zip!b.pdf", "b1"), _record("p.zip!a.pdf", "a1"), _record("p.zip!c.pdf", "c1")]
    with Ledger(tmp_path / "l.sqlite") as ledger:
        ledger.store("p.zip", "zz", members, model="m1", policy="p1")
        assert ledger.document_keys() == [("p.zip!a.pdf", "a1"), ("p.zip!b.pdf", "b1"), ("p.zip!c.pdf", "c1")]
        assert [r["path"] for r in ledger.lookup("p.zip", "zz", model="m1", policy="p1")] == [m["path"] for m in members]
        # Same bytes screened again by a parser that now sees fewer members: stale rows go.
        ledger.store("p.zip", "zz", members[:1], model="m1", policy="p2")
        assert ledger.document_keys() == [("p.zip!b.pdf", "b1")]


def test_retry_errors_only_misses_files_with_error_records(tmp_path):
    with Ledger(tmp_path / "l.sqlite") as ledger:
        ledger.store("bad.pdf", "11", [_record("bad.pdf", "11", "unreadable", status="error")], model="m", policy="p")
        ledger.store("ok.txt", "22", [_record("ok.txt", "22")], model="m", policy="p")
        assert ledger.lookup("bad.pdf", "11", model="m", policy="p") is not None
        assert ledger.lookup("bad.pdf", "11", model="m", policy="p", retry_errors=True) is None
        assert ledger.lookup("ok.txt", "22", model="m", policy="p", retry_errors=True) is not None


def test_latest_records_reports_only_the_newest_version_of_each_file(tmp_path):
    with Ledger(tmp_path / "l.sqlite") as ledger:
        ledger.store("a.txt", "v1", [_record("a.txt", "v1")], model="m", policy="p")
        ledger.store("b.txt", "bb", [_record("b.txt", "bb")], model="m", policy="p")
        ledger.store("a.txt", "v2", [_record("a.txt", "v2", "in_scope_ict")], model="m", policy="p")
        latest = list(ledger.latest_records())
    assert [(r["path"], r["sha256"]) for r in latest] == [("a.txt", "v2"), ("b.txt", "bb")]


def test_failed_store_leaves_nothing_half_written(tmp_path):
    class Unserialisable:
        pass

    with Ledger(tmp_path / "l.sqlite") as ledger:
        good = _record("p.zip!a", "a")
        bad = dict(_record("p.zip!b", "b"), extra=Unserialisable())
        with pytest.raises(TypeError):
            ledger.store("p.zip", "zz", [good, bad], model="m", policy="p")
        assert ledger.count_documents() == 0
        assert ledger.lookup("p.zip", "zz", model="m", policy="p") is None


def test_wal_mode_and_a_non_ledger_file_is_a_configuration_error(tmp_path):
    db = tmp_path / "l.sqlite"
    Ledger(db).close()
    assert sqlite3.connect(db).execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(LedgerError):
        Ledger(junk)


def test_lookup_misses_when_the_file_was_read_another_way(tmp_path):
    with Ledger(tmp_path / "l.sqlite") as ledger:
        recs = [_record("a.txt", "aa")]
        ledger.store("a.txt", "aa", recs, model="m1", policy="p1", reading="r:ocr-never")
        assert ledger.lookup("a.txt", "aa", model="m1", policy="p1", reading="r:ocr-never") == recs
        assert ledger.lookup("a.txt", "aa", model="m1", policy="p1", reading="r:ocr-always") is None


def test_a_version_1_ledger_is_upgraded_in_place_and_its_rows_still_skip(tmp_path):
    """Ledgers written before the reading column keep working: rows read as 'unknown reading'."""
    db = tmp_path / "old.sqlite"
    con = sqlite3.connect(db)
    con.executescript(
        """
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        INSERT INTO meta VALUES ('schema', '1');
        CREATE TABLE files (file_path TEXT NOT NULL, file_sha256 TEXT NOT NULL, model TEXT NOT NULL,
            policy TEXT NOT NULL, documents INTEGER NOT NULL, has_errors INTEGER NOT NULL,
            screened_at TEXT NOT NULL, PRIMARY KEY (file_path, file_sha256));
        INSERT INTO files VALUES ('a.txt', 'aa', 'm1', 'p1', 1, 0, '2026-01-01T00:00:00+00:00');
        """
    )
    con.commit()
    con.close()
    with Ledger(db) as ledger:
        assert ledger._db.execute("SELECT value FROM meta WHERE key='schema'").fetchone()[0] == SCHEMA_VERSION
        assert ledger.lookup("a.txt", "aa", model="m1", policy="p1", reading="r:new") == []
        ledger.store("b.txt", "bb", [_record("b.txt", "bb")], model="m1", policy="p1", reading="r:new")
        assert ledger.lookup("b.txt", "bb", model="m1", policy="p1", reading="r:other") is None


# --------------------------------------------------------------------------- review (issue 14)


def _decide(ledger, sha, decision="clear", verdict="out_of_scope", user="ana"):
    return ledger.decide(sha, decision, user=user, model="m1", policy="p1", verdict=verdict, note="seen, fine")


def test_a_decision_keeps_who_what_and_the_versions_seen_and_is_audited(tmp_path):
    with Ledger(tmp_path / "l.sqlite") as ledger:
        ledger.store("a.txt", "aa", [_record("a.txt", "aa")], model="m1", policy="p1")
        made = _decide(ledger, "aa")
        [stored] = ledger.decisions("aa")
        assert stored == made
        assert (stored["user"], stored["decision"], stored["model"], stored["policy"], stored["verdict"]) == (
            "ana", "clear", "m1", "p1", "out_of_scope")
        assert stored["note"] == "seen, fine" and stored["decided_at"]
        [event] = ledger.audit_log()
        assert (event["user"], event["action"], event["sha256"]) == ("ana", "decide", "aa")
        assert event["detail"]["decision_id"] == made["id"]


def test_unknown_decision_is_refused(tmp_path):
    with Ledger(tmp_path / "l.sqlite") as ledger, pytest.raises(ValueError):
        _decide(ledger, "aa", decision="approve")


def test_decisions_survive_a_rescan_and_a_changed_verdict_needs_another_look(tmp_path):
    with Ledger(tmp_path / "l.sqlite") as ledger:
        ledger.store("a.txt", "aa", [_record("a.txt", "aa")], model="m1", policy="p1")
        _decide(ledger, "aa")
        ledger.store("a.txt", "aa", [_record("a.txt", "aa")], model="m1", policy="p2")  # re-scan, same verdict
        decision = ledger.current_decisions()["aa"]
        [rec] = ledger.records_by_sha("aa")
        assert decision["decision"] == "clear" and not needs_another_look(decision, rec)
        ledger.store("a.txt", "aa", [_record("a.txt", "aa", "in_scope_ict")], model="m2", policy="p2")
        [rec] = ledger.records_by_sha("aa")
        assert ledger.current_decisions()["aa"]["decision"] == "clear"
        assert needs_another_look(ledger.current_decisions()["aa"], rec)
        _decide(ledger, "aa", decision="confirm", verdict="in_scope_ict", user="bo")  # looked at again
        assert not needs_another_look(ledger.current_decisions()["aa"], rec)
        assert [d["decision"] for d in ledger.decisions("aa")] == ["confirm", "clear"]


def test_decisions_and_audit_are_append_only(tmp_path):
    with Ledger(tmp_path / "l.sqlite") as ledger:
        _decide(ledger, "aa")
        ledger.audit("ana", "login")
        for sql in ("UPDATE decisions SET decision='confirm'", "DELETE FROM decisions",
                    "UPDATE audit SET user='eve'", "DELETE FROM audit"):
            with pytest.raises(sqlite3.DatabaseError, match="append-only"):
                ledger._db.execute(sql)
        assert len(ledger.decisions()) == 1 and len(ledger.audit_log()) == 2


def test_a_version_2_ledger_gains_the_review_tables_and_keeps_its_rows(tmp_path):
    db = tmp_path / "v2.sqlite"
    with Ledger(db) as ledger:
        ledger.store("a.txt", "aa", [_record("a.txt", "aa")], model="m1", policy="p1", reading="r:1")
    con = sqlite3.connect(db)
    con.executescript("DROP TABLE decisions; DROP TABLE audit; UPDATE meta SET value='2' WHERE key='schema';")
    con.commit()
    con.close()
    with Ledger(db) as ledger:
        assert ledger._db.execute("SELECT value FROM meta WHERE key='schema'").fetchone()[0] == "3"
        assert ledger.lookup("a.txt", "aa", model="m1", policy="p1", reading="r:1") is not None
        _decide(ledger, "aa")
        assert ledger.current_decisions()["aa"]["user"] == "ana"


def test_queue_gives_latest_records_with_received_time_and_duplicates_by_sha(tmp_path):
    with Ledger(tmp_path / "l.sqlite") as ledger:
        ledger.store("a.txt", "aa", [_record("a.txt", "aa")], model="m", policy="p")
        ledger.store("copy-of-a.txt", "aa", [_record("copy-of-a.txt", "aa")], model="m", policy="p")
        queue = ledger.queue()
        assert [(r["path"], r["sha256"]) for r in queue] == [("a.txt", "aa"), ("copy-of-a.txt", "aa")]
        assert all(r["received"] for r in queue)
        assert sorted(r["path"] for r in ledger.records_by_sha("aa")) == ["a.txt", "copy-of-a.txt"]


def test_screening_signature_changes_with_every_store_and_not_with_decisions(tmp_path):
    with Ledger(tmp_path / "l.sqlite") as ledger:
        empty = ledger.screening_signature()
        ledger.store("a.txt", "aa", [_record("a.txt", "aa")], model="m1", policy="p1")
        one = ledger.screening_signature()
        ledger.store("a.txt", "aa", [_record("a.txt", "aa")], model="m1", policy="p2")  # same file screened again
        again = ledger.screening_signature()
        ledger.decide("aa", "clear", user="ana", model="m1", policy="p2", verdict="out_of_scope")
        assert len({empty, one, again}) == 3
        assert ledger.screening_signature() == again
