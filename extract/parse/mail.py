"""E-mail: RFC 5322 messages (.eml, or any file that starts with mail headers) and Outlook .msg.

Quotes and bids often arrive as mail: the offer is the attached .docx or .pdf, the covering note
names the vendor, and a forwarded mail carries the first one inside it. So a mail is a container,
read like a zip: the body is one Document (the path as given, "mail.eml") and every attachment
another ("mail.eml!quote.docx"), read by the dispatcher handed in as `parse_member` (this module
must not import the dispatcher that imports it). An attached mail (message/rfc822, or a .msg
inside a .msg) is just another member whose bytes sniff as e-mail, and a zip attached to a mail
is read by the zip reader: the nesting depth, member count and total decoded bytes are the
zip limits, checked by the same functions (`extract.parse.common.check_*`), so a mail in a zip
in a mail counts once per level whatever the containers are.

Sender, recipients, subject and date go into every Document's metadata (`email_*` keys: the
record shows them, and an attachment's record says which mail brought it) and at the top of the
body's text, where a subject such as "Quote: Hikvision cameras" is searched like any other line.
Nothing is ever written to disk: attachment names ("../../etc/passwd", "/abs/x") are only text in
a path, with control characters removed so a path stays one line.
"""

from __future__ import annotations

import hashlib
import io
import mimetypes
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser

from extract.errors import LimitExceeded
from extract.limits import Deadline, Limits, check_markup_size
from extract.parse.common import (
    ArchiveBudgetExceeded,
    ParseFailure,
    check_member_bytes,
    check_member_count,
    check_nesting,
    clean_text,
    make_page,
    one_line,
)
from extract.parse.ocr import NO_OCR, OcrOptions
from extract.types import Document, Status

#: multipart inside multipart this deep is not a mail client's work (mixed > alternative >
#: related is three); deeper gives an error record before the walk can exhaust the stack.
MAX_MIME_NESTING = 20

#: Inline pictures in a multipart/related body with fewer pixels than this are signature logos
#: and banners: listed in the body's metadata, not screened (each would be an unreadable record
#: for a reviewer to dismiss). A scan pasted into the mail is far larger and is read by OCR.
INLINE_LOGO_PIXELS = 100_000

_NESTING = "archives or e-mails inside each other"
_CONTROL = re.compile(r"[\x00-\x1f\x7f]+")

ParseMember = Callable[..., list[Document]]


@dataclass(frozen=True, slots=True)
class Attachment:
    """One member of a mail: its name as sent, and its bytes (or why it has none)."""

    name: str
    data: bytes = b""
    error: str | None = None  # the member could not be extracted (the message says why)
    status: str = Status.ERROR.value


@dataclass(frozen=True, slots=True)
class Mail:
    """What both readers (.eml, .msg) hand to the common part: headers, body text, members."""

    sender: str
    to: str
    subject: str
    date: str
    body: str
    tables: tuple[tuple[tuple[str, ...], ...], ...] = ()
    attachments: tuple[Attachment, ...] = ()
    notes: tuple[tuple[str, str], ...] = ()  # extra metadata (body encoding, skipped logos)

    def metadata(self) -> tuple[tuple[str, str], ...]:
        pairs = (("email_from", self.sender), ("email_to", self.to), ("email_subject", self.subject),
                 ("email_date", self.date))
        return tuple((k, v) for k, v in pairs if v)


def member_name(raw: str | None, index: int, fallback_ext: str) -> str:
    """An attachment's name fit for a path: control characters (CR, LF, NUL) dropped, the rest
    kept as sent (a hostile name is evidence a reviewer should see); unnamed parts get
    "part-N.ext"."""
    name = _CONTROL.sub("", raw or "").strip()
    return name or f"part-{index}{fallback_ext}"


def _unique(name: str, seen: set[str]) -> str:
    """Two attachments called quote.pdf are two documents: the second becomes quote.pdf#2."""
    out, n = name, 1
    while out in seen:
        n += 1
        out = f"{name}#{n}"
    seen.add(out)
    return out


# --------------------------------------------------------------------------- .eml


