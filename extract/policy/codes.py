"""Which eight-digit numbers of a text are CPV codes.

Both the policy's code matcher (extract.mentions: a code the policy lists is category evidence)
and the model's `other_codes` column (extract.model.features: codes of anything else) ask this, and
must answer alike, so the rule lives here, below both.

A number is a CPV code when the CPV 2008 main vocabulary has it (data/cpv_codes.tsv) and the text
writes it as one: with its check digit ("72000000-5"), within CPV_LABEL_REACH characters after a
CPV label ("CPV", "code CPV", "CPV-koodi", Ukraine's "ДК 021:2015"), or within CPV_LIST_REACH
characters after another number so written (a list or table of codes under one label).

Why the writing matters: eight digits are not all CPV codes, and outside the EU they seldom are.
UNSPSC, the classification of US, UN, Canadian and Australian buyers, also has eight digits, and
its segments share numbers with the CPV's divisions: UNSPSC 43 (IT) is the CPV's mining and
construction machinery, UNSPSC 72 (building and facility maintenance services) is the CPV's IT
services, so 72100000 is building maintenance to a US buyer and hardware consultancy to an EU one.
Order numbers, account numbers and e-invoicing routing ids have the same shape as well.
"""

from __future__ import annotations

import bisect
import functools
import re

from extract.textscan import longest_digit_run

#: An eight-digit number in a CPV division (the first two digits), with or without check digit, that
#: is not part of a longer number (a nine-digit company register number, a phone number) nor an
#: amount or a path. The check for what stands before comes after the division's two digits
#: ("DD(?<!XDD)" is "(?<!X)DD"): a regex that starts with digits lets `re` skip in C to the next
#: digit, one that starts with a look-behind is tried at every character of every page.
CPV_SHAPE = re.compile(r"(?:0[39]|1[4-9]|2[24]|3[0-9]|4[1-58]|5[015]|6[03-6]|7[0-35-79]|8[05]|9[028])(?<![\d.,/-]\d\d)"
                       r"\d{6}(?:-\d)?(?!\d|[.,/]\d)")

#: Where a text says that its numbers are CPV codes: the abbreviation, which every EU language
#: writes ("CPV code", "code CPV", "CPV-Code", "kod CPV", "CPV-koodi"), and Ukraine's ДК 021:2015,
#: the CPV under its national name. Not inside a word: CPVC is a plastic pipe.
CPV_LABEL = re.compile(r"(?<![^\W\d_])(?:cpv|дк\s?021)(?![^\W\d_])", re.IGNORECASE)

#: How far before a number its CPV label may stand (a label and the first code of its field),
#: and how far a code may follow a written one (a list or table of codes under one label).
CPV_LABEL_REACH = 300
CPV_LIST_REACH = 120


@functools.lru_cache(maxsize=1)
def cpv_vocabulary() -> frozenset[str]:
    """The 9,454 codes of the CPV 2008 main vocabulary (data/cpv_codes.tsv, 8 digits).

    Why: by shape alone, an order number, an account number or an e-invoicing routing id
    ("Leitweg-ID 09184000-...") read as a CPV code; a number is a code when the CPV has it. Read
    from the package, not from a policy folder given with --policy: the vocabulary is a standard,
    not a policy choice.
    """
    from importlib.resources import files

    text = files("extract.policy").joinpath("data/cpv_codes.tsv").read_text(encoding="utf-8")
    return frozenset(ln for ln in text.splitlines() if len(ln) == 8 and ln.isdigit())


def written_cpv_codes(text: str) -> list[tuple[int, int, str]]:
    """(start, end, 8 digits) of every number in `text` that is a CPV code (module docstring):
    in the vocabulary and written as a code. Labels are searched only when a number needs one."""
    if longest_digit_run(text) < 8:
        return []  # a code is eight digits in a row (CPV_SHAPE): one pass tells most pages have none
    vocab = cpv_vocabulary()
    labels: list[int] | None = None
    out: list[tuple[int, int, str]] = []
    last: int | None = None
    for m in CPV_SHAPE.finditer(text):
        digits = m.group()[:8]
        if digits not in vocab:
            continue
        start = m.start()
        written = "-" in m.group() or (last is not None and start - last <= CPV_LIST_REACH)
        if not written:
            if labels is None:
                labels = [x.end() for x in CPV_LABEL.finditer(text)]
            i = bisect.bisect_right(labels, start)
            written = bool(i) and start - labels[i - 1] <= CPV_LABEL_REACH
        if written:
            last = m.end()
            out.append((start, m.end(), digits))
    return out
