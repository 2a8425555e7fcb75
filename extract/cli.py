"""The `tender-triage` command: a thin argparse shell over library functions.

Each subcommand lives in `extract/commands/<name>.py` with `NAME`, `HELP`, `add_arguments(parser)`
and `run(args) -> int`, so the parser is built without importing scikit-learn (fast `--help`).
Exit codes (../shared/DESIGN.md): 0 all processed, 1 some documents unreadable, 2 usage or
configuration error raised before any document is read.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from extract import __version__
from extract.errors import TriageError

COMMANDS = [
    "extract.commands.scan",
    "extract.commands.report",
    "extract.commands.explain",
    "extract.commands.train",
    "extract.commands.evaluate",
    "extract.commands.policy",
    "extract.commands.serve",
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tender-triage",
        description="Screen procurement documents for restricted vendors and in-scope ICT equipment.",
    )
    parser.add_argument("--version", action="version", version=f"tender-triage {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for modname in COMMANDS:
        mod = importlib.import_module(modname)
        p = sub.add_parser(mod.NAME, help=mod.HELP, description=getattr(mod, "DESCRIPTION", mod.HELP))
        mod.add_arguments(p)
        p.set_defaults(_run=mod.run)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "_run", None):
        parser.print_help(sys.stderr)
        return 2
    try:
        return int(args._run(args))
    except TriageError as exc:
        print(f"tender-triage: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("tender-triage: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