def _header(msg: EmailMessage, name: str) -> str:
    """A header as one line of text; a header the parser cannot make sense of is kept raw."""
    try:
        value = msg.get(name)
    except Exception:  # noqa: BLE001 - malformed headers make the email package raise odd errors
        value = None
        for key, raw in msg.raw_items():
            if key.lower() == name.lower():
                value = raw
                break
    return one_line(_CONTROL.sub(" ", str(value))) if value is not None else ""


def _date(msg: EmailMessage) -> str:
    """The Date header in ISO 8601 when it parses, else as written."""
    try:
        parsed = getattr(msg.get("date"), "datetime", None)
    except Exception:  # noqa: BLE001 - an unparseable date is kept as text
        parsed = None
    return parsed.isoformat() if parsed is not None else _header(msg, "date")


def _walk(part: EmailMessage, level: int = 0, parent: EmailMessage | None = None) -> Iterator[tuple[EmailMessage, EmailMessage | None]]:
    """Leaf parts with their parent multipart, in order; an attached message is a leaf (it is
    read as a member of its own, through the dispatcher)."""
    if part.get_content_maintype() == "multipart":
        if level >= MAX_MIME_NESTING:
            raise LimitExceeded(f"archive nesting limit: MIME parts nested more than {MAX_MIME_NESTING} deep")
        payload = part.get_payload()
        for sub in payload if isinstance(payload, list) else ():
            if isinstance(sub, EmailMessage):
                yield from _walk(sub, level + 1, part)
        return
    yield part, parent


