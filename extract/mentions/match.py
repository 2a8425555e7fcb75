"""(Document, Policy) -> [Mention]: every place a page names a restricted entity, an in-scope
kind of equipment, or a relevant CPV code, with the role it plays there.

Steps, page by page:
1. normalise the page once (extract.normalize), keeping the way back to original characters;
2. match every alias, company, product line, category term and guard phrase at once with the
   policy's Aho-Corasick automaton; Latin-script keys need word boundaries, CJK keys do not;
   exact-case aliases ("ZTE", "China Mobile") are checked against the original characters;
   a product line named by its series letters ("Meraki MR", "Juniper SRX") also matches with
   the model number glued on ("Meraki MR36", "Juniper SRX345": `series_prefix`);
   on a page in a language of inflection.tsv, equipment terms are also sought in their other
   cases (words cut back to a stem where a term may start), so "dostawa komputerów przenośnych"
   meets the label "komputery przenośne";
3. the same pass finds where a model-number pattern's lead literal starts ("ds-2c", "s57",
   "nvr4"...; extract.leads) and whether any CPV code's digits occur: the pattern regexes run
   anchored at those positions only, the CPV regex only on pages with a code, which finds
   exactly what one combined regex over the whole page finds, for a fraction of the time
   (Python's `re` pays for every position it tries); a code counts only where the page writes
   it as a CPV code (extract.policy.codes), not as a UNSPSC class or a reference number;
4. drop what a guard says is a trap (大华银行, "Dahua Road", "according to Kaspersky", a name used as
   a place: "the hotel near the Huawei campus", matched across the mention by an `around` guard);
5. drop pattern hits whose required context (the vendor on the page, or an equipment term
   within a few lines) is missing: a bare "S5720" or "PD785" is noise without it;
6. resolve overlaps, longest match first, and de-duplicate;
7. give the survivors their roles (extract.roles with the policy's role cues, once per page)
   and build the Mentions.

Offsets in a Mention are into the page's original text: `page.text[m.start:m.end] == m.text`.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from extract.normalize import Normalized, normalize
from extract.policy.types import GUARD_MARK, Guard, Pattern, TermInfo
from extract.policy.compiled import Policy, exact_case_ok, is_word_char
from extract.policy.codes import written_cpv_codes
from extract.policy.inflection import WORD
from extract.mentions.roles import QUANTITY_OR_PRICE, assign_roles, share_list_roles, share_sentence_bans
from extract.types import Document, Mention, Role

__all__ = ["find_mentions", "find_mentions_in_text", "Candidate", "match_page", "resolve_overlaps",
           "QUANTITY_OR_PRICE", "on_line_item"]

CONTEXT_LINES = 5  # how far (in lines) an equipment term may be from a model number it vouches for
_GUARD_WINDOW = 60
_CPV = re.compile(r"\d{8,}(?:-\d)?")  # boundaries checked in Python: a leading lookbehind makes re crawl


@dataclass(frozen=True, slots=True)
class Candidate:
    """A raw match on normalised text, before overlap resolution (start/end are normalised)."""

    start: int
    end: int
    kind: str  # vendor | subsidiary | brand | product_line | model_number | equipment | code | guard
    entity: str | None  # the entity the match belongs to (even when divested)
    reports: str | None  # the entity reported in the Mention (None for divested, equipment, codes)
    category: str | None
    rule: str
    pattern: Pattern | None = None
    guard: str | None = None


#: Arabic proclitics: one-letter words written joined to the next word (و and, ف so, ب with, ك
#: like, ل for): "لجدران الحماية" is "for the firewalls".
_PROCLITICS = frozenset("وفبكل")


def _after_proclitic(t: str, start: int) -> bool:
    """Whether the Arabic word at t[start] is joined only to one or two proclitics before it
    (و, ف, ب, ك, ل: "لجدران", "وبهواوي"), which a whole-word term may still match after: Arabic
    writes them as part of the next word."""
    if not ("\u0600" <= t[start] <= "\u06ff"):
        return False
    k = start
    while k > 0 and start - k < 2 and t[k - 1] in _PROCLITICS:
        k -= 1
    return k < start and (k == 0 or not is_word_char(t[k - 1]))


def _scan(t: str, original: str, norm: Normalized, policy: Policy) -> tuple[list[Candidate], dict[int, tuple[int, ...]], bool]:
    """One Aho-Corasick pass over the page: alias/term/guard candidates, the positions where a
    model-number pattern's lead literal starts (start -> pattern indices), and whether any CPV
    code's digits occur at all."""
    out: list[Candidate] = []
    leads: dict[int, tuple[int, ...]] = {}
    has_code = False
    n = len(t)
    for end_idx, (klen, left, right, infos, lead_of, is_code) in policy.hits(t):
        start = end_idx - klen + 1
        if lead_of:
            prev = leads.get(start)
            leads[start] = lead_of if prev is None else tuple(sorted(set(prev) | set(lead_of)))
        if is_code:
            has_code = True
        if not infos:
            continue
        end = end_idx + 1
        if left and start > 0 and is_word_char(t[start - 1]) and not _after_proclitic(t, start):
            continue
        if right and end < n and is_word_char(t[end]):
            if not t[end].isdigit():
                continue
            infos = tuple(i for i in infos if series_prefix(i))
            if not infos:
                continue
            end += 1  # the glued model number is part of the name: "Meraki MR36"
            while end < n and is_word_char(t[end]):
                end += 1
        for info in infos:
            if info.exact_case:
                os_, oe = norm.span(start, end)
                if not exact_case_ok(original[os_:oe], info.name):
                    continue
            out.append(_from_info(start, end, info))
    return out, leads, has_code


