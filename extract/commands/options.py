"""Options several subcommands share, defined once so their names, defaults and help agree."""

from __future__ import annotations

import argparse

from extract import settings


def add_policy_option(parser: argparse.ArgumentParser) -> None:
    """`--policy DIR` (default: $TENDER_TRIAGE_POLICY, then the shipped policy)."""
    parser.add_argument("--policy", metavar="DIR", default=None,
                        help=f"policy directory (default ${settings.POLICY_ENV}, then the shipped policy)")


def add_model_option(parser: argparse.ArgumentParser) -> None:
    """`--model DIR|rules` (default: $TENDER_TRIAGE_MODEL, then models/CURRENT, the shipped model)."""
    parser.add_argument("--model", metavar="DIR", default=None,
                        help=f"model directory, or '{settings.RULES}' for the mention rules alone (default "
                             f"${settings.MODEL_ENV}, then models/CURRENT: the shipped model)")
