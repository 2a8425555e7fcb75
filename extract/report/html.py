"""The review queue as one self-contained HTML file.

Reviewers open this, not JSON. It has to show the most urgent document first, say at a glance
which vendor, which words and which page, and work offline (inline CSS and JS, no fonts, no
network), e.g. attached to a ticket.

Every string in a record is controlled by whoever wrote the document (its file name, text,
metadata, even error messages quoting it). So:

- every piece of record text reaches the page only through `_e` (html.escape, quote=True); the
  few pieces of markup we add (<mark> around a match) are built around already-escaped parts;
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
    snippet = snippet or ""
    if not text:
        return _e(snippet)
    at = snippet.find(text)
    if at < 0:
        at = snippet.casefold().find(text.casefold()) if len(snippet.casefold()) == len(snippet) else -1
    if at < 0:
        return _e(snippet)
    end = at + len(text)
    return f"{_e(snippet[:at])}<mark>{_e(snippet[at:end])}</mark>{_e(snippet[end:])}"


_CSS = """
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1d1d1f;background:#f6f6f7}
header{background:#1f2937;color:#fff;padding:14px 22px}
header h1{margin:0 0 6px;font-size:20px}
header .meta{font-size:12px;opacity:.85}
.counts{display:flex;gap:10px;flex-wrap:wrap;margin-top:8px}
.count{padding:3px 9px;border-radius:10px;background:#374151;font-size:13px}
#filters{position:sticky;top:0;background:#fff;border-bottom:1px solid #ddd;padding:9px 22px;display:flex;gap:18px;flex-wrap:wrap;align-items:center;z-index:1}
#filters label{margin-right:9px;white-space:nowrap}
main{padding:12px 22px}
.doc{background:#fff;border:1px solid #ddd;border-left:6px solid #999;border-radius:6px;margin:0 0 12px;padding:10px 14px}
.doc.v-restricted_vendor_named{border-left-color:#b91c1c}
.doc.v-in_scope_ict{border-left-color:#d97706}
.doc.v-unreadable{border-left-color:#6b21a8}
.doc.v-out_of_scope{border-left-color:#15803d}
.doc h2{font-size:15px;margin:0 0 4px;word-break:break-all}
.badge{display:inline-block;padding:1px 7px;border-radius:8px;font-size:12px;color:#fff;background:#6b7280;margin-right:6px}
.b-restricted_vendor_named{background:#b91c1c}.b-in_scope_ict{background:#d97706}
.b-unreadable{background:#6b21a8}.b-out_of_scope{background:#15803d}
.facts{font-size:13px;color:#374151}
.facts span{margin-right:14px}
.error{color:#991b1b}
table{border-collapse:collapse;width:100%;margin-top:6px;font-size:13px}
th,td{border-top:1px solid #eee;padding:3px 6px;text-align:left;vertical-align:top}
th{background:#fafafa}
td.snip{white-space:pre-wrap;word-break:break-word}
mark{background:#fde047;padding:0 1px}
.role-offered{color:#b91c1c;font-weight:600}.role-prohibited{color:#15803d}
.hidden{display:none}
#shown{color:#555}
"""

_JS = """
(function () {
  var data = JSON.parse(document.getElementById('triage-data').textContent);
  var docs = document.querySelectorAll('section.doc');
  var boxes = document.querySelectorAll('input.verdict-filter');
  var entity = document.getElementById('entity-filter');
  var shown = document.getElementById('shown');
  function apply() {
    var verdicts = {};
    for (var i = 0; i < boxes.length; i++) { if (boxes[i].checked) { verdicts[boxes[i].value] = true; } }
    var want = entity.value;
    var n = 0;
    for (var j = 0; j < docs.length; j++) {
      var d = data.docs[Number(docs[j].getAttribute('data-index'))];
      var ok = verdicts[d.verdict] === true && (want === '' || d.entities.indexOf(want) >= 0);
      docs[j].classList.toggle('hidden', !ok);
      if (ok) { n++; }
    }
    shown.textContent = n + ' of ' + docs.length + ' documents shown';
  }
  for (var k = 0; k < boxes.length; k++) { boxes[k].addEventListener('change', apply); }
  entity.addEventListener('change', apply);
  apply();
})();
"""


def _csp(script: str) -> str:
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    return f"default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-{digest}'; img-src data:"


def _mention_rows(mentions: list[dict[str, Any]]) -> str:
    if not mentions:
        return '<p class="facts">No mentions.</p>'
    rows = []
    for m in mentions:
        role = str(m.get("role") or "")
        regimes = ", ".join(str(r) for r in (m.get("regimes") or []))
        rows.append(
            "<tr>"
            f"<td>{_e(m.get('page'))}</td><td>{_e(m.get('line'))}</td>"
            f"<td>{_e(m.get('kind'))}</td><td>{_e(m.get('entity') or m.get('category') or '')}</td>"
            f'<td class="role-{_e(role)}">{_e(role)}</td><td>{_e(regimes)}</td>'
            f"<td>{_e(m.get('text'))}</td>"
            f'<td class="snip">{highlight(m.get("snippet"), m.get("text"))}</td>'
            "</tr>"
        )
    return (
        "<table><thead><tr><th>page</th><th>line</th><th>kind</th><th>entity / category</th>"
        "<th>role</th><th>regimes</th><th>text</th><th>snippet</th></tr></thead><tbody>"
        + "".join(rows)
        + "</tbody></table>"
    )


def _document(index: int, rec: dict[str, Any]) -> str:
    verdict = str(rec.get("verdict") or "")
    score = rec.get("score")
    score_text = "n/a" if score is None else f"{float(score):.3f}"
    error = f'<div class="error">{_e(rec.get("error"))}</div>' if rec.get("error") else ""
    entities = ", ".join(str(x) for x in rec.get("entities") or []) or "none"
    categories = ", ".join(str(x) for x in rec.get("categories") or []) or "none"
    mentions = rec.get("mentions") or []
    mail = rec.get("email") or {}  # the mail a document is or came in: who sent it, when, about what
    mail_facts = "".join(f"<span>{label} {_e(mail[key])}</span>" for key, label in
                         (("from", "e-mail from"), ("subject", "subject"), ("date", "sent")) if mail.get(key))
    return (
        f'<section class="doc v-{_e(verdict)}" data-index="{index}">'
        f"<h2>{_e(rec.get('path'))}</h2>"
        f'<div class="facts"><span class="badge b-{_e(verdict)}">{_e(verdict)}</span>'
        f"<span>score {_e(score_text)}</span><span>status {_e(rec.get('status'))}</span>"
        f"<span>pages {_e(rec.get('pages') if rec.get('pages') is not None else 'n/a')}</span>"
        f"<span>{len(mentions)} mentions</span></div>"
        f"{error}"
        + (f'<div class="facts">{mail_facts}</div>' if mail_facts else "")
        + f'<div class="facts"><span>entities: {_e(entities)}</span><span>categories: {_e(categories)}</span></div>'
        f"{_mention_rows(mentions)}"
        "</section>"
    )


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
    count_spans = "".join(
        f'<span class="count">{_e(_VERDICT_TITLES[v])}: {summary.counts.get(v, 0)}</span>' for v in URGENCY
    )
    verdict_boxes = "".join(
        f'<label><input type="checkbox" class="verdict-filter" value="{_e(v)}" checked> {_e(_VERDICT_TITLES[v])}</label>'
        for v in URGENCY
    )
    entity_options = '<option value="">all entities</option>' + "".join(
        f'<option value="{_e(e)}">{_e(e)}</option>' for e in sorted(summary.entities)
    )
    out.write(
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{_e(_csp(_JS))}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{_e(title)}</title><style>{_CSS}</style></head><body>"
        f"<header><h1>{_e(title)}</h1>"
        f'<div class="meta">{summary.documents} documents &middot; generated {_e(generated_at)} &middot; '
        f"model {_e(', '.join(sorted(summary.models)) or 'n/a')} &middot; policy {_e(', '.join(sorted(summary.policies)) or 'n/a')}</div>"
        f'<div class="counts">{count_spans}</div></header>'
        f'<div id="filters"><span>{verdict_boxes}</span>'
        f'<label>entity <select id="entity-filter">{entity_options}</select></label>'
        '<span id="shown"></span></div>'
        "<main>"
    )
    docs: list[dict[str, Any]] = []
    for i, r in enumerate(ordered):
        out.write(_document(i, r))
        docs.append({"verdict": r.get("verdict"), "entities": [str(e) for e in r.get("entities") or []]})
    if not docs:
        out.write("<p>No documents.</p>")
    out.write(
        "</main>"
        f'<script type="application/json" id="triage-data">{json_for_script({"docs": docs})}</script>'
        f"<script>{_JS}</script>"
        "</body></html>\n"
    )
