"""Cutting words back to a stem, for the languages inflection.tsv lists.

Why: in most of the EU's languages a noun phrase changes its endings with its role in the
sentence. The CPV labels and the policy's terms are written in the nominative ("komputery
przenośne", "tietokone", "számítógép"), but a tender buys "komputerów przenośnych", asks for
"tietokoneita", lists "számítógépeket". Exact matching sees none of them, and the evidence the
model and the rules weigh is lost exactly where a language inflects.

How: a light stemmer, the same for the term and the page. A word loses the longest ending of its
language's list that leaves at least `min_stem` characters; a term matches when its cut words
meet, in order, the cut words of the page. No dictionary, no lemmatiser: the lists are short,
written down with their grammar source in inflection.tsv, and data staff can extend them
without touching code. Stem changes inside the word (Polish "sieć"/"sieci", Finnish consonant
gradation, Bulgarian vowel loss) are not followed: such a form is missed, as it is today, rather
than guessed.

Only words made of letters are cut; a term with a digit, hyphen or other punctuation keeps to
exact matching (model numbers and "wi-fi" must not stretch).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from extract.policy.check import _label_key, _norm_key
from extract.policy.types import Category, CpvTerm, Guard, Inflection, TermInfo, spelling_forms

__all__ = ["Stemmer", "stem_key", "cut_keys", "cut_terms", "terms_of_cut_keys", "WORD"]

#: A word as the stemmer sees it: a run of letters (no digits, no underscore), apostrophes between
#: letters included: Ukrainian writes one inside words ("комп’ютерного", "об'єкт"), with U+2019,
#: U+0027 or U+02BC (a letter already), and cutting there would split a word in two.
WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)*")


#: Words a stemmer remembers before it starts afresh: a bound on a long-lived worker's memory
#: (a hostile document can hold any number of distinct words), far above a batch's vocabulary.
MEMO_LIMIT = 200_000


class Stemmer:
    """The stemmer of one language. Remembers the words it has cut (up to MEMO_LIMIT): a page
    repeats its words, and a batch its vocabulary."""

    __slots__ = ("inflection", "_memo", "_by_length")

    def __init__(self, inflection: Inflection):
        self.inflection = inflection
        self._memo: dict[str, str] = {}
        by_length: dict[int, set[str]] = {}
        for e in inflection.endings:
            by_length.setdefault(len(e), set()).add(e)
        # longest first: the first ending that fits (and leaves a long enough stem) wins
        self._by_length = tuple(sorted(((n, frozenset(s)) for n, s in by_length.items()), reverse=True))

    def stem(self, word: str) -> str:
        """`word` (normalised: NFKC, case-folded) without its longest listed ending."""
        got = self._memo.get(word)
        if got is not None:
            return got
        out = word
        room = len(word) - self.inflection.min_stem
        for n, endings in self._by_length:
            if n <= room and word[-n:] in endings:
                out = word[:-n]
                break
        if len(self._memo) >= MEMO_LIMIT:
            self._memo.clear()
        self._memo[word] = out
        return out


def stem_key(key: str, stemmer: Stemmer) -> str | None:
    """The cut form of a normalised term key ("komputery przenośne" -> "komputer przenośn"), or
    None when the term is not made of whole words of letters separated by single spaces."""
    words = key.split(" ")
    if not words or not all(WORD.fullmatch(w) for w in words):
        return None
    return " ".join(stemmer.stem(w) for w in words)


def cut_terms(stemmer: Stemmer, categories: Iterable[Category], cpv_terms: Iterable[CpvTerm],
              terms: dict[str, tuple[TermInfo, ...]], guards: Iterable[Guard]) -> dict[str, tuple[TermInfo, ...]]:
    """The cut form of each equipment term of the stemmer's language (categories.yaml and CPV
    labels) -> what the exact key stands for in `terms` (`cut_keys`, then `terms_of_cut_keys`)."""
    return terms_of_cut_keys(cut_keys(stemmer, categories, cpv_terms, terms, guards), terms)


def terms_of_cut_keys(keys_by_cut: dict[str, tuple[str, ...]], terms: dict[str, tuple[TermInfo, ...]]) -> dict[str, tuple[TermInfo, ...]]:
    """Cut form -> the equipment TermInfos of its exact keys, in the keys' order, each once."""
    out: dict[str, tuple[TermInfo, ...]] = {}
    for cut, keys in keys_by_cut.items():
        lst: list[TermInfo] = []
        for key in keys:
            lst.extend(i for i in terms.get(key, ()) if i.kind == "equipment" and i not in lst)
        out[cut] = tuple(lst)
    return out


def cut_keys(stemmer: Stemmer, categories: Iterable[Category], cpv_terms: Iterable[CpvTerm],
             terms: dict[str, tuple[TermInfo, ...]], guards: Iterable[Guard]) -> dict[str, tuple[str, ...]]:
    """The cut form of each equipment term of the stemmer's language (categories.yaml and CPV
    labels) -> the exact keys of `terms` it stands for, in the order met, so an inflected match
    reports the same term, category and source as an exact one. Kept in the policy's disk cache
    (extract.policy.cache) for every language, and read from it per language when a page first
    needs one (building all fifteen took a tenth of a second, which start-up should not pay for
    an English batch). Only equipment terms: names of vendors and guard phrases keep to exact
    matching.

    The English terms of categories.yaml join every language's table, cut by that language's
    endings: ICT vocabulary is borrowed and then inflected ("laptopów", "routerů", "laptopuri",
    "firewallit"). Not a term a category guard names (`tablet`): a word that needs a guard in
    English is too ambiguous to stretch into languages the guard's wording does not cover. Nor
    an English term with a word of `min_stem` letters (at least four) or fewer: those are acronyms ("siem",
    "nvr", "cctv"), which take no endings, and whose letters end longer words once those are cut
    ("siemens" less a Swedish "-ens" is "siem")."""
    lang = stemmer.inflection.lang
    guarded = {t for g in guards if g.category is not None for t in g.terms}
    out: dict[str, list[str]] = {}

    def add(key: str) -> None:
        if key in guarded or not any(i.kind == "equipment" for i in terms.get(key, ())):
            return
        cut = stem_key(key, stemmer)
        if cut is None:
            return
        lst = out.setdefault(cut, [])
        if key not in lst:
            lst.append(key)

    # English acronyms run to four letters (siem, cctv, gpon) whatever a language's shortest stem:
    # a language that cuts to three (Russian) still leaves them out
    shortest = max(stemmer.inflection.min_stem, 4) + 1
    for cat in categories:
        for term_lang, names in cat.terms:
            if term_lang == lang:
                for n in names:
                    for form in spelling_forms(n, lang):
                        add(_norm_key(form))
            elif term_lang == "en":
                for n in names:
                    key = _norm_key(n)
                    if all(len(w) >= shortest for w in key.split(" ")):
                        add(key)
    for ct in cpv_terms:
        if ct.lang == lang:
            add(_label_key(ct.term))
    return {k: tuple(v) for k, v in out.items()}
