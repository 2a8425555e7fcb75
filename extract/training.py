"""Train a model from the training parts and write `models/<name>/`.

    training_data/parts.yaml --load_labelled--> Documents + mentions + labels, each with its part,
        source group and weight --features.compute--> masked texts + evidence/context columns
        --stack.fit_stack--> two-stage model + out-of-fold scores --> threshold (for recall)
        --grouped cross-source validation, rules-only and Ctrl-F on the same folds-->
        model.joblib + card.json + report.html

Parts (training_data/parts.yaml; see its header): the seed set (documents the team wrote, labelled
by people), real notices weakly labelled by their publishers' codes, and later reviewers'
decisions. Each part has a weight and names the column that says where a document came from; the
report shows every figure per part and per source.

Why grouped cross-source validation: random folds put documents of one generator or one
publisher on both sides, so the model is graded on wording it has already read. Holding out one
source at a time (each notice source, each seed part) is the closest the training data gets to
"tomorrow's tenders": the model must do better than the project's own rules (`--model rules`)
on every held-out source, and the report says whether it does. Held-out notices are screened
without their code line, so the figure says what the wording alone is worth.

Everything takes a seed; training twice on the same data gives identical predictions.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import io
import json
import math
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from extract.errors import TriageError
from extract.features import TEXT_CAP, compute, feature_columns, feature_docs, monotone_constraints, policy_categories
from extract.types import Document, Label, Mention, MODEL_LABELS, Page, Status

LABELS_FILE = "labels.csv"
PARTS_FILE = "parts.yaml"
LABEL_COLUMNS = ("file", "label", "language", "source", "notes")

INTENDED_USE = (
    "Pre-filter for procurement documents: decides which tenders, bids, quotes, datasheets and bills "
    "of quantities a person must review for restricted vendors (US NDAA s.889 / FCC Covered List, "
    "Japan 2018 rules, UK, EU, ...) or in-scope ICT procurement. Every flag is reviewed by a human; "
    "the threshold is set for recall, so expect extra flags rather than misses."
)
LIMITATIONS = (
    "Trained on a seed set written by the team and on real European notices weakly labelled by "
    "their publishers' codes (noisy: about 10% are ICT). Cross-source figures are estimates on "
    f"those sources, not on live intake. Text beyond the first {TEXT_CAP:,} characters is read only "
    "by the mention rules. Regimes that name no vendor (origin tests) are caught only through "
    "categories and wording. Unreadable documents are flagged, never scored. Retrain when the "
    "policy version differs from the card's."
)

R, I, O = Label.RESTRICTED.value, Label.IN_SCOPE.value, Label.OUT_OF_SCOPE.value


# --------------------------------------------------------------------------- parts


@dataclass(frozen=True)
class PartSpec:
    """One entry of parts.yaml."""

    name: str
    kind: str  # labelled | notices
    path: str
    weight: float = 1.0
    group_by: str = "part"
    code_line_share: float = 0.0


PART_KINDS = ("labelled", "notices")
_PART_FIELDS = {"name", "kind", "path", "weight", "group_by", "code_line_share"}


def read_parts(data_dir: Path) -> list[PartSpec]:
    """The parts of a training folder: parts.yaml when present, else one labelled part.

    Without parts.yaml the folder is read as before (labels.csv, else labels_*.csv, else an
    evaluation labels.tsv), so any labelled folder (an evaluation corpus, a reviewer's batch) can
    be trained on or evaluated as is.
    """
    cfg = data_dir / PARTS_FILE
    if not cfg.is_file():
        return [PartSpec(name="labelled", kind="labelled", path="", weight=1.0, group_by="part")]
    import yaml

    try:
        raw = yaml.safe_load(cfg.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise TriageError(f"{cfg}: not readable YAML ({str(exc).splitlines()[0]})") from None
    entries = raw.get("parts") if isinstance(raw, dict) else None
    if not isinstance(entries, list) or not entries:
        raise TriageError(f"{cfg}: expected a non-empty list under 'parts:'")
    out, names = [], set()
    for k, e in enumerate(entries, 1):
        where = f"{cfg}: part {k}"
        if not isinstance(e, dict):
            raise TriageError(f"{where}: expected a mapping")
        unknown = set(e) - _PART_FIELDS
        if unknown:
            raise TriageError(f"{where}: unknown field(s) {', '.join(sorted(unknown))}")
        for need in ("name", "kind", "path"):
            if not e.get(need):
                raise TriageError(f"{where}: field {need} missing")
        if e["kind"] not in PART_KINDS:
            raise TriageError(f"{where}: field kind: {e['kind']!r} is not one of {', '.join(PART_KINDS)}")
        weight = e.get("weight", 1.0)
        if not isinstance(weight, (int, float)) or not weight > 0:
            raise TriageError(f"{where}: field weight: expected a number > 0, got {weight!r}")
        share = e.get("code_line_share", 0.0)
        if not isinstance(share, (int, float)) or not 0 <= share <= 1:
            raise TriageError(f"{where}: field code_line_share: expected a number in [0, 1], got {share!r}")
        if e["name"] in names:
            raise TriageError(f"{where}: field name: {e['name']!r} used twice")
        names.add(e["name"])
        out.append(PartSpec(str(e["name"]), e["kind"], str(e["path"]), float(weight),
                            str(e.get("group_by", "part" if e["kind"] == "labelled" else "source")), float(share)))
    return out


# --------------------------------------------------------------------------- labelled data


@dataclass(frozen=True)
class LabelledSet:
    """Labelled documents with their mentions and where each came from.

    `heldout_docs`/`heldout_mentions` are the documents as a held-out fold sees them: notices
    without their code line (None where that is the document itself).
    """

    docs: list[Document]
    mentions: list[list[Mention]]
    labels: list[str]
    rows: list[dict[str, str]]  # per document: file, label, part, group, language, source, notes
    weights: list[float] = field(default_factory=list)
    heldout_docs: list[Document | None] = field(default_factory=list)
    heldout_mentions: list[list[Mention] | None] = field(default_factory=list)
    skipped: list[dict[str, str]] = field(default_factory=list)  # rows not used, with "reason"
    labels_sha256: str = ""
    data_sha256: str = ""  # label files + every document's sha256
    file_hashes: list[str] = field(default_factory=list)

    def __iter__(self) -> Iterator[Any]:
        return iter((self.docs, self.labels, self.rows))

    def __len__(self) -> int:
        return len(self.docs)

    @property
    def parts(self) -> list[str]:
        return [r["part"] for r in self.rows]

    @property
    def groups(self) -> list[str]:
        return [r["group"] for r in self.rows]


#: An evaluation folder's label file (../shared/corpus, ../shared/eval/score.py): tab separated,
#: the label in a column named `verdict`, and `unreadable` allowed (such rows are skipped).
EVAL_LABELS_FILE = "labels.tsv"
UNREADABLE = Label.UNREADABLE.value


def _label_files(data_dir: Path, path: str = "") -> list[Path]:
    """The part's label file; without one: labels.csv, else labels_*.csv, else labels.tsv."""
    if path:
        p = data_dir / path
        if not p.is_file():
            raise TriageError(f"{p}: missing (named in {data_dir / PARTS_FILE})")
        return [p]
    merged = data_dir / LABELS_FILE
    if merged.is_file():
        return [merged]
    parts = sorted(data_dir.glob("labels_*.csv"))
    if parts:
        return parts
    if (data_dir / EVAL_LABELS_FILE).is_file():
        return [data_dir / EVAL_LABELS_FILE]
    raise TriageError(f"{merged}: missing (need a labels.csv with columns {', '.join(LABEL_COLUMNS)})")


def read_label_rows(data_dir: Path, path: str = "") -> tuple[list[dict[str, str]], str]:
    """All label rows (with `_where` = file:line) and the sha256 of the label file(s)."""
    h = hashlib.sha256()
    rows: list[dict[str, str]] = []
    for lpath in _label_files(data_dir, path):
        raw = lpath.read_bytes()
        h.update(raw)
        tsv = lpath.suffix == ".tsv"
        reader = csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter="\t" if tsv else ",")
        label_col = "verdict" if tsv and "label" not in (reader.fieldnames or []) else "label"
        missing = [c for c in ("file", label_col) if c not in (reader.fieldnames or [])]
        if missing:
            raise TriageError(f"{lpath}: line 1: missing column(s) {', '.join(missing)}")
        allowed = (*MODEL_LABELS, UNREADABLE) if tsv else MODEL_LABELS
        default_part = lpath.stem.removeprefix("labels_") if lpath.stem.startswith("labels_") else lpath.stem
        for row in reader:
            n = reader.line_num
            row = {k: (v or "").strip() for k, v in row.items() if k is not None}
            row["label"] = row[label_col]
            if not row.get("file"):
                continue
            if row["label"] not in allowed:
                raise TriageError(
                    f"{lpath}: line {n}: field {label_col}: {row['label']!r} is not one of {', '.join(allowed)}"
                )
            row.setdefault("part", "")
            row["part"] = row["part"] or default_part
            row["_where"] = f"{lpath.name}:{n}"
            rows.append(row)
    return rows, h.hexdigest()


