"""`tender-triage serve`: the review queue and HTTP API over a ledger (issue 14), and its helpers.

    tender-triage serve --db LEDGER --config serve.toml [--host 127.0.0.1] [--port 8000]
    tender-triage serve hash-password      # argon2 hash of a password, for serve.toml
    tender-triage serve new-token --user U # a new API token and the line serve.toml needs

Binds to 127.0.0.1 unless told otherwise: the server speaks plain HTTP, so anything wider belongs
behind a TLS proxy (set `secure_cookies = true` there).
"""

from __future__ import annotations

import argparse
import getpass
import ipaddress
import os
import sys
from dataclasses import replace

from extract import settings
from extract.commands.options import add_model_option, add_policy_option
from extract.errors import TriageError
from extract.limits import DEFAULT_LIMITS, MB

NAME = "serve"
HELP = "run the review queue and HTTP API over a ledger (serve hash-password / new-token: config helpers)"
DESCRIPTION = (
    "Serve the review queue (log in, filter, open a document, decide confirm/clear/escalate) and an "
    "HTTP API (upload documents, read records, record decisions) over the ledger written by "
    "`scan --db`. Users and API tokens come from a TOML file (--config). `serve hash-password` "
    "prints an argon2 hash for it; `serve new-token --user NAME` prints a new token and its entry. "
    "Needs the `serve` extra: pip install -e '.[serve]'."
)

ACTIONS = ("run", "hash-password", "new-token")


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("action", nargs="?", choices=ACTIONS, default="run",
                   help="run (default): start the server; hash-password; new-token")
    p.add_argument("--db", metavar="LEDGER", help="the SQLite ledger (created when missing)")
    p.add_argument("--config", metavar="FILE", help="serve.toml: users, API tokens, storage")
    p.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1: this machine only)")
    p.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    p.add_argument("--jobs", "-j", type=int, default=min(4, os.cpu_count() or 1), metavar="N",
                   help="worker processes screening uploads (default: cores, at most 4)")
    p.add_argument("--max-mb", type=float, default=DEFAULT_LIMITS.max_bytes / MB, metavar="MB",
                   help=f"largest upload, as scan's --max-mb (default {DEFAULT_LIMITS.max_bytes // MB})")
    p.add_argument("--keep-uploads-days", type=float, metavar="DAYS",
                   help="remove stored uploads last uploaded more than DAYS ago whose documents are all decided "
                        "(0: keep every upload; default: keep_uploads_days in serve.toml, else 90)")
    p.add_argument("--user", help="with new-token: the user the token acts as")
    add_policy_option(p)
    add_model_option(p)


def _missing_extra(exc: ImportError) -> TriageError:
    return TriageError(f"serve needs the serve extra ({exc.name} is missing): pip install -e '.[serve]'")


def _hash_password() -> int:
    try:
        from extract.serve.auth import hash_password
    except ImportError as exc:
        raise _missing_extra(exc) from exc
    if sys.stdin.isatty():
        password = getpass.getpass("password: ")
        if getpass.getpass("again: ") != password:
            raise TriageError("the two passwords differ")
    else:
        password = sys.stdin.readline().rstrip("\r\n")
    if len(password) < 10:
        raise TriageError("use a password of at least 10 characters")
    print(hash_password(password))
    return 0


def _new_token(user: str | None) -> int:
    from extract.serve.config import new_token, token_sha256

    if not user:
        raise TriageError("new-token needs --user NAME (a user in serve.toml)")
    token = new_token()
    print(token)  # stdout: the token alone, for scripts; it is stored nowhere, only its hash
    print("give the token above to the client; the server keeps only its sha256", file=sys.stderr)
    print(f'add to serve.toml:\n[[tokens]]\nuser = "{user}"\nsha256 = "{token_sha256(token)}"', file=sys.stderr)
    return 0


def run(args: argparse.Namespace) -> int:
    if args.action == "hash-password":
        return _hash_password()
    if args.action == "new-token":
        return _new_token(args.user)
    if not args.db or not args.config:
        raise TriageError("serve needs --db LEDGER and --config serve.toml")
    try:
        import uvicorn

        from extract.serve.app import ServerSettings, create_app
        from extract.serve.config import load_config
    except ImportError as exc:
        raise _missing_extra(exc) from exc
    from extract.api import scan_config
    from extract.policy.load import load_policy
    from extract.report.view import policy_labels

    config = load_config(args.config)
    if args.keep_uploads_days is not None and not args.keep_uploads_days >= 0:
        raise TriageError("--keep-uploads-days must be 0 (keep every upload) or more")
    if args.jobs < 0:
        raise TriageError("--jobs must be 0 (a thread in this process) or more")
    scan = scan_config(model=args.model, policy=args.policy)
    scan = replace(scan, limits=replace(scan.limits, max_bytes=int(args.max_mb * MB)))
    policy = load_policy(scan.policy_dir)  # exit 2 on a bad policy, before binding the port
    regimes, entity_names = policy_labels(policy)
    storage = config.storage or (os.path.abspath(args.db) + ".uploads")
    hosts = config.allowed_hosts or _default_hosts(args.host)
    server = ServerSettings(db=args.db, config=config, scan=scan, storage=storage, jobs=args.jobs,
                            regimes=regimes, entity_names=entity_names,
                            allowed_hosts=hosts, keep_uploads_days=args.keep_uploads_days)
    if not _is_loopback(args.host):
        print(f"tender-triage: warning: serving plain HTTP on {args.host}; put it behind a TLS proxy "
              "and set secure_cookies = true", file=sys.stderr)
    app = create_app(server)
    try:
        app.state.screener.start()  # loads the model in the workers: a bad one is exit 2 here, before binding
    except BaseException:
        app.state.screener.close()
        raise
    _log_clean_ups()
    print(f"tender-triage: serving {args.db} on http://{args.host}:{args.port}/ (model "
          f"{os.path.basename(str(settings.model_dir(args.model) or settings.RULES))}, uploads in {storage})",
          file=sys.stderr)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning", server_header=False)
    return 0


def _log_clean_ups() -> None:
    """Show the upload clean-up's log lines (which files it removed) on stderr: uvicorn configures
    only its own loggers, and at --log-level warning."""
    import logging

    logger = logging.getLogger("extract.serve.retention")
    if not logger.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("tender-triage: %(message)s"))
        logger.addHandler(handler)
    logger.setLevel(logging.INFO)


def _default_hosts(host: str) -> tuple[str, ...]:
    """The Host names to answer when serve.toml names none: the bound address and, on loopback,
    localhost. Bound to all addresses (0.0.0.0), any name is answered: set allowed_hosts then."""
    if host in ("0.0.0.0", "::", ""):
        return ("*",)
    names = {host, f"[{host}]" if ":" in host else host}
    if _is_loopback(host):
        names |= {"localhost", "127.0.0.1", "[::1]"}
    return tuple(sorted(names))


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
