"""The review queue as one self-contained HTML file.

Reviewers open this, not JSON. It has to show the most urgent document first, say at a glance
which vendor, which words and which page, and work offline (inline CSS and JS, no fonts, no
network), e.g. attached to a ticket.

Every string in a record is controlled by whoever wrote the document (its file name, text,
metadata, even error messages quoting it). So:

- the page is rendered from Jinja2 templates (extract/report/templates/, shared with the review
  service) with autoescape on, so every piece of record text is escaped where it is printed; the
  one piece of markup we add (<mark> around a match, `highlight`) is built around parts escaped
  with html.escape and handed over as Markup;
- the data the filter script needs goes in as JSON inside <script type="application/json">,
  with `<`, `>` and `&` written as \\u003c, \\u003e, \\u0026 so no string can close the element;
- a Content-Security-Policy allows only our own inline script (by its sha256) and inline styles,
  so even a mistake in escaping could not run an injected script or load anything remote.
"""

from __future__ import annotations

import base64
import hashlib
import html
import io
import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import IO, Any

from extract.types import URGENCY

_VERDICT_TITLES = {
    "restricted_vendor_named": "Restricted vendor named",
    "in_scope_ict": "In-scope ICT",
    "unreadable": "Unreadable",
    "out_of_scope": "Out of scope",
}


def _e(value: Any) -> str:
    """Escape anything for HTML text or a quoted attribute value."""
    return html.escape("" if value is None else str(value), quote=True)


def json_for_script(data: Any) -> str:
    """JSON safe to embed in a <script type="application/json"> element."""
    text = json.dumps(data, ensure_ascii=False)
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


def urgency_key(record: dict[str, Any]) -> tuple[int, float, str]:
    """Sort key: verdict urgency, then score descending, then path (stable, readable)."""
    verdict = record.get("verdict")
    rank = URGENCY.index(verdict) if verdict in URGENCY else len(URGENCY)
    score = record.get("score")
    return (rank, -(float(score) if score is not None else 0.0), str(record.get("path", "")))


def order_records(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted(records, key=urgency_key)


def highlight(snippet: str | None, text: str | None) -> str:
    """The escaped snippet with the (escaped) matched text wrapped in <mark>.

    The match is located in the raw snippet first and each part escaped separately, so the
    <mark> tags are the only markup in the result. Falls back to a case-insensitive search, and
    to the plain escaped snippet when the text is not in it.
    """
    from markupsafe import Markup

    snippet = snippet or ""
    if not text:
        return Markup(_e(snippet))
    at = snippet.find(text)
    if at < 0:
        at = snippet.casefold().find(text.casefold()) if len(snippet.casefold()) == len(snippet) else -1
    if at < 0:
        return Markup(_e(snippet))
    end = at + len(text)
    return Markup(f"{_e(snippet[:at])}<mark>{_e(snippet[at:end])}</mark>{_e(snippet[end:])}")


_TEMPLATES = None


def _env() -> Any:
    """The Jinja2 environment of extract/report/templates (autoescape on: every value a template
    prints is escaped unless it is Markup we built, e.g. `highlight`'s <mark>)."""
    global _TEMPLATES
    if _TEMPLATES is None:
        import jinja2

        _TEMPLATES = jinja2.Environment(
            loader=jinja2.PackageLoader("extract.report", "templates"),
            autoescape=True,
            undefined=jinja2.StrictUndefined,
            keep_trailing_newline=True,
        )
    return _TEMPLATES


def _asset(name: str) -> str:
    """A template folder file read verbatim (the CSS and the filter script)."""
    return _env().loader.get_source(_env(), name)[0]


def _csp(script: str) -> str:
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    return f"default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-{digest}'; img-src data:"


def _view(rec: dict[str, Any]) -> dict[str, Any]:
    """What the document template prints, with the record's absent fields made explicit."""
    score = rec.get("score")
    return {
        "path": rec.get("path"),
        "verdict": str(rec.get("verdict") or ""),
        "score": "n/a" if score is None else f"{float(score):.3f}",
        "status": rec.get("status"),
        "pages": "n/a" if rec.get("pages") is None else rec.get("pages"),
        "error": rec.get("error"),
        "reasons": [str(r) for r in rec.get("reasons") or []],
        "entities": [str(x) for x in rec.get("entities") or []],
        "categories": [str(x) for x in rec.get("categories") or []],
        "mentions": list(rec.get("mentions") or []),
        # the mail a document is or came in: who sent it, about what, when
        "mail": [(label, (rec.get("email") or {}).get(key)) for key, label in
                 (("from", "e-mail from"), ("subject", "subject"), ("date", "sent")) if (rec.get("email") or {}).get(key)],
    }


@dataclass
class Summary:
    """What the report's header needs before the first document: counts, models, policies, entities.

    Built record by record (`add`), so a writer can spool records to disk and keep only this.
    """

    documents: int = 0
    counts: Counter = field(default_factory=Counter)
    models: set[str] = field(default_factory=set)
    policies: set[str] = field(default_factory=set)
    entities: set[str] = field(default_factory=set)

    def add(self, rec: dict[str, Any]) -> None:
        self.documents += 1
        self.counts[rec.get("verdict")] += 1
        if rec.get("model") is not None:
            self.models.add(str(rec.get("model")))
        if rec.get("policy") is not None:
            self.policies.add(str(rec.get("policy")))
        self.entities.update(str(e) for e in rec.get("entities") or [])


def render_html(records: list[dict[str, Any]], *, title: str = "tender-triage review queue", generated_at: str | None = None) -> str:
    """The whole report as one string (see the module docstring for the escaping rules)."""
    ordered = order_records(list(records))
    summary = Summary()
    for r in ordered:
        summary.add(r)
    buf = io.StringIO()
    write_html(buf, ordered, summary, title=title, generated_at=generated_at)
    return buf.getvalue()


def write_html(
    out: IO[str],
    ordered: Iterable[dict[str, Any]],
    summary: Summary,
    *,
    title: str = "tender-triage review queue",
    generated_at: str | None = None,
) -> None:
    """Write the report to `out`, one document at a time.

    `ordered` must already be in urgency order (`urgency_key`) and `summary` must describe it;
    only the small per-document filter data is held until the end, so a batch of any size is
    rendered without holding its records in memory.
    """
    generated_at = generated_at or datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    env, js = _env(), _asset("report.js")
    out.write(env.get_template("queue_head.html").render(
        csp=_csp(js), title=title, css=_asset("report.css"), summary=summary, generated_at=generated_at,
        verdicts=URGENCY, titles=_VERDICT_TITLES,
    ))
    document = env.get_template("queue_document.html")
    docs: list[dict[str, Any]] = []
    for i, r in enumerate(ordered):
        out.write(document.render(index=i, d=_view(r), highlight=highlight))
        docs.append({"verdict": r.get("verdict"), "entities": [str(e) for e in r.get("entities") or []]})
    from markupsafe import Markup

    out.write(env.get_template("queue_tail.html").render(
        documents=len(docs), data=Markup(json_for_script({"docs": docs})), js=Markup(js),
    ))
