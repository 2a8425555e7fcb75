"""Load a trained model safely, and the verdict rules that turn its score and the mentions into
a Verdict.

A model directory holds `card.json`, `scorer.npz` (the fitted model as plain arrays, read by
extract.model.portable with numpy: no pickle, no scikit-learn import, so a one-file scan starts
fast) and `model.joblib` (the fitted scikit-learn objects, for retraining, inspection and the
tests that check the two agree). Loading (`load_model`) checks, before anything is read:

1. `card.json` exists and names the sha256 of `scorer.npz` and of `model.joblib`; both files'
   sha256 must match (a directory whose files are not all the trained ones is refused). A file
   that is not byte-for-byte the trained one is never opened; joblib runs code while loading, so
   `Model.full_stack()` checks the hash again right before unpickling.
2. The card's feature columns equal what `extract.model.features` computes now (and its
   monotone constraints are the ones the code promises), and its `feature_definition` (the
   revision of the masked text and the cue rows, extract.model.features.feature_definition) is
   this code's: otherwise the model would read the wrong numbers, or the right columns of a
   different reading. A card written before the field existed is taken as revision 1, the
   reading of its day; the first change to the reading bumps the revision and refuses it.
   Unpickling `model.joblib` additionally needs the card's scikit-learn version
   and joblib/numpy of the same major.minor (a pickle under another scikit-learn may predict
   differently); the arrays of `scorer.npz` do not depend on scikit-learn.

Every failure raises `ModelError` naming the file, the field, what was expected and what was found.
Models are only loaded from a directory the operator names or the one shipped with the package.

Verdict rules (`decide`; `rules_verdict` is the same with the model replaced by the mentions):

* score = calibrated P(needs review) from extract.model.stack; the model flags when score >= threshold.
* Restricted names are never cleared. A restricted entity that describes the purchase (not in a
  prohibition, not in clause boilerplate, not the buyer; extract.model.features.is_subject) flags
  the document whatever the score: restricted_vendor_named when it is offered (offered, quoted,
  supplied, awarded, installed, the incumbent; extract.mentions.roles), in_scope_ict otherwise.
  A pre-filter that lets an offered Huawei switch through has failed, however confident the model is.
* Restricted entities that appear only in prohibitions, clauses or as the buyer never make a
  document restricted_vendor_named; such a document is judged on what it buys (the score).
* ICT that is offered item by item is never cleared either: OFFERED_ITEMS or more in-scope
  equipment mentions that describe the purchase, read as offered and stand on a line item (a
  priced or counted table row or line) flag the document in_scope_ict whatever the score. Why: the
  text model scores wording, and in a language or script it has read little of (Russian, Korean,
  traditional Chinese) a contract whose table sells laptops and switches scored under 0.15; the
  items themselves are read in every language the policy has terms for.
* A language the text model has hardly read is judged by its evidence too: when under
  READ_FLOOR of the words the first stage reads are ones it knows (`extract.model.reading.
  reading_share`), an in-scope category found outside prohibitions and clauses flags the
  document in_scope_ict, as the rules-only path would. Why: there the text logit is the
  intercept, not a judgement (an Arabic tender for firewalls and switches scored 0.04), and a
  pre-filter must not clear a document for being written in a language its training lacked.
* `reasons` say which rule decided, the score against the threshold, and what moved the score.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from extract.errors import ModelError
from extract.model.features import (
    clause_context,
    compute,
    feature_columns,
    feature_definition,
    is_subject,
    monotone_constraints,
)
from extract.mentions.match import on_line_item
from extract.types import Document, Label, Mention, Role, Verdict, unreadable_verdict
from extract.model.portable import SCORER_FILE, PortableScorer
from extract.model.stack import TEXT_LOGIT

MODEL_FILE = "model.joblib"
CARD_FILE = "card.json"

R, I, O = Label.RESTRICTED.value, Label.IN_SCOPE.value, Label.OUT_OF_SCOPE.value

#: Model id recorded when the operator chose rules only (`--model rules`).
RULES_MODEL_ID = "rules"

# --------------------------------------------------------------------------- verdict rules


def restricted_subjects(doc: Document, mentions: Sequence[Mention],
                        flags: Sequence[bool] | None = None) -> tuple[list[str], list[str]]:
    """(offered, named): sorted entity ids of restricted entities that describe the purchase;
    `offered` those offered, supplied or awarded, `named` every one (offered included). `flags`:
    the mentions' clause context when the caller has it (`clause_context`, read once per document)."""
    flags = clause_context(doc, mentions) if flags is None else flags
    subject = [m for m, c in zip(mentions, flags) if m.entity and is_subject(m, c)]
    offered = sorted({m.entity for m in subject if m.role == Role.OFFERED.value})
    named = sorted({m.entity for m in subject})
    return offered, named


