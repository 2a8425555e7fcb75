"""The package's shape: one package per pipeline stage, data flowing one way, no import cycles.

Why a test: cycles crept in hidden inside functions (report <-> html_report, training <->
evaluation, policy <-> roles) where no import error shows them. This builds the import graph of
extract/ from the source, function-level imports included, and asserts that it has no cycle and
that each stage imports only the stages before it. It also guards the core modules: a module that
disappears fails here, where a test that skipped on ImportError would have turned it into skips.
"""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1] / "extract"

#: What each part of the package may import (besides itself). The kernel (types, errors, settings,
#: limits, normalize, textscan and its C) is shared by every stage; the stages follow DESIGN.md's pipeline:
#: parse -> mentions(policy) -> model -> report, with intake running them, the library API (api) and
#: the review server (serve, a stage after report) over intake, and commands on top.
KERNEL = {"extract", "extract.types", "extract.errors", "extract.settings", "extract.limits", "extract.normalize",
          "extract.textscan", "extract._text"}
ALLOWED = {
    "kernel": set(),
    "parse": set(),
    "policy": set(),
    "mentions": {"policy"},
    "model": {"parse", "policy", "mentions"},
    "intake": {"parse", "policy", "mentions", "model"},
    "report": {"intake"},
    "api": {"intake"},
    "serve": {"policy", "intake", "report", "api"},
    "commands": {"parse", "policy", "mentions", "model", "intake", "report", "api", "serve"},
    "cli": {"commands"},
    "shipped_models": set(),
}

CORE = [
    "extract.parse", "extract.parse.pdf", "extract.parse.ocr", "extract.policy", "extract.policy.load",
    "extract.mentions", "extract.mentions.roles", "extract.model.features", "extract.model.stack",
    "extract.model.classify", "extract.model.data", "extract.model.training", "extract.model.evaluation",
    "extract.intake.batch", "extract.intake.screen", "extract.intake.ledger", "extract.report", "extract.cli",
    "extract.api",
]


def _modules() -> dict[str, Path]:
    """Every module of extract/: the .py files, and the C extensions by their .c source (a C
    module imports nothing of ours, so it is a leaf of the graph)."""
    out = {}
    for p in ROOT.rglob("*.py"):
        parts = p.relative_to(ROOT.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        out[name] = p
    for p in ROOT.rglob("*.c"):
        out[".".join(p.relative_to(ROOT.parent).with_suffix("").parts)] = p
    return out


MODULES = _modules()


def _resolve(name: str) -> str | None:
    parts = name.split(".")
    for i in range(len(parts), 0, -1):
        if ".".join(parts[:i]) in MODULES:
            return ".".join(parts[:i])
    return None


def _imports(path: Path, own: str) -> set[str]:
    """Every extract module `path` imports anywhere in its body (function-level imports too)."""
    found: set[str] = set()
    if path.suffix == ".c":
        return found
    package = own if path.name == "__init__.py" else own.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(package.split(".")[: len(package.split(".")) - node.level + 1] + ([base] if base else []))
            if not base.startswith("extract"):
                continue
            for alias in node.names:
                target = _resolve(f"{base}.{alias.name}") or _resolve(base)
                if target and target != own:
                    found.add(target)
        elif isinstance(node, ast.Import):
            for alias in node.names:
                target = _resolve(alias.name) if alias.name.startswith("extract") else None
                if target and target != own:
                    found.add(target)
    return found


GRAPH = {m: _imports(p, m) for m, p in MODULES.items()}


def _part(module: str) -> str:
    if module in KERNEL:
        return "kernel"
    if module == "extract.cli" or module == "extract.__main__":
        return "cli"
    return module.split(".")[1]


def test_the_import_graph_has_no_cycle() -> None:
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    cycles: list[list[str]] = []
    counter = [0]

    def visit(v: str) -> None:  # Tarjan's strongly connected components
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in GRAPH[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                cycles.append(sorted(comp))

    for v in GRAPH:
        if v not in index:
            visit(v)
    assert cycles == []


def test_the_graph_sees_function_level_imports() -> None:
    """The reader must see an import inside a function (where the old cycles hid)."""
    src = "def f():\n    from extract.model.stack import fit_stack\n"
    path = ROOT.parent / "tests" / "_probe_module.py"
    try:
        path.write_text(src, encoding="utf-8")
        assert _imports(path, "tests._probe_module") == {"extract.model.stack"}
    finally:
        path.unlink()


def test_each_stage_imports_only_the_stages_before_it() -> None:
    wrong = []
    for module, targets in GRAPH.items():
        part = _part(module)
        if part == "kernel":
            allowed = KERNEL
        else:
            allowed = KERNEL | {m for m in MODULES if _part(m) in ALLOWED[part] | {part}}
        if module == "extract.__main__":
            allowed = allowed | {"extract.cli"}
        if module == "extract":  # the library API, imported lazily (PEP 562) so `import extract` stays cheap
            allowed = allowed | {"extract.api"}
        wrong += [f"{module} -> {t}" for t in sorted(targets - allowed)]
    assert wrong == []


@pytest.mark.parametrize("module", CORE)
def test_core_modules_import(module: str) -> None:
    assert importlib.import_module(module)
