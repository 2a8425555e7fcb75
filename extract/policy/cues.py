"""Role cues as policy data: roles.yaml, validated and compiled into `RoleCues`.

Data staff keep the cues current without touching code (every language's negation triggers with
their direction and reach, pseudo-triggers, terminations, offer and supply wording, line items,
buyer labels, the issuer heading): `load_role_cues` checks roles.yaml with the policy's error
style (`roles.yaml:line: field: problem`, all problems at once) and compiles each list into one
regex; extract.mentions.roles applies them to sentences."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from extract.policy.check import _Y, _Checker, _compile_regex, _load_yaml
from extract.policy.gate import EDGE as _EDGE
from extract.policy.gate import LW, CueGate, usable_leads

#: Languages roles.yaml may hold: the policy's languages and Korean, Russian, Indonesian, Bulgarian,
#: Ukrainian, Greek and Hungarian, and `any` for cues that belong to no language (statute numbers,
#: quantities, currency symbols).
ROLE_LANGS = ("any", "en", "es", "pt", "fr", "de", "it", "nl", "pl", "cs", "ro", "sv", "no", "da", "fi", "vi", "ja", "zh", "ko", "ru", "id", "bg", "uk", "el", "hu")

_UNITS = ("words", "chars")

_REACHES = ("window", "sentence")

_TRIGGER_LISTS = {"forward": (True, False), "backward": (False, True), "both": (True, True)}

_BUYER_LISTS = {"buyer_forward": (True, False), "buyer_backward": (False, True)}

_PLAIN_LISTS = ("pseudo", "termination", "offer", "line_item", "table_row", "clause", "register", "new_kit")

_LIST_FIELDS = (*_TRIGGER_LISTS, "pseudo", "termination", "offer", "line_item", "table_row", "clause", "register", "new_kit",
                *_BUYER_LISTS)

_ISSUER_LISTS = ("suffix", "title", "addressee", "invitation", "supplier_document")

# A cue may not start or end between two word characters of an alphabetic script (gate.LW), so
# the Russian "но" (but) is not found inside "произведенного"; CJK, kana and hangul have no word
# boundaries.
_LW = LW

_IS_LW = re.compile(_LW)


@dataclass(frozen=True, slots=True)
class _Trigger:
    """The cues of one trigger list that share a reach, behind a gate that finds where they stand
    (`CueGate.spans`)."""

    gate: CueGate
    forward: bool  # the scope runs towards the end of the sentence
    backward: bool  # and/or towards its start
    window: int  # units allowed between the trigger and the mention
    chars: bool  # the unit: characters (CJK) or words
    clause: bool = False  # reach: sentence - in a clause, the forward scope runs to the sentence end


@dataclass(frozen=True, slots=True)
class _Issuer:
    """The `issuer:` section of roles.yaml compiled: how the top of a document names its issuer."""

    lines: int  # the top: this many non-empty lines of the first page
    gap_words: int  # at most this many words between the end of the name and its company suffix
    gap_chars: int  # and at most this many characters
    suffix: re.Pattern[str]
    title: re.Pattern[str] | None
    addressee: re.Pattern[str] | None
    invitation: re.Pattern[str] | None
    supplier_document: re.Pattern[str] | None


@dataclass(frozen=True, slots=True)
class RoleCues:
    """roles.yaml compiled: what `assign_roles` needs (see the module docstring)."""

    negation: tuple[_Trigger, ...]
    buyer: tuple[_Trigger, ...]
    any_trigger: CueGate | None  # every negation and buyer cue at once: is there any?
    pseudo: CueGate | None  # where they stand (spans)
    termination: CueGate | None  # where they stand (spans)
    offer: CueGate | None
    line_item: CueGate | None
    table_row: CueGate | None
    clause: CueGate | None = None  # wording that makes a sentence a clause (for reach: sentence)
    register: CueGate | None = None  # a table title saying its rows leave, not come (write-off, transfer)
    new_kit: CueGate | None = None  # "new", "replacement": a ban does not carry past it to its entity's next mention
    issuer: _Issuer | None = None
    languages: tuple[str, ...] = ()
    count: int = 0  # cues in the file, for the policy summary


def load_role_cues(path: Path, problems: list[str]) -> RoleCues | None:
    """Read and compile roles.yaml; append every problem to `problems` as
    `roles.yaml:line: field: problem` (the policy's style) and return None when there is any."""

    ck = _Checker(path.name, problems)
    before = len(problems)
    root = _load_yaml(path, problems)
    if root is None:
        return None
    top = ck.mapping(root, "file", ("languages",), ("issuer",))
    if top is None or "languages" not in top:
        return None
    langs_y = top["languages"]
    if not isinstance(langs_y.value, dict) or not langs_y.value:
        ck.add(langs_y.line, "languages", "expected a mapping of language -> cues")
        return None
    for key, line in langs_y.value.get("\0dup", _Y([], 0)).value:
        ck.add(line, f"languages.{key}", "duplicate language")
    groups: dict[tuple[str, bool, bool, int, bool, bool], list[tuple[str, int]]] = {}
    plain: dict[str, list[tuple[str, int]]] = {name: [] for name in _PLAIN_LISTS}
    count = 0
    langs = []
    for lang, y in langs_y.value.items():
        if lang == "\0dup":
            continue
        where = f"languages.{lang}"
        if lang not in ROLE_LANGS:
            ck.add(y.line, where, f"unknown language {lang!r} (allowed: {', '.join(ROLE_LANGS)})")
            continue
        m = ck.mapping(y, where, ("unit", "window", "buyer_window"), (*_LIST_FIELDS, "note"))
        if m is None:
            continue
        langs.append(lang)
        chars = ck.choice(m, "unit", where, _UNITS, "words") == "chars"
        reach = {"window": _count(ck, m, "window", where), "buyer_window": _count(ck, m, "buyer_window", where)}
        if "note" in m:
            ck.text(m, "note", where)
        for name in _LIST_FIELDS:
            if name not in m:
                continue
            items = m[name]
            if not isinstance(items.value, list):
                ck.add(items.line, f"{where}.{name}", "expected a list")
                continue
            for item in items.value:
                cue = _cue(ck, item, f"{where}.{name}", windowed=name not in _PLAIN_LISTS,
                           reaching=name in ("forward", "both"))
                if cue is None:
                    continue
                src, window, line, to_end = cue
                count += 1
                if name in _PLAIN_LISTS:
                    plain[name].append((src, line))
                else:
                    fwd, bwd = (_TRIGGER_LISTS | _BUYER_LISTS)[name]
                    default = reach["buyer_window" if name in _BUYER_LISTS else "window"]
                    kind = "buyer" if name in _BUYER_LISTS else "negation"
                    key = (kind, fwd, bwd, default if window is None else window, chars, to_end)
                    groups.setdefault(key, []).append((src, line))
    issuer = _load_issuer(ck, top["issuer"]) if "issuer" in top else None
    if issuer is not None:
        count += issuer[1]
    if len(problems) > before:
        return None
    triggers: dict[str, list[_Trigger]] = {"negation": [], "buyer": []}
    for (kind, fwd, bwd, window, chars, to_end), cues in groups.items():
        gate = _gated(ck, cues, f"the {kind} cues", spans=True)
        if gate is not None:
            triggers[kind].append(_Trigger(gate, fwd, bwd, window, chars, to_end))
    every = [c for cues in groups.values() for c in cues]
    any_trigger = _gated(ck, every, "the trigger cues") if every else None
    compiled: dict[str, Any] = {name: _combine(ck, cues, "languages", f"the {name} cues") if cues else None
                                for name, cues in plain.items() if name not in _GATED}
    compiled.update({name: _gated(ck, plain[name], f"the {name} cues", spans=name in _SPANS) if plain[name] else None
                     for name in _GATED})
    if len(problems) > before:
        return None
    if issuer is not None and issuer[0] is None:
        return None
    return RoleCues(negation=tuple(triggers["negation"]), buyer=tuple(triggers["buyer"]), any_trigger=any_trigger,
                    issuer=issuer[0] if issuer else None, languages=tuple(langs), count=count, **compiled)


def _load_issuer(ck: Any, y: Any) -> tuple[_Issuer | None, int]:
    """The `issuer:` section: (compiled section or None after reporting, number of cues)."""
    where = "issuer"
    m = ck.mapping(y, where, ("lines", "suffix"), ("gap_words", "gap_chars", *_ISSUER_LISTS[1:], "note"))
    if m is None:
        return None, 0
    if "note" in m:
        ck.text(m, "note", where)
    nums = {k: _count(ck, m, k, where) for k in ("lines", "gap_words", "gap_chars")}
    lists: dict[str, re.Pattern[str] | None] = {}
    count = 0
    ok = True
    for name in _ISSUER_LISTS:
        if name not in m:
            lists[name] = None
            continue
        items = m[name]
        if not isinstance(items.value, list) or not items.value:
            ck.add(items.line, f"{where}.{name}", "expected a non-empty list")
            ok = False
            continue
        cues = []
        for item in items.value:
            cue = _cue(ck, item, f"{where}.{name}", windowed=False)
            if cue is None:
                ok = False
                continue
            cues.append((cue[0], cue[2]))
        count += len(cues)
        lists[name] = _combine(ck, cues, f"{where}.{name}", f"the {name} cues") if cues else None
        ok = ok and lists[name] is not None
    if not ok or lists.get("suffix") is None or nums["lines"] < 1:
        if nums["lines"] < 1 and "lines" in m:
            ck.add(m["lines"].line, f"{where}.lines", "expected a whole number >= 1")
        return None, count
    return _Issuer(lines=nums["lines"], gap_words=nums["gap_words"], gap_chars=nums["gap_chars"],
                   **lists), count  # type: ignore[arg-type]


def _count(ck: Any, m: dict[str, Any], key: str, where: str) -> int:
    y = m.get(key)
    if y is None:
        return 0
    if isinstance(y.value, bool) or not isinstance(y.value, int) or y.value < 0:
        ck.add(y.line, f"{where}.{key}", f"expected a whole number >= 0, got {y.value!r}")
        return 0
    return int(y.value)


def _cue(ck: Any, item: Any, where: str, windowed: bool, reaching: bool = False) -> tuple[str, int | None, int, bool] | None:
    """(regex source, window override or None, line, reach: sentence) of one list item, or None
    after reporting. `reach` is only allowed on forward-reaching negation triggers."""

    window = None
    to_end = False
    if isinstance(item.value, dict):
        allowed = (("window", "note", "reach") if reaching else ("window", "note")) if windowed else ("note",)
        m = ck.mapping(item, where, ("cue",), allowed)
        if m is None or "cue" not in m:
            return None
        if "window" in m:
            window = _count(ck, m, "window", where)
        if "reach" in m:
            to_end = ck.choice(m, "reach", where, _REACHES, "window") == "sentence"
        if "note" in m:
            ck.text(m, "note", where)
        src = ck.text(m, "cue", where)
        line = m["cue"].line
    elif isinstance(item.value, str) and item.value.strip():
        src, line = item.value, item.line
    else:
        ck.add(item.line, where, "expected a regex (text) or a mapping {cue: REGEX, window: N}")
        return None
    if not src:
        return None
    rx = _compile_regex(ck, src, line, where)
    if rx is None:
        return None
    if rx.search("") is not None:
        ck.add(line, where, f"{src!r} matches the empty string")
        return None
    return src, window, line, to_end


def _combine(ck: Any, cues: list[tuple[str, int]], where: str, what: str = "cues") -> re.Pattern[str] | None:
    """`_combined_source` of the cues, compiled; None, with the problem added, when they clash."""
    try:
        return re.compile(_combined_source(cues))
    except re.error as exc:  # each cue compiled alone: a clash such as a repeated group name
        ck.add(cues[0][1], where, f"{what} do not combine into one regex: {exc}")
        return None


def _combined_source(cues: list[tuple[str, int]]) -> str:
    """One regex for a list of cues, each kept off the inside of alphabetic words (_EDGE).

    Why three groups: Python's `re` tries the pattern at every position of the sentence, so what
    it checks first at each position is what it pays most for. A cue that can only start with a
    letter of an alphabetic script or a digit needs just "no such character before" (a one-character
    lookbehind that fails at once inside words); a cue that can only start with other characters
    (CJK, kana, hangul, brackets) needs no guard at its start, and a lookahead for its possible
    first characters skips every other position at once; anything else keeps the full guard.
    Each group shares its check, so its alternatives are tried only where one may start; the
    Latin group is further split by first letter (`_by_first_letter`), so at a word start only
    the cues that begin with its letter are tried (the offer cues of 17 languages, tried one by
    one at every word, cost twice as much).
    """
    latin, foreign, firsts, other = _classes(cues)
    parts = []
    if latin:
        parts.append(f"(?<!{_LW})(?:" + _by_first_letter(latin) + ")")
    if foreign:
        parts.append("(?=[" + "".join(re.escape(ch) for ch in sorted(firsts)) + "])(?:" + "|".join(f"(?:{s})" for s in foreign) + ")")
    if other:
        parts.append(f"{_EDGE}(?:" + "|".join(f"(?:{s})" for s in other) + ")")
    return "(?:" + "|".join(parts) + f"){_EDGE}"


#: The plain lists, asked "is there one?" or "where?" for sentence after sentence near mentions or
#: line after line above table rows: each behind a CueGate (extract.policy.gate), which compiles
#: only the cues whose literals a run meets (the pseudo-triggers alone were 6,800 characters of
#: regex to compile).
_GATED = _PLAIN_LISTS

#: The gated lists whose matches' places count (`CueGate.spans`): the others are only asked `any`.
_SPANS = ("pseudo", "termination")


def _gated(ck: Any, cues: list[tuple[str, int]], what: str, *, spans: bool = False) -> CueGate | None:
    """The cues behind a gate of their lead literals (extract.policy.gate); the cues with no usable
    literal combined (`_combine`) into the gate's `rest`. The gate joins cues into alternations
    of its own, so all of them are compiled once here as `_combine` would join them: a cue that
    cannot stand in one ("(?s)x", a group name used twice) is reported as in any other list.
    With `spans` (a trigger group, whose matches' places count), the cues are numbered in the
    combined regex's order and the gate keeps that regex (`whole`) for `CueGate.spans`."""
    from extract.policy.leads import lead_literals  # the regex reader: only when cues are compiled, not on a cache hit

    if spans:
        cues = _in_combined_order(cues)
    sources: list[str] = []
    table: dict[str, list[int]] = {}
    rest: list[tuple[str, int]] = []
    for src, line in cues:
        found = lead_literals(src, min_len=1, beyond_ascii=True)
        if usable_leads(found):
            for lead in sorted(found):  # type: ignore[arg-type]
                table.setdefault(lead, []).append(len(sources))
            sources.append(src)
        else:
            rest.append((src, line))
    whole = _combine(ck, cues, "languages", what)
    if whole is None:
        return None
    rest_rx = _combine(ck, rest, "languages", what) if rest else None
    return CueGate(tuple(sources), rest_rx, tuple((lead, tuple(numbers)) for lead, numbers in sorted(table.items())),
                   whole if spans else None)


def _classes(cues: list[tuple[str, int]]) -> tuple[list[str], list[str], set[str], list[str]]:
    """The cues' sources split as `_combined_source` groups them: (those that start with a word
    character of an alphabetic script, those that start with another character, the first
    characters of those, the rest)."""
    latin: list[str] = []
    foreign: list[str] = []
    firsts: set[str] = set()
    other: list[str] = []
    from extract.policy.leads import first_chars  # the regex reader: only when cues are compiled

    for src, _ in cues:
        chars = first_chars(src)
        if chars is not None and all(_IS_LW.fullmatch(ch) for ch in chars):
            latin.append(src)
        elif chars is not None and not any(_IS_LW.fullmatch(ch) for ch in chars):
            foreign.append(src)
            firsts |= chars
        else:
            other.append(src)
    return latin, foreign, firsts, other


def _in_combined_order(cues: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """The cues in the order `_combined_source` tries them at a position where they may all
    start: the Latin ones grouped under their first letter, then the other Latin ones, the
    foreign ones, the rest. (At one position only one letter's group can match, so the order
    among the groups does not matter.) Combining this list gives the same regex."""
    latin, foreign, _firsts, other = _classes(cues)
    by, whole = _letter_groups(latin)
    line: dict[str, int] = {}
    for src, ln in cues:
        line.setdefault(src, ln)
    return [(src, line[src]) for src in [s for group in by.values() for s in group] + whole + foreign + other]


def _by_first_letter(srcs: list[str]) -> str:
    """One alternation of `srcs` that matches what "|".join(srcs) matches: the cues that start
    with a plain letter are grouped under it, "a(?:bc|de)" for "abc" and "ade"; the others
    (a class, a group, an escape, a quantified first letter, a top-level "|") stay whole."""
    by, whole = _letter_groups(srcs)
    parts = [re.escape(ch) + "(?:" + "|".join(f"(?:{src[1:]})" for src in group) + ")" for ch, group in by.items()]
    return "|".join(parts + [f"(?:{s})" for s in whole])


def _letter_groups(srcs: list[str]) -> tuple[dict[str, list[str]], list[str]]:
    """`srcs` split as `_by_first_letter` joins them: first letter -> the cues that start with it
    as a plain letter, in order; and the others, in order."""
    by: dict[str, list[str]] = {}
    whole: list[str] = []
    for src in srcs:
        if _IS_LW.fullmatch(src[:1]) and src[1:2] not in ("?", "*", "+", "{") and not _top_level_bar(src):
            by.setdefault(src[0], []).append(src)
        else:
            whole.append(src)
    return by, whole


def _top_level_bar(src: str) -> bool:
    """Does the regex `src` hold a "|" outside any group ("inga|inget")?"""
    depth = 0
    i = 0
    in_class = False
    while i < len(src):
        ch = src[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            if ch == "]":
                in_class = False
        elif ch == "[":
            in_class = True
            if src[i + 1 : i + 2] == "^":
                i += 1
            if src[i + 1 : i + 2] == "]":
                i += 1  # "[]...]": a "]" first in a class is a literal
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            return True
        i += 1
    return False