#: In-scope items offered that flag a document whatever its score (module doc). Three, not one:
#: a single offered term is often a specification's aside or a portal's wording. On the evaluation
#: sets (development data) one item added 9 wrongly flagged documents and three added 1; with the
#: items on line items, none there, and none on evaluation/itemised, written blind to judge it
#: (models/README.md "The offered-items rule").
OFFERED_ITEMS = 3


def _restricted_rule(doc: Document, mentions: Sequence[Mention],
                     flags: Sequence[bool] | None = None) -> tuple[str, str] | None:
    offered, named = restricted_subjects(doc, mentions, flags)
    if offered:
        return R, f"rule: restricted entity offered or supplied ({', '.join(offered)}); never cleared"
    if named:
        return I, f"rule: restricted entity named outside a prohibition ({', '.join(named)}); never cleared"
    return None


def offered_items(doc: Document, mentions: Sequence[Mention], in_scope: frozenset[str] | None,
                  flags: Sequence[bool] | None = None) -> list[Mention]:
    """In-scope equipment mentions that describe the purchase, read as offered and stand on a line
    item (a table row with a number, a quantity with its unit, a price: `on_line_item`); `in_scope`:
    the category ids that count (None: every category). The line matters: a long services
    solicitation says "information system" or "software licenses" in sentences that read as supply
    ("the contractor shall provide") without buying them item by item."""
    flags = clause_context(doc, mentions) if flags is None else flags
    return [m for m, c in zip(mentions, flags)
            if m.entity is None and m.kind == "equipment" and m.role == Role.OFFERED.value
            and (in_scope is None or m.category in in_scope) and on_line_item(m) and is_subject(m, c)]


def forced_rule(doc: Document, mentions: Sequence[Mention], in_scope: frozenset[str] | None,
                flags: Sequence[bool] | None = None) -> tuple[str, str] | None:
    """(label, reason) when a rule flags the document whatever the score (module doc), else None.
    The clause context is read once for both rules: it walks every page's clause markers."""
    flags = clause_context(doc, mentions) if flags is None else flags
    named = _restricted_rule(doc, mentions, flags)
    if named is not None:
        return named
    items = offered_items(doc, mentions, in_scope, flags)
    if len(items) >= OFFERED_ITEMS:
        cats = ", ".join(sorted({str(m.category) for m in items}))
        return I, f"rule: {len(items)} in-scope items offered ({cats}); flagged whatever the score"
    return None


#: Under this share of known words (`extract.model.reading.reading_share`) the text model has
#: hardly read the document's language and its evidence decides as in the rules-only path. 0.39
#: is the 1st percentile of the 6,312 training documents' own shares (spaced scripts, 30 words or
#: more; each document's words counted as known only when two other training documents had them),
#: measured with triage-2026-12-05d: 99% of what the model learnt from reads above it. On the
#: evaluation sets (development data) languages with training documents read 0.40-0.80 and those
#: without (ar, he, hi, th, ko, ru, uk, tr, id, ms) 0.09-0.39.
READ_FLOOR = 0.39


def in_scope_found(doc: Document, mentions: Sequence[Mention], in_scope: frozenset[str] | None,
                   flags: Sequence[bool] | None = None) -> list[str]:
    """Sorted in-scope category ids found describing the purchase (outside prohibitions, clause
    boilerplate and the buyer's own name); `in_scope` None: every category counts."""
    flags = clause_context(doc, mentions) if flags is None else flags
    return sorted({str(m.category) for m, c in zip(mentions, flags)
                   if m.category is not None and (in_scope is None or m.category in in_scope) and is_subject(m, c)})


