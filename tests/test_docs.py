"""The README is part of the product: its commands must be the ones CI runs and the CLI has."""

from __future__ import annotations

import re

from extract.cli import COMMANDS, build_parser
import importlib


def _quick_start(readme: str) -> list[str]:
    section = readme.split("## Quick start", 1)[1]
    block = re.search(r"```sh\n(.*?)```", section, re.S)
    assert block, "README Quick start has no ```sh block"
    return [ln.strip() for ln in block.group(1).strip().splitlines() if ln.strip()]


def test_quick_start_has_exactly_two_commands(repo_root):
    cmds = _quick_start((repo_root / "README.md").read_text(encoding="utf-8"))
    assert len(cmds) == 2
    assert "tender-triage scan examples/" in cmds[0]
    assert "pytest" in cmds[1]


def test_ci_runs_the_readme_test_command_verbatim(repo_root):
    cmds = _quick_start((repo_root / "README.md").read_text(encoding="utf-8"))
    ci_lines = [ln.strip() for ln in (repo_root / ".ci" / "run").read_text(encoding="utf-8").splitlines()]
    assert cmds[1] in ci_lines


def test_every_subcommand_is_documented(repo_root):
    readme = (repo_root / "README.md").read_text(encoding="utf-8")
    parser = build_parser()
    for modname in COMMANDS:
        mod = importlib.import_module(modname)
        assert f"tender-triage {mod.NAME}" in readme, f"README does not document `tender-triage {mod.NAME}`"
        assert mod.HELP.strip()
    assert parser.format_help()
