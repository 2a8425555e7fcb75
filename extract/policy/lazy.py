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