def unread_evidence(doc: Document, mentions: Sequence[Mention], in_scope: frozenset[str] | None,
                    reading: float | None, flags: Sequence[bool] | None = None) -> list[str]:
    """The in-scope categories that flag a document the text model has hardly read (`reading`
    under READ_FLOOR; module doc), or [] when it has read it, cannot tell, or none is found."""
    if reading is None or reading >= READ_FLOOR:
        return []
    return in_scope_found(doc, mentions, in_scope, flags)


def decide(doc: Document, mentions: Sequence[Mention], score: float, threshold: float,
           in_scope: frozenset[str] | None = None,
           reading: float | None = None) -> tuple[str, bool, tuple[str, ...]]:
    """(label, flag, rule reasons) from the model's score and the mentions; see module doc.
    `in_scope`: the categories whose offered items count (the model's `scoped`; None: all).
    `reading`: the share of the document's words the text model knows (None: not measured)."""
    versus = f"score {score:.3f} {'>=' if score >= threshold else '<'} threshold {threshold:.3f}"
    flags = clause_context(doc, mentions)
    named = forced_rule(doc, mentions, in_scope, flags)
    if named is not None:
        return named[0], True, (named[1], versus)
    if score >= threshold:
        return I, True, (f"rule: flagged by the model ({versus})",)
    found = unread_evidence(doc, mentions, in_scope, reading, flags)
    if found:
        why = (f"rule: the text model knows {reading or 0.0:.0%} of this document's words (under {READ_FLOOR:.0%}: "
               f"a language it has hardly read); in-scope category found ({', '.join(found)})")
        return I, True, (why, versus)
    return O, False, (f"rule: not flagged ({versus})",)


def in_scope_categories(policy: Any) -> frozenset[str]:
    """Category ids whose finding is in-scope evidence on its own (categories.yaml `scope: in`)."""
    cats = getattr(policy, "categories", None) or {}
    if not isinstance(cats, dict):  # a bare list of ids (test policies): every one counts
        return frozenset(str(c) for c in cats)
    return frozenset(cid for cid, c in cats.items() if getattr(c, "scope", "in") == "in")


def rules_verdict(doc: Document, mentions: Sequence[Mention], policy: Any) -> Verdict:
    """The verdict with no model (`--model rules`): the mentions alone decide.

    The restricted-name rules of `decide`; otherwise a category whose scope is `in` found outside
    prohibitions and clauses flags in_scope_ict; otherwise out_of_scope. Cruder than the model (it
    cannot read wording), so the record's `model` says "rules" and reviewers can tell.
    """
    flags = clause_context(doc, mentions)
    named = _restricted_rule(doc, mentions, flags)
    if named is not None:
        return Verdict(named[0], True, 1.0, reasons=(named[1],))
    found = in_scope_found(doc, mentions, in_scope_categories(policy), flags)
    if found:
        return Verdict(I, True, 1.0, reasons=(f"rule: in-scope category found ({', '.join(found)})",))
    return Verdict(O, False, 0.0, reasons=("rule: nothing in scope found",))

# --------------------------------------------------------------------------- model


@dataclass(frozen=True, slots=True)
class Explanation:
    """What moved one document's score: each input's effect when it is taken away.

    `supporting` raised the score (taking it away lowers it), `opposing` lowered it; values are
    differences in score. Evidence can only support (the model is monotone in it); the text
    logit and context facts can go either way. `terms` are the word n-grams that moved the text
    model most.
    """

    label: str
    supporting: tuple[tuple[str, float], ...]
    opposing: tuple[tuple[str, float], ...]
    terms: tuple[tuple[str, float], ...] = ()