def merge_documents(docs: Sequence[Document], path: str, sha256: str) -> Document:
    """One Document for one labelled file (a zip gives several): readable pages, renumbered."""
    if len(docs) == 1:
        return docs[0]
    readable = [d for d in docs if d.ok]
    if not readable:
        first = docs[0] if docs else None
        return Document(
            path=path,
            sha256=sha256,
            format=first.format if first else "unknown",
            status=first.status if first else Status.ERROR.value,
            error=(first.error if first else "no documents"),
        )
    pages = []
    for d in readable:
        for p in d.pages:
            pages.append(Page(number=len(pages) + 1, text=p.text, tables=p.tables, ocr=p.ocr, ocr_confidence=p.ocr_confidence))
    return Document(path=path, sha256=sha256, format=readable[0].format, status=Status.OK.value, pages=tuple(pages))


def _default_parse() -> Callable[[Path], list[Document]]:
    from extract.parse import parse_path

    return lambda p: parse_path(str(p))


def _default_find() -> Callable[[Document, Any], list[Mention]]:
    from extract.mentions import find_mentions

    return find_mentions


def resolve_policy(policy: Any) -> Any:
    """A Policy object from a Policy, a policy directory, or None (the shipped policy)."""
    if policy is None or isinstance(policy, (str, Path)):
        from extract.policy import load_policy

        return load_policy(Path(policy) if policy else None)
    return policy


