"""Reading policy files so that every problem is reported, not just the first.

The policy is data that staff edit by hand, so a bad edit must fail loudly and precisely before
any document is read: YAML is read with line numbers kept on every node (`_Y`), and `_Checker`
collects each problem as `file:line: field: problem`; unknown fields are rejected, so a typo
("aliasses") cannot silently drop a list of names."""

from __future__ import annotations

import datetime as _dt
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from extract.normalize import fold, normalize
from extract.policy.types import _ID

if TYPE_CHECKING:
    import yaml

# PyYAML is imported when a file is first read: a scan whose policy comes from the disk cache
# (extract.policy.cache) reads no YAML, and importing the parser was a fiftieth of its start-up.


class _Y:
    """A YAML value with the line it started on (1-based)."""

    __slots__ = ("value", "line")

    def __init__(self, value: Any, line: int):
        self.value = value
        self.line = line


def _walk(node: yaml.Node, loader: yaml.SafeLoader) -> _Y:
    import yaml

    line = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        d: dict[str, _Y] = {}
        keys: dict[str, int] = {}
        for k, v in node.value:
            # keys stay as written: YAML 1.1 would read the language key `no` as False
            key = k.value if isinstance(k, yaml.ScalarNode) else str(loader.construct_object(k, deep=True))
            if key in d:
                d.setdefault("\0dup", _Y([], line)).value.append((key, k.start_mark.line + 1))
            d[key] = _walk(v, loader)
            keys[key] = k.start_mark.line + 1
        return _Y(d, line)
    if isinstance(node, yaml.SequenceNode):
        return _Y([_walk(v, loader) for v in node.value], line)
    return _Y(loader.construct_object(node, deep=True), line)


def _load_yaml(path: Path, problems: list[str]) -> _Y | None:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        problems.append(f"{path.name}:0: file: cannot read ({exc.strerror or exc})")
        return None
    import yaml

    # libyaml's loader is ~10x faster than the pure-Python one and keeps start marks too.
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)(text)
    try:
        node = loader.get_single_node()
        if node is None:
            problems.append(f"{path.name}:1: file: empty")
            return None
        return _walk(node, loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else 0
        problems.append(f"{path.name}:{line}: yaml: {getattr(exc, 'problem', None) or exc}")
        return None
    finally:
        loader.dispose()


class _Checker:
    """Collects `file:line: field: problem` messages while reading one file."""

    def __init__(self, fname: str, problems: list[str]):
        self.fname = fname
        self.problems = problems

    def add(self, line: int, fieldname: str, problem: str) -> None:
        self.problems.append(f"{self.fname}:{line}: {fieldname}: {problem}")

    def mapping(self, y: _Y, where: str, required: tuple[str, ...], optional: tuple[str, ...]) -> dict[str, _Y] | None:
        if not isinstance(y.value, dict):
            self.add(y.line, where, "expected a mapping")
            return None
        d = y.value
        for key, line in d.get("\0dup", _Y([], 0)).value:
            self.add(line, f"{where}.{key}", "duplicate key")
        for key, v in d.items():
            if key == "\0dup":
                continue
            if key not in required and key not in optional:
                self.add(v.line, f"{where}.{key}", f"unknown field (allowed: {', '.join(required + optional)})")
        for key in required:
            if key not in d:
                self.add(y.line, f"{where}.{key}", "missing")
        return d

    def text(self, d: dict[str, _Y], key: str, where: str, default: str | None = None) -> str | None:
        y = d.get(key)
        if y is None:
            return default
        v = y.value
        if isinstance(v, (_dt.date,)):
            return v.isoformat()
        if v is None or isinstance(v, (dict, list)) or (isinstance(v, str) and not v.strip()):
            self.add(y.line, f"{where}.{key}", "expected non-empty text")
            return default
        return str(v)

    def items(self, d: dict[str, _Y], key: str, where: str) -> list[_Y]:
        """The items of an optional list field (none when absent; reported when not a list)."""
        y = d.get(key)
        if y is None or y.value is None:
            return []
        if not isinstance(y.value, list):
            self.add(y.line, f"{where}.{key}", "expected a list")
            return []
        return y.value

    def strings(self, d: dict[str, _Y], key: str, where: str) -> list[tuple[str, int]]:
        out = []
        for item in self.items(d, key, where):
            if isinstance(item.value, (dict, list)) or item.value is None:
                self.add(item.line, f"{where}.{key}", "expected text items")
                continue
            out.append((str(item.value), item.line))
        return out

    def identifier(self, d: dict[str, _Y], key: str, where: str, seen: Any) -> None:
        """An id field: lower snake case, and not one of `seen` (the ids read before it)."""
        value = str(d[key].value)
        if value and not _ID.match(value):
            self.add(d[key].line, f"{where}.{key}", "use lower snake case")
        if value in seen:
            self.add(d[key].line, f"{where}.{key}", f"duplicate {key}")

    def date(self, d: dict[str, _Y], key: str, where: str) -> str | None:
        y = d.get(key)
        if y is None:
            return None
        v = y.value
        if isinstance(v, _dt.date):
            return v.isoformat()
        if isinstance(v, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
            try:
                _dt.date.fromisoformat(v)
                return v
            except ValueError:
                pass
        self.add(y.line, f"{where}.{key}", f"not an ISO date (YYYY-MM-DD): {v!r}")
        return None

    def choice(self, d: dict[str, _Y], key: str, where: str, allowed: tuple[str, ...], default: str) -> str:
        y = d.get(key)
        if y is None:
            return default
        if y.value not in allowed:
            self.add(y.line, f"{where}.{key}", f"{y.value!r} is not one of {', '.join(allowed)}")
            return default
        return str(y.value)


def _norm_key(s: str) -> str:
    return normalize(s).text.strip()


_NEEDS_FULL_NORMALIZE = re.compile("[\r\n\u00ad\u200b-\u200d\u2060\ufeff]")


def _label_key(s: str) -> str:
    """The matching key of a one-line label, as `_norm_key` gives it, twenty times cheaper.

    Without line breaks or zero-width characters, the normaliser's work on a label reduces to
    NFKC + case folding (`fold`) and folding whitespace runs, and `fold` skips the offset map
    the matcher needs for pages but keys do not. Twenty thousand CPV labels load in ~0.03 s
    instead of ~0.5 s; tests/test_policy.py checks that both give the same key for every row.
    """
    if _NEEDS_FULL_NORMALIZE.search(s):
        return _norm_key(s)
    return " ".join(fold(s).split())


def _compile_regex(ck: _Checker, src: str, line: int, where: str) -> re.Pattern[str] | None:
    try:
        rx = re.compile(src)
    except re.error as exc:
        ck.add(line, where, f"regex does not compile: {exc}")
        return None
    if re.search(r"[A-Z]", re.sub(r"\\.", "", src)):
        ck.add(line, where, "write regexes in lower case (they run on case-folded text)")
    return rx
