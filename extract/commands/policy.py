"""`tender-triage policy check [DIR]` and `tender-triage policy show ENTITY [--policy DIR]`.

`check` is what data staff run after editing extract/policy/data/: it prints every problem as
`file:line: field: problem` and exits 2, or prints a one-line summary and exits 0.
`show` prints what the policy knows of one entity (an id or any alias: "EZVIZ", "华为").
"""

from __future__ import annotations

import argparse
import sys

from extract import settings
from extract.commands.options import add_policy_option

NAME = "policy"
HELP = "check the policy files, or show what the policy knows of one entity"
DESCRIPTION = (
    "check [DIR]: validate the policy (default $TENDER_TRIAGE_POLICY, then the shipped one); prints "
    "each problem as file:line: field: problem and exits 2 when invalid, else a one-line summary. "
    "show ENTITY: names in every script, subsidiaries and brands with status and dates, product "
    "lines, model-number patterns and regimes of one entity (an id or an alias)."
)


def add_arguments(p: argparse.ArgumentParser) -> None:
    sub = p.add_subparsers(dest="policy_command", metavar="ACTION")
    c = sub.add_parser("check", help="validate the policy files", description="Validate the policy files.")
    c.add_argument("directory", nargs="?", metavar="DIR", help="policy directory to check")
    s = sub.add_parser("show", help="show what the policy knows of one entity",
                       description="Show names, companies, product lines, patterns and regimes of one entity.")
    s.add_argument("entity", metavar="ENTITY", help="an entity id (huawei) or any alias (EZVIZ, 华为)")
    add_policy_option(s)


def run(args: argparse.Namespace) -> int:
    from extract.errors import PolicyError
    from extract.policy.load import check_policy, load_policy

    action = getattr(args, "policy_command", None)
    if action == "check":
        directory = settings.policy_dir(args.directory)
        problems = check_policy(directory)
        if problems:
            for line in problems:
                print(line)
            print(f"tender-triage: policy in {directory} is invalid ({len(problems)} problems)", file=sys.stderr)
            return 2
        print(load_policy(directory).summary())
        return 0
    if action == "show":
        policy = load_policy(settings.policy_dir(args.policy))
        try:
            print(policy.describe(args.entity))
        except KeyError as exc:
            raise PolicyError(str(exc.args[0])) from None
        return 0
    print("usage: tender-triage policy {check [DIR] | show ENTITY [--policy DIR]}", file=sys.stderr)
    return 2