def _decoded(part: EmailMessage, name: str, limits: Limits, budget: int) -> bytes:
    """The part's bytes with its transfer encoding undone; sizes checked before and after decoding."""
    if part.get_content_type() == "message/rfc822" or isinstance(part.get_payload(), list):
        inner = part.get_payload()
        if isinstance(inner, list):
            if not inner:
                return b""
            inner = inner[0]
        if isinstance(inner, EmailMessage):
            data = inner.as_bytes(policy=policy.default.clone(linesep="\r\n", max_line_length=0))
            check_member_bytes(name, len(data), limits, budget)
            return data
    encoded = part.get_payload()
    if isinstance(encoded, str):
        check_member_bytes(name, len(encoded) * 3 // 4, limits, budget)  # before decoding a huge base64 part
    data = part.get_payload(decode=True) or b""
    check_member_bytes(name, len(data), limits, budget, len(encoded) if isinstance(encoded, str) else None)
    return data


def _text_of(part: EmailMessage, limits: Limits) -> tuple[str, str]:
    """(text, encoding) of a text part: the charset it names when that decodes, else detection."""
    from extract.parse.text import decode

    raw = part.get_payload(decode=True) or b""
    check_markup_size(len(raw), limits, "e-mail body")
    declared = part.get_content_charset()
    try:
        return decode(raw, declared)
    except ParseFailure:
        # Bytes no encoding explains (a lying or unknown charset on binary junk): keep what
        # decodes and say so, rather than lose the headers and attachments with the body.
        return raw.decode("utf-8", errors="replace"), "utf-8 (with replacement characters)"


def _is_logo(part: EmailMessage, parent: EmailMessage | None, data: bytes) -> bool:
    if part.get_content_maintype() != "image" or part.get_content_disposition() == "attachment":
        return False
    if parent is None or parent.get_content_subtype() != "related":
        return False
    try:
        from PIL import Image

        with Image.open(io.BytesIO(data)) as img:
            width, height = img.size
    except Exception:  # noqa: BLE001 - not a picture Pillow knows: screen it like any member
        return False
    return width * height < INLINE_LOGO_PIXELS


def read_eml(data: bytes, limits: Limits) -> Mail:
    """Headers, body and attachments of an RFC 5322 message (email.policy.default)."""
    msg = BytesParser(policy=policy.default).parsebytes(data)
    assert isinstance(msg, EmailMessage)
    leaves = list(_walk(msg))
    try:
        body = msg.get_body(preferencelist=("plain", "html"))
    except Exception:  # noqa: BLE001 - a malformed structure: take the first text leaf below
        body = None
    if body is None:
        body = next((p for p, _ in leaves if p.get_content_maintype() == "text" and p.get_content_disposition() != "attachment"), None)
    # The body's alternatives (the HTML twin of a plain-text body) say the same thing again.
    skip = {id(body)} if body is not None else set()
    for part, parent in leaves:
        if body is not None and parent is not None and parent.get_content_subtype() == "alternative" \
                and any(p is body for p in parent.get_payload()) and part.get_content_maintype() == "text":
            skip.add(id(part))
    text, tables, notes = "", (), []
    if body is not None:
        decoded, encoding = _text_of(body, limits)
        notes.append(("body_encoding", encoding))
        if body.get_content_subtype() == "html":
            from extract.parse.markup import html_text

            parsed = html_text(decoded, encoding, limits=limits)
            text = "\n".join(p.text for p in parsed.pages)
            tables = tuple(t for p in parsed.pages for t in p.tables)
        else:
            text = clean_text(decoded)
    attachments: list[Attachment] = []
    seen: set[str] = set()
    budget = limits.zip_max_total_bytes
    logos = []
    members = [(p, parent) for p, parent in leaves if id(p) not in skip]
    check_member_count(len(members), limits, unit="attachments")
    for index, (part, parent) in enumerate(members, start=1):
        ctype = part.get_content_type()
        try:
            raw_name = part.get_filename()
        except Exception:  # noqa: BLE001 - a malformed Content-Disposition parameter
            raw_name = None
        if not raw_name and ctype == "message/rfc822":
            inner = part.get_payload()
            inner = inner[0] if isinstance(inner, list) and inner else inner
            raw_name = f"{_header(inner, 'subject')[:80]}.eml" if isinstance(inner, EmailMessage) and _header(inner, "subject") else None
        ext = ".eml" if ctype == "message/rfc822" else (mimetypes.guess_extension(ctype) or ".bin")
        name = _unique(member_name(raw_name, index, ext), seen)
        try:
            payload = _decoded(part, name, limits, budget)
        except ArchiveBudgetExceeded:
            raise
        except LimitExceeded as exc:
            attachments.append(Attachment(name, error=str(exc)))
            continue
        except Exception as exc:  # noqa: BLE001 - one undecodable part must not hide the others
            attachments.append(Attachment(name, error=f"damaged e-mail part: {type(exc).__name__}: {exc}"))
            continue
        budget -= len(payload)
        if _is_logo(part, parent, payload):
            logos.append(name)
            continue
        attachments.append(Attachment(name, payload))
    if logos:
        notes.append(("inline_images_skipped", ",".join(logos)))
    return Mail(
        sender=_header(msg, "from"), to=_header(msg, "to"), subject=_header(msg, "subject"), date=_date(msg),
        body=text, tables=tables, attachments=tuple(attachments), notes=tuple(notes),
    )


# --------------------------------------------------------------------------- .msg


def read_msg(data: bytes, limits: Limits) -> Mail:
    """Headers, body and attachments of an Outlook .msg (extract-msg); embedded messages come
    back as .msg bytes of their own, so they are read by this module again, one level deeper."""
    import extract_msg
    from extract_msg.exceptions import ExMsgBaseException

    try:
        msg = extract_msg.openMsg(data, delayAttachments=False, strict=False)
    except (ExMsgBaseException, OSError, ValueError, NotImplementedError) as exc:
        raise ParseFailure(f"damaged Outlook message: {type(exc).__name__}: {exc}") from exc
    try:
        def attr(name: str) -> str:
            try:
                value = getattr(msg, name, None)
            except Exception:  # noqa: BLE001 - a damaged property stream
                value = None
            return one_line(_CONTROL.sub(" ", str(value))) if value else ""

        try:
            when = msg.date
        except Exception:  # noqa: BLE001 - a missing or damaged date property
            when = None
        date = when.isoformat() if hasattr(when, "isoformat") else (str(when) if when else "")
        notes: list[tuple[str, str]] = []
        tables: tuple = ()
        try:
            body = msg.body or ""
        except Exception:  # noqa: BLE001 - undecodable body stream
            body = ""
        if not body.strip():
            try:
                html = msg.htmlBody
            except Exception:  # noqa: BLE001
                html = None
            if html:
                from extract.parse.markup import html_text
                from extract.parse.text import decode

                check_markup_size(len(html), limits, "e-mail body")
                decoded, encoding = decode(html)
                parsed = html_text(decoded, encoding, limits=limits)
                body = "\n".join(p.text for p in parsed.pages)
                tables = tuple(t for p in parsed.pages for t in p.tables)
                notes.append(("body_encoding", encoding))
        check_markup_size(len(body.encode("utf-8", "replace")), limits, "e-mail body")
        attachments: list[Attachment] = []
        seen: set[str] = set()
        budget = limits.zip_max_total_bytes
        found = list(msg.attachments)
        check_member_count(len(found), limits, unit="attachments")
        for index, att in enumerate(found, start=1):
            raw_name = getattr(att, "longFilename", None) or getattr(att, "shortFilename", None) or getattr(att, "displayName", None)
            payload = getattr(att, "data", None)
            embedded = payload is not None and not isinstance(payload, bytes)
            name = _unique(member_name(raw_name, index, ".msg" if embedded else ".bin"), seen)
            if embedded:
                if not name.lower().endswith((".msg", ".eml")):
                    name = _unique(name + ".msg", seen)
                try:
                    payload = payload.exportBytes()
                except Exception as exc:  # noqa: BLE001
                    attachments.append(Attachment(name, error=f"damaged embedded message: {type(exc).__name__}: {exc}"))
                    continue
            if not isinstance(payload, bytes):
                attachments.append(Attachment(name, error="attachment has no data (a link or an OLE object we do not read)"))
                continue
            try:
                check_member_bytes(name, len(payload), limits, budget)
            except ArchiveBudgetExceeded:
                raise
            except LimitExceeded as exc:
                attachments.append(Attachment(name, error=str(exc)))
                continue
            budget -= len(payload)
            attachments.append(Attachment(name, payload))
        return Mail(sender=attr("sender"), to=attr("to"), subject=attr("subject"), date=date, body=clean_text(body),
                    tables=tables, attachments=tuple(attachments), notes=tuple(notes))
    finally:
        msg.close()


# --------------------------------------------------------------------------- Documents


def _error(path: str, message: str, data: bytes, fmt: str) -> Document:
    return Document(path=path, sha256=hashlib.sha256(data).hexdigest(), format=fmt, status=Status.ERROR.value,
                    error=one_line(message), size=len(data))


def parse_mail(
    data: bytes, path: str, fmt: str, *, limits: Limits, deadline: Deadline, pdf_engine: str, depth: int,
    parse_member: ParseMember, ocr: OcrOptions = NO_OCR,
) -> list[Document]:
    """The body Document, then one Document (or several: a zip, a mail) per attachment.

    `fmt` is "eml" or "msg". Problems with the mail as a whole (nesting, member count, total
    size, a broken structure) give one error Document for it; a problem with one attachment
    gives that attachment an error Document and the others are still read.
    """
    try:
        check_nesting(depth, limits, _NESTING)
        mail = read_msg(data, limits) if fmt == "msg" else read_eml(data, limits)
    except ParseFailure:
        raise
    except LimitExceeded as exc:
        return [_error(path, str(exc), data, fmt)]
    except RecursionError:
        return [_error(path, f"{fmt} parse failed: structure nested too deeply", data, fmt)]
    meta = mail.metadata()
    heading = [f"{label}: {value}" for label, value in
               (("From", mail.sender), ("To", mail.to), ("Subject", mail.subject), ("Date", mail.date)) if value]
    text = "\n".join(heading) + ("\n\n" + mail.body.strip("\n") if mail.body.strip() else "")
    body = Document(
        path=path, sha256=hashlib.sha256(data).hexdigest(), format=fmt, status=Status.OK.value,
        pages=(make_page(1, text, mail.tables, limits),), size=len(data),
        metadata=meta + mail.notes + (("attachments", str(len(mail.attachments))),),
    )
    docs = [body]
    for att in mail.attachments:
        member_path = f"{path}!{att.name}"
        try:
            deadline.check("e-mail")
        except LimitExceeded as exc:
            docs.append(_error(path, str(exc), data, fmt))
            break
        if att.error is not None:
            found = [Document(path=member_path, sha256=hashlib.sha256(att.data).hexdigest(), format="unknown",
                              status=att.status, error=one_line(att.error), size=len(att.data))]
        else:
            found = parse_member(att.data, member_path, limits=limits, deadline=deadline, pdf_engine=pdf_engine,
                                 depth=depth + 1, ocr=ocr)
        # An attachment's record says which mail brought it (the innermost mail's keys come first).
        docs.extend(replace(d, metadata=d.metadata + meta) for d in found)
    return docs