#: A product-line name whose last word is a series code: two or three capitals after a name
#: ("Meraki MR", "Aruba CX", "Juniper SRX"), or after the maker's name in katakana, as Japanese
#: quotations write it, with or without a space ("ヤマハ RTX", "ヤマハRTX").
_SERIES = re.compile(r"^(?:[A-Z][\w-]*(?: [\w-]+)* |[\u30a1-\u30fa\u30fc]+ ?)[A-Z]{2,3}$", re.ASCII)


@functools.lru_cache(maxsize=4096)
def series_prefix(info: TermInfo) -> bool:
    """Whether the term is a product line's series prefix, which makers glue model numbers to
    ("Meraki MR36", "Aruba CX6300M", "Cisco ISR4331"): an equipment term of two words or more, as
    the policy writes it, whose last word is two or three capitals, or a maker's name in katakana
    before two or three capitals, spaced or not ("ヤマハ RTX", "ヤマハRTX", as Japanese quotations
    write "ヤマハ RTX1300"). Only a run of digits may follow
    it directly (then the model's other letters): "Aruba CXO" or "Dell XPSe" stay unmatched, and so
    does a generic term ending in capitals (single words, or lower-case phrases such as "telefonia
    IP", are not series names). Restricted vendors' product lines are left to their model-number
    patterns, which read the glued number as a model of that vendor."""
    return info.kind == "equipment" and info.source is None and _SERIES.match(info.name) is not None


def _inflected_candidates(t: str, policy: Policy) -> list[Candidate]:
    """Equipment terms written in another case than the policy's ("komputerów przenośnych" for
    the label "komputery przenośne"), for each inflection.tsv language the page may be in.

    Where the first cut word of some term starts a word of the page (policy.InflectedTerms.first,
    one pass over the page), that word and the next few, joined by single spaces, are cut back as
    the terms were (extract.policy.inflection) and looked up, one word more at a time: each cut
    sequence that is a term gives a candidate over those whole words. Punctuation or a line of
    other text between two words ends the sequence. A term that also matches exactly gives the
    same span, and the exact candidate is kept (it comes first in resolve_overlaps)."""
    matchers = policy.inflected_matchers(t)
    if not matchers:
        return []
    n = len(t)
    out: list[Candidate] = []
    for table in matchers:
        stem = table.stemmer.stem
        keys = table.keys
        lang = table.stemmer.inflection.lang
        seen: set[int] = set()
        for end_idx, klen in table.first.iter(t):
            a = end_idx - klen + 1
            if a in seen or (a > 0 and is_word_char(t[a - 1])):
                continue
            seen.add(a)
            cuts: list[str] = []
            pos = a
            for _ in range(table.words):
                m = WORD.match(t, pos)
                if m is None:
                    break
                b = m.end()
                if b < n and is_word_char(t[b]):
                    break  # a letter run glued to digits: not a word
                cuts.append(stem(m.group()))
                for info in keys.get(" ".join(cuts), ()):
                    out.append(Candidate(a, b, "equipment", None, None, info.category,
                                         f"term:{info.name}; inflected ({lang})"))
                if b + 1 >= n or t[b] != " ":
                    break
                pos = b + 1
    return out


