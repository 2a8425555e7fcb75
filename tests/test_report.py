"""Writers and renderers: CSV (with formula neutralisation), per-mention CSV, JSONL, summary, HTML."""

from __future__ import annotations

import csv
import io
import json
import re
from html.parser import HTMLParser

import pytest

from extract.report.html import highlight, json_for_script, order_records, render_html
from extract.intake.record import CONTRACT_FIELDS, build_record
from extract.report.writers import DOCUMENT_COLUMNS, CsvWriter, HtmlWriter, JsonlWriter, MentionsCsvWriter, Summary, csv_safe, format_explanation, write_records
from extract.types import Document, Mention, Page, Verdict

HOSTILE = "<script>window.__pwned=1</script><img src=x onerror=\"window.__pwned=2\">"


def _mention(text, line_text, entity="huawei", role="offered", page=1, category=None, kind="vendor"):
    start = line_text.index(text)
    return Mention(entity=entity, kind=kind, text=text, page=page, line=1, start=start, end=start + len(text),
                   role=role, snippet=line_text, regimes=("us_ndaa_889",) if entity else (), category=category)


def _record(path, verdict, score, mentions=(), status="ok", error=None, pages=1):
    doc = Document(path=path, sha256="ab" * 32, format="text", status=status, error=error,
                   pages=tuple(Page(i + 1, "x") for i in range(pages)) if status == "ok" else ())
    v = Verdict(verdict, verdict != "out_of_scope", score)
    return build_record(doc, list(mentions), v, model_id="model-1", policy_version="policy-1", seconds=0.01)


# --------------------------------------------------------------------------- CSV


