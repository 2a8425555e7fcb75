"""E-mail (.eml and Outlook .msg): the body and every attachment become Documents, nested mails
and zips recursively, under the zip limits; sender, subject and date reach the records.

Fixtures are built here: .eml with the standard library (tests/filegen.py), .msg with the small
Compound File writer in tests/msgfile.py (nothing in PyPI writes .msg).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import filegen
import msgfile
import pytest

from extract.intake.screen import ScanConfig, screen_path
from extract.limits import Limits
from extract.parse import parse_bytes, sniff

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


MODELS = [pytest.param("rules", id="rules"), pytest.param("shipped", id="shipped-model")]


def _config(which: str) -> dict:
    return {"model_dir": "rules"} if which == "rules" else {}  # {}: the shipped model (it must load)


def _screen(tmp_path: Path, name: str, data: bytes, **config) -> dict[str, dict]:
    path = tmp_path / name
    path.write_bytes(data)
    return {Path(r["path"]).name: r for r in screen_path(str(path), ScanConfig(**config))}


# --------------------------------------------------------------------------- end to end


@pytest.mark.parametrize("which", MODELS)
def test_eml_quote_attachment_is_restricted_vendor_named(tmp_path: Path, which: str) -> None:
    data = filegen.eml_bytes(attachments=[("quote.docx", filegen.quote_docx(), DOCX)])
    records = _screen(tmp_path, "mail.eml", data, **_config(which))
    assert sorted(records) == ["mail.eml", "mail.eml!quote.docx"]
    quote = records["mail.eml!quote.docx"]
    assert quote["status"] == "ok" and quote["format"] == "docx"
    assert quote["verdict"] == "restricted_vendor_named" and quote["flag"] is True
    assert "hikvision" in quote["entities"]
    assert any(m["entity"] == "hikvision" and m["role"] == "offered" for m in quote["mentions"])
    expected = {"from": "Sales Desk <sales@example-integrator.test>", "to": "procurement@city.example",
                "subject": "Quotation for CCTV cameras", "date": "2025-03-04T09:15:00+01:00"}
    assert quote["email"] == expected  # the attachment says which mail brought it
    body = records["mail.eml"]
    assert body["status"] == "ok" and body["format"] == "eml" and body["email"] == expected


@pytest.mark.parametrize("which", MODELS)
def test_msg_quote_attachment_is_restricted_vendor_named(tmp_path: Path, which: str) -> None:
    data = msgfile.msg_bytes(attachments=[("quote.docx", filegen.quote_docx())])
    assert sniff(data) == "msg"
    records = _screen(tmp_path, "mail.msg", data, **_config(which))
    assert sorted(records) == ["mail.msg", "mail.msg!quote.docx"]
    quote = records["mail.msg!quote.docx"]
    assert quote["verdict"] == "restricted_vendor_named" and "hikvision" in quote["entities"]
    assert quote["email"] == {"from": "Sales Desk <sales@example-integrator.test>", "to": "procurement@city.example",
                              "subject": "Quotation for CCTV cameras", "date": "2025-03-04T08:15:00+00:00"}
    assert records["mail.msg"]["format"] == "msg" and records["mail.msg"]["status"] == "ok"


# --------------------------------------------------------------------------- structure


def test_body_text_carries_the_headers_and_the_html_twin_is_not_a_member() -> None:
    data = filegen.eml_bytes(subject="Quote: Hytera radios", html="<p>Dear team, <b>our quote</b></p>")
    (body,) = parse_bytes(data, "m.eml")
    assert body.text.split("\n")[:4] == ["From: Sales Desk <sales@example-integrator.test>", "To: procurement@city.example",
                                         "Subject: Quote: Hytera radios", "Date: 2025-03-04T09:15:00+01:00"]
    assert "please find our quotation attached." in body.text
    assert body.meta("attachments") == "0"


def test_html_only_body_is_read_as_visible_text() -> None:
    from email.message import EmailMessage

    msg = EmailMessage()
    msg["From"], msg["Subject"], msg["Message-ID"] = "a@b.test", "Offer", "<1@b.test>"
    msg.set_content("<html><body><p>Offer: ZTE MF286D</p><script>var x=1</script></body></html>", subtype="html")
    (body,) = parse_bytes(msg.as_bytes(), "m.eml")
    assert "Offer: ZTE MF286D" in body.text and "var x" not in body.text


def test_nested_messages_and_zips_are_read_recursively() -> None:
    inner = filegen.eml_bytes(subject="Original offer", attachments=[("quote.docx", filegen.quote_docx(), DOCX)])
    bundle = filegen.zip_bytes({"annex.txt": b"Annex: Dahua NVR", "fwd.eml": inner})
    outer = filegen.eml_bytes(subject="Fwd: offer", attachments=[("bundle.zip", bundle, "application/zip")], messages=[inner])
    docs = parse_bytes(outer, "m.eml")
    assert [(d.path, d.format, d.status) for d in docs] == [
        ("m.eml", "eml", "ok"),
        ("m.eml!bundle.zip!annex.txt", "text", "ok"),
        ("m.eml!bundle.zip!fwd.eml", "eml", "ok"),
        ("m.eml!bundle.zip!fwd.eml!quote.docx", "docx", "ok"),
        ("m.eml!Original offer.eml", "eml", "ok"),
        ("m.eml!Original offer.eml!quote.docx", "docx", "ok"),
    ]
    assert docs[3].meta("email_subject") == "Original offer"  # the innermost mail first
    assert "Hikvision" in docs[5].text


def test_embedded_msg_is_read_recursively() -> None:
    spec = {"subject": "Fwd: first offer", "sender": "A", "sender_email": "a@x.test", "to": "b@y.test",
            "date": dt.datetime(2025, 1, 2, tzinfo=dt.UTC), "body": "Inner body: Hikvision DS-2CD2043G2-I"}
    docs = parse_bytes(msgfile.msg_bytes(messages=[spec]), "m.msg")
    assert [(d.path, d.format, d.status) for d in docs] == [("m.msg", "msg", "ok"), ("m.msg!Fwd: first offer.msg", "msg", "ok")]
    assert "Hikvision DS-2CD2043G2-I" in docs[1].text and docs[1].meta("email_from") == "A <a@x.test>"


def test_mail_is_sniffed_by_its_headers_whatever_its_name(tmp_path: Path) -> None:
    data = filegen.eml_bytes(attachments=[("quote.docx", filegen.quote_docx(), DOCX)])
    path = tmp_path / "saved-message.txt"
    path.write_bytes(data)
    assert sniff(data) == "eml"
    records = screen_path(str(path), ScanConfig(model_dir="rules"))
    assert [r["path"] for r in records] == [str(path), f"{path}!quote.docx"]
    # a note a person typed with mail-like labels stays text (no header only software writes)
    assert sniff(b"From: Anna\nTo: Procurement\nSubject: Offer\n\nPlease see the offer.\n") == "text"


def test_duplicate_and_unnamed_attachments_get_distinct_paths() -> None:
    data = filegen.eml_bytes(attachments=[("a.txt", b"first", "text/plain"), ("a.txt", b"second", "text/plain"),
                                          ("", b"%PDF-1.4 broken", "application/pdf")])
    docs = parse_bytes(data, "m.eml")
    assert [d.path for d in docs] == ["m.eml", "m.eml!a.txt", "m.eml!a.txt#2", "m.eml!part-3.pdf"]
    assert [d.text for d in docs[1:3]] == ["first", "second"]


# --------------------------------------------------------------------------- limits and hostile input


def test_member_count_limit_is_one_error_for_the_mail() -> None:
    data = filegen.eml_bytes(attachments=[(f"a{i}.txt", b"x", "text/plain") for i in range(5)])
    (doc,) = parse_bytes(data, "many.eml", limits=Limits(zip_max_members=4))
    assert (doc.path, doc.status, doc.error) == ("many.eml", "error", "archive member limit: 5 attachments > 4")


def test_nesting_limit_counts_mails_and_zips_alike() -> None:
    data = filegen.eml_bytes(subject="level 0", body="deepest")
    for level in range(1, 4):
        data = filegen.eml_bytes(subject=f"level {level}", messages=[data]) if level % 2 else \
            filegen.eml_bytes(subject=f"level {level}", attachments=[(f"l{level}.zip", filegen.zip_bytes({"in.eml": data}), "application/zip")])
    docs = parse_bytes(data, "deep.eml", limits=Limits(zip_max_depth=2))
    assert docs[-1].status == "error" and docs[-1].error.startswith("archive nesting limit")
    assert all(d.status == "ok" for d in docs[:-1])
    ok = parse_bytes(data, "deep.eml", limits=Limits(zip_max_depth=6))
    assert all(d.status == "ok" for d in ok) and "deepest" in ok[-1].text


def test_attachments_past_the_total_size_limit_are_one_error_for_the_mail() -> None:
    """Decoded attachment bytes count against zip_max_total_bytes, as a zip's members do (a
    single attachment cannot pass max_bytes: base64 only shrinks, and the mail itself is held to
    it). The size is checked from the encoded length before a huge base64 part is decoded."""
    data = filegen.eml_bytes(attachments=[("big.bin", b"\0" * 600_000, "application/octet-stream"),
                                          ("note.txt", b"Offer: Hytera PD985", "text/plain")])
    docs = parse_bytes(data, "m.eml", limits=Limits(zip_max_total_bytes=1_000_000))
    assert [d.path for d in docs] == ["m.eml", "m.eml!big.bin", "m.eml!note.txt"]
    assert docs[2].text == "Offer: Hytera PD985"
    (doc,) = parse_bytes(data, "m.eml", limits=Limits(zip_max_total_bytes=500_000))
    assert (doc.path, doc.status) == ("m.eml", "error") and doc.error.startswith("archive size limit")


def test_hostile_attachment_names_are_only_text(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    data = filegen.eml_bytes(attachments=[("../../etc/passwd", b"root:x:0:0", "text/plain"),
                                          ("/abs/evil.txt", b"abs", "text/plain"),
                                          ("C:\\boot.ini", b"boot", "text/plain")])
    data = data.replace(b'filename="C:\\\\boot.ini"', b'filename="line\r\n one.txt"')
    docs = parse_bytes(data, "evil.eml")
    assert [d.path for d in docs[:3]] == ["evil.eml", "evil.eml!../../etc/passwd", "evil.eml!/abs/evil.txt"]
    assert all("\n" not in d.path and "\r" not in d.path for d in docs)
    assert list(tmp_path.iterdir()) == []


def test_unknown_charset_and_deep_mime_nesting_give_records_not_crashes() -> None:
    raw = ("From: a@b.test\r\nSubject: x\r\nMessage-ID: <x@b.test>\r\nMIME-Version: 1.0\r\n"
           "Content-Type: text/plain; charset=x-no-such-charset\r\n\r\nOffer: Hikvision caf\xe9\r\n").encode("latin-1")
    (doc,) = parse_bytes(raw, "m.eml")
    assert doc.status == "ok" and "Offer: Hikvision caf\u00e9" in doc.text
    head = "From: a@b.test\r\nSubject: deep\r\nMessage-ID: <d@b.test>\r\nMIME-Version: 1.0\r\n"
    body = "".join(f"Content-Type: multipart/mixed; boundary=b{i}\r\n\r\n--b{i}\r\n" for i in range(60)) + "Content-Type: text/plain\r\n\r\nx\r\n"
    docs = parse_bytes((head + body).encode(), "deep.eml")
    assert len(docs) == 1 and docs[0].status == "error" and "nest" in docs[0].error


def test_damaged_msg_is_an_error_record() -> None:
    data = msgfile.msg_bytes(attachments=[("quote.docx", filegen.quote_docx())])
    docs = parse_bytes(data[: len(data) // 2], "cut.msg")
    assert docs[0].status == "error" and docs[0].error


def test_html_report_shows_who_sent_the_mail_escaped(tmp_path: Path) -> None:
    from extract.report.html import render_html

    data = filegen.eml_bytes(subject="<script>alert(1)</script> quote", attachments=[("quote.docx", filegen.quote_docx(), DOCX)])
    records = list(_screen(tmp_path, "mail.eml", data, model_dir="rules").values())
    page = render_html(records)
    assert "<script>alert(1)</script>" not in page
    assert "subject &lt;script&gt;alert(1)&lt;/script&gt; quote" in page
    assert page.count("e-mail from Sales Desk &lt;sales@example-integrator.test&gt;") == 2  # the body and the quote
