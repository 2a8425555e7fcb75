"""The FastAPI application: review pages for people, /api for programs.

Pages (session cookie + CSRF token on every form): /login, / (the queue), /documents/{sha256}
(one document, its mentions, regimes and decisions, and the decision form). API (bearer token
only; a browser never sends one by itself, so the API needs no CSRF token): POST /api/documents,
GET /api/records, GET /api/records/{sha256}, POST and GET /api/decisions. The OpenAPI schema is
at /openapi.json; the interactive /docs page is off because it loads scripts from a CDN, which
the Content-Security-Policy forbids.

Every response carries a Content-Security-Policy without 'unsafe-inline' (the pages use no
script at all; filters are plain GET forms) plus nosniff, no framing and no referrer. Record
text reaches pages only through Jinja2 autoescaping.

The ledger is one SQLite connection shared by the request threads under a lock: SQLite
serialises writers anyway, and every call is short (screening happens in worker processes,
outside the lock).
"""

from __future__ import annotations

import asyncio
import logging
import threading
import urllib.parse
from collections import Counter
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from jinja2 import FileSystemLoader
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import MutableHeaders
from starlette.middleware.trustedhost import TrustedHostMiddleware

from extract.intake.ledger import DECISIONS, Ledger, needs_another_look
from extract.intake.screen import ScanConfig
from extract.report.html import STYLESHEET, asset, highlight, template_env
from extract.serve.auth import (
    COOKIE,
    LoginThrottle,
    Session,
    Sessions,
    check_password,
    csrf_ok,
)
from extract.serve.config import ServeConfig
from extract.serve.queue import (
    DECIDED_CHOICES,
    VERDICT_TITLES,
    Filters,
    apply_filters,
    build_queue,
    citations_by_subject,
)
from extract.serve.retention import clean_uploads
from extract.serve.uploads import UploadLimits, UploadRefused, receive_uploads
from extract.serve.worker import Screener
from extract.types import URGENCY

log = logging.getLogger(__name__)
HERE = Path(__file__).resolve().parent
SHA_PATTERN = r"^[0-9a-f]{64}$"
FORM_MAX_BYTES = 64 * 1024  # a login or decision form; a note longer than this is not a note
NOTE_MAX = 4000
QUEUE_PAGE = 500

CSP = ("default-src 'none'; style-src 'self'; img-src 'self'; script-src 'none'; form-action 'self'; "
       "frame-ancestors 'none'; base-uri 'none'")
SECURITY_HEADERS = {
    "content-security-policy": CSP,
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "no-referrer",
    "cache-control": "no-store",
}


class SecurityHeaders:
    """Pure ASGI middleware (does not buffer request bodies) adding SECURITY_HEADERS to every answer."""

    def __init__(self, app: Any):
        self.app = app

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: dict) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for k, v in SECURITY_HEADERS.items():
                    headers[k] = v
            await send(message)

        await self.app(scope, receive, send_with_headers)


@dataclass(frozen=True, slots=True)
class ServerSettings:
    """Everything create_app needs, resolved by the command (or a test)."""

    db: str
    config: ServeConfig
    scan: ScanConfig
    storage: str
    jobs: int = 1
    regimes: Any = None  # {key: Regime} from the policy, for citations
    entity_names: Any = None  # {entity id: display name}
    # Host header values answered (others get 400): a page on another site whose name an attacker
    # points at 127.0.0.1 (DNS rebinding) cannot then talk to the server as a same-origin page.
    # Empty: no check (tests; the command always sets it).
    allowed_hosts: tuple[str, ...] = ()
    # Days to keep stored uploads nobody waits on (extract.serve.retention); None: serve.toml's
    # keep_uploads_days. Clean-up runs at start and every `clean_every` seconds.
    keep_uploads_days: float | None = None
    clean_every: float = 3600.0


class DecisionIn(BaseModel):
    """A decision sent to the API. model/policy/verdict: what the client showed its user; default the
    document's current ones."""

    sha256: str = Field(pattern=SHA_PATTERN)
    decision: Literal["confirm", "clear", "escalate"]
    note: str = Field(default="", max_length=NOTE_MAX)
    model: str | None = Field(default=None, max_length=200)
    policy: str | None = Field(default=None, max_length=200)
    verdict: str | None = Field(default=None, max_length=100)


