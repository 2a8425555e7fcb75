"""`tender-triage serve`: the HTTP API and the pages' security rules, through FastAPI's TestClient.

Screening runs with the mention rules (`--model rules`) in a thread (jobs=0): the model and the
worker processes are not the point here (one test starts the real process pool).
"""

from __future__ import annotations

import asyncio
import hashlib
import re
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

pytest.importorskip("fastapi", reason="the serve extra is not installed (pip install -e '.[serve]')")

from fastapi.testclient import TestClient
from serve_helpers import CLEANING, HIKVISION_QUOTE, PASSWORDS, bearer, server_settings

from extract.limits import DEFAULT_LIMITS, MB
from extract.serve.app import create_app

SHA_QUOTE = hashlib.sha256(HIKVISION_QUOTE.encode()).hexdigest()


@pytest.fixture
def server(tmp_path):
    settings = server_settings(tmp_path)
    with TestClient(create_app(settings)) as client:
        yield client, settings


def _upload(client, name, data, user="ana"):
    return client.post("/api/documents", files={"file": (name, data)}, headers=bearer(user))


def _stored_files(settings) -> list[Path]:
    return [p for p in Path(settings.storage).rglob("*") if p.is_file()]


def _ledger_rows(settings) -> int:
    con = sqlite3.connect(settings.db)
    try:
        return con.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
    finally:
        con.close()


def _login(client, user):
    page = client.get("/login")
    csrf = re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)
    r = client.post("/login", data={"user": user, "password": PASSWORDS[user], "csrf": csrf}, follow_redirects=False)
    assert r.status_code == 303, r.text
    return r


def _csrf_of(client, path="/"):
    return re.search(r'name="csrf" value="([^"]+)"', client.get(path).text).group(1)


# --------------------------------------------------------------------------- API


def test_upload_answers_with_the_record_and_keeps_it_in_the_ledger_once(server):
    client, settings = server
    r = _upload(client, "quote.txt", HIKVISION_QUOTE.encode())
    assert r.status_code == 200, r.text
    [file] = r.json()["files"]
    [rec] = file["records"]
    assert (file["name"], file["sha256"], file["cached"]) == ("quote.txt", SHA_QUOTE, False)
    assert rec["path"] == "quote.txt" and rec["sha256"] == SHA_QUOTE
    assert rec["verdict"] == "restricted_vendor_named" and rec["entities"] == ["hikvision"] and rec["model"] == "rules"
    again = _upload(client, "quote.txt", HIKVISION_QUOTE.encode()).json()["files"][0]
    assert again["cached"] is True and again["records"] == [rec]
    assert _ledger_rows(settings) == 1
    got = client.get(f"/api/records/{SHA_QUOTE}", headers=bearer("ana")).json()
    assert got["verdict"] == "restricted_vendor_named" and got["names"] == ["quote.txt"] and got["decision"] is None


def test_records_filter_by_verdict_and_duplicates_are_one_entry(server):
    client, _ = server
    _upload(client, "quote.txt", HIKVISION_QUOTE.encode())
    _upload(client, "quote-again.txt", HIKVISION_QUOTE.encode())
    _upload(client, "cleaning.txt", CLEANING.encode())
    everything = client.get("/api/records", headers=bearer("ana")).json()
    assert everything["count"] == 2
    assert everything["records"][0]["names"] == ["quote-again.txt", "quote.txt"]  # most urgent first, grouped
    only = client.get("/api/records", params={"verdict": "out_of_scope"}, headers=bearer("ana")).json()
    assert [r["path"] for r in only["records"]] == ["cleaning.txt"]
    by_name = client.get("/api/records", params={"q": "AGAIN"}, headers=bearer("ana")).json()
    assert by_name["count"] == 1
    page = client.get("/api/records", params={"offset": 1, "limit": 1}, headers=bearer("ana")).json()
    assert page["count"] == 2 and [r["path"] for r in page["records"]] == ["cleaning.txt"]
    _login(client, "ana")
    summary = client.get("/").text
    assert "Restricted vendor named: 1" in summary and "Out of scope: 1" in summary and "not decided: 2" in summary


