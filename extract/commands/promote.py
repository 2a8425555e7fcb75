"""`tender-triage promote MODEL --reason TEXT`: make MODEL current if it flags at least as much."""

from __future__ import annotations

import argparse
from pathlib import Path

from extract import settings
from extract.commands.options import add_policy_option

NAME = "promote"
HELP = "make a trained model the current one, if its flag recall is not lower, and record why"
DESCRIPTION = (
    "Compare MODEL (a folder of the models directory) with the model models/CURRENT names on labelled "
    "documents (--data folders; default the labelled parts of training_data/). Refuse when MODEL's "
    "flag recall is lower, unless --force (recorded); a current model this version cannot load "
    "(its feature columns changed) cannot be compared, so MODEL then needs --force too. On success "
    "write models/CURRENT and append one JSON line to models/HISTORY: model id, data hash, both models' figures, who, when, why, forced."
)


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("model", metavar="MODEL", help="the model to promote: a folder of models/ (or its name)")
    p.add_argument("--reason", required=True, metavar="TEXT", help="why (kept in models/HISTORY)")
    p.add_argument("--force", action="store_true", help="promote even when its flag recall is lower (recorded)")
    p.add_argument("--data", nargs="+", metavar="DIR", default=None,
                   help="labelled folders to compare on (default: the labelled parts of training_data/)")
    p.add_argument("--by", metavar="NAME", default=None, help="who promotes (default $USER)")
    add_policy_option(p)


def default_data() -> tuple[Path, list[str]]:
    """training_data/ beside the package and its labelled (person-decided) parts: weak notice
    labels are not what a promotion should be judged on."""
    from extract.model.data import read_parts

    root = settings.PACKAGE_DIR.parent / "training_data"
    return root, [s.name for s in read_parts(root) if s.kind == "labelled"]


def run(args: argparse.Namespace) -> int:
    from extract.errors import TriageError
    from extract.model.compare import preflight, promote_model, read_sets

    root = settings.models_dir()
    model = Path(args.model)
    if model.is_dir():
        if model.resolve().parent != root.resolve():
            raise TriageError(f"{model}: not a folder of the models directory {root} (CURRENT can only name those)")
        name = model.name
    elif (root / args.model).is_dir():
        name = args.model
    else:
        raise TriageError(f"{args.model}: no such model folder (in {root} or as a path)")
    if args.data:
        dirs, parts = [Path(d) for d in args.data], None
    else:
        d, names = default_data()
        if not d.is_dir():
            raise TriageError(f"{d}: missing; pass --data DIR (a labelled folder)")
        dirs, parts = [d], {d: names}
    preflight(root, name, reason=args.reason, force=args.force)  # refusals before parsing any document
    sets = read_sets(dirs, policy=settings.policy_dir(args.policy), parts_of=parts)
    entry = promote_model(root, name, sets, reason=args.reason, force=args.force, by=args.by,
                          data=[str(d) for d in dirs])
    for role in ("champion", "challenger"):
        s = entry[role]
        if "unloadable" in s:
            old = s["recorded"]
            then = (f"; HISTORY recorded recall {old['recall']:.3f} precision {old['precision']:.3f} ({old['when']})"
                    if old else "; no figures for it in HISTORY")
            print(f"{role:<10} {s['model']}  not loadable, not compared{then}")
            continue
        print(f"{role:<10} {s['model']}  recall {s['recall']:.3f}  precision {s['precision']:.3f}")
    print(f"promoted   {root / 'CURRENT'} -> {name}{' (forced)' if entry['forced'] else ''}")
    print(f"history    {root / 'HISTORY'}")
    return 0
