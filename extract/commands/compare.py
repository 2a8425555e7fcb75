"""`tender-triage compare CHALLENGER [CHAMPION] DATA...`: two models on the same labelled documents."""

from __future__ import annotations

import argparse
from pathlib import Path

from extract import settings
from extract.commands.options import add_policy_option

NAME = "compare"
HELP = "compare a challenger model with the current one on labelled folders and write an HTML report"
DESCRIPTION = (
    "Score CHALLENGER and CHAMPION (default: the model models/CURRENT names) on the same labelled "
    "documents of every DATA folder (each parsed once), print flag recall and precision with "
    "bootstrap 95% confidence intervals and the documents whose verdict changes, and write the "
    "comparison report (default compare.html)."
)


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="+", metavar="CHALLENGER [CHAMPION] DATA",
                   help="the challenger model folder, optionally the champion model folder, then labelled folders")
    p.add_argument("--output", "-o", default="compare.html", metavar="FILE", help="report path (default compare.html)")
    add_policy_option(p)


def is_model_dir(path: str) -> bool:
    """A model folder holds card.json; a labelled folder does not (how CHAMPION is told from DATA)."""
    return (Path(path) / "card.json").is_file()


def run(args: argparse.Namespace) -> int:
    from extract.errors import TriageError
    from extract.model.compare import compare_models, read_sets, write_compare_report
    from extract.report.writers import prepare_output

    paths = list(args.paths)
    challenger = paths.pop(0)
    champion = paths.pop(0) if paths and is_model_dir(paths[0]) else None
    if not paths:
        raise TriageError("compare needs at least one labelled DATA folder after the model(s)")
    if champion is None:
        champion = str(settings.model_dir(None) or "")
    prepare_output(args.output)
    sets = read_sets([Path(p) for p in paths], policy=settings.policy_dir(args.policy))
    result = compare_models(Path(challenger), Path(champion), sets)
    print(f"documents  {result['documents']} (skipped {len(result['skipped'])})")
    for role in ("champion", "challenger"):
        s = result[role]
        f = s["flag"]
        print(f"{role:<10} {s['model']}  recall {f['recall']:.3f} [{s['recall_ci'][0]:.3f}, {s['recall_ci'][1]:.3f}]  "
              f"precision {f['precision']:.3f} [{s['precision_ci'][0]:.3f}, {s['precision_ci'][1]:.3f}]")
    print(f"changed    {len(result['changed'])} verdicts")
    for r in result["changed"]:
        print(f"  {r['file']}  gold {r['gold']}: {r['champion']} ({r['champion_score']:.3f}) -> "
              f"{r['challenger']} ({r['challenger_score']:.3f})")
    print(f"report     {write_compare_report(Path(args.output), result)}")
    return 0
