"""The role of a mention: is the entity banned, the buyer, offered, or merely mentioned where it appears?

The verdict depends on it: a network tender whose only "Huawei" sits in a FAR 52.204-25 clause
is not buying Huawei, a bill of quantities line "Huawei S5720-28X | 4 | 1,200.00" is, and a
tender whose purchaser is China Mobile is judged on what China Mobile buys.

    prohibited  inside the scope of a negation or ban: "shall not provide ... Huawei", "None of the
                offered equipment is produced by Huawei", "Hikvision ... are excluded", 不得使用华为
    buyer       in the buyer slot: "Purchaser: China Mobile", "采购人：中国移动", "China Telecom (the
                Contracting Authority)", or the issuer's legal name heading the first page ("ZTE
                Deutschland GmbH Preisanfrage ..."; see "the issuer" below). The buyer does not
                supply: the document is judged on what it buys, so this is not an offer even when
                the sentence reads like one
    offered     its sentence or line reads as supply: a line item with a quantity ("Lot 1: 120 x"),
                a quote, an offer, a specification ("brand:", "or equivalent", 品牌, 型番), an award
                ("awarded to", 中标), the incumbent ("current supplier"), an installed base, a
                manufacturer's authorisation
    mentioned   anything else

Precedence: prohibited, buyer, offered, mentioned ("No Hikvision cameras shall be quoted" names a
quote but bans it; "Purchaser: China Mobile" in a sentence that also names quantities is still
the buyer).

Negation is read in the manner of NegEx (Chapman et al., "A simple algorithm for identifying
negated findings and diseases in discharge summaries", 2001): a trigger opens a scope forward
(pre-negation: "none of", "we do not supply"), backward (post-negation: "... are excluded",
"... will be rejected") or both ways; the scope stops at the end of the sentence, at a termination
term ("but", "except", "但是") or after the trigger's window (words, or characters for CJK); a
pseudo-trigger ("no later than", "not only", "不可抗力") cancels any trigger it overlaps. A strong
ban on supply or use marked `reach: sentence` ("prohibited from providing") ignores its window
in a sentence that reads as a clause (a `clause` cue: "directly or indirectly", "in the
performance of this contract"): a clause names its vendors after a long object, a long sentence
without clause wording is not a ban by its length. Buyer
slots are short scopes of the same kind that stop at the end of their line. Every cue is policy
data (extract/policy/data/roles.yaml, documented in its header), compiled by `load_role_cues` when the
policy loads and carried as `Policy.roles`, so a `--policy DIR` copy brings its own cues.

Cues are matched on the mention's sentence, taken from the original page text (a sentence ends
at ". ", "。", ";" or a blank line, and at a table-row line break), lower-cased, with whitespace
runs folded to one space, or to one "\\n" where they hold a line break: a clause split one word
per line by a bad PDF still reads as one sentence ("\\s" matches the "\\n"), and a buyer label can
still tell where its line ends.

`assign_roles` does a whole page at once, and is what the matcher uses: each sentence start is
one backwards regex search on the reversed page (not a walk over every sentence end of the 400
characters before the mention), and the cue regexes (the costly part) run once per distinct
sentence and line rather than once per mention, so a bill-of-quantities line naming a vendor
and a model, or a clause listing five banned vendors, pays once. Mention positions inside the
sentence are only worked out when the sentence holds a trigger at all."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from itertools import islice
from typing import Any

from extract.policy.cues import RoleCues, _Issuer, _Trigger
from extract.policy.load import load_policy


__all__ = ["assign_role", "assign_roles", "share_list_roles", "sentence_bounds", "PROHIBITED", "BUYER", "OFFERED", "MENTIONED"]


PROHIBITED = "prohibited"


BUYER = "buyer"


OFFERED = "offered"


MENTIONED = "mentioned"


_BACK = 400  # characters searched for the start of a sentence


_FWD = 300  # and for its end


_SENT_END = re.compile(r"[.!?;](?=\s)|[。！？；]|\n[ \t]*\n")


_SENT_END_REV = re.compile(r"(?<=\s)[.!?;]|[。！？；]|\n[ \t]*\n")  # the same, matched on reversed text


#: Abbreviations whose full stop ends no sentence ("approx. 140", "inkl. Verkabelung", "e.g.",
#: "Sp. z o.o."), matched on the few characters before the stop.
_ABBREV = re.compile(r"(?<![\w.])(?:nr|nos|approx|incl|excl|inkl|exkl|zzgl|ca|co|bzw|ggf|vs|ref|réf|tel|fig|art|"
                     r"dept|pcs|qty|stk|szt|ud|uds|pz|e\.g|i\.e|z\.b|u\.a|d\.h|sp|o\.o)\Z", re.IGNORECASE)


#: "No." as a count or a number: "14 No. cameras", "No. 5" (not the answer "No." that ends a sentence).
_COUNT_NO = re.compile(r"\d\s?no\Z", re.IGNORECASE)
_NUMBER_NO = re.compile(r"(?<![\w.])no\Z", re.IGNORECASE)


def _ends(text: str, i: int) -> bool:
    """Whether the candidate sentence end text[i] (followed by whitespace) ends a sentence.

    Why: a full stop after an abbreviation, in a count ("Removal of existing cameras: 14 No.
    Dahua ...") or before a word in lower case ("Huawei Technologies Co., Ltd. shall not
    supply") is inside its sentence; splitting there cut a removal or a ban off from the names
    it governs. Latin-script sentences start with a capital, so a stop followed by a lower-case
    word ends none (CJK and digits have no case and keep the stop as an end).
    """
    if text[i] != ".":
        return True
    before = text[max(0, i - 10) : i]
    if _ABBREV.search(before) or _COUNT_NO.search(before):
        return False
    after = text[i + 1 : i + 16].lstrip()
    if after[:1].islower():
        return False
    return not (after[:1].isdigit() and _NUMBER_NO.search(before))


_DEFAULT: list[RoleCues] = []


def default_cues() -> RoleCues:
    """The cues of the default policy (callers holding a Policy pass `policy.roles` instead)."""
    if not _DEFAULT:
        cues = load_policy().roles
        assert cues is not None
        _DEFAULT.append(cues)
    return _DEFAULT[0]


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around text[start:end]: after the last sentence end before it, up to the next."""
    lo = max(0, start - _BACK)
    s = lo
    for m in _SENT_END.finditer(text, lo, start):
        if _ends(text, m.start()):
            s = m.end()
    # A line break ends a sentence when the line before it is a table row.
    nl = text.rfind("\n", lo, start)
    if nl >= 0 and nl + 1 > s:
        prev_line_start = text.rfind("\n", 0, nl) + 1
        if " | " in text[prev_line_start:nl] or " | " in text[nl + 1 : text.find("\n", nl + 1) if text.find("\n", nl + 1) >= 0 else len(text)]:
            s = nl + 1
    return s, _sentence_end(text, end)


def _sentence_end(text: str, end: int) -> int:
    """Where the sentence holding a mention that ends at `end` stops: the next sentence end, or
    the end of the line when the line is a table row (one row is one offer)."""
    m = next((m for m in _SENT_END.finditer(text, end, min(len(text), end + _FWD)) if _ends(text, m.start())), None)
    e = m.end() if m else min(len(text), end + _FWD)
    nl = text.find("\n", end, e)
    if nl >= 0:
        line = text[text.rfind("\n", 0, end) + 1 : nl]
        if " | " in line:
            e = nl
    return e


def _bounds_with(text: str, rev: str, start: int, end: int) -> tuple[int, int]:
    """`sentence_bounds` with one regex search each way (`rev` is `text` reversed).

    The end is found exactly as `sentence_bounds` finds it. The start is the end of the last
    sentence end before the mention, found by searching the reversed page backwards from the
    mention, instead of walking every sentence end of the 400 characters before it. It may
    differ from `sentence_bounds`' only inside a run of whitespace (sentence ends made of
    whitespace, "\\n\\n", pair up differently when read backwards; "." and "。" are the same
    either way, and a mention never starts with whitespace). Roles read the sentence with its
    leading whitespace dropped, so they are the same.
    """
    n = len(text)
    lo = max(0, start - _BACK)
    m = next((m for m in _SENT_END_REV.finditer(rev, n - start, n - lo) if _ends(text, n - 1 - m.start())), None)
    s = n - m.start() if m else lo
    nl = text.rfind("\n", lo, start)
    if nl >= 0 and nl + 1 > s:
        prev_line_start = text.rfind("\n", 0, nl) + 1
        nxt = text.find("\n", nl + 1)
        if " | " in text[prev_line_start:nl] or " | " in text[nl + 1 : nxt if nxt >= 0 else len(text)]:
            s = nl + 1
    return s, _sentence_end(text, end)


def _line_of(text: str, start: int, end: int) -> str:
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", end)
    return text[ls : le if le >= 0 else len(text)]


def _fold(seg: str) -> str:
    """Lower case; each whitespace run becomes one space, or one "\\n" when it holds a line break;
    leading and trailing whitespace dropped."""
    lines = []
    for line in seg.lower().split("\n"):
        words = line.split()
        if words:
            lines.append(" ".join(words))
    return "\n".join(lines)


def _folded_pos(text: str, s: int, p: int) -> int:
    """Where text[p] lands in `_fold(text[s:e])` (p > s; text[p] is not whitespace, or p is the end
    of a mention)."""
    f = _fold(text[s:p])
    return len(f) + (1 if f and text[p - 1].isspace() else 0)


def assign_role(text: str, start: int, end: int, cues: RoleCues | None = None, *, first_page: bool = True) -> str:
    """The role of the mention text[start:end] on a page of original text (`first_page`: the
    page is the first of its document, whose top names the issuer)."""
    return assign_roles(text, [(start, end)], cues, first_page=first_page)[0]


def assign_roles(text: str, spans: Iterable[tuple[int, int]], cues: RoleCues | None = None, *,
                 first_page: bool = True) -> list[str]:
    """The role of each mention text[start:end] in `spans`, all on one page of original text:
    the same roles as `assign_role` one by one, for a fraction of the work (module docstring)."""
    spans = list(spans)
    if not spans:
        return []
    cues = cues or default_cues()
    rev = text[::-1]
    memo: dict[tuple[str, str], Any] = {}
    iss = cues.issuer if first_page else None
    top = _top_lines(text, iss.lines) if iss is not None else []
    top_end = top[-1][1] if top else -1
    out = []
    for start, end in spans:
        s, e = _bounds_with(text, rev, start, end)
        role = _role(text, s, e, start, end, cues, memo)
        if start < top_end and role in (OFFERED, MENTIONED) and _issued_by(text, start, end, top, cues, memo):
            role = BUYER
        out.append(role)
    return out


_MARKS = re.compile(r"[\s#*>•·|\-–—]*")  # heading and list marks before a letterhead name


_GAP_STOP = re.compile(r"[;:|，。；：\n]")


_DATE = re.compile(r"(?<!\w)(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{4}\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?)(?!\w)")


_REF = re.compile(r"(?<!\w)(?:nr|no|n°|nº|ref|réf|az|dnr|id)\.?\s*[:：]?\s*[\w./-]*\d[\w./-]*")


_NO_WORDS = re.compile(r"[^\w]*")  # nothing but punctuation and spaces (CJK characters are \w)


_CLOSE_PAREN = re.compile(r"\s*[)）]\s*[.:：]?\s*")


_MAX_LINE = 200  # a longer "line" is a page without line breaks, not a heading


_LINE = re.compile(r"[^\n]*\S[^\n]*")  # a non-empty line (from a line start: finditer resumes there)


def _top_lines(text: str, n: int) -> list[tuple[int, int]]:
    """(start, end) of the first `n` non-empty lines of the page."""
    return [m.span() for m in islice(_LINE.finditer(text), n)]


def _issued_by(text: str, start: int, end: int, top: list[tuple[int, int]], cues: RoleCues,
               memo: dict[tuple[str, str], Any]) -> bool:
    """Is the mention text[start:end], on one of the `top` lines, the issuer's legal name?"""
    iss = cues.issuer
    assert iss is not None
    idx = next((i for i, (a, b) in enumerate(top) if a <= start < b), None)
    if idx is None:
        return False
    ls, le = top[idx]
    if le - ls > _MAX_LINE:
        return False
    raw = text[ls:start].strip()
    if len(raw) > 40 and not (idx == 0 and raw[-1] in "(（"):
        return False  # cheap: no label or suffix is that long, and only the title form has a long lead
    line = _fold(text[ls:le])
    ms, me = _folded_pos(text, ls, start), _folded_pos(text, ls, end)
    prefix = line[:ms]
    lead = prefix[_MARKS.match(prefix).end():].rstrip()  # type: ignore[union-attr]
    suffixed = bool(lead) and iss.suffix.fullmatch(lead) is not None  # "株式会社カスペルスキー"
    if not lead or suffixed:  # "ZTE Deutschland GmbH"
        form = "head"
    elif iss.addressee is not None and iss.addressee.fullmatch(lead):  # "To: China Mobile ..."
        form = "to"
    elif idx == 0 and lead[-1] in "(（":  # "Toimistokalusteet uusiin tiloihin (ZTE Finland Oy)"
        form = "title"
    else:
        return False
    name_end = _legal_name_end(line, ms, me, iss) or (me if suffixed else None)
    if name_end is None:
        return False
    rest = line[name_end:]
    if form == "to":
        return _only_references(rest) and not _invited(text, iss, memo)
    if _supplier_document(text, top, iss, memo):
        return False
    if form == "title":
        title = lead[:-1]
        return (_CLOSE_PAREN.fullmatch(rest) is not None and not any(ch.isdigit() for ch in title)
                and not _offer_or_item(title, cues))
    if "|" in rest or "\t" in text[ls:le]:
        return False  # a table row
    if iss.title is not None:
        bare = iss.title.sub(" ", rest)
        if bare != rest:  # tender-document words: anything else on the line must not read as supply
            return not _offer_or_item(bare, cues)
    return _only_references(rest)


def _legal_name_end(line: str, ms: int, me: int, iss: _Issuer) -> int | None:
    """Where the legal name that starts with the mention at line[ms:me] ends: after a company
    suffix that follows the mention closely (or is part of it: "... Co., Ltd."), extended over
    further suffixes as close ("有限公司杭州分公司", "Co., Ltd. Shanghai Branch"); None without one."""
    end = None
    pos = me
    for m in iss.suffix.finditer(line, ms):
        if m.end() < pos:
            continue  # a suffix-like word inside the mention
        gap = line[pos:m.start()].strip() if m.start() > pos else ""
        if gap and (_GAP_STOP.search(gap) or len(gap) > iss.gap_chars or len(gap.split()) > iss.gap_words):
            break
        end = pos = m.end()
    return end


def _only_references(rest: str) -> bool:
    """Nothing after the name but punctuation, dates and reference numbers ("Nr. 2024-17")."""
    return _NO_WORDS.fullmatch(_REF.sub(" ", _DATE.sub(" ", rest))) is not None


def _offer_or_item(folded: str, cues: RoleCues) -> bool:
    return bool((cues.offer is not None and cues.offer.any(folded))
                or (cues.line_item is not None and cues.line_item.any(folded)))


def _supplier_document(text: str, top: list[tuple[int, int]], iss: _Issuer, memo: dict[tuple[str, str], Any]) -> bool:
    """Does a top line head a supplier's own document (a quotation, an invoice, an authorisation)?"""
    hit = memo.get(("supplier_document", ""))
    if hit is None:
        rx = iss.supplier_document
        hit = memo[("supplier_document", "")] = rx is not None and any(rx.search(_heading(text[a:b])) for a, b in top)
    return hit


def _heading(line: str) -> str:
    """A top line as the supplier_document cues read it: folded, without reference numbers, dates
    and the words and punctuation they leave ("Quotation No. Q-17 dated 01.05.2024:" -> "quotation")."""
    bare = _REF.sub(" ", _DATE.sub(" ", _fold(line)))
    return " ".join(re.sub(r"(?:^|\s)(?:of|dated|del?|vom|du)\s*$", " ", bare.strip(" .:,;-–—#")).split())


def _invited(text: str, iss: _Issuer, memo: dict[tuple[str, str], Any]) -> bool:
    """Does the page invite its addressee to quote or tender (the addressee is then a supplier)?"""
    hit = memo.get(("invitation", ""))
    if hit is None:
        hit = memo[("invitation", "")] = iss.invitation is not None and iss.invitation.search(_fold(text)) is not None
    return hit


#: What may stand between two names of one coordinated list: separators and conjunctions of the
#: policy languages, a parenthesis, an apostrophe-s, the hyphen of a suspended compound, the
#: subsidiary wording of clauses, a ban's next alternative with its own kit.
#: "Huawei, ZTE, Hytera, Hikvision or Dahua", "Huawei- ja ZTE-laitteita".
_LIST_GAP = re.compile(
    r"(?:[\s,;/、，・()（）&+'’-]|'s\b|’s\b|\b(?:and|or|nor|und|oder|sowie|et|ou|ni|y|o|e|og|eller|samt|và|hoặc|"
    r"hay|en|of|i|lub|oraz|ja|tai|och|eller|né|ani|noch|eikä|или|и|ни|nebo|sau|și|şi|ori|"
    # "... produced by X or by Y, nor by any of their subsidiaries or brands (including A, B)": the
    # prepositions, determiners and the subsidiary and brand words that join a clause's names
    r"by|from|any|one|their|its|the|da|di|de|des|du|del|la|le|les|l|par|por|pelo|pela|von|durch|przez|от|"
    r"leur|leurs|ses|sus|seus|suas|loro|deren|ihre[rn]?|jej|ich|une?|"
    r"subsidiar(?:y|ies)|affiliates?|brands?|filiales?|marques?|marcas?|marchi|controllat[ei]|"
    r"tochtergesellschaften|marken|spółek|zależnych|marek|such|entit(?:y|ies)|"
    # a ban's next alternative, a kit of its own with its makers: "equipment produced by Huawei
    # or ZTE, or video surveillance equipment produced by Hytera, Hikvision or Dahua" (the two
    # alternatives of 2 CFR 200.216(a) and FAR 52.204-25, as solicitations paraphrase them; "or"
    # and "nor" only: "and" joins what an offer adds)
    r"(?:or|nor)\s+(?:[a-z]+[\s-]+){0,4}?(?:equipment|services?|systems?|products?|devices?)\s+"
    r"(?:produced|manufactured|made|provided|sold)\s+by|"
    r"including|notamment|incluant|incluidas?|inclusive|compres[ei]|einschließlich|w\s+tym|e\.g\.?|i\.e\.?|namely|such\s+as|"
    # the rest of a legal name the matched name stops short of ("Hytera Communications, ...")
    r"communications?|technolog(?:y|ies)|digital|co|ltd|inc|corp|corporation|company|limited|gmbh|ag|sa|sas|srl|spa|"
    r"llc|plc|group|groupe|gruppo|grupo|holdings?)\b"
    r"|和|或|及|与|與|以及|および|及び|又は|または|や)*",
    re.IGNORECASE,
)


_LIST_GAP_MAX = 80


def share_list_roles(text: str, spans: list[tuple[int, int]], roles: list[str], names: list[bool]) -> list[str]:
    """One role for every name of a coordinated list: a ban reaches the whole list.

    Why: a negation's scope is a bounded window, but the lists that clauses and certificates
    name run past it ("... shall not provide equipment produced by Huawei, ZTE, Hytera,
    Hikvision, Dahua or any of their subsidiaries"): the last names would read as `mentioned`,
    and a restricted name outside a prohibition is never cleared. Names (`names[i]`: the span is a
    restricted entity) joined only by separators and conjunctions form a list; when one of them
    is prohibited, all are. Nothing else is shared: an offer must be shown for each name.
    """
    order = sorted((i for i in range(len(spans)) if names[i]), key=lambda i: spans[i])
    out = list(roles)
    run: list[int] = []

    def close() -> None:
        if len(run) > 1 and any(out[i] == PROHIBITED for i in run):
            for i in run:
                out[i] = PROHIBITED

    for i in order:
        if run:
            gap = text[spans[run[-1]][1]: spans[i][0]]
            if len(gap) > _LIST_GAP_MAX or _LIST_GAP.fullmatch(gap) is None:
                close()
                run = []
        run.append(i)
    close()
    return out


#: A quantity with its unit or multiplier, or a price. Shared by the role rules here and by
#: extract.mentions.match (`_LINE_ITEM`) and extract.model.features, which import it from here.
QUANTITY_OR_PRICE = re.compile(
    r"\bqty\b|\d+\s*(?:x|×|pcs|units?|ea|nos|sets?|台|套|個|本|stk|unidades?|unités?)\b|[$€£¥]\s?\d", re.IGNORECASE)


#: A number right before a mention ("supply 12 Hikvision cameras"): the mention is counted.
_COUNTED = re.compile(r"\d\s*$")


#: How far a ban carries to a later mention of its own entity in its sentence (characters).
_SAME_BAN_GAP = 300


def share_sentence_bans(text: str, spans: list[tuple[int, int]], roles: list[str],
                        entities: list[str | None], cues: RoleCues | None = None) -> list[str]:
    """A ban on an entity covers its later mentions in the same sentence.

    Why: a ban names its entity, then goes on about it: "will not accept any product supplied by
    Kaspersky Lab or its related entities, including third-party solutions that embed a Kaspersky
    engine", "ne devront pas être fabriqués par Hikvision ..., ni commercialisés sous leurs
    marques (notamment HiLook, HiWatch)". The later names stand past the trigger's window, among
    supply words that belong to the ban ("embed", "supplied by"), and read as offered: the
    document went to review as a restricted vendor's. A later mention (a brand of the same
    entity too) takes the ban unless the text between says something of its own: a termination
    ("but", "except"), new kit (roles.yaml `new_kit`: "remove the Huawei switches and install new
    Huawei switches") or a count ("... and supply of 20 Hikvision cameras"), or more than
    `_SAME_BAN_GAP` characters. Supply words in between do not stop it: in a ban they are the
    ban's ("embed", "supplied by", "sous leurs marques"). Buyers keep their role.
    """
    # only entities banned somewhere on the page can take a ban: most pages have none, and then
    # no sentence is bounded again (assign_roles bounded each mention's once already)
    banned_entities = {e for e, r in zip(entities, roles) if e is not None and r == PROHIBITED}
    if not banned_entities:
        return roles
    cues = cues or default_cues()
    rev = text[::-1]
    out = list(roles)
    banned: dict[tuple[int, str], int] = {}  # (sentence end, entity) -> end of its last banned mention
    for i in sorted(range(len(spans)), key=lambda k: spans[k]):
        ent = entities[i]
        if ent not in banned_entities or out[i] == BUYER:
            continue
        start, end = spans[i]
        _, e = _bounds_with(text, rev, start, end)
        key = (e, ent)  # the end, found exactly; the start may differ inside a run of whitespace
        if out[i] == PROHIBITED:
            banned[key] = end
            continue
        last = banned.get(key)
        if last is None or start - last > _SAME_BAN_GAP:
            continue
        gap = _fold(text[last:start])
        if (any(gate is not None and gate.any(gap) for gate in (cues.termination, cues.new_kit, cues.line_item))
                or QUANTITY_OR_PRICE.search(gap) is not None or _COUNTED.search(gap) is not None):
            continue
        out[i] = PROHIBITED
        banned[key] = end
    return out


_Scope = tuple[int, int, int, int]  # ms_min, ms_max (exclusive), me_min, me_max on the folded sentence


_INF = 1 << 62


_WORD = re.compile(r"\w+")


def _role(text: str, s: int, e: int, start: int, end: int, cues: RoleCues, memo: dict[tuple[str, str], Any]) -> str:
    """The role of text[start:end] whose sentence is text[s:e]; `memo` caches per-sentence and
    per-line work across the mentions of one page."""
    sentence = _fold(text[s:e])
    key = ("scopes", sentence)
    scopes = memo.get(key)
    if scopes is None:
        # one automaton pass: whether any trigger matches, and where every trigger group may start
        at = cues.any_trigger.starts(sentence) if cues.any_trigger is not None else {}
        if cues.any_trigger is None or not cues.any_trigger.any_at(sentence, at):
            scopes = memo[key] = ((), ())  # most sentences: no trigger of either kind
        else:
            scopes = memo[key] = (_scopes(sentence, cues.negation, cues, at, pseudo=True, line_bound=False),
                                  _scopes(sentence, cues.buyer, cues, at, pseudo=False, line_bound=True))
    neg, buyer = scopes
    if neg or buyer:
        ms, me = _folded_pos(text, s, start), _folded_pos(text, s, end)
        if any(a <= ms < b and c <= me <= d for a, b, c, d in neg):
            return PROHIBITED
        if any(a <= ms < b and c <= me <= d for a, b, c, d in buyer):
            return BUYER
    line = _line_of(text, start, end)
    folded_line = _fold(line)
    if _is_row(line) and _leaving_table(text, start, cues, memo):
        # a row of a table whose title or headings say its rows are held or leave (an asset
        # register, an insurance schedule, a write-off act, old kit to hand back): its counts and
        # values are book values, not prices, and the supply words of the table's run-on
        # "sentence" (its headings: "Qty", "Model") are not the row's; only the row's own words
        # can still offer
        return OFFERED if _has_offer(folded_line, cues, memo) else MENTIONED
    if _has_offer(sentence, cues, memo) or _has_offer(folded_line, cues, memo):
        return OFFERED
    if _row_item(line, cues, memo):
        return OFFERED
    return MENTIONED


def _scopes(sent: str, triggers: tuple[_Trigger, ...], cues: RoleCues, at: dict[int, set[int]] | None = None, *,
            pseudo: bool, line_bound: bool) -> tuple[_Scope, ...]:
    """Every scope the triggers open in the folded sentence, as (ms_min, ms_max, me_min, me_max):
    a mention spanning [ms, me) is inside when ms_min <= ms < ms_max and me_min <= me <= me_max.
    `at`: `cues.any_trigger.starts(sent)`, from which each group takes its own starts."""
    if not triggers:
        return ()
    hits = [(a, b, t) for t in triggers for a, b in _trigger_spans(t.gate, sent, cues.any_trigger, at) if b > a]
    if not hits:
        return ()
    if pseudo and cues.pseudo is not None:
        fake = cues.pseudo.spans(sent)
        if fake:
            hits = [h for h in hits if not any(a < h[1] and h[0] < b for a, b in fake)]
            if not hits:
                return ()
    terms = cues.termination.spans(sent) if cues.termination is not None else []
    starts: list[int] = []
    ends: list[int] = []
    if any(not t.chars for _, _, t in hits):
        for w in _WORD.finditer(sent):
            starts.append(w.start())
            ends.append(w.end())
    out: list[_Scope] = []
    clause: bool | None = None  # does the sentence read as a clause? (asked once, only when needed)
    for ts, te, t in hits:
        if t.forward:
            # up to the first termination after the trigger, and at most `window` units between;
            # a `reach: sentence` trigger in a clause skips the window (a clause's object, "any
            # equipment ... made by Hytera, Hikvision or Dahua", outruns any fixed window)
            hi = next((a for a, _ in terms if a >= te), len(sent))
            if t.clause and clause is None:
                clause = cues.clause is not None and cues.clause.any(sent)
            if t.clause and clause:
                pass
            elif t.chars:
                hi = min(hi, te + t.window + 1)
            else:
                k = bisect_left(starts, te) + t.window
                if k < len(starts):
                    hi = min(hi, starts[k] + 1)
            if line_bound:
                hi = min(hi, _line_end(sent, te))
            out.append((ts, hi, 0, _INF))
        if t.backward:
            lo = next((b for a, b in reversed(terms) if b <= ts), 0)
            if line_bound:
                lo = max(lo, sent.rfind("\n", 0, ts) + 1)
            if t.chars:
                reach = ts - t.window
            else:
                k = bisect_right(ends, ts) - 1 - t.window
                reach = ends[k] if k >= 0 else 0
            out.append((lo, _INF, reach, te))
    return tuple(out)


def _trigger_spans(gate: Any, sent: str, wide: Any, at: dict[int, set[int]] | None) -> list[tuple[int, int]]:
    """`gate.spans(sent)` of a trigger group, from `any_trigger`'s starts of the sentence when
    they cover the group (extract.policy.gate CueGate.starts_for), else from its own pass."""
    if at is not None and wide is not None and gate.shares_starts():
        own = wide.starts_for(at, gate)
        if own is not None:
            return gate.spans_at(sent, own)
    return gate.spans(sent)


def _line_end(sent: str, pos: int) -> int:
    """Where a buyer label ending at `pos` stops reaching: the end of its line, or of the next
    line when nothing but label punctuation follows it on its own ("Purchaser:\\nChina Mobile")."""
    nl = sent.find("\n", pos)
    if nl < 0:
        return len(sent)
    if sent[pos:nl].strip(" :：|-–—") == "":
        nxt = sent.find("\n", nl + 1)
        return nxt if nxt >= 0 else len(sent)
    return nl


#: A line laid out in columns by runs of spaces (three cells or more), as plain-text quotations
#: and PDF tables read out: "01  DS-2CD1043G2  Camera  14  389.00  5,446.00". Such a line is a
#: table row like one with " | " or tabs, so a price or a quantity in it makes its names offered.
_ALIGNED = re.compile(r"\S {2,}\S.*?\S {2,}\S")


def _is_row(line: str) -> bool:
    return " | " in line or "\t" in line or _ALIGNED.search(line) is not None


def _row_item(line: str, cues: RoleCues, memo: dict[tuple[str, str], Any]) -> bool:
    """A line item on the line (a count with its unit, "120 x") or a priced or counted table row.
    Supply wording in the sentence or the line (`_has_offer`) is the other way to be offered; the
    cues run once per distinct text."""
    key = ("line", line)
    hit = memo.get(key)
    if hit is None:
        low = line.lower()
        hit = memo[key] = bool(
            (_is_row(line) and cues.table_row is not None and cues.table_row.any(low))
            or (cues.line_item is not None and cues.line_item.any(low))
        )
    return hit


#: How many lines above its table a title may stand (a table has its title or a sentence that
#: introduces it right above; key-value rows such as "Date | 17.03.2025" count as the table's).
_TITLE_LINES = 2


#: How many rows at the top of a table block are read as its headings (a heading row, and a
#: key-value row such as "Total sum insured | 297,440" above it).
_HEAD_ROWS = 2


#: How far up a table block is walked (a longer block is a page of rows, whose title is off-page).
_BLOCK_LINES = 400


def _leaving_table(text: str, start: int, cues: RoleCues, memo: dict[tuple[str, str], Any]) -> bool:
    """Whether the table holding text[start] says its rows are things held or leaving, not things
    bought (roles.yaml `register`): by its title (a write-off act, a disposal or scrapping list, a
    transfer of assets, a surplus auction, an insurance schedule, a stocktake, old kit to be
    removed or handed back) or by its headings (book value, acquisition cost, sum insured,
    depreciation: an asset register's columns, not an offer's). The block of table rows above the
    line is walked to its top; its first `_HEAD_ROWS` rows and the first `_TITLE_LINES` non-empty
    lines above it are read. Headings are also read with their spaces taken out, since a PDF cell
    that wraps splits a word ("Restbuc hwert"). A row below two rows of its block has the answer
    of the row above it (same title, same top rows), so a long table is walked once, not once per
    row, and its rows past `_BLOCK_LINES` keep their table's answer. Why the title and headings
    and not the page: a supply tender may mention "disposal of the old equipment" in its text and
    still price new kit in its bill of quantities; a table's title and headings say what its rows
    are."""
    if cues.register is None:
        return False
    ls = text.rfind("\n", 0, start) + 1
    key = ("leaving", str(ls))
    hit = memo.get(key)
    if hit is not None:
        return bool(hit)
    le = text.find("\n", ls)
    row = text[ls : len(text) if le < 0 else le]
    pos, walked, title, depth = ls, 0, [], 0
    head = [row] if _is_row(row) else []  # the topmost rows seen so far, top first
    while pos > 0 and walked < _BLOCK_LINES:
        prev = text.rfind("\n", 0, pos - 1) + 1
        line = text[prev : pos - 1]
        pos, walked = prev, walked + 1
        if not line.strip():
            continue
        if _is_row(line):
            if title:  # a second table above the title: stop
                break
            if depth == 0:
                # the row above has a row above it too: it has this row's title and headings
                # (the block's top rows), so its answer is this row's, found without a walk
                above = memo.get(("leaving_deep", str(prev)))
                if above is not None:
                    memo[key] = memo[("leaving_deep", str(ls))] = above
                    return bool(above)
            depth += 1
            head = [line, *head[: _HEAD_ROWS - 1]]
            continue
        title.append(line)
        if len(title) >= _TITLE_LINES:
            break
    found = cues.register.any
    hit = any(found(_fold(line)) for line in title) or any(found(h) or found(h.replace(" ", "")) for h in map(_fold, head))
    memo[key] = hit
    if depth:
        memo[("leaving_deep", str(ls))] = hit
    return hit


def _has_offer(folded: str, cues: RoleCues, memo: dict[tuple[str, str], Any]) -> bool:
    key = ("offer", folded)
    hit = memo.get(key)
    if hit is None:
        hit = memo[key] = cues.offer is not None and cues.offer.any(folded)
    return hit
