"""Who is asking: password check (argon2), server-side sessions with a CSRF token each, bearer tokens.

Why server-side sessions: the cookie carries only a random id, so logging out really ends a
session, and nothing about the user can be read or replayed from the cookie. Logged-in sessions
are kept in the ledger (`SessionStore`) so a restart of the server does not log every reviewer
out; only the sha256 of the id is stored, so a copy of the ledger opens no session. The
cookie is HttpOnly (no script can read it) and SameSite=Strict (no other site's page can make the
browser send it), plus Secure when the server runs behind HTTPS.

Why a CSRF token on every form anyway: SameSite is a browser promise, not a server check. Each
session, the anonymous one on the login page included, has its own random token; a form is
accepted only with the token of the session that sent it, so a token copied from another
user's session gets 403.
"""

from __future__ import annotations

import hashlib
import secrets
import threading
import time
from dataclasses import dataclass
from typing import Protocol

from extract.serve.config import ServeConfig

COOKIE = "tt_session"


def password_hasher():
    """argon2id with the library's defaults (RFC 9106 low-memory profile)."""
    from argon2 import PasswordHasher

    return PasswordHasher()


def hash_password(password: str) -> str:
    return password_hasher().hash(password)


# Verified against when the user does not exist, so an unknown name costs as long as a wrong password.
_DUMMY: list[str] = []


def check_password(config: ServeConfig, user: str, password: str) -> bool:
    from argon2.exceptions import (
        InvalidHashError,
        VerificationError,
        VerifyMismatchError,
    )

    hasher = password_hasher()
    hashed = config.password_hash(user)
    if hashed is None:
        if not _DUMMY:
            _DUMMY.append(hasher.hash(secrets.token_hex(16)))
        hashed, user_ok = _DUMMY[0], False
    else:
        user_ok = True
    try:
        hasher.verify(hashed, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False
    return user_ok


@dataclass(frozen=True, slots=True)
class Session:
    sid: str
    csrf: str
    user: str | None  # None: not logged in yet (the login page's own session)
    expires: float


#: Anonymous sessions (the login page's) live 15 minutes, and at most this many exist at once: every
#: visit to /login makes one, so without a bound anyone could fill the server's memory with them.
ANONYMOUS_MINUTES = 15.0
MAX_ANONYMOUS = 10_000


class SessionStore(Protocol):
    """Where logged-in sessions outlive the process (the ledger: extract.intake.ledger's sessions table)."""

    def put(self, id_sha256: str, user: str, csrf: str, expires: float) -> None: ...
    def get(self, id_sha256: str) -> tuple[str, str, float] | None: ...
    def delete(self, id_sha256: str) -> None: ...


def session_id_sha256(sid: str) -> str:
    """What the store keeps instead of the id: 32 random bytes need no slow hash (as API tokens)."""
    return hashlib.sha256(sid.encode("utf-8")).hexdigest()


class Sessions:
    """Sessions by random id: anonymous ones in memory, logged-in ones also in `store` when given.

    Why anonymous ones stay in memory only: every visit to the login page makes one, so writing
    them to the ledger would let anyone grow the ledger at will; losing them on a restart costs a
    reload of the login page. A logged-in session is found in memory first, else in the store
    (after a restart), and ended in both.
    """

    def __init__(self, minutes: float, store: SessionStore | None = None):
        self._ttl = minutes * 60.0
        self._by_id: dict[str, Session] = {}
        self._lock = threading.Lock()
        self._store = store

    def new(self, user: str | None) -> Session:
        ttl = self._ttl if user else min(self._ttl, ANONYMOUS_MINUTES * 60.0)
        s = Session(sid=secrets.token_urlsafe(32), csrf=secrets.token_urlsafe(32), user=user,
                    expires=time.time() + ttl)
        with self._lock:
            self._prune()
            if user is None:
                anonymous = [k for k, v in self._by_id.items() if v.user is None]
                for sid in anonymous[: max(0, len(anonymous) - MAX_ANONYMOUS + 1)]:  # oldest first (insertion order)
                    del self._by_id[sid]
            self._by_id[s.sid] = s
        if user and self._store is not None:
            self._store.put(session_id_sha256(s.sid), user, s.csrf, s.expires)
        return s

    def get(self, sid: str | None) -> Session | None:
        if not sid:
            return None
        with self._lock:
            s = self._by_id.get(sid)
        if s is None and self._store is not None:
            row = self._store.get(session_id_sha256(sid))
            if row is not None:
                user, csrf, expires = row
                s = Session(sid=sid, csrf=csrf, user=user, expires=expires)
                with self._lock:
                    self._by_id[sid] = s
        if s is not None and s.expires < time.time():
            self.end(sid)
            return None
        return s

    def end(self, sid: str | None) -> None:
        with self._lock:
            s = self._by_id.pop(sid or "", None)
        if sid and self._store is not None and (s is None or s.user):
            self._store.delete(session_id_sha256(sid))

    def _prune(self) -> None:
        now = time.time()
        for sid in [k for k, s in self._by_id.items() if s.expires < now]:
            del self._by_id[sid]


def csrf_ok(session: Session | None, token: str | None) -> bool:
    """The form's token is this session's own (constant-time compare)."""
    return session is not None and bool(token) and secrets.compare_digest(session.csrf, str(token))


class LoginThrottle:
    """Refuse logins for a user name, or from a client address, after too many recent failures.

    Why: argon2 makes each guess cost the server tens of milliseconds, not the guesser; without a
    bound, a password list can be tried at that rate for as long as the server runs. After
    `limit` failures within `minutes` (per name and per address, so neither one client trying many
    names nor many clients trying one name gets through), further attempts are answered 429 until
    the oldest failure leaves the window. A correct password clears its name's count.
    """

    def __init__(self, limit: int = 10, minutes: float = 15.0):
        self.limit = limit
        self.window = minutes * 60.0
        self._failures: dict[str, list[float]] = {}
        self._lock = threading.Lock()

    def _recent(self, key: str, now: float) -> list[float]:
        times = [t for t in self._failures.get(key, []) if now - t < self.window]
        if times:
            self._failures[key] = times
        else:
            self._failures.pop(key, None)
        return times

    def blocked(self, user: str, client: str) -> bool:
        now = time.time()
        with self._lock:
            return any(len(self._recent(k, now)) >= self.limit for k in (f"user:{user}", f"client:{client}"))

    def failed(self, user: str, client: str) -> None:
        now = time.time()
        with self._lock:
            if len(self._failures) > 100_000:  # bounded memory: forget the lot rather than grow forever
                self._failures.clear()
            for key in (f"user:{user}", f"client:{client}"):
                self._failures.setdefault(key, []).append(now)

    def succeeded(self, user: str) -> None:
        with self._lock:
            self._failures.pop(f"user:{user}", None)