def _from_info(start: int, end: int, info: TermInfo) -> Candidate:
    if info.kind == "guard":
        return Candidate(start, end, "guard", info.entity, None, None, f"guard:{info.guard}", guard=info.guard)
    if info.kind == "equipment":
        return Candidate(start, end, "equipment", None, None, info.category, f"term:{info.name}")
    if info.divested:
        label = f"{info.company} (divested from {info.entity})"
        kind = "brand" if info.kind in ("subsidiary", "brand") else info.kind
        return Candidate(start, end, kind, info.entity, None, info.category, f"alias:{info.name}; divested: {label}")
    rule = f"alias:{info.name}"
    if info.company:
        rule += f" ({info.kind} of {info.entity}: {info.company})" if info.kind != "product_line" else f" (product line of {info.entity})"
    return Candidate(start, end, info.kind, info.entity, info.entity, info.category, rule)


def _pattern_candidates(t: str, policy: Policy, leads: dict[int, tuple[int, ...]]) -> list[Candidate]:
    """Model-number pattern hits: exactly what `policy.pattern_regex.finditer(t)` finds, but the
    regexes run only where a lead literal starts (every match starts with one, extract.leads):
    positions in text order, at each the patterns in policy order, the first match wins, and the
    scan resumes after it."""
    if policy.pattern_regex is None:
        return []
    anchored = policy.anchored_patterns
    if anchored is None:  # a policy pattern without lead literals: scan the whole text
        hits = [(m.start(), m.end(), int(m.lastgroup[1:])) for m in policy.pattern_regex.finditer(t) if m.lastgroup]
    else:
        hits = []
        last_end = 0
        gate = policy.anchored_gate
        for pos in sorted(leads):
            if pos < last_end or gate.match(t, pos) is None:
                continue
            for i in leads[pos]:
                m = anchored[i].match(t, pos)
                if m is not None:
                    hits.append((pos, m.end(), i))
                    last_end = m.end()
                    break
    out = []
    pats = policy.patterns
    for s_, e_, i in hits:
        p = pats[i]
        ent = policy.entities[p.entity]
        comp = ent.company(p.company)
        divested = bool(comp and comp.divested)
        rule = p.rule + (f"; divested: {comp.name} (divested from {p.entity})" if divested and comp else "")
        out.append(Candidate(s_, e_, p.kind, p.entity, None if divested else p.entity, p.category, rule, pattern=p))
    return out


def _code_candidates(t: str, policy: Policy) -> list[Candidate]:
    """The policy's CPV codes on the page, where the page writes them as CPV codes
    (extract.policy.codes: a check digit, a CPV label, a list under one). A number the policy
    lists but the page does not write as a code is not one: 72100000 is a UNSPSC class of building
    maintenance in a US solicitation, and an order number may equal a policy code by chance."""
    out = []
    n = len(t)
    written: set[int] | None = None  # starts of the page's written CPV codes, found on the first candidate
    for m in _CPV.finditer(t):
        s, e = m.span()
        digits, _, check = m.group(0).partition("-")
        if len(digits) != 8 or (s > 0 and t[s - 1] in ".,/-"):
            continue  # part of a longer number, an amount or a path
        if e < n and (t[e] == "/" or (t[e] in ".," and e + 1 < n and t[e + 1].isdigit())):
            continue
        code = policy.cpv.get(digits)
        if code is None:
            continue
        if check and check != code.code[-1]:
            continue  # a check digit that disagrees: not this code
        if written is None:
            written = {start for start, _end, _digits in written_cpv_codes(t)}
        if s not in written:
            continue
        out.append(Candidate(m.start(), m.end(), "code", None, None, code.category, f"cpv:{code.code} (tier {code.tier}: {code.label})"))
    return out