# --------------------------------------------------------------------------- notices


def read_other_codes(path: Path) -> list[tuple[str, str]]:
    """(scheme, prefix) pairs of notices/other_codes.tsv (codes of schemes other than CPV)."""
    if not path.is_file():
        return []
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]
    reader = csv.DictReader(lines, delimiter="\t")
    return [(r["scheme"].strip(), r["prefix"].strip()) for r in reader if r.get("scheme") and r.get("prefix")]


def notice_label(codes: Sequence[dict[str, str]], policy: Any, other: Sequence[tuple[str, str]]) -> str:
    """The weak label of a notice: in_scope_ict when any code is in scope, else out_of_scope.

    A CPV code is in scope when the policy's cpv.tsv lists its 8 digits under a category whose
    scope is `in`; other schemes match a prefix of notices/other_codes.tsv.
    """
    from extract.classify import in_scope_categories

    cpv = getattr(policy, "cpv", {}) or {}
    scoped = in_scope_categories(policy)
    for c in codes:
        scheme, code = c.get("scheme", ""), str(c.get("id", ""))
        if scheme == "CPV":
            hit = cpv.get(code[:8])
            if hit is not None and hit.category in scoped:
                return I
        elif any(scheme == s and code.startswith(p) for s, p in other):
            return I
    return O


