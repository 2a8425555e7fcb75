"""What the classifier reads of a document: its words with the evidence cut out, and the evidence.

The classifier has two stages (extract.stack). Its first stage reads words; its second combines
that reading with what the policy matcher found, under monotonic constraints: adding evidence
outside a prohibition clause (an equipment term, a category code, a vendor or a model number) can
never lower a document's score, and no category can push a document towards out_of_scope. For
that promise to hold end to end, the two inputs must not overlap:

* `masked_text`: the document's text with every mention span removed (all roles: the matcher's
  words are evidence, not vocabulary), whitespace collapsed and clause spans stripped. Adding a
  term on its own line therefore leaves this text exactly as it was, so the first stage's reading
  cannot move, up or down, because of the term itself.
* `EVIDENCE` columns (monotone increasing): counts of the mentions that describe what is bought,
  i.e. not in a prohibition and not in clause context (FAR 52.204-25 style boilerplate names
  Huawei, ZTE and "video surveillance" in every US solicitation, whatever is bought).
* `CONTEXT` columns (unconstrained): facts that do not change when a term is added (masked text
  length, pages, clause markers, mentions inside clauses, buyer mentions, table rows, OCR share).

Counts are log1p-scaled: 0 -> 1 Huawei mention matters far more than 40 -> 41, and a 900-page
archive must not dominate.

The column list is fixed in code plus one `cat:<id>` column per policy category known when the
model was trained (stored in the card and reused verbatim at scan time, so a policy that later adds
a category shifts no column). `load_model` refuses a card whose columns differ.
"""

from __future__ import annotations

import bisect
import functools
import hashlib
import json
import math
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from extract.mentions.match import QUANTITY_OR_PRICE, on_line_item
from extract.policy.codes import written_cpv_codes
from extract.policy.lazy import EndGuarded
from extract.settings import optional_extension
from extract.textscan import spaces
from extract.types import Document, Mention, MentionKind, Role

#: extract.model._ngrams (the white-space helpers below, `_collapse` and `_ink`), or None: not
#: built, or TENDER_TRIAGE_NGRAMS=python (the Python references run instead).
_NATIVE = optional_extension("extract.model._ngrams", "TENDER_TRIAGE_NGRAMS")

#: Characters of masked text given to the text model. A tender's first 60k characters (about
#: 25-30 pages) hold its title, scope and bill of quantities; the tail is mostly annexed terms.
#: The cap bounds vectorising time on 1,000-page archives; evidence counts cover the whole document.
TEXT_CAP = 60_000

#: Separator of table cells in page text (see extract.types.Page).
_CELL_SEP = " | "
#: A line holding a cell separator (counted once however many it holds).
_TABLE_LINE = re.compile(r"^[^\n]* \| ", re.MULTILINE)

CATEGORY_PREFIX = "cat:"


# --------------------------------------------------------------------------- clause context
#
# Solicitations of every kind carry the same procurement clauses (FAR 52.204-23/24/25/26, DFARS
# 252.204-7018, 2 CFR 200.216, the Secure Networks Act): they name Huawei, ZTE, Kaspersky and
# "telecommunications equipment" and "video surveillance" whatever is being bought. Mentions in
# such clause text say nothing about the purchase, so they are context, not evidence.


def _markers(*patterns: str) -> re.Pattern[str]:
    """One case-insensitive alternation; a space in a pattern matches any whitespace run (OCR and
    PDF text break clause titles across lines, one word per line in the worst scans); " ?" any or
    no whitespace."""
    return re.compile("|".join(p.replace(" ?", r"\s*").replace(" ", r"\s+") for p in patterns), re.IGNORECASE)


#: Clause markers: clause numbers and the phrases the restriction clauses are built from.
CLAUSE_MARKERS = _markers(
    r"\b52\.204-2[1-9]\b", r"\b252\.204-70(?:0\d|1\d|2\d)\b", r"\b52\.212-[35]\b",
    r"covered (?:defense )?telecommunications", r"covered articles?\b", r"covered list",
    # "§" is not a word character: "\b§" would need one before it, so "§ 889" after a space or at a
    # line start would not be a marker.
    r"(?:\b(?:section|sec\.|article|artículo|abschnitt|art\.)|§) ?889\b",
    r"\bndaa\b", r"national defense authorization act",
    r"\b2 ?c\.?f\.?r\.? ?(?:§ ?)?200\.216", r"secure (?:and trusted communications )?networks act",
    r"prohibition on (?:contracting|a hardware|kaspersky)",
    r"representation regarding certain telecommunications",
    r"ausschlussklausel", r"verbotsklausel", r"clause d'exclusion", r"cláusula de (?:exclusión|prohibición)",
    r"調達方針及び調達手続に関する申合せ", r"申合せ",
)

#: The character every marker starts with, in lower case (see _MARKERS_LOWER).
_MARKER_FIRST = "25acnprsv§申調"
#: The same regex without IGNORECASE, for lower-cased text. Why: an ignore-case alternation with
#: no literal prefix makes `re` try every alternative at every position of every page (more than
#: half of the feature time on real tenders); on lower-cased text without IGNORECASE the same
#: scan is about 5x faster, and looking ahead for a marker's first character before trying the
#: alternation lets `re` skip to candidate positions (about 2.5x more). Where lower() keeps the
#: text's length and no character of _CASE_SPECIAL occurs, its spans are the regex's own
#: (tests/test_features.py holds a sample of every alternative and compares the spans).
_MARKERS_LOWER = re.compile(f"(?=[{_MARKER_FIRST}])(?:{CLAUSE_MARKERS.pattern})")
#: Characters `re` matches case-insensitively to an ASCII letter although lower() does not map
#: them to it (dotless i, long s, the Kelvin sign) or lower() changes the text's length (İ):
#: a page holding one goes straight to CLAUSE_MARKERS. (The markers are written in lower case;
#: tests/test_features.py checks it.)
_CASE_SPECIAL = "\u0131\u017f\u212a\u0130"