class _Anchors:
    """Does a guard anchor lie within [lo, hi) of the page? Asked per candidate, with the policy's
    anchor automaton over that window only (~2 us); on a page with many candidates (a dense bill
    of quantities) the anchors of the whole page are found once and looked up."""

    __slots__ = ("t", "auto", "spans")
    PAGE_FROM = 8  # candidates on the page from which one pass over the page is cheaper

    def __init__(self, t: str, auto: Any, candidates: int):
        self.t = t
        self.auto = auto
        self.spans: list[tuple[int, int]] | None = None
        if auto is not None and candidates >= self.PAGE_FROM:
            self.spans = sorted((e - n + 1, e + 1) for e, n in auto.iter(t))

    def near(self, lo: int, hi: int) -> bool:
        lo, hi = max(0, lo), min(hi, len(self.t))  # pyahocorasick reads past the string if told to
        if self.auto is None or lo >= hi:
            return False
        if self.spans is None:
            return next(self.auto.iter(self.t, lo, hi), None) is not None
        i = bisect_left(self.spans, (lo, -1))
        while i < len(self.spans) and self.spans[i][0] < hi:
            if self.spans[i][1] <= hi:
                return True
            i += 1
        return False


def _guarded(c: Candidate, t: str, policy: Policy, guard_spans: list[Candidate], anchors: _Anchors) -> bool:
    for g in guard_spans:
        if (g.entity == c.entity or g.entity == "any") and g.start < c.end and c.start < g.end:
            return True
    return _context_guarded(c, t, policy.guards_for(c.entity), anchors)


def _context_guarded(c: Candidate, t: str, guards: Sequence[Guard], anchors: _Anchors) -> bool:
    """Does one of `guards` say, from the text around `c` (before, after, around), that it is a trap?"""
    around = None
    near: bool | None = None  # does a guard anchor start within the window? (asked once)
    for g in guards:
        if g.anchors:
            if near is None:
                near = anchors.near(c.start - _GUARD_WINDOW, c.end + _GUARD_WINDOW)
            if not near:
                continue  # none of the guard's words is near: its regexes cannot match
        if g.before is not None and g.before.search(t[max(0, c.start - _GUARD_WINDOW) : c.start]):
            return True
        if g.after is not None and g.after.match(t[c.end : c.end + _GUARD_WINDOW]):
            return True
        if g.around is not None:
            if around is None:
                before = t[max(0, c.start - _GUARD_WINDOW) : c.start].replace(GUARD_MARK, "")
                around = (before + GUARD_MARK + t[c.end : c.end + _GUARD_WINDOW].replace(GUARD_MARK, ""), len(before))
            for m in g.around.finditer(around[0]):
                a = m.start()
                if m.end() <= around[1]:
                    continue
                if a > around[1]:
                    break  # the match must cover the mention
                if not (a > 0 and _LATIN.match(around[0], a - 1) and _LATIN.match(around[0], a)):
                    return True  # and start a word ("ved", not the end of "approved")
    return False


# A Latin-script letter or digit of case-folded text: an `around` guard may not start between two.
# (The guard regexes carry no lookbehind of their own: one at their start costs Python's `re` its
# first-character skip, four times slower on the windows of a dense page.)
_LATIN = re.compile("[0-9a-z\u00c0-\u024f\u1e00-\u1eff]")


def resolve_overlaps(cands: list[Candidate]) -> list[Candidate]:
    """Longest match wins; among equal lengths the earlier, then the more specific kind.

    Returns survivors in text order, with exact duplicates (same span, same entity/kind) merged.
    """
    rank = {"model_number": 0, "product_line": 1, "subsidiary": 2, "brand": 2, "vendor": 3, "code": 4, "equipment": 5}
    order = sorted(cands, key=lambda c: (-(c.end - c.start), c.start, rank.get(c.kind, 9)))
    taken: list[tuple[int, int]] = []  # kept spans, sorted by start
    kept: list[Candidate] = []
    for c in order:
        i = bisect_right(taken, (c.start, 1 << 62))
        if i > 0 and taken[i - 1][1] > c.start:
            continue
        if i < len(taken) and taken[i][0] < c.end:
            continue
        taken.insert(i, (c.start, c.end))
        kept.append(c)
    kept.sort(key=lambda c: c.start)
    return kept