_UPLOAD_SCHEMA = {
    "requestBody": {
        "required": True,
        "content": {"multipart/form-data": {"schema": {
            "type": "object", "required": ["file"],
            "properties": {"file": {"type": "array", "items": {"type": "string", "format": "binary"}}},
        }}},
    },
}


class _LedgerSessions:
    """The sessions table of the ledger, through the lock every ledger call takes (one connection
    shared by the request threads)."""

    def __init__(self, ledger: Ledger, lock: threading.Lock):
        self.ledger = ledger
        self.lock = lock

    def put(self, id_sha256: str, user: str, csrf: str, expires: float) -> None:
        with self.lock:
            self.ledger.session_put(id_sha256, user, csrf, expires)

    def get(self, id_sha256: str) -> tuple[str, str, float] | None:
        with self.lock:
            return self.ledger.session_get(id_sha256)

    def delete(self, id_sha256: str) -> None:
        with self.lock:
            self.ledger.session_delete(id_sha256)


def create_app(settings: ServerSettings) -> FastAPI:
    storage = Path(settings.storage).resolve()
    storage.mkdir(parents=True, exist_ok=True)
    ledger = Ledger(settings.db, check_same_thread=False)
    lock = threading.Lock()
    sessions = Sessions(settings.config.session_minutes, store=_LedgerSessions(ledger, lock))
    throttle = LoginThrottle()
    screener = Screener(settings.scan, settings.jobs)
    upload_limits = UploadLimits.from_limits(settings.scan.limits)
    # The service's pages, then the report's templates: one layout, one stylesheet and the
    # summary-row, document and mention partials for the static report and the service
    # (extract/report/templates), rendered by the same environment settings.
    env = template_env(FileSystemLoader(str(HERE / "templates")), strict=False)
    env.globals["stylesheet"] = f"/static/{STYLESHEET}"
    stylesheet = asset(STYLESHEET)
    regimes = settings.regimes or {}
    entity_names = settings.entity_names or {}

    def db(fn, *args, **kwargs):
        with lock:
            return fn(*args, **kwargs)

    keep_days = settings.config.keep_uploads_days if settings.keep_uploads_days is None else settings.keep_uploads_days

    def clean() -> list[str]:
        return clean_uploads(storage, ledger, keep_days, db=db)

    async def clean_periodically() -> None:
        while True:
            await asyncio.sleep(settings.clean_every)
            try:
                await run_in_threadpool(clean)
            except Exception:  # a full disk or a locked ledger must not stop the server: next round
                log.exception("upload clean-up failed")

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        await run_in_threadpool(screener.start)
        await run_in_threadpool(clean)
        cleaner = asyncio.create_task(clean_periodically()) if keep_days > 0 else None
        try:
            yield
        finally:
            if cleaner is not None:
                cleaner.cancel()
            await run_in_threadpool(screener.close)
            with lock:
                ledger.close()

    app = FastAPI(title="tender-triage", version="1", lifespan=lifespan, docs_url=None, redoc_url=None,
                  description="Screen procurement documents for restricted vendors; review queue and decisions.")
    if settings.allowed_hosts:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(settings.allowed_hosts))
    app.add_middleware(SecurityHeaders)
    app.state.ledger = ledger
    app.state.lock = lock
    app.state.sessions = sessions
    app.state.throttle = throttle
    app.state.storage = storage
    app.state.screener = screener
    app.state.clean_uploads = clean

    # ------------------------------------------------------------------ helpers

    def render(name: str, status: int = 200, **context: Any) -> HTMLResponse:
        context.setdefault("verdict_titles", VERDICT_TITLES)
        return HTMLResponse(env.get_template(name).render(**context), status_code=status)

    def set_cookie(response: Response, session: Session) -> None:
        response.set_cookie(COOKIE, session.sid, httponly=True, samesite="strict", secure=settings.config.secure_cookies,
                            path="/")

    def page_session(request: Request) -> Session | None:
        """The logged-in session of this request, if its user is still in serve.toml (a session kept
        in the ledger across a restart must not outlive the account it was opened for)."""
        s = sessions.get(request.cookies.get(COOKIE))
        return s if s is not None and s.user and settings.config.password_hash(s.user) is not None else None

    async def read_form(request: Request) -> dict[str, str]:
        """An urlencoded form, at most FORM_MAX_BYTES (counted while reading, not trusted from headers)."""
        body = bytearray()
        async for chunk in request.stream():
            body += chunk
            if len(body) > FORM_MAX_BYTES:
                raise HTTPException(413, "form too large")
        try:
            fields = urllib.parse.parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True, max_num_fields=50)
        except ValueError:  # more fields than any of our forms has
            raise HTTPException(400, "too many form fields") from None
        return {k: v[0] for k, v in fields.items()}

    def login_redirect() -> RedirectResponse:
        return RedirectResponse("/login", status_code=303)

    def api_user(request: Request) -> str:
        header = request.headers.get("authorization", "")
        scheme, _, token = header.partition(" ")
        entry = settings.config.token_user(token.strip()) if scheme.lower() == "bearer" and token.strip() else None
        if entry is None:
            raise HTTPException(401, "a valid API token is needed: Authorization: Bearer TOKEN",
                                headers={"WWW-Authenticate": "Bearer"})
        return entry.user

    def document_state(sha256: str) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        with lock:
            return ledger.records_by_sha(sha256), ledger.decisions(sha256)

    cache: dict[str, Any] = {"records_key": None, "records": [], "items_key": None, "items": []}

    def queue_items() -> list:
        """The queue, rebuilt only when a screening or a decision was stored since the last build.

        Reading and parsing every record is what costs (about 2 s for 10,000 documents on the
        2-core development machine under load), and a reviewer's page views far outnumber changes.
        """
        with lock:
            records_key = ledger.screening_signature()
            items_key = (records_key, ledger.decisions_signature())
            if items_key == cache["items_key"]:
                return cache["items"]
            if records_key != cache["records_key"]:
                cache["records"] = ledger.queue()
                cache["records_key"] = records_key
            decisions = ledger.current_decisions()
            cache["items"] = build_queue(cache["records"], decisions)
            cache["items_key"] = items_key
            return cache["items"]

    # ------------------------------------------------------------------ pages

    @app.get(f"/static/{STYLESHEET}", include_in_schema=False)
    def css() -> Response:
        """The stylesheet the static report inlines, served as a file (the CSP forbids inline styles)."""
        return Response(stylesheet, media_type="text/css; charset=utf-8")

    @app.get("/healthz", include_in_schema=False)
    def healthz() -> dict[str, Any]:
        return {"ok": True}

    @app.get("/login", include_in_schema=False)
    def login_page(request: Request) -> Response:
        s = sessions.get(request.cookies.get(COOKIE))
        if s is not None and s.user:
            return RedirectResponse("/", status_code=303)
        if s is None:
            s = sessions.new(None)
        response = render("login.html", csrf=s.csrf, error=None)
        set_cookie(response, s)
        return response

    @app.post("/login", include_in_schema=False)
    async def login(request: Request) -> Response:
        form = await read_form(request)
        s = await run_in_threadpool(sessions.get, request.cookies.get(COOKIE))
        if not csrf_ok(s, form.get("csrf")):
            return render("error.html", 403, message="This form has expired or was not sent by this browser. "
                                                     "Open the login page again.")
        user = form.get("user", "")[:64]
        client = request.client.host if request.client else "-"
        if throttle.blocked(user, client):
            await run_in_threadpool(db, ledger.audit, user or "-", "login_throttled", None, {"client": client})
            return render("login.html", 429, csrf=s.csrf, error="Too many failed attempts: wait 15 minutes.")
        ok = await run_in_threadpool(check_password, settings.config, user, form.get("password", ""))
        if not ok:
            throttle.failed(user, client)
            await run_in_threadpool(db, ledger.audit, user or "-", "login_failed", None, {"client": client})
            response = render("login.html", 401, csrf=s.csrf, error="Wrong user name or password.")
            return response
        throttle.succeeded(user)
        await run_in_threadpool(sessions.end, s.sid)  # a new id after login: a session id planted before login is worth nothing
        new = await run_in_threadpool(sessions.new, user)
        await run_in_threadpool(db, ledger.audit, user, "login")
        response = RedirectResponse("/", status_code=303)
        set_cookie(response, new)
        return response

    @app.post("/logout", include_in_schema=False)
    async def logout(request: Request) -> Response:
        form = await read_form(request)
        s = await run_in_threadpool(page_session, request)
        if s is None:
            return login_redirect()
        if not csrf_ok(s, form.get("csrf")):
            return render("error.html", 403, message="Invalid form token.")
        await run_in_threadpool(sessions.end, s.sid)
        await run_in_threadpool(db, ledger.audit, s.user, "logout")
        response = login_redirect()
        response.delete_cookie(COOKIE, path="/")
        return response

    @app.get("/", include_in_schema=False)
    def queue_page(request: Request) -> Response:
        s = page_session(request)
        if s is None:
            return login_redirect()
        items = queue_items()
        filters = Filters.from_query(request.query_params)
        shown = apply_filters(items, filters)
        counts = Counter(str(i.record.get("verdict")) for i in items)
        summary = {"counts": counts,
                   "open": sum(1 for i in items if not i.decided), "look": sum(1 for i in items if i.needs_look)}
        entities = sorted({e for i in items for e in (i.record.get("entities") or [])})
        regime_keys = sorted({r for i in items for r in i.regimes})
        return render(
            "queue.html", user=s.user, csrf=s.csrf, items=shown[:QUEUE_PAGE], total=len(items), matching=len(shown),
            limit=QUEUE_PAGE, filters=filters, verdicts=URGENCY, entities=entities,
            regime_options=[(k, regimes[k].instrument if k in regimes else k) for k in regime_keys],
            decided_choices=DECIDED_CHOICES, entity_names=entity_names, summary=summary,
        )

    @app.get("/documents/{sha256}", include_in_schema=False)
    def document_page(request: Request, sha256: str) -> Response:
        s = page_session(request)
        if s is None:
            return login_redirect()
        if not _is_sha(sha256):
            return render("error.html", 404, message="No such document.", user=s.user, csrf=s.csrf)
        records, decisions = document_state(sha256)
        if not records:
            return render("error.html", 404, message="No such document.", user=s.user, csrf=s.csrf)
        record = records[0]
        current = decisions[0] if decisions else None
        return render(
            "document.html", user=s.user, csrf=s.csrf, sha256=sha256, record=record,
            names=sorted({r["path"] for r in records}), received=min(r["received"] for r in records),
            decisions=decisions, current=current, needs_look=needs_another_look(current, record),
            citations=citations_by_subject(record, regimes, entity_names), highlight=highlight,
            entity_names=entity_names, choices=DECISIONS,
        )

    @app.post("/documents/{sha256}/decision", include_in_schema=False)
    async def decide_page(request: Request, sha256: str) -> Response:
        form = await read_form(request)
        s = await run_in_threadpool(page_session, request)
        if s is None:
            return login_redirect()
        if not csrf_ok(s, form.get("csrf")):
            return render("error.html", 403, message="Invalid form token: reload the page and decide again.",
                          user=s.user, csrf=s.csrf)
        if not _is_sha(sha256) or form.get("decision") not in DECISIONS or len(form.get("note", "")) > NOTE_MAX:
            return render("error.html", 400, message="Choose confirm, clear or escalate (note at most 4000 characters).",
                          user=s.user, csrf=s.csrf)
        records, _ = await run_in_threadpool(document_state, sha256)
        if not records:
            return render("error.html", 404, message="No such document.", user=s.user, csrf=s.csrf)
        seen = _seen(form, records[0])
        await run_in_threadpool(db, ledger.decide, sha256, form["decision"], user=s.user, note=form.get("note", ""),
                                **seen)
        return RedirectResponse(f"/documents/{sha256}", status_code=303)

    @app.post("/upload", include_in_schema=False)
    async def upload_page(request: Request) -> Response:
        """The queue page's upload form: as POST /api/documents, with the session and its CSRF token."""
        s = await run_in_threadpool(page_session, request)
        if s is None:
            return login_redirect()

        def check(fields: dict[str, str]) -> None:
            if not csrf_ok(s, fields.get("csrf")):
                raise UploadRefused(403, "Invalid form token: reload the page and upload again.")

        try:
            stored = await receive_uploads(request, storage, upload_limits, check)
        except UploadRefused as exc:
            return render("error.html", exc.status, message=exc.message, user=s.user, csrf=s.csrf)
        results = await asyncio.gather(*(_one_upload(f, s.user) for f in stored))
        shas = {r["sha256"] for res in results for r in res["records"] if r.get("sha256")}
        target = f"/documents/{shas.pop()}" if len(shas) == 1 else "/"
        return RedirectResponse(target, status_code=303)

    # ------------------------------------------------------------------ API

    async def _one_upload(stored, user: str) -> dict[str, Any]:
        model, policy, reading = screener.versions
        key = f"upload/{stored.sha256}/{stored.name}"
        cached = await run_in_threadpool(db, ledger.lookup, key, stored.sha256, model=model, policy=policy,
                                         reading=reading)
        if cached is not None:
            records = cached
        else:
            records = await screener.screen(stored.path, stored.name)
            first = records[0] if records else {}
            await run_in_threadpool(db, ledger.store, key, stored.sha256, records,
                                    model=str(first.get("model", model)), policy=str(first.get("policy", policy)),
                                    reading=reading)
        await run_in_threadpool(db, ledger.audit, user, "upload", stored.sha256,
                                {"name": stored.name, "size": stored.size, "cached": cached is not None})
        return {"name": stored.name, "sha256": stored.sha256, "size": stored.size, "cached": cached is not None,
                "records": records}

    @app.post("/api/documents", openapi_extra=_UPLOAD_SCHEMA, tags=["documents"],
              summary="Upload documents (multipart field 'file', repeatable); screen them; return their records")
    async def api_upload(request: Request, user: str = Depends(api_user)) -> JSONResponse:
        try:
            stored = await receive_uploads(request, storage, upload_limits)
        except UploadRefused as exc:
            return JSONResponse({"detail": exc.message}, status_code=exc.status)
        results = await asyncio.gather(*(_one_upload(s, user) for s in stored))
        return JSONResponse({"files": list(results)})

    @app.get("/api/records", tags=["records"],
             summary="The review queue as records (one per distinct document, most urgent first), filtered")
    def api_records(request: Request, verdict: str = "", entity: str = "", regime: str = "", decided: str = "",
                    q: str = "", offset: int = Query(0, ge=0), limit: int = Query(1000, ge=1, le=10000),
                    user: str = Depends(api_user)) -> dict[str, Any]:
        filters = Filters.from_query({"verdict": verdict, "entity": entity, "regime": regime, "decided": decided, "q": q})
        shown = apply_filters(queue_items(), filters)
        return {"count": len(shown), "offset": offset, "records": [i.to_api() for i in shown[offset:offset + limit]]}

    @app.get("/api/records/{sha256}", tags=["records"], summary="The latest record of one document, with its review state")
    def api_record(sha256: str, user: str = Depends(api_user)) -> dict[str, Any]:
        if not _is_sha(sha256):
            raise HTTPException(404, "no such document")
        records, decisions = document_state(sha256)
        if not records:
            raise HTTPException(404, "no such document")
        record = records[0]
        current = decisions[0] if decisions else None
        return dict(record, names=sorted({r["path"] for r in records}), decision=current,
                    needs_another_look=needs_another_look(current, record))

    @app.post("/api/decisions", status_code=201, tags=["decisions"], summary="Record a decision on a document")
    def api_decide(body: DecisionIn, user: str = Depends(api_user)) -> dict[str, Any]:
        records, _ = document_state(body.sha256)
        if not records:
            raise HTTPException(404, "no such document")
        seen = _seen(body.model_dump(), records[0])
        return db(ledger.decide, body.sha256, body.decision, user=user, note=body.note, **seen)

    @app.get("/api/decisions", tags=["decisions"], summary="Decisions, newest first (of one document with ?sha256=)")
    def api_decisions(sha256: str | None = None, user: str = Depends(api_user)) -> dict[str, Any]:
        if sha256 is not None and not _is_sha(sha256):
            raise HTTPException(422, "sha256 must be 64 hex digits")
        return {"decisions": db(ledger.decisions, sha256)}

    @app.get("/api/audit", tags=["audit"], summary="The audit log, newest first (log-ins, uploads, decisions)")
    def api_audit(limit: int = Query(1000, ge=1, le=100000), user: str = Depends(api_user)) -> dict[str, Any]:
        return {"events": db(ledger.audit_log, limit)}

    return app


def _is_sha(value: str) -> bool:
    return len(value) == 64 and all(c in "0123456789abcdef" for c in value)


def _seen(sent: dict[str, Any], record: dict[str, Any]) -> dict[str, str]:
    """The model, policy and verdict the reviewer saw: as the form or client sent them (the page they
    read may predate a re-scan), else the document's current ones."""
    out = {}
    for key in ("model", "policy", "verdict"):
        value = sent.get(key)
        out[key] = str(value)[:200] if value else str(record.get(key) or "")
    if out["verdict"] not in URGENCY:
        out["verdict"] = str(record.get("verdict") or "")
    return out