def _has_case_special(text: str) -> bool:
    """Whether `text` holds a character of _CASE_SPECIAL. Four substring tests rather than a
    character-class regex: `in` looks for one character in C at memory speed, and an ASCII text
    (flagged by Python itself) cannot hold one; a tenth of the time over the development pages."""
    return not text.isascii() and any(c in text for c in _CASE_SPECIAL)


#: Pieces one of which every marker contains, in lower case ("52.204-" in both FAR and DFARS
#: numbers, "889" in every section spelling, "klausel", ...): a page with none of them, the common
#: case, needs no regex at all. tests/test_features.py checks each marker sample holds one.
_MARKER_PIECES = ("52.204-", "52.212-", "covered", "889", "ndaa", "national", "200.216", "secure",
                  "prohibition", "representation", "klausel", "exclusion", "exclusión", "prohibición", "申合せ")


@functools.lru_cache(maxsize=1024)
def clause_markers(text: str) -> tuple[re.Match[str], ...]:
    """`scan_markers` of a page's text, cached: a page is asked for its markers twice (clause
    context, the marker count). Whole-document texts and windows go to `scan_markers` directly,
    so they never push pages out of the cache."""
    return scan_markers(text, lowered_page(text))


@functools.lru_cache(maxsize=1024)
def lowered_page(text: str) -> str:
    """A page's text in lower case, kept for its next reader: the clause markers and the purchase
    cues both read every page so."""
    return text.lower()


def scan_markers(text: str, low: str | None = None, *, collapsed: bool = False) -> tuple[re.Match[str], ...]:
    """The spans of CLAUSE_MARKERS.finditer(text), as a tuple of matches; the common text without
    a marker is told by a substring test, and the rest is scanned in lower case (the matches' text
    is then lower-case; callers use their positions; tests/test_features.py checks the spans equal
    the regex's on any text). `low`: `text.lower()` when the caller has it; `collapsed`: the
    caller knows `text` holds no two white-space characters in a row (`_collapse` made it)."""
    if not _has_case_special(text):
        low = text.lower() if low is None else low
        if len(low) == len(text):
            if not any(piece in low for piece in _MARKER_PIECES):
                return ()
            return _near_pieces(low, collapsed)
    return tuple(CLAUSE_MARKERS.finditer(text))


#: Every marker match is shorter than this (in text whose white-space runs are short), so a
#: match holding a piece at position q lies within q - _PIECE_REACH .. q + _PIECE_REACH.
_PIECE_REACH = 120


def _near_pieces(low: str, collapsed: bool = False) -> tuple[re.Match[str], ...]:
    """_MARKERS_LOWER.finditer(low), run only around the occurrences of the marker pieces.

    Why: every marker holds one of _MARKER_PIECES, and common words are among them ("national",
    "covered"), so the regex used to run over most of each long text; around the pieces it runs
    over a few hundred characters. Windows reach _PIECE_REACH beyond each piece on both sides and
    merge where they overlap: a match lies inside the window of the piece it holds, and a match
    the whole-text scan would have found first lies in the same merged window, so the matches are
    the whole-text scan's (tests/test_features.py). A text with a long white-space run is
    scanned whole, since a marker may then be longer than the reach; a `collapsed` text has none,
    and is not searched for one (that search over the model's 60,000 characters of collapsed text
    was a sixth of computing its masked text).
    """
    if not collapsed and spaces(low)[1] >= _LONG_SPACE:
        return tuple(_MARKERS_LOWER.finditer(low))
    starts = []
    for piece in _MARKER_PIECES:
        at = low.find(piece)
        while at >= 0:
            starts.append(at)
            at = low.find(piece, at + 1)
    starts.sort()
    out: list[re.Match[str]] = []
    lo = hi = -1
    for q in [*starts, None]:
        if q is not None and q - _PIECE_REACH <= hi:
            hi = q + _PIECE_REACH
            continue
        if hi >= 0:
            out.extend(_MARKERS_LOWER.finditer(low, max(0, lo), min(len(low), hi)))
        if q is not None:
            lo, hi = q - _PIECE_REACH, q + _PIECE_REACH
    return tuple(out)


#: A white-space run this long (or longer) could stretch a marker spanning it beyond _PIECE_REACH.
_LONG_SPACE = 8


#: A mention is in clause context when a clause marker starts within this many characters of it
#: on the same page (a clause paragraph names the vendors a few lines below its number or title).
CLAUSE_WINDOW = 400


def clause_context(doc: Document, mentions: Sequence[Mention]) -> list[bool]:
    """For each mention, whether a clause marker starts within CLAUSE_WINDOW characters of it, or
    it stands on a boilerplate line (`boilerplate_lines`: a clause citation, a wage-table row)."""
    markers = {p.number: [m.start() for m in clause_markers(p.text)] for p in doc.pages}
    wages = has_wage_determination(doc)
    texts = {p.number: p.text for p in doc.pages}
    lines: dict[int, tuple[tuple[int, int], ...]] = {}
    flags = []
    for m in mentions:
        starts = markers.get(m.page, ())
        i = bisect.bisect_left(starts, m.start - CLAUSE_WINDOW)
        if i < len(starts) and starts[i] <= m.end + CLAUSE_WINDOW:
            flags.append(True)
            continue
        if m.page not in lines:
            lines[m.page] = boilerplate_lines(texts.get(m.page, ""), wages)
        flags.append(_inside(lines[m.page], m.start, m.end))
    return flags