class Model:
    """A loaded model: its scorer (a PortableScorer, or a fitted TriageStack: the same interface)
    plus its card. Build it with `load_model`."""

    def __init__(self, stack: Any, card: dict[str, Any], path: Path | None = None):
        self.stack = stack
        self.card = card
        self.path = path

    def full_stack(self) -> Any:
        """The fitted scikit-learn TriageStack of `model.joblib` (hash and versions checked first)."""
        if self.path is None:
            raise ModelError("this model was not loaded from a directory; no model.joblib to read")
        return load_full_stack(self.path, self.card)

    @property
    def id(self) -> str:
        return str(self.card["id"])

    @property
    def name(self) -> str:
        return str(self.card["name"])

    @property
    def threshold(self) -> float:
        return float(self.card["threshold"])

    @property
    def categories(self) -> list[str]:
        return list(self.card.get("categories", []))

    @property
    def policy_version(self) -> str | None:
        return self.card.get("policy_version")

    @property
    def scoped(self) -> list[str] | None:
        """The categories counted as in-scope evidence when the model was trained (None: all)."""
        return self.card.get("in_scope_categories")

    @property
    def in_scope(self) -> frozenset[str] | None:
        """`scoped` as a set, for the offered-items rule of `decide`."""
        scoped = self.scoped
        return frozenset(scoped) if scoped is not None else None

    def features(self, docs: Sequence[Document], mentions_per_doc: Sequence[Sequence[Mention]]) -> Any:
        """extract.features.compute as this model was trained to read it."""
        return compute(docs, mentions_per_doc, self.categories, text_cap=int(self.card.get("text_cap", 60_000)),
                       scoped=self.scoped)

    def __repr__(self) -> str:
        return f"Model(id={self.id!r}, threshold={self.threshold:.4f})"

    def scores(self, docs: Sequence[Document], mentions_per_doc: Sequence[Sequence[Mention]]) -> list[float]:
        """Calibrated P(needs review) of readable documents."""
        return self.scores_and_reading(docs, mentions_per_doc)[0]

    def scores_and_reading(self, docs: Sequence[Document], mentions_per_doc: Sequence[Sequence[Mention]],
                           *, only_where_it_decides: bool = False) -> tuple[list[float], list[float | None]]:
        """`scores`, and per document the share of its words the text model knows (`decide`'s
        `reading`; None where it cannot be judged or the scorer cannot tell).

        `only_where_it_decides`: measure only documents the share can change (scored under the
        threshold, with an in-scope category among their mentions); the others get None. Why: the
        measure reads every word again, about half the scorer's own time, and a scan needs it for
        a few documents in a hundred."""
        feats = self.features(docs, mentions_per_doc)
        scores = [float(p) for p in self.stack.predict_proba(feats.texts, feats.matrix)]
        measure = getattr(self.stack, "reading_shares", None)
        shares: list[float | None] = [None] * len(scores)
        if measure is None:
            return scores, shares
        scope = self.in_scope
        wanted = [i for i, (s, ms) in enumerate(zip(scores, mentions_per_doc))
                  if not only_where_it_decides or (s < self.threshold and any(
                      m.category is not None and (scope is None or m.category in scope) for m in ms))]
        for i, share in zip(wanted, measure([feats.texts[i] for i in wanted])):
            shares[i] = share
        return scores, shares

    def predict(self, docs: Sequence[Document], mentions_per_doc: Sequence[Sequence[Mention]]) -> list[Verdict]:
        """One Verdict per document (unreadable documents are flagged, never scored)."""
        if len(docs) != len(mentions_per_doc):
            raise ValueError(f"{len(docs)} documents but {len(mentions_per_doc)} mention lists")
        readable = [i for i, d in enumerate(docs) if d.ok]
        read_scores, read_shares = self.scores_and_reading([docs[i] for i in readable],
                                                           [mentions_per_doc[i] for i in readable],
                                                           only_where_it_decides=True)
        scores, shares = dict(zip(readable, read_scores)), dict(zip(readable, read_shares))
        out = []
        for i, d in enumerate(docs):
            if not d.ok:
                out.append(unreadable_verdict(d.error))
                continue
            score = scores[i]
            label, flag, rules = decide(d, mentions_per_doc[i], score, self.threshold, self.in_scope, shares[i])
            out.append(Verdict(label=label, flag=flag, score=round(score, 6), threshold=self.threshold, reasons=rules,
                               probabilities=(("flag", round(score, 6)),)))
        return out

    def explain(self, doc: Document, mentions: Sequence[Mention], top: int = 10) -> Explanation:
        """What moved this document's score (see Explanation): each second-stage input set to its
        neutral value (no evidence; the training median for the text logit and context facts)."""

        if not doc.ok:
            return Explanation(Label.UNREADABLE.value, (), ())
        feats = self.features([doc], [mentions])
        M = self.stack.stage_two_input(feats.texts, feats.matrix)
        base = float(self.stack.predict_proba_rows(M)[0])
        shares = getattr(self.stack, "reading_shares", None)
        reading = shares(feats.texts)[0] if shares is not None else None
        label, _, _ = decide(doc, mentions, base, self.threshold, self.in_scope, reading)
        neutral = self.stack.neutral
        effects = []
        for k, name in enumerate(self.stack.columns):
            if M[0, k] == neutral[k]:
                continue
            alt = M.copy()
            alt[0, k] = neutral[k]
            effects.append((name, base - float(self.stack.predict_proba_rows(alt)[0])))
        effects.sort(key=lambda t: -abs(t[1]))
        supporting = tuple((n, round(v, 4)) for n, v in effects if v > 0)[:top]
        opposing = tuple((n, round(v, 4)) for n, v in effects if v < 0)[:top]
        terms = tuple((g, round(w, 4)) for g, w in self.stack.top_terms(feats.texts[0], top))
        return Explanation(label, supporting, opposing, terms)

