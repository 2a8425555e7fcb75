"""A regex kept as its source and compiled the first time it is used.

Why: a fresh `tender-triage scan` used to compile every regex of the policy before reading a
page: the role cues' combined regexes (~90,000 characters of source), the guards', the anchored
model-number patterns. Many runs never need most of them (a document with no vendor or equipment
mention never asks for a role, a model-number pattern runs only where one of its lead literals
stands). What the matcher calls (search, match, fullmatch, finditer, findall, sub) and `pattern`
behave as on the compiled pattern (`flags` holds the flags given, not the ones `re` adds). Every source given here has been compiled once
already (when the policy was checked, or when the cache entry holding it was written under the
same Python, extract.policy.cache), so deferring the compile defers no error. Pickled (to a
worker process) as its source, so the worker compiles only what it uses too.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["LazyPattern"]


class LazyPattern:
    """`re.compile(pattern, flags)`, done on first use."""

    __slots__ = ("_compiled", "flags", "pattern")

    def __init__(self, pattern: str, flags: int = 0):
        self.pattern = pattern
        self.flags = flags
        self._compiled: re.Pattern[str] | None = None

    def compiled(self) -> re.Pattern[str]:
        rx = self._compiled
        if rx is None:
            rx = self._compiled = re.compile(self.pattern, self.flags)
        return rx

    def search(self, *args: Any) -> re.Match[str] | None:
        return self.compiled().search(*args)

    def match(self, *args: Any) -> re.Match[str] | None:
        return self.compiled().match(*args)

    def fullmatch(self, *args: Any) -> re.Match[str] | None:
        return self.compiled().fullmatch(*args)

    def finditer(self, *args: Any) -> Any:
        return self.compiled().finditer(*args)

    def findall(self, *args: Any) -> list[Any]:
        return self.compiled().findall(*args)

    def sub(self, *args: Any) -> str:
        return self.compiled().sub(*args)

    def __reduce__(self) -> tuple[Any, tuple[str, int]]:
        return LazyPattern, (self.pattern, self.flags)

    def __repr__(self) -> str:
        state = "compiled" if self._compiled is not None else "not compiled yet"
        return f"LazyPattern({self.pattern[:40]!r}..., {state})"


class EndGuarded:
    """`re.compile("(?:" + pattern + ")" + guard)`, matched without compiling the guarded form
    unless it is needed: the bare pattern's match is the guarded one's whenever `inside(text,
    end)` says its end is not inside a word (the guard only removes readings, and `re` tries them
    in the same order); only a match that ends inside a word asks the guarded regex, which may find
    a shorter reading. Both forms compiled on first use.

    Why: the role cues (extract.policy.gate, guard: not between two letters of an alphabetic
    script) and the purchase cues (extract.model.features, guard: `(?!\\w)`) run hundreds of
    small regexes each; compiling every one with its guard was a sizeable part of start-up (the
    role cues' guard class alone costs a third of a millisecond per compile)."""

    __slots__ = ("_bare", "_guarded", "guard", "inside", "pattern")

    def __init__(self, pattern: str, guard: str, inside: Any):
        self.pattern = pattern
        self.guard = guard
        self.inside = inside  # (text, end) -> does a match ending at `end` end inside a word?
        self._bare: re.Pattern[str] | None = None
        self._guarded: re.Pattern[str] | None = None

    def match(self, text: str, pos: int) -> re.Match[str] | None:
        rx = self._bare
        if rx is None:
            rx = self._bare = re.compile(self.pattern)
        m = rx.match(text, pos)
        if m is None or not self.inside(text, m.end()):
            return m
        rx = self._guarded
        if rx is None:
            rx = self._guarded = re.compile(f"(?:{self.pattern}){self.guard}")
        return rx.match(text, pos)
