"""The data types that flow between stages.

Every stage takes and returns these frozen dataclasses, so a stage can be tested on its own and
nothing downstream can mutate what upstream produced. Field names that reach the output contract
(../shared/DESIGN.md, "Output contract of `tender-triage scan`") are spelled exactly as there.

    path/bytes --parse--> Document --mentions(Policy)--> [Mention] --classify(Model)--> Verdict
                                                                         \\--record--> dict (JSON)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Any

# --------------------------------------------------------------------------- status / verdicts


class Status(str, Enum):
    """What parsing could make of a document. Anything but OK is flagged for a human."""

    OK = "ok"
    NO_TEXT = "no_text"  # no text layer (a scan without OCR, text drawn as outlines)
    ENCRYPTED = "encrypted"  # needs a password we do not have
    ERROR = "error"  # broken, unsupported, hostile, or over a limit


class Label(str, Enum):
    """Document verdicts. `UNREADABLE` is never predicted by the model: it follows from status."""

    RESTRICTED = "restricted_vendor_named"
    IN_SCOPE = "in_scope_ict"
    OUT_OF_SCOPE = "out_of_scope"
    UNREADABLE = "unreadable"


#: Verdicts in the order a reviewer takes them: restricted first, then in scope, then what could not
#: be read, then what was cleared (the review queue, the summary, every report).
URGENCY = (Label.RESTRICTED.value, Label.IN_SCOPE.value, Label.UNREADABLE.value, Label.OUT_OF_SCOPE.value)

#: Verdicts a reviewer must see. A pre-filter never clears what it could not read.
FLAGGED_LABELS = frozenset({Label.RESTRICTED.value, Label.IN_SCOPE.value, Label.UNREADABLE.value})

#: Labels the classifier learns (training_data/labels.csv uses exactly these strings).
MODEL_LABELS = (Label.RESTRICTED.value, Label.IN_SCOPE.value, Label.OUT_OF_SCOPE.value)


class MentionKind(str, Enum):
    VENDOR = "vendor"
    SUBSIDIARY = "subsidiary"
    BRAND = "brand"
    PRODUCT_LINE = "product_line"
    MODEL_NUMBER = "model_number"
    EQUIPMENT = "equipment"
    CODE = "code"


class Role(str, Enum):
    """What a mention's place says of the entity (extract.roles; precedence prohibited, buyer,
    offered, mentioned)."""

    OFFERED = "offered"  # in a line item, quote, offer, specification, award or installed base
    PROHIBITED = "prohibited"  # inside the scope of a ban or negation ("shall not", "none of", 不得)
    MENTIONED = "mentioned"  # anything else
    BUYER = "buyer"  # the buyer slot ("Purchaser: China Mobile"): it buys, it does not supply


# --------------------------------------------------------------------------- parse output


@dataclass(frozen=True, slots=True)
class Page:
    """One page of text. Spreadsheets give one page per sheet; text and HTML files one page.

    `text` is the page's reading-order text with lines separated by "\\n". Table rows found on
    the page are in `tables` as lists of cell strings, and also appear in `text` as one line per
    row (cells joined by " | "), so a bill-of-quantities line stays one searchable line.
    """

    number: int  # 1-based
    text: str
    tables: tuple[tuple[tuple[str, ...], ...], ...] = ()
    ocr: bool = False  # text came from OCR (issue 6)
    ocr_confidence: float | None = None  # mean word confidence 0..100 when ocr


@dataclass(frozen=True, slots=True)
class Document:
    """A parsed document. Always produced, even when parsing failed (status says how)."""

    path: str  # as given; archive members are "package.zip!member.pdf"
    sha256: str  # of the document's own bytes
    format: str  # sniffed from bytes: pdf, docx, xlsx, odt, html, xml, text, csv, zip, empty, unknown, ...
    status: str  # a Status value
    error: str | None = None  # one line, when status is not ok
    pages: tuple[Page, ...] = ()
    size: int = 0  # bytes
    metadata: tuple[tuple[str, str], ...] = ()  # (key, value) pairs, e.g. title, engine, warnings

    @property
    def page_count(self) -> int | None:
        return len(self.pages) if self.pages else None

    @property
    def ok(self) -> bool:
        return self.status == Status.OK.value

    @property
    def text(self) -> str:
        """All page texts joined by form feeds (for the classifier; mentions work per page)."""
        return "\f".join(p.text for p in self.pages)

    def meta(self, key: str, default: str | None = None) -> str | None:
        for k, v in self.metadata:
            if k == key:
                return v
        return default


# --------------------------------------------------------------------------- mentions


@dataclass(frozen=True, slots=True)
class Mention:
    """One hit of the policy in a document.

    `start`/`end` are character offsets into the text of page `page` (so
    `doc.pages[page-1].text[start:end] == text`); `line` is the 1-based line on that page.
    """

    entity: str | None  # canonical entity id (parent id for subsidiaries/brands), None for equipment/codes
    kind: str  # a MentionKind value
    text: str  # exactly as on the page
    page: int
    line: int
    start: int
    end: int
    role: str  # a Role value
    snippet: str  # the surrounding line(s), original characters
    regimes: tuple[str, ...] = ()  # regime keys that name the entity (or cover the category)
    category: str | None = None  # equipment category id (for equipment, codes, model numbers)
    rule: str = ""  # which alias or pattern fired, e.g. "alias:华为" or "pattern:huawei/ar_router"
    ocr: bool = False
    confidence: float | None = None  # OCR word confidence when ocr

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "entity": self.entity,
            "kind": self.kind,
            "text": self.text,
            "page": self.page,
            "line": self.line,
            "start": self.start,
            "end": self.end,
            "role": self.role,
            "snippet": self.snippet,
            "regimes": list(self.regimes),
            "category": self.category,
            "rule": self.rule,
        }
        if self.ocr:
            d["ocr"] = True
            d["confidence"] = self.confidence
        return d


# --------------------------------------------------------------------------- verdicts


@dataclass(frozen=True, slots=True)
class Verdict:
    """What the classifier (plus the mention rules) says of one document."""

    label: str  # a Label value
    flag: bool
    score: float | None  # calibrated P(in scope of a restriction); None when unreadable
    threshold: float | None = None
    reasons: tuple[str, ...] = ()  # short human-readable reasons (rules that fired, top features)
    probabilities: tuple[tuple[str, float], ...] = field(default=())  # per model label


def unreadable_verdict(reason: str | None = None) -> Verdict:
    """The verdict for anything we could not read: flagged, never cleared."""
    return Verdict(
        label=Label.UNREADABLE.value,
        flag=True,
        score=None,
        reasons=(reason,) if reason else (),
    )
