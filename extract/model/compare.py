"""Champion against challenger: both models on the same labelled documents, and promotion.

Why one module for `compare` and `promote`: promotion is a comparison with a gate. Both read the
labelled data once (parse and match each document once) and score the two models on exactly the
same documents, so a difference in recall is the models' and never the data's.

Confidence intervals are a paired bootstrap: the same resampled documents for both models (numpy,
fixed seed), so data staff see whether a difference is bigger than the noise of a small set.

Promotion appends one JSON line per change of models/CURRENT to models/HISTORY (append-only by
convention, one line per event) so anyone can answer "which model was live on which day, who
chose it and on what evidence" without reading git history.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from extract.errors import ModelError, TriageError
from extract.model import data as labelled
from extract.model.classify import load_model, read_card
from extract.model.evaluation import FLAG_LABELS, flag_counts

HISTORY_FILE = "HISTORY"
CURRENT_FILE = "CURRENT"
#: Bootstrap resamples and seed of the confidence intervals (fixed: the same report twice).
RESAMPLES = 1000
SEED = 0


@dataclass(frozen=True)
class Scored:
    """One labelled set, read once: what both models are scored on."""

    files: list[str]
    labels: list[str]
    docs: list[Any]
    mentions: list[Any]
    data_sha256: str
    skipped: list[dict[str, str]]


def read_sets(data_dirs: Sequence[Path], *, policy: Any = None, parts_of: dict[Path, list[str]] | None = None) -> Scored:
    """Parse and match every labelled document of `data_dirs` once (as `evaluate` does: notices
    as intake sees them). `parts_of` limits a folder to some of its parts."""
    policy = labelled.resolve_policy(policy)
    files, labels, docs, mentions, skipped = [], [], [], [], []
    h = hashlib.sha256()
    for d in data_dirs:
        d = Path(d)
        if not d.is_dir():
            raise TriageError(f"{d}: not a folder (expected a labelled folder holding labels.csv or parts.yaml)")
        s = labelled.load_labelled(d, policy=policy, parts=(parts_of or {}).get(d))
        h.update(s.data_sha256.encode())
        prefix = "" if len(data_dirs) == 1 else f"{d.name}/"
        files += [prefix + r["file"] for r in s.rows]
        labels += s.labels
        docs += [ho if ho is not None else x for ho, x in zip(s.heldout_docs, s.docs)]
        mentions += [ho if ho is not None else x for ho, x in zip(s.heldout_mentions, s.mentions)]
        skipped += s.skipped
    if not docs:
        raise TriageError(f"{', '.join(map(str, data_dirs))}: no readable labelled documents")
    return Scored(files, labels, docs, mentions, h.hexdigest(), skipped)


def bootstrap_ci(gold: Sequence[bool], pred: Sequence[bool], *, resamples: int = RESAMPLES,
                 seed: int = SEED) -> dict[str, tuple[float, float]]:
    """95% percentile intervals of flag recall and precision over `resamples` resampled sets.

    A resample with no gold (or no predicted) flag has no recall (precision) and is left out of
    that interval rather than counted as 0, which would drag the interval down artificially.
    """
    import numpy as np

    g = np.asarray(gold, dtype=bool)
    p = np.asarray(pred, dtype=bool)
    rng = np.random.default_rng(seed)
    idx = rng.integers(0, len(g), size=(resamples, len(g)))
    gs, ps = g[idx], p[idx]
    tp = (gs & ps).sum(axis=1)
    pos, npred = gs.sum(axis=1), ps.sum(axis=1)
    out = {}
    for name, num, den in (("recall", tp, pos), ("precision", tp, npred)):
        vals = num[den > 0] / den[den > 0]
        out[name] = (float(np.percentile(vals, 2.5)), float(np.percentile(vals, 97.5))) if len(vals) else (0.0, 0.0)
    return out


def _side(model: Any, s: Scored, resamples: int, seed: int) -> dict[str, Any]:
    # The verdicts scan gives, from the same call (Model.predict): when this rebuilt them from
    # scores it missed a step scan takes (the hardly-read language), and a promotion was judged on
    # verdicts no scan gives (2026-12-05).
    found = model.predict(s.docs, s.mentions)
    scores = [float(v.score) for v in found]
    predicted = [v.label for v in found]
    gold = [y in FLAG_LABELS for y in s.labels]
    pred = [y in FLAG_LABELS for y in predicted]
    counts = flag_counts(gold, pred)
    ci = bootstrap_ci(gold, pred, resamples=resamples, seed=seed)
    return {"model": model.id, "threshold": model.threshold, "scores": scores, "verdicts": predicted,
            "flag": counts, "recall_ci": ci["recall"], "precision_ci": ci["precision"]}


def compare_models(challenger_dir: Path, champion_dir: Path, sets: Scored, *, resamples: int = RESAMPLES,
                   seed: int = SEED) -> dict[str, Any]:
    """Both models' flag figures (with intervals) on `sets` and every document whose verdict
    changes between them (champion first, then challenger)."""
    challenger, champion = load_model(Path(challenger_dir)), load_model(Path(champion_dir))
    a, b = _side(champion, sets, resamples, seed), _side(challenger, sets, resamples, seed)
    changed = [
        {"file": sets.files[i], "gold": sets.labels[i], "champion": a["verdicts"][i],
         "champion_score": round(a["scores"][i], 4), "challenger": b["verdicts"][i],
         "challenger_score": round(b["scores"][i], 4)}
        for i in range(len(sets.files)) if a["verdicts"][i] != b["verdicts"][i]
    ]
    # Newly missed flags first: they are what a promotion must not bring.
    changed.sort(key=lambda r: (not (r["gold"] in FLAG_LABELS and r["challenger"] not in FLAG_LABELS), r["file"]))
    return {"champion": a, "challenger": b, "changed": changed, "documents": len(sets.files),
            "data_sha256": sets.data_sha256, "skipped": sets.skipped, "resamples": resamples, "seed": seed}


def write_compare_report(path: Path, result: dict[str, Any]) -> Path:
    """The comparison as one self-contained HTML page (Jinja2, autoescaped: file names are data)."""
    import jinja2

    env = jinja2.Environment(loader=jinja2.PackageLoader("extract.model", "templates"), autoescape=True,
                             undefined=jinja2.StrictUndefined)
    rows = []
    for role in ("champion", "challenger"):
        s = result[role]
        f = s["flag"]
        rows.append((role, s["model"], f"{s['threshold']:.4f}", f"{f['recall']:.3f}",
                     f"{s['recall_ci'][0]:.3f} – {s['recall_ci'][1]:.3f}", f"{f['precision']:.3f}",
                     f"{s['precision_ci'][0]:.3f} – {s['precision_ci'][1]:.3f}", f["tp"], f["fp"], f["fn"]))
    page = env.get_template("compare.html").render(
        title=f"Compare: {result['challenger']['model']} against {result['champion']['model']}",
        css=env.loader.get_source(env, "evaluation.css")[0], rows=rows, result=result,
        changed=[(r["file"], r["gold"], r["champion"], r["champion_score"], r["challenger"], r["challenger_score"])
                 for r in result["changed"]],
        skipped=[(r.get("file", ""), r.get("reason", "")) for r in result["skipped"]],
    )
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(page, encoding="utf-8")
    return path


# --------------------------------------------------------------------------- promotion


def current_name(models_root: Path) -> str | None:
    """The model directory models_root/CURRENT names, or None."""
    p = Path(models_root) / CURRENT_FILE
    if not p.is_file():
        return None
    return p.read_text(encoding="utf-8").strip() or None


def _summary(side: dict[str, Any]) -> dict[str, Any]:
    f = side["flag"]
    return {"model": side["model"], "threshold": side["threshold"], "recall": f["recall"],
            "precision": f["precision"], "recall_ci": list(side["recall_ci"]),
            "precision_ci": list(side["precision_ci"]), "tp": f["tp"], "fp": f["fp"], "fn": f["fn"]}


def promote_model(models_root: Path, name: str, sets: Scored, *, reason: str, force: bool = False,
                  by: str | None = None, data: Sequence[str] = ()) -> dict[str, Any]:
    """Make `name` (a folder of models_root) the current model if its flag recall on `sets` is not
    lower than the current model's, or with `force`; append the event to models_root/HISTORY.

    Refuses (TriageError, exit 2) without writing anything otherwise. A current model this code
    cannot load (its feature columns are not the code's any more, after an upgrade that changed
    them) cannot be compared: promotion then needs `force`, and the entry records why and the
    figures HISTORY holds for the old model, so the record never pretends a comparison was made.
    Returns the HISTORY entry.
    """
    models_root = Path(models_root)
    champion, why_not = preflight(models_root, name, reason=reason, force=force)
    if why_not is not None:
        return _promote_past_unloadable(models_root, name, load_model(models_root / name), champion, why_not, sets,
                                        reason=reason, by=by, data=data)
    result = compare_models(models_root / name, models_root / champion, sets)
    ch, cur = result["challenger"]["flag"]["recall"], result["champion"]["flag"]["recall"]
    if ch < cur and not force:
        raise TriageError(
            f"{name} flags less of what must be flagged than {champion} (recall {ch:.3f} < {cur:.3f} on "
            f"{result['documents']} documents); pass --force to promote it anyway"
        )
    entry = {
        "model": result["challenger"]["model"],
        "previous": result["champion"]["model"],
        "data": list(data),
        "data_sha256": result["data_sha256"],
        "documents": result["documents"],
        "challenger": _summary(result["challenger"]),
        "champion": _summary(result["champion"]),
        "changed_verdicts": len(result["changed"]),
        "who": by or os.environ.get("USER") or getpass.getuser(),
        "when": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "why": reason,
        "forced": bool(force and ch < cur),
    }
    record_promotion(models_root, name, entry)
    return entry


def preflight(models_root: Path, name: str, *, reason: str, force: bool) -> tuple[str, str | None]:
    """The checks of `promote_model` that need no documents, so a refusal comes before minutes of
    parsing: (current model's folder, why it cannot be loaded or None). Raises TriageError when
    the reason is blank, CURRENT is missing, the challenger does not load, or the current model
    does not load and `force` is not given."""
    if not reason.strip():
        raise TriageError("--reason must say why the model is promoted")
    champion = current_name(models_root)
    if champion is None:
        raise TriageError(f"{models_root / CURRENT_FILE}: missing, so there is no champion to compare with")
    load_model(models_root / name)  # a challenger that does not load is never promoted
    try:
        load_model(models_root / champion)
    except ModelError as exc:
        if not force:
            raise TriageError(
                f"{champion} (the current model) cannot be loaded by this version of tender-triage, so {name} "
                f"cannot be compared with it ({exc}); pass --force to promote {name} anyway (recorded with "
                "its figures on these documents and the current model's figures from models/HISTORY)"
            ) from None
        # The record travels with the repository: name the folder as CURRENT does, not by this machine's path.
        return champion, str(exc).replace(f"{models_root}{os.sep}", "")
    return champion, None


def _recorded_id(model_dir: Path) -> str:
    """The id a model's card records (classify.read_card: no model file is read), or its folder
    name when the card itself is unreadable."""
    try:
        return str(read_card(model_dir)["id"])
    except ModelError:
        return model_dir.name


def _promote_past_unloadable(models_root: Path, name: str, challenger: Any, champion: str, why_not: str,
                             sets: Scored, *, reason: str, by: str | None, data: Sequence[str]) -> dict[str, Any]:
    """`promote_model` (forced) when the current model cannot be loaded: record the challenger's
    figures on `sets`, the champion's last recorded ones, and why no comparison was possible."""
    previous = _recorded_id(models_root / champion)
    recorded = [e for e in history(models_root) if e.get("model") == previous and isinstance(e.get("challenger"), dict)]
    side = _side(challenger, sets, RESAMPLES, SEED)
    entry = {
        "model": side["model"],
        "previous": previous,
        "data": list(data),
        "data_sha256": sets.data_sha256,
        "documents": len(sets.files),
        "challenger": _summary(side),
        "champion": {
            "model": previous,
            "unloadable": why_not,
            "recorded": ({**recorded[-1]["challenger"], "data_sha256": recorded[-1].get("data_sha256"),
                          "when": recorded[-1].get("when")} if recorded else None),
        },
        "changed_verdicts": None,
        "who": by or os.environ.get("USER") or getpass.getuser(),
        "when": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "why": reason,
        "forced": True,
    }
    record_promotion(models_root, name, entry)
    return entry


def record_promotion(models_root: Path, name: str, entry: dict[str, Any]) -> None:
    """Append `entry` to models_root/HISTORY, then point CURRENT at `name`.

    The record first, then CURRENT replaced atomically: a failure in between leaves a HISTORY line
    for a promotion that did not happen (visible, CURRENT disagrees), never a silent promotion."""
    with open(models_root / HISTORY_FILE, "a", encoding="utf-8") as f:
        f.write(json.dumps(entry, ensure_ascii=False, sort_keys=True) + "\n")
    tmp = models_root / f".{CURRENT_FILE}.{os.getpid()}.tmp"
    tmp.write_text(name + "\n", encoding="utf-8")
    os.replace(tmp, models_root / CURRENT_FILE)


def history(models_root: Path) -> list[dict[str, Any]]:
    """Every promotion recorded in models_root/HISTORY, oldest first."""
    p = Path(models_root) / HISTORY_FILE
    if not p.is_file():
        return []
    return [json.loads(line) for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]