def _keeps_code_line(notice_id: str, share: float) -> bool:
    """Whether a notice keeps its code line: a stable choice by a hash of its id."""
    if share <= 0:
        return False
    h = int.from_bytes(hashlib.sha256(notice_id.encode("utf-8")).digest()[:4], "big")
    return h / 2**32 < share


def notice_document(row: dict[str, Any], *, code_line: bool) -> Document:
    """A notice as a document: title, a blank line, description; with `code_line`, a last line
    "CPV: ..." listing its CPV codes as tenders print them."""
    text = row.get("title", "").strip()
    if row.get("description"):
        text += "\n\n" + row["description"].strip()
    if code_line:
        cpv = [c["id"] for c in row.get("codes", []) if c.get("scheme") == "CPV"]
        if cpv:
            text += "\n\nCPV: " + ", ".join(cpv)
    data = text.encode("utf-8")
    return Document(
        path=f"notices:{row['id']}",
        sha256=hashlib.sha256(data).hexdigest(),
        format="text",
        status=Status.OK.value,
        pages=(Page(number=1, text=text),),
        size=len(data),
    )


def _load_notices(data_dir: Path, spec: PartSpec, policy: Any, find: Callable[[Document, Any], list[Mention]],
                  sink: dict[str, list[Any]], h: Any) -> None:
    path = data_dir / spec.path
    if not path.is_file():
        raise TriageError(f"{path}: missing (named in {data_dir / PARTS_FILE})")
    raw = path.read_bytes()
    h.update(raw)
    text = gzip.decompress(raw).decode("utf-8") if path.suffix == ".gz" else raw.decode("utf-8")
    other = read_other_codes(path.parent / "other_codes.tsv")
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise TriageError(f"{path}: line {n}: not JSON ({exc.msg})") from None
        label = notice_label(row.get("codes", []), policy, other)
        plain = notice_document(row, code_line=False)
        keep = _keeps_code_line(str(row["id"]), spec.code_line_share)
        doc = notice_document(row, code_line=True) if keep else plain
        mentions = list(find(doc, policy))
        sink["docs"].append(doc)
        sink["mentions"].append(mentions)
        sink["labels"].append(label)
        sink["weights"].append(spec.weight)
        if keep and doc.text != plain.text:
            sink["heldout_docs"].append(plain)
            sink["heldout_mentions"].append(list(find(plain, policy)))
        else:
            sink["heldout_docs"].append(None)
            sink["heldout_mentions"].append(None)
        sink["rows"].append({
            "file": doc.path, "label": label, "part": spec.name, "group": f"{spec.name}:{row.get(spec.group_by, '')}",
            "language": row.get("language", ""), "source": row.get("source", ""), "notes": "weak label from codes",
        })
        sink["hashes"].append(doc.sha256)


