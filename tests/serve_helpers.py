"""Shared set-up for the serve tests: a config with two users and a token each, a server settings object.

argon2 hashes are made once per session with cheap parameters (hashing cost is not what these tests
check; the shipped default is argon2-cffi's).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from extract.limits import DEFAULT_LIMITS, Limits

PASSWORDS = {"ana": "ana-password-1", "bo": "bo-password-22"}
TOKENS = {"ana": "token-for-ana-" + "a" * 30, "bo": "token-for-bo-" + "b" * 30}
HIKVISION_QUOTE = "Quotation\nItem 1: Hikvision DS-2CD2143G2 IP camera, 12 units, supplied and installed.\n"
CLEANING = "Invitation to tender: cleaning services for the town hall, 3 years.\n"


def write_config(folder: Path) -> Path:
    from argon2 import PasswordHasher

    hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    lines = []
    for user, password in PASSWORDS.items():
        lines += [f"[users.{user}]", f'password = "{hasher.hash(password)}"', ""]
    for user, token in TOKENS.items():
        lines += ["[[tokens]]", f'user = "{user}"', f'sha256 = "{hashlib.sha256(token.encode()).hexdigest()}"', ""]
    path = folder / "serve.toml"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def server_settings(folder: Path, *, jobs: int = 0, limits: Limits = DEFAULT_LIMITS):
    from extract.api import scan_config
    from extract.policy.load import load_policy
    from extract.serve.app import ServerSettings
    from extract.serve.config import load_config

    config = load_config(write_config(folder))
    scan = scan_config(model="rules", ocr="never", limits=limits)
    policy = load_policy(scan.policy_dir)
    return ServerSettings(db=str(folder / "ledger.sqlite"), config=config, scan=scan, storage=str(folder / "uploads"),
                          jobs=jobs, regimes=dict(policy.regimes),
                          entity_names={k: e.name for k, e in policy.entities.items()})


def bearer(user: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {TOKENS[user]}"}
