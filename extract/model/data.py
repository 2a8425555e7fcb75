"""Labelled training data: the parts of a training folder, read into documents with their mentions.

    training_data/parts.yaml -> PartSpec per part -> LabelledSet (documents, mentions, labels,
    part, source group and weight of each document; notices also as a held-out fold sees them)

Parts (training_data/parts.yaml; see its header): the seed set (documents the team wrote, labelled
by people), real notices weakly labelled by their publishers' codes through the policy's CPV
tiers, and later reviewers' decisions. A folder without parts.yaml is one labelled part
(labels.csv, labels_*.csv or an evaluation labels.tsv), so any labelled folder can be trained on
or evaluated as is. Both training and evaluation read data through this module."""

from __future__ import annotations

import csv
import functools
import gzip
import hashlib
import io
import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path
from typing import Any

from extract.errors import TriageError
from extract.model.features import policy_categories
from extract.types import Document, Label, Mention, MODEL_LABELS, Page, Status
from extract.mentions.match import find_mentions
from extract.model.classify import file_sha256, in_scope_categories
from extract.parse import read_input, split_member_path
from extract.policy.load import load_policy

R, I, O = Label.RESTRICTED.value, Label.IN_SCOPE.value, Label.OUT_OF_SCOPE.value

LABELS_FILE = "labels.csv"

PARTS_FILE = "parts.yaml"

LABEL_COLUMNS = ("file", "label", "language", "source", "notes")


@dataclass(frozen=True)
class PartSpec:
    """One entry of parts.yaml."""

    name: str
    kind: str  # labelled | notices
    path: str
    weight: float = 1.0
    group_by: str = "part"
    code_line_share: float = 0.0
    label_rule: str = "any"  # notices: which codes make a notice in scope (LABEL_RULES)
    buyer_line: bool = False  # notices: render the buyer as its notice prints it (buyer_labels)


PART_KINDS = ("labelled", "notices")
#: How a notice's codes give its weak label. `any`: one in-scope code is enough. `main`: the main
#: (first) code is in scope, or at least half of the codes are (notice_label says why).
LABEL_RULES = ("any", "main")

_PART_FIELDS = {"name", "kind", "path", "weight", "group_by", "code_line_share", "label_rule", "buyer_line"}


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
        rule = e.get("label_rule", "any")
        if rule not in LABEL_RULES:
            raise TriageError(f"{where}: field label_rule: {rule!r} is not one of {', '.join(LABEL_RULES)}")
        buyer_line = e.get("buyer_line", False)
        if not isinstance(buyer_line, bool):
            raise TriageError(f"{where}: field buyer_line: expected true or false, got {buyer_line!r}")
        if e["name"] in names:
            raise TriageError(f"{where}: field name: {e['name']!r} used twice")
        names.add(e["name"])
        out.append(PartSpec(str(e["name"]), e["kind"], str(e["path"]), float(weight),
                            str(e.get("group_by", "part" if e["kind"] == "labelled" else "source")), float(share),
                            str(rule), buyer_line))
    return out


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
    """How training and evaluation read a labelled file: exactly as `scan` does by default.

    Why: the model learns from the text the scan will hand it. extract.parse.read_input is the
    scan's reading (the same dispatcher, OCR auto, the default limits with a per-file time limit,
    zip members, `bundle.zip!member` paths); the library's bare parse_path does no OCR, so a
    scanned training document used to be skipped as no_text while the scan read it.
    """
    return lambda p: read_input(str(p))


def _labelled_file(path: Path) -> tuple[bool, Path | None]:
    """(whether the label row's file can be read, the file to hash or None for a member path).

    A row may name an archive member (`documents/x/bundle.zip!member.pdf`, training_data/README.md):
    it exists when its archive does, and is hashed by its own bytes once read.
    """
    if split_member_path(path)[1] is not None:
        return True, None
    return path.is_file(), path


def _documents_sha256(docs: Sequence[Document]) -> str:
    """A member path's hash: its document's sha256, or one over its documents' (a nested zip)."""
    if len(docs) == 1:
        return docs[0].sha256
    return hashlib.sha256("\n".join(d.sha256 for d in docs).encode("ascii")).hexdigest()


def _default_find() -> Callable[[Document, Any], list[Mention]]:
    return find_mentions


def resolve_policy(policy: Any) -> Any:
    """A Policy object from a Policy, a policy directory, or None (the shipped policy)."""
    if policy is None or isinstance(policy, (str, Path)):
        return load_policy(Path(policy) if policy else None)
    return policy


def _tsv_records(text: str) -> list[dict[str, str]]:
    """The rows of a tab-separated data file whose first non-comment line names the columns
    (lines starting with # and blank lines are skipped), as dicts; a missing field is ""."""
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return [{k: (v or "").strip() for k, v in row.items() if k is not None}
            for row in csv.DictReader(lines, delimiter="\t")]


def read_other_codes(path: Path) -> list[tuple[str, str]]:
    """(scheme, prefix) pairs of notices/other_codes.tsv (codes of schemes other than CPV)."""
    if not path.is_file():
        return []
    return [(r["scheme"], r["prefix"]) for r in _tsv_records(path.read_text(encoding="utf-8"))
            if r.get("scheme") and r.get("prefix")]