@pytest.mark.parametrize("value", ["=HYPERLINK(\"http://x\")", "+1+2", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd"])
def test_formula_starts_are_neutralised(value):
    assert csv_safe(value) == "'" + value


@pytest.mark.parametrize("value", ["plain", "a=b", "", 3, -1.5, None, True])
def test_other_cells_are_untouched(value):
    assert csv_safe(value) == value


def test_document_csv_has_one_row_per_document_with_lists_joined_and_formulas_neutralised():
    line = "Item 1: Huawei S5735 switch and ZTE router"
    recs = [
        _record("=cmd|' /C calc'!A0.txt", "restricted_vendor_named", 0.9,
                [_mention("Huawei", line), _mention("ZTE", line, entity="zte"), _mention("Huawei", line)]),
        _record("b.txt", "out_of_scope", 0.1),
    ]
    buf = io.StringIO()
    with CsvWriter(buf) as w:
        for r in recs:
            w.write(r)
    rows = list(csv.DictReader(io.StringIO(buf.getvalue())))
    assert list(rows[0].keys()) == list(DOCUMENT_COLUMNS)
    assert [r["path"] for r in rows] == ["'=cmd|' /C calc'!A0.txt", "b.txt"]
    assert rows[0]["entities"] == "huawei; zte"
    assert rows[0]["mentions"] == "3" and rows[0]["mention_entities"] == "huawei; zte"
    assert rows[1]["mentions"] == "0" and rows[1]["entities"] == ""
    assert rows[0]["pages"] == "1"  # an int, not "1.0"
    assert set(CONTRACT_FIELDS) <= set(rows[0])


def test_empty_csv_still_has_a_header():
    buf = io.StringIO()
    CsvWriter(buf).close()
    assert buf.getvalue().strip().split(",") == list(DOCUMENT_COLUMNS)


def test_mentions_csv_one_row_per_mention_with_document_fields():
    line = "@Huawei offered: -ZTE"
    recs = [
        _record("a.txt", "restricted_vendor_named", 0.9, [_mention("Huawei", line), _mention("ZTE", line, entity="zte", role="prohibited")]),
        _record("b.txt", "out_of_scope", 0.1),
        _record("c.txt", "in_scope_ict", 0.6, [_mention("switch", "core switch", entity=None, role="mentioned", kind="equipment", category="network_switch")]),
    ]
    buf = io.StringIO()
    with MentionsCsvWriter(buf) as w:
        for r in recs:
            w.write(r)
    rows = list(csv.DictReader(io.StringIO(buf.getvalue())))
    assert [(r["path"], r["entity"], r["role"]) for r in rows] == [
        ("a.txt", "huawei", "offered"), ("a.txt", "zte", "prohibited"), ("c.txt", "", "mentioned")]
    assert rows[0]["snippet"] == "'" + line  # starts with @: neutralised
    assert rows[2]["category"] == "network_switch" and rows[2]["verdict"] == "in_scope_ict"


def test_jsonl_round_trips_records(tmp_path):
    recs = [_record("ä.txt", "out_of_scope", 0.1), _record(HOSTILE, "in_scope_ict", 0.5)]
    out = tmp_path / "o.jsonl"
    assert write_records(recs, "jsonl", str(out)) == 2
    assert [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()] == recs
    buf = io.StringIO()
    JsonlWriter(buf).write(recs[0])
    assert "ä" in buf.getvalue()


# --------------------------------------------------------------------------- summary


def test_summary_counts_verdicts_unreadable_and_pages_screened_not_cached():
    s = Summary()
    s.add(_record("a", "restricted_vendor_named", 0.9, pages=3))
    s.add(_record("b", "unreadable", None, status="error", error="broken"))
    s.add(_record("c", "out_of_scope", 0.1, pages=5), cached=True)
    d = s.finish().as_dict()
    assert d["documents"] == 3 and d["unreadable"] == 1 and d["from_ledger"] == 1
    assert d["pages"] == 3
    assert d["by_verdict"] == {"restricted_vendor_named": 1, "in_scope_ict": 0, "unreadable": 1, "out_of_scope": 1}
    assert "3 documents (1 from the ledger)" in s.format() and "pages/s" in s.format()


# --------------------------------------------------------------------------- HTML


class _Collector(HTMLParser):
    """Collects element names, attributes and script bodies the way a browser tokenises them."""

    def __init__(self):
        super().__init__()
        self.tags, self.attrs, self.scripts, self._in_script = [], [], [], None

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs.extend(attrs)
        self._in_script = dict(attrs).get("type", "") if tag == "script" else None

    def handle_data(self, data):
        if self._in_script is not None:
            self.scripts.append((self._in_script, data))

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = None


def _hostile_records():
    line = f"Offer: Hikvision camera {HOSTILE}"
    return [
        _record("clean.txt", "out_of_scope", 0.05),
        _record(HOSTILE + ".txt", "restricted_vendor_named", 0.7, [_mention("Hikvision", line, entity="hikvision")]),
        _record("broken.pdf", "unreadable", None, status="error", error=f"pdf parse failed: {HOSTILE}"),
        _record("cam.txt", "in_scope_ict", 0.8, [_mention("camera", "IP camera x4", entity=None, kind="equipment", category="ip_camera")]),
        _record("huawei.txt", "restricted_vendor_named", 0.95, [_mention("Huawei", "Huawei AR router")]),
    ]


def test_urgency_order_then_score_descending():
    ordered = [r["path"] for r in order_records(_hostile_records())]
    assert ordered == ["huawei.txt", HOSTILE + ".txt", "cam.txt", "broken.pdf", "clean.txt"]


def test_html_has_no_markup_from_records_and_only_our_scripts():
    page = render_html(_hostile_records(), generated_at="now")
    parser = _Collector()
    parser.feed(page)
    assert "img" not in parser.tags
    assert not [a for a, _ in parser.attrs if a.startswith("on")]
    assert [t for t, _ in parser.scripts] == ["application/json", ""]
    assert "__pwned" not in parser.scripts[1][1]
    # The hostile strings are there, as text.
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in page
    assert "onerror=&quot;window.__pwned=2&quot;" in page
    csp = [v for a, v in parser.attrs if a == "content" and "script-src" in (v or "")]
    assert len(csp) == 1 and "script-src 'sha256-" in csp[0] and "default-src 'none'" in csp[0]
    # Self-contained: nothing fetched from anywhere.
    assert not re.search(r"(src|href)=\"(https?:)?//", page)
    assert "@import" not in page and "url(" not in page


def test_html_data_block_parses_back_and_lists_entities_per_document():
    page = render_html(_hostile_records(), generated_at="now")
    parser = _Collector()
    parser.feed(page)
    data = json.loads(parser.scripts[0][1])
    assert [d["verdict"] for d in data["docs"]] == [
        "restricted_vendor_named", "restricted_vendor_named", "in_scope_ict", "unreadable", "out_of_scope"]
    assert data["docs"][1]["entities"] == ["hikvision"]


def test_html_header_shows_counts_and_versions():
    page = render_html(_hostile_records(), generated_at="now")
    assert "Restricted vendor named: 2" in page and "Unreadable: 1" in page and "Out of scope: 1" in page
    assert "model model-1" in page and "policy policy-1" in page


def test_html_writer_streams_the_same_page_as_render_html():
    out = io.StringIO()
    writer = HtmlWriter(out, generated_at="now")
    for rec in reversed(_hostile_records()):  # arrival order is not urgency order
        writer.write(rec)
    writer.close()
    assert out.getvalue() == render_html(_hostile_records(), generated_at="now")


def test_html_writer_keeps_records_on_disk_not_in_memory(tmp_path):
    """A back-scan can hold far more records than memory: the writer keeps a key per record."""
    import tracemalloc

    big = "Huawei AR6140 router, rack 4; " * 700  # about 21 KB of snippet text per record
    records = [_record(f"doc-{i:05d}.txt", "in_scope_ict", (i % 97) / 97, [_mention("Huawei", big)]) for i in range(4)]
    size = len(json.dumps(records[0]))
    n = 6000  # about 6000 x 21.5 KB = 130 MB of records
    with open(tmp_path / "report.html", "w", encoding="utf-8") as out:
        writer = HtmlWriter(out, generated_at="now")
        tracemalloc.start()
        try:
            for i in range(n):
                writer.write({**records[i % 4], "path": f"doc-{i:05d}.txt"})
            writer.close()
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert n * size > 100_000_000
    assert peak < 20_000_000, peak
    page = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert page.count('<section class="doc') == n


def test_json_for_script_cannot_close_the_element():
    text = json_for_script({"a": "</script><script>x</script>&"})
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text) == {"a": "</script><script>x</script>&"}


def test_highlight_marks_the_match_and_escapes_everything_else():
    assert highlight("a <b> Huawei & c", "Huawei") == "a &lt;b&gt; <mark>Huawei</mark> &amp; c"
    assert highlight("see HUAWEI", "Huawei") == "see <mark>HUAWEI</mark>"
    assert highlight("<i>nothing</i>", "ZTE") == "&lt;i&gt;nothing&lt;/i&gt;"
    assert highlight("x <mark>", "<mark>") == "x <mark>&lt;mark&gt;</mark>"


# --------------------------------------------------------------------------- explain text


def test_explanation_strips_terminal_escapes_and_reports_score_vs_threshold():
    line = "Huawei \x1b[2J\x1b]0;owned\x07 router"
    rec = _record("a\x1b[31m.txt", "restricted_vendor_named", 0.8, [_mention("Huawei", line)])
    rec["threshold"] = 0.3

    class Expl:
        label = "restricted_vendor_named"
        supporting = (("word:huawei", 1.5),)
        opposing = (("num:prohibited_count", -0.2),)

    text = format_explanation(rec, Expl(), None)
    assert "\x1b" not in text and "\x07" not in text
    assert "0.800 >= threshold 0.300" in text
    assert "p1 l1  vendor  huawei  [offered]" in text
    assert "+1.5000  word:huawei" in text and "-0.2000  num:prohibited_count" in text
    no_model = format_explanation(_record("b.txt", "out_of_scope", 0.0), None, None)
    assert "rules only (--model rules)" in no_model


def test_html_says_which_rule_decided_and_marks_ocr_text_escaped():
    mention = Mention(entity="hikvision", kind="vendor", text="Hikvision", page=2, line=4, start=0, end=9,
                      role="offered", snippet="Hikvision DS-2CD cameras", regimes=("us_ndaa_889",), ocr=True,
                      confidence=71.0)
    doc = Document(path="scan.pdf", sha256="cd" * 32, format="pdf", status="ok", pages=(Page(1, "x"), Page(2, "y")))
    v = Verdict("restricted_vendor_named", True, 0.07, reasons=(f"restricted entity offered: hikvision {HOSTILE}",))
    rec = build_record(doc, [mention], v, model_id="model-1", policy_version="policy-1", seconds=0.01)
    page = render_html([rec], generated_at="now")
    assert "decided by: restricted entity offered: hikvision &lt;script&gt;" in page
    assert 'title="read by OCR">OCR 71%</span>' in page
    assert "<mark>Hikvision</mark>" in page and "<script>window" not in page