# --------------------------------------------------------------------------- loading


def file_sha256(path: Path) -> str:
    """sha256 of a file's bytes, read in 1 MiB chunks (model files and training documents)."""
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def library_versions() -> dict[str, str]:
    """Versions that decide whether a pickled pipeline behaves as trained (recorded in the card).
    Read from the installed distributions' metadata: importing scikit-learn costs a second."""
    import platform
    from importlib.metadata import PackageNotFoundError, version

    out = {"python": platform.python_version()}
    for key, dist in (("sklearn", "scikit-learn"), ("pandas", "pandas"), ("joblib", "joblib"), ("numpy", "numpy")):
        try:
            out[key] = version(dist)
        except PackageNotFoundError:
            out[key] = "absent"
    return out


def _major_minor(version: str) -> str:
    return ".".join(version.split(".")[:2])


def read_card(model_dir: Path) -> dict[str, Any]:
    card_path = model_dir / CARD_FILE
    if not model_dir.is_dir():
        raise ModelError(f"{model_dir}: model directory not found")
    if not card_path.is_file():
        raise ModelError(f"{card_path}: missing (every model directory needs the card written by `tender-triage train`)")
    try:
        card = json.loads(card_path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ModelError(f"{card_path}: not readable JSON ({exc})") from None
    if not isinstance(card, dict):
        raise ModelError(f"{card_path}: expected a JSON object, got {type(card).__name__}")
    for key in ("id", "name", "sha256", "scorer_sha256", "versions", "features", "threshold"):
        if key not in card:
            raise ModelError(f"{card_path}: field {key!r} missing")
    return card


def check_versions(card: dict[str, Any], card_path: Path) -> None:
    """scikit-learn as recorded, joblib and numpy of the same major.minor: what unpickling
    `model.joblib` needs (raises ModelError naming the field)."""
    installed = library_versions()
    recorded = card["versions"] if isinstance(card["versions"], dict) else {}
    want = recorded.get("sklearn")
    if want != installed["sklearn"]:
        raise ModelError(
            f"{card_path}: field versions.sklearn: model built with scikit-learn {want}, "
            f"installed {installed['sklearn']}; retrain the model or install scikit-learn=={want}"
        )
    for lib in ("joblib", "numpy"):
        want = recorded.get(lib)
        if want is None or _major_minor(str(want)) != _major_minor(installed[lib]):
            raise ModelError(
                f"{card_path}: field versions.{lib}: model built with {lib} {want}, "
                f"installed {installed[lib]} (major.minor must match)"
            )


def check_card(card: dict[str, Any], card_path: Path) -> None:
    """The feature, constraint and threshold checks (raises ModelError naming the field)."""
    expected = feature_columns(card.get("categories", []))
    got = list(card["features"]) if isinstance(card["features"], list) else card["features"]
    if got != expected:
        diff = "length differs"
        if isinstance(got, list):
            for k, (a, b) in enumerate(zip(expected, got)):
                if a != b:
                    diff = f"column {k}: expected {a!r}, card has {b!r}"
                    break
            else:
                diff = f"expected {len(expected)} columns, card has {len(got)}"
        raise ModelError(f"{card_path}: field features does not match extract.features ({diff}); retrain the model")
    recorded = card.get("feature_definition")
    if recorded is None and not feature_definition().startswith("r1:"):
        raise ModelError(f"{card_path}: field feature_definition missing: the model predates the field and reads "
                         f"documents as revision 1; this code reads them as {feature_definition()!r}; retrain the model")
    if recorded is not None and recorded != feature_definition():
        raise ModelError(f"{card_path}: field feature_definition: the model was trained to read documents as "
                         f"{recorded!r}, this code reads them as {feature_definition()!r} "
                         "(extract.model.features.FEATURE_REVISION and its data files); retrain the model")
    if card.get("monotone") != monotone_constraints(card.get("categories", [])):
        raise ModelError(f"{card_path}: field monotone: the model's constraints are not the ones extract.features "
                         "promises (+1 for every evidence column); retrain the model")
    threshold = card["threshold"]
    if not isinstance(threshold, (int, float)) or not math.isfinite(threshold) or not 0.0 <= threshold <= 1.0:
        raise ModelError(f"{card_path}: field threshold: expected a number in [0, 1], got {threshold!r}")


def _verified(path: Path, want: Any, field: str) -> Path:
    if not path.is_file():
        raise ModelError(f"{path}: missing")
    actual = file_sha256(path)
    if actual != want:
        raise ModelError(
            f"{path}: sha256 mismatch: card.json field {field} expects {want}, file has {actual}; "
            "the file was changed after training and will not be loaded"
        )
    return path


def load_model(model_dir: Path) -> Model:
    """Verify `model_dir` (card.json, scorer.npz, model.joblib) and load its scorer; raises
    ModelError on any mismatch.
    Reads numeric arrays only (no pickle), so scikit-learn is neither needed nor imported."""
    model_dir = Path(model_dir)
    card = read_card(model_dir)
    card_path = model_dir / CARD_FILE
    scorer_path = _verified(model_dir / str(card.get("scorer_file", SCORER_FILE)), card["scorer_sha256"], "scorer_sha256")
    # The pickle is not read here, but a directory whose files are not all the trained ones is
    # not the model its card describes (hashing 10 MB costs ~20 ms).
    _verified(model_dir / MODEL_FILE, card["sha256"], "sha256")
    check_card(card, card_path)
    try:
        scorer = PortableScorer.load(scorer_path, card["scorer_sha256"])
    except Exception as exc:  # a hash-verified file that still fails: say so, do not crash the batch
        raise ModelError(f"{scorer_path}: could not be read ({type(exc).__name__}: {exc})") from None
    if scorer.columns != [TEXT_LOGIT, *card["features"]]:
        raise ModelError(f"{scorer_path}: its columns are not the card's features; retrain the model")
    return Model(scorer, card, model_dir)


def load_full_stack(model_dir: Path, card: dict[str, Any]) -> Any:
    """The fitted TriageStack of `model_dir/model.joblib`, unpickled only after its sha256 and the
    library versions match the card."""
    model_path = _verified(Path(model_dir) / MODEL_FILE, card["sha256"], "sha256")
    check_versions(card, Path(model_dir) / CARD_FILE)
    import joblib

    from extract.model.stack import TriageStack

    try:
        stack = joblib.load(model_path)
    except Exception as exc:
        raise ModelError(f"{model_path}: could not be loaded ({type(exc).__name__}: {exc})") from None
    if not isinstance(stack, TriageStack):
        raise ModelError(f"{model_path}: expected a TriageStack (extract.model.stack), got {type(stack).__name__}; retrain the model")
    return stack
