"""The server's configuration file (TOML): who may log in, which API tokens exist, where uploads go.

Why a file and not a database table: the people who run the server (an agency's IT) manage
accounts the way they manage other service configuration (reviewed, versioned, deployed), and
the server never writes secrets. Passwords are stored only as argon2 hashes
(`tender-triage serve hash-password`), API tokens only as their sha256 (`tender-triage serve
new-token`): a token is 32 random bytes, so a fast hash is enough and each request costs
microseconds, where argon2 would cost tens of milliseconds.

    storage = "uploads"          # folder for uploaded files (relative to this file); default
                                 # "<ledger>.uploads" beside the ledger
    secure_cookies = false       # true when served over HTTPS (behind a TLS proxy)
    session_minutes = 480
    keep_uploads_days = 90       # remove stored uploads last uploaded longer ago than this whose
                                 # documents are all decided (0: keep everything); --keep-uploads-days
    allowed_hosts = ["review.agency.example"]   # Host names the server answers to; default: the
                                 # address it is bound to, and localhost (against DNS rebinding)

    [users.ana]
    password = "$argon2id$v=19$m=65536,t=3,p=4$..."

    [[tokens]]
    user = "ana"
    sha256 = "3f1c..."           # sha256 hex of the token
    name = "intake robot"        # optional, shown in the audit log
"""

from __future__ import annotations

import hashlib
import re
import secrets
import tomllib
from dataclasses import dataclass
from pathlib import Path

from extract.errors import TriageError

#: How long stored uploads are kept after their last upload once nothing waits on them: long
#: enough for a review cycle and a review export (which copies decided documents' bytes into
#: training data), short enough that the folder does not keep every tender forever.
DEFAULT_KEEP_UPLOADS_DAYS = 90.0

_USER = re.compile(r"^[A-Za-z0-9_.@-]{1,64}$")
_SHA = re.compile(r"^[0-9a-f]{64}$")


class ServeConfigError(TriageError):
    """The serve configuration is unusable (exit 2, before the server starts)."""


@dataclass(frozen=True, slots=True)
class Token:
    user: str
    sha256: str
    name: str = ""


@dataclass(frozen=True, slots=True)
class ServeConfig:
    """What the server needs from serve.toml. Frozen: the running server never changes it."""

    users: tuple[tuple[str, str], ...]  # (user, argon2 hash)
    tokens: tuple[Token, ...] = ()
    storage: str | None = None  # None: "<ledger>.uploads"
    secure_cookies: bool = False
    session_minutes: float = 480.0
    allowed_hosts: tuple[str, ...] = ()  # empty: decided by the command from --host
    keep_uploads_days: float = DEFAULT_KEEP_UPLOADS_DAYS  # 0: keep every upload (extract.serve.retention)

    def password_hash(self, user: str) -> str | None:
        for name, hashed in self.users:
            if name == user:
                return hashed
        return None

    def token_user(self, token: str) -> Token | None:
        """The token's entry, compared in constant time against every configured hash."""
        digest = token_sha256(token)
        found = None
        for t in self.tokens:
            if secrets.compare_digest(t.sha256, digest):
                found = t
        return found


def token_sha256(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def new_token() -> str:
    """A fresh API token: 32 random bytes, URL-safe."""
    return secrets.token_urlsafe(32)


def load_config(path: str | Path) -> ServeConfig:
    """Read and check serve.toml; every problem names the file and the key."""
    p = Path(path)
    try:
        data = tomllib.loads(p.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ServeConfigError(f"{p}: cannot read the serve configuration ({exc.strerror or exc})") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ServeConfigError(f"{p}: not valid TOML ({exc})") from exc
    known = {"users", "tokens", "storage", "secure_cookies", "session_minutes", "allowed_hosts", "keep_uploads_days"}
    unknown = sorted(set(data) - known)
    if unknown:
        raise ServeConfigError(f"{p}: unknown key(s) {', '.join(unknown)} (known: {', '.join(sorted(known))})")
    users = []
    for name, entry in (data.get("users") or {}).items():
        if not _USER.match(name):
            raise ServeConfigError(f"{p}: users.{name}: a user name is 1-64 letters, digits or _.@-")
        hashed = entry.get("password") if isinstance(entry, dict) else None
        if not isinstance(hashed, str) or not hashed.startswith("$argon2"):
            raise ServeConfigError(
                f"{p}: users.{name}.password must be an argon2 hash (make one with: tender-triage serve hash-password)")
        users.append((name, hashed))
    tokens = []
    for i, entry in enumerate(data.get("tokens") or []):
        where = f"{p}: tokens[{i}]"
        if not isinstance(entry, dict):
            raise ServeConfigError(f"{where}: must be a table with user and sha256")
        user, digest = entry.get("user"), entry.get("sha256")
        if user not in {u for u, _ in users}:
            raise ServeConfigError(f"{where}.user: {user!r} is not a configured user")
        if not isinstance(digest, str) or not _SHA.match(digest):
            raise ServeConfigError(f"{where}.sha256: 64 lower-case hex digits (make one with: tender-triage serve new-token)")
        tokens.append(Token(user=user, sha256=digest, name=str(entry.get("name", ""))))
    if not users:
        raise ServeConfigError(f"{p}: no [users.NAME] with a password: nobody could log in")
    storage = data.get("storage")
    if storage is not None:
        storage = str((p.parent / str(storage)).resolve())
    minutes = data.get("session_minutes", 480)
    if not isinstance(minutes, (int, float)) or minutes <= 0:
        raise ServeConfigError(f"{p}: session_minutes must be a positive number")
    keep = data.get("keep_uploads_days", DEFAULT_KEEP_UPLOADS_DAYS)
    if isinstance(keep, bool) or not isinstance(keep, (int, float)) or keep < 0:
        raise ServeConfigError(f"{p}: keep_uploads_days must be a number of days, 0 or more (0: keep every upload)")
    hosts = data.get("allowed_hosts", [])
    if not isinstance(hosts, list) or not all(isinstance(h, str) and h for h in hosts):
        raise ServeConfigError(f"{p}: allowed_hosts must be a list of host names")
    return ServeConfig(users=tuple(users), tokens=tuple(tokens), storage=storage,
                       secure_cookies=bool(data.get("secure_cookies", False)), session_minutes=float(minutes),
                       allowed_hosts=tuple(hosts), keep_uploads_days=float(keep))
