"""The policy's data types: what a validated policy holds (entities, categories, codes, guards,
regimes) and the constants its files are checked against. Frozen dataclasses (and two named
tuples, TermInfo and CpvTerm), no behaviour."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple


POLICY_FILES = ("regimes.yaml", "entities.yaml", "categories.yaml", "guards.yaml", "cpv.tsv", "cpv_terms.tsv", "roles.yaml",
                "inflection.tsv", "zh_variants.tsv")


SCRIPTS = ("latin", "zh_hans", "zh_hant", "ja", "ko", "other")


COMPANY_KINDS = ("subsidiary", "brand")


STATUSES = ("covered", "likely", "unclear", "divested")


PATTERN_KINDS = ("model_number", "product_line", "brand")


CONTEXTS = ("none", "vendor", "category", "vendor_or_category")


# The languages of the CPV labels (cpv_terms.tsv; the eForms SDK's 23 EU languages, Irish left out).
CPV_LANGS = ("bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "hr", "hu", "it", "lt", "lv", "mt", "nl", "pl",
             "pt", "ro", "sk", "sl", "sv")

# Languages of national editions of the CPV whose labels cpv_terms.tsv also holds: Ukraine's
# ДК 021:2015 is the CPV (same codes) with Ukrainian labels, and Ukrainian notices quote them.
NATIONAL_CPV_LANGS = ("uk",)

# Every language a row of cpv_terms.tsv may have.
CPV_LABEL_LANGS = CPV_LANGS + NATIONAL_CPV_LANGS

# Apostrophes Ukrainian writes interchangeably inside words: U+2019 (as ДК 021 and the policy write
# them), U+02BC (the orthography's own letter apostrophe) and U+0027 (the keyboard's).
APOSTROPHES = ("\u2019", "\u02bc", "'")


def spelling_forms(term: str, lang: str) -> tuple[str, ...]:
    """`term` as the policy writes it, then, for Ukrainian, with each other apostrophe.

    Why: the normaliser keeps the three apostrophes apart (folding them would change every
    language's text), so "послуги мобільного зв’язку" would never meet a page that types
    "зв'язку". Each form becomes its own key of the matcher, reporting the written term.
    """
    if lang != "uk" or APOSTROPHES[0] not in term:
        return (term,)
    return tuple(term.replace(APOSTROPHES[0], a) for a in APOSTROPHES)


# Term languages of categories.yaml: the policy's own languages (Ukrainian for ДК 021:2015's labels and
# their inflection), then every CPV language, then `other`.
LANGS = ("en", "ja", "zh", "ko", "de", "fr", "es", "pt", "vi", "no", "ru", "uk") + tuple(
    lang for lang in CPV_LANGS if lang not in ("en", "de", "fr", "es", "pt")) + ("th", "ar", "tr", "id", "other",)


# in: finding the category is in-scope evidence on its own (the rules-only path flags it);
# context: recorded and shown, a feature for the model, but never a flag on its own.
SCOPES = ("in", "context")


_ID = re.compile(r"^[a-z][a-z0-9_]*$")


@dataclass(frozen=True, slots=True)
class Regime:
    """A procurement regime of regimes.yaml (its instrument, date, scope, source): the reason an
    entity or category is on the list, cited in every flag it raises."""

    key: str
    jurisdiction: str
    instrument: str
    date: str
    scope: str
    names_entities: bool
    source: str
    note: str = ""


@dataclass(frozen=True, slots=True)
class Company:
    """A subsidiary or brand of a restricted entity (entities.yaml `companies`), with its status:
    a divested company's names are still found, but reported without the entity."""

    name: str
    kind: str  # subsidiary | brand
    status: str  # covered | likely | unclear | divested
    aliases: tuple[str, ...]
    date: str | None = None
    note: str = ""

    @property
    def divested(self) -> bool:
        return self.status == "divested"


@dataclass(frozen=True, slots=True)
class ProductLine:
    """A product line of a restricted entity (entities.yaml `product_lines`): its aliases name the
    entity, and its category says what kind of equipment it is."""

    name: str
    category: str | None
    aliases: tuple[str, ...]
    company: str | None = None


@dataclass(frozen=True, slots=True)
class Pattern:
    """A model-number (or product-line, brand) regex of an entity (entities.yaml `patterns`), with
    the examples and counter-examples the checker holds it to and the context it needs."""

    entity: str
    id: str
    what: str
    regex: str
    kind: str
    category: str | None
    context: str
    context_categories: tuple[str, ...]
    company: str | None
    examples: tuple[str, ...]
    counter_examples: tuple[str, ...]

    @property
    def rule(self) -> str:
        return f"pattern:{self.entity}/{self.id}"


@dataclass(frozen=True, slots=True)
class Entity:
    """A restricted entity of entities.yaml: every name it goes by (per script), its companies,
    product lines and model-number patterns, and the regimes that list it."""

    id: str
    name: str
    legal_names: tuple[str, ...]
    aliases: tuple[tuple[str, tuple[str, ...]], ...]  # (script, names)
    exact_case: tuple[str, ...]
    regimes: tuple[str, ...]
    categories: tuple[str, ...]
    companies: tuple[Company, ...] = ()
    product_lines: tuple[ProductLine, ...] = ()
    patterns: tuple[Pattern, ...] = ()
    note: str = ""

    def company(self, name: str | None) -> Company | None:
        for c in self.companies:
            if c.name == name:
                return c
        return None


@dataclass(frozen=True, slots=True)
class Source:
    """A public source that carries some of a category's terms (categories.yaml `sources`)."""

    id: str
    cite: str
    terms: tuple[str, ...]
    url: str = ""


@dataclass(frozen=True, slots=True)
class Category:
    """An equipment or service category of categories.yaml: its terms per language, the sources that
    carry them, the regimes it falls under, and its scope (in scope on its own, or context)."""

    id: str
    name: str
    regimes: tuple[str, ...]
    terms: tuple[tuple[str, tuple[str, ...]], ...]  # (lang, terms)
    note: str = ""
    scope: str = "in"  # in | context (SCOPES)
    sources: tuple[Source, ...] = ()
    unsourced: tuple[str, ...] = ()  # terms written before sources were required, awaiting one

    def source_of(self, term: str) -> Source | None:
        """The first source that cites `term` (as written), or None."""
        for src in self.sources:
            if term in src.terms:
                return src
        return None


#: Stands for the mention in a guard's `around` regex (written `<name>` in guards.yaml) and in the
#: text it is matched on: a private-use character no page holds (extract.mentions removes any).
GUARD_MARK = "\ue000"


GUARD_NAME = "<name>"


ANY_ENTITY = "any"  # a guard's `entity` when it protects every entity (a name used as a place)


@dataclass(frozen=True, slots=True)
class Guard:
    """A trap of guards.yaml: a phrase or context in which a name is not the entity (a place, a
    person, a news citation) or an equipment term is not the equipment; matched mentions it
    covers are dropped."""

    id: str
    entity: str  # an entity id, or ANY_ENTITY
    phrases: tuple[str, ...]
    before: re.Pattern[str] | None
    after: re.Pattern[str] | None
    examples: tuple[str, ...]
    note: str = ""
    around: re.Pattern[str] | None = None  # must match across the mention (GUARD_MARK where it stands)
    counter_examples: tuple[str, ...] = ()  # texts in which the entity must still be found
    anchors: tuple[str, ...] = ()  # normalised: the regexes run only when one stands in the window
    category: str | None = None  # a category guard: drops these `terms` of this category (entity "")
    terms: tuple[str, ...] = ()  # normalised: the category terms a category guard may drop

    def covers(self, entity: str | None) -> bool:
        return self.category is None and entity is not None and (self.entity == entity or self.entity == ANY_ENTITY)

    def traps(self, entity: str | None, category: str | None) -> bool:
        """Whether a mention of `entity` (or, with none, an equipment term of `category`) is what
        this guard may drop."""
        if self.category is not None:
            return entity is None and category == self.category
        return self.covers(entity)


@dataclass(frozen=True, slots=True)
class CpvCode:
    """One row of cpv.tsv: a CPV code the policy knows, its category and tier (what a notice that
    carries it is evidence of)."""

    code: str  # with check digit, e.g. 32412100-5
    category: str
    tier: str
    label: str


class CpvTerm(NamedTuple):
    """One row of cpv_terms.tsv: a CPV label (or a variant of it) as a term of the code's category.
    A named tuple, like TermInfo and for the same reason: every start rebuilds the 21,000 rows
    from the policy cache."""

    code: str  # 8 digits
    lang: str
    term: str
    category: str

    @property
    def rule(self) -> str:
        return f"cpv-label:{self.code}"

    def as_term(self) -> TermInfo:
        """The terms table's entry for this label (extract.policy.load `_collect_terms`): an
        equipment term of the code's category whose name carries the code ("pakiety
        oprogramowania [cpv-label:48000000]"), `source` the bare rule. The policy cache
        (extract.policy.cache) stores such an entry as the row's number and rebuilds it here."""
        rule = "cpv-label:" + self.code
        return TermInfo("equipment", None, f"{self.term} [{rule}]", self.category, None, False, False, None, rule)


#: The OpenCC configurations zh_variants.tsv may name (scripts/build_zh_variants.py): those that
#: write a simplified term in traditional characters, then those that go the other way.
ZH_TO_TRADITIONAL = ("s2t", "s2hk", "s2twp")
ZH_TO_SIMPLIFIED = ("t2s", "tw2sp")
ZH_CONFIGS = ZH_TO_TRADITIONAL + ZH_TO_SIMPLIFIED


@dataclass(frozen=True, slots=True)
class ZhVariant:
    """One row of zh_variants.tsv: a zh term of categories.yaml in another Chinese script form
    (服务器 -> 服務器), converted by OpenCC with `config`. Matched as a term of `category` whose
    rule names the cited term and the conversion, so a reviewer sees where the form came from."""

    term: str
    variant: str
    config: str
    category: str

    @property
    def rule(self) -> str:
        return f"opencc:{self.config}"


@dataclass(frozen=True, slots=True)
class Inflection:
    """One row of inflection.tsv: how far a word of `lang` may be cut back to meet a term.

    Why: in Polish, Czech, Finnish, Hungarian and the other languages listed there, a term the
    policy holds in the nominative ("komputery przenośne", a CPV label) is written in another case
    in most sentences that buy it ("dostawa komputerów przenośnych"), so an exact match never
    sees it. Both the term and the page's words lose their longest listed ending, keeping at
    least `min_stem` characters, and the term matches when the cut words meet in order.
    """

    lang: str
    min_stem: int
    letters: frozenset[str]  # a page holding none of these is not cut for this language (a cheap gate)
    endings: tuple[str, ...]  # longest first
    source: str
    line: int = 0


class TermInfo(NamedTuple):
    """What one normalised key in the automaton stands for (a key may stand for several).

    A named tuple, where the other policy types are frozen dataclasses: every start builds the
    23,000 of them the terms table holds (from the policy cache, extract.policy.cache), and a
    tuple is built several times faster than a frozen dataclass (0.012-0.016 s against
    0.035-0.07 s for all of them on this machine). Immutable all the same, and compared and
    hashed by its fields."""

    kind: str  # vendor | subsidiary | brand | product_line | equipment | guard
    entity: str | None  # the entity it belongs to (for guards: the entity it protects)
    name: str  # the alias or term as written in the policy
    category: str | None = None
    company: str | None = None  # company name for subsidiary/brand/product_line
    divested: bool = False
    exact_case: bool = False
    guard: str | None = None
    source: str | None = None  # where an equipment term comes from when not categories.yaml: "cpv-label:48000000"