@pytest.mark.parametrize("call", [
    ("post", "/api/documents"), ("get", "/api/records"), ("get", f"/api/records/{SHA_QUOTE}"),
    ("post", "/api/decisions"), ("get", "/api/decisions"),
])
@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer not-a-token"}, {"Authorization": "Basic YW5hOng="}])
def test_api_without_a_valid_token_is_401(server, call, headers):
    client, settings = server
    method, path = call
    r = getattr(client, method)(path, headers=headers)
    assert r.status_code == 401
    assert r.headers["www-authenticate"] == "Bearer"
    assert _stored_files(settings) == []


def test_decisions_through_the_api_keep_user_and_versions_and_survive_reupload(server):
    client, _ = server
    _upload(client, "quote.txt", HIKVISION_QUOTE.encode())
    r = client.post("/api/decisions", json={"sha256": SHA_QUOTE, "decision": "escalate", "note": "ask legal"},
                    headers=bearer("bo"))
    assert r.status_code == 201, r.text
    made = r.json()
    assert (made["user"], made["decision"], made["verdict"], made["model"]) == ("bo", "escalate",
                                                                              "restricted_vendor_named", "rules")
    assert made["policy"].startswith("sha256:")
    _upload(client, "quote.txt", HIKVISION_QUOTE.encode())
    [listed] = client.get("/api/decisions", params={"sha256": SHA_QUOTE}, headers=bearer("ana")).json()["decisions"]
    assert listed == made
    bad = client.post("/api/decisions", json={"sha256": SHA_QUOTE, "decision": "approve"}, headers=bearer("bo"))
    assert bad.status_code == 422
    missing = client.post("/api/decisions", json={"sha256": "0" * 64, "decision": "clear"}, headers=bearer("bo"))
    assert missing.status_code == 404


def test_a_path_traversal_filename_is_stored_by_hash_only(server, tmp_path):
    client, settings = server
    for name in ("../../../../evil.txt", "..\\..\\evil.txt", "/etc/evil.txt", "..", "a\x00b/../evil\r\n.txt"):
        r = _upload(client, name, HIKVISION_QUOTE.encode() + name.encode())
        assert r.status_code == 200, r.text
        [file] = r.json()["files"]
        assert "/" not in file["name"] and "\\" not in file["name"] and ".." != file["name"]
        assert "\x00" not in file["name"] and "\n" not in file["name"]
        sha = file["sha256"]
        assert (Path(settings.storage) / sha[:2] / sha).is_file()
    stored = _stored_files(settings)
    assert len(stored) == 5
    assert all(re.fullmatch(r"[0-9a-f]{64}", p.name) and p.parent.parent == Path(settings.storage) for p in stored)
    assert not list(tmp_path.parent.rglob("evil*"))


# --------------------------------------------------------------------------- upload limits


def test_an_upload_over_the_limit_is_413_and_nothing_is_kept(tmp_path):
    settings = server_settings(tmp_path, limits=replace(DEFAULT_LIMITS, max_bytes=64 * 1024))
    with TestClient(create_app(settings)) as client:
        r = _upload(client, "big.txt", b"x" * (100 * 1024))
        assert r.status_code == 413
        assert _stored_files(settings) == [] and _ledger_rows(settings) == 0

        def chunks():  # no Content-Length: the bytes are counted as they arrive
            boundary = b"B0undary"
            yield b"--" + boundary + b'\r\nContent-Disposition: form-data; name="file"; filename="big.txt"\r\n\r\n'
            for _ in range(100):
                yield b"y" * 1024
            yield b"\r\n--" + boundary + b"--\r\n"

        r = client.post("/api/documents", content=chunks(),
                        headers={**bearer("ana"), "Content-Type": "multipart/form-data; boundary=B0undary"})
        assert r.status_code == 413
        assert _stored_files(settings) == [] and _ledger_rows(settings) == 0
        many = [("file", (f"f{i}.txt", b"x")) for i in range(3)]
        tight = replace(settings, scan=replace(settings.scan, limits=replace(DEFAULT_LIMITS, zip_max_members=2)))
    with TestClient(create_app(tight)) as client:
        r = client.post("/api/documents", files=many, headers=bearer("ana"))
        assert r.status_code == 413 and "too many files" in r.json()["detail"]
        assert _stored_files(settings) == []


