"""The role of a mention: is the vendor banned, offered, or merely mentioned where it appears?

The verdict depends on it: a network tender whose only "Huawei" sits in a FAR 52.204-25 clause
is not buying Huawei, while a bill of quantities line "Huawei S5720-28X | 4 | 1,200.00" is.

    prohibited  the sentence bans or excludes it ("shall not provide", "will be rejected",
                "we certify that no Huawei equipment", FAR 52.204-23..-26 text, 禁止, 不得, 除く ...)
    offered     it sits in a line item, quote, offer or specification (a table row with a
                quantity, price or part number; "brand:", "model:", "or equivalent", 品牌, 型番 ...)
    mentioned   anything else

Prohibition wins over offer: "No Hikvision cameras shall be quoted" names a quote but bans it.
Cues are matched on the mention's sentence, taken from the original page text (sentence ends at
". ", "。", ";" or a blank line, and at a table-row line break), lower-cased and with whitespace
folded, so a clause split one word per line by a bad PDF still reads as one sentence.

`assign_roles` does a whole page at once, and is what the matcher uses: each sentence start is
one backwards regex search on the reversed page (not a walk over every sentence end of the 400
characters before the mention), and the cue regexes (the costly part) run once per distinct
sentence and line rather than once per mention, so a bill-of-quantities line naming a vendor
and a model, or a clause listing five banned vendors, pays once.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["assign_role", "assign_roles", "sentence_bounds", "PROHIBITED", "OFFERED", "MENTIONED"]

PROHIBITED = "prohibited"
OFFERED = "offered"
MENTIONED = "mentioned"

_BACK = 400  # characters searched for the start of a sentence
_FWD = 300  # and for its end

_SENT_END = re.compile(r"[.!?;](?=\s)|[。！？；]|\n[ \t]*\n")
_SENT_END_REV = re.compile(r"(?<=\s)[.!?;]|[。！？；]|\n[ \t]*\n")  # the same, matched on reversed text

def _cues(branches: list[str]) -> re.Pattern[str]:
    """One regex per cue list. Latin cues share a single leading word boundary, so the engine
    tries the alternatives only at word starts; CJK cues (no boundaries) go in their own branch."""
    latin = [b[2:] if b.startswith("\\b") else b for b in branches if b.isascii() or b.startswith("\\b")]
    cjk = [b for b in branches if b not in latin and not b.startswith("\\b") and not b.isascii()]
    latin = [b for b in latin if not (not b.isascii() and not b.startswith("\\b") and b in cjk)]
    parts = []
    if latin:
        parts.append(r"\b(?:" + "|".join(latin) + ")")
    if cjk:
        parts.append("(?:" + "|".join(cjk) + ")")
    return re.compile("|".join(parts))


_PROHIBITED = _cues(
        [
            # English
            r"\bprohibit\w*", r"\bshall\s+not\b", r"\bmust\s+not\b", r"\bmay\s+not\b", r"\bcannot\s+be\b",
            r"\bwill\s+not\s+be\s+(?:accepted|permitted|allowed|considered|used|purchased|procured)",
            r"\bnot\s+(?:be\s+)?(?:accepted|permitted|allowed|acceptable|eligible)\b", r"\breject\w*",
            r"\bexclud\w*", r"\bexclusion\b", r"\bbann?ed\b", r"\bban\s+on\b", r"\bforbidden\b", r"\bdisallowed\b",
            r"\bdo(?:es)?\s+not\s+(?:supply|provide|offer|sell|use|contain|include|incorporate)\b",
            r"\bnot\s+(?:supply|provide|offer|use|contain|include)\b",
            r"\bno\s+(?:[\w/-]+\s+){0,5}?(?:equipment|products?|components?|devices?|software|services?|cameras?|radios?|hardware|parts?|goods)\b",
            r"\bcertif(?:y|ies|ication)\s+that\s+(?:it\s+)?(?:does\s+not|will\s+not|no)\b", r"\bfree\s+(?:of|from)\b",
            r"\bnon-(?:huawei|zte|hikvision|dahua|hytera|kaspersky|dji|chinese)\b", r"-free\b",
            r"\bcovered\s+(?:telecommunications|article|foreign|entit|list|equipment)", r"\b52\.204-2[3-6]\b",
            r"\bany\s+subsidiary\s+or\s+affiliate\b", r"\bsurveillance\s+and\s+telecommunications\s+equipment\s+produced\s+by\b",
            r"\bsection\s+889\b", r"\bs(?:ec)?\.\s*889\b", r"\b889\(a\)", r"\bndaa\b", r"\bentity\s+list\b",
            r"\bremov(?:e|al)\s+(?:of\s+)?(?:all\s+)?(?:existing\s+)?", r"\brip\s+and\s+replace\b",
            r"\brestricted\b", r"\bblacklist\w*", r"\bunauthori[sz]ed\b",
            # Spanish
            r"\bprohibid[oa]s?\b", r"\bprohíbe\b", r"\bno\s+se\s+(?:aceptar|admitir|permitir)\w*", r"\bexcluid[oa]s?\b",
            r"\bno\s+(?:podrá|podrán|deberá|deberán)\b",
            # French
            r"\bne\s+(?:doit|doivent|peut|peuvent|sera|seront)\s+pas\b", r"\binterdit\w*", r"\bexclu[es]?\b",
            r"\bne\s+(?:sont|est)\s+pas\s+(?:admis|accepté|autorisé|recevable)\w*",
            r"\bne\s+(?:sera|seront)\s+(?:accepté|admis|autorisé|retenu)\w*", r"\bnon\s+(?:admis|autorisé)\w*",
            # German
            r"\bausgeschlossen\b", r"\bnicht\s+zulässig\b", r"\bunzulässig\b", r"\bverboten\b", r"\buntersagt\b",
            r"\bdürfen\s+nicht\b", r"\bdarf\s+nicht\b",
            r"\bnicht\s+(?:zugelassen|berücksichtigt|akzeptiert|angenommen|gestattet|erlaubt)\b",
            # Norwegian
            r"\bforbudt\b", r"\bikke\s+tillatt\b", r"\butelukket\b",
            # Vietnamese
            r"\bcấm\b", r"\bkhông\s+được\b", r"\bloại\s+trừ\b",
            # CJK (no word boundaries)
            r"禁止", r"不得", r"不允许", r"不允許", r"排除", r"除く", r"使用しない", r"使用禁止", r"調達しない",
            r"不可", r"금지", r"제외",
            # Narrow on purpose: a false "prohibited" hides an offered vendor. Bare しないこと is the
            # usual spec form ("設定が消失しないこと"), 禁用 also means "disable (a port)", and
            # 不接受负偏离 / 不接受进口产品 are boilerplate of Chinese specifications.
            r"(?:納入|納品|採用|使用|調達|提案|導入)しないこと", r"(?:使用|納入|採用)(?:は|を)?認めない",
            r"不(?:予)?接受(?!负偏离|負偏離|偏离|偏離|进口|進口|联合体|聯合體)",
        ]
)

_OFFERED = _cues(
        [
            r"\bwe\s+(?:offer|propose|quote|supply|will\s+supply|will\s+provide)\b", r"\boffered\b", r"\bquoted?\b",
            r"\bquotation\b", r"\bproposal\b", r"\bbrand\s*[:/]", r"\bmake\s*[:/]", r"\bmodel\s*(?:no\.?|number)?\s*[:/]",
            r"\bmanufacturer\s*[:/]", r"\bpart\s*(?:no\.?|number)\b", r"\bp/n\b", r"\bsku\b", r"\bor\s+equivalent\b",
            r"\bor\s+equal\b", r"\bunit\s+price\b", r"\bqty\b", r"\bquantity\b", r"\bprice\s+list\b", r"\bsupply\s+and\s+install",
            r"\bspecification", r"\breference\s+model\b", r"\bto\s+be\s+supplied\b", r"\bline\s+item\b",
            # Spanish / Portuguese
            r"\bmarca\b", r"\bmodelo\b", r"\bo\s+equivalente\b", r"\bo\s+similar\b", r"\bo\s+superior\b",
            r"\bcantidad\b", r"\bprecio\b", r"\bsuministro\b", r"\breferencia\b", r"\bfabricante\b",
            r"\boferta\w*", r"\bcotizaci[oó]n\b", r"\bproposta\b", r"\bquantidade\b",
            # French / German / Norwegian / Vietnamese
            r"\bmarque\b", r"\bmodèle\b", r"\bou\s+équivalent\b", r"\boffre\b", r"\bdevis\b", r"\bbordereau\b",
            r"\bprix\s+unitaire\b", r"\bquantité\b",
            r"\bhersteller\b", r"\bfabrikat\b", r"\btyp\s*:", r"\bangebot\w*", r"\beinzelpreis\b", r"\btilbud\w*", r"\bbáo\s+giá\b",
            r"\bmenge\b",
            r"\bmodell\b", r"\bgleichwertig\b", r"\bmerke\b", r"\bleverandør\b", r"\bhãng\s+sản\s+xuất\b", r"\bhãng\s*:", r"\bxuất\s+xứ\b",
            r"\bthông\s+số\b", r"\bsố\s+lượng\b", r"\bđơn\s+giá\b",
            # CJK
            r"型番", r"型式", r"メーカー", r"品牌", r"型号", r"型號", r"规格", r"規格", r"厂家", r"廠牌", r"数量", r"單價", r"单价",
            r"見積", r"报价", r"報價",
            r"제조사", r"모델",
        ]
)

# A quantity with its unit ("- 57 ea", "x 200 units", "12台") makes a list line a line item even
# outside a table.
_QTY_WITH_UNIT = re.compile(r"(?<![\w.,])\d[\d,.]*\s*(?:pcs|units?|ea|nos|sets?|unidades|unités|stk|stück)\b|\d+\s*(?:台|個|套|式)")

_MONEY_OR_QTY = re.compile(r"\d[\d,.]*\s*(?:pcs|units?|ea|nos?|sets?|台|個|套|unidades?|stk)\b|[$€£¥]\s?\d|\d[\d,]*\.\d\d\b|\b(?:usd|eur|bhd|cop|vnd|nok|jpy)\b")


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around text[start:end]: after the last sentence end before it, up to the next."""
    lo = max(0, start - _BACK)
    s = lo
    for m in _SENT_END.finditer(text, lo, start):
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
    m = _SENT_END.search(text, end, min(len(text), end + _FWD))
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
    whitespace folded, so they are the same.
    """
    n = len(text)
    lo = max(0, start - _BACK)
    m = _SENT_END_REV.search(rev, n - start, n - lo)
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


def assign_role(text: str, start: int, end: int) -> str:
    """The role of the mention text[start:end] on a page of original text."""
    s, e = sentence_bounds(text, start, end)
    return _role(" ".join(text[s:e].lower().split()), _line_of(text, start, end), {})


def assign_roles(text: str, spans: Iterable[tuple[int, int]]) -> list[str]:
    """The role of each mention text[start:end] in `spans`, all on one page of original text:
    the same roles as `assign_role` one by one, for a fraction of the work (module docstring)."""
    spans = list(spans)
    if not spans:
        return []
    rev = text[::-1]
    memo: dict[tuple[str, str], bool] = {}
    out = []
    for start, end in spans:
        s, e = _bounds_with(text, rev, start, end)
        out.append(_role(" ".join(text[s:e].lower().split()), _line_of(text, start, end), memo))
    return out


def _role(sentence: str, line: str, memo: dict[tuple[str, str], bool]) -> str:
    """The role given the mention's folded sentence and its line; `memo` caches each check."""
    if _check(memo, "prohibited", sentence):
        return PROHIBITED
    if _check(memo, "priced_row", line) or _check(memo, "offer", sentence) or _check(memo, "offer_line", line):
        return OFFERED
    return MENTIONED


def _priced_row(line: str) -> bool:
    """A table row (cells or tabs) with a price, an amount or a quantity."""
    return (" | " in line or "\t" in line) and bool(
        _MONEY_OR_QTY.search(line.lower()) or re.search(r"\|\s*\d+\s*(?:\||$)", line)
    )


_CHECKS = {
    "prohibited": lambda sentence: _PROHIBITED.search(sentence) is not None,
    "offer": lambda sentence: _OFFERED.search(sentence) is not None,
    "priced_row": _priced_row,
    "offer_line": lambda line: _OFFERED.search(" ".join(line.lower().split())) is not None
    or _QTY_WITH_UNIT.search(line.lower()) is not None,
}


def _check(memo: dict[tuple[str, str], bool], name: str, text: str) -> bool:
    key = (name, text)
    hit = memo.get(key)
    if hit is None:
        hit = memo[key] = _CHECKS[name](text)
    return hit