def load_labelled(
    data_dir: Path,
    *,
    policy: Any = None,
    parse: Callable[[Path], list[Document]] | None = None,
    find: Callable[[Document, Any], list[Mention]] | None = None,
    parts: Sequence[str] | None = None,
) -> LabelledSet:
    """Read every part of `data_dir` (parts.yaml, or one label file), parse, find mentions.

    `parse` defaults to extract.parse.parse_path and `find` to extract.mentions.find_mentions
    (with `policy`, loaded when None). `parts` limits the parts read (by name). Files that are
    missing or unreadable are skipped and listed in `skipped` with the reason; they never get a
    label.
    """
    data_dir = Path(data_dir)
    specs = read_parts(data_dir)
    if parts is not None:
        unknown = set(parts) - {s.name for s in specs}
        if unknown:
            raise TriageError(f"{data_dir}: no part named {', '.join(sorted(unknown))}")
        specs = [s for s in specs if s.name in parts]
    parse = parse or _default_parse()
    if find is None:
        find = _default_find()
        policy = resolve_policy(policy)
    from extract.classify import file_sha256

    sink: dict[str, list[Any]] = {k: [] for k in ("docs", "mentions", "labels", "weights", "heldout_docs",
                                                  "heldout_mentions", "rows", "hashes")}
    skipped: list[dict[str, str]] = []
    labels_hash = hashlib.sha256()
    for spec in specs:
        if spec.kind == "notices":
            _load_notices(data_dir, spec, policy, find, sink, labels_hash)
            continue
        rows, sha = read_label_rows(data_dir, spec.path)
        labels_hash.update(sha.encode())
        seen: set[str] = set()
        for row in rows:
            path = data_dir / row["file"]
            if row["label"] == UNREADABLE:
                skipped.append({**row, "reason": "labelled unreadable (not a model label)"})
                continue
            if row["file"] in seen:
                skipped.append({**row, "reason": "listed twice"})
                continue
            seen.add(row["file"])
            if not path.is_file():
                skipped.append({**row, "reason": "file not found"})
                continue
            sha = file_sha256(path)
            doc = merge_documents(parse(path), row["file"], sha)
            if not doc.ok:
                skipped.append({**row, "reason": f"{doc.status}: {doc.error or ''}".strip()})
                continue
            part = row.get("part") or spec.name
            group_value = row.get(spec.group_by, "") if spec.group_by != "part" else part
            sink["docs"].append(doc)
            sink["mentions"].append(list(find(doc, policy)))
            sink["labels"].append(row["label"])
            sink["weights"].append(spec.weight)
            sink["heldout_docs"].append(None)
            sink["heldout_mentions"].append(None)
            sink["rows"].append({**{k: row.get(k, "") for k in LABEL_COLUMNS}, "part": part,
                                 "group": f"{spec.name}:{group_value}", "_where": row.get("_where", "")})
            sink["hashes"].append(sha)
    labels_sha = labels_hash.hexdigest()
    data_hash = hashlib.sha256(labels_sha.encode())
    for name, sha in sorted(zip((r["file"] for r in sink["rows"]), sink["hashes"])):
        data_hash.update(f"\n{name}\t{sha}".encode())
    return LabelledSet(
        docs=sink["docs"], mentions=sink["mentions"], labels=sink["labels"], rows=sink["rows"],
        weights=sink["weights"], heldout_docs=sink["heldout_docs"], heldout_mentions=sink["heldout_mentions"],
        skipped=skipped, labels_sha256=labels_sha, data_sha256=data_hash.hexdigest(), file_hashes=sink["hashes"],
    )


# --------------------------------------------------------------------------- threshold


def threshold_for_recall(gold: Sequence[bool], scores: Sequence[float], forced: Sequence[bool],
                         rules: Sequence[bool], groups: Sequence[str], target_mask: Sequence[bool],
                         target_recall: float) -> float:
    """The highest threshold t at which flags = forced | (score >= t) reach `target_recall` on the
    documents of `target_mask` and, on every group (source), at least the recall of the
    rules-only path on that group.

    Why both: the labelled parts carry labels people decided, so the recall target is set on them;
    the weak notice labels are too noisy for a target of their own, but a model that, on some
    source, finds fewer of the flagged documents than the rules would is worse than no model
    there. `forced` are the documents the verdict rules flag whatever the score (a restricted
    name outside a prohibition). Scores are out of fold. Without any threshold meeting both, the
    lowest score is returned (flag everything rather than miss).
    """
    if not 0.0 < target_recall <= 1.0:
        raise ValueError(f"target_recall must be in (0, 1], got {target_recall}")
    import numpy as np

    gold_a, s = np.asarray(gold, bool), np.asarray(scores, float)
    forced_a, rules_a, mask = np.asarray(forced, bool), np.asarray(rules, bool), np.asarray(target_mask, bool)
    groups_a = np.asarray(groups)
    keys = sorted(set(groups_a.tolist()))
    need = {g: (rules_a & gold_a)[groups_a == g].sum() for g in keys}
    positives = gold_a & mask
    goal = math.ceil(target_recall * positives.sum() - 1e-9)
    for t in np.unique(s)[::-1]:
        flags = forced_a | (s >= t)
        if (flags & positives).sum() < goal:
            continue
        if all((flags & gold_a)[groups_a == g].sum() >= need[g] for g in keys):
            return float(t)
    return float(s.min()) if len(s) else 0.5