def match_page(text: str, policy: Policy, norm: Normalized | None = None) -> tuple[Normalized, list[Candidate]]:
    """Steps 1-6 of the module docstring for one page: surviving candidates in text order."""
    norm = norm or normalize(text)
    t = norm.text
    terms, leads, has_code = _scan(t, text, norm, policy)
    pats = _pattern_candidates(t, policy, leads)
    codes = _code_candidates(t, policy) if has_code else []
    guard_spans = [c for c in terms if c.kind == "guard"]
    named = [c for c in terms if c.kind != "guard"]
    named += _inflected_candidates(t, policy)
    if policy.guards:
        anchors = _Anchors(t, policy.anchor_automaton, len(named) + len(pats))
        named = [c for c in named if c.entity is None or not _guarded(c, t, policy, guard_spans, anchors)]
        by_category = policy.category_guards
        if by_category:
            named = [c for c in named if c.entity is not None or c.category not in by_category
                     or not _context_guarded(c, t, [g for g in by_category[c.category] if t[c.start:c.end] in g.terms],
                                             anchors)]
        pats = [c for c in pats if not _guarded(c, t, policy, guard_spans, anchors)]
    if pats:
        pats = _with_context(pats, named + codes, t, text, norm)
    return norm, resolve_overlaps(named + pats + codes)


def _with_context(pats: list[Candidate], others: list[Candidate], t: str, original: str, norm: Normalized) -> list[Candidate]:
    """Keep pattern hits whose context rule is met (vendor on the page / equipment term nearby)."""
    vendors = {c.entity for c in others if c.entity and c.kind in ("vendor", "subsidiary", "brand", "product_line")}
    vendors |= {c.entity for c in pats if c.pattern and c.pattern.context == "none"}
    need_lines = any(c.pattern and c.pattern.context in ("category", "vendor_or_category") for c in pats)
    line_starts: list[int] = []
    equip: list[tuple[int, str]] = []
    if need_lines:
        line_starts = [0] + [m.end() for m in re.finditer("\n", original)]

        def line_no(ns: int) -> int:
            return bisect_right(line_starts, norm.offsets.start_of(ns))

        equip = [(line_no(c.start), c.category or "") for c in others if c.kind in ("equipment", "code")]
    out = []
    for c in pats:
        p = c.pattern
        assert p is not None
        ok = p.context == "none"
        if not ok and p.context in ("vendor", "vendor_or_category"):
            ok = p.entity in vendors
        if not ok and p.context in ("category", "vendor_or_category"):
            ln = line_no(c.start)
            ok = any(abs(ln - el) <= CONTEXT_LINES and cat in p.context_categories for el, cat in equip)
        if ok:
            out.append(c)
    return out


def _snippet(text: str, start: int, end: int) -> str:
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", end)
    le = len(text) if le < 0 else le
    if 30 <= le - ls <= 240:
        return text[ls:le].strip()
    a = max(0, start - 80)
    b = min(len(text), end + 80)
    return " ".join(text[a:b].split())


def find_mentions_in_text(text: str, policy: Policy, page: int = 1) -> list[Mention]:
    """Mentions on one page of text (offsets into `text`)."""
    norm, cands = match_page(text, policy)
    kept: list[tuple[Candidate, int, int]] = []
    seen: set[tuple[int, int, str | None, str]] = set()
    for c in cands:
        s, e = norm.span(c.start, c.end)
        key = (s, e, c.reports, c.kind)
        if key not in seen:
            seen.add(key)
            kept.append((c, s, e))
    if not kept:
        return []
    spans = [(s, e) for _, s, e in kept]
    roles = assign_roles(text, spans, policy.roles, first_page=page == 1)  # the first page's top names the issuer
    roles = share_list_roles(text, spans, roles, [c.reports is not None for c, _, _ in kept])
    roles = share_sentence_bans(text, spans, roles, [c.reports for c, _, _ in kept], policy.roles)
    out: list[Mention] = []
    for (c, s, e), role in zip(kept, roles):
        line = text.count("\n", 0, s) + 1
        if c.reports:
            regimes = policy.regimes_for(c.reports)
        elif c.category and c.kind in ("equipment", "code"):
            regimes = policy.categories[c.category].regimes
        else:
            regimes = ()
        out.append(Mention(
            entity=c.reports, kind=c.kind, text=text[s:e], page=page, line=line, start=s, end=e,
            role=role, snippet=_snippet(text, s, e), regimes=tuple(regimes),
            category=c.category, rule=c.rule,
        ))
    return out


