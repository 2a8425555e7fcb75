"""Questions the stages ask of a page's whole text, answered in one pass: which white space it
holds and its longest run (extract.normalize, the clause markers of extract.model.features), and
its longest run of digits (the CPV codes of extract.policy.codes).

Why a module of its own: the answers are the same questions for three stages, and each was a row
of substring tests or a regex that tries every position (about 10-25 ns a character; in C about
one, extract/_text.c). The C extension is optional (setup.py); without it, or with
TENDER_TRIAGE_TEXT=python, the Python below gives the same answers (tests/test_textscan.py).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from extract.settings import optional_extension

__all__ = ["longest_digit_run", "other_spaces", "spaces", "text_engine"]

def other_spaces() -> str:
    """Every white space character but the plain space, in code point order (none lies above
    U+3000): what `spaces` may report. Worked out when asked (the Python answers, the tests), not at
    every start."""
    return "".join(c for c in map(chr, range(0x3001)) if c.isspace() and c != " ")

_SPACE_RUN = re.compile(r"\s+")
_DIGIT_RUN = re.compile(r"\d+")


def _python_spaces(text: str) -> tuple[str, int]:
    """(the white space characters of `text` other than " ", each once, in code point order; the
    length of its longest run of white space)."""
    present = "".join(c for c in _other_spaces() if c in text)
    return present, max((m.end() - m.start() for m in _SPACE_RUN.finditer(text)), default=0)


def _python_longest_digit_run(text: str) -> int:
    """The length of the longest run of decimal digits (re's \\d of a str pattern) in `text`."""
    return max((m.end() - m.start() for m in _DIGIT_RUN.finditer(text)), default=0)


_other_spaces = functools.lru_cache(maxsize=1)(other_spaces)
_native = optional_extension("extract._text", "TENDER_TRIAGE_TEXT")

spaces: Callable[[str], tuple[str, int]] = getattr(_native, "spaces", _python_spaces)
longest_digit_run: Callable[[str], int] = getattr(_native, "longest_digit_run", _python_longest_digit_run)


def text_engine() -> str:
    """"c" when the answers come from extract._text, else "python"."""
    return "python" if _native is None else "c"
