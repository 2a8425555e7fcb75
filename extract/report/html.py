"""The review queue as one self-contained HTML file.

Reviewers open this, not JSON. It has to show the most urgent document first, say at a glance
which vendor, which words and which page, and work offline (inline CSS and JS, no fonts, no
network), e.g. attached to a ticket.

Every string in a record is controlled by whoever wrote the document (its file name, text,
metadata, even error messages quoting it). So:

- the page is rendered from Jinja2 templates (extract/report/templates/: one layout, one
  stylesheet and the summary-row, document and mention partials, shared with the review service
  so both look alike) with autoescape on, so every piece of record text is escaped where it is printed; the
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
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import IO, Any

from extract.report.view import VERDICT_TITLES, citations_by_subject, deciding_rule
from extract.types import URGENCY

#: The one stylesheet of the report and the service (inlined here, served at this name there).
STYLESHEET = "triage.css"


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


def template_env(*loaders: Any, strict: bool = True) -> Any:
    """A Jinja2 environment over `loaders` (searched first), then extract/report/templates.

    Why one factory: the static report and the review service render the same layout and
    partials, and must render them the same way (whitespace handling included), so the shared
    markup is byte-for-byte the same in both. Autoescape is on: every value a template prints is
    escaped unless it is Markup we built (`highlight`'s <mark>, our own CSS and script).
    `strict` makes a missing variable an error (the report, whose context is fixed); the
    service's pages test optional ones (`{% if user %}`).
    """
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader([*loaders, jinja2.PackageLoader("extract.report", "templates")]),
        autoescape=True,
        undefined=jinja2.StrictUndefined if strict else jinja2.Undefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.globals.update(deciding_rule=deciding_rule, highlight=highlight, verdict_titles=VERDICT_TITLES)
    return env


def _env() -> Any:
    global _TEMPLATES
    if _TEMPLATES is None:
        _TEMPLATES = template_env()
    return _TEMPLATES


def asset(name: str) -> str:
    """A template folder file read verbatim (the stylesheet and the filter script)."""
    env = _env()
    return env.loader.get_source(env, name)[0]


def _csp(script: str) -> str:
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    return f"default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-{digest}'; img-src data:"


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


def render_html(records: list[dict[str, Any]], *, title: str = "tender-triage review queue", generated_at: str | None = None,
                regimes: Mapping[str, Any] | None = None, entity_names: Mapping[str, str] | None = None) -> str:
    """The whole report as one string (see the module docstring for the escaping rules)."""
    ordered = order_records(list(records))
    summary = Summary()
    for r in ordered:
        summary.add(r)
    buf = io.StringIO()
    write_html(buf, ordered, summary, title=title, generated_at=generated_at, regimes=regimes,
               entity_names=entity_names)
    return buf.getvalue()


def write_html(
    out: IO[str],
    ordered: Iterable[dict[str, Any]],
    summary: Summary,
    *,
    title: str = "tender-triage review queue",
    generated_at: str | None = None,
    regimes: Mapping[str, Any] | None = None,
    entity_names: Mapping[str, str] | None = None,
) -> None:
    """Write the report to `out`, streamed as the template renders.

    `ordered` must already be in urgency order (`urgency_key`) and `summary` must describe it. It
    is iterated twice, once for the summary table and once for the documents (a list, or an
    object whose __iter__ reads the records again, as HtmlWriter's spool does): only the small
    per-document filter data is held until the end, so a batch of any size is rendered without
    holding its records in memory.

    `regimes` ({key: Regime}, the policy's) turns regime keys into readable citations once per
    entity, as the service shows them, and `entity_names` ids into names; without them the report
    shows the keys and ids the records carry.
    """
    from markupsafe import Markup

    generated_at = generated_at or datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    js = asset("report.js")
    docs: list[dict[str, Any]] = []

    def rows() -> Iterator[tuple[int, dict[str, Any]]]:
        return enumerate(ordered)

    def documents() -> Iterator[tuple[int, dict[str, Any]]]:
        for i, r in enumerate(ordered):
            docs.append({"verdict": r.get("verdict"), "entities": [str(e) for e in r.get("entities") or []]})
            yield i, r

    def citations(r: dict[str, Any]) -> list:
        return citations_by_subject(r, regimes, entity_names) if regimes else []

    stream = _env().get_template("report.html").generate(
        csp=_csp(js), inline_css=Markup(asset(STYLESHEET)), title=title, summary=summary,
        generated_at=generated_at, verdicts=URGENCY, titles=VERDICT_TITLES, entity_names=entity_names or {},
        rows=rows, documents=documents, citations=citations, js=Markup(js),
        data=lambda: Markup(json_for_script({"docs": docs})),
    )
    for chunk in stream:
        out.write(chunk)