def notice_label(codes: Sequence[dict[str, str]], policy: Any, other: Sequence[tuple[str, str]],
                 rule: str = "any") -> str:
    """The weak label of a notice from its codes: in_scope_ict or out_of_scope.

    A CPV code is in scope when the policy's cpv.tsv lists its 8 digits under a category whose
    scope is `in`; other schemes match a prefix of notices/other_codes.tsv. Rule `any`: one
    in-scope code makes the notice in scope. Rule `main`: the main code (listed first where the
    source marks one, ../shared/pool/README.md) is in scope, or at least half of the codes are.

    Why `main`: a notice's additional codes are often the edges of what it buys: a construction
    notice may carry a secondary cabling code (training_data/notices/README.md), a framework or
    a procurement plan lists codes of many divisions. Under `any` each such notice, one ICT code
    among many, taught the model that its wording is ICT wording.
    """

    cpv = getattr(policy, "cpv", {}) or {}
    scoped = in_scope_categories(policy)
    hits = []
    for c in codes:
        scheme, code = c.get("scheme", ""), str(c.get("id", ""))
        if scheme == "CPV":
            hit = cpv.get(code[:8])
            hits.append(hit is not None and hit.category in scoped)
        else:
            hits.append(any(scheme == s and code.startswith(p) for s, p in other))
    if rule == "any":
        return I if any(hits) else O
    return I if hits and (hits[0] or 2 * sum(hits) >= len(hits)) else O


def _keeps_code_line(notice_id: str, share: float) -> bool:
    """Whether a notice keeps its code line: a stable choice by a hash of its id."""
    if share <= 0:
        return False
    h = int.from_bytes(hashlib.sha256(notice_id.encode("utf-8")).digest()[:4], "big")
    return h / 2**32 < share


@functools.lru_cache(maxsize=1)
def buyer_labels() -> dict[str, str]:
    """Language -> the word a notice in that language labels its buyer with
    (extract/model/data/buyer_labels.tsv, each row citing the law or form it comes from)."""
    raw = files("extract.model").joinpath("data/buyer_labels.tsv").read_text(encoding="utf-8")
    out: dict[str, str] = {}
    for row in _tsv_records(raw):
        lang = row.get("language", "")
        if not (lang and row.get("label") and row.get("source")) or lang in out:
            raise ValueError(f"buyer_labels.tsv: {lang!r}: a language once, with a label and a source")
        out[lang] = row["label"]
    return out


def notice_document(row: dict[str, Any], *, code_line: bool, buyer_line: bool = False) -> Document:
    """A notice as a document: title, a blank line, description; with `code_line`, a last line
    "CPV: ..." listing its CPV codes as tenders print them.

    With `buyer_line`, the buyer follows the title as the notice prints it, labelled in the
    notice's language ("Pouvoir adjudicateur: Ville de Lyon"; buyer_labels; no line when the
    notice has no buyer or its language no label). Why: a notice published on a portal names
    its buyer under that label, and the pool keeps the name in a field of its own; rendered
    without it, half of the in-scope notices had no purchase-act wording at all, so the model
    learned that ICT wording alone makes a purchase and flagged documents that only talk ICT
    (job adverts, circulars, guidance)."""
    text = row.get("title", "").strip()
    label = buyer_labels().get(str(row.get("language", ""))) if buyer_line else None
    buyer = " ".join(str(row.get("buyer") or "").split())
    if label and buyer:
        text += f"\n\n{label}: {buyer}"
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
    if spec.label_rule != "any":  # the labels change with the rule, so must the data hash (`any` hashes as before)
        h.update(f"label_rule={spec.label_rule}".encode())
    if spec.buyer_line:  # so do the documents with the buyer line (and its labels file)
        h.update(b"buyer_line=" + files("extract.model").joinpath("data/buyer_labels.tsv").read_bytes())
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise TriageError(f"{path}: line {n}: not JSON ({exc.msg})") from None
        label = notice_label(row.get("codes", []), policy, other, spec.label_rule)
        plain = notice_document(row, code_line=False, buyer_line=spec.buyer_line)
        keep = _keeps_code_line(str(row["id"]), spec.code_line_share)
        doc = notice_document(row, code_line=True, buyer_line=spec.buyer_line) if keep else plain
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

    `parse` defaults to extract.parse.read_input (a scan's reading: OCR auto, limits, archive
    members, `bundle.zip!member` rows) and `find` to extract.mentions.find_mentions
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
            readable, on_disk = _labelled_file(path)
            if not readable:
                skipped.append({**row, "reason": "file not found"})
                continue
            parsed = parse(path)
            sha = file_sha256(on_disk) if on_disk is not None else _documents_sha256(parsed)
            doc = merge_documents(parsed, row["file"], sha)
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


def skipped_lines(skipped: Sequence[dict[str, str]]) -> list[str]:
    """One line per skipped label row, `file: reason` (with the label file and line when known).

    Why: "skipped 4" hides which documents the model never saw; data staff need the list to fix a
    path, a broken file or a missing OCR language before they trust the figures.
    """
    out = []
    for row in skipped:
        where = f" ({row['_where']})" if row.get("_where") else ""
        out.append(f"{row.get('file', '?')}: {row.get('reason', 'skipped')}{where}")
    return out


def flag_targets(labels: Sequence[str]) -> list[int]:
    """1 for documents that need review (restricted_vendor_named, in_scope_ict), else 0."""
    return [int(lab in (R, I)) for lab in labels]


def model_categories(policy: Any, mentions: Sequence[Sequence[Mention]]) -> list[str]:
    """The category columns of a model: every policy category plus any a mention carries."""
    seen = {m.category for ms in mentions for m in ms if m.category}
    return sorted(set(policy_categories(policy)) | seen)