def _asgi_upload(app, headers: list[tuple[bytes, bytes]], body_chunks):
    """Call the ASGI app directly: returns (status, number of body chunks the app asked for)."""
    asked = []
    sent: list[dict] = []
    chunks = iter(body_chunks)

    async def receive():
        asked.append(1)
        try:
            return {"type": "http.request", "body": next(chunks), "more_body": True}
        except StopIteration:
            return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message):
        sent.append(message)

    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "POST", "scheme": "http",
             "path": "/api/documents", "raw_path": b"/api/documents", "query_string": b"", "root_path": "",
             "headers": headers, "client": ("127.0.0.1", 1), "server": ("127.0.0.1", 8000)}
    asyncio.run(app(scope, receive, send))
    return sent[0]["status"], len(asked)


def test_a_300_mb_upload_is_refused_with_413_from_its_content_length_before_reading(tmp_path):
    settings = server_settings(tmp_path)  # the default limits: 256 MB per file, as scan
    app = create_app(settings)
    headers = [(b"authorization", bearer("ana")["Authorization"].encode()),
               (b"content-type", b"multipart/form-data; boundary=B0undary"),
               (b"content-length", str(300 * MB).encode())]
    status, asked = _asgi_upload(app, headers, iter(()))
    assert status == 413 and asked == 0
    assert _stored_files(settings) == [] and _ledger_rows(settings) == 0


def test_a_300_mb_upload_without_content_length_is_cut_off_while_streaming(tmp_path):
    settings = server_settings(tmp_path)
    app = create_app(settings)
    head = b'--B0undary\r\nContent-Disposition: form-data; name="file"; filename="big.pdf"\r\n\r\n'
    block = b"%" * MB

    def body():
        yield head
        for _ in range(300):
            yield block

    headers = [(b"authorization", bearer("ana")["Authorization"].encode()),
               (b"content-type", b"multipart/form-data; boundary=B0undary")]
    status, asked = _asgi_upload(app, headers, body())
    assert status == 413
    assert asked < 260  # stopped at the 256 MB limit, not after all 300 MB
    assert _stored_files(settings) == [] and _ledger_rows(settings) == 0


# --------------------------------------------------------------------------- pages