# --------------------------------------------------------------------------- boilerplate lines
#
# Two more kinds of text that every US federal solicitation carries whatever it buys, and that name
# ICT in passing, line by line:
#
# * Clause lists. A solicitation incorporates dozens of clauses by number and title ("52.223-16,
#   Acquisition of EPEAT-Registered Personal Computer Products (OCT 2015)", "552.204-70
#   Representation Regarding Certain Telecommunications and Video Surveillance Services ..."). FAR
#   provisions and clauses are numbered 52.2xx-n (48 CFR 52.200: subpart 52.2 holds their text),
#   and each agency supplement puts its chapter number in front of the same scheme (48 CFR 1.303:
#   DFARS 252.2xx, GSAR 552.2xx, VAAR 852.2xx, NFS 1852.2xx).
# * Wage determinations. A Service Contract Act solicitation attaches the Department of Labor's
#   wage determination: one line per occupation, "<five-digit code> - <title> <hourly rate>", the
#   codes and titles of the SCA Directory of Occupations (5th edition, Wage and Hour Division),
#   among them "Computer Operator I-V", "Computer Programmer", "Personal Computer Support
#   Technician" and "Peripheral Equipment Operator", whatever the contract is for. Such a row is
#   read as boilerplate only in a document that says "wage determination": elsewhere a numbered
#   line with a price may be a bid's line item.
#
# A mention on such a line is clause context (not evidence of what is bought; restricted names
# still count on a line item, see `is_subject`), and the line leaves the text model's input.

#: A clause number of the FAR or of an agency supplement (dash as PDF text gives it).
_CLAUSE_CITATION = re.compile(r"(?<![\d.])\d{0,2}52\.2\d\d ?[-\u2010\u2011\u2012\u2013] ?\d{1,4}(?!\d)")
#: A wage-determination row: five-digit SCA occupation code, a dash, a title (a rate may follow).
_WAGE_ROW = re.compile(r"^[ \t]*\d{5}[ \t]*[-\u2013][ \t]*[A-Za-z][^\n]*", re.MULTILINE)
#: How a wage determination names itself (case as printed: upper, title or lower case).
_WAGE_TITLES = ("WAGE DETERMINATION", "Wage Determination", "Wage determination", "wage determination")


def has_wage_determination(doc: Document) -> bool:
    """Whether the document carries a wage determination (so its occupation rows are boilerplate)."""
    return any(_names_wage_determination(p.text) for p in doc.pages)


@functools.lru_cache(maxsize=1024)
def _names_wage_determination(text: str) -> bool:
    """Whether a page names a wage determination, cached like `lowered_page`: the clause context
    and the masked text ask it of every page of a document, four substring searches each time."""
    return any(title in text for title in _WAGE_TITLES)


def clause_citations(text: str) -> list[re.Match[str]]:
    """The matches of `_CLAUSE_CITATION.finditer(text)`, looked for only where "52.2" stands.

    Why: the regex opens with a look-behind and up to two digits, so `re` tries it at every
    position of the page: a US solicitation's pages cost about 0.1 ms each. Every match holds
    "52.2" two, one or no digits after its start (the "52.2" occurrences never overlap), so the
    leftmost match that uses an occurrence starts within the two characters before it: trying
    those starts in order, anchored, at each occurrence past the last match's end finds the
    matches finditer finds (tests/test_features.py compares them on generated text)."""
    out: list[re.Match[str]] = []
    pos = 0
    at = text.find("52.2")
    while at >= 0:
        for start in range(max(pos, at - 2), at + 1):
            m = _CLAUSE_CITATION.match(text, start)
            if m is not None:
                out.append(m)
                pos = m.end()
                break
        at = text.find("52.2", max(at + 1, pos))
    return out


@functools.lru_cache(maxsize=1024)
def boilerplate_lines(text: str, wage_table: bool) -> tuple[tuple[int, int], ...]:
    """(start, end) of the lines of `text` that are clause citations (without a quantity or a
    price) or, when `wage_table`, wage-determination rows; sorted, without overlaps. Cached like
    `clause_markers`: the verdict rules, the features and the masked text ask for the same pages."""
    spans: list[tuple[int, int]] = []
    if "52.2" in text:
        for m in clause_citations(text):
            lo = text.rfind("\n", 0, m.start()) + 1
            hi = text.find("\n", m.end())
            hi = len(text) if hi < 0 else hi
            # a quantity or a price: a line citing a clause that also holds one may be an offer's
            # item ("24 x cameras, see 52.204-25"), so it stays ordinary text
            if QUANTITY_OR_PRICE.search(text, lo, hi) is None:
                spans.append((lo, hi))
    if wage_table and " - " in text:
        spans.extend(m.span() for m in _WAGE_ROW.finditer(text))
    return tuple(_merge_spans(sorted(spans)))