def find_mentions(doc: Document, policy: Policy) -> list[Mention]:
    """Mentions on every page of `doc`, page by page (offsets into each page's text)."""
    out: list[Mention] = []
    for p in doc.pages:
        if p.text:
            ms = find_mentions_in_text(p.text, policy, page=p.number)
            if p.ocr:
                ms = [_as_ocr(m, p.ocr_confidence) for m in ms]
            out.extend(ms)
    return buyer_throughout(out, {p.number: p.text for p in doc.pages if p.text})


#: A line that is an item of an offer whatever its wording: a table row with a number, a quantity
#: with its unit or multiplier, a price.
_LINE_ITEM = re.compile(r"\|[^|\n]*\d|" + QUANTITY_OR_PRICE.pattern + r"|\d[\d,]*\.\d\d\b", re.IGNORECASE)


def on_line_item(mention: Mention) -> bool:
    """Whether the mention's line is an item of an offer: a table row with a number, a quantity
    with its unit or multiplier, a price (`_LINE_ITEM` on its snippet)."""
    return _LINE_ITEM.search(mention.snippet or "") is not None


#: The first lines of page 1, where a letterhead names the issuer (roles.yaml `issuer.lines`).
LETTERHEAD_LINES = 5


#: Mention kinds that name a company (not what it sells): the kinds a buyer's name comes in.
_NAME_KINDS = frozenset({"vendor", "subsidiary"})


def _own_line_item(mention: Mention, text: str) -> bool:
    """`on_line_item` read on the mention's own line of its page `text`, not on its snippet: a
    short line's snippet runs into its neighbours, and "致：中国移动…" above a telephone row is not
    a priced row."""
    ls = text.rfind("\n", 0, mention.start) + 1
    le = text.find("\n", mention.end)
    return _LINE_ITEM.search(text[ls : len(text) if le < 0 else le]) is not None


def buyer_throughout(mentions: list[Mention], pages: Mapping[int, str] | None = None) -> list[Mention]:
    """A restricted company that is the buyer somewhere in a document is the buyer wherever else
    its name stands without reading as supply or a ban.

    Why: a tender or an order names its buyer once in a slot ("Purchaser:", "采购人：", "(далее —
    Заказчик)") and again in passing: in the letterhead, the invoicing address, the e-mail
    domain, "the general purchasing conditions of Huawei Technologies France". Those other
    mentions read as `mentioned`, and a restricted name outside a prohibition is never cleared,
    so a furniture order issued by a restricted company's office went to review as ICT. A name
    that reads as offered only by the wording of its sentence becomes the buyer too: a buyer's own
    request names it in the quotation form addressed to it ("致：中国移动…", "To: Huawei Technologies
    Zambia ... we offer"), in "participate in X's request for quotation", in "X hereby awards",
    sentences whose supply words are about what X buys (evaluation/roles: 8 of its 40 documents
    were buyers read as suppliers this way), when X also fills a buyer slot below the letterhead.
    A name on a line item (a counted or priced row) keeps `offered`, and a prohibited one its ban:
    the buyer may also buy its own brand, or ban another's, and product lines and model numbers
    are never the buyer. With `pages` (page number -> text), the line item is read on the
    mention's own line (`_own_line_item`); without, on its snippet.
    """
    buyers = {m.entity for m in mentions if m.role == Role.BUYER.value and m.entity}
    if not buyers:
        return mentions
    # Offered names turn only for a buyer found in a buyer slot, not only in the letterhead: a
    # supplier's own quotation can head its first page like a buyer's request, and there its
    # offered names are the supply.
    slotted = {m.entity for m in mentions
               if m.role == Role.BUYER.value and m.entity and not (m.page == 1 and m.line <= LETTERHEAD_LINES)}
    return [replace(m, role=Role.BUYER.value)
            if (m.entity in buyers and m.kind in _NAME_KINDS
                and (m.role == Role.MENTIONED.value
                     or (m.role == Role.OFFERED.value and m.entity in slotted
                         and not (_own_line_item(m, pages[m.page]) if pages and m.page in pages else on_line_item(m))))) else m
            for m in mentions]


def _as_ocr(m: Mention, conf: float | None) -> Mention:
    return replace(m, ocr=True, confidence=conf)