def test_pages_need_a_login_and_send_the_security_headers(server):
    client, _ = server
    r = client.get("/", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/login"
    page = client.get("/login")
    csp = page.headers["content-security-policy"]
    assert "script-src 'none'" in csp and "unsafe-inline" not in csp and "default-src 'none'" in csp
    assert page.headers["x-frame-options"] == "DENY" and page.headers["x-content-type-options"] == "nosniff"
    cookie = page.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie and "Path=/" in cookie


def test_login_needs_the_right_password_and_the_pages_own_csrf_token(server):
    client, _ = server
    csrf = _csrf_of(client, "/login")
    r = client.post("/login", data={"user": "ana", "password": "wrong-password", "csrf": csrf})
    assert r.status_code == 401
    r = client.post("/login", data={"user": "ana", "password": PASSWORDS["ana"], "csrf": "forged"})
    assert r.status_code == 403
    junk = {f"f{i}": "x" for i in range(60)}
    assert client.post("/login", data={**junk, "csrf": csrf}).status_code == 400
    before = client.cookies.get("tt_session")
    _login(client, "ana")
    assert client.cookies.get("tt_session") != before  # a new session id after login
    assert client.get("/").status_code == 200


def test_a_csrf_token_from_another_users_session_is_403(tmp_path):
    settings = server_settings(tmp_path)
    app = create_app(settings)
    with TestClient(app) as ana, TestClient(app) as bo:
        _upload(ana, "quote.txt", HIKVISION_QUOTE.encode())
        _login(ana, "ana")
        _login(bo, "bo")
        bos_token = _csrf_of(bo)
        form = {"decision": "clear", "note": "fine", "csrf": bos_token}
        r = ana.post(f"/documents/{SHA_QUOTE}/decision", data=form, follow_redirects=False)
        assert r.status_code == 403
        r = ana.post(f"/documents/{SHA_QUOTE}/decision", data={**form, "csrf": ""}, follow_redirects=False)
        assert r.status_code == 403
        assert ana.get("/api/decisions", headers=bearer("ana")).json()["decisions"] == []
        r = ana.post(f"/documents/{SHA_QUOTE}/decision", data={**form, "csrf": _csrf_of(ana)}, follow_redirects=False)
        assert r.status_code == 303
        [d] = ana.get("/api/decisions", headers=bearer("ana")).json()["decisions"]
        assert (d["user"], d["decision"], d["note"], d["model"]) == ("ana", "clear", "fine", "rules")
        # logging out ends the session: its cookie and token are worth nothing afterwards
        token = _csrf_of(ana)
        ana.post("/logout", data={"csrf": token})
        assert ana.get("/", follow_redirects=False).status_code == 303


def test_document_text_and_names_are_escaped_on_every_page(server):
    client, _ = server
    evil = "<script>alert(1)</script>"
    text = f"Offer: Hikvision camera {evil} <img src=x onerror=alert(2)>\n"
    name = "<b onmouseover=alert(3)>quote.txt"
    file = _upload(client, name, text.encode()).json()["files"][0]
    assert file["name"] == name
    _login(client, "ana")
    for path in ("/", f"/documents/{file['sha256']}", "/?q=%3Cb"):
        html = client.get(path).text
        assert "<script" not in html and "<img" not in html and "<b " not in html
        assert "&lt;b onmouseover=alert(3)&gt;quote.txt" in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in client.get(f"/documents/{file['sha256']}").text


def test_the_worker_process_pool_screens_uploads(tmp_path):
    settings = server_settings(tmp_path, jobs=1)
    with TestClient(create_app(settings)) as client:
        r = _upload(client, "quote.txt", HIKVISION_QUOTE.encode())
        assert r.status_code == 200
        assert r.json()["files"][0]["records"][0]["verdict"] == "restricted_vendor_named"


def kill_on_poison_bytes(path: str) -> None:
    """Test-only worker hook (ScanConfig.test_hook): SIGKILL the worker that picks up an upload
    whose bytes start with POISON, as the OOM killer would. Uploads are stored by hash, so the
    hook looks at the bytes, not the name."""
    import os
    import signal

    with open(path, "rb") as fh:
        if fh.read(6) == b"POISON":
            os.kill(os.getpid(), signal.SIGKILL)


def test_an_upload_that_kills_its_worker_gets_an_error_record_and_the_others_their_own(tmp_path):
    """The intake pool's recovery, as scan has it: the broken pool is replaced, the upload that
    killed its worker is recorded as such, the one queued behind it is screened normally."""
    settings = server_settings(tmp_path, jobs=1)
    hooked = replace(settings, scan=replace(settings.scan, test_hook=f"{__name__}:kill_on_poison_bytes"))
    with TestClient(create_app(hooked)) as client:
        files = [("file", ("poison.txt", b"POISON Huawei router\n")), ("file", ("quote.txt", HIKVISION_QUOTE.encode()))]
        r = client.post("/api/documents", files=files, headers=bearer("ana"))
        assert r.status_code == 200, r.text
        by_name = {f["name"]: f["records"] for f in r.json()["files"]}
        [poison] = by_name["poison.txt"]
        assert poison["status"] == "error" and poison["verdict"] == "unreadable" and poison["flag"] is True
        assert poison["error"].startswith("worker process died while reading this document (")
        assert poison["path"] == "poison.txt" and poison["model"] == "rules"
        assert by_name["quote.txt"][0]["verdict"] == "restricted_vendor_named"
        again = _upload(client, "cleaning.txt", CLEANING.encode())  # a fresh pool took over
        assert again.json()["files"][0]["records"][0]["verdict"] == "out_of_scope"


def test_openapi_schema_lists_the_api(server):
    client, _ = server
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/api/documents", "/api/records", "/api/records/{sha256}", "/api/decisions"} <= set(paths)
    assert "multipart/form-data" in paths["/api/documents"]["post"]["requestBody"]["content"]


# --------------------------------------------------------------------------- the command


def test_serve_command_stops_with_exit_2_on_a_bad_model_or_config(tmp_path, capsys):
    from serve_helpers import write_config

    from extract.cli import main

    config = write_config(tmp_path)
    db = str(tmp_path / "l.sqlite")
    assert main(["serve", "--db", db, "--config", str(config), "--model", str(tmp_path / "no-model"), "--jobs", "0"]) == 2
    assert "no-model" in capsys.readouterr().err
    bad = tmp_path / "bad.toml"
    bad.write_text('[users.ana]\npassword = "plain-text-password"\n', encoding="utf-8")
    assert main(["serve", "--db", db, "--config", str(bad)]) == 2
    assert "argon2 hash" in capsys.readouterr().err
    assert main(["serve", "--db", db]) == 2


def test_hash_password_and_new_token_helpers_make_a_working_config(tmp_path, monkeypatch, capsys):
    import io

    from extract.cli import main
    from extract.serve.auth import check_password
    from extract.serve.config import load_config

    monkeypatch.setattr("sys.stdin", io.StringIO("a long enough password\n"))
    assert main(["serve", "hash-password"]) == 0
    hashed = capsys.readouterr().out.strip()
    assert main(["serve", "new-token", "--user", "ana"]) == 0
    out = capsys.readouterr()
    token = out.out.strip()
    entry = out.err[out.err.index("[[tokens]]"):]
    path = tmp_path / "serve.toml"
    path.write_text(f'[users.ana]\npassword = "{hashed}"\n\n{entry}', encoding="utf-8")
    config = load_config(path)
    assert check_password(config, "ana", "a long enough password")
    assert not check_password(config, "ana", "a wrong password") and not check_password(config, "eve", "x")
    assert config.token_user(token).user == "ana" and config.token_user(token + "x") is None


def test_anonymous_sessions_are_bounded_and_short_lived(monkeypatch):
    from extract.serve import auth

    monkeypatch.setattr(auth, "MAX_ANONYMOUS", 3)
    sessions = auth.Sessions(480)
    ana = sessions.new("ana")
    anonymous = [sessions.new(None) for _ in range(5)]
    assert [sessions.get(s.sid) is not None for s in anonymous] == [False, False, True, True, True]
    assert sessions.get(ana.sid) is not None
    assert anonymous[-1].expires - ana.expires < -400 * 60  # 15 minutes, not 8 hours
    sessions.end(ana.sid)
    assert sessions.get(ana.sid) is None


def test_failed_logins_are_throttled_and_audited(server):
    client, _ = server
    client.app.state.throttle.limit = 3
    csrf = _csrf_of(client, "/login")
    codes = [client.post("/login", data={"user": "ana", "password": "guess", "csrf": csrf}).status_code
             for _ in range(4)]
    assert codes == [401, 401, 401, 429]
    r = client.post("/login", data={"user": "ana", "password": PASSWORDS["ana"], "csrf": csrf})
    assert r.status_code == 429  # even the right password, until the window passes
    actions = [e["action"] for e in client.get("/api/audit", headers=bearer("bo")).json()["events"]]
    assert actions == ["login_throttled", "login_throttled", "login_failed", "login_failed", "login_failed"]


def test_the_upload_form_needs_the_sessions_own_csrf_token(tmp_path):
    settings = server_settings(tmp_path)
    app = create_app(settings)
    with TestClient(app) as ana, TestClient(app) as bo:
        _login(ana, "ana")
        _login(bo, "bo")
        files = {"file": ("quote.txt", HIKVISION_QUOTE.encode())}
        r = ana.post("/upload", files=files, data={"csrf": _csrf_of(bo)}, follow_redirects=False)
        assert r.status_code == 403
        assert _stored_files(settings) == [] and _ledger_rows(settings) == 0
        r = ana.post("/upload", files=files, data={"csrf": _csrf_of(ana)}, follow_redirects=False)
        assert r.status_code == 303 and r.headers["location"] == f"/documents/{SHA_QUOTE}"
        assert "Restricted vendor named" in ana.get(r.headers["location"]).text
        assert _ledger_rows(settings) == 1
        anonymous = TestClient(app)
        r = anonymous.post("/upload", files=files, follow_redirects=False)
        assert r.status_code == 303 and r.headers["location"] == "/login"


def test_a_verdict_changed_by_a_rescan_after_the_decision_needs_another_look(server):
    from extract.intake.ledger import Ledger

    client, settings = server
    [file] = _upload(client, "quote.txt", HIKVISION_QUOTE.encode()).json()["files"]
    client.post("/api/decisions", json={"sha256": SHA_QUOTE, "decision": "confirm"}, headers=bearer("ana"))
    rescanned = dict(file["records"][0], verdict="in_scope_ict", model="another-model")
    with Ledger(settings.db) as ledger:  # what scan --db --rescan with another model would store
        ledger.store(f"upload/{SHA_QUOTE}/quote.txt", SHA_QUOTE, [rescanned], model="another-model",
                     policy=rescanned["policy"])
    got = client.get(f"/api/records/{SHA_QUOTE}", headers=bearer("ana")).json()
    assert got["verdict"] == "in_scope_ict" and got["needs_another_look"] is True
    assert got["decision"]["decision"] == "confirm" and got["decision"]["verdict"] == "restricted_vendor_named"
    look = client.get("/api/records", params={"decided": "look"}, headers=bearer("ana")).json()
    assert [r["sha256"] for r in look["records"]] == [SHA_QUOTE]
    _login(client, "ana")
    assert "Needs another look" in client.get(f"/documents/{SHA_QUOTE}").text
    assert "needs another look: 1" in client.get("/").text


def test_zip_members_are_documents_of_their_own(server):
    client, _ = server
    data = (Path(__file__).resolve().parents[1] / "examples" / "bid-package-firewall.zip").read_bytes()
    [file] = _upload(client, "package.zip", data).json()["files"]
    members = file["records"]
    assert len(members) > 1 and all(r["path"].startswith("package.zip!") for r in members)
    for rec in members:
        got = client.get(f"/api/records/{rec['sha256']}", headers=bearer("ana")).json()
        assert got["path"] == rec["path"]


def test_only_the_allowed_host_names_are_answered(tmp_path):
    from extract.commands.serve import _default_hosts

    settings = replace(server_settings(tmp_path), allowed_hosts=_default_hosts("127.0.0.1"))
    with TestClient(create_app(settings), base_url="http://127.0.0.1:8000") as client:
        assert client.get("/login").status_code == 200
        assert client.get("/login", headers={"Host": "localhost:8000"}).status_code == 200
        assert client.get("/login", headers={"Host": "rebound.attacker.example"}).status_code == 400
    assert _default_hosts("0.0.0.0") == ("*",)


def test_document_page_and_static_report_share_the_mention_table(server):
    """One macro (extract/report/templates/mentions.html) renders mentions in both places: the
    service's page shows the same row markup the static `scan --format html` report shows."""
    from extract.report.html import render_html

    client, _ = server
    file = _upload(client, "offer.txt", b"Offer: 12 x Hikvision DS-2CD2143G2-I cameras\n").json()["files"][0]
    _login(client, "ana")
    page = client.get(f"/documents/{file['sha256']}").text
    static = render_html(file["records"])
    row = '<td class="role-offered">offered</td><td class="snip">Offer: 12 x <mark>Hikvision</mark>'
    assert row in page
    assert '<td class="snip">Offer: 12 x <mark>Hikvision</mark>' in static
    assert "<th>regimes</th>" in static and "<th>regimes</th>" not in page  # the service cites them once per entity


def test_static_report_and_service_render_the_same_stylesheet_layout_and_partials(server):
    """The static report is the service's pages, inlined: the stylesheet it inlines is the one the
    service serves, and one record's summary row, facts line and regime citations come out of
    the shared partials (extract/report/templates/parts.html) as the same markup in both."""
    from extract.report.html import render_html

    client, settings = server
    [file] = _upload(client, "offer.txt", b"Offer: 12 x Hikvision DS-2CD2143G2-I cameras\n").json()["files"]
    _login(client, "ana")
    queue = client.get("/").text
    page = client.get(f"/documents/{file['sha256']}").text
    static = render_html(file["records"], regimes=settings.regimes, entity_names=settings.entity_names)

    css = client.get("/static/triage.css")
    assert css.status_code == 200 and css.headers["content-type"].startswith("text/css")
    inlined = re.search(r"<style>(.*?)</style>", static, re.DOTALL).group(1)
    assert inlined == css.text and ".badge{" in inlined and "td.snip{" in inlined
    for html in (queue, page):
        assert '<link rel="stylesheet" href="/static/triage.css">' in html and "<style>" not in html

    # the summary row: the same cells after the name (the name links to a card there, a page here)
    def row(html, key):
        m = re.search(r'<tr class="v-restricted_vendor_named" data-' + key + r'="[^"]+">\n'
                      r'<td class="name"><a href="[^"]+">offer.txt</a></td>\n(<td>.*?</td>)\n', html)
        assert m, html
        return m.group(1)

    cells = row(static, "index")
    assert cells == row(queue, "sha256")
    assert '<span class="badge b-restricted_vendor_named">Restricted vendor named</span>' in cells
    assert f'<td class="why">{file["records"][0]["reasons"][0]}</td>' in cells
    assert f"<td>{settings.entity_names['hikvision']}</td>" in cells

    # the facts line and the regime citations of the document card / document page
    facts = re.search(r'<div class="facts"><span class="badge[^>]*>.*?mentions</span>', static).group(0)
    assert facts in page.replace(' id="verdict"', "")
    citations = re.search(r'<dl class="regimes">.*?</dl>', static, re.DOTALL).group(0)
    assert "NDAA" in citations
    assert citations in page.replace('<dl class="regimes" id="regimes">', '<dl class="regimes">')


def test_a_logged_in_session_survives_a_restart_and_only_its_hash_is_stored(tmp_path):
    """Sessions are kept in the ledger (sha256 of the id, the user, the CSRF token, the expiry):
    a restarted server knows the browser's cookie; logging out ends it for good; a user taken out
    of serve.toml is logged out by the restart."""
    settings = server_settings(tmp_path)
    with TestClient(create_app(settings)) as client:
        _login(client, "ana")
        sid = client.cookies.get("tt_session")
        csrf = _csrf_of(client)
    con = sqlite3.connect(settings.db)
    try:
        rows = con.execute("SELECT id_sha256, user, csrf FROM sessions").fetchall()
    finally:
        con.close()
    assert rows == [(hashlib.sha256(sid.encode()).hexdigest(), "ana", csrf)]  # the id itself is not there

    with TestClient(create_app(settings)) as client:  # a restart
        client.cookies.set("tt_session", sid)
        page = client.get("/", follow_redirects=False)
        assert page.status_code == 200 and "signed in as <strong>ana</strong>" in page.text
        assert _csrf_of(client) == csrf  # the forms keep working: same session, same token
        assert client.post("/logout", data={"csrf": csrf}, follow_redirects=False).status_code == 303
    with TestClient(create_app(settings)) as client:
        client.cookies.set("tt_session", sid)
        assert client.get("/", follow_redirects=False).status_code == 303  # to the login page

    with TestClient(create_app(settings)) as client:
        _login(client, "bo")
        bo = client.cookies.get("tt_session")
    without_bo = replace(settings, config=replace(settings.config, users=tuple(
        u for u in settings.config.users if u[0] != "bo")))
    with TestClient(create_app(without_bo)) as client:
        client.cookies.set("tt_session", bo)
        assert client.get("/", follow_redirects=False).status_code == 303


def test_an_expired_stored_session_is_refused_and_forgotten():
    from extract.serve import auth

    class Store(dict):
        def put(self, key, user, csrf, expires):
            self[key] = (user, csrf, expires)

        def delete(self, key):
            self.pop(key, None)

    store = Store()
    old = auth.Sessions(-1, store=store).new("ana")  # already past its expiry
    live = auth.Sessions(480, store=store).new("bo")
    auth.Sessions(480, store=store).new(None)
    assert len(store) == 2  # anonymous sessions (the login page's) stay in memory
    restarted = auth.Sessions(480, store=store)
    assert restarted.get(old.sid) is None and auth.session_id_sha256(old.sid) not in store
    assert restarted.get(live.sid).user == "bo"