def _merge_spans(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """(lo, hi) spans given in order of `lo`, with those that overlap or touch joined: the one
    merge that the clause spans, the boilerplate lines and the mention spans of `ink_positions`
    all need."""
    merged: list[tuple[int, int]] = []
    for lo, hi in spans:
        if merged and lo <= merged[-1][1]:
            if hi > merged[-1][1]:
                merged[-1] = (merged[-1][0], hi)
        else:
            merged.append((lo, hi))
    return merged


def _inside(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    i = bisect.bisect_right(spans, (start, 1 << 62)) - 1
    return i >= 0 and spans[i][0] <= start and end <= spans[i][1]



def is_subject(mention: Mention, in_clause: bool) -> bool:
    """Whether a mention describes what is bought: not banned, not the buyer, not clause text.

    In clause context a restricted entity counts only when its line is an item of an offer (a
    priced table row, "24 x", "qty 4"): FAR 52.204-25 defines covered equipment as "produced or
    provided by Huawei ...", wording that reads as supply anywhere else, while a bid that puts
    "NDAA" next to a priced Huawei line still offers Huawei.
    """
    if mention.role in (Role.PROHIBITED.value, Role.BUYER.value):
        return False
    if not in_clause:
        return True
    return mention.entity is not None and mention.role == Role.OFFERED.value and on_line_item(mention)


def subject_mentions(doc: Document, mentions: Sequence[Mention]) -> list[Mention]:
    """The mentions that describe the purchase (see `is_subject`)."""
    return [m for m, c in zip(mentions, clause_context(doc, mentions)) if is_subject(m, c)]


# --------------------------------------------------------------------------- masked text

#: Text kept out of the text model around each clause marker: from CLAUSE_BEFORE characters
#: before it to CLAUSE_AFTER after it (a clause's number or title, then its definitions).
CLAUSE_BEFORE = 100
CLAUSE_AFTER = 800


def _python_collapse(text: str) -> str:
    """`re.sub(r"\\s+", " ", text).strip()`: str.split() and re's \\s know the same white space (both
    ask Python's Unicode table), and splitting is done in C without a call per run: a third of
    the time over a long tender. The reference of extract.model._ngrams.collapse_spaces."""
    return " ".join(text.split())


#: `_python_collapse`, in C where the extension is built. Why: the split made a string of every
#: word only for the join to copy it again; over the 3.2 million characters the model's texts of
#: the 43-PDF benchmark pass through it that was about 0.06 s of a scan, the C pass about 0.01 s
#: (tests/test_features.py holds the two equal on any text).
_collapse: Callable[[str], str] = getattr(_NATIVE, "collapse_spaces", _python_collapse)


def _clause_spans(markers: Iterable[re.Match[str]]) -> list[tuple[int, int]]:
    """(lo, hi) of the text kept out around each marker (CLAUSE_BEFORE before it, CLAUSE_AFTER
    after it), overlapping spans merged, in order (markers come in order of their start)."""
    return _merge_spans((max(0, m.start() - CLAUSE_BEFORE), m.end() + CLAUSE_AFTER) for m in markers)


def strip_clauses(text: str, *, collapsed: bool = False) -> str:
    """`text` without the spans around clause markers (each span becomes one space); `collapsed`
    as for `scan_markers`.

    Why: the restriction clauses are the same words in every solicitation ("telecommunications
    equipment", "video surveillance", ...). Left in, they make a janitorial solicitation read like
    a network tender to the word and character n-grams; the context columns still count them.
    """
    spans = _clause_spans(scan_markers(text, collapsed=collapsed))
    if not spans:
        return text
    out, pos = [], 0
    for lo, hi in spans:
        out.append(text[pos:lo])
        pos = hi
    out.append(text[pos:])
    return " ".join(out)


def masked_text(doc: Document, mentions: Sequence[Mention], cap: int = TEXT_CAP) -> str:
    """The text the first stage reads: every mention span and boilerplate line cut out,
    whitespace collapsed to single spaces, clause spans stripped, cut at `cap` characters.

    Collapsing whitespace after the cut is what makes the promise exact: a term added as its own
    paragraph leaves "...\\n\\n\\n\\n..." behind, which collapses to the same single space.
    """
    spans: dict[int, list[tuple[int, int]]] = {}
    for m in mentions:
        spans.setdefault(m.page, []).append((m.start, m.end))
    wages = has_wage_determination(doc)
    pages = doc.pages
    read = 0  # pages cut and collapsed so far
    pieces: list[str] = []  # their collapsed texts, empty ones left out
    length = -1  # of " ".join(pieces)
    want = _FIRST_WINDOW + cap
    while True:
        # The collapsed text of all pages is " ".join of each page's collapsed text (str.split
        # of a join on " " is the pages' splits in a row), so its first characters need only the
        # first pages: a long tender's tail is neither cut nor collapsed.
        while length <= want and read < len(pages):
            page = pages[read]
            read += 1
            piece = _collapse(_cut(page.text, spans.get(page.number, ()), wages))
            if piece:
                pieces.append(piece)
                length += len(piece) + 1
        out = _stripped_prefix(" ".join(pieces), cap, complete=read == len(pages))
        if out is not None:
            return out
        want *= 2


def _cut(text: str, spans: Sequence[tuple[int, int]], wages: bool) -> str:
    """A page's text without the mention `spans` and its boilerplate lines (each cut a space)."""
    cuts = sorted([*spans, *boilerplate_lines(text, wages)])
    if not cuts:
        return text
    kept, pos = [], 0
    for s, e in cuts:
        if s > pos:
            kept.append(text[pos:s])
        pos = max(pos, e)
    kept.append(text[pos:])
    return " ".join(kept)


#: Longer than any clause marker can match in collapsed text (one space per white-space run),
#: plus the look-ahead of its closing \b: a marker starting this far before a window's end is
#: found in the window exactly as in the whole text.
_MARKER_REACH = 200


#: The first window `_stripped_prefix` reads beyond `cap`.
_FIRST_WINDOW = CLAUSE_BEFORE + CLAUSE_AFTER + 2 * _MARKER_REACH


def _stripped_prefix(flat: str, cap: int, *, complete: bool = True) -> str | None:
    """`_collapse(strip_clauses(flat))[:cap]`, reading only as much of `flat` as the
    first `cap` characters depend on. `flat` is collapsed text (`_collapse`: single spaces between
    words). With `complete` False, `flat` is the start of the text only, and None means that more
    of it is needed.

    Why: a long tender's text runs to megabytes, the model keeps 60,000 characters, and the
    clause-marker scan over the rest was the largest part of computing features. A window of
    `flat` gives exact output up to where a marker beyond it could reach back (CLAUSE_BEFORE
    before the first marker it may have cut); the window doubles until that exact part holds
    more than `cap` characters. tests/test_features.py checks it against the whole computation.
    """
    size = cap + _FIRST_WINDOW
    while size < len(flat):
        window = flat[:size]
        exact = size - _MARKER_REACH - CLAUSE_BEFORE  # no marker found beyond can cut before this
        found = [m for m in scan_markers(window, collapsed=True) if m.start() < size - _MARKER_REACH]
        out, pos = [], 0
        for lo, hi in _clause_spans(found):
            if lo >= exact:
                break
            out.append(flat[pos:lo])
            pos = hi
        if pos < exact:
            out.append(flat[pos:exact])
        head = _collapse(" ".join(out))
        if len(head) > cap:
            return head[:cap]
        size *= 2
    if not complete:
        return None  # the next window reaches past what was read
    whole = _collapse(strip_clauses(flat, collapsed=True))
    return whole if len(whole) <= cap else whole[:cap]


#: How much of a document's own wording counts as its lead (title, scope, first paragraphs):
#: non-space characters outside every mention, about 250 words.
LEAD_INK = 1500
#: Density of evidence is counted per this many non-space characters of the document's own wording.
DENSITY_INK = 10_000


def _python_ink(text: str) -> int:
    """Non-space characters of `text` (str.split() and re's \\s know the same white space). The
    reference of extract.model._ngrams.ink."""
    return sum(map(len, text.split()))


#: `_python_ink`, counted in C where the extension is built (as `_collapse`, without making a
#: string of every word to measure it).
_ink: Callable[[str], int] = getattr(_NATIVE, "ink", _python_ink)


def ink_positions(doc: Document, mentions: Sequence[Mention]) -> tuple[list[int], int]:
    """For each mention, the non-space characters of the document's own wording before it (text
    outside every mention span, all pages), and that wording's total.

    Why this measure: "where in the document" and "how much document" must not move when a term
    is added, or the monotone promise breaks (a term prepended would push every other mention out
    of the lead). Counting only non-space characters outside mention spans makes both exactly
    invariant to adding a mention as its own paragraph.
    """
    by_page: dict[int, list[int]] = {}
    for k, m in enumerate(mentions):
        by_page.setdefault(m.page, []).append(k)
    pos = [0] * len(mentions)
    total = 0
    for page in doc.pages:
        text = page.text
        idx = sorted(by_page.get(page.number, ()), key=lambda k: (mentions[k].start, mentions[k].end))
        merged = _merge_spans((mentions[k].start, mentions[k].end) for k in idx)
        cursor, j = 0, 0
        for k in idx:
            start = mentions[k].start
            while j < len(merged) and merged[j][0] <= start:
                if merged[j][0] > cursor:
                    total += _ink(text[cursor:merged[j][0]])
                cursor = max(cursor, merged[j][1])
                j += 1
            pos[k] = total
        for a, b in merged[j:]:
            if a > cursor:
                total += _ink(text[cursor:a])
            cursor = max(cursor, b)
        total += _ink(text[cursor:])
    return pos, total


# --------------------------------------------------------------------------- columns

_RESTRICTED_KINDS = frozenset({
    MentionKind.VENDOR.value, MentionKind.SUBSIDIARY.value, MentionKind.BRAND.value,
    MentionKind.PRODUCT_LINE.value, MentionKind.MODEL_NUMBER.value,
})

#: Monotone (increasing) columns before the category columns, with what each counts among the
#: subject mentions (`is_subject`). Changing this list invalidates trained models.
EVIDENCE_COLUMNS: dict[str, str] = {
    "restricted_offered": "log1p of restricted-entity mentions offered, supplied, awarded or specified",
    "restricted_named": "log1p of restricted-entity mentions outside prohibitions and clauses (any role but buyer)",
    "model_numbers": "log1p of model-number mentions",
    "equipment_terms": "log1p of equipment and service term mentions",
    "codes": "log1p of classification-code (CPV) mentions",
    "evidence": "log1p of all evidence mentions",
    "in_scope_evidence": "log1p of evidence mentions of categories whose finding is in scope on its own (scope: in)",
    "lead_evidence": f"log1p of evidence mentions in the lead (the first {LEAD_INK} non-space characters of wording)",
    "lead_in_scope": "log1p of in-scope evidence mentions in the lead",
    "evidence_density": f"log1p of evidence mentions per {DENSITY_INK:,} non-space characters of wording (at least one unit)",
    "in_scope_density": "log1p of in-scope evidence mentions per the same unit",
    "distinct_categories": "number of distinct categories among evidence mentions",
}

#: Monotone (increasing) columns after the category columns: how much the document reads as a
#: purchase act (asks for, makes or records a supply), from the cues of data/purchase_cues.tsv,
#: weighed by the second stage by how much the document is about ICT (`ict_weight`). Why: every
#: ICT word raises the score (the evidence columns are monotone), so without these a policy, a
#: statistic or minutes dense with ICT wording score like a tender; with them the second stage
#: can ask for purchase wording before it trusts the evidence. Why weighed: counted alone
#: (triage-2026-12-03c), purchase wording raised every purchase, ICT or not, and a canteen or fuel
#: notice gained as much from "tender" and "contracting authority" as from its text model (TED
#: fold precision 0.50 to 0.30); weighed only by evidence found (triage-2026-12-03e), an ICT
#: purchase described in words the policy has no term for ("citizen services portal") lost it.
#: Increasing in the cues, the evidence and the text logit, so adding a term never lowers them;
#: the counts are over the whole text, so adding a term elsewhere never moves them. (A presence
#: flag instead of the counts was tried and did worse on evaluation/not-purchases.)
PURCHASE_COLUMNS: dict[str, str] = {
    "ict_weighted_purchase_cues": "log1p of purchase-act cue matches (tender, bid, quotation, award, contracting "
                                  "authority, 入札, 招标, đấu thầu, ...: data/purchase_cues.tsv), times the ICT weight "
                                  "(1 when an in-scope category or a restricted entity is named outside prohibitions, "
                                  "else the first stage's P(ICT))",
    "ict_weighted_purchase_terms": "number of distinct purchase-act cues matched, times the same ICT weight",
}

#: The evidence columns whose being non-zero gives the purchase columns their full weight.
ICT_EVIDENCE_COLUMNS = ("in_scope_evidence", "restricted_named")


def ict_weight(text_logits: Any, evidence: Any) -> Any:
    """Per document, how much it is about ICT, in [0, 1]: 1 where `evidence` (a boolean array:
    an in-scope category or a restricted entity named outside prohibitions) holds, otherwise the
    logistic of the first stage's logit (its reading of the words, for ICT the policy has no term
    for). Increasing in both, so weighing a monotone column by it keeps the column monotone."""
    import numpy as np

    logits = np.asarray(text_logits, dtype=float)
    return np.maximum(np.asarray(evidence, dtype=bool).astype(float), 1.0 / (1.0 + np.exp(-logits)))


def weigh_purchase_columns(M: Any, columns: Sequence[str]) -> Any:
    """Second-stage rows `M` ([text logit, *columns]) with the purchase columns multiplied by
    `ict_weight`; a copy, `M` is left as it was. Models whose columns hold no purchase column
    (trained before) get `M` unchanged."""
    import numpy as np

    index = {c: k + 1 for k, c in enumerate(columns)}
    targets = [index[c] for c in PURCHASE_COLUMNS if c in index]
    if not targets:
        return M
    gates = [index[c] for c in ICT_EVIDENCE_COLUMNS if c in index]
    out = np.array(M, dtype=float, copy=True)
    named = (out[:, gates] > 0).any(axis=1) if gates else np.zeros(len(out), dtype=bool)
    out[:, targets] *= ict_weight(out[:, 0], named)[:, None]
    return out

def cpv_codes_in(text: str, skip: frozenset[str] = frozenset()) -> int:
    """How many CPV codes a text holds that are not in `skip` (8 digits): numbers the CPV
    vocabulary has and the text writes as codes (extract.policy.codes: a check digit, a CPV label
    before them, or a list after one). UNSPSC classes and reference numbers built on them are not
    codes: a Texas price proposal for security software, numbered after its UNSPSC class 43230000
    (the CPV's machinery division), had its score lowered as if it were coded for machinery."""
    return sum(digits not in skip for _s, _e, digits in written_cpv_codes(text))


#: Unconstrained columns: facts about the document that adding a term does not change.
CONTEXT_COLUMNS: dict[str, str] = {
    "text_length": "log1p of the masked text's characters",
    "pages": "log1p of the number of pages (sheets for spreadsheets)",
    "clause_markers": "log1p of clause markers (52.204-25, covered telecommunications, NDAA, ...)",
    "clause_mentions": "log1p of mentions in prohibitions or clause context",
    "buyer_mentions": "log1p of restricted entities named as the buyer",
    "table_rows": "log1p of table rows (cells joined by ' | ')",
    "other_codes": "log1p of CPV codes outside the policy (a notice coded for works, cleaning, ...): numbers of the CPV's shape that the CPV vocabulary has, written as CPV codes (check digit, or after a CPV label)",
    "ocr_share": "share of pages whose text came from OCR",
}


def category_columns(categories: Iterable[str]) -> list[str]:
    """The category column names for a list of category ids (sorted, de-duplicated)."""
    return [CATEGORY_PREFIX + c for c in sorted(set(categories))]


def evidence_columns(categories: Iterable[str]) -> list[str]:
    return [*EVIDENCE_COLUMNS, *category_columns(categories)]


def feature_columns(categories: Iterable[str]) -> list[str]:
    """Every numeric column in model order: evidence and categories (monotone), purchase wording
    (monotone), context."""
    return [*evidence_columns(categories), *PURCHASE_COLUMNS, *CONTEXT_COLUMNS]


def monotone_constraints(categories: Iterable[str]) -> list[int]:
    """+1 for every evidence, category and purchase column, 0 for context: the monotonic_cst of
    stage two."""
    return [1] * (len(evidence_columns(categories)) + len(PURCHASE_COLUMNS)) + [0] * len(CONTEXT_COLUMNS)


_CJK_LANGUAGES = frozenset({"ja", "zh", "ko"})
_WORD_CHAR = re.compile(r"\w")


@dataclass(frozen=True)
class PurchaseCues:
    """The cues of data/purchase_cues.tsv, ready to count: an Aho-Corasick automaton over the lead
    literals of each cue (extract.policy.leads: one of them starts every match), and per literal
    the (cue number, compiled cue, CJK) to confirm at the place it was found.

    Why not one big alternation: Python's re tries all ~170 alternatives at every position, about
    0.04 MB/s, which would make this column the slowest part of a scan; the automaton finds the
    few candidate places in one C pass, and the regex runs only there (same counts, measured on
    the training documents; tests/test_features.py checks the two agree)."""

    automaton: Any
    cues: tuple[str, ...]


#: Lead literals of a cue (extract.policy.leads): at most this long, at most about this many. Long
#: enough that a cue like "contracting\s+authorit..." is looked for as "contracting", not "contr".
_CUE_LEAD_MAX = 12
_CUE_LEAD_BUDGET = 64


@functools.lru_cache(maxsize=1)
def purchase_cues() -> PurchaseCues:
    """Load and compile data/purchase_cues.tsv (once per process). Raises ValueError for a cue
    some match of which does not start with two lower-case literal characters, or outside the
    regex subset extract.policy.regex_syntax reads."""
    from importlib.resources import files

    import ahocorasick

    raw = files("extract.model").joinpath("data/purchase_cues.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in raw.splitlines()
            if line.strip() and not line.startswith("#") and not line.startswith("language\t")]
    all_leads = _cue_leads(raw, [cue for _language, cue, _source in rows])
    by_prefix: dict[str, list[tuple[int, re.Pattern[str] | EndGuarded, bool]]] = {}
    cues: list[str] = []
    for (language, cue, _source), leads in zip(rows, all_leads):
        cjk = language in _CJK_LANGUAGES
        # a Latin cue's word end is checked on its match, the guarded regex compiled only for a
        # match ending inside a word
        compiled = re.compile(cue) if cjk else EndGuarded(cue, r"(?!\w)", _inside_word)
        if leads is None:
            raise ValueError(f"purchase_cues.tsv: {cue!r}: every match must start with two lower-case literal "
                             "characters (extract.policy.leads)")
        for prefix in sorted(leads):
            by_prefix.setdefault(prefix, []).append((len(cues), compiled, cjk))
        cues.append(cue)
    automaton = ahocorasick.Automaton()
    for prefix, entries in by_prefix.items():
        automaton.add_word(prefix, (len(prefix), tuple(entries)))
    automaton.make_automaton()
    return PurchaseCues(automaton, tuple(cues))


def _cue_leads(raw: str, cues: list[str]) -> list[frozenset[str] | None]:
    """The lead literals of each cue (extract.policy.leads `lead_literals`), kept in the start-up
    cache (extract.settings.store_checked) under a hash of purchase_cues.tsv, the policy package's
    code (which holds the regex reader) and the literal limits.

    Why: reading 171 cues' regex trees was a fortieth of a second of every scan's start-up, and
    importing the reader another few milliseconds; with the literals cached a scan imports it only
    when the cues or the reader change. The file records a SHA-256 of its payload, and one that
    fails it, or is not a list of literal lists of the cues' number, is worked out again."""
    from extract.policy.cache import code_hash
    from extract.settings import read_checked, store_checked

    key = hashlib.sha256(f"{code_hash()}\0{_CUE_LEAD_MAX}\0{_CUE_LEAD_BUDGET}\0{raw}".encode()).hexdigest()[:32]
    name = f"purchase-cues-{key}.json"
    stored = read_checked(name)
    if stored is not None:
        try:
            got = json.loads(stored[1])
        except ValueError:
            got = None
        if (isinstance(got, list) and len(got) == len(cues)
                and all(g is None or (isinstance(g, list) and g and all(isinstance(x, str) and x for x in g)) for g in got)):
            return [None if g is None else frozenset(g) for g in got]
    from extract.policy.leads import lead_literals

    out = [lead_literals(cue, max_len=_CUE_LEAD_MAX, budget=_CUE_LEAD_BUDGET) for cue in cues]
    body = json.dumps([None if lits is None else sorted(lits) for lits in out], ensure_ascii=False).encode()
    store_checked(name, body, prune="purchase-cues-*.json", keep=3)
    return out


def _inside_word(text: str, end: int) -> bool:
    """Is a word character (\\w) right after `end`? Then `(?!\\w)` refuses a match ending there."""
    return end < len(text) and _WORD_CHAR.match(text, end) is not None


def _purchase_matches(low: str) -> tuple[int, set[int]]:
    """(matches, the cue numbers matched) in lower-cased `low`. Latin, Cyrillic, Greek and
    Armenian cues match whole words (the prefix at a word start, nothing of the word left over);
    Japanese, Chinese and Korean cues match anywhere, those scripts having no spaces. Matches do
    not overlap; at one place the first cue of the file wins, as in one regex alternation."""
    table = purchase_cues()
    found: list[tuple[int, int, int]] = []
    for end, (length, entries) in table.automaton.iter(low):
        start = end - length + 1
        word_start = start == 0 or _WORD_CHAR.match(low, start - 1) is None
        for number, compiled, cjk in entries:
            if cjk or word_start:
                m = compiled.match(low, start)
                if m is not None:
                    found.append((start, number, m.end()))
    found.sort()
    total, seen, reach = 0, set(), 0
    for start, number, end in found:
        if start >= reach:
            total += 1
            seen.add(number)
            reach = max(end, start + 1)
    return total, seen


def purchase_counts(doc: Document) -> tuple[int, int]:
    """(matches, distinct cues) of the purchase-act cues over every page of `doc`."""
    total, seen = 0, set()
    for page in doc.pages:
        n, numbers = _purchase_matches(lowered_page(page.text))
        total += n
        seen |= numbers
    return total, len(seen)


def policy_categories(policy: Any) -> list[str]:
    """Category ids a policy defines (`policy.categories`: a mapping keyed by id, or a sequence of
    ids or of objects with an `id`). [] when the policy has none."""
    cats = getattr(policy, "categories", None) if policy is not None else None
    if not cats:
        return []
    if isinstance(cats, dict):
        return sorted(str(k) for k in cats)
    return sorted({str(c) if isinstance(c, str) else str(getattr(c, "id")) for c in cats})


def _log(n: float) -> float:
    return math.log1p(n)


def feature_row(doc: Document, mentions: Sequence[Mention], categories: Sequence[str], masked: str,
                scoped: frozenset[str] | None = None) -> list[float]:
    """The numeric columns of one document, in `feature_columns(categories)` order. `scoped` are
    the categories whose scope is `in` (None: every category counts)."""
    in_clause = clause_context(doc, mentions)
    positions, ink = ink_positions(doc, mentions)
    flags = [is_subject(m, c) for m, c in zip(mentions, in_clause)]
    subject = [m for m, f in zip(mentions, flags) if f]
    lead = [m for m, f, p in zip(mentions, flags, positions) if f and p < LEAD_INK]
    units = max(1.0, ink / DENSITY_INK)
    other = [m for m, c in zip(mentions, in_clause) if not is_subject(m, c) and m.role != Role.BUYER.value]
    restricted = [m for m in subject if m.entity]
    kinds = [m.kind for m in subject]
    by_category: dict[str, int] = {}
    for m in subject:
        if m.category:
            by_category[m.category] = by_category.get(m.category, 0) + 1
    row = [
        _log(sum(1 for m in restricted if m.role == Role.OFFERED.value)),
        _log(len(restricted)),
        _log(kinds.count(MentionKind.MODEL_NUMBER.value)),
        _log(kinds.count(MentionKind.EQUIPMENT.value)),
        _log(kinds.count(MentionKind.CODE.value)),
        _log(len(subject)),
        _log(n_scoped := sum(n for c, n in by_category.items() if scoped is None or c in scoped)),
        _log(len(lead)),
        _log(sum(1 for m in lead if m.category and (scoped is None or m.category in scoped))),
        _log(len(subject) / units),
        _log(n_scoped / units),
        float(len(by_category)),
    ]
    row.extend(_log(by_category.get(c, 0)) for c in sorted(set(categories)))
    codes_mentioned = frozenset(m.text[:8] for m in mentions if m.kind == MentionKind.CODE.value)
    cue_matches, cue_kinds = purchase_counts(doc)  # weighed by ICT in the second stage (PURCHASE_COLUMNS)
    row.extend([_log(cue_matches), float(cue_kinds)])
    pages = doc.pages
    row.extend([
        _log(len(masked)),
        _log(len(pages)),
        _log(sum(len(clause_markers(p.text)) for p in pages)),
        _log(len(other)),
        _log(sum(1 for m in mentions if m.entity and m.role == Role.BUYER.value)),
        _log(sum(len(_TABLE_LINE.findall(p.text)) for p in pages if _CELL_SEP in p.text)),
        # codes the policy has are mentions (category evidence); the rest are "other" codes. A
        # mentioned code is skipped by its digits, not subtracted by count: the policy's code
        # matcher finds a code wherever it stands, this count only where it is written as one
        _log(sum(cpv_codes_in(p.text, codes_mentioned) for p in pages)),
        sum(1 for p in pages if p.ocr) / len(pages) if pages else 0.0,
    ])
    return row


@dataclass(frozen=True)
class Features:
    """What the classifier reads of a batch of documents, as arrays (one row per document).

    `texts` are the masked texts (first stage); `matrix` holds `columns` (second stage).
    """

    texts: tuple[str, ...]
    matrix: Any  # numpy float64 array, shape (len(texts), len(columns))
    columns: tuple[str, ...]

    def __len__(self) -> int:
        return len(self.texts)

    def take(self, index: Any) -> Features:
        """The rows at `index` (an integer array or list), as a new Features."""
        idx = list(index)
        return Features(tuple(self.texts[i] for i in idx), self.matrix[idx], self.columns)


def compute(docs: Sequence[Document], mentions_per_doc: Sequence[Sequence[Mention]], categories: Sequence[str] = (),
            *, text_cap: int = TEXT_CAP, scoped: Iterable[str] | None = None) -> Features:
    """The Features of a batch of readable documents and their mentions. `scoped`: the category
    ids whose scope is `in` (extract.classify.in_scope_categories; None: all count)."""
    import numpy as np

    if len(docs) != len(mentions_per_doc):
        raise ValueError(f"{len(docs)} documents but {len(mentions_per_doc)} mention lists")
    columns = feature_columns(categories)
    texts, rows = [], []
    for doc, mentions in zip(docs, mentions_per_doc):
        masked = masked_text(doc, mentions, text_cap)
        texts.append(masked)
        rows.append(feature_row(doc, mentions, categories, masked, frozenset(scoped) if scoped is not None else None))
    matrix = np.asarray(rows, dtype=float).reshape(len(rows), len(columns))
    return Features(tuple(texts), matrix, tuple(columns))


#: The revision of how documents become features beyond the column list: bump it with any change
#: to what `masked_text` keeps or how a column is computed, a change the card's column list
#: cannot show. Revision 1: the reading of the models trained up to 2026-12-03 (triage-2026-12-03f).
#: Revision 2 (2026-12-05, triage-2026-12-05l): `other_codes` counts only numbers the CPV
#: vocabulary has (data/cpv_codes.tsv), not every number of a code's shape.
#: Revision 3 (2026-12-05, triage-2026-12-05o): ... and only those the text writes as CPV codes (check
#: digit, a CPV label before them, or a list after one), not UNSPSC codes or reference numbers.
#: Revision 4 (2026-12-05, triage-2026-12-05p): the policy's codes are left out of `other_codes` by
#: their digits instead of subtracting their count (revision 3 subtracted codes it had not counted).
#: Revision 5 (2026-12-05, triage-2026-12-05q): the policy's code mentions (the `cat:*` and evidence columns) follow the
#: same rule (extract.policy.codes): a UNSPSC class that shares its digits with a policy code (72...
#: is building services there, IT services in the CPV) is no longer ICT evidence.
FEATURE_REVISION = 5
#: The data files whose rows are part of the feature definition (comment lines are not), by package.
_DEFINITION_FILES = (("extract.model", "data/purchase_cues.tsv"), ("extract.policy", "data/cpv_codes.tsv"))


@functools.lru_cache(maxsize=1)
def feature_definition() -> str:
    """"r<FEATURE_REVISION>:<sha256 of the definition files' rows, 16 hex>", recorded in a card.

    Why: a model reads documents as the code of its training day did. If the masked text or a
    cue list changes later, the columns still line up, and an old model would load and silently
    score a different reading of every document; with the definition in its card the loader
    refuses it ("retrain the model") instead."""
    import hashlib
    from importlib.resources import files

    digest = hashlib.sha256()
    for package, name in _DEFINITION_FILES:
        rows = [ln for ln in files(package).joinpath(name).read_text(encoding="utf-8").splitlines()
                if ln.strip() and not ln.startswith("#")]
        digest.update(("\n".join([name, *rows]) + "\0").encode("utf-8"))
    return f"r{FEATURE_REVISION}:{digest.hexdigest()[:16]}"


def feature_docs(categories: Sequence[str] = ()) -> dict[str, str]:
    """Column name -> one-line description, for the card and the report."""
    docs = {**EVIDENCE_COLUMNS}
    for c in sorted(set(categories)):
        docs[CATEGORY_PREFIX + c] = f"log1p of evidence mentions of category `{c}`"
    docs.update(PURCHASE_COLUMNS)
    docs.update(CONTEXT_COLUMNS)
    return docs
