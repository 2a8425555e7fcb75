"""`tender-triage serve`: the review queue and an HTTP API over a scan ledger (issue 14).

A stage after report/: it reads and writes the ledger (extract.intake.ledger), screens uploads
with the same function every scan backend runs (extract.intake.screen.screen_path), and shows
records the way reviewers know them from the HTML report.

    config    serve.toml: users (argon2 password hashes), API tokens (sha256), storage, limits
    auth      sessions (server side, HttpOnly SameSite=Strict cookie), CSRF, bearer tokens
    uploads   streaming multipart reader: size and count limits while reading, stored by sha256
    worker    screening in the intake worker pool scan uses (extract.intake.pool), off the event loop
    queue     the review queue: grouping by sha256, filters, urgency order, regime citations
    app       the FastAPI application (pages and /api)

FastAPI, Jinja2, uvicorn and argon2-cffi are the optional extra `serve`
(`pip install -e ".[serve]"`); importing this package without them fails with a clear message
from the `serve` command, never from `import extract`.
"""