# --------------------------------------------------------------------------- training


def flag_targets(labels: Sequence[str]) -> list[int]:
    """1 for documents that need review (restricted_vendor_named, in_scope_ict), else 0."""
    return [int(lab in (R, I)) for lab in labels]


def model_categories(policy: Any, mentions: Sequence[Sequence[Mention]]) -> list[str]:
    """The category columns of a model: every policy category plus any a mention carries."""
    seen = {m.category for ms in mentions for m in ms if m.category}
    return sorted(set(policy_categories(policy)) | seen)


def train(
    data_dir: Path,
    out_dir: Path,
    *,
    seed: int = 0,
    target_recall: float = 0.95,
    threshold_parts: Sequence[str] | None = None,
    folds: int = 5,
    policy: Any = None,
    params: dict[str, Any] | None = None,
    grouped: bool = True,
    n_jobs: int = 1,
    name: str | None = None,
    overwrite: bool = False,
    parse: Callable[[Path], list[Document]] | None = None,
    find: Callable[[Document, Any], list[Mention]] | None = None,
    log: Callable[[str], None] | None = None,
    data: LabelledSet | None = None,
) -> dict[str, Any]:
    """Fit, choose the threshold, validate across sources, write the model directory.

    `policy` is a Policy, a policy directory, or None (the shipped one). `threshold_parts` names
    the parts whose out-of-fold recall the threshold must reach `target_recall` on (default: the
    labelled parts, whose labels a person decided; weak notice labels are too noisy to set a
    recall target on). `grouped` runs the cross-source validation (one fit per source, `n_jobs` of
    them at once). Raises
    TriageError when `out_dir` already holds a model (never overwritten unless `overwrite`).
    """
    import joblib
    import numpy as np

    from extract import evaluation
    from extract.classify import CARD_FILE, MODEL_FILE, file_sha256, library_versions
    from extract.stack import DEFAULT_PARAMS, fit_stack

    say = log or (lambda msg: None)
    out_dir, data_dir = Path(out_dir), Path(data_dir)
    if (out_dir / MODEL_FILE).exists() and not overwrite:
        raise TriageError(f"{out_dir}: already holds a model; choose a new name (models are never overwritten)")
    if not 0.0 < target_recall <= 1.0:
        raise TriageError(f"--target-recall must be in (0, 1], got {target_recall}")
    if find is None:
        policy = resolve_policy(policy)
    timings: dict[str, float] = {}

    t0 = time.perf_counter()
    if data is None:
        data = load_labelled(data_dir, policy=policy, parse=parse, find=find)
    timings["load_seconds"] = round(time.perf_counter() - t0, 3)
    counts = Counter(data.labels)
    y = np.asarray(flag_targets(data.labels))
    if len(counts) < 2 or min(np.bincount(y, minlength=2)) < 2:
        raise TriageError(f"{data_dir}: need at least 2 readable documents flagged and 2 not, got {dict(counts)}")
    say(f"loaded {len(data)} documents ({dict(counts)}), skipped {len(data.skipped)} in {timings['load_seconds']} s")

    from extract.classify import in_scope_categories

    categories = model_categories(policy, data.mentions)
    scoped = sorted(in_scope_categories(policy) & set(categories)) if in_scope_categories(policy) else None
    merged = {**DEFAULT_PARAMS, **(params or {}), "folds": folds}
    columns = feature_columns(categories)
    monotone = monotone_constraints(categories)

    t0 = time.perf_counter()
    feats = compute(data.docs, data.mentions, categories, scoped=scoped)
    timings["features_seconds"] = round(time.perf_counter() - t0, 3)
    weights = np.asarray(data.weights or [1.0] * len(data), dtype=float)

    t0 = time.perf_counter()
    stack, fitted = fit_stack(feats.texts, feats.matrix, y, weights, columns, monotone, params=merged, seed=seed,
                              groups=data.groups)
    timings["fit_seconds"] = round(time.perf_counter() - t0, 3)
    _check_increasing(stack)

    parts = data.parts
    labelled_parts = sorted({r["part"] for r in data.rows if not r["group"].startswith("notices:")} or set(parts))
    chosen = list(threshold_parts) if threshold_parts else labelled_parts
    mask = [p in chosen for p in parts]
    if not any(mask[i] and y[i] for i in range(len(y))):
        mask = [True] * len(y)
    from extract.classify import restricted_subjects

    forced = [bool(restricted_subjects(d, ms)[1]) for d, ms in zip(data.docs, data.mentions)]
    rules_flagged = evaluation.rules_flags(data.docs, data.mentions, policy)
    threshold = threshold_for_recall([bool(v) for v in y], fitted.oof_scores, forced, rules_flagged, data.groups,
                                     mask, target_recall)
    say(f"fitted in {timings['fit_seconds']} s; threshold {threshold:.4f} "
        f"(recall {target_recall} on parts {', '.join(chosen)} and the rules' recall on every source, out of fold)")

    scores = fitted.oof_scores.tolist()
    predicted = evaluation.verdicts(data.docs, data.mentions, scores, threshold)
    grouped_result = None
    if grouped:
        t0 = time.perf_counter()
        grouped_result = evaluation.grouped_validation(
            data, categories, threshold, params=merged, seed=seed, policy=policy, find=find, log=say, n_jobs=n_jobs,
            scoped=scoped,
        )
        timings["grouped_seconds"] = round(time.perf_counter() - t0, 3)

    out_dir.mkdir(parents=True, exist_ok=True)
    model_path = out_dir / MODEL_FILE
    joblib.dump(stack, model_path, compress=3)
    model_sha = file_sha256(model_path)

    t0 = time.perf_counter()
    files = [r["file"] for r in data.rows]
    texts = [d.text for d in data.docs]
    assessment = evaluation.assess(files, texts, data.labels, scores, predicted, threshold,
                                   parts=parts, groups=data.groups, text_scores=fitted.oof_text.tolist())
    timings["assess_seconds"] = round(time.perf_counter() - t0, 3)

    model_name = name or out_dir.name
    per_part = {p: {lab: sum(1 for q, lb in zip(parts, data.labels) if q == p and lb == lab) for lab in MODEL_LABELS}
                for p in sorted(set(parts))}
    card: dict[str, Any] = {
        "name": model_name,
        "id": f"{model_name}@{model_sha[:12]}",
        "created_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "versions": library_versions(),
        "kind": "two-stage: hashed TF-IDF logistic regression on masked text, then monotone gradient boosting",
        "training_data": {
            "path": str(data_dir),
            "sha256": data.data_sha256,
            "labels_sha256": data.labels_sha256,
            "documents": len(data),
            "counts": {lab: counts.get(lab, 0) for lab in MODEL_LABELS},
            "parts": per_part,
            "weights": {p: w for p, w in sorted({(r["part"], wt) for r, wt in zip(data.rows, weights)})},
            "skipped": [{"file": r["file"], "reason": r["reason"]} for r in data.skipped],
            "near_duplicate_share": assessment["near_duplicate_share"],
        },
        "policy_version": getattr(policy, "version", None),
        "features": columns,
        "monotone": monotone,
        "categories": categories,
        "in_scope_categories": scoped,
        "feature_docs": feature_docs(categories),
        "text_cap": TEXT_CAP,
        "parameters": {k: list(v) if isinstance(v, tuple) else v for k, v in merged.items()},
        "calibration": {"method": "CalibratedClassifierCV(method='sigmoid', ensemble=False) on out-of-fold "
                                  "decision values of the second stage", "folds": len(fitted.splits)},
        "seed": seed,
        "threshold": float(threshold),
        "threshold_rule": {
            "target_recall": target_recall,
            "parts": chosen,
            "folds": len(fitted.splits),
            "how": (f"highest threshold on out-of-fold scores whose flag recall on the parts {', '.join(chosen)} "
                    f"is >= {target_recall} and, on every source, >= the rules-only recall"),
        },
        "metrics": {"cross_validated": assessment["metrics"], "per_part": assessment["per_part"],
                    "per_group": assessment["per_group"]},
        "sha256": model_sha,
        "model_file": MODEL_FILE,
        "model_bytes": model_path.stat().st_size,
        "timings": timings,
        "intended_use": INTENDED_USE,
        "limitations": LIMITATIONS,
    }
    if grouped_result is not None:
        card["metrics"]["cross_source"] = grouped_result["summary"]
        card["metrics"]["cross_source_folds"] = grouped_result["folds"]
    (out_dir / CARD_FILE).write_text(json.dumps(card, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    report_path = out_dir / "report.html"
    evaluation.write_report(report_path, assessment, title=f"Training report: {card['id']}",
                            context=_report_context(card), grouped=grouped_result)
    say(f"wrote {model_path} ({card['model_bytes']:,} bytes), {out_dir / CARD_FILE}, {report_path}")
    return {
        **card,
        "paths": {"model": str(model_path), "card": str(out_dir / CARD_FILE), "report": str(report_path)},
        "near_duplicate_share": assessment["near_duplicate_share"],
        "assessment": assessment,
        "grouped": grouped_result,
    }


def _check_increasing(stack: Any) -> None:
    """The calibration must keep the order of scores (a fitted sigmoid slope of the wrong sign
    would turn every monotone promise upside down); refuse to write such a model."""
    import numpy as np

    cal = stack.combiner.calibrated_classifiers_[0].calibrators[0]
    lo, hi = cal.predict(np.array([-5.0, 5.0]))
    if not hi > lo:
        raise TriageError("calibration came out decreasing (the second stage learned nothing); check the labels")


def _report_context(card: dict[str, Any]) -> dict[str, Any]:
    """The summary lines at the top of the report."""
    m = card["metrics"]["cross_validated"]["flag"]
    ctx = {
        "model": card["id"],
        "created": card["created_at"],
        "documents": card["training_data"]["documents"],
        "per label": ", ".join(f"{k}: {v}" for k, v in card["training_data"]["counts"].items()),
        "parts (weight)": ", ".join(f"{p} ({w})" for p, w in card["training_data"]["weights"].items()),
        "skipped files": len(card["training_data"]["skipped"]),
        "training data sha256": card["training_data"]["sha256"],
        "policy version": card["policy_version"],
        "threshold": f"{card['threshold']:.4f} ({card['threshold_rule']['how']})",
        "out-of-fold flag recall / precision (all parts, random folds)": f"{m['recall']:.3f} / {m['precision']:.3f}",
        "scikit-learn": card["versions"]["sklearn"],
        "seed": card["seed"],
        "timings (s)": ", ".join(f"{k}={v}" for k, v in card["timings"].items()),
    }
    cs = card["metrics"].get("cross_source")
    if cs:
        ctx["cross-source (one held-out source per fold)"] = (
            f"model recall {cs['model']['recall']:.3f} / precision {cs['model']['precision']:.3f}; rules-only "
            f"{cs['rules']['recall']:.3f} / {cs['rules']['precision']:.3f}; Ctrl-F {cs['ctrl_f']['recall']:.3f} / "
            f"{cs['ctrl_f']['precision']:.3f}")
    return ctx


def promote(models_root: Path, name: str) -> Path:
    """Write models_root/CURRENT naming `name` (which must hold a loadable model)."""
    from extract.classify import load_model

    load_model(models_root / name)
    current = models_root / "CURRENT"
    current.write_text(name + "\n", encoding="utf-8")
    return current
